"""CheckResult -> a Markdown summary a bot can post as a pull-request comment."""

from __future__ import annotations

from qdiff.check.judge import CheckedRendering, CheckResult, Outcome
from qdiff.render.check_text import (
    compact_diff,
    counted_in,
    headline,
    judged_line,
    place_lines,
    policy_line,
)
from qdiff.render.interface import Display
from qdiff.render.markdown import escape, escape_code, marked
from qdiff.text import counted

_ICONS = {Outcome.FAIL: "❌", Outcome.WARN: "⚠️", Outcome.PASS: "✅"}
_HEADINGS = {
    Outcome.FAIL: "quotations fail the policy",
    Outcome.WARN: "quotations pass, with warnings",
    Outcome.PASS: "every quotation passes",
}


def render_check_markdown(result: CheckResult, display: Display) -> str:
    lines = [
        f"### {_ICONS[result.status]} qdiff check: {_HEADINGS[result.status]}",
        "",
        _counts(result),
        "",
    ]
    shown = result.with_outcome(Outcome.FAIL, Outcome.WARN)
    unjudged = [a for a in result.checked if a.outcome in (Outcome.FAIL, Outcome.WARN)]
    lines += [
        f"{_ICONS[a.outcome]} `{escape_code(a.path)}`: none of its {a.quotations} quotations "
        "could be judged."
        for a in unjudged
    ]
    if unjudged:
        lines.append("")
    if shown:
        lines += [
            "| | Where | Verdict | As quoted (~~passage~~ **article**) |",
            "|---|---|---|---|",
        ]
        lines += [_row(item, result) for item in shown]
        lines.append("")
    if result.stale:
        lines += [f"{len(result.stale)} baseline entries match no quotation any more.", ""]
    lines.append(f"<sub>Policy: {escape(policy_line(result.policy))}.</sub>")
    return "\n".join(lines) + "\n"


def _counts(result: CheckResult) -> str:
    parts = [
        f"**{result.count(Outcome.FAIL)}** failing",
        f"**{result.count(Outcome.WARN)}** warning",
        f"**{result.count(Outcome.PASS)}** passing",
        f"**{result.count(Outcome.ACCEPTED)}** accepted in the baseline",
    ]
    n = len(result.articles)
    return f"{' · '.join(parts)} in {counted(n, 'article')}; {judged_line(result)}."


def _row(item: CheckedRendering, result: CheckResult) -> str:
    where = f"`{escape_code(item.path)}` line {item.line}"
    if item.in_text is not None:
        where += f" ({counted_in(item)})"
    where = where.replace("|", "\\|")
    verdict = f"{headline(item, result.policy)} ({escape(item.passage_id)})"
    grounds = [escape(line) for line in place_lines(item, result)]
    diff = "<br>".join([markdown_diff(item), *grounds])
    return f"| {_ICONS[item.outcome]} | {where} | {verdict} | {diff} |"


def markdown_diff(item: CheckedRendering) -> str:
    """The compact diff with ~~the passage's words~~ and **the article's**."""
    return marked(compact_diff(item.finding.pieces))
