"""`qdiff check` through typer's runner: the issue's done-when scenarios, formats, exit codes."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from qdiff.cli import app
from qdiff.errors import EXIT_ERROR, EXIT_FAIL, EXIT_OK
from qdiff.render import CHECK, CheckFormat

runner = CliRunner()
SUMMARY = (
    "qdiff check: FAIL: 1 failing, 5 passing in 1 article; "
    "judged 6 of 7 quotations against the reference; 1 with no rendering in it"
)
SEED = "seeds/002_532c4fb0224eba5a.txt"
QUOTE_START = "I have for some time and rather reluctantly come to believe that the latest"
MISQUOTE = "… been made are, a [-compromise-]{+step+} too far."
MISQUOTE_LINES = {
    CheckFormat.TEXT: f"    {MISQUOTE}",
    CheckFormat.JSON: '          "rendering": "step",',
    CheckFormat.GITHUB: "::error file=article.txt,line=13,col=20,endLine=13,endColumn=194,"
    "title=qdiff%3A altered quotation (i-have-for-some-time)::Altered quotation (substitution) of"
    " the reference passage:%0AI have for some time and rather reluctantly come to believe that"
    " the latest changes to benefits to the disabled and the context in which they've been made"
    f" are, a compromise too far.%0AAs quoted: {MISQUOTE}"
    "%0Ajudged against the reference: 001 line 20",
    CheckFormat.JUNIT: '      <failure type="altered" message="altered quotation">'
    f"altered quotation: {MISQUOTE}",
    CheckFormat.MARKDOWN: "| ❌ | `article.txt` line 13 | altered quotation "
    "(i-have-for-some-time) | … been made are, a ~~compromise~~ **step** too far. |",
}
"""The line each format gives seed 002 with `a step too far` for `a compromise too far`."""


@pytest.fixture
def work(root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder holding article.txt (a copy of seed 002); the runs happen in it."""
    shutil.copy(root / SEED, tmp_path / "article.txt")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("COLUMNS", "100")
    return tmp_path


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def check(root: Path, *args: str):
    config = str(root / "config.yaml")
    return runner.invoke(app, ["check", "--config", config, *args], catch_exceptions=False)


class TestDoneWhen:
    def test_a_copy_of_a_seed_passes(self, root: Path, work: Path) -> None:
        result = check(root, "article.txt")
        assert result.exit_code == EXIT_OK, result.output
        assert (
            "qdiff check: PASS: 0 failing, 6 passing in 1 article; judged 6 of 7 quotations "
            "against the reference; 1 with no rendering in it"
        ) in " ".join(result.stdout.split())

    def test_a_step_too_far_fails_with_an_error_at_the_right_line(
        self, root: Path, work: Path
    ) -> None:
        edit(work / "article.txt", "a compromise too far", "a step too far")
        result = check(root, "article.txt", "--format", "github")
        assert result.exit_code == EXIT_FAIL
        lines = result.stdout.splitlines()
        assert len(lines) == 1
        assert lines[0].startswith(
            "::error file=article.txt,line=13,col=20,endLine=13,endColumn=194,"
            "title=qdiff%3A altered quotation (i-have-for-some-time)::"
        )
        assert "[-compromise-]{+step+}" in lines[0]
        assert result.stderr == f"{SUMMARY}\n"

    def test_a_later_start_passes_by_default(self, root: Path, work: Path) -> None:
        edit(work / "article.txt", QUOTE_START, "the latest")
        result = check(root, "article.txt", "--no-color")
        assert result.exit_code == EXIT_OK
        assert "article.txt:13:20  warn  trimmed quotation" in result.stdout
        github = check(root, "article.txt", "--format", "github")
        assert github.exit_code == EXIT_OK
        assert github.stdout.startswith("::warning file=article.txt,line=13,col=20,")

    def test_a_later_start_fails_when_trimmed_fails(self, root: Path, work: Path) -> None:
        edit(work / "article.txt", QUOTE_START, "the latest")
        result = check(root, "article.txt", "--fail-on", "trimmed,altered", "--format", "github")
        assert result.exit_code == EXIT_FAIL
        assert result.stdout.startswith("::error file=article.txt,line=13,col=20,")

    def test_a_missing_file_exits_2(self, root: Path, work: Path) -> None:
        result = check(root, "article.txt", "missing.txt")
        assert result.exit_code == EXIT_ERROR
        assert result.stderr.splitlines() == [
            "qdiff: skipped missing.txt: no such file or folder",
            "qdiff: error: 1 article could not be read; nothing checked",
        ]
        assert result.stdout == ""


