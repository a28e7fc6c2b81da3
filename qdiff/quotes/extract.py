"""Find the quotations of an article: what stands between quotation marks, as reporters use them.

Handles straight and curly marks, single quotes nested in double ones (and British single-quote
style), apostrophes, quotations that run over several paragraphs (an opening mark at each, a
closing one only at the end) and quotations interrupted by attribution (`"...," he said. "..."`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from qdiff.lexicon import (
    CLOSING_DOUBLE_QUOTES,
    CLOSING_QUOTES,
    DOUBLE_QUOTES,
    INNER_APOSTROPHES,
    OPENING_DOUBLE_QUOTES,
    QUOTE_MARKS,
    SINGLE_QUOTES,
    SPEECH_VERBS,
    alternation,
    char_class,
)
from qdiff.model import Article, Quote, Span
from qdiff.text import skip_over, strip_span

_DOUBLE_OPEN = OPENING_DOUBLE_QUOTES
_DOUBLE_CLOSE = CLOSING_DOUBLE_QUOTES
_DOUBLE = DOUBLE_QUOTES
_SINGLE = SINGLE_QUOTES
_OPENING_CONTEXT = "([{—–-/"
_SPACE_RE = re.compile(r"\s*")
_MARK_RE = re.compile(rf"[{char_class(QUOTE_MARKS)}\n]")
# The text between two pieces of one interrupted quotation: `," he said. "` or `, she added, "`.
_INTERRUPTION_MAX = 80
_ATTRIBUTION_VERB_RE = re.compile(
    rf"\b(?:{alternation(SPEECH_VERBS)}|went on|according)\b", re.IGNORECASE
)
MAX_QUOTE_WORDS = 2000
"""A quotation longer than this is taken to be a stray mark's, left unclosed: ten times the
longest of the real coverage tested, far below what would make aligning it slow."""
_WORD_RE = re.compile(r"\w+")
_INTERRUPTION_RE = re.compile(rf"^[^\n.!?{char_class(DOUBLE_QUOTES)}]*(?:[.,:;—–-]\s*)?$")


@dataclass(slots=True)
class _Open:
    double: bool
    start: int  # first character after the opening mark
    segments: list[Span]


def extract_quotes(article: Article, max_words: int = MAX_QUOTE_WORDS) -> list[Quote]:
    """Every quotation of the article, in order, each with its quoted segments; one of more
    than max_words words is no quotation (its opening mark is taken as unclosed)."""
    raw = [segs for segs in _scan(article.text) if _words(article.text, segs) <= max_words]
    merged = _merge_interrupted(article.text, raw)
    blocks = _blockquotes(article.text)
    if blocks:
        outside = [s for s in merged if s and not any(_within(s, b) for b in blocks)]
        merged = sorted(outside + blocks, key=lambda segs: segs[0].start)
    return [
        Quote(article.id, Span(segs[0].start, segs[-1].end), tuple(segs)) for segs in merged if segs
    ]


def _words(text: str, segments: list[Span]) -> int:
    return sum(len(_WORD_RE.findall(text, s.start, s.end)) for s in segments)


_BLOCKQUOTE_LINE_RE = re.compile(r"^[ \t]*>[ \t]?(.*)$", re.MULTILINE)


def _blockquotes(text: str) -> list[list[Span]]:
    """Markdown and e-mail block quotations: runs of lines opening with `>`, a segment a line."""
    if ">" not in text:
        return []
    blocks: list[list[Span]] = []
    last_end = -2
    for match in _BLOCKQUOTE_LINE_RE.finditer(text):
        segment = strip_span(text, match.start(1), match.end(1))
        joined = blocks and text.count("\n", last_end, match.start()) <= 1
        if segment is not None:
            if joined:
                blocks[-1].append(segment)
            else:
                blocks.append([segment])
        last_end = match.end()
    return [block for block in blocks if block]


def _within(segments: list[Span], block: list[Span]) -> bool:
    return block[0].start <= segments[0].start and segments[-1].end <= block[-1].end


def _flanking(text: str, pos: int) -> tuple[bool, bool]:
    """(could open, could close) for the mark at pos, judged by its neighbours."""
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    space_before = before.isspace() or before in _OPENING_CONTEXT or before in _DOUBLE + _SINGLE
    space_after = after.isspace() or after in ".,;:!?)]}—–-" or after in _DOUBLE + _SINGLE
    return (not after.isspace() and space_before, not before.isspace() and space_after)


def _scan(text: str) -> list[list[Span]]:
    quotes: list[list[Span]] = []
    current: _Open | None = None
    nested_single = 0
    for match in _MARK_RE.finditer(text):
        pos, mark = match.start(), match.group()
        if mark == "\n":
            if current is not None and not _is_soft_wrap(text, pos, current.double):
                current, nested_single = _paragraph_break(text, pos, current, quotes)
            continue
        can_open, can_close = _flanking(text, pos)
        if mark in _SINGLE:
            if _is_apostrophe(text, pos, can_open, can_close):
                continue
            if current is None:
                if can_open and mark != "’":
                    current = _Open(double=False, start=pos + 1, segments=[])
            elif current.double:
                if can_open and not can_close:
                    nested_single += 1
                elif can_close and nested_single:
                    nested_single -= 1
            elif can_close:
                _add_segment(current.segments, strip_span(text, current.start, pos))
                quotes.append(current.segments)
                current = None
            elif can_open and current.start > pos:  # the mark continuing it after a paragraph
                current.start = pos + 1
            continue
        if current is not None and current.double:
            if pos == current.start and not current.segments and _text_follows(text, pos):
                current.start = pos + 1  # a doubled opening mark (`“”I recognise ...`)
                continue
            if mark in _DOUBLE_OPEN or (mark not in _DOUBLE_CLOSE and can_open and not can_close):
                # An opening mark inside an open quotation: a paragraph's opening mark left in
                # where paragraphs were run together, or a closing mark forgotten before the
                # reporter's attribution. The quotation goes on in a new segment.
                _add_segment(
                    current.segments,
                    strip_span(text, current.start, _unattributed(text, current.start, pos)),
                )
                current.start = pos + 1
            else:
                _add_segment(current.segments, strip_span(text, current.start, pos))
                quotes.append(current.segments)
                current, nested_single = None, 0
        elif mark in _DOUBLE_OPEN or not (can_close and not can_open):
            # Any mark that does not plainly close opens, `”` at a paragraph's start included;
            # a single-quote "quotation" open until now was a stray apostrophe.
            current = _Open(double=True, start=pos + 1, segments=[])
        else:
            introduced = _introduced(text, pos)
            if introduced is not None:
                # as with an opening mark, a single-quote "quotation" open until now was a stray
                # apostrophe: the recovered quotation must not overlap it
                current = None
                quotes.append([introduced])
    if current is not None:
        _close_at(text, len(text), current, quotes)
    return [[s for s in segs if s is not None] for segs in quotes]


_FORGOTTEN_CLOSE_RE = re.compile(
    r",\s+(?:[A-Z][\w'’.-]*\s+){0,4}?(?:[A-Z][\w'’.-]*|he|she|they|it)\s+(?:\w+\s+){0,3}?"
    rf"(?:{alternation(SPEECH_VERBS)})\b[^{char_class(DOUBLE_QUOTES)}]*$"
)


def _unattributed(text: str, start: int, end: int) -> int:
    """Where a quoted stretch really ends, when its closing mark was forgotten before the
    reporter's attribution (`“I apologise, Kurtz began, adding that “all of us ...`)."""
    match = _FORGOTTEN_CLOSE_RE.search(text, start, end)
    return match.start() + 1 if match else end


