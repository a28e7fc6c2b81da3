"""Reject, in compiled code, the articles that share no seed with any passage.

Every seed (a word trigram of a passage) that an article holds leaves, in the article's
`search_form`, the longest run of its keys that `search_form` keeps intact. An Aho-Corasick
automaton over those runs scans each article in one pass; an article where none occurs holds no
seed, so the find stage would find nothing in it, and it is never tokenised.
"""

from __future__ import annotations

from collections.abc import Iterable

import ahocorasick

from qdiff.compare.reference import PassageIndex
from qdiff.text import PLAIN_KEY, search_form


class Prefilter:
    """`may_render(text)`: whether an article could hold a rendering of the index's passages."""

    def __init__(self, index: PassageIndex) -> None:
        runs = {_longest_plain_run(seed) for seed in index.seeds}
        self._automaton: ahocorasick.Automaton | None = None
        if runs and "" not in runs:  # a seed of no plain key at all: nothing to scan for
            automaton = ahocorasick.Automaton()
            for run in runs:
                automaton.add_word(run, None)
            automaton.make_automaton()
            self._automaton = automaton
        self.patterns = len(runs)

    @property
    def active(self) -> bool:
        """False when some seed has no key to scan for: then every article is a candidate."""
        return self._automaton is not None

    def may_render(self, text: str) -> bool:
        if self._automaton is None:
            return True
        return any(True for _ in self._automaton.iter(search_form(text)))


def _longest_plain_run(keys: Iterable[str]) -> str:
    """The longest run of consecutive plain keys, joined by spaces ('' when none is plain)."""
    best: list[str] = []
    run: list[str] = []
    for key in keys:
        run = [*run, key] if PLAIN_KEY.fullmatch(key) else []
        if len(" ".join(run)) > len(" ".join(best)):
            best = run
    return " ".join(best)
