"""Report -> rich renderables: each passage with every outlet's rendering, then a summary matrix.

Two layouts: side by side (the passage as this outlet has it | the outlet's words) on a wide
screen, one outlet a row with an inline diff on a narrow one. With no colour every change is still
visible through the plain markers of `styles`.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich import box
from rich.console import Group, RenderableType
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from qdiff.model import Edit, EditKind, Finding, Passage, Report, Verdict
from qdiff.render.compare_summary import summary
from qdiff.render.diff import Sides, append_segments, fold_space, inline_diff
from qdiff.render.interface import Display, Layout
from qdiff.render.passage_base import passage_sections, speaker_conflict_note
from qdiff.render.styles import LEGEND, STYLES, TIE_STYLE, VERDICT_STYLES, VERDICT_SYMBOLS
from qdiff.text import counted

SIDE_BY_SIDE_MIN_WIDTH = 120


def render_report(report: Report, display: Display) -> RenderableType:
    """The whole `qdiff compare` table view."""
    layout, plain, width = _layout(display), display.plain, display.width
    parts: list[RenderableType] = [_title(report)]
    for passage, where, findings in passage_sections(report):
        parts.append(_passage_section(passage, where, report, findings, layout, plain))
    if not report.findings:
        parts.append(Text("\nNo renderings found.", style="bold"))
    else:
        parts.append(summary(report, width))
        parts.append(_legend(plain))
    return Group(*parts)


def _layout(display: Display) -> Layout:
    if display.layout is not Layout.AUTO:
        return display.layout
    return Layout.SIDE if display.width >= SIDE_BY_SIDE_MIN_WIDTH else Layout.INLINE


def _title(report: Report) -> Text:
    title = Text("qdiff compare", style="bold")
    if report.reference is not None:
        label = report.article(report.reference.article_id).label
        title.append(f" · reference: {label}, {counted(len(report.reference.passages), 'passage')}")
    else:
        title.append(" · no reference: outlets collated against their consensus")
    title.append(
        f"\n{counted(len(report.findings), 'rendering')}"
        f" in {counted(len(report.articles), 'article')}"
    )
    counts = report.verdict_counts()
    if counts:
        title.append(": ")
        for n, (verdict, count) in enumerate(counts.items()):
            title.append(" · " if n else "")
            title.append(f"{count} {verdict.value}", style=VERDICT_STYLES[verdict])
    return title


def _passage_section(
    passage: Passage,
    where: str,
    report: Report,
    findings: Sequence[Finding],
    layout: Layout,
    plain: bool,
) -> RenderableType:
    heading = Text(passage.id, style="bold")
    heading.append(f" · {where}", style="dim")
    conflict = speaker_conflict_note(passage, {a.id: a.label for a in report.articles})
    if conflict:
        heading.append(f"\n{conflict}", style="bold yellow")
    table = Table(box=box.SIMPLE_HEAD, expand=True, show_edge=False, pad_edge=False)
    table.add_column("outlet", no_wrap=True, ratio=None)
    table.add_column("verdict", no_wrap=True)
    if layout is Layout.SIDE:
        table.add_column("reference", ratio=1)
        table.add_column("rendering", ratio=1)
    else:
        table.add_column("rendering, marked against the passage", ratio=1)
    for finding in findings:
        article = report.article(finding.rendering.article_id)
        row: list[RenderableType] = [
            _outlet_cell(article.label, finding),
            _badge(finding, report),
        ]
        if layout is Layout.SIDE:
            row += [
                _diff(finding.pieces, Sides.PASSAGE, plain),
                _rendering_cell(finding, Sides.RENDERING, plain),
            ]
        else:
            row.append(_rendering_cell(finding, Sides.BOTH, plain))
        table.add_row(*row)
    parts: list[RenderableType] = [Text(""), Rule(style="dim"), heading]
    if layout is Layout.INLINE:
        parts.append(Text(fold_space(passage.text), style="italic"))
    parts.append(table)
    return Group(*parts)


def _outlet_cell(label: str, finding: Finding) -> Text:
    cell = Text()
    cell.append(label, style="bold")
    cell.append(f"\nline {finding.rendering.line}", style="dim")
    if not finding.rendering.quoted:
        cell.append("\nunquoted", style="dim")
    return cell


def _badge(finding: Finding, report: Report) -> Text:
    verdict = finding.verdict
    badge = Text()
    if finding.differs_from:  # one against one: no side is accused of changing the words
        others = ", ".join(report.article(a).label for a in finding.differs_from)
        badge.append(f" differs from {others} ", style=TIE_STYLE)
    else:
        badge.append(f" {verdict.value} ", style=VERDICT_STYLES[verdict])
    badge.append(f"\n {round(finding.coverage * 100)}% of passage", style="dim")
    return badge


def _rendering_cell(finding: Finding, sides: Sides, plain: bool) -> Text:
    cell = _diff(finding.pieces, sides, plain)
    for edit in finding.edits:
        if edit.kind is EditKind.SPLICE and edit.source:
            cell.append(f"\n↳ spliced from passage {edit.source}", style="dim")
    return cell


def _diff(pieces: Sequence[Edit], sides: Sides, plain: bool) -> Text:
    return append_segments(Text(), inline_diff(pieces, sides=sides), plain)


def _legend(plain: bool) -> Text:
    text = Text("\n")
    for mark, meaning in LEGEND:
        style = STYLES[mark]
        sample = f"{style.open}words{style.close}" if plain else "words"
        text.append(sample, style="" if plain else style.style)
        text.append(f" {meaning}   ", style="dim")
    text.append("\nverdicts: ", style="dim")
    for verdict in Verdict:
        text.append(f"{VERDICT_SYMBOLS[verdict]} {verdict.value}", style=VERDICT_STYLES[verdict])
        text.append("  ")
    return text
