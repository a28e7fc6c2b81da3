"""judge(), the baseline and write_text: pure functions over hand-built reports."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from qdiff.check.baseline import (
    Baseline,
    BaselineEntry,
    dump_baseline,
    entry_for,
    parse_baseline,
    read_baseline,
)
from qdiff.check.judge import CheckResult, Outcome, judge, outcome_of, to_baseline
from qdiff.config import CheckPolicy
from qdiff.errors import InputError
from qdiff.model import (
    Article,
    Edit,
    EditKind,
    Finding,
    Passage,
    Reference,
    Rendering,
    Report,
    Span,
    Verdict,
)
from qdiff.output import write_text
from qdiff.text import line_col, tokenize

PASSAGE = "It was a compromise too far."
POLICY = CheckPolicy()  # fail on altered, warn on trimmed


def finding(article: Article, words: str, verdict: Verdict, quoted: bool = True) -> Finding:
    """A rendering of PASSAGE: the first place `words` stand in the article."""
    start = article.text.index(words)
    span = Span(start, start + len(words))
    rendering = Rendering(
        "it-was",
        article.id,
        span,
        words,
        quoted,
        tokenize(article.text, span.start, span.end),
        *line_col(article.text, start),
    )
    kind = {Verdict.ALTERED: EditKind.SUBSTITUTION, Verdict.TRIMMED: EditKind.TRUNCATION}
    pieces = (Edit(PASSAGE, words, kind.get(verdict)),)
    return Finding(rendering, pieces, verdict, 1.0, 1.0)


def article(article_id: str, text: str) -> Article:
    return Article(article_id, article_id, f"news/{article_id}.txt", text)


def report(*findings: Finding, articles: tuple[Article, ...]) -> Report:
    source = article("letter", PASSAGE)
    passage = Passage("it-was", PASSAGE, tokenize(PASSAGE))
    return Report(
        articles=(*articles, source),
        reference=Reference("letter", Span(0, len(PASSAGE)), (passage,)),
        passages=(passage,),
        findings=findings,
    )


ONE = article("one", 'Intro.\n\nShe wrote: "It was a step too far."\n')
TWO = article("two", 'He said it was "a compromise too far" and "It was a compromise too far."')


class TestOutcome:
    @pytest.mark.parametrize(
        ("verdict", "quoted", "expected"),
        [
            (Verdict.ALTERED, True, Outcome.FAIL),
            (Verdict.TRIMMED, True, Outcome.WARN),
            (Verdict.COSMETIC, True, Outcome.PASS),
            (Verdict.VERBATIM, True, Outcome.PASS),
            (Verdict.ALTERED, False, Outcome.INFO),
        ],
    )
    def test_default_policy(self, verdict: Verdict, quoted: bool, expected: Outcome) -> None:
        """Altered fails, trimmed warns, the rest pass; unquoted words are never judged."""
        assert outcome_of(verdict, quoted, POLICY) is expected

    def test_failing_beats_warning(self) -> None:
        policy = CheckPolicy(fail_on=frozenset({Verdict.TRIMMED}), warn_on=frozenset(Verdict))
        assert outcome_of(Verdict.TRIMMED, True, policy) is Outcome.FAIL
        assert outcome_of(Verdict.COSMETIC, True, policy) is Outcome.WARN

    def test_empty_policy_passes_everything(self) -> None:
        policy = CheckPolicy(fail_on=frozenset(), warn_on=frozenset())
        assert outcome_of(Verdict.ALTERED, True, policy) is Outcome.PASS


class TestJudge:
    def test_locates_the_first_word(self) -> None:
        """Line and column (1-based) of the rendering's first word, not of its quote mark."""
        result = judge(
            report(finding(ONE, "It was a step too far.", Verdict.ALTERED), articles=(ONE,)), POLICY
        )
        (item,) = result.renderings
        assert (item.path, item.line, item.column) == ("news/one.txt", 3, 13)
        assert (item.end_line, item.end_column) == (3, 34)
        assert item.outcome is Outcome.FAIL
        assert item.passage_text == PASSAGE
        assert result.failed and result.status is Outcome.FAIL

    def test_warnings_alone_do_not_fail(self) -> None:
        found = finding(TWO, "a compromise too far", Verdict.TRIMMED)
        result = judge(report(found, articles=(TWO,)), POLICY)
        assert not result.failed
        assert result.status is Outcome.WARN

    def test_unquoted_paraphrase_is_info(self) -> None:
        found = finding(TWO, "it was", Verdict.ALTERED, quoted=False)
        result = judge(report(found, articles=(TWO,)), POLICY)
        assert [r.outcome for r in result.renderings] == [Outcome.INFO]
        assert result.status is Outcome.PASS

    def test_only_the_checked_articles_are_judged(self) -> None:
        """The reference's article is loaded by compare but is not checked unless named."""
        letter = article("letter", PASSAGE)
        misquote = finding(ONE, "It was a step too far.", Verdict.ALTERED)
        in_letter = finding(letter, PASSAGE, Verdict.ALTERED)
        result = judge(report(misquote, in_letter, articles=(ONE,)), POLICY, articles={"one"})
        assert [r.path for r in result.renderings] == ["news/one.txt"]
        assert result.articles == ("news/one.txt",)
        assert result.reference == "news/letter.txt"

    def test_sorted_by_file_line_and_column(self) -> None:
        findings = (
            finding(TWO, "It was a compromise too far.", Verdict.VERBATIM),
            finding(ONE, "It was a step too far.", Verdict.ALTERED),
            finding(TWO, "a compromise too far", Verdict.TRIMMED),
        )
        result = judge(report(*findings, articles=(TWO, ONE)), POLICY)
        assert [(r.path, r.line, r.column) for r in result.renderings] == [
            ("news/one.txt", 3, 13),
            ("news/two.txt", 1, 17),
            ("news/two.txt", 1, 44),
        ]

    def test_seed_report(self, seed_report: Report) -> None:
        """003 alters three passages of the letter: three failures, nothing else judged."""
        result = judge(seed_report, POLICY, articles={"003_2ea4bb40d2f84377"})
        assert result.count(Outcome.FAIL) == 3
        assert {r.path.rsplit("/", 1)[-1] for r in result.renderings} == {
            "003_2ea4bb40d2f84377.txt"
        }


