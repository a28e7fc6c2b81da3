"""Places where a collation's outlets split evenly: the base there is one side's reading, not a
verdict on the other.

With two outlets and no source, every difference between them is one reading against one; with
more, a place can still split two against two. qdiff keeps the base one witness's actual words
(consensus.py), but the edit a rendering makes there only says that it differs from the outlets
that read otherwise: it is marked `tie`, and the views say `differs from` rather than accusing
one side of changing the words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from qdiff.model import EditKind, Finding, Verdict

_EDGE_KINDS = frozenset({EditKind.TRUNCATION, EditKind.SELECTION})
"""Pieces that say where a rendering starts or stops quoting, not how it reads a place."""


@dataclass(frozen=True, slots=True)
class _Place:
    start: int
    end: int
    """Offsets of the piece in the passage's text (start == end: words added there)."""
    words: tuple[str, ...]
    """What the rendering reads there, as keys: two outlets reading alike share it."""


def mark_ties(findings: Sequence[Finding]) -> list[Finding]:
    """Every altering edit that as many outlets read as the base as make it, marked `tie`.

    `findings` are one collated passage's, each edit already naming the outlets that share it."""
    readings = [_readings(f) for f in findings]
    covers = [_covered(f) for f in findings]
    marked = []
    for finding in findings:
        pieces = []
        offset = 0
        for piece in finding.pieces:
            start, end = offset, offset + len(piece.reference)
            offset = end
            if piece.verdict is Verdict.ALTERED and piece.kind not in _EDGE_KINDS:
                makers = len(set(piece.outlets) or {finding.rendering.article_id})
                base_readers = {
                    other.rendering.article_id
                    for other, cover, reading in zip(findings, covers, readings, strict=True)
                    if _reads_base_at(start, end, cover, reading)
                }
                if makers == len(base_readers):
                    piece = replace(piece, tie_with=tuple(sorted(base_readers)))
            pieces.append(piece)
        marked.append(replace(finding, pieces=tuple(pieces)))
    return marked


def _readings(finding: Finding) -> list[_Place]:
    """The finding's altering pieces, placed in the passage."""
    places = []
    offset = 0
    for piece in finding.pieces:
        end = offset + len(piece.reference)
        if piece.verdict is Verdict.ALTERED and piece.kind not in _EDGE_KINDS:
            places.append(_Place(offset, end, tuple(piece.rendering.casefold().split())))
        offset = end
    return places


def _covered(finding: Finding) -> tuple[int, int]:
    """The stretch of the passage the rendering quotes: from its first piece that is not a cut
    edge to its last."""
    spans = []
    offset = 0
    for piece in finding.pieces:
        end = offset + len(piece.reference)
        if piece.kind not in _EDGE_KINDS:
            spans.append((offset, end))
        offset = end
    if not spans:
        return (0, 0)
    return spans[0][0], spans[-1][1]


def _reads_base_at(start: int, end: int, cover: tuple[int, int], places: list[_Place]) -> bool:
    """The rendering quotes the place and makes no altering edit there."""
    low, high = cover
    inside = low < start < high if start == end else low <= start and end <= high
    if not inside:
        return False
    return not any(_touches(p, start, end) for p in places)


def _touches(place: _Place, start: int, end: int) -> bool:
    if start == end or place.start == place.end:
        return place.start <= end and start <= place.end
    return place.start < end and start < place.end