class TestPolicy:
    def test_config_policy_is_used(self, root: Path, work: Path) -> None:
        config = yaml.safe_load((root / "config.yaml").read_text(encoding="utf-8"))
        config["reference"]["path"] = str(root / config["reference"]["path"])
        config["check"] = {"fail_on": ["trimmed"], "warn_on": []}
        (work / "strict.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
        edit(work / "article.txt", QUOTE_START, "the latest")
        result = runner.invoke(app, ["check", "-c", "strict.yaml", "article.txt"])
        assert result.exit_code == EXIT_FAIL
        assert "policy: fail on trimmed; warn on nothing" in result.stdout

    def test_warn_on_flag(self, root: Path, work: Path) -> None:
        """Seed 002's hyphenation variants are cosmetic: they warn when asked, still exit 0."""
        result = check(root, "article.txt", "--warn-on", "cosmetic", "--format", "github")
        assert result.exit_code == EXIT_OK
        assert result.stdout.count("::warning ") == 3

    def test_unknown_verdict_is_a_usage_error(self, root: Path, work: Path) -> None:
        result = check(root, "article.txt", "--fail-on", "altered,wrong")
        assert result.exit_code == EXIT_ERROR
        assert "unknown verdict 'wrong' in --fail-on" in result.stderr

    def test_no_reference_judges_against_what_the_corpus_shares(
        self, root: Path, work: Path
    ) -> None:
        """With no reference, the corpus's consensus of each shared quotation is the base."""
        seeds = root / "seeds"
        (work / "bare.yaml").write_text(f"corpus: ['{seeds}/*.txt']\n", encoding="utf-8")
        assert runner.invoke(app, ["check", "-c", "bare.yaml", "article.txt"]).exit_code == EXIT_OK
        edit(work / "article.txt", "a compromise too far", "a step too far")
        result = runner.invoke(app, ["check", "-c", "bare.yaml", "article.txt", "--no-color"])
        assert result.exit_code == EXIT_FAIL
        assert "[-compromise-]{+step+}" in result.stdout

    def test_reference_from_the_command_line(self, root: Path, work: Path) -> None:
        (work / "bare.yaml").write_text("corpus: ['*.txt']\n", encoding="utf-8")
        edit(work / "article.txt", "a compromise too far", "a step too far")
        args = ["--reference", str(root / "seeds/001_68a864a3ec0d8669.txt")]
        args += ["--reference-after", "resignation letter in full:"]
        result = runner.invoke(app, ["check", "-c", "bare.yaml", *args, "article.txt"])
        assert result.exit_code == EXIT_FAIL
        assert "[-compromise-]{+step+}" in result.stdout


class TestInput:
    def test_an_unreadable_article_exits_2(self, root: Path, work: Path) -> None:
        (work / "bad.txt").write_bytes(b"caf\xe9 au\x00 lait")
        result = check(root, "article.txt", "bad.txt")
        assert result.exit_code == EXIT_ERROR
        assert result.stderr.splitlines() == [
            "qdiff: skipped bad.txt: binary file (NUL byte)",
            "qdiff: error: 1 article could not be read; nothing checked",
        ]

    def test_no_article_is_a_usage_error(self, root: Path, work: Path) -> None:
        assert check(root).exit_code == EXIT_ERROR

    def test_same_output_for_the_same_input(self, root: Path, work: Path) -> None:
        shutil.copy(work / "article.txt", work / "b.txt")
        edit(work / "b.txt", "a compromise too far", "a step too far")
        first = check(root, "article.txt", "b.txt", "--format", "json")
        again = check(root, "b.txt", "article.txt", "--format", "json")
        assert first.exit_code == again.exit_code == EXIT_FAIL
        assert json.loads(first.stdout)["renderings"] == json.loads(again.stdout)["renderings"]


class TestBaseline:
    def test_round_trip(self, root: Path, work: Path) -> None:
        """Accept the misquote; it stays accepted when lines move; a new change reopens it."""
        article = work / "article.txt"
        edit(article, "a compromise too far", "a step too far")
        written = check(root, "article.txt", "--write-baseline", "accepted.yaml")
        assert written.exit_code == EXIT_OK
        assert written.stderr == "qdiff: wrote 1 accepted quotation(s) to accepted.yaml\n"
        data = yaml.safe_load((work / "accepted.yaml").read_text(encoding="utf-8"))
        assert data["version"] == 1
        assert [(e["article"], e["passage"], e["verdict"]) for e in data["accepted"]] == [
            ("article.txt", "i-have-for-some-time", "altered")
        ]
        assert "a step too far." in data["accepted"][0]["rendering"]

        assert check(root, "article.txt", "--baseline", "accepted.yaml").exit_code == EXIT_OK
        article.write_text("A new first paragraph.\n\n" + article.read_text(encoding="utf-8"))
        moved = check(root, "article.txt", "--baseline", "accepted.yaml", "--format", "json")
        assert moved.exit_code == EXIT_OK
        assert json.loads(moved.stdout)["summary"]["accepted"] == 1

        edit(article, "a step too far", "a leap too far")
        reopened = check(root, "article.txt", "--baseline", "accepted.yaml", "--no-color")
        assert reopened.exit_code == EXIT_FAIL
        assert "baseline: 1 entry matches no rendering any more" in reopened.stdout

    def test_rewriting_is_stable(self, root: Path, work: Path) -> None:
        edit(work / "article.txt", "a compromise too far", "a step too far")
        check(root, "article.txt", "--write-baseline", "one.yaml")
        check(root, "article.txt", "--baseline", "one.yaml", "--write-baseline", "two.yaml")
        assert (work / "one.yaml").read_text() == (work / "two.yaml").read_text()

    def test_missing_baseline_exits_2(self, root: Path, work: Path) -> None:
        result = check(root, "article.txt", "--baseline", "nope.yaml")
        assert result.exit_code == EXIT_ERROR
        assert result.stderr == "qdiff: error: baseline file not found: nope.yaml\n"


class TestFormats:
    def test_every_format_has_a_renderer(self) -> None:
        assert set(CHECK) == set(CheckFormat)

    @pytest.mark.parametrize("fmt", list(CheckFormat))
    def test_every_format_reports_the_misquote(
        self, root: Path, work: Path, fmt: CheckFormat
    ) -> None:
        """Each format prints the failing quotation its own way; all but text, which ends with
        it, put the summary line on stderr."""
        edit(work / "article.txt", "a compromise too far", "a step too far")
        result = check(root, "article.txt", "--format", fmt.value, "--no-color")
        assert result.exit_code == EXIT_FAIL
        assert MISQUOTE_LINES[fmt] in result.stdout.splitlines()
        summary = SUMMARY
        assert result.stderr == ("" if fmt is CheckFormat.TEXT else summary + "\n")

    def test_json(self, root: Path, work: Path) -> None:
        result = check(root, "article.txt", "--format", "json")
        doc = json.loads(result.stdout)
        assert doc["schema"] == "qdiff.check/2"
        assert doc["status"] == "pass"
        assert [a["path"] for a in doc["articles"]] == ["article.txt"]

    def test_junit_to_a_file(self, root: Path, work: Path) -> None:
        edit(work / "article.txt", "a compromise too far", "a step too far")
        result = check(root, "article.txt", "--format", "junit", "--output", "report.xml")
        assert result.exit_code == EXIT_FAIL
        assert result.stdout == ""
        suite = ET.parse(work / "report.xml").getroot().find("testsuite")
        assert suite is not None
        assert (suite.get("tests"), suite.get("failures")) == ("6", "1")

    def test_markdown(self, root: Path, work: Path) -> None:
        result = check(root, "article.txt", "--format", "markdown")
        assert result.stdout.startswith("### ✅ qdiff check: every quotation passes")

    def test_colour(self, root: Path, work: Path) -> None:
        edit(work / "article.txt", "a compromise too far", "a step too far")
        coloured = check(root, "article.txt", "--color").stdout
        # in colour a removed and an added word never touch (`compromisestep`)
        assert "\x1b[1;9;31mcompromise\x1b[0m \x1b[1;32mstep\x1b[0m too far." in coloured
        plain = check(root, "article.txt", "--no-color").stdout
        assert "\x1b[" not in plain
        assert "[-compromise-]{+step+}" in plain


class TestExample:
    @pytest.mark.parametrize(
        ("articles", "code"),
        [
            (["new/faithful.txt"], EXIT_OK),
            (["new/misquote.txt"], EXIT_FAIL),
            (["published/"], EXIT_FAIL),
        ],
    )
    def test_walk_through(
        self, root: Path, monkeypatch: pytest.MonkeyPatch, articles: list[str], code: int
    ) -> None:
        monkeypatch.chdir(root / "examples" / "newsroom")
        result = runner.invoke(app, ["check", *articles])
        assert result.exit_code == code, result.output

    def test_published_deviations_accepted_by_a_baseline(
        self, root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.chdir(root / "examples" / "newsroom")
        baseline = str(tmp_path / "baseline.yaml")
        assert (
            runner.invoke(app, ["check", "published/", "--write-baseline", baseline]).exit_code == 0
        )
        result = runner.invoke(
            app, ["check", "--baseline", baseline, "published/", "new/faithful.txt"]
        )
        assert result.exit_code == EXIT_OK, result.output


class TestAgainstTheCorpus:
    """No reference: each article against the other articles that render its quotations."""

    QUOTE = "We will never give up on the people of this country, whatever it takes."

    def setup(self, tmp_path: Path, checked: str) -> Path:
        (tmp_path / "wire.txt").write_text(f'The minister said: "{self.QUOTE}"\n', encoding="utf-8")
        (tmp_path / "story.txt").write_text(f'She said: "{checked}"\n', encoding="utf-8")
        (tmp_path / "config.yaml").write_text("corpus:\n  - '*.txt'\n", encoding="utf-8")
        return tmp_path / "config.yaml"

    def run(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *args: str):
        monkeypatch.chdir(tmp_path)
        return runner.invoke(app, ["check", "--no-color", *args], catch_exceptions=False)

    def test_a_changed_word_fails_with_its_evidence(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        self.setup(tmp_path, self.QUOTE.replace("will", "would"))
        result = self.run(tmp_path, monkeypatch, "story.txt")
        assert result.exit_code == EXIT_FAIL
        text = " ".join(result.stdout.split())
        assert "story.txt:1:12 FAIL altered quotation of passage we-would-never-give-up" in text
        assert "judged against 1 witness (single witness): wire line 1" in text
        assert 'wire reads "will" where this article has "would"' in text
        assert "judged 1 of 1 quotation against 1 other article" in text

    def test_unjudged_passes_by_default_and_fails_when_asked(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        self.setup(tmp_path, "Something else entirely was said by somebody today.")
        assert self.run(tmp_path, monkeypatch, "story.txt").exit_code == EXIT_OK
        result = self.run(tmp_path, monkeypatch, "story.txt", "--fail-on", "altered,unjudged")
        assert result.exit_code == EXIT_FAIL
        assert "story.txt  FAIL  none of its 1 quotation could be judged" in result.stdout

    def test_a_doubted_lone_witness_warns_and_says_why(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """The only witness misquotes another statement against two pages: a slip a letter
        away from its reading (`gave` for `give`) is a warning, with why."""
        self.setup(tmp_path, self.QUOTE.replace("give", "gave"))
        other = "Nobody in this room should doubt our resolve to finish the job we started."
        (tmp_path / "wire.txt").write_text(
            f'The minister said: "{self.QUOTE}"\nHe added: "{other.replace("finish", "end")}"\n',
            encoding="utf-8",
        )
        for name in ("daily.txt", "herald.txt"):
            (tmp_path / name).write_text(f'He added: "{other}"\n', encoding="utf-8")
        result = self.run(tmp_path, monkeypatch, "story.txt", "--format", "json")
        assert result.exit_code == EXIT_OK, result.output
        (place,) = json.loads(result.stdout)["renderings"][0]["evidence"]["places"]
        assert place["doubted"] and place["disputed"] and place["agreeing"] == []
        text = " ".join(self.run(tmp_path, monkeypatch, "story.txt").stdout.split())
        assert (
            'only wire reads "give" where this article has "gave", and it departs from the'
            " other witnesses elsewhere" in text
        )

    def test_one_witness_against_one_warns_and_says_so(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A word only the article has, against the one witness: either may be wrong."""
        self.setup(tmp_path, self.QUOTE.replace("the people", "the good people"))
        result = self.run(tmp_path, monkeypatch, "story.txt", "--format", "json")
        assert result.exit_code == EXIT_OK, result.output
        (place,) = json.loads(result.stdout)["renderings"][0]["evidence"]["places"]
        assert place["lone"] and place["disputed"] and place["readings"][0]["text"] == ""
        text = " ".join(self.run(tmp_path, monkeypatch, "story.txt").stdout.split())
        assert (
            'only wire covers this place, and reads nothing where this article has "good": one'
            " witness against one" in text
        )


def test_piped_findings_are_one_line_each_whatever_the_width(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not a terminal: no wrapping at 80 columns, so `grep FAIL` gives the whole finding."""
    monkeypatch.chdir(root / "examples" / "newsroom")
    monkeypatch.setenv("COLUMNS", "60")
    result = runner.invoke(app, ["check", "new/misquote.txt"])
    fails = [line for line in result.stdout.splitlines() if "  FAIL  " in line]
    assert fails == [
        "new/misquote.txt:4:113  FAIL  altered quotation of passage i-have-for-some-time",
        "new/misquote.txt:5:144  FAIL  altered quotation of passage while-they-are-defensible-in",
    ]
    assert any(len(line) > 100 for line in result.stdout.splitlines())
