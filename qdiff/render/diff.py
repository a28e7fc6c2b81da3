"""The one inline-diff builder: a finding's pieces as marked segments, for every view.

`inline_diff` builds the segments of the terminal's table (both sides inline, or one side a
column) and of every `check` format; check then shortens long unchanged context around the
changes with `elide_context`. `append_segments` draws segments as rich text, in colour or with
the plain markers of `styles`; `plain_text` draws them as a string.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from enum import Enum
from typing import NamedTuple

from rich.text import Text

from qdiff.lexicon import STARTING_QUOTES
from qdiff.model import Edit
from qdiff.render.styles import STYLES, Mark, MarkStyle, marks_for


class Segment(NamedTuple):
    """A stretch of text and what it is."""

    mark: Mark
    text: str


class Sides(str, Enum):
    """Which words of a finding a diff shows."""

    BOTH = "both"
    """The rendering's words, with the passage's words it changed before them."""
    PASSAGE = "passage"
    """The passage's words alone, marked by what the rendering did to them."""
    RENDERING = "rendering"
    """The rendering's words alone, marked by what they do to the passage."""


class Spacing(str, Enum):
    """Where a diff puts the white space around its marked runs."""

    READABLE = "readable"
    """White space folded to single spaces; a run a word apart from its replacement (a cosmetic
    pair touching); each run's trailing white space outside its marks. The terminal's."""
    COMPACT = "compact"
    """Text as written; a replacement right after what it replaces; the white space both sides
    end with outside the marks. Check's one-line diff."""


TRIMMED_EDGES = (4, 3)
"""Words kept at the start and at the end of a long trimmed-off run, around an ellipsis."""
_SPACE = re.compile(r"\s+")


def inline_diff(
    pieces: Iterable[Edit],
    *,
    spacing: Spacing = Spacing.READABLE,
    sides: Sides = Sides.BOTH,
    trimmed_edges: tuple[int, int] = TRIMMED_EDGES,
) -> tuple[Segment, ...]:
    """The pieces of a finding as marked segments, long trimmed-off runs shortened to their
    edges, no segment empty."""
    segments = [segment for piece in pieces for segment in _segments(piece, spacing, sides)]
    head, tail = trimmed_edges
    return tuple(
        Segment(mark, elide_words(text, head, tail) if mark is Mark.TRIMMED else text)
        for mark, text in segments
        if text
    )


def _segments(piece: Edit, spacing: Spacing, sides: Sides) -> list[Segment]:
    old_mark, new_mark = marks_for(piece.kind)
    if sides is Sides.PASSAGE:
        return _run(piece.reference, old_mark, spacing)
    if sides is Sides.RENDERING or piece.kind is None or piece.reference == piece.rendering:
        return _run(piece.rendering, new_mark, spacing)  # the same words: drawn once
    if spacing is Spacing.READABLE:
        return _readable_pair(piece, old_mark, new_mark)
    return _compact_pair(piece, old_mark, new_mark)


def _run(chunk: str, mark: Mark, spacing: Spacing) -> list[Segment]:
    """One side's words; readable spacing folds them and keeps their trailing space unmarked."""
    if spacing is Spacing.COMPACT:
        return [Segment(mark, chunk)]
    chunk = fold_space(chunk)
    core = chunk.rstrip()
    if not core:
        return [Segment(Mark.SAME, chunk)]
    return [Segment(mark, core), Segment(Mark.SAME, chunk[len(core) :])]


def _readable_pair(piece: Edit, old_mark: Mark, new_mark: Mark) -> list[Segment]:
    segments: list[Segment] = []
    if piece.reference and not piece.rendering:
        segments.append(Segment(Mark.GAP, " "))
    if piece.reference:
        cosmetic = old_mark is Mark.COSMETIC_OLD
        old = piece.reference.rstrip() if cosmetic else _spaced(piece.reference)
        segments += _run(old, old_mark, Spacing.READABLE)
    if piece.rendering:
        segments += _run(piece.rendering, new_mark, Spacing.READABLE)
    return segments


def _spaced(chunk: str) -> str:
    """A removed run before its replacement needs a space between them."""
    return chunk if chunk[-1:].isspace() else chunk + " "


