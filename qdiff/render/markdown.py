"""What every Markdown format shares: escaping, the marked diff, and fitting a comment.

GitHub-flavoured: text from articles and file names is escaped so it stays text (no emphasis,
no table cell broken by a `|`, no HTML), a diff marks ~~the passage's words~~ and **the
article's**, and a document is cut to fit a pull-request comment, saying what it left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from qdiff.render.diff import Segment
from qdiff.render.styles import Mark

COMMENT_LIMIT = 65_536
"""GitHub's limit on a comment's length, in characters."""
_OLD = frozenset({Mark.REMOVED, Mark.COSMETIC_OLD, Mark.TRIMMED})
_NEW = frozenset({Mark.ADDED, Mark.COSMETIC_NEW})
_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~&])")
_LINE_START = re.compile(r"^(\d+)([.)])|^(-)")


def escape(text: str) -> str:
    """Text on one line with Markdown's special characters backslashed, so quoted text stays
    text: no emphasis, no link, no HTML tag or entity, no end of a table cell."""
    folded = _SPECIAL.sub(r"\\\1", " ".join(text.split()))
    return _LINE_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", folded)


def escape_code(text: str) -> str:
    """Text for a `code span`: a backtick would close it, so it becomes a quote mark."""
    return " ".join(text.replace("`", "'").split())


def code(text: str) -> str:
    """A code span that is safe in a table cell too (GitHub reads `\\|` there as a pipe)."""
    return f"`{escape_code(text).replace('|', chr(92) + '|')}`"


def table(heads: Sequence[str], rows: Iterable[Sequence[str]], align: str = "") -> list[str]:
    """A table's lines: heads and cells already Markdown; `align` one of l, r, c per column."""
    marks = {"l": "---", "r": "--:", "c": ":-:"}
    rule = [marks[a] for a in align.ljust(len(heads), "l")]
    lines = [_row(heads), _row(rule)]
    lines += [_row(row) for row in rows]
    return lines


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def marked(segments: Iterable[Segment]) -> str:
    """Diff segments with ~~the passage's words~~ and **the article's**, escaped, one line."""
    out: list[str] = []
    for mark, text in segments:
        words = escape(text)
        pad_left = " " if text[:1].isspace() else ""
        pad_right = " " if text[-1:].isspace() else ""
        if mark is Mark.GAP:
            out.append(" " if out and not out[-1][-1:].isspace() else "")
        elif not words:
            out.append(pad_left or pad_right)
        elif mark in _OLD:
            out.append(f"{pad_left}~~{words}~~{pad_right}")
        elif mark in _NEW:
            gap = " " if out and out[-1].endswith("~~") else ""
            out.append(f"{gap or pad_left}**{words}**{pad_right}")
        else:
            out.append(f"{pad_left}{words}{pad_right}")
    return re.sub(r" {2,}", " ", "".join(out)).strip()


def fit_comment(
    head: Sequence[str],
    blocks: Sequence[str],
    left_out: Sequence[str],
    hint: str,
    blocks_are: str = "sections",
    limit: int = COMMENT_LIMIT,
) -> str:
    """`head` and as many `blocks` as fit in `limit` characters, with a note naming what was
    left out (`left_out`, and the blocks, which `blocks_are`, and head lines cut here); never
    longer than `limit`."""

    def note(blocks_cut: int, lines_cut: int) -> str:
        parts = list(left_out)
        if blocks_cut:
            parts.append(f"the last {blocks_cut} of {len(blocks)} {blocks_are}")
        if lines_cut:
            parts.append(f"the last {lines_cut} lines of the summary")
        if not parts:
            return ""
        return (
            f"> **Left out** to fit a comment of {limit:,} characters: {'; '.join(parts)}. {hint}\n"
        )

    head_text = "".join(f"{line}\n" for line in head)
    sizes = [len(block) + 1 for block in blocks]
    kept = len(blocks)
    while kept and len(head_text) + sum(sizes[:kept]) + len(note(len(blocks) - kept, 0)) > limit:
        kept -= 1
    body = "".join(f"{block}\n" for block in blocks[:kept])
    text = head_text + body + note(len(blocks) - kept, 0)
    lines = list(head)
    while len(text) > limit and lines:
        lines.pop()
        text = "".join(f"{line}\n" for line in lines) + note(len(blocks), len(head) - len(lines))
    return text[:limit]
