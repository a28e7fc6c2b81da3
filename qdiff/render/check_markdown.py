"""CheckResult -> a Markdown summary a bot can post as a pull-request comment."""

from __future__ import annotations

import re

from qdiff.check.judge import CheckedRendering, CheckResult, Outcome
from qdiff.render.check_text import compact_diff, policy_line
from qdiff.render.interface import Display
from qdiff.render.styles import Mark

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
    if shown:
        lines += [
            "| | Where | Verdict | As quoted (~~passage~~ **article**) |",
            "|---|---|---|---|",
        ]
        lines += [_row(item) for item in shown]
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
    return f"{' · '.join(parts)} in {n} article{'s' if n != 1 else ''}."


def _row(item: CheckedRendering) -> str:
    where = f"`{item.path}` line {item.line}".replace("|", "\\|")
    verdict = f"{item.verdict.value} ({escape(item.passage_id)})"
    return f"| {_ICONS[item.outcome]} | {where} | {verdict} | {markdown_diff(item)} |"


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
