"""CheckResult -> a short rich report: one block per failing or warning rendering, a summary.

Also home of the compact diff every check format shares: `inline_diff` with the replacement
right after what it replaces, long runs of unchanged words shortened to their edges.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.console import Group, RenderableType
from rich.text import Text

from qdiff.check.judge import CheckedArticle, CheckedRendering, CheckResult, Outcome
from qdiff.config import CheckPolicy
from qdiff.model import Basis, Edit, GateKind, InputKind, Place
from qdiff.render.diff import (
    Segment,
    Spacing,
    append_segments,
    elide_context,
    inline_diff,
    plain_text,
)
from qdiff.render.interface import Display
from qdiff.text import counted

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


def _names(kinds: Iterable[GateKind]) -> str:
    ranked = sorted(kinds, key=lambda v: v.rank)
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
    return (
        f"qdiff check: {result.status.value.upper()}: {counts} in {articles} {noun}; "
        f"{judged_line(result)}"
    )


def judged_line(result: CheckResult) -> str:
    """How much could be judged: `judged 5 of 7 quotations against 2 witnesses, 2 unjudged`."""
    total = result.judged + result.unjudged
    if result.reference is not None:
        against, left = "the reference", "with no rendering in it"
    else:
        n = result.witnesses
        against, left = f"{counted(n, 'other article')}", "with no other rendering"
    line = f"judged {result.judged} of {counted(total, 'quotation')} against {against}"
    return f"{line}; {result.unjudged} {left}" if result.unjudged else line


def headline(item: CheckedRendering, policy: CheckPolicy) -> str:
    """`altered quotation`, or, for a warning the witnesses' disagreement alone raises,
    `disputed quotation`, or, for one the speakers alone raise, `misattributed quotation`."""
    judged = policy.fail_on | policy.warn_on
    if item.verdict not in judged and item.speaker_conflict:
        return "misattributed quotation"
    if item.disputed and item.outcome is Outcome.WARN and item.verdict not in judged:
        return "disputed quotation"
    return f"{item.verdict.value} quotation"


def evidence_line(item: CheckedRendering, result: CheckResult) -> str | None:
    """What the quotation was judged against: `judged against 2 witnesses (majority): ...`."""
    evidence = item.evidence
    if evidence is None:
        return None
    where = ", ".join(f"{result.name(w.article_id)} line {w.line}" for w in evidence.witnesses)
    if evidence.basis is Basis.REFERENCE:
        return f"judged against the reference: {where}"
    n = len(evidence.witnesses)
    witnesses = f"{n} witness{'' if n == 1 else 'es'}"
    return f"judged against {witnesses} ({evidence.basis.value}): {where}"


def place_lines(item: CheckedRendering, result: CheckResult) -> list[str]:
    """Whom the articles credit the words to, where they differ; then each place a witness
    reads otherwise: the article's own departures, then the disputes."""
    lines = [speaker_line(item, result)] if item.speaker_conflict else []
    if item.evidence is not None:
        lines += [_place_line(place, result) for place in item.evidence.places]
    return lines


def speaker_line(item: CheckedRendering, result: CheckResult) -> str:
    """`speakers differ: Jane Doe (this article), John Roe (wire, daily)`."""
    own = item.finding.rendering.article_id

    def who(ids: Sequence[str]) -> str:
        return ", ".join("this article" if a == own else result.name(a) for a in ids)

    sides = [f"{c.speaker} ({who(c.articles)})" for c in item.speaker_conflict]
    return "speakers differ: " + ", ".join(sides)


def _place_line(place: Place, result: CheckResult) -> str:
    def who(ids: Sequence[str]) -> str:
        return ", ".join(result.name(i) for i in ids)

    here = _quoted_or_nothing(place.checked)
    if place.doubted:
        reading = place.readings[0]
        return (
            f'only {who(reading.articles)} reads "{reading.text}" where this article has {here},'
            " and it departs from the other witnesses elsewhere"
        )
    if place.lone and len(place.readings) == 1:
        reading = place.readings[0]
        there = _quoted_or_nothing(reading.text)
        return (
            f"only {who(reading.articles)} covers this place, and reads {there} where this"
            f" article has {here}: one witness against one"
        )
    if not place.disputed and len(place.readings) == 1:
        reading = place.readings[0]
        verb = "reads" if len(reading.articles) == 1 else "read"
        there = _quoted_or_nothing(reading.text)
        return f"{who(reading.articles)} {verb} {there} where this article has {here}"
    parts = [
        f"{len(r.articles)} {'reads' if len(r.articles) == 1 else 'read'} "
        f"{_quoted_or_nothing(r.text)} ({who(r.articles)})"
        for r in place.readings
    ]
    if not place.disputed:
        return f"no witness has {here}: " + ", ".join(parts)
    if place.lone:
        return f"witnesses differ, each alone against this article's {here}: " + ", ".join(parts)
    parts.append(f"{len(place.agreeing)} as this article, {here} ({who(place.agreeing)})")
    return "witnesses differ: " + ", ".join(parts)


def _quoted_or_nothing(words: str) -> str:
    return f'"{words}"' if words else "nothing"


def render_check_text(result: CheckResult, display: Display) -> RenderableType:
    """Plain: markers instead of colour, for a terminal without colour or a file."""
    blocks: list[RenderableType] = [
        _article_block(a) for a in result.checked if a.outcome in _SHOWN
    ]
    blocks += [_block(item, display.plain, result) for item in result.with_outcome(*_SHOWN)]
    blocks.append(_footer(result, display.plain))
    return Group(*blocks)


def _block(item: CheckedRendering, plain: bool, result: CheckResult) -> Text:
    head = Text()
    head.append(f"{item.path}:{item.line}:{item.column}", style="bold")
    if item.in_text is not None:
        head.append(f" ({counted_in(item)})")
    head.append("  ")
    head.append(_LABELS[item.outcome], style=_OUTCOME_STYLES[item.outcome])
    head.append(f"  {headline(item, result.policy)} of passage {item.passage_id}\n")
    head.append("    ")
    append_segments(head, compact_diff(item.finding.pieces), plain)
    head.append("\n")
    for line in filter(None, [evidence_line(item, result), *place_lines(item, result)]):
        head.append(f"    {line}\n", style="" if plain else "dim")
    return head


def counted_in(item: CheckedRendering) -> str:
    """What a rendering's line and column count in when they are not its file's."""
    if item.in_text is InputKind.HTML:
        return "in the text extracted from the page"
    if item.in_text is InputKind.JSONL:
        return "in the record's text"
    return "in the file"


def _article_block(article: CheckedArticle) -> Text:
    text = Text()
    text.append(article.path, style="bold")
    text.append("  ")
    text.append(_LABELS[article.outcome], style=_OUTCOME_STYLES[article.outcome])
    text.append(f"  none of its {counted(article.quotations, 'quotation')} could be judged\n")
    return text


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
