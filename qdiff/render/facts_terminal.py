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

from qdiff.facts.model import (
    TIME_OF_DAY,
    FactGroup,
    FactsReport,
    FactStatus,
    Figure,
    Interval,
    Side,
)
from qdiff.render.interface import Display
from qdiff.text import counted

STATUS_STYLES: dict[FactStatus, str] = {
    FactStatus.CONFLICT: "bold white on red",
    FactStatus.AGREE: "bold green",
    FactStatus.ROUNDED: "bold green",
    FactStatus.HEDGED: "bold green",
    FactStatus.SINGLE: "dim",
}
STATUS_SYMBOLS: dict[FactStatus, str] = {
    FactStatus.CONFLICT: "✗",
    FactStatus.AGREE: "=",
    FactStatus.ROUNDED: "≈",
    FactStatus.HEDGED: "~",
    FactStatus.SINGLE: "·",
}
STATUS_NOTES: dict[FactStatus, str] = {
    FactStatus.ROUNDED: "  (the values differ only as far as they are rounded)",
    FactStatus.HEDGED: "  (the values differ, but their hedges make room for both)",
}
FIGURE_STYLE = "bold yellow"
PLAIN_FIGURE = ("»", "«")
_CONTEXT_CHARS = 90
OUTLET_COLUMN_MIN_WIDTH = 18
"""Narrower than this, a fact's outlets stop standing side by side and take a row each."""
SIDE_NAMES_SHOWN = 8
"""A reading of a conflict shown a row per outlet names this many outlets in its heading."""
_SPACES = re.compile(r"\s+")


def render_facts(report: FactsReport, display: Display) -> RenderableType:
    """The whole `qdiff facts` view."""
    plain = display.plain
    parts: list[RenderableType] = [_title(report)]
    shared = [g for g in report.groups if g.status is not FactStatus.SINGLE]
    singles = [g for g in report.groups if g.status is FactStatus.SINGLE]
    parts.extend(_group_table(report, group, plain, display.width) for group in shared)
    if singles:
        parts.append(_singles_table(report, singles, plain))
    if not report.groups:
        parts.append(Text("No figures found.", style="bold"))
    return Group(*parts)


def _title(report: FactsReport) -> Text:
    counts = {s: sum(g.status is s for g in report.groups) for s in FactStatus}
    title = Text("qdiff facts", style="bold")
    articles, facts = counted(len(report.articles), "article"), counted(len(report.groups), "fact")
    title.append(f"  {articles}, {facts}: ")
    title.append(", ".join(f"{counts[s]} {s.value}" for s in FactStatus))
    return title


def _group_table(report: FactsReport, group: FactGroup, plain: bool, width: int) -> Table:
    """The outlets side by side while a column each fits the width; past it, a row each."""
    side_by_side = len(group.article_ids) * OUTLET_COLUMN_MIN_WIDTH <= width
    heading = Text()
    heading.append(
        f" {STATUS_SYMBOLS[group.status]} {group.status.value} ",
        style="" if plain else STATUS_STYLES[group.status],
    )
    heading.append(f" {group.kind.value}: {group.about}", style="bold")
    if group.difference is not None:
        heading.append(f"  (values differ by {group.difference:.1%})")
    heading.append(STATUS_NOTES.get(group.status, ""))
    named = None if side_by_side else SIDE_NAMES_SHOWN
    for side in group.sides:
        heading.append("\n   " + describe_side(report, side, named))
    if not side_by_side:
        return _rows_table(report, group, plain, heading)
    table = Table(title=heading, title_justify="left", box=box.SQUARE, expand=True, show_lines=True)
    for article_id in group.article_ids:
        table.add_column(report.article(article_id).label, ratio=1, overflow="fold")
    table.add_row(*(_cell(report, group, article_id, plain) for article_id in group.article_ids))
    return table