def accepted(path: str, words: str, verdict: Verdict = Verdict.ALTERED) -> Baseline:
    return Baseline((entry_for(path, "it-was", words, verdict),))


class TestBaseline:
    def test_an_accepted_rendering_no_longer_fails(self) -> None:
        found = finding(ONE, "It was a step too far.", Verdict.ALTERED)
        result = judge(
            report(found, articles=(ONE,)), POLICY, accepted("news/one.txt", found.rendering.text)
        )
        assert [r.outcome for r in result.renderings] == [Outcome.ACCEPTED]
        assert not result.failed
        assert result.stale == ()

    def test_matched_by_words_not_by_line(self) -> None:
        """Lines added above the quotation, or the quotation re-wrapped, keep it accepted."""
        moved = article("one", 'New lead.\n\nIntro.\n\nShe wrote: "It was a step\ntoo far."\n')
        found = finding(moved, "It was a step\ntoo far.", Verdict.ALTERED)
        baseline = accepted("news/one.txt", "It was a step too far.")
        result = judge(report(found, articles=(moved,)), POLICY, baseline)
        assert result.renderings[0].outcome is Outcome.ACCEPTED

    def test_other_words_are_not_accepted(self) -> None:
        found = finding(ONE, "It was a step too far.", Verdict.ALTERED)
        baseline = accepted("news/one.txt", "It was a leap too far.")
        result = judge(report(found, articles=(ONE,)), POLICY, baseline)
        assert result.failed
        assert [e.rendering for e in result.stale] == ["It was a leap too far."]

    def test_other_article_is_not_accepted_and_not_stale(self) -> None:
        """An entry for an article this run did not check is neither used nor stale."""
        found = finding(ONE, "It was a step too far.", Verdict.ALTERED)
        baseline = accepted("news/other.txt", "It was a step too far.")
        result = judge(report(found, articles=(ONE,)), POLICY, baseline)
        assert result.failed
        assert result.stale == ()

    def test_one_entry_accepts_one_rendering(self) -> None:
        twice = article("one", '"It was a step too far." And again: "It was a step too far."')
        first = finding(twice, "It was a step too far.", Verdict.ALTERED)
        start = twice.text.rindex("It was")
        second_rendering = replace(
            first.rendering, span=Span(start, start + 22), line=1, column=start + 1
        )
        second = Finding(second_rendering, first.pieces, Verdict.ALTERED, 1.0, 1.0)
        baseline = accepted("news/one.txt", "It was a step too far.")
        result = judge(report(first, second, articles=(twice,)), POLICY, baseline)
        assert [r.outcome for r in result.renderings] == [Outcome.ACCEPTED, Outcome.FAIL]

    def test_to_baseline_records_what_fails_or_warns(self) -> None:
        findings = (
            finding(TWO, "It was a compromise too far.", Verdict.VERBATIM),
            finding(TWO, "a compromise too far", Verdict.TRIMMED),
            finding(ONE, "It was a step too far.", Verdict.ALTERED),
            finding(TWO, "it was", Verdict.ALTERED, quoted=False),
        )
        result = judge(report(*findings, articles=(ONE, TWO)), POLICY)
        entries = to_baseline(result).entries
        assert [(e.article, e.rendering, e.verdict) for e in entries] == [
            ("news/one.txt", "It was a step too far.", Verdict.ALTERED),
            ("news/two.txt", "a compromise too far", Verdict.TRIMMED),
        ]

    def test_written_baseline_accepts_everything_it_recorded(self) -> None:
        findings = (
            finding(ONE, "It was a step too far.", Verdict.ALTERED),
            finding(TWO, "a compromise too far", Verdict.TRIMMED),
        )
        rep = report(*findings, articles=(ONE, TWO))
        written = parse_baseline(dump_baseline(to_baseline(judge(rep, POLICY))))
        again = judge(rep, POLICY, written)
        assert again.status is Outcome.PASS
        assert again.count(Outcome.ACCEPTED) == 2