def _text_follows(text: str, pos: int) -> bool:
    return pos + 1 < len(text) and text[pos + 1].isalnum()


def _introduced(text: str, pos: int) -> Span | None:
    """A closing mark whose opening one was lost after a colon (`speaking from a prepared
    statement:I am devastated by my failures. ... with every cell of my body.”`): the quotation
    runs from the colon, when no other quotation mark stands between them in the paragraph."""
    start = text.rfind("\n", 0, pos) + 1
    colon = text.rfind(":", start, pos)
    if colon == -1 or any(ch in _DOUBLE for ch in text[colon:pos]):
        return None
    return strip_span(text, colon + 1, pos)


_RUN_ON_PARAGRAPHS = 12
"""How many paragraphs a statement printed without a mark at each may run over."""


def _runs_on(text: str, pos: int, current: _Open) -> bool:
    """A statement printed over several paragraphs with one opening mark at its first paragraph's
    start and one closing mark at its last paragraph's end, none between (`“In the past two
    weeks ...` down to `... characterized as a pandemic.”`), or to the article's end with no
    mark after it at all (a statement whose closing mark was lost): the quotation goes on."""
    opened = (current.segments[0].start if current.segments else current.start) - 1
    if text[text.rfind("\n", 0, opened) + 1 : opened].strip():
        return False  # opened mid-paragraph: a reporter's sentence, not a printed statement
    for crossed, match in enumerate(_DOUBLE_MARK_RE.finditer(text, pos), 1):
        if crossed > 1:
            return False
        at = match.start()
        if text.count("\n", pos, at) > _RUN_ON_PARAGRAPHS:
            return False
        can_open, can_close = _flanking(text, at)
        line_end = text.find("\n", at)
        rest = text[at + 1 : len(text) if line_end == -1 else line_end]
        closes = text[at] in _DOUBLE_CLOSE or (can_close and not can_open)
        return closes and text[at] not in _DOUBLE_OPEN and not rest.strip()
    # no mark follows at all: a statement printed to the article's end, its closing mark lost
    return text.count("\n", pos, len(text.rstrip())) <= _RUN_ON_PARAGRAPHS


