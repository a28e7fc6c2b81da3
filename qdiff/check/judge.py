"""judge(report, policy, baseline) -> CheckResult: the CI gate's decision, as data.

A report (from compare today, from reference-free collation later) lists renderings; the
policy turns each verdict into an outcome, and the baseline accepts the ones an editor kept.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from enum import Enum
from types import MappingProxyType

from qdiff.check.baseline import EMPTY_BASELINE, Baseline, BaselineEntry, article_path, entry_for
from qdiff.collate.conflicts import speaker_conflict
from qdiff.config import CheckPolicy
from qdiff.model import (
    Concern,
    Edit,
    Evidence,
    Finding,
    InputKind,
    Passage,
    Report,
    SpeakerCredit,
    Tally,
    Verdict,
)
from qdiff.text import line_col


class Outcome(str, Enum):
    """What the gate makes of one rendering."""

    FAIL = "fail"
    WARN = "warn"
    PASS = "pass"
    ACCEPTED = "accepted"
    """It would fail or warn, but the baseline accepts it."""
    INFO = "info"
    """A paraphrase outside quotation marks: shown, never judged."""


JUDGED = (Outcome.FAIL, Outcome.WARN)
"""The outcomes a baseline can accept, and the ones --write-baseline records."""


@dataclass(frozen=True, slots=True)
class CheckedRendering:
    """One rendering in a checked article, located, with the gate's outcome."""

    path: str
    """The article's path as given on the command line."""
    line: int
    """1-based line of the rendering's first word."""
    column: int
    """1-based column (in characters) of the rendering's first word."""
    end_line: int
    end_column: int
    """Line and column of the rendering's last character."""
    passage_text: str
    finding: Finding
    outcome: Outcome
    in_text: InputKind | None = None
    """None: the line and column are the article file's. Else they count in the article's text,
    which its file does not hold as such: an HTML page's extracted text (the quoted words were not
    found in the page), a JSON Lines record's text field."""
    speaker_conflict: tuple[SpeakerCredit, ...] = ()
    """When other articles credit its words to someone else: who credits whom (its own credit
    included)."""

    @property
    def passage_id(self) -> str:
        return self.finding.rendering.passage_id

    @property
    def verdict(self) -> Verdict:
        return self.finding.verdict

    @property
    def quoted(self) -> bool:
        return self.finding.rendering.quoted

    @property
    def text(self) -> str:
        return self.finding.rendering.text

    @property
    def edits(self) -> tuple[Edit, ...]:
        return self.finding.edits

    @property
    def entry(self) -> BaselineEntry:
        return entry_for(self.path, self.passage_id, self.text, self.verdict)

    @property
    def evidence(self) -> Evidence | None:
        return self.finding.evidence

    @property
    def disputed(self) -> bool:
        """True when the witnesses differ among themselves at one of its places."""
        return self.evidence is not None and bool(self.evidence.disputes)


@dataclass(frozen=True, slots=True)
class CheckedArticle:
    """One checked article: how much of it could be judged, and against how many witnesses."""

    path: str
    quotations: int
    judged: int
    witnesses: int
    outcome: Outcome
    """FAIL when none of its quotations could be judged and the policy fails `unjudged`
    (WARN when it warns on it); PASS otherwise. Its renderings have outcomes of their own."""

    @property
    def unjudged(self) -> int:
        return self.quotations - self.judged


@dataclass(frozen=True, slots=True)
class CheckResult:
    """Everything a check renderer formats; the CLI picks the exit status from `failed`."""

    renderings: tuple[CheckedRendering, ...]
    """Sorted by path, line and column."""
    policy: CheckPolicy
    checked: tuple[CheckedArticle, ...]
    """The checked articles, in order, with what could be judged in each."""
    reference: str | None
    """The path of the reference's article, or None without a reference."""
    stale: tuple[BaselineEntry, ...] = ()
    """Baseline entries for checked articles that match no rendering any more."""
    names: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """Every article's label by id, the witnesses' included."""

    def name(self, article_id: str) -> str:
        return self.names.get(article_id, article_id)

    def with_outcome(self, *outcomes: Outcome) -> tuple[CheckedRendering, ...]:
        return tuple(r for r in self.renderings if r.outcome in outcomes)

    def count(self, outcome: Outcome) -> int:
        return sum(1 for r in self.renderings if r.outcome is outcome)

    @property
    def articles(self) -> tuple[str, ...]:
        """The paths of the checked articles, in order."""
        return tuple(a.path for a in self.checked)

    @property
    def failed(self) -> bool:
        return any(r.outcome is Outcome.FAIL for r in self.renderings) or any(
            a.outcome is Outcome.FAIL for a in self.checked
        )

    @property
    def status(self) -> Outcome:
        """FAIL if anything fails, WARN if anything warns, else PASS."""
        if self.failed:
            return Outcome.FAIL
        warned = self.count(Outcome.WARN) or any(a.outcome is Outcome.WARN for a in self.checked)
        return Outcome.WARN if warned else Outcome.PASS

    @property
    def judged(self) -> int:
        """Quotations judged against at least one witness, over all checked articles."""
        return sum(a.judged for a in self.checked)

    @property
    def unjudged(self) -> int:
        return sum(a.unjudged for a in self.checked)

    @property
    def witnesses(self) -> int:
        """The most witnesses any checked article was judged against."""
        return max((a.witnesses for a in self.checked), default=0)


