"""The `qdiff compare` command through typer's runner: output, formats, filters, exit codes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qdiff.cli import app

runner = CliRunner()


@pytest.fixture(autouse=True)
def in_project_root(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(root)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("COLUMNS", "80")


def invoke(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def unwrapped(text: str) -> str:
    """The output with its line wrapping undone, to find a phrase wherever lines break."""
    return " ".join(text.split())


class TestCompareTerminal:
    def test_no_arguments_uses_the_config(self) -> None:
        """`qdiff compare` alone reads config.yaml: the seeds against the letter in 001."""
        result = invoke("compare")
        assert result.exit_code == 0
        assert "reference: 001" in result.stdout
        assert "26 renderings in 4 articles" in result.stdout
        assert "the-chancellor-has-failed-the · shared quotation, Jeremy Corbyn" in unwrapped(
            result.stdout
        )
        assert "Summary" in result.stdout

    def test_changes_visible_without_colour(self) -> None:
        """Piped output has no escape codes, and the plain markers show every change."""
        result = invoke("compare", "--no-color")
        assert "\x1b[" not in result.stdout
        assert "[-a compromise-] {+compromised+}" in unwrapped(result.stdout)
        assert "{+You are aware that I+}" in unwrapped(result.stdout)
        assert "[~Budget~]{~budget~}" in unwrapped(result.stdout)
        assert "[~self imposed~]{~self-imposed~}" in unwrapped(result.stdout)

    def test_piped_output_marks_changes_and_has_no_padding(self) -> None:
        """Not a terminal, no flag: plain markers, and no spaces left at the ends of lines."""
        result = invoke("compare")
        assert "[-a compromise-] {+compromised+}" in unwrapped(result.stdout)
        assert all(line == line.rstrip() for line in result.stdout.splitlines())

    def test_colour_when_asked(self) -> None:
        """--color draws a change in its style (bold red strike, bold green), not in markers."""
        result = invoke("compare", "--color")
        assert "\x1b[1;9;31ma compromise\x1b[0m" in result.stdout
        assert "\x1b[1;32mcompromised\x1b[0m" in result.stdout
        assert "[-a compromise-]" not in unwrapped(result.stdout)

    def test_no_line_is_cut_at_80_columns(self) -> None:
        result = invoke("compare", "--no-color")
        assert max(len(line) for line in result.stdout.splitlines()) <= 80

    def test_side_by_side_layout(self) -> None:
        result = invoke("compare", "--no-color", "--layout", "side")
        header = next(line for line in result.stdout.splitlines() if "outlet" in line)
        assert header.split() == ["outlet", "verdict", "reference", "rendering"]

    def test_outlet_and_passage_filters(self) -> None:
        result = invoke("compare", "--no-color", "--outlet", "003", "--passage", "i-hope")
        assert "i-hope-as-the-government" in result.stdout
        assert "i-have-for-some-time ·" not in result.stdout
        assert "\n000 " not in result.stdout

    def test_only_changed_hides_verbatim(self) -> None:
        result = invoke("compare", "--format", "json", "--only-changed")
        verdicts = [
            r["verdict"] for p in json.loads(result.stdout)["passages"] for r in p["renderings"]
        ]
        assert verdicts and "verbatim" not in verdicts


class TestSummary:
    def test_many_outlets_get_lettered_columns_and_a_key(self, tmp_path: Path) -> None:
        """Nine outlets at 80 columns: the passage column stays, outlets become A, B, C..."""
        quote = "I will never risk losing my integrity, not for anyone at all."
        for n in range(9):
            (tmp_path / f"outlet-number-{n}.txt").write_text(f'He said: "{quote}"\n')
        result = invoke("compare", "--no-color", "--no-reference", str(tmp_path))
        summary = result.stdout[result.stdout.index("Summary") :]
        assert "i-will-never-risk-losing   =   =" in summary
        assert "outlets: A outlet-number-0, B outlet-number-1" in unwrapped(summary)

    def test_a_long_trimmed_run_is_shortened(self) -> None:
        result = invoke("compare", "--no-color", "--passage", "i-have-for", "--outlet", "001")
        assert "[…I have for some … believe that the…] latest" in unwrapped(result.stdout)


class TestCompareJson:
    def test_schema_and_offsets(self, root: Path) -> None:
        """The documented contract: offsets slice the decoded article to the reported text."""
        result = invoke("compare", "--format", "json")
        data = json.loads(result.stdout)
        assert data["schema"] == "qdiff.compare/2"
        assert {a["id"] for a in data["articles"]} == {p.stem for p in root.glob("seeds/*.txt")}
        assert data["reference"]["article"] == "001_68a864a3ec0d8669"
        texts = {a["id"]: Path(a["path"]).read_text(encoding="utf-8-sig") for a in data["articles"]}
        renderings = [r for p in data["passages"] for r in p["renderings"]]
        by_base = [p["base"] for p in data["passages"] if p["renderings"]]
        assert by_base == ["reference"] * 8 + ["consensus"] * 2
        assert len(renderings) == 26
        for r in renderings:
            assert texts[r["article"]][r["start"] : r["end"]] == r["text"]
            assert r["verdict"] in {"verbatim", "cosmetic", "trimmed", "altered"}
            assert set(r) >= {
                "article",
                "start",
                "end",
                "text",
                "quoted",
                "score",
                "verdict",
                "edits",
            }
            for edit in r["edits"]:
                assert set(edit) >= {"kind", "reference", "rendering"}

    def test_paths_replace_the_corpus(self) -> None:
        result = invoke("compare", "--format", "json", "seeds/003_2ea4bb40d2f84377.txt")
        data = json.loads(result.stdout)
        articles = {r["article"] for p in data["passages"] for r in p["renderings"]}
        assert articles == {"003_2ea4bb40d2f84377"}

    def test_reference_option(self, tmp_path: Path) -> None:
        letter = tmp_path / "letter.txt"
        letter.write_text("It is therefore with enormous regret that I have decided to resign.")
        result = invoke("compare", "--format", "json", "--reference", str(letter), "seeds")
        data = json.loads(result.stdout)
        reference = [p["id"] for p in data["passages"] if p["base"] == "reference"]
        assert reference == ["it-is-therefore-with-enormous"]
        assert data["passages"][0]["base"] == "reference"
        renderings = data["passages"][0]["renderings"]
        # 002 quotes the sentence; 001 prints the whole letter, which now is an article like any
        assert {r["article"] for r in renderings} == {
            "001_68a864a3ec0d8669",
            "002_532c4fb0224eba5a",
        }
        assert {r["verdict"] for r in renderings} == {"verbatim"}

    def test_paragraph_unit(self) -> None:
        result = invoke("compare", "--format", "json", "--unit", "paragraph")
        passages = json.loads(result.stdout)["passages"]
        assert [p["base"] for p in passages].count("reference") == 6


class TestErrors:
    def one_error_line(self, result) -> str:
        assert result.exit_code == 2
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert "Traceback" not in result.output
        return lines[0]

    def test_missing_path(self) -> None:
        line = self.one_error_line(invoke("compare", "nowhere.txt"))
        assert line == (
            "qdiff: error: no readable article in the corpus (nowhere.txt: no such file or folder)"
        )

    def test_binary_file_alone(self, tmp_path: Path) -> None:
        blob = tmp_path / "blob.txt"
        blob.write_bytes(b"\x00\x01\x02binary")
        line = self.one_error_line(invoke("compare", str(blob)))
        assert "no readable article" in line and "binary" in line

    def test_half_bad_corpus_reports_the_rest(self, tmp_path: Path, root: Path) -> None:
        (tmp_path / "good.txt").write_text(
            (root / "seeds/002_532c4fb0224eba5a.txt").read_text(encoding="utf-8"), encoding="utf-8"
        )
        (tmp_path / "bad.txt").write_bytes(b"caf\xe9 au\x00 lait")
        result = invoke("compare", "--format", "json", str(tmp_path))
        assert result.exit_code == 0
        assert re.search(r"skipped .*bad\.txt: binary file", result.stderr)
        data = json.loads(result.stdout)
        assert any(p["renderings"] for p in data["passages"])
        assert data["skipped"][0]["path"].endswith("bad.txt")

    def test_bad_config(self, tmp_path: Path) -> None:
        config = tmp_path / "bad.yaml"
        config.write_text("corpus: seeds/*.txt\npassages:\n  unit: chapter\n")
        line = self.one_error_line(invoke("compare", "--config", str(config)))
        assert line.endswith("bad.yaml:3: passages.unit: must be 'sentence' or 'paragraph'")

    def test_unknown_option_exits_2(self) -> None:
        result = invoke("compare", "--frobnicate")
        assert result.exit_code == 2
        assert "No such option" in result.output

    def test_usage_error_from_the_console_script_is_one_line(self, root: Path) -> None:
        """Through the real entry point (not the test runner): one line, exit 2."""
        result = subprocess.run(
            [sys.executable, "-m", "qdiff", "compare", "--frobnicate"],
            capture_output=True,
            text=True,
            cwd=root,
            check=False,
        )
        assert result.returncode == 2
        assert result.stderr.splitlines() == [
            "qdiff: error: No such option: --frobnicate (Possible options: --format)"
            " (see 'qdiff compare --help')"
        ]

    def test_bare_qdiff_prints_the_help_and_exits_0(self, root: Path) -> None:
        result = subprocess.run(
            [sys.executable, "-m", "qdiff"], capture_output=True, text=True, cwd=root, check=False
        )
        assert result.returncode == 0, result.stderr
        assert "Usage: qdiff" in result.stdout
        assert "compare" in result.stdout and result.stderr == ""

    def test_shell_completion_completes_commands_and_options(self, root: Path) -> None:
        """typer's completion: the script for bash, and completions from the real entry point."""
        script = subprocess.run(
            [sys.executable, "-m", "qdiff", "--show-completion", "bash"],
            capture_output=True,
            text=True,
            cwd=root,
            check=False,
        )
        assert script.returncode == 0 and "_QDIFF_COMPLETE" in script.stdout

        def complete(words: str) -> list[str]:
            env = {
                **os.environ,
                "_QDIFF_COMPLETE": "complete_bash",
                "COMP_WORDS": words,
                "COMP_CWORD": str(len(words.split()) - 1),
            }
            done = subprocess.run(
                [sys.executable, "-m", "qdiff"],
                capture_output=True,
                text=True,
                cwd=root,
                env=env,
                check=False,
            )
            return done.stdout.split()

        assert complete("qdiff co") == ["compare"]
        assert "--format" in complete("qdiff compare --fo")

    def test_reference_marker_not_found(self) -> None:
        line = self.one_error_line(invoke("compare", "--reference-after", "no such words"))
        assert "reference.after marker 'no such words' not found" in line

    def test_unknown_outlet(self) -> None:
        line = self.one_error_line(invoke("compare", "--outlet", "Times"))
        assert line.startswith("qdiff: error: no outlet 'Times'")


