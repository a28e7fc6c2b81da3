"""Shared fixtures: the seed corpus, its config, and the compare report on it; a synthetic
corpus of 400 outlets for the views at scale."""

from __future__ import annotations

import random
import re
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
SYNTHETIC_OUTLETS = 400


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


# A synthetic corpus of many outlets, built from the seed letter's sentences, for views at scale:
# each outlet quotes a few of the letter's sentences (some word for word, some with a word
# changed, some cut short) and gives a figure; a fixed random seed makes it the same every run.

LETTER = ROOT / "seeds" / "001_68a864a3ec0d8669.txt"
LETTER_STARTS_AFTER = "resignation letter in full:"
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_FIGURES = ("£4bn", "£4bn", "£4bn", "£4.4bn", "about £4 billion")


def letter_sentences() -> list[str]:
    text = LETTER.read_text(encoding="utf-8").split(LETTER_STARTS_AFTER, 1)[1]
    sentences = [s.strip() for s in _SENTENCE.split(" ".join(text.split()))]
    return [s for s in sentences if len(s.split()) >= 8 and '"' not in s]


def _variant(sentence: str, rng: random.Random) -> str:
    words = sentence.split()
    roll = rng.random()
    if roll < 0.2:
        n = rng.randrange(2, len(words) - 2)
        words[n] = {"the": "a", "a": "the"}.get(words[n], "really " + words[n])
    elif roll < 0.35:
        words = words[: max(7, len(words) * 2 // 3)]
    return " ".join(words)


def write_synthetic_corpus(folder: Path, outlets: int, seed: int = 11) -> Path:
    """Write a reference and `outlets` articles into folder, with a config.yaml; return it."""
    rng = random.Random(seed)
    sentences = letter_sentences()
    folder.mkdir(parents=True, exist_ok=True)
    reference = folder / "letter.txt"
    reference.write_text(f"The letter in full:\n{' '.join(sentences)}\n", encoding="utf-8")
    for n in range(outlets):
        chosen = rng.sample(sentences, k=min(len(sentences), rng.randrange(2, 5)))
        figure = rng.choice(_FIGURES)
        lines = [f"Outlet {n} reports that the minister has resigned over cuts of {figure}."]
        lines += [f'"{_variant(s, rng).rstrip(".")}," he wrote.' for s in chosen]
        (folder / f"outlet-{n:03d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    config = folder / "config.yaml"
    config.write_text(
        "corpus:\n  - '*.txt'\nreference:\n  path: letter.txt\n  after: 'The letter in full:'\n",
        encoding="utf-8",
    )
    return config


@pytest.fixture(scope="session")
def synthetic_config(tmp_path_factory: pytest.TempPathFactory) -> Config:
    """The letter and SYNTHETIC_OUTLETS outlets quoting it, written in tmp, and their config."""
    folder = tmp_path_factory.mktemp("outlets")
    return load_config(write_synthetic_corpus(folder, SYNTHETIC_OUTLETS))


@pytest.fixture(scope="session")
def synthetic_corpus(synthetic_config: Config) -> Corpus:
    config = synthetic_config
    return load_corpus(expand_paths(config.corpus, config.base_dir), config.labels)


@pytest.fixture(scope="session")
def synthetic_report(synthetic_config: Config, synthetic_corpus: Corpus) -> Report:
    return compare(synthetic_config, synthetic_corpus)


settings.register_profile("qdiff", deadline=None)
settings.load_profile("qdiff")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--regold", action="store_true", help="rewrite tests/golden/ from the current output"
    )
