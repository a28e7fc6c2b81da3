"""`qdiff facts` through the command line: exit codes, formats, filters, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qdiff.cli import app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = str(ROOT / "seeds")


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def test_json_output_parses(runner: CliRunner) -> None:
    """--format json prints one qdiff.facts/2 document and exits 0."""
    result = runner.invoke(app, ["facts", SEEDS, "--format", "json"], catch_exceptions=False)
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert document["schema"] == "qdiff.facts/2"
    statuses = {f["status"] for f in document["facts"]}
    assert {"conflict", "agree", "single"} <= statuses
    assert statuses <= {"conflict", "agree", "rounded", "hedged", "single"}
    conflict = next(f for f in document["facts"] if f["status"] == "conflict")
    assert [side["interval"] for side in conflict["sides"]] == [
        [3_800_000_000, 4_200_000_000],
        [4_350_000_000, 4_450_000_000],
    ]


def test_status_filter(runner: CliRunner) -> None:
    """--status conflict keeps only conflicts."""
    args = ["facts", SEEDS, "--format", "json", "--status", "conflict"]
    result = runner.invoke(app, args, catch_exceptions=False)
    assert result.exit_code == 0
    facts = json.loads(result.stdout)["facts"]
    assert facts and {f["status"] for f in facts} == {"conflict"}
    assert facts[0]["difference"] == pytest.approx(0.0909, abs=1e-4)


def test_status_repeatable(runner: CliRunner) -> None:
    args = ["facts", SEEDS, "-f", "json", "-s", "conflict", "-s", "agree"]
    facts = json.loads(runner.invoke(app, args).stdout)["facts"]
    assert {f["status"] for f in facts} == {"conflict", "agree"}


def test_terminal_view_plain(runner: CliRunner) -> None:
    """The plain view marks figures and shows conflicts before agreements."""
    result = runner.invoke(app, ["facts", SEEDS, "--no-color"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "»£4bn«" in result.stdout
    assert result.stdout.index("✗ conflict") < result.stdout.index("= agree")


def test_labels_from_config(runner: CliRunner, tmp_path: Path) -> None:
    """With no paths the config's corpus and labels are used."""
    config = tmp_path / "config.yaml"
    config.write_text(
        f"corpus: ['{SEEDS}/*.txt']\nlabels:\n  001_68a864a3ec0d8669: Outlet One\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["facts", "--config", str(config), "-f", "json"])
    assert result.exit_code == 0, result.output
    labels = {a["id"]: a["outlet"] for a in json.loads(result.stdout)["articles"]}
    assert labels["001_68a864a3ec0d8669"] == "Outlet One"


def test_missing_path_exits_2_with_one_line(runner: CliRunner) -> None:
    result = runner.invoke(app, ["facts", "no/such/file.txt"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("qdiff: error: no readable article")
    assert "no/such/file.txt: no such file or folder" in result.stderr


def test_bad_status_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["facts", SEEDS, "--status", "maybe"])
    assert result.exit_code == 2


def test_one_fact_is_not_one_facts(runner: CliRunner, tmp_path: Path) -> None:
    article = tmp_path / "one.txt"
    article.write_text("The council said 40 homes were flooded.\n", encoding="utf-8")
    result = runner.invoke(app, ["facts", str(article), "--no-color"], catch_exceptions=False)
    assert "1 article, 1 fact:" in result.stdout
