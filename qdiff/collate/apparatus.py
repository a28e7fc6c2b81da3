"""A critical apparatus: each passage's base text once, with every variant reading at its place.

`are, a compromise [001: are compromised] too far`: a lemma of the base, then in brackets the
outlets that read it otherwise and what they read. Truncations are not variants (an outlet that
quotes less says nothing about the rest); elisions read `…`, omissions `om.`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from qdiff.model import EditKind, Finding, Passage, Report

OMITTED = "om."


@dataclass(frozen=True, slots=True)
class Variant:
    start: int
    """Where the lemma starts in the passage text (start == end: an addition at that place)."""
    end: int
    reading: str
    """What the outlets read instead: their words, `…` for an elision, `om.` for an omission."""
    kind: EditKind
    articles: tuple[str, ...]
    """Ids of the articles that read it, in corpus order."""


@dataclass(frozen=True, slots=True)
class PassageApparatus:
    passage: Passage
    findings: tuple[Finding, ...]
    variants: tuple[Variant, ...]
    """Ordered by where their lemma ends, then starts."""


_CUTS = frozenset({EditKind.TRUNCATION, EditKind.SELECTION})
"""Edge cuts: words a witness does not quote, no reading of its own."""


def build_apparatus(report: Report) -> tuple[PassageApparatus, ...]:
    """One apparatus per passage that has renderings."""
    order = {a.id: n for n, a in enumerate(report.articles)}
    result = []
    for passage in report.passages:
        findings = report.findings_for(passage.id)
        if findings:
            variants = _variants(passage, findings, order)
            result.append(PassageApparatus(passage, findings, variants))
    return tuple(result)


def _variants(
    passage: Passage, findings: Sequence[Finding], order: dict[str, int]
) -> tuple[Variant, ...]:
    readers: dict[tuple[int, int, str, EditKind], set[str]] = defaultdict(set)
    origin = passage.tokens[0].start if passage.tokens else 0
    for finding in findings:
        offset = origin
        for piece in finding.pieces:
            lemma = piece.reference.rstrip()
            if piece.kind is not None and piece.kind not in _CUTS:
                key = (
                    offset,
                    offset + len(lemma),
                    _reading(piece.kind, piece.words[1]),
                    piece.kind,
                )
                readers[key].add(finding.rendering.article_id)
            offset += len(piece.reference)
    variants = [
        Variant(start, end, reading, kind, tuple(sorted(ids, key=order.__getitem__)))
        for (start, end, reading, kind), ids in readers.items()
    ]
    return tuple(sorted(variants, key=lambda v: (v.end, v.start, v.articles)))


def _reading(kind: EditKind, words: str) -> str:
    if kind is EditKind.ELISION:
        return "…"
    return words or OMITTED
