"""`qdiff init`: a config a new user can run `qdiff compare` with, written whole."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qdiff.cli import app
from qdiff.cli.init import find_articles, starter_config
from qdiff.config import load_config

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.fixture
def newsroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder outside the repository: the seeds under news/, a README beside them."""
    (tmp_path / "news").mkdir()
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, tmp_path / "news" / seed.name)
    (tmp_path / "README.md").write_text("notes on this folder\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_init_writes_a_config_compare_runs_with(newsroom: Path) -> None:
    result = invoke("init")
    assert result.exit_code == 0, result.output
    config = load_config(newsroom / "config.yaml")
    assert config.corpus == ("news/*.txt",)
    assert sorted(config.labels) == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert config.reference is None
    compared = invoke("compare", "--format", "json")
    assert compared.exit_code == 0, compared.output
    assert len(json.loads(compared.stdout)["articles"]) == 4


def test_init_never_replaces_a_config_unless_forced(newsroom: Path) -> None:
    (newsroom / "config.yaml").write_text("corpus: [mine/*.txt]\n")
    refused = invoke("init")
    assert refused.exit_code == 2
    assert "config.yaml exists; pass --force" in refused.output
    assert (newsroom / "config.yaml").read_text() == "corpus: [mine/*.txt]\n"
    assert invoke("init", "--force").exit_code == 0
    assert "news/*.txt" in (newsroom / "config.yaml").read_text()


def test_init_to_stdout_writes_no_file(newsroom: Path) -> None:
    result = invoke("init", "-o", "-")
    assert result.exit_code == 0
    assert "corpus:" in result.stdout
    assert not (newsroom / "config.yaml").exists()


def test_an_empty_folder_gets_a_placeholder_and_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke("init")
    assert result.exit_code == 0
    assert "no article files" in result.output
    assert load_config(tmp_path / "config.yaml").corpus == ("articles/*.txt",)


def test_not_a_folder_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = invoke("init", str(tmp_path / "missing"))
    assert result.exit_code == 2
    assert result.output.strip().startswith("qdiff: error: not a folder")


def test_globs_follow_folders_and_suffixes_and_names_are_quoted(tmp_path: Path) -> None:
    for name in ("a/1.txt", "a/2.txt", "b/x.md", 'odd "name".txt', ".hidden/h.txt", "LICENSE.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("text\n")
    articles = find_articles(tmp_path)
    assert [p.as_posix() for p in articles] == ["a/1.txt", "a/2.txt", "b/x.md", 'odd "name".txt']
    (tmp_path / "config.yaml").write_text(starter_config(articles))
    config = load_config(tmp_path / "config.yaml")
    assert config.corpus == ("a/*.txt", "*.txt", "b/*.md")
    assert config.labels['odd "name"'] == 'odd "name"'