class TestCollation:
    def test_no_reference_collates_against_consensus(self) -> None:
        result = invoke("compare", "--no-reference", "--format", "json")
        data = json.loads(result.stdout)
        assert data["reference"] is None
        corbyn = next(p for p in data["passages"] if p["text"].startswith("The Chancellor has"))
        assert (corbyn["base"], corbyn["source"]) == ("consensus", None)
        assert [r["speaker"] for r in corbyn["renderings"]] == ["Jeremy Corbyn"] * 3

    def test_without_a_reference_file_the_letter_printed_in_full_is_the_source(self) -> None:
        """001 prints the resignation letter unquoted, the others quote it: `--no-reference`
        means no reference file, so the letter's passages are judged against 001's words."""
        data = json.loads(invoke("compare", "--no-reference", "--format", "json").stdout)
        letter = next(p for p in data["passages"] if p["text"].startswith("I have for some"))
        assert (letter["base"], letter["source"]) == ("source", "001_68a864a3ec0d8669")
        sources = {p["source"] for p in data["passages"] if p["base"] == "source"}
        assert sources == {"001_68a864a3ec0d8669"}

    @pytest.mark.parametrize(
        ("args", "said"),
        [
            (("--no-color",), "base: source 001"),
            (("--no-color", "--view", "apparatus"), "base: the source, as 001 prints it unquoted"),
            (("--format", "markdown"), "base: source 001"),
            (("--format", "html"), "the source, as 001 prints it unquoted"),
        ],
    )
    def test_every_view_names_the_source(self, args: tuple[str, ...], said: str) -> None:
        assert said in unwrapped(invoke("compare", "--no-reference", *args).stdout)

    def test_apparatus_view(self) -> None:
        result = invoke("compare", "--no-color", "--view", "apparatus", "--passage", "i-hope")
        assert result.exit_code == 0
        assert "balance of ‹the› [003: om.] cuts" in unwrapped(result.stdout)
        assert "witnesses: 003 (line 21, altered)" in unwrapped(result.stdout)


