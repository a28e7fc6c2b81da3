"""Report -> GitHub-flavoured Markdown: the summary table, then each passage with its renderings.

Each rendering is one table row with its changes marked ~~removed~~ and **added**. Past a
pull-request comment's length, only the summary and the renderings that are not verbatim are
kept (then as many passages as fit), and a closing note says what was left out.
"""

from __future__ import annotations

from collections.abc import Sequence

from qdiff.model import EditKind, Finding, Passage, Report, Verdict
from qdiff.render.compare_summary import MATRIX_MAX_PASSAGES, OutletRow, most_changed, outlet_rows
from qdiff.render.diff import fold_space, inline_diff
from qdiff.render.interface import Display
from qdiff.render.markdown import COMMENT_LIMIT, code, escape, fit_comment, marked, table
from qdiff.render.passage_base import passage_sections, speaker_conflict_note
from qdiff.render.styles import VERDICT_SYMBOLS
from qdiff.text import counted

MATRIX_MAX_OUTLETS = 10
"""Past this many outlets, the summary is a table of outlets and the matrix keeps the worst."""
_WORST_FIRST = sorted(Verdict, key=lambda v: v.rank, reverse=True)
_HINT = "The terminal view and `--format json` have everything; `--passage` and `--outlet` pick."


def render_compare_markdown(report: Report, display: Display) -> str:
    """The whole `qdiff compare --format markdown` document."""
    head = [*_title(report), "", *_summary(report)]
    sections = passage_sections(report)
    whole = [_section(report, passage, where, findings) for passage, where, findings in sections]
    if not report.findings:
        return "\n".join([*head, "_No renderings found._", ""])
    document = "\n".join([*head, "", *whole])
    if len(document) <= COMMENT_LIMIT:
        return document
    changed = [
        (passage, where, [f for f in findings if f.verdict is not Verdict.VERBATIM])
        for passage, where, findings in sections
    ]
    blocks = [_section(report, p, where, found) for p, where, found in changed if found]
    verbatim = sum(f.verdict is Verdict.VERBATIM for f in report.findings)
    unchanged = sum(not found for _, _, found in changed)
    left_out = [counted(verbatim, "verbatim rendering")] if verbatim else []
    if unchanged:
        left_out.append(counted(unchanged, "passage") + " every outlet quotes verbatim")
    return fit_comment([*head, ""], blocks, left_out, _HINT, "passages with changes")


def _title(report: Report) -> list[str]:
    if report.reference is not None:
        label = report.article(report.reference.article_id).label
        base = f"reference: {escape(label)}, {counted(len(report.reference.passages), 'passage')}"
    else:
        base = "no reference: outlets collated against their consensus"
    counts = report.verdict_counts()
    tally = " · ".join(f"{VERDICT_SYMBOLS[v]} {n} {v.value}" for v, n in counts.items())
    rendered = (
        f"{counted(len(report.findings), 'rendering')} in "
        f"{counted(len(report.articles), 'article')}"
    )
    return [
        f"### qdiff compare · {base}",
        "",
        f"{rendered}{': ' + tally if tally else ''}. In each rendering, ~~the passage's words~~ "
        "the outlet changed or cut and **the words it put instead**.",
    ]


def _summary(report: Report) -> list[str]:
    rows = outlet_rows(report)
    passages = [p for p in report.passages if report.findings_for(p.id)]
    if not rows:
        return []
    if len(rows) <= MATRIX_MAX_OUTLETS:
        quoting = {row.article.id for row in rows}
        articles = [a.id for a in report.articles if a.id in quoting]
        return ["#### Summary (worst verdict)", "", *_matrix(report, passages, articles)]
    shown = most_changed(report, passages, MATRIX_MAX_PASSAGES)
    worst = [row.article.id for row in rows[:MATRIX_MAX_OUTLETS]]
    lines = [f"#### Outlets, the worst first ({len(rows)})", "", *_outlets_table(rows), ""]
    lines += [f"#### Summary (worst verdict) of the {len(worst)} worst outlets", ""]
    lines += _matrix(report, shown, worst)
    if len(shown) < len(passages):
        lines += ["", f"_{len(passages) - len(shown)} less changed passages not in the matrix._"]
    return lines


def _outlets_table(rows: Sequence[OutletRow]) -> list[str]:
    heads = ["outlet", *(f"{VERDICT_SYMBOLS[v]} {v.value}" for v in _WORST_FIRST), "passages"]
    cells = (
        [escape(row.article.label), *(str(row.counts[v]) for v in _WORST_FIRST), str(row.passages)]
        for row in rows
    )
    return table(heads, cells, "lrrrrr")


def _matrix(report: Report, passages: Sequence[Passage], article_ids: Sequence[str]) -> list[str]:
    heads = ["passage", *(escape(report.article(a).label) for a in article_ids)]
    rows = []
    for passage in passages:
        findings = report.findings_for(passage.id)
        cells = [
            _summary_cell([f for f in findings if f.rendering.article_id == a]) for a in article_ids
        ]
        rows.append([code(passage.id), *cells])
    return table(heads, rows, "l" + "c" * len(article_ids))


def _summary_cell(findings: Sequence[Finding]) -> str:
    if not findings:
        return "·"
    worst = max((f.verdict for f in findings), key=lambda v: v.rank)
    repeat = f" ×{len(findings)}" if len(findings) > 1 else ""
    return f"{VERDICT_SYMBOLS[worst]} {worst.value}{repeat}"


def _section(report: Report, passage: Passage, where: str, findings: Sequence[Finding]) -> str:
    lines = [
        f"#### {code(passage.id)} · {escape(where)}",
        "",
        f"> {escape(fold_space(passage.text))}",
        "",
    ]
    conflict = speaker_conflict_note(passage, {a.id: a.label for a in report.articles})
    if conflict:
        lines += [f"**{escape(conflict)}**", ""]
    rows = [_rendering_row(report, finding) for finding in findings]
    lines += table(["outlet", "verdict", "rendering (~~passage~~ **outlet**)"], rows)
    return "\n".join([*lines, ""])


def _rendering_row(report: Report, finding: Finding) -> list[str]:
    rendering = finding.rendering
    where = f"**{escape(report.article(rendering.article_id).label)}**<br>line {rendering.line}"
    if not rendering.quoted:
        where += ", unquoted"
    verdict = (
        f"{VERDICT_SYMBOLS[finding.verdict]} {finding.verdict.value}<br>"
        f"{round(finding.coverage * 100)}% of passage"
    )
    diff = marked(inline_diff(finding.pieces))
    spliced = [
        f"↳ spliced from passage {code(edit.source)}"
        for edit in finding.edits
        if edit.kind is EditKind.SPLICE and edit.source
    ]
    return [where, verdict, "<br>".join([diff, *spliced])]
