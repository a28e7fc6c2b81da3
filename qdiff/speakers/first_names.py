"""First names and the gender they are usually given to, from the gender-guesser package: Jörg
Michael's dictionary of about 40,000 first names across European, Asian and other name cultures,
each marked male, female, mostly one of those, or androgynous.

The dictionary also lists words that are first names somewhere but ordinary words here (`the`,
`he`, `London`, `General`): a word qdiff's lexicon already knows as a title, a place or a common
word is never a first name.
"""

from __future__ import annotations

from functools import cache

import gender_guesser.detector

from qdiff.lexicon import ORG_WORDS, PLACE_WORDS, STOP_WORDS, TITLE_WORDS

_GENDER = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}
_NOT_NAMES = STOP_WORDS | TITLE_WORDS | ORG_WORDS | PLACE_WORDS


@cache
def _detector() -> gender_guesser.detector.Detector:
    return gender_guesser.detector.Detector(case_sensitive=False)


@cache
def _listed(word: str) -> str:
    folded = word.casefold()
    return "unknown" if folded in _NOT_NAMES else str(_detector().get_gender(folded))


def is_first_name(word: str) -> bool:
    """A word the dictionary lists as somebody's first name (`Boris`, `Jacinda`, `Sajid`)."""
    return _listed(word) != "unknown"


def first_name_gender(word: str) -> str | None:
    """'m' or 'f' for a first name usually given to one gender; None for any other word."""
    return _GENDER.get(_listed(word))