def _compact_pair(piece: Edit, old_mark: Mark, new_mark: Mark) -> list[Segment]:
    old, new, tail = _split_tail(piece.reference, piece.rendering)
    return [Segment(old_mark, old), Segment(new_mark, new), Segment(Mark.SAME, tail)]


def _split_tail(old: str, new: str) -> tuple[str, str, str]:
    """Keep a shared trailing separator outside the markers: '[-a-]{+b+} ' not '[-a -]{+b +}'."""
    tail = ""
    while old and new and old[-1] == new[-1] and old[-1].isspace():
        tail, old, new = old[-1] + tail, old[:-1], new[:-1]
    if not new and old.endswith(" "):
        old, tail = old.rstrip(), " "
    return old, new, tail


def elide_context(segments: Sequence[Segment], words: int) -> tuple[Segment, ...]:
    """Runs of unchanged words shortened to `words` on each side of a change (the first run to
    its end, the last to its start)."""
    last = len(segments) - 1
    return tuple(
        Segment(mark, elide_words(text, words if n > 0 else 0, words if n < last else 0))
        if mark is Mark.SAME
        else Segment(mark, text)
        for n, (mark, text) in enumerate(segments)
    )


def elide_words(text: str, head: int, tail: int) -> str:
    """The text's first `head` and last `tail` words around an ellipsis, when that is shorter;
    the white space it starts and ends with kept."""
    words = text.split()
    if not (head or tail) or len(words) <= head + tail + 1:
        return text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    return lead + " ".join([*words[:head], "…", *words[len(words) - tail :]]) + trail


def append_segments(text: Text, segments: Iterable[Segment], plain: bool) -> Text:
    """Draw segments onto text: in their styles, or (plain) inside their markers."""
    drawn = [segment for segment in segments if segment.text]
    for n, (mark, chunk) in enumerate(drawn):
        if mark is Mark.GAP:
            text.append(chunk if _would_touch(text.plain, drawn, n, plain) else "")
            continue
        style = STYLES[mark]
        if plain:
            text.append(f"{_open(style, drawn, n)}{chunk}{_close(style, drawn, n)}")
        else:
            if _replacement_touches(text.plain, drawn, n):
                text.append(" ")
            text.append(chunk, style=style.style or None)
    return text


_OPENING = "([{" + STARTING_QUOTES
"""After these a word needs no space before it."""


def _would_touch(before: str, drawn: Sequence[Segment], n: int, plain: bool) -> bool:
    """A gap is drawn where the text before it ends in a word or its punctuation (`far,[…While`
    needs the space), but not after an opening mark, nor (plain) after a marked run, whose
    closing marker already keeps the words apart."""
    last = before[-1:]
    if not last or last.isspace() or last in _OPENING:
        return False
    return not (plain and n > 0 and STYLES[drawn[n - 1].mark].close)


def _replacement_touches(before: str, drawn: Sequence[Segment], n: int) -> bool:
    """In colour, a replacement right after the run it replaces (`compromisecompromised`)
    would read as one word: they are kept a space apart."""
    mark = drawn[n].mark
    return (
        mark is Mark.ADDED
        and n > 0
        and drawn[n - 1].mark is Mark.REMOVED
        and before[-1:] != ""
        and not before[-1:].isspace()
        and not drawn[n].text[:1].isspace()
    )


def _open(style: MarkStyle, drawn: Sequence[Segment], n: int) -> str:
    """A trimmed run just after the article's own ellipsis opens without a second one."""
    return style.open.rstrip("…") if n > 0 and _is_ellipsis(drawn[n - 1]) else style.open


def _close(style: MarkStyle, drawn: Sequence[Segment], n: int) -> str:
    """...and closes without one just before it: `[…cut]...`, never `[…cut…]...`."""
    following = n + 1 < len(drawn) and _is_ellipsis(drawn[n + 1])
    return style.close.lstrip("…") if following else style.close


def _is_ellipsis(segment: Segment) -> bool:
    return segment.mark is Mark.MARKER and segment.text.strip() in ("...", "…", ". . .")


def plain_text(segments: Iterable[Segment]) -> str:
    """Segments inside their plain markers ([-old-]{+new+}), for logs and annotations."""
    return append_segments(Text(), segments, plain=True).plain


def fold_space(text: str) -> str:
    """Every run of white space a single space, as a line of a view shows it."""
    return _SPACE.sub(" ", text)
