"""`--format html` through the CLI: to stdout and to a file, on the seeds and on 400 outlets."""

from __future__ import annotations

from pathlib import Path

import pytest
from html_page import Element, parse
from many_outlets import write_corpus
from typer.testing import CliRunner, Result

from qdiff.cli import app

ROOT = Path(__file__).resolve().parent.parent
OUTLETS = 400


def run(*args: str) -> Result:
    return CliRunner().invoke(app, list(args), catch_exceptions=False, env={"COLUMNS": "200"})


@pytest.mark.parametrize("command", ["compare", "facts", "quotes"])
def test_html_to_stdout_and_to_a_file(command: str, tmp_path: Path) -> None:
    config = str(ROOT / "config.yaml")
    shown = run(command, "-c", config, "--format", "html")
    assert shown.exit_code == 0, shown.stderr
    assert shown.stdout.startswith("<!DOCTYPE html>\n") and shown.stdout.endswith("</html>\n")
    target = tmp_path / f"{command}.html"
    written = run(command, "-c", config, "-f", "html", "-o", str(target))
    assert written.exit_code == 0 and written.stdout == ""
    assert target.read_text(encoding="utf-8") == shown.stdout
    assert "terminal|json|html" in run(command, "--help").stdout


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Element]:
    """compare, facts and quotes of a corpus of 400 outlets, each written to a file."""
    folder = tmp_path_factory.mktemp("many")
    config = str(write_corpus(folder, OUTLETS))
    pages = {}
    for command in ("compare", "facts", "quotes"):
        target = folder / f"{command}.html"
        result = run(command, "-c", config, "-f", "html", "-o", str(target))
        assert result.exit_code == 0, result.stderr
        page = target.read_text(encoding="utf-8")
        assert len(page) < 2_000_000, f"{command}: {len(page)} characters"
        pages[command] = parse(page)
    return pages


LABELS = [f"outlet-{n:03d}" for n in range(OUTLETS)]


def table_outlets(page: Element, cls: str) -> list[str]:
    body = page.find_all("table", cls)[0].find_all("tbody")[0]
    return [row.find_all("td")[0].text for row in body.find_all("tr")]


def test_compare_at_400_outlets_is_a_table_not_a_grid(many: dict[str, Element]) -> None:
    page = many["compare"]
    assert not page.find_all("table", "grid")
    assert set(LABELS) <= set(table_outlets(page, "outlets-table"))
    shown = {e.find_all("strong")[0].text for e in page.find_all("article", "rendering")}
    folded = {li.find_all("strong")[0].text for li in page.find_all("li")}
    assert shown | folded >= set(LABELS)  # every outlet's renderings, in full or listed
    assert len(page.find_all("article", "rendering")) < OUTLETS  # only the changed in full
    assert len(page.find_all("section", "passage")) == 3


def test_facts_at_400_outlets(many: dict[str, Element]) -> None:
    page = many["facts"]
    assert not page.find_all("table", "grid")
    assert set(table_outlets(page, "outlets-table")) == set(LABELS)
    conflict = page.find_all("section", "fact")[0]
    assert "✗ conflict" in conflict.text
    assert {
        row.find_all("strong")[0].text for row in conflict.find_all("tbody")[0].find_all("tr")
    } == set(LABELS)


def test_quotes_at_400_outlets(many: dict[str, Element]) -> None:
    page = many["quotes"]
    assert table_outlets(page, "articles-table") == LABELS
    sections = page.find_all("section", "passage")
    assert len(sections) == OUTLETS
    assert all(len(s.find_all("tbody")[0].find_all("tr")) == 3 for s in sections)
