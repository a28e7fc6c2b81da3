"""CheckResult -> a Markdown summary a bot can post as a pull-request comment."""

from __future__ import annotations

import re

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
from qdiff.render.styles import Mark
from qdiff.text import counted

_ICONS = {Outcome.FAIL: "❌", Outcome.WARN: "⚠️", Outcome.PASS: "✅"}
_HEADINGS = {
    Outcome.FAIL: "quotations fail the policy",
    Outcome.WARN: "quotations pass, with warnings",
    Outcome.PASS: "every quotation passes",
}
_OLD = {Mark.REMOVED, Mark.COSMETIC_OLD, Mark.TRIMMED}
_NEW = {Mark.ADDED, Mark.COSMETIC_NEW}
_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


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


def escape_code(text: str) -> str:
    """Text for a `code span`: a backtick would close it, so it becomes a quote mark."""
    return text.replace("`", "'")


def markdown_diff(item: CheckedRendering) -> str:
    """The compact diff with ~~the passage's words~~ and **the article's**."""
    out: list[str] = []
    for mark, text in compact_diff(item.finding.pieces):
        words = escape(" ".join(text.split()))
        pad_left = " " if text[:1].isspace() else ""
        pad_right = " " if text[-1:].isspace() else ""
        if not words:
            out.append(pad_left or pad_right)
        elif mark in _OLD:
            out.append(f"{pad_left}~~{words}~~{pad_right}")
        elif mark in _NEW:
            gap = " " if out and out[-1].endswith("~~") else ""
            out.append(f"{gap or pad_left}**{words}**{pad_right}")
        else:
            out.append(f"{pad_left}{words}{pad_right}")
    return "".join(out)


def escape(text: str) -> str:
    """Backslash Markdown's special characters, so quoted text stays text (and in its cell)."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))