_DOUBLE_MARK_RE = re.compile(f"[{char_class(DOUBLE_QUOTES)}]")


def _paragraph_break(
    text: str, pos: int, current: _Open, quotes: list[list[Span]]
) -> tuple[_Open | None, int]:
    """At a line break inside a quotation: it goes on if the next paragraph opens with a mark."""
    first = skip_over(_SPACE_RE, text, pos)
    marks = _DOUBLE if current.double else _SINGLE
    if first < len(text) and text[first] in marks and text[first] not in CLOSING_QUOTES:
        _add_segment(current.segments, strip_span(text, current.start, pos))
        current.start = len(text)  # until the continuing mark sets it
        return current, 0
    if current.double and current.start < pos and _runs_on(text, pos, current):
        _add_segment(current.segments, strip_span(text, current.start, pos))
        current.start = first
        return current, 0
    if current.start < pos:
        _close_at(text, pos, current, quotes)
    elif current.segments:
        quotes.append(current.segments)
    return None, 0


def _is_soft_wrap(text: str, pos: int, double: bool) -> bool:
    """A line break inside a hard-wrapped paragraph: the next line, not blank, closes the
    quotation before it opens another."""
    end = text.find("\n", pos + 1)
    line_end = len(text) if end == -1 else end
    if not text[pos + 1 : line_end].strip():
        return False
    marks = _DOUBLE if double else INNER_APOSTROPHES
    for i in range(pos + 1, line_end):
        if text[i] not in marks:
            continue
        can_open, can_close = _flanking(text, i)
        if double and text[i] in _DOUBLE_OPEN:
            return False
        if (can_close and not can_open) or (double and text[i] in _DOUBLE_CLOSE):
            return not (not double and _is_apostrophe(text, i, can_open, can_close))
        if can_open:
            return False
    return False


def _close_at(text: str, pos: int, current: _Open, quotes: list[list[Span]]) -> None:
    if current.start < pos:
        _add_segment(current.segments, strip_span(text, current.start, pos))
    quotes.append(current.segments)


def _add_segment(segments: list[Span], segment: Span | None) -> None:
    """A quoted stretch that holds nothing but white space is no segment."""
    if segment is not None:
        segments.append(segment)


def _is_apostrophe(text: str, pos: int, can_open: bool, can_close: bool) -> bool:
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():
        return True  # it's, won't, O'Neill
    if text[pos] in INNER_APOSTROPHES and after.isdigit() and not before.isalnum():
        return True  # the '90s
    return not (can_open or can_close)


def _merge_interrupted(text: str, quotes: list[list[Span]]) -> list[list[Span]]:
    """Join `"A," he said. "B"` into one quotation when only a short attribution stands between
    (`X said`, `said X`, `she added`): not a clause of the reporter's own, such as
    `"A", he admitted defeat, simply saying "B"`."""
    merged: list[list[Span]] = []
    for segments in quotes:
        if not segments:
            continue
        if merged and _is_interruption(text, merged[-1][-1], segments[0]):
            merged[-1].extend(segments)
        else:
            merged.append(list(segments))
    return merged


def _is_interruption(text: str, first: Span, second: Span) -> bool:
    between = text[first.end : second.start].strip(_DOUBLE + _SINGLE + " ")
    if len(between) > _INTERRUPTION_MAX or "\n" in between or not between:
        return False
    ended_open = text[first.end - 1] in ",—–-:" or between[0] in ",—–"
    if not (ended_open and _INTERRUPTION_RE.match(between)):
        return False
    words = between.strip(".,:;—–- ")
    return "," not in words and len(words.split()) <= 6 and bool(_ATTRIBUTION_VERB_RE.search(words))


class QuoteIndex:
    """Answers 'is this offset inside a quotation, and which?' in O(log n)."""

    def __init__(self, quotes: Sequence[Quote]) -> None:
        self.quotes = tuple(quotes)
        pairs = sorted((seg, i) for i, q in enumerate(self.quotes) for seg in q.segments)
        self._starts = [seg.start for seg, _ in pairs]
        self._segments = [seg for seg, _ in pairs]
        self._owners = [i for _, i in pairs]

    def segment_at(self, offset: int) -> Span | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self._segments[i].contains(offset):
            return self._segments[i]
        return None

    def quote_at(self, offset: int) -> Quote | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self._segments[i].contains(offset):
            return self.quotes[self._owners[i]]
        return None
