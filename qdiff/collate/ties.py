"""Places where a collation's outlets split evenly: the base there is one side's reading, not a
verdict on the other.

With two outlets and no source, every difference between them is one reading against one; with
more, a place can still split two against two. qdiff keeps the base one witness's actual words
(consensus.py), but the edit a rendering makes there only says that it differs from the outlets
that read otherwise: it is marked `tie`, and the views say `differs from` rather than accusing
one side of changing the words.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from qdiff.model import Edit, EditKind, Finding, Verdict

_EDGE_KINDS = frozenset({EditKind.TRUNCATION, EditKind.SELECTION})
"""Pieces that say where a rendering starts or stops quoting, not how it reads a place."""


Place = tuple[int, int]
"""Offsets of a piece in the passage's text (start == end: words added there)."""


def mark_ties(findings: Sequence[Finding]) -> list[Finding]:
    """Every altering edit that as many outlets read as the base as make it, marked `tie`.

    `findings` are one collated passage's, each edit already naming the outlets that share it.
    Many outlets make the same edit at the same place: who reads the base there is asked once
    per place."""
    placed = [list(_placed(f)) for f in findings]
    altering = [[place for place, piece in p if _alters(piece)] for p in placed]
    covers = [_covered(p) for p in placed]
    readers: dict[Place, tuple[str, ...]] = {}

    def base_readers(place: Place) -> tuple[str, ...]:
        if place not in readers:
            readers[place] = tuple(
                sorted(
                    {
                        other.rendering.article_id
                        for other, cover, places in zip(findings, covers, altering, strict=True)
                        if _reads_base_at(place, cover, places)
                    }
                )
            )
        return readers[place]

    marked = []
    for finding, pieces in zip(findings, placed, strict=True):
        kept = []
        for place, piece in pieces:
            if _alters(piece):
                makers = len(set(piece.outlets) or {finding.rendering.article_id})
                if makers == len(base_readers(place)):
                    piece = replace(piece, tie_with=base_readers(place))
            kept.append(piece)
        marked.append(replace(finding, pieces=tuple(kept)))
    return marked


def _placed(finding: Finding) -> Iterator[tuple[Place, Edit]]:
    """Each piece of the finding with its place in the passage."""
    offset = 0
    for piece in finding.pieces:
        end = offset + len(piece.reference)
        yield (offset, end), piece
        offset = end


def _alters(piece: Edit) -> bool:
    return piece.verdict is Verdict.ALTERED and piece.kind not in _EDGE_KINDS


def _covered(placed: Sequence[tuple[Place, Edit]]) -> Place:
    """The stretch of the passage the rendering quotes: from its first piece that is not a cut
    edge to its last."""
    spans = [place for place, piece in placed if piece.kind not in _EDGE_KINDS]
    if not spans:
        return (0, 0)
    return spans[0][0], spans[-1][1]


def _reads_base_at(place: Place, cover: Place, altering: Sequence[Place]) -> bool:
    """The rendering quotes the place and makes no altering edit there."""
    (start, end), (low, high) = place, cover
    inside = low < start < high if start == end else low <= start and end <= high
    return inside and not any(_touches(other, place) for other in altering)


def _touches(a: Place, b: Place) -> bool:
    if a[0] == a[1] or b[0] == b[1]:
        return a[0] <= b[1] and b[0] <= a[1]
    return a[0] < b[1] and b[0] < a[1]
