"""Who outlets say spoke a passage, when they disagree: a speaker conflict.

Each article names its speakers in its own forms (`Klopp`, `Jurgen Klopp`, `Mr Klopp`); across
articles two names are taken for one person unless they share no name word (titles, honorifics
and initials left out) and neither is the other's initials (`CPSC`). That is generous on
purpose: `Will Smith` and `Jada Pinkett Smith` may be two people, but a conflict qdiff reports
must be one, so names sharing a word never make one. A speaker nobody names (`null`) is no
conflict: only two named, different people are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from qdiff.lexicon import HONORIFICS, STOP_WORDS, TITLE_WORDS
from qdiff.model import Finding, Passage, SpeakerCredit
from qdiff.text import word_keys

_POSSESSIVE = re.compile(r"['’]s\b")


def name_words(name: str) -> frozenset[str]:
    """The words that identify a person in a printed name: `Mr Jurgen Klopp` -> jurgen, klopp."""
    return frozenset(
        w
        for w in word_keys(_POSSESSIVE.sub("", name))
        if len(w) > 1 and w not in HONORIFICS and w not in TITLE_WORDS and w not in STOP_WORDS
    )


def _initials(name: str) -> str:
    return "".join(w[0] for w in word_keys(name) if w not in STOP_WORDS and w[:1].isalpha())


def same_person(a: str, b: str) -> bool:
    """Two printed names may be one person (the rule above)."""
    words_a, words_b = name_words(a), name_words(b)
    if not words_a or not words_b or words_a & words_b:
        return True
    for short, long in ((words_a, b), (words_b, a)):
        if len(short) == 1 and len(next(iter(short))) >= 2 and next(iter(short)) == _initials(long):
            return True
    return False


def speaker_conflict(credits: Iterable[tuple[str, str | None]]) -> tuple[SpeakerCredit, ...]:
    """(article id, speaker) pairs -> one credit per person, when two or more different people
    are named; () when they agree, or name nobody."""
    people: list[list[tuple[str, str]]] = []
    for article, speaker in credits:
        if not speaker:
            continue
        matching = [p for p in people if any(same_person(speaker, s) for _, s in p)]
        merged = [(article, speaker)] + [c for p in matching for c in p]
        people = [p for p in people if all(p is not m for m in matching)] + [merged]
    if len(people) < 2:
        return ()
    result = []
    for person in people:
        name = max((s for _, s in person), key=len)
        articles = tuple(dict.fromkeys(sorted(a for a, _ in person)))
        result.append(SpeakerCredit(name, articles))
    return tuple(sorted(result, key=lambda c: c.articles))


def with_speaker_conflicts(
    passages: Sequence[Passage], findings: Sequence[Finding]
) -> tuple[Passage, ...]:
    """Each passage with the speakers its quoted renderings are credited to, where they differ."""
    credits: dict[str, list[tuple[str, str | None]]] = {}
    for finding in findings:
        rendering = finding.rendering
        if rendering.quoted:
            credits.setdefault(rendering.passage_id, []).append(
                (rendering.article_id, rendering.speaker)
            )
    return tuple(
        replace(p, speaker_conflict=speaker_conflict(credits.get(p.id, ()))) for p in passages
    )
