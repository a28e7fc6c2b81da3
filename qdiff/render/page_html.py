"""What every HTML page shares: the Jinja2 environment, autoescaping on, and the page's parts.

A page is one self-contained file: its styles and its one small script inline, nothing fetched
(a Content-Security-Policy tells the browser so), so it opens from disk and prints as it is.
The compare, facts and quotes modules turn their result into plain values for a template; the
templates (package data under `templates/`) only lay them out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from qdiff import __version__
from qdiff.model import Article, InputKind, Verdict
from qdiff.render.styles import LEGEND, VERDICT_SYMBOLS, Mark

if TYPE_CHECKING:  # jinja2 takes 50 ms to import: only the HTML formats pay for it
    from jinja2 import Environment

GRID_MAX_COLUMNS = 24
"""Past this many outlets a grid of them would not fit a screen: a sortable table of outlets
with their counts stands in for it."""

MARK_CLASSES: dict[Mark, str] = {
    Mark.SAME: "",
    Mark.REMOVED: "removed",
    Mark.ADDED: "added",
    Mark.COSMETIC_OLD: "cosmetic-old",
    Mark.COSMETIC_NEW: "cosmetic-new",
    Mark.TRIMMED: "trimmed",
    Mark.MARKER: "marker",
    Mark.GAP: "",
}
"""The CSS class of each mark; the terminal's `styles.STYLES` says what each means."""

MARK_TAGS: dict[Mark, str] = {
    Mark.REMOVED: "del",
    Mark.COSMETIC_OLD: "del",
    Mark.TRIMMED: "del",
    Mark.ADDED: "ins",
    Mark.COSMETIC_NEW: "ins",
}
"""Words a rendering does not have are deleted text and words it adds inserted text, to a
screen reader as to the eye; every other mark is a span."""


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text as a page draws it: its element, its class, and what a change is."""

    text: str
    css: str = ""
    """'' for words drawn as they are."""
    tag: str = "span"
    note: str = ""
    """For a change: its edit kind (and in a collation the outlets sharing it), shown on hover
    and on focus."""


def run_of(mark: Mark, text: str, note: str = "") -> Run:
    css = MARK_CLASSES[mark]
    if not css:
        return Run(text)
    return Run(text, css, MARK_TAGS.get(mark, "span"), note)


def render_page(template: str, **values: Any) -> str:
    """A template filled in: the whole text of the page."""
    return _environment().get_template(template).render(version=__version__, **values)


@cache
def _environment() -> Environment:
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(
        loader=PackageLoader("qdiff.render", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals["verdicts"] = [_verdict(v) for v in Verdict]
    env.globals["symbols"] = {v.value: VERDICT_SYMBOLS[v] for v in Verdict}
    env.globals["legend"] = [run_of(mark, "words", meaning) for mark, meaning in LEGEND]
    return env


def _verdict(verdict: Verdict) -> dict[str, str]:
    return {"name": verdict.value, "symbol": VERDICT_SYMBOLS[verdict]}


PAGE_IDS = frozenset({"main", "summary", "single"})
"""The ids the templates give their own sections."""
_HYPHENS = re.compile(r"-{2,}")


def anchors(ids: Iterable[str], prefix: str) -> tuple[str, ...]:
    """An id fit for a URL fragment for each of `ids`, in order, no two alike and none of the
    page's own: letters (of any script), digits, `_` and single hyphens kept, anything else
    `_`; `prefix-N` for one left empty, `-2`, `-3`... after one already taken. A double hyphen
    is never in one, so the templates derive ids with it (`ID--h` the heading, `ID--3` the third
    rendering)."""
    taken = set(PAGE_IDS)
    found = []
    for n, ident in enumerate(ids, start=1):
        kept = "".join(c if c.isalnum() or c in "-_" else "_" for c in ident)
        base = _HYPHENS.sub("-", kept) or f"{prefix}-{n}"
        candidate, again = base, 1
        while candidate in taken:
            again += 1
            candidate = f"{base}-{again}"
        taken.add(candidate)
        found.append(candidate)
    return tuple(found)


_TEXT_OF = {
    InputKind.TEXT: "",
    InputKind.HTML: "the text extracted from ",
    InputKind.JSONL: "the text of ",
}


def text_of(article: Article) -> str:
    """What a line and column count in: '' for a text file (the file itself), 'the text
    extracted from ' for an HTML page, 'the text of ' for a JSON Lines record."""
    return _TEXT_OF[article.kind]
