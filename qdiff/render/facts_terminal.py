"""FactsReport -> rich renderables: a table per group, outlets side by side, conflicts first.

With no colour, status symbols and »figure« markers keep every distinction visible.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from qdiff.facts.model import FactGroup, FactsReport, FactStatus, Figure
from qdiff.render.interface import Display

STATUS_STYLES: dict[FactStatus, str] = {
    FactStatus.CONFLICT: "bold white on red",
    FactStatus.AGREE: "bold green",
    FactStatus.SINGLE: "dim",
}
STATUS_SYMBOLS: dict[FactStatus, str] = {
    FactStatus.CONFLICT: "✗",
    FactStatus.AGREE: "=",
    FactStatus.SINGLE: "·",
}
FIGURE_STYLE = "bold yellow"
PLAIN_FIGURE = ("»", "«")
_CONTEXT_CHARS = 90
_SPACES = re.compile(r"\s+")


def render_facts(report: FactsReport, display: Display) -> RenderableType:
    """The whole `qdiff facts` view."""
    plain = display.plain
    parts: list[RenderableType] = [_title(report)]
    shared = [g for g in report.groups if g.status is not FactStatus.SINGLE]
    singles = [g for g in report.groups if g.status is FactStatus.SINGLE]
    parts.extend(_group_table(report, group, plain) for group in shared)
    if singles:
        parts.append(_singles_table(report, singles, plain))
    if not report.groups:
        parts.append(Text("No figures found.", style="bold"))
    return Group(*parts)


def _title(report: FactsReport) -> Text:
    counts = {s: sum(g.status is s for g in report.groups) for s in FactStatus}
    title = Text("qdiff facts", style="bold")
    title.append(f"  {len(report.articles)} articles, {len(report.groups)} facts: ")
    title.append(", ".join(f"{counts[s]} {s.value}" for s in FactStatus))
    return title


def _group_table(report: FactsReport, group: FactGroup, plain: bool) -> Table:
    heading = Text()
    heading.append(
        f" {STATUS_SYMBOLS[group.status]} {group.status.value} ",
        style="" if plain else STATUS_STYLES[group.status],
    )
    heading.append(f" {group.kind.value}: {group.about}", style="bold")
    if group.difference is not None:
        heading.append(f"  (values differ by {group.difference:.1%})")
    table = Table(title=heading, title_justify="left", box=box.SQUARE, expand=True, show_lines=True)
    for article_id in group.article_ids:
        table.add_column(report.article(article_id).label, ratio=1, overflow="fold")
    table.add_row(*(_cell(report, group, article_id, plain) for article_id in group.article_ids))
    return table


def _cell(report: FactsReport, group: FactGroup, article_id: str, plain: bool) -> Text:
    cell = Text()
    for figure in (f for f in group.figures if f.article_id == article_id):
        if cell:
            cell.append("\n\n")
        cell.append_text(_in_sentence(report, figure, plain))
        cell.append("\n")
        cell.append(describe_figure(figure), style="" if plain else "dim")
    return cell


def _in_sentence(report: FactsReport, figure: Figure, plain: bool) -> Text:
    text = report.article(figure.article_id).text
    start = max(figure.sentence.start, figure.span.start - _CONTEXT_CHARS)
    end = min(figure.sentence.end, figure.span.end + _CONTEXT_CHARS)
    out = Text("…" if start > figure.sentence.start else "")
    out.append(_SPACES.sub(" ", text[start : figure.span.start]))
    if plain:
        out.append(f"{PLAIN_FIGURE[0]}{figure.text}{PLAIN_FIGURE[1]}")
    else:
        out.append(figure.text, style=FIGURE_STYLE)
    out.append(_SPACES.sub(" ", text[figure.span.end : end]))
    if end < figure.sentence.end:
        out.append("…")
    return out


def describe_figure(figure: Figure) -> str:
    """'= 4,000,000,000 GBP · hedge: around · source: IFS · down'"""
    value = f"{figure.value:,}" if isinstance(figure.value, int | float) else figure.value
    parts = [f"= {value} {figure.unit}"]
    if figure.hedge:
        parts.append(f"hedge: {figure.hedge}")
    if figure.source:
        parts.append(f"source: {figure.source}")
    if figure.direction:
        parts.append(figure.direction.value)
    return " · ".join(parts)


def _singles_table(report: FactsReport, groups: Sequence[FactGroup], plain: bool) -> Table:
    heading = Text()
    heading.append(
        f" {STATUS_SYMBOLS[FactStatus.SINGLE]} single ",
        style="" if plain else STATUS_STYLES[FactStatus.SINGLE],
    )
    heading.append(" figures only one outlet gives", style="bold")
    table = Table(title=heading, title_justify="left", box=box.SIMPLE, expand=True)
    table.add_column("outlet", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("figure in its sentence", ratio=1, overflow="fold")
    for group in groups:
        for figure in group.figures:
            cell = _in_sentence(report, figure, plain)
            cell.append("\n" + describe_figure(figure), style="" if plain else "dim")
            table.add_row(report.article(figure.article_id).label, group.kind.value, cell)
    return table
