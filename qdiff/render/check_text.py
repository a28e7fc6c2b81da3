"""CheckResult -> a short rich report: one block per failing or warning rendering, a summary.

Also home of the inline diff every check format shares: the pieces of a finding as marked
segments, long runs of unchanged words shortened to their edges.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Group, RenderableType
from rich.text import Text

from qdiff.check.judge import CheckedRendering, CheckResult, Outcome
from qdiff.config import CheckPolicy
from qdiff.model import Edit
from qdiff.render.styles import STYLES, Mark, marks_for

Segment = tuple[Mark, str]

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


def diff_segments(pieces: Iterable[Edit]) -> tuple[Segment, ...]:
    """The rendering with the passage's words it changed: same runs, then old and new sides."""
    segments: list[Segment] = []
    for piece in pieces:
        if piece.kind is None:
            segments.append((Mark.SAME, piece.rendering or piece.reference))
            continue
        old_mark, new_mark = marks_for(piece.kind)
        old, new, tail = _split_tail(piece.reference, piece.rendering)
        segments += [(old_mark, old), (new_mark, new), (Mark.SAME, tail)]
    return tuple(s for s in _shorten(segments) if s[1])


def _split_tail(old: str, new: str) -> tuple[str, str, str]:
    """Keep a shared trailing separator outside the markers: '[-a-]{+b+} ' not '[-a -]{+b +}'."""
    tail = ""
    while old and new and old[-1] == new[-1] and old[-1].isspace():
        tail, old, new = old[-1] + tail, old[:-1], new[:-1]
    if not new and old.endswith(" "):
        old, tail = old.rstrip(), " "
    return old, new, tail


def _shorten(segments: list[Segment]) -> list[Segment]:
    last = len(segments) - 1
    out = []
    for n, (mark, text) in enumerate(segments):
        if mark is Mark.SAME:
            text = _elide(text, keep_head=n > 0, keep_tail=n < last)
        elif mark is Mark.TRIMMED:
            text = _elide(text, keep_head=True, keep_tail=True)
        out.append((mark, text))
    return out


def _elide(text: str, keep_head: bool, keep_tail: bool) -> str:
    words = text.split()
    limit = CONTEXT_WORDS * (int(keep_head) + int(keep_tail)) + 1
    if len(words) <= limit or not (keep_head or keep_tail):
        return text
    head = words[:CONTEXT_WORDS] if keep_head else []
    tail = words[-CONTEXT_WORDS:] if keep_tail else []
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    return lead + " ".join([*head, "…", *tail]) + trail


def plain_diff(item: CheckedRendering) -> str:
    """The inline diff with the plain markers ([-old-]{+new+}), for logs and annotations."""
    return "".join(_plain(mark, text) for mark, text in diff_segments(item.finding.pieces))


def _plain(mark: Mark, text: str) -> str:
    style = STYLES[mark]
    return f"{style.open}{text}{style.close}"


def policy_line(policy: CheckPolicy) -> str:
    return f"fail on {_names(policy.fail_on)}; warn on {_names(policy.warn_on)}"


def _names(verdicts: Iterable) -> str:
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


def render_check_text(result: CheckResult, plain: bool = True) -> RenderableType:
    """plain: markers instead of colour, for a terminal without colour or a file."""
    blocks: list[RenderableType] = [_block(item, plain) for item in result.with_outcome(*_SHOWN)]
    blocks.append(_footer(result, plain))
    return Group(*blocks)


def _block(item: CheckedRendering, plain: bool) -> Text:
    head = Text()
    head.append(f"{item.path}:{item.line}:{item.column}", style="bold")
    head.append("  ")
    head.append(_LABELS[item.outcome], style=_OUTCOME_STYLES[item.outcome])
    head.append(f"  {item.verdict.value} quotation of passage {item.passage_id}\n")
    head.append("    ")
    for mark, text in diff_segments(item.finding.pieces):
        head.append(_plain(mark, text) if plain else text, style=None if plain else _style(mark))
    head.append("\n")
    return head


def _style(mark: Mark) -> str | None:
    return STYLES[mark].style or None


def _footer(result: CheckResult, plain: bool) -> Text:
    status_style = {Outcome.FAIL: "bold red", Outcome.WARN: "bold yellow"}.get(
        result.status, "bold green"
    )
    text = Text(summary_line(result), style=None if plain else status_style)
    text.append(f"\npolicy: {policy_line(result.policy)}")
    if result.stale:
        n = len(result.stale)
        text.append(
            f"\nbaseline: {n} {'entry matches' if n == 1 else 'entries match'} no rendering any "
            "more; rewrite it with --write-baseline"
        )
    return text