def to_baseline(result: CheckResult) -> Baseline:
    """What --write-baseline records: every rendering that fails or warns, accepted or not."""
    kept = result.with_outcome(*JUDGED, Outcome.ACCEPTED)
    return Baseline(tuple(sorted(r.entry for r in kept)))


def outcome_of(
    verdict: Verdict,
    quoted: bool,
    policy: CheckPolicy,
    disputed: bool = False,
    misattributed: bool = False,
) -> Outcome:
    """Failing beats warning when a verdict is in both lists; a place the witnesses dispute
    warns, never fails; a misattribution warns, and fails when the policy names it."""
    if not quoted:
        return Outcome.INFO
    if verdict in policy.fail_on or (misattributed and Concern.MISATTRIBUTED in policy.fail_on):
        return Outcome.FAIL
    if verdict in policy.warn_on or disputed or misattributed:
        return Outcome.WARN
    return Outcome.PASS


def misattribution(finding: Finding, passage: Passage | None) -> tuple[SpeakerCredit, ...]:
    """Who credits a quoted rendering's words to whom, when another article names someone else
    than its article does: from its witnesses, or from the passage's own conflict."""
    rendering = finding.rendering
    if not rendering.quoted or rendering.speaker is None:
        return ()
    if finding.evidence is not None:
        credits = [(rendering.article_id, rendering.speaker)] + [
            (w.article_id, w.speaker) for w in finding.evidence.witnesses
        ]
        conflict = speaker_conflict(credits)
        if conflict:
            return conflict
    if passage is not None and any(
        rendering.article_id in c.articles for c in passage.speaker_conflict
    ):
        return passage.speaker_conflict
    return ()


def _article_outcome(tally: Tally | None, policy: CheckPolicy) -> Outcome:
    if tally is None or tally.judged:
        return Outcome.PASS
    if Concern.UNJUDGED in policy.fail_on:
        return Outcome.FAIL
    return Outcome.WARN if Concern.UNJUDGED in policy.warn_on else Outcome.PASS


def judge(
    report: Report,
    policy: CheckPolicy,
    baseline: Baseline = EMPTY_BASELINE,
    articles: Collection[str] | None = None,
) -> CheckResult:
    """Judge every rendering in the articles with these ids (all of the report's by default).

    The reference's own article is judged only when it is among `articles`.
    """
    scope = set(articles) if articles is not None else {a.id for a in report.articles}
    checked = tuple(a for a in report.articles if a.id in scope)
    texts = {a.id: a.text for a in checked}
    paths = {a.id: a.path for a in checked}
    passages = {p.id: p for p in report.passages}
    tallies = {t.article_id: t for t in report.tallies}
    located = sorted(
        (
            _locate(
                f, paths[f.rendering.article_id], texts[f.rendering.article_id], passages, policy
            )
            for f in report.findings
            if f.rendering.article_id in texts
        ),
        key=_order,
    )
    accepted, stale = _apply_baseline(located, baseline, {article_path(p) for p in paths.values()})
    reference = report.article(report.reference.article_id).path if report.reference else None
    articles_checked = tuple(_checked_article(a.path, tallies.get(a.id), policy) for a in checked)
    return CheckResult(
        renderings=accepted,
        policy=policy,
        checked=articles_checked,
        reference=reference,
        stale=stale,
        names=MappingProxyType({a.id: a.label for a in report.articles}),
    )


def _checked_article(path: str, tally: Tally | None, policy: CheckPolicy) -> CheckedArticle:
    quotations, judged, witnesses = (
        (tally.quotations, tally.judged, tally.witnesses) if tally else (0, 0, 0)
    )
    return CheckedArticle(path, quotations, judged, witnesses, _article_outcome(tally, policy))


def _locate(
    finding: Finding, path: str, text: str, passages: dict[str, Passage], policy: CheckPolicy
) -> CheckedRendering:
    rendering = finding.rendering
    end_line, end_column = line_col(text, max(rendering.span.end - 1, rendering.span.start))
    passage = passages.get(rendering.passage_id)
    conflict = misattribution(finding, passage)
    return CheckedRendering(
        path=path,
        line=rendering.line,
        column=rendering.column,
        end_line=end_line,
        end_column=end_column,
        passage_text=finding.evidence.base
        if finding.evidence is not None and finding.evidence.base
        else (passage.text if passage else ""),
        finding=finding,
        outcome=outcome_of(
            finding.verdict,
            rendering.quoted,
            policy,
            disputed=finding.evidence is not None and bool(finding.evidence.disputes),
            misattributed=bool(conflict),
        ),
        speaker_conflict=conflict,
    )


def _order(item: CheckedRendering) -> tuple[str, int, int, str, str]:
    return (article_path(item.path), item.line, item.column, item.passage_id, item.text)


def _apply_baseline(
    items: list[CheckedRendering], baseline: Baseline, checked_paths: set[str]
) -> tuple[tuple[CheckedRendering, ...], tuple[BaselineEntry, ...]]:
    """Each entry accepts one failing or warning rendering with its key, in file order."""
    left = Counter(e.key for e in baseline.entries)
    result = []
    for item in items:
        key = item.entry.key
        if item.outcome in JUDGED and left[key] > 0:
            left[key] -= 1
            item = replace(item, outcome=Outcome.ACCEPTED)
        result.append(item)
    stale = []
    for entry in sorted(baseline.entries):
        if entry.article in checked_paths and left[entry.key] > 0:
            left[entry.key] -= 1
            stale.append(entry)
    return tuple(result), tuple(stale)
