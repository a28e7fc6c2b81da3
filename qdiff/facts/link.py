"""Whether two figures of different articles may quantify one thing, and how strongly their
words and values say so: the unit they must share (the blocking key), their compatibility, and
the link score the clustering in group.py ranks links by."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rapidfuzz import fuzz

from qdiff.facts.context import stem
from qdiff.facts.interval import date_fields, same_date
from qdiff.facts.model import Figure, FigureKind, Value
from qdiff.lexicon import FIGURE_NOUN_SYNONYMS, GENERIC_THING_NOUNS, PEOPLE_NOUNS

LINK_SCORE = 60.0
"""The score two figures of different articles need to be linked as one thing."""
SAME_VALUE_BONUS = 25.0
"""Given to figures whose values can both be right."""
CLOSE_VALUE_BONUS = 20.0
"""Given in full to nearly equal values, shrinking to nothing at CLOSE_DIFFERENCE."""
FAR_VALUE_PENALTY = 30.0
CLOSE_DIFFERENCE = 0.3
SMALL_COUNT = 10
"""Counts and ranks up to this differ by whole units: 2 against 3 is one person, not a third."""
_SMALL_NUMBERS = frozenset({FigureKind.COUNT, FigureKind.RANK})
"""Kinds whose small values differ by whole steps: the third marathon is one from the fourth."""
SAME_DIRECTION_BONUS = 10.0
SAME_SUBJECT_BONUS = 15.0
"""Given to figures whose own words name the same subject: two '22-page memorandum's."""
SUBJECT_WORDS = 3
"""How near a figure another's subject must stand to be its subject too."""
BARE_YEAR_SIMILARITY = 50.0
"""How alike the nearest words of two equal bare years must be for their value to count."""
YEAR_CONTEXT = 6
"""How many of its nearest words a bare year is compared by."""


def comparable(figure: Figure) -> str:
    """The unit two figures must share to be compared: the kind and the base unit; a count by
    its counted noun, a date of any precision as a date, a weekday only as a weekday."""
    if figure.kind is FigureKind.COUNT:
        return f"count:{noun_key(figure.unit)}"
    if figure.kind is FigureKind.DATE:
        return "weekday" if figure.unit == "weekday" else "date"
    return f"{figure.kind.value}:{figure.base_unit}"


def noun_key(unit: str) -> str:
    """The form two counted nouns are compared by: 'fire-fighters' is 'firefighter', 'houses'
    is 'home', and every word for people ('jobs', 'staff', 'employees') is 'people'."""
    if unit in PEOPLE_NOUNS:
        return "people"
    key = stem(unit.replace("-", ""))
    return FIGURE_NOUN_SYNONYMS.get(key, key)


def fold_compounds(figures: Sequence[Figure]) -> list[Figure]:
    """A count of 'fire fighters' counts the 'firefighters' another figure counts: where the
    corpus spells a noun closed, its open spelling takes that unit."""
    closed = {noun_key(f.unit): f.unit for f in figures if f.kind is FigureKind.COUNT}
    folded = []
    for figure in figures:
        words = figure.text.split()
        if figure.kind is FigureKind.COUNT and len(words) > 2 and figure.unit not in PEOPLE_NOUNS:
            key = noun_key(words[-2].casefold() + figure.unit)
            if key in closed and key != noun_key(figure.unit):
                figure = replace(figure, unit=closed[key])
        folded.append(figure)
    return folded


def name_generic_counts(figures: Sequence[Figure]) -> list[Figure]:
    """A count of 'machines' or 'products' counts what another outlet names for the same
    number ('125,000 Tread+ machines', '125,000 treadmills'): where the corpus counts the
    same value of one specific thing, the generic count takes its noun; two generic counts
    count 'things' alike."""
    specific: dict[Value, set[str]] = {}
    for figure in figures:
        generic = _counts_generic(figure) or noun_key(figure.unit) == "people"
        if figure.kind is FigureKind.COUNT and not generic:
            specific.setdefault(figure.value, set()).add(figure.unit)
    named = []
    for figure in figures:
        if figure.kind is FigureKind.COUNT and _counts_generic(figure):
            units = specific.get(figure.value, set())
            unit = next(iter(units)) if len(units) == 1 else GENERIC_THING
            figure = replace(figure, unit=unit)
        named.append(figure)
    return named


GENERIC_THING = "things"
"""The unit of a count whose noun says only that it counts things."""


def _counts_generic(figure: Figure) -> bool:
    return figure.unit in GENERIC_THING_NOUNS or figure.unit == GENERIC_THING


def compatible(a: Figure, b: Figure) -> bool:
    """Could a and b quantify the same thing? Same kind and unit, not opposite directions,
    the same subject where both name theirs (fees are not the costs they are part of), the
    same weekday, and not two figures of one sentence (a sentence that gives two figures
    means two things, unless one restates the other in brackets)."""
    return comparable(a) == comparable(b) and may_be_one(a, b)


