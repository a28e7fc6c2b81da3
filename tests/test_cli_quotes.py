"""`qdiff quotes` through the CLI: exit codes, stderr lines, both formats."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from qdiff.cli import app
from qdiff.cli.common import TextFormat
from qdiff.render.quotes_json import SCHEMA

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str) -> Result:
    return runner.invoke(app, ["quotes", *args], catch_exceptions=False)


def test_json_offsets_slice_to_text(runner: CliRunner) -> None:
    """Every quotation's start:end slices its article to exactly its text."""
    result = run(runner, str(SEEDS), "--format", "json")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["schema"] == SCHEMA
    texts = {a["id"]: Path(a["path"]).read_text(encoding="utf-8") for a in doc["articles"]}
    assert len(texts) == 4
    assert doc["quotes"]
    for quote in doc["quotes"]:
        text = texts[quote["article"]]
        assert text[quote["start"] : quote["end"]] == quote["text"]
        for start, end in quote.get("segments", []):
            assert quote["start"] <= start < end <= quote["end"]


def test_json_fields_and_segments(runner: CliRunner) -> None:
    """Each quotation carries line, column and speaker; interrupted ones list their segments."""
    doc = json.loads(run(runner, str(SEEDS / "001_68a864a3ec0d8669.txt"), "-f", "json").stdout)
    first = doc["quotes"][0]
    assert set(first) == {"article", "start", "end", "line", "column", "text", "speaker"}
    assert (first["line"], first["speaker"]) == (3, "Iain Duncan Smith")
    split = [q for q in doc["quotes"] if "segments" in q]
    assert split and all(len(q["segments"]) >= 2 for q in split)


def test_min_words_filters(runner: CliRunner) -> None:
    """--min-words 1 lists the one-word quotations that the default of 6 leaves out."""
    path = str(SEEDS / "002_532c4fb0224eba5a.txt")
    default = json.loads(run(runner, path, "-f", "json").stdout)["quotes"]
    every = json.loads(run(runner, path, "-f", "json", "--min-words", "1").stdout)["quotes"]
    assert len(every) > len(default)
    assert "reconsider" in {q["text"] for q in every} - {q["text"] for q in default}


def test_config_corpus_and_labels(runner: CliRunner) -> None:
    """With no paths, the config's corpus is read and its labels name the outlets."""
    result = run(runner, "--config", str(ROOT / "config.yaml"), "-f", "json")
    assert result.exit_code == 0
    outlets = [a["outlet"] for a in json.loads(result.stdout)["articles"]]
    assert outlets == ["000", "001", "002", "003"]


def test_terminal_shows_label_position_speaker(runner: CliRunner) -> None:
    """The plain table names the article, the line:col and the speaker."""
    result = run(runner, "--config", str(ROOT / "config.yaml"), "--no-color")
    assert result.exit_code == 0
    assert "\x1b[" not in result.stdout
    assert "000  " in result.stdout
    assert "11:2" in result.stdout
    assert "Jeremy Corbyn" in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 80


def test_unknown_speaker_is_printed_as_such(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "sign.txt"
    path.write_text('The sign read "welcome to our school and our lovely town".\n')
    result = run(runner, str(path), "--no-color")
    assert result.exit_code == 0
    assert "(unknown)" in result.stdout


def test_article_without_quotations(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("Nobody said anything at all.\n")
    result = run(runner, str(path), "--no-color")
    assert result.exit_code == 0
    assert "no quotation of 6 words or more" in result.stdout


def test_missing_path_is_one_line_exit_2(runner: CliRunner) -> None:
    """A path that names nothing: exit 2, one line on stderr, nothing on stdout."""
    result = run(runner, "no/such/file.txt")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "qdiff: error: no readable article in the corpus "
        "(no/such/file.txt: no such file or folder)\n"
    )


def test_skipped_file_is_warned(runner: CliRunner, tmp_path: Path) -> None:
    """An undecodable file is skipped with a warning; the rest is listed."""
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00binary")
    good = tmp_path / "good.txt"
    good.write_text('"We will not back down on this at all," Ann Lee said.\n')
    result = run(runner, str(tmp_path), "-f", "json")
    assert result.exit_code == 0
    assert result.stderr.startswith("qdiff: skipped ")
    assert json.loads(result.stdout)["quotes"][0]["speaker"] == "Ann Lee"


FIRST_QUOTE_OF_001 = (
    "unable to watch passively whilst certain policies are enacted in order to meet the fiscal"
    " self imposed restraints that I believe are ... distinctly political rather than in the"
    " national economic interest."
)
FIRST_QUOTE_LINES = {
    TextFormat.TERMINAL: (
        "001  seeds/001_68a864a3ec0d8669.txt  (10 quotations)",
        "    3:66   Iain Duncan Smith   unable to watch passively whilst certain policies",
    ),
    TextFormat.JSON: (
        '      "column": 66,',
        f'      "text": "{FIRST_QUOTE_OF_001}",',
    ),
    TextFormat.HTML: (
        '<tr><td data-label="line:col" class="num" title="characters 366 to 570">3:66</td>'
        '<td data-label="speaker">Iain Duncan Smith</td>'
        f"<td>{FIRST_QUOTE_OF_001}</td></tr>",
    ),
    TextFormat.MARKDOWN: (
        "#### 001 · `seeds/001_68a864a3ec0d8669.txt` (10 quotations)",
        f"| 3:66 | Iain Duncan Smith | {FIRST_QUOTE_OF_001} |",
    ),
}
"""Lines each format gives seed 001 and its first quotation (line 3, column 66)."""


@pytest.mark.parametrize("fmt", list(TextFormat))
def test_every_format_lists_the_first_quotation(
    runner: CliRunner, fmt: TextFormat, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("COLUMNS", "80")
    result = run(runner, "seeds/001_68a864a3ec0d8669.txt", "--format", fmt.value, "--no-color")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    for line in FIRST_QUOTE_LINES[fmt]:
        assert line in lines


def test_bad_min_words_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["quotes", str(SEEDS), "--min-words", "0"])
    assert result.exit_code == 2
