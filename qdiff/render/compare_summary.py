"""The summary of `qdiff compare`: each outlet's worst verdict on each passage, at any scale.

A matrix of passages by outlets while it fits the width (outlets by label, then by letter with a
key); past that, one row per outlet with its verdict counts, worst first, and the matrix only for
the worst outlets and the most changed passages that fit, saying how many are not shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from qdiff.model import Article, Finding, Passage, Report, Verdict
from qdiff.render.styles import VERDICT_STYLES, VERDICT_SYMBOLS

MATRIX_MAX_PASSAGES = 40
"""Past this many passages, a summary too wide for its outlets shows only the most changed."""
_WORST_FIRST = sorted(Verdict, key=lambda v: v.rank, reverse=True)
_CELL_PAD = 3


@dataclass(frozen=True, slots=True)
class OutletRow:
    """One outlet's verdicts over the passages it renders."""

    article: Article
    counts: dict[Verdict, int]
    """Renderings per verdict."""
    passages: int
    """Passages it renders at least once."""

    @property
    def worst_first_key(self) -> tuple[int, ...]:
        return tuple(-self.counts[v] for v in _WORST_FIRST)


def outlet_rows(report: Report) -> tuple[OutletRow, ...]:
    """Every outlet with a rendering, the worst first: most altered, then most trimmed, then
    most cosmetic; on a tie, in corpus order."""
    by_article: dict[str, list[Finding]] = {}
    for finding in report.findings:
        by_article.setdefault(finding.rendering.article_id, []).append(finding)
    rows = []
    for article in report.articles:
        findings = by_article.get(article.id, [])
        if findings:
            counts = {v: sum(f.verdict is v for f in findings) for v in Verdict}
            passages = len({f.rendering.passage_id for f in findings})
            rows.append(OutletRow(article, counts, passages))
    return tuple(sorted(rows, key=lambda r: r.worst_first_key))


def summary(report: Report, width: int) -> RenderableType:
    """The summary matrix, or past the width the outlets' table and the matrix that fits."""
    rows = outlet_rows(report)
    passages = [p for p in report.passages if report.findings_for(p.id)]
    id_width = max((len(p.id) for p in passages), default=0)
    quoting = {row.article.id for row in rows}
    articles = [a for a in report.articles if a.id in quoting]
    labels = [a.label for a in articles]
    if _needed(id_width, len("✗ altered ×2"), labels) <= width:
        return _matrix(report, passages, articles, compact=False, lettered=False)
    if _needed(id_width, len("✗ ×2"), labels) <= width:
        return _matrix(report, passages, articles, compact=True, lettered=False)
    if _needed(id_width, len("✗ ×2"), [_code(n) for n in range(len(articles))]) <= width:
        return _matrix(report, passages, articles, compact=True, lettered=True)
    return _at_scale(report, rows, passages, width)


def _needed(id_width: int, cell: int, heads: Sequence[str]) -> int:
    return id_width + sum(max(len(h), cell) + _CELL_PAD for h in heads)


def _at_scale(
    report: Report, rows: Sequence[OutletRow], passages: Sequence[Passage], width: int
) -> RenderableType:
    shown_passages = most_changed(report, passages, MATRIX_MAX_PASSAGES)
    id_width = min(max((len(p.id) for p in shown_passages), default=0), width // 3)
    room = width - id_width - _CELL_PAD
    fitting = max(1, room // (len("✗ ×2") + _CELL_PAD))
    shown_outlets = [row.article for row in rows[:fitting]]
    left_out = []
    if len(passages) > len(shown_passages):
        left_out.append(f"{len(passages) - len(shown_passages)} less changed passages")
    if len(rows) > len(shown_outlets):
        left_out.append(f"{len(rows) - len(shown_outlets)} outlets")
    matrix = _matrix(
        report, shown_passages, shown_outlets, compact=True, lettered=True, id_width=id_width
    )
    parts: list[RenderableType] = [_outlets_table(rows), matrix]
    if left_out:
        parts.append(
            Text(
                f"not shown in the matrix: {' and '.join(left_out)} (the outlets' table above "
                "has every outlet; --outlet and --passage pick others)",
                style="dim",
            )
        )
    return Group(*parts)


def most_changed(report: Report, passages: Sequence[Passage], limit: int) -> list[Passage]:
    """The passages with the most renderings that are not verbatim, in their own order."""
    if len(passages) <= limit:
        return list(passages)

    def changed(passage: Passage) -> int:
        return sum(f.verdict is not Verdict.VERBATIM for f in report.findings_for(passage.id))

    ranked = sorted(range(len(passages)), key=lambda n: (-changed(passages[n]), n))[:limit]
    return [passages[n] for n in sorted(ranked)]


def _outlets_table(rows: Sequence[OutletRow]) -> Table:
    table = Table(
        title=f"Outlets, the worst first ({len(rows)})",
        box=box.SIMPLE_HEAD,
        title_justify="left",
        title_style="bold",
        show_edge=False,
        pad_edge=False,
    )
    table.add_column("outlet", overflow="fold", ratio=None)
    for verdict in _WORST_FIRST:
        table.add_column(
            f"{VERDICT_SYMBOLS[verdict]} {verdict.value}", justify="right", no_wrap=True
        )
    table.add_column("passages", justify="right", no_wrap=True)
    for row in rows:
        cells = [
            Text(str(row.counts[v]), style=VERDICT_STYLES[v] if row.counts[v] else "dim")
            for v in _WORST_FIRST
        ]
        table.add_row(Text(row.article.label, style="bold"), *cells, str(row.passages))
    return table


def _matrix(
    report: Report,
    passages: Sequence[Passage],
    articles: Sequence[Article],
    *,
    compact: bool,
    lettered: bool,
    id_width: int | None = None,
) -> RenderableType:
    codes = [_code(n) for n in range(len(articles))] if lettered else [a.label for a in articles]
    table = Table(
        title="Summary (worst verdict)",
        box=box.SIMPLE_HEAD,
        title_justify="left",
        title_style="bold",
        show_edge=False,
        pad_edge=False,
    )
    if id_width is None:
        table.add_column("passage", overflow="fold")
    else:
        table.add_column("passage", no_wrap=True, overflow="ellipsis", max_width=id_width)
    for code in codes:
        table.add_column(code, no_wrap=True)
    for passage in passages:
        findings = report.findings_for(passage.id)
        cells = [
            summary_cell([f for f in findings if f.rendering.article_id == a.id], compact)
            for a in articles
        ]
        table.add_row(passage.id, *cells)
    parts: list[RenderableType] = [Text(""), table]
    if lettered:
        key = Text("outlets: ", style="dim")
        key.append(", ".join(f"{c} {a.label}" for c, a in zip(codes, articles, strict=True)))
        parts.append(key)
    return Group(*parts)


def _code(n: int) -> str:
    """A, B, ... Z, AA, AB, ...: short column heads for a summary too wide for the labels."""
    letters = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def summary_cell(findings: Sequence[Finding], compact: bool = False) -> Text:
    """The worst verdict of an outlet's renderings of a passage (`✗ altered ×2`), or `·`."""
    if not findings:
        return Text("·", style="dim")
    worst = max((f.verdict for f in findings), key=lambda v: v.rank)
    word = "" if compact else f" {worst.value}"
    cell = Text(f"{VERDICT_SYMBOLS[worst]}{word}", style=VERDICT_STYLES[worst])
    if len(findings) > 1:
        cell.append(f" ×{len(findings)}", style="dim")
    return cell
