"""Shared fixtures: the seed corpus, its config, and the compare report on it."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import settings

from qdiff.config import Config, load_config
from qdiff.io.corpus import expand_paths, load_corpus
from qdiff.model import Corpus, Report
from qdiff.pipeline.compare import compare

ROOT = Path(__file__).resolve().parent.parent
GOLD_PATH = Path(__file__).resolve().parent / "gold" / "seeds.yaml"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def seed_config() -> Config:
    return load_config(ROOT / "config.yaml")


@pytest.fixture(scope="session")
def seed_corpus(seed_config: Config) -> Corpus:
    return load_corpus(expand_paths(seed_config.corpus, seed_config.base_dir), seed_config.labels)


@pytest.fixture(scope="session")
def seed_report(seed_config: Config, seed_corpus: Corpus) -> Report:
    return compare(seed_config, seed_corpus)


@pytest.fixture(scope="session")
def gold() -> dict:
    return yaml.safe_load(GOLD_PATH.read_text(encoding="utf-8"))


settings.register_profile("qdiff", deadline=None)
settings.load_profile("qdiff")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--regold", action="store_true", help="rewrite tests/golden/ from the current output"
    )
