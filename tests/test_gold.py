"""The hand-checked expectations of tests/gold/seeds.yaml, held against `compare` on the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from qdiff.model import Finding, Report, Span

GOLD_PATH = Path(__file__).resolve().parent / "gold" / "seeds.yaml"
SHARED_GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold" / "seeds.yaml"
GOLD_OVERLAP = 0.8
"""A finding is the gold rendering when it covers this share of it, and vice versa."""


def _gold_renderings(gold: dict) -> list[tuple[str, dict]]:
    return [
        (passage["reference"], rendering)
        for passage in gold["passages"]
        for rendering in passage["renderings"]
        if not rendering.get("fragment")
    ]


def _gold_span(report: Report, gold_rendering: dict) -> Span:
    text = report.article(gold_rendering["article"]).text
    start = text.find(gold_rendering["rendering"])
    assert start >= 0, "the gold rendering is a substring of its article"
    return Span(start, start + len(gold_rendering["rendering"]))


def _overlap(a: Span, b: Span) -> float:
    shared = max(0, min(a.end, b.end) - max(a.start, b.start))
    return shared / max(len(a), len(b))


def _passage_id(report: Report, reference_text: str) -> str:
    matches = [p.id for p in report.passages if p.text == reference_text]
    assert len(matches) == 1, f"one passage is the gold sentence {reference_text[:40]!r}"
    return matches[0]


def _matching(report: Report, passage_id: str, gold_rendering: dict) -> list[Finding]:
    span = _gold_span(report, gold_rendering)
    return [
        f
        for f in report.findings_for(passage_id)
        if f.rendering.article_id == gold_rendering["article"]
        and _overlap(f.rendering.span, span) >= GOLD_OVERLAP
    ]


def _load_gold() -> dict:
    return yaml.safe_load(GOLD_PATH.read_text(encoding="utf-8"))


GOLD_RENDERINGS = _gold_renderings(_load_gold())


def test_gold_is_the_shared_copy() -> None:
    """tests/gold/seeds.yaml is ../shared/gold/seeds.yaml byte for byte, where that is at hand."""
    if not SHARED_GOLD.exists():
        pytest.skip("no ../shared/gold beside the project")
    assert GOLD_PATH.read_bytes() == SHARED_GOLD.read_bytes()


@pytest.mark.parametrize(
    ("reference_text", "gold_rendering"),
    GOLD_RENDERINGS,
    ids=[f"{r['article'][:3]}-{'-'.join(r['rendering'].split()[:4])}" for _, r in GOLD_RENDERINGS],
)
def test_gold_rendering_found_with_its_verdict(
    seed_report: Report, reference_text: str, gold_rendering: dict
) -> None:
    """Each non-fragment gold rendering is found once, under its passage, with the gold verdict."""
    passage_id = _passage_id(seed_report, reference_text)
    found = _matching(seed_report, passage_id, gold_rendering)
    assert len(found) == 1, f"{gold_rendering['rendering'][:50]!r} found once"
    assert found[0].verdict.value == gold_rendering["verdict"], gold_rendering.get("note")


def test_at_least_95_percent_of_listed_renderings_are_real(seed_report: Report, gold: dict) -> None:
    """Precision: nearly every listed rendering is one of the gold's (fragments included)."""
    gold_spans = [
        (_passage_id(seed_report, ref), r["article"], _gold_span(seed_report, r))
        for passage in gold["passages"]
        for ref, r in [(passage["reference"], r) for r in passage["renderings"]]
    ]
    reference_ids = {p.id for p in seed_report.passages if not p.consensus}
    listed = [f for f in seed_report.findings if f.rendering.passage_id in reference_ids]
    real = [
        f
        for f in listed
        if any(
            f.rendering.passage_id == pid
            and f.rendering.article_id == aid
            and _overlap(f.rendering.span, span) >= GOLD_OVERLAP
            for pid, aid, span in gold_spans
        )
    ]
    assert listed, "the seeds render the letter"
    assert len(real) / len(listed) >= 0.95


def test_the_letter_is_never_a_rendering_of_itself(seed_report: Report) -> None:
    """No finding lies inside the reference's own span of 001."""
    reference = seed_report.reference
    assert reference is not None and reference.article_id == "001_68a864a3ec0d8669"
    inside = [
        f
        for f in seed_report.findings
        if f.rendering.article_id == reference.article_id
        and f.rendering.span.overlaps(reference.span)
    ]
    assert inside == []


def test_renderings_slice_to_their_text(seed_report: Report) -> None:
    """Offsets index the decoded article: text == article[start:end]."""
    for finding in seed_report.findings:
        rendering = finding.rendering
        article = seed_report.article(rendering.article_id)
        assert article.text[rendering.span.start : rendering.span.end] == rendering.text


def test_splice_names_the_passage_it_came_from(seed_report: Report) -> None:
    """003's 'You are aware that I believe' comes from the letter's third paragraph."""
    passage_id = _passage_id(
        seed_report,
        "I have for some time and rather reluctantly come to believe that the latest changes to "
        "benefits to the disabled and the context in which they've been made are, a compromise "
        "too far.",
    )
    finding = next(
        f
        for f in seed_report.findings_for(passage_id)
        if f.rendering.article_id == "003_2ea4bb40d2f84377"
    )
    splices = [e for e in finding.edits if e.kind.value == "splice"]
    assert len(splices) == 1
    assert splices[0].rendering.strip() == "You are aware that I"
    assert splices[0].source == "you-are-aware-that-i"
