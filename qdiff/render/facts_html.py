"""FactsReport -> one self-contained HTML page: a summary, then each fact with every outlet's
figure in its sentence.

The summary lists the facts, conflicts first, and draws outlets by shared facts as a grid of the
figures each outlet gives, coloured and worded by the fact's status; past `GRID_MAX_COLUMNS`
outlets, a sortable table of outlets with how many facts of each status they give a figure in.
The words describing a figure, a side or an interval are the terminal view's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from qdiff.facts.model import FactGroup, FactsReport, FactStatus, Figure
from qdiff.model import Article
from qdiff.render.facts_terminal import (
    STATUS_NOTES,
    STATUS_SYMBOLS,
    describe_figure,
    describe_side,
)
from qdiff.render.interface import Display
from qdiff.render.page_html import GRID_MAX_COLUMNS, anchors, render_page, text_of
from qdiff.text import counted, line_col


@dataclass(frozen=True, slots=True)
class FigureView:
    outlet: str
    path: str
    text_of: str
    """What the line counts in, before the path ('' for a text file: the file)."""
    line: int
    column: int
    before: str
    figure: str
    after: str
    """The figure's sentence, white space folded, around the figure's own words."""
    description: str
    side: str
    """For a conflict, which side the figure is on ('1', '2', ...); '' otherwise."""


@dataclass(frozen=True, slots=True)
class FactView:
    anchor: str
    id: str
    about: str
    kind: str
    status: str
    symbol: str
    note: str
    difference: str
    sides: tuple[str, ...]
    outlets: int
    figures: tuple[FigureView, ...]


@dataclass(frozen=True, slots=True)
class Cell:
    status: str
    """'' where the outlet gives no figure for the fact."""
    text: str
    href: str
    title: str


@dataclass(frozen=True, slots=True)
class GridRow:
    href: str
    fact: str
    status: str
    symbol: str
    cells: tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class OutletRow:
    outlet: str
    path: str
    figures: int
    counts: tuple[int, ...]
    """Facts of each status (in `FactStatus` order) the outlet gives a figure in."""


def render_html(report: FactsReport, display: Display) -> str:
    """The whole `qdiff facts` page."""
    ids = anchors((g.id for g in report.groups), "fact")
    facts = tuple(_fact(report, g, own) for g, own in zip(report.groups, ids, strict=True))
    shared = [f for f in facts if f.status != FactStatus.SINGLE.value]
    singles = [f for f in facts if f.status == FactStatus.SINGLE.value]
    grid = len(report.articles) <= GRID_MAX_COLUMNS
    return render_page(
        "facts.html.j2",
        subtitle=f"{counted(len(report.articles), 'article')}, {counted(len(facts), 'fact')}",
        counts=[
            {"status": s.value, "symbol": STATUS_SYMBOLS[s], "count": n}
            for s, n in _status_counts(report.groups).items()
        ],
        statuses=[{"name": s.value, "symbol": STATUS_SYMBOLS[s]} for s in FactStatus],
        outlets=[a.label for a in report.articles],
        facts=facts,
        shared=shared,
        singles=singles,
        grid=[
            _grid_row(report, g, f)
            for g, f in zip(report.groups, facts, strict=True)
            if g.status is not FactStatus.SINGLE
        ]
        if grid
        else [],
        outlet_rows=[] if grid else _outlet_rows(report),
        skipped=report.skipped,
    )


def _status_counts(groups: Sequence[FactGroup]) -> dict[FactStatus, int]:
    return {s: sum(g.status is s for g in groups) for s in FactStatus}


def _fact(report: FactsReport, group: FactGroup, own: str) -> FactView:
    sides = {id(f): str(n) for n, side in enumerate(group.sides, 1) for f in side.figures}
    return FactView(
        anchor=own,
        id=group.id,
        about=group.about,
        kind=group.kind.value,
        status=group.status.value,
        symbol=STATUS_SYMBOLS[group.status],
        note=STATUS_NOTES.get(group.status, "").strip().strip("()"),
        difference="" if group.difference is None else f"{group.difference:.1%}",
        sides=tuple(f"side {n}: {describe_side(report, s)}" for n, s in enumerate(group.sides, 1)),
        outlets=len(group.article_ids),
        figures=tuple(
            _figure(report.article(f.article_id), f, sides.get(id(f), "")) for f in group.figures
        ),
    )


def _figure(article: Article, figure: Figure, side: str) -> FigureView:
    text = article.text
    line, column = line_col(text, figure.span.start)
    before = text[figure.sentence.start : figure.span.start]
    after = text[figure.span.end : figure.sentence.end]
    return FigureView(
        outlet=article.label,
        path=article.path,
        text_of=text_of(article),
        line=line,
        column=column,
        before=_fold(before, keep_end=True),
        figure=" ".join(figure.text.split()),
        after=_fold(after, keep_start=True),
        description=describe_figure(figure),
        side=side,
    )


def _fold(text: str, keep_start: bool = False, keep_end: bool = False) -> str:
    """White space folded to single spaces; a space next to the figure kept."""
    folded = " ".join(text.split())
    if keep_end and text[-1:].isspace() and folded:
        folded += " "
    if keep_start and text[:1].isspace() and folded:
        folded = " " + folded
    return folded


def _grid_row(report: FactsReport, group: FactGroup, fact: FactView) -> GridRow:
    href = f"#{fact.anchor}"
    cells = tuple(_cell(group, fact, article, href) for article in report.articles)
    return GridRow(href, f"{group.kind.value}: {group.about}", fact.status, fact.symbol, cells)


def _cell(group: FactGroup, fact: FactView, article: Article, href: str) -> Cell:
    texts = list(
        dict.fromkeys(" ".join(f.text.split()) for f in group.figures if f.article_id == article.id)
    )
    if not texts:
        return Cell("", "·", "", f"{article.label} gives no figure for this fact")
    shown = " / ".join(texts)
    return Cell(fact.status, shown, href, f"{article.label}: {shown} ({fact.status})")


def _outlet_rows(report: FactsReport) -> list[OutletRow]:
    """One row per outlet, those in the most conflicts first."""
    rows = []
    for article in report.articles:
        groups = [g for g in report.groups if article.id in g.article_ids]
        figures = sum(f.article_id == article.id for g in groups for f in g.figures)
        counts = tuple(sum(g.status is s for g in groups) for s in FactStatus)
        rows.append(OutletRow(article.label, article.path, figures, counts))
    return sorted(rows, key=lambda r: (-r.counts[0], -r.figures, r.outlet))
