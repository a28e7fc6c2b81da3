"""First names and the gender they are usually given to, from the gender-guesser package: Jörg
Michael's dictionary of about 40,000 first names across European, Asian and other name cultures,
each marked male, female, mostly one of those, or androgynous.

The dictionary also lists words that are first names somewhere but ordinary words here (`the`,
`he`, `London`, `General`): a word qdiff's lexicon already knows as a title, a place or a common
word is never a first name. A name printed without its accents (`Celine`, `Jose`) is the
dictionary's accented one (`Céline`, `José`) when only one gender's names fold to it.
"""

from __future__ import annotations

from functools import cache

import gender_guesser.detector

from qdiff.lexicon import GIVEN_NAME_ORG_WORDS, ORG_WORDS, PLACE_WORDS, STOP_WORDS, TITLE_WORDS
from qdiff.text import fold

_GENDER = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}
_NOT_NAMES = STOP_WORDS | TITLE_WORDS | (ORG_WORDS - GIVEN_NAME_ORG_WORDS) | PLACE_WORDS


@cache
def _detector() -> gender_guesser.detector.Detector:
    return gender_guesser.detector.Detector(case_sensitive=False)


@cache
def _unaccented() -> dict[str, str]:
    """The gender of each accented first name, by its accent-free spelling; a spelling that
    names of different genders fold to is left out."""
    detector = _detector()
    genders: dict[str, set[str]] = {}
    for name in detector.names:
        if not name.isascii():
            genders.setdefault(fold(name), set()).add(str(detector.get_gender(name)))
    return {plain: g.pop() for plain, g in genders.items() if len(g) == 1}


@cache
def _listed(word: str) -> str:
    folded = word.casefold()
    if folded in _NOT_NAMES:
        return "unknown"
    gender = str(_detector().get_gender(folded))
    if gender == "unknown" and folded.isascii():
        return _unaccented().get(folded, "unknown")
    return gender


def is_first_name(word: str) -> bool:
    """A word the dictionary lists as somebody's first name (`Boris`, `Jacinda`, `Sajid`)."""
    return _listed(word) != "unknown"


def first_name_gender(word: str) -> str | None:
    """'m' or 'f' for a first name usually given to one gender; None for any other word."""
    return _GENDER.get(_listed(word))
