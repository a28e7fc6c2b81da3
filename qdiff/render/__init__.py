"""Rendering: each command's result drawn in each of its formats. Only this room knows colour.

One module per command and format, each a `Renderer` (interface.py: the command's result and a
`Display`, to a rich renderable or a `str`), looked up in the registry below; `styles` says how
each kind of difference looks, `diff` builds the one inline diff every view draws, `markdown`
escapes and fits every Markdown format, `compare_summary` draws compare's summary at any scale,
`bases` keeps a consensus base's unpaired quote marks out of the views.

A new format is its module and one line here. May import: model, config, and the result types of
the stages it draws (compare, collate, quotes, facts, check). Nothing imports it but cli.
"""

from __future__ import annotations

from collections.abc import Mapping

from rich.console import RenderableType

from qdiff.check.judge import CheckResult
from qdiff.facts.model import FactsReport
from qdiff.model import Report
from qdiff.quotes.listing import QuoteListing
from qdiff.render import (
    check_github,
    check_json,
    check_junit,
    check_markdown,
    check_text,
    compare_apparatus,
    compare_html,
    compare_json,
    compare_markdown,
    compare_terminal,
    facts_html,
    facts_json,
    facts_markdown,
    facts_terminal,
    quotes_html,
    quotes_json,
    quotes_markdown,
    quotes_terminal,
)
from qdiff.render.bases import without_unpaired_quote_marks
from qdiff.render.interface import (
    CheckFormat,
    Display,
    Layout,
    Rendered,
    Renderer,
    TextFormat,
    View,
)

COMPARE_VIEWS: Mapping[View, Renderer[Report]] = {
    View.TABLE: compare_terminal.render_report,
    View.APPARATUS: compare_apparatus.render_apparatus,
}
"""`qdiff compare`'s terminal views, chosen by `Display.view`."""


def _compare_terminal(report: Report, display: Display) -> RenderableType:
    return COMPARE_VIEWS[display.view](report, display)


def _as_shown(render: Renderer[Report]) -> Renderer[Report]:
    """A view of the report: its consensus bases drawn without unpaired quote marks (`bases`);
    the JSON keeps them as they were built."""

    def view(report: Report, display: Display) -> Rendered:
        return render(without_unpaired_quote_marks(report), display)

    return view


COMPARE: Mapping[TextFormat, Renderer[Report]] = {
    TextFormat.TERMINAL: _as_shown(_compare_terminal),
    TextFormat.JSON: compare_json.render_json,
    TextFormat.HTML: _as_shown(compare_html.render_html),
    TextFormat.MARKDOWN: _as_shown(compare_markdown.render_compare_markdown),
}
QUOTES: Mapping[TextFormat, Renderer[QuoteListing]] = {
    TextFormat.TERMINAL: quotes_terminal.render_quotes,
    TextFormat.JSON: quotes_json.render_quotes_json,
    TextFormat.HTML: quotes_html.render_html,
    TextFormat.MARKDOWN: quotes_markdown.render_quotes_markdown,
}
FACTS: Mapping[TextFormat, Renderer[FactsReport]] = {
    TextFormat.TERMINAL: facts_terminal.render_facts,
    TextFormat.JSON: facts_json.render_json,
    TextFormat.HTML: facts_html.render_html,
    TextFormat.MARKDOWN: facts_markdown.render_facts_markdown,
}
CHECK: Mapping[CheckFormat, Renderer[CheckResult]] = {
    CheckFormat.TEXT: check_text.render_check_text,
    CheckFormat.JSON: check_json.render_check_json,
    CheckFormat.GITHUB: check_github.render_github,
    CheckFormat.JUNIT: check_junit.render_junit,
    CheckFormat.MARKDOWN: check_markdown.render_check_markdown,
}

__all__ = [
    "CHECK",
    "COMPARE",
    "COMPARE_VIEWS",
    "FACTS",
    "QUOTES",
    "CheckFormat",
    "Display",
    "Layout",
    "Rendered",
    "Renderer",
    "TextFormat",
    "View",
]