class TestPrecision:
    def test_another_speakers_sentence_with_a_stock_opening_is_no_rendering(
        self, tmp_path: Path
    ) -> None:
        """Seven shared opening words do not make someone else's sentence a rendering."""
        (tmp_path / "source.txt").write_text(
            "It has been an enormous privilege to serve our country as Chancellor of the "
            "Exchequer, and I will always be proud of how we protected jobs.",
            encoding="utf-8",
        )
        (tmp_path / "a.txt").write_text(
            'Mr Javid also quit. "It has been an enormous privilege to serve in this role, but I '
            'regret that I can no longer continue in good conscience," he tweeted.',
            encoding="utf-8",
        )
        result = invoke(
            "compare",
            "--format",
            "json",
            "--reference",
            str(tmp_path / "source.txt"),
            str(tmp_path / "a.txt"),
        )
        passages = json.loads(result.stdout)["passages"]
        assert [r for p in passages for r in p["renderings"]] == []


class TestOutputFile:
    """`-o/--output FILE` means the same in every command: the report written whole to FILE."""

    @pytest.mark.parametrize("command", ["compare", "quotes", "facts", "check"])
    def test_json_to_a_file_is_what_stdout_gets(self, command: str, tmp_path: Path) -> None:
        args = [command, "--format", "json"]
        if command == "check":
            args.append("seeds/002_532c4fb0224eba5a.txt")
        printed = runner.invoke(app, args)
        target = tmp_path / f"{command}.json"
        written = runner.invoke(app, [*args, "-o", str(target)])
        assert written.exit_code == printed.exit_code
        assert written.stdout == ""
        assert json.loads(target.read_text(encoding="utf-8")) == json.loads(printed.stdout)
        assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temp file left

    @pytest.mark.parametrize("command", ["compare", "quotes", "facts"])
    def test_the_terminal_view_to_a_file_is_plain(self, command: str, tmp_path: Path) -> None:
        target = tmp_path / "view.txt"
        result = invoke(command, "--color", "--output", str(target))
        assert result.exit_code == 0 and result.stdout == ""
        text = target.read_text(encoding="utf-8")
        assert "\x1b[" not in text and text.strip()

    def test_a_folder_that_cannot_be_written_is_one_line_and_exit_2(self, tmp_path: Path) -> None:
        result = runner.invoke(app, ["facts", "-o", str(tmp_path / "missing" / "out.txt")])
        assert result.exit_code == 2
        assert result.output.startswith("qdiff: error: cannot write")
