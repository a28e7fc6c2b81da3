"""A synthetic corpus of many outlets, built from the seed letter's sentences, for views at scale.

Each outlet quotes a few of the letter's sentences (some word for word, some with a word changed,
some cut short) and gives a figure; a fixed random seed makes the corpus the same every run.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
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


def write_corpus(folder: Path, outlets: int, seed: int = 11) -> Path:
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