def _rows_table(report: FactsReport, group: FactGroup, plain: bool, heading: Text) -> Table:
    table = Table(title=heading, title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    table.add_column("outlet", no_wrap=True)
    table.add_column("value", max_width=24, overflow="fold")
    table.add_column("figure in its sentence", ratio=1, overflow="fold")
    for article_id in worst_first(group):
        figures = [f for f in group.figures if f.article_id == article_id]
        value = " / ".join(dict.fromkeys(_SPACES.sub(" ", f.text) for f in figures))
        table.add_row(
            report.article(article_id).label, value, _cell(report, group, article_id, plain)
        )
    return table


def worst_first(group: FactGroup) -> tuple[str, ...]:
    """The group's outlets, those on the least shared reading of a conflict first (the odd
    ones out), then the rest in corpus order."""
    sides = sorted(group.sides, key=lambda side: len(side.article_ids))
    ordered = [article_id for side in sides for article_id in side.article_ids]
    return tuple(dict.fromkeys([*ordered, *group.article_ids]))


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
    start, end = snippet_bounds(text, figure)
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


def snippet_bounds(text: str, figure: Figure, context: int = _CONTEXT_CHARS) -> tuple[int, int]:
    """Up to `context` characters of the figure's sentence each side of it, cut only where a
    word ends: a snippet never starts or ends inside a word."""
    start = max(figure.sentence.start, figure.span.start - context)
    end = min(figure.sentence.end, figure.span.end + context)
    if start > figure.sentence.start and not text[start - 1].isspace():
        space = text.find(" ", start, figure.span.start)
        start = space + 1 if space >= 0 else figure.span.start
    if end < figure.sentence.end and not text[end].isspace():
        space = text.rfind(" ", figure.span.end, end)
        end = space if space >= 0 else figure.span.end
    return start, end


def describe_side(report: FactsReport, side: Side, named: int | None = None) -> str:
    """'001, 002: £4bn (3.8e9 to 4.2e9 GBP)': who gives one reading of a conflict, and what it
    allows; past `named` outlets, the first of them and how many more."""
    ids = side.article_ids
    shown = ids if named is None or len(ids) <= named else ids[:named]
    outlets = ", ".join(report.article(a).label for a in shown)
    if len(shown) < len(ids):
        outlets += f" and {len(ids) - len(shown)} more"
    texts = " / ".join(dict.fromkeys(_SPACES.sub(" ", f.text) for f in side.figures))
    line = f"{outlets}: {texts}"
    if side.interval is not None:
        line += f" ({describe_interval(side.interval, side.figures[0].base_unit)})"
    return line


def describe_interval(interval: Interval, unit: str) -> str:
    """'3.8bn to 4.2bn GBP', '8,127 to 8,309 days', '06:31 to 07:01' for a time of day."""
    if unit.startswith(TIME_OF_DAY):
        zone = unit.removeprefix(TIME_OF_DAY).strip()
        clock = f"{_clock(interval.low)} to {_clock(interval.high)}"
        return f"{clock} {zone}".rstrip()
    if unit == "day":
        unit = "days"
    low, high = _number(interval.low), _number(interval.high)
    if interval.is_point:
        return f"{low} {unit}"
    return f"{low} to {high} {unit}"


def _clock(minutes: float) -> str:
    whole = round(minutes) % (24 * 60)
    return f"{whole // 60:02d}:{whole % 60:02d}"


_COMPACT = ((10**12, "tn"), (10**9, "bn"), (10**6, "m"))


def _number(value: float) -> str:
    """'3.8bn', '4.35m', '12,500', '43.5'; '…' for an open end."""
    if value != value or value in (float("inf"), float("-inf")):
        return "…"
    for size, suffix in _COMPACT:
        if abs(value) >= size:
            return f"{value / size:.4g}{suffix}"
    if abs(value) >= 100 or value == int(value):
        return f"{value:,.0f}"
    return f"{value:.4g}"


def describe_figure(figure: Figure) -> str:
    """'= 4,000,000,000 GBP (3,800,000,000 to 4,200,000,000) · hedge: around · source: IFS'"""
    value = f"{figure.value:,}" if isinstance(figure.value, int | float) else figure.value
    if figure.upper is not None:
        value = f"{value} to {figure.upper:,}"
    parts = [f"= {value} {figure.unit}"]
    if figure.hedged is not None and not figure.hedged.is_point:
        parts[0] += f" ({describe_interval(figure.hedged, figure.base_unit)})"
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
