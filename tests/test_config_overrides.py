"""Config.with_overrides: the command line's choices on top of the file's, a flag beating it."""

from __future__ import annotations

from pathlib import Path

import pytest

from qdiff.config import Config, ReferenceConfig
from qdiff.model import Unit

CONFIGURED = Config(
    corpus=("news/*.txt",),
    reference=ReferenceConfig(Path("/data/letter.txt"), after="Dear PM", before="Yours"),
    unit=Unit.SENTENCE,
    min_words=6,
    base_dir=Path("/data"),
)


def test_nothing_given_keeps_the_config() -> None:
    assert CONFIGURED.with_overrides() == CONFIGURED
    assert CONFIGURED.with_overrides(paths=[]) == CONFIGURED


def test_paths_replace_the_corpus_from_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    config = CONFIGURED.with_overrides(paths=["a.txt", "more/"])
    assert (config.corpus, config.base_dir) == (("a.txt", "more/"), tmp_path)


def test_a_reference_replaces_the_configured_one_with_its_own_markers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    config = CONFIGURED.with_overrides(reference=Path("source.txt"), reference_after="Text:")
    assert config.reference == ReferenceConfig(tmp_path / "source.txt", "Text:", None)


def test_markers_alone_move_the_configured_reference() -> None:
    config = CONFIGURED.with_overrides(reference_before="PS")
    assert config.reference == ReferenceConfig(Path("/data/letter.txt"), "Dear PM", "PS")


def test_markers_without_any_reference_change_nothing() -> None:
    bare = Config()
    assert bare.with_overrides(reference_after="Text:") == bare


def test_no_reference_drops_it_even_when_one_is_given() -> None:
    config = CONFIGURED.with_overrides(reference=Path("/x.txt"), no_reference=True)
    assert config.reference is None


def test_unit_and_min_words() -> None:
    config = CONFIGURED.with_overrides(unit=Unit.PARAGRAPH, min_words=3)
    assert (config.unit, config.min_words) == (Unit.PARAGRAPH, 3)
    assert config.corpus == CONFIGURED.corpus
