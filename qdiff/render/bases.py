"""A consensus base as the views show it: without a quote mark that pairs with nothing.

A consensus is stitched from several outlets' words, and one of them may carry the closing mark
of an inner quotation whose opening mark the base does not have (`another few months?', then`).
The views drop such a mark from the base; the JSON keeps the base as it was built. A mark that
may be an apostrophe (`players' union`, `don't`) is never dropped.
"""

from __future__ import annotations

from dataclasses import replace

from qdiff.lexicon import CLOSING_DOUBLE_QUOTES, OPENING_DOUBLE_QUOTES
from qdiff.model import Edit, Finding, Passage, Report, Token

_SINGLE_OPENING = "‘"
_SINGLE_EITHER = "'’"
_DOUBLE_EITHER = '"'


def without_unpaired_quote_marks(report: Report) -> Report:
    """The report with each consensus base's unpaired quote marks left out of its text and of
    the passage side of its findings."""
    unpaired = {
        p.id: marks
        for p in report.passages
        if p.consensus and (marks := unpaired_quote_marks(p.text))
    }
    if not unpaired:
        return report
    originals = {p.id: p for p in report.passages if p.id in unpaired}
    passages = tuple(
        _passage_without(p, unpaired[p.id]) if p.id in unpaired else p for p in report.passages
    )
    findings = tuple(
        _finding_without(f, originals[f.rendering.passage_id], unpaired[f.rendering.passage_id])
        if f.rendering.passage_id in unpaired
        else f
        for f in report.findings
    )
    return replace(report, passages=passages, findings=findings)


def unpaired_quote_marks(text: str) -> frozenset[int]:
    """Offsets of the quote marks in text that open or close nothing."""
    unpaired: set[int] = set()
    for family in ("double", "single"):
        pending: list[int] = []
        for offset, role in _marks(text, family):
            if role == "open":
                pending.append(offset)
            elif pending:
                pending.pop()
            elif role == "close":
                unpaired.add(offset)
        unpaired.update(pending)
    return frozenset(unpaired)


def _marks(text: str, family: str) -> list[tuple[int, str]]:
    """Each quote mark of the family with its role: open, close, or maybe (an apostrophe after
    a word, which closes a pending quotation and is otherwise left alone)."""
    marks = []
    for offset, char in enumerate(text):
        before = text[offset - 1] if offset else " "
        after = text[offset + 1] if offset + 1 < len(text) else " "
        if family == "double":
            if char in OPENING_DOUBLE_QUOTES:
                marks.append((offset, "open"))
            elif char in CLOSING_DOUBLE_QUOTES:
                marks.append((offset, "close"))
            elif char in _DOUBLE_EITHER:
                marks.append((offset, "open" if before.isspace() or before in "([" else "close"))
        elif char in _SINGLE_OPENING + _SINGLE_EITHER:
            if before.isalnum() and after.isalnum():
                continue  # don't, it's
            if before.isspace() or before in "([":
                if char in _SINGLE_OPENING or after.isalpha():
                    marks.append((offset, "open"))
            elif before.isalnum():
                marks.append((offset, "maybe"))
            elif char in _SINGLE_EITHER:
                marks.append((offset, "close"))
    return marks


def _passage_without(passage: Passage, unpaired: frozenset[int]) -> Passage:
    text = "".join(ch for n, ch in enumerate(passage.text) if n not in unpaired)

    def moved(offset: int) -> int:
        return offset - sum(n < offset for n in unpaired)

    tokens = tuple(Token(t.text, t.key, moved(t.start), moved(t.end)) for t in passage.tokens)
    return replace(passage, text=text, tokens=tokens)


def _finding_without(finding: Finding, passage: Passage, unpaired: frozenset[int]) -> Finding:
    """The finding with the marks left out of its pieces' passage words, which run through
    the passage text from its first word on."""
    pieces: list[Edit] = []
    offset = passage.tokens[0].start if passage.tokens else 0
    for piece in finding.pieces:
        kept = "".join(
            ch for n, ch in enumerate(piece.reference, start=offset) if n not in unpaired
        )
        offset += len(piece.reference)
        pieces.append(replace(piece, reference=kept) if kept != piece.reference else piece)
    return replace(finding, pieces=tuple(pieces))