def may_be_one(a: Figure, b: Figure) -> bool:
    """compatible, for two figures already known to share their comparable unit."""
    if a.direction and b.direction and a.direction is not b.direction:
        return False
    if a.subject and b.subject and not _same_subject(a, b):
        return False
    if a.unit == "weekday" and a.value != b.value:
        return False
    same_sentence = a.article_id == b.article_id and a.sentence == b.sentence
    return not same_sentence or a.converts or b.converts


def similarity(a: Figure, b: Figure) -> float:
    """How alike the words around two figures are, 0 to 100. Bare years are compared by
    their nearest words only: one story dates many things to the same year."""
    if is_bare_year(a) or is_bare_year(b):
        near_a, near_b = a.context[:YEAR_CONTEXT], b.context[:YEAR_CONTEXT]
        return fuzz.token_set_ratio(" ".join(near_a), " ".join(near_b))
    return fuzz.token_set_ratio(" ".join(a.context), " ".join(b.context))


def _same_subject(a: Figure, b: Figure) -> bool:
    """Do two figures measure the same subject? The same noun, or, but for money, a noun
    standing right by the other figure: a '22-page memorandum opinion' is the '22-page
    memorandum'. An amount's subject is strict: '$865,000 in fees' is a part of, not the same
    as, '$973,000 in costs'."""
    assert a.subject is not None and b.subject is not None
    if noun_key(a.subject) == noun_key(b.subject):
        return True
    if a.kind is FigureKind.MONEY:
        return False
    return (
        stem(a.subject) in b.context[:SUBJECT_WORDS] or stem(b.subject) in a.context[:SUBJECT_WORDS]
    )


def can_both_be_right(a: Figure, b: Figure) -> bool:
    """Do the values allow a common reading, after rounding and hedges?"""
    if a.hedged is not None and b.hedged is not None:
        return a.hedged.overlaps(b.hedged)
    return same_date(a.value, b.value)


def link_score(a: Figure, b: Figure) -> float:
    """Context similarity, raised for values that can both be right or are close and for
    the same direction, lowered for values far apart: the number alone never links two
    figures. A bare year ('in 2019') dates many things in one story, so only the words
    around it count, and two different bare years are two things: the few words a year is
    compared by cannot tell a disagreement from two events ('since 2020', 'enacted in 2018')."""
    score = similarity(a, b)
    if is_bare_year(a) and is_bare_year(b):
        if a.value != b.value:
            return score - FAR_VALUE_PENALTY
        return score + SAME_VALUE_BONUS if score >= BARE_YEAR_SIMILARITY else score
    if can_both_be_right(a, b):
        score += SAME_VALUE_BONUS
    else:
        gap = _gap(a, b)
        if gap is not None and gap < CLOSE_DIFFERENCE:
            score += CLOSE_VALUE_BONUS * (1 - gap / CLOSE_DIFFERENCE)
        else:
            score -= FAR_VALUE_PENALTY
    if a.direction is not None and a.direction is b.direction:
        score += SAME_DIRECTION_BONUS
    if a.subject and a.subject == b.subject:
        score += SAME_SUBJECT_BONUS
    return score


def _gap(a: Figure, b: Figure) -> float | None:
    """How far apart two values are for linking, between the middles of their intervals.
    Small counts are measured against SMALL_COUNT, so 'two taken to hospital' stays close to
    'three'."""
    if a.kind is FigureKind.DATE and b.kind is FigureKind.DATE:
        return _date_gap(a.value, b.value)
    if a.written is None or b.written is None:
        return None
    va, vb = (a.written.low + a.written.high) / 2, (b.written.low + b.written.high) / 2
    floor = SMALL_COUNT if a.kind in _SMALL_NUMBERS else 0
    largest = max(abs(va), abs(vb), floor)
    return abs(va - vb) / largest if largest else 0.0


MONTH_DAYS = 30
"""The distance two dates are measured by: 'April 14' and 'April 16' are a fifteenth of it
apart, close enough to be one date misreported; 'April' and 'May' touch."""


def _date_gap(a: Value, b: Value) -> float | None:
    """How far apart two dates of one year are, in months, between the days each allows (a
    bare month allows all of its days); None when they give different years or no month."""
    fields_a, fields_b = date_fields(a), date_fields(b)
    if fields_a is None or fields_b is None or not fields_a[1] or not fields_b[1]:
        return None
    if fields_a[0] and fields_b[0] and fields_a[0] != fields_b[0]:
        return None
    (low_a, high_a), (low_b, high_b) = _days(fields_a), _days(fields_b)
    return max(0, low_a - high_b, low_b - high_a) / MONTH_DAYS


def _days(fields: tuple[str | None, str | None, str | None]) -> tuple[int, int]:
    """The first and last day of the year a date allows, months counted as MONTH_DAYS long."""
    start = (int(fields[1] or 1) - 1) * MONTH_DAYS
    if fields[2]:
        return start + int(fields[2]), start + int(fields[2])
    return start + 1, start + MONTH_DAYS


def is_bare_year(figure: Figure) -> bool:
    return figure.kind is FigureKind.DATE and figure.unit == "year"
