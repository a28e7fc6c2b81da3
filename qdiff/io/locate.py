"""Where a stretch of an article's text stands in the file it was read from.

A text file's text is the file. An HTML page's text was extracted from it: its words are looked
for in the page's own text (the markup's character data, entities decoded, scripts and styles
left out), with any markup or punctuation between them. A JSON Lines record has no place in
its file that a line and column could name: its locations are in its text.
"""

from __future__ import annotations

import html
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

from qdiff.io.files import Unreadable, read_limited
from qdiff.io.html import decode_html
from qdiff.lexicon import ENDING_QUOTES
from qdiff.model import Article, InputKind, Span
from qdiff.text import line_col

_WORD = re.compile(r"\w+")
_TAIL_MARKS = ".,;:!?…)]" + ENDING_QUOTES
_UNSEEN = frozenset({"script", "style", "noscript", "template"})


@dataclass(frozen=True, slots=True)
class SourceLocation:
    """1-based lines and columns (in characters) of a stretch's first and last characters."""

    line: int
    column: int
    end_line: int
    end_column: int


def locate_in_file(article: Article, span: Span) -> SourceLocation | None:
    """Where article.text[span] stands in the article's file; None when it cannot be found
    there (the words were changed in extraction, or the input is a JSON Lines record)."""
    if article.kind is InputKind.TEXT:
        return _location(article.text, span.start, max(span.end - 1, span.start))
    if article.kind is InputKind.HTML:
        page = _page(article.path)
        return page.find(article.text, span) if page is not None else None
    return None


def _location(text: str, first: int, last: int) -> SourceLocation:
    line, column = line_col(text, first)
    end_line, end_column = line_col(text, last)
    return SourceLocation(line, column, end_line, end_column)


@lru_cache(maxsize=16)
def _page(path: str) -> _Page | None:
    try:
        # no size limit here: the page was read as an article, so it is within one
        source = decode_html(read_limited(Path(path), sys.maxsize))
    except Unreadable:
        return None
    return _Page.parse(source)


class _Page:
    """A page's source and the text a reader sees in it, each character with its offset."""

    def __init__(self, source: str, seen: str, origins: list[int]) -> None:
        self.source = source
        self.seen = seen
        self.origins = origins

    @classmethod
    def parse(cls, source: str) -> _Page:
        reader = _TextReader(source)
        reader.feed(source)
        reader.close()
        return cls(source, "".join(reader.chunks), reader.origins)

    def find(self, text: str, span: Span) -> SourceLocation | None:
        """The words of text[span] in the page: the occurrence with as many before it in the
        page as text has before span (the last one when the page has fewer)."""
        words = _WORD.findall(text, span.start, span.end)
        if not words:
            return None
        pattern = re.compile(r"(?<!\w)" + r"\W*".join(map(re.escape, words)) + r"(?!\w)")
        matches = list(pattern.finditer(self.seen))
        if not matches:
            return None
        before = len(pattern.findall(text, 0, span.start))
        match = matches[min(before, len(matches) - 1)]
        last = match.end() - 1
        tail = text[span.start : span.end].rstrip()
        tail = tail[len(tail.rstrip(_TAIL_MARKS)) :]
        if tail and self.seen.startswith(tail, match.end()):
            last += len(tail)  # the stop or closing mark after the last word, as in a text file
        return _location(self.source, self.origins[match.start()], self.origins[last])


class _TextReader(HTMLParser):
    """Collects character data and decoded entities with their offsets in the source."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.chunks: list[str] = []
        self.origins: list[int] = []
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self._unseen = 0

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def _add(self, text: str, offsets: range | list[int]) -> None:
        if self._unseen or not text:
            return
        self.chunks.append(text)
        self.origins.extend(offsets)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _UNSEEN:
            self._unseen += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _UNSEEN and self._unseen:
            self._unseen -= 1

    def handle_data(self, data: str) -> None:
        start = self._offset()
        self._add(data, range(start, start + len(data)))

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name};")

    def _reference(self, written: str) -> None:
        decoded = html.unescape(written)
        self._add(decoded, [self._offset()] * len(decoded))
