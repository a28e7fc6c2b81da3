"""`--passage` decides what is worked out, not only what is shown: a selection of reference
passages skips the collation, whose passages it would leave out, and changes nothing it shows."""

from __future__ import annotations

import pytest

from qdiff.config import Config
from qdiff.model import Corpus
from qdiff.pipeline import compare as pipeline
from qdiff.pipeline.compare import compare
from qdiff.pipeline.filters import only_reference_passages, select


@pytest.mark.parametrize("wanted", [["1"], ["3", "12"], ["i-have-for-some-time"]])
def test_reference_passages_alone_skip_the_collation_and_show_the_same(
    seed_config: Config, seed_corpus: Corpus, monkeypatch: pytest.MonkeyPatch, wanted: list[str]
) -> None:
    whole = select(compare(seed_config, seed_corpus), passages=wanted)
    calls: list[int] = []
    real = pipeline.collate
    monkeypatch.setattr(pipeline, "collate", lambda *a, **k: calls.append(1) or real(*a, **k))
    narrowed = select(compare(seed_config, seed_corpus, wanted_passages=wanted), passages=wanted)
    assert calls == []
    assert narrowed.findings == whole.findings and narrowed.passages == whole.passages


def test_a_prefix_or_a_shared_passage_still_collates(
    seed_config: Config, seed_corpus: Corpus
) -> None:
    reference = compare(seed_config, seed_corpus, shared=False).reference
    assert reference is not None
    passages = reference.passages
    assert only_reference_passages(passages, ["1", passages[0].id])
    assert not only_reference_passages(passages, [passages[0].id[:3]])
    assert not only_reference_passages(passages, [str(len(passages) + 1)])


def test_with_reference_passages_only_the_outlets_asked_for_are_judged(
    seed_config: Config, seed_corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    wanted, outlets = ["12"], ["003"]
    whole = select(compare(seed_config, seed_corpus), outlets, wanted)
    judged: list[str] = []
    real = pipeline.find_renderings

    def counting(reference, articles, *args, **kwargs):
        articles = list(articles)
        judged.extend(a.label for a in articles)
        return real(reference, articles, *args, **kwargs)

    monkeypatch.setattr(pipeline, "find_renderings", counting)
    narrowed = compare(seed_config, seed_corpus, wanted_passages=wanted, wanted_outlets=outlets)
    shown = select(narrowed, outlets, wanted)
    assert judged == ["003"]
    assert shown.findings == whole.findings and shown.findings
    assert [p.id for p in shown.passages] == [p.id for p in whole.passages]
    assert len(narrowed.articles) == len(seed_corpus.articles)  # every outlet still listed