class TestBaselineFile:
    def test_round_trip(self) -> None:
        baseline = Baseline(
            (
                BaselineEntry(
                    "b/x.txt", "p", 'a: "quoted" — ‘curly’ # not a comment', Verdict.ALTERED
                ),
                BaselineEntry("a/y.txt", "q", "plain words", None),
            )
        )
        text = dump_baseline(baseline)
        assert parse_baseline(text).entries == tuple(sorted(baseline.entries))
        assert text.startswith("# qdiff check baseline")
        assert "— ‘curly’" in text  # readable, not \u-escaped
        assert dump_baseline(parse_baseline(text)) == text

    def test_empty_file_is_an_empty_baseline(self) -> None:
        assert parse_baseline("") == Baseline()
        assert parse_baseline("version: 1\naccepted: []\n") == Baseline()

    @pytest.mark.parametrize(
        ("text", "message"),
        [
            ("accepted: [", "invalid YAML"),
            ("- a\n- b\n", "a mapping with 'version' and 'accepted'"),
            ("version: 2\n", "unsupported baseline version 2"),
            ("accepted: {a: 1}\n", "'accepted' must be a list"),
            ("accepted:\n- {article: a, passage: p}\n", "accepted[0]: 'rendering' must be"),
            (
                "accepted:\n- {article: a, passage: p, rendering: r, line: 3}\n",
                "unknown key 'line'",
            ),
            (
                "accepted:\n- {article: a, passage: p, rendering: r, verdict: bad}\n",
                "unknown verdict",
            ),
        ],
    )
    def test_errors_name_the_file_and_entry(self, text: str, message: str) -> None:
        with pytest.raises(InputError, match=r"^base\.yaml") as caught:
            parse_baseline(text, "base.yaml")
        assert message in str(caught.value)

    def test_missing_file(self, tmp_path: Path) -> None:
        with pytest.raises(InputError, match="baseline file not found"):
            read_baseline(tmp_path / "nope.yaml")


class TestWriteText:
    def test_writes_whole_and_leaves_no_temp_file(self, tmp_path: Path) -> None:
        target = tmp_path / "out.xml"
        target.write_text("old")
        write_text(str(target), "new ✓\n")
        assert target.read_text(encoding="utf-8") == "new ✓\n"
        assert [p.name for p in tmp_path.iterdir()] == ["out.xml"]

    def test_dash_is_stdout(self, capsys: pytest.CaptureFixture[str]) -> None:
        write_text("-", "hello\n")
        assert capsys.readouterr().out == "hello\n"

    def test_missing_folder_is_an_input_error(self, tmp_path: Path) -> None:
        with pytest.raises(InputError, match="cannot write"):
            write_text(str(tmp_path / "no" / "out.txt"), "x")


def test_check_result_counts() -> None:
    result = CheckResult(renderings=(), policy=POLICY, checked=(), reference=None)
    assert result.status is Outcome.PASS
    assert result.count(Outcome.FAIL) == 0
