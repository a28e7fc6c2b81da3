"""CheckResult -> a short rich report: one block per failing or warning rendering, a summary.

Also home of the compact diff every check format shares: `inline_diff` with the replacement
right after what it replaces, long runs of unchanged words shortened to their edges.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Group, RenderableType
from rich.text import Text

from qdiff.check.judge import CheckedRendering, CheckResult, Outcome
from qdiff.config import CheckPolicy
from qdiff.model import Edit, Verdict
from qdiff.render.diff import (
    Segment,
    Spacing,
    append_segments,
    elide_context,
    inline_diff,
    plain_text,
)
from qdiff.render.interface import Display

CONTEXT_WORDS = 4
"""Unchanged words kept on each side of a difference."""
_SHOWN = (Outcome.FAIL, Outcome.WARN)
_LABELS = {Outcome.FAIL: "FAIL", Outcome.WARN: "warn"}
_COUNTED = (
    (Outcome.FAIL, "failing"),
    (Outcome.WARN, "warning"),
    (Outcome.PASS, "passing"),
    (Outcome.ACCEPTED, "accepted"),
    (Outcome.INFO, "unquoted (not judged)"),
)
_OUTCOME_STYLES = {Outcome.FAIL: "bold red", Outcome.WARN: "bold yellow"}


def compact_diff(pieces: Iterable[Edit]) -> tuple[Segment, ...]:
    """The rendering with the passage's words it changed, long unchanged runs shortened."""
    edges = (CONTEXT_WORDS, CONTEXT_WORDS)
    segments = inline_diff(pieces, spacing=Spacing.COMPACT, trimmed_edges=edges)
    return elide_context(segments, CONTEXT_WORDS)


def plain_diff(item: CheckedRendering) -> str:
    """The compact diff with the plain markers ([-old-]{+new+}), for logs and annotations."""
    return plain_text(compact_diff(item.finding.pieces))


def policy_line(policy: CheckPolicy) -> str:
    return f"fail on {_names(policy.fail_on)}; warn on {_names(policy.warn_on)}"


def _names(verdicts: Iterable[Verdict]) -> str:
    ranked = sorted(verdicts, key=lambda v: v.rank)
    return ", ".join(v.value for v in ranked) or "nothing"


def summary_line(result: CheckResult) -> str:
    """One line: the status and the counts, the same in every format."""
    counts = ", ".join(
        f"{result.count(outcome)} {word}"
        for outcome, word in _COUNTED
        if outcome is Outcome.FAIL or result.count(outcome)
    )
    articles = len(result.articles)
    noun = "article" if articles == 1 else "articles"
    return f"qdiff check: {result.status.value.upper()}: {counts} in {articles} {noun}"


def render_check_text(result: CheckResult, display: Display) -> RenderableType:
    """Plain: markers instead of colour, for a terminal without colour or a file."""
    blocks: list[RenderableType] = [
        _block(item, display.plain) for item in result.with_outcome(*_SHOWN)
    ]
    blocks.append(_footer(result, display.plain))
    return Group(*blocks)


def _block(item: CheckedRendering, plain: bool) -> Text:
    head = Text()
    head.append(f"{item.path}:{item.line}:{item.column}", style="bold")
    head.append("  ")
    head.append(_LABELS[item.outcome], style=_OUTCOME_STYLES[item.outcome])
    head.append(f"  {item.verdict.value} quotation of passage {item.passage_id}\n")
    head.append("    ")
    append_segments(head, compact_diff(item.finding.pieces), plain)
    head.append("\n")
    return head


def _status_style(status: Outcome) -> str:
    return _OUTCOME_STYLES.get(status, "bold green")


def _footer(result: CheckResult, plain: bool) -> Text:
    text = Text(summary_line(result), style="" if plain else _status_style(result.status))
    text.append(f"\npolicy: {policy_line(result.policy)}")
    if result.stale:
        n = len(result.stale)
        text.append(
            f"\nbaseline: {n} {'entry matches' if n == 1 else 'entries match'} no rendering any "
            "more; rewrite it with --write-baseline"
        )
    return text
