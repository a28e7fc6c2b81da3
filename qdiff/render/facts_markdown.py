"""FactsReport -> GitHub-flavoured Markdown: each fact with its readings, then a row per outlet.

Conflicts come first; the figure is **bold** in its sentence. Past a pull-request comment's
length, only the conflicts are kept (then as many as fit), and a closing note says what was left
out.
"""

from __future__ import annotations

from qdiff.facts.model import FactGroup, FactsReport, FactStatus, Figure
from qdiff.render.diff import Segment
from qdiff.render.facts_terminal import (
    SIDE_NAMES_SHOWN,
    STATUS_NOTES,
    STATUS_SYMBOLS,
    describe_figure,
    describe_side,
    snippet_bounds,
    worst_first,
)
from qdiff.render.interface import Display
from qdiff.render.markdown import COMMENT_LIMIT, escape, fit_comment, marked, table
from qdiff.render.styles import Mark
from qdiff.text import counted

NAMED_OUTLETS_MAX = 10
"""A reading given by more outlets than this names the first SIDE_NAMES_SHOWN of them."""
_HINT = "The terminal view and `--format json` have every fact."


def render_facts_markdown(report: FactsReport, display: Display) -> str:
    """The whole `qdiff facts --format markdown` document."""
    head = [*_title(report), ""]
    if not report.groups:
        return "\n".join([*head, "_No figures found._", ""])
    shared = [g for g in report.groups if g.status is not FactStatus.SINGLE]
    singles = [g for g in report.groups if g.status is FactStatus.SINGLE]
    blocks = [_group(report, group) for group in shared]
    if singles:
        blocks.append(_singles(report, singles))
    document = "\n".join([*head, *blocks])
    if len(document) <= COMMENT_LIMIT:
        return document
    conflicts = [g for g in shared if g.status is FactStatus.CONFLICT]
    left_out = [counted(len(report.groups) - len(conflicts), "fact") + " without a conflict"]
    blocks = [_group(report, g) for g in conflicts]
    return fit_comment(head, blocks, left_out, _HINT, "conflicts")


def _title(report: FactsReport) -> list[str]:
    counts = {s: sum(g.status is s for g in report.groups) for s in FactStatus}
    articles, facts = counted(len(report.articles), "article"), counted(len(report.groups), "fact")
    tally = ", ".join(f"{counts[s]} {s.value}" for s in FactStatus)
    return [f"### qdiff facts · {articles}, {facts}", "", tally]


def _group(report: FactsReport, group: FactGroup) -> str:
    heading = f"#### {STATUS_SYMBOLS[group.status]} {group.status.value} · "
    heading += f"{group.kind.value}: {escape(group.about)}"
    if group.difference is not None:
        heading += f" (values differ by {group.difference:.1%})"
    lines = [heading, ""]
    note = STATUS_NOTES.get(group.status, "").strip()
    if note:
        lines += [f"_{escape(note.strip('()'))}_", ""]
    named = SIDE_NAMES_SHOWN if len(group.article_ids) > NAMED_OUTLETS_MAX else None
    lines += [f"- {escape(describe_side(report, side, named))}" for side in group.sides]
    if group.sides:
        lines.append("")
    rows = []
    for article_id in worst_first(group):
        figures = [f for f in group.figures if f.article_id == article_id]
        label = escape(report.article(article_id).label)
        rows += [[label, escape(f.text), _in_sentence(report, f)] for f in figures]
    lines += table(["outlet", "figure", "in its sentence"], rows)
    return "\n".join([*lines, ""])


def _singles(report: FactsReport, groups: list[FactGroup]) -> str:
    lines = [f"#### {STATUS_SYMBOLS[FactStatus.SINGLE]} single · figures only one outlet gives", ""]
    rows = [
        [escape(report.article(f.article_id).label), group.kind.value, _in_sentence(report, f)]
        for group in groups
        for f in group.figures
    ]
    lines += table(["outlet", "kind", "figure in its sentence"], rows)
    return "\n".join([*lines, ""])


def _in_sentence(report: FactsReport, figure: Figure) -> str:
    """The figure **bold** in as much of its sentence as the terminal shows, then its value."""
    text = report.article(figure.article_id).text
    start, end = snippet_bounds(text, figure)
    sentence = marked(
        [
            Segment(Mark.SAME, "…" if start > figure.sentence.start else ""),
            Segment(Mark.SAME, text[start : figure.span.start]),
            Segment(Mark.ADDED, figure.text),
            Segment(Mark.SAME, text[figure.span.end : end]),
            Segment(Mark.SAME, "…" if end < figure.sentence.end else ""),
        ]
    )
    return f"{sentence}<br>{escape(describe_figure(figure))}"
