"""What a figure can mean, and whether the outlets' figures can all be right.

Each numeric figure stands for an interval: the range it states, widened to the precision its
digits are written to (`5.6 million` is 5.55 to 5.65 million) and then by its hedge (`nearly`,
`more than`). Figures whose intervals overlap agree (`rounded` or `hedged` when that is why);
only disjoint intervals conflict.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from qdiff.facts.model import FactStatus, Figure, Interval, Side, Value
from qdiff.lexicon import ABOVE_HEDGES, APPROXIMATE_HEDGES, BELOW_HEDGES, NEARLY_HEDGES

APPROXIMATE_SHARE = 0.1
"""How far `about 12,000` may be from 12,000, as a share of it."""
NEARLY_SHARE = 0.1
"""How far under `nearly 20` may be."""
BELOW_SHARE = 0.5
"""How far under `fewer than 10` may be."""
ABOVE_SHARE = 0.5
"""How far over `more than 70` may be: an open bound, but not without end."""
TIME_OF_DAY_SIZE = 150.0
"""The size, in minutes, hedges widen a time of day by: `around 6:46 a.m.` is ±15 minutes."""


def written_interval(
    value: float, upper: float | None, precision: float, convert: Callable[[float], float]
) -> Interval:
    """The values the digits can stand for, in the base unit."""
    top = value if upper is None else upper
    low, high = convert(value - precision), convert(top + precision)
    return Interval(min(low, high), max(low, high))


def hedged_interval(written: Interval, hedge: str | None, size: float | None = None) -> Interval:
    """written, widened the way its hedge widens it, by shares of size (by default the
    figure's own size; a time of day is widened by shares of a few hours, not of midnight)."""
    low, high = written.low, written.high
    size = max(abs(low), abs(high)) if size is None else size
    if hedge in APPROXIMATE_HEDGES:
        return Interval(low - APPROXIMATE_SHARE * size, high + APPROXIMATE_SHARE * size)
    if hedge in NEARLY_HEDGES:
        return Interval(low - NEARLY_SHARE * size, high)
    if hedge in BELOW_HEDGES:
        return Interval(low - BELOW_SHARE * size, high)
    if hedge in ABOVE_HEDGES:
        return Interval(low, high + ABOVE_SHARE * size)
    return written


def judge(figures: Sequence[Figure]) -> tuple[FactStatus, tuple[Side, ...]]:
    """The status of figures of two or more articles about one thing, and for a conflict the
    sides that cannot both be right."""
    if all(f.written is not None and f.hedged is not None for f in figures):
        return _judge_numbers(figures)
    return _judge_values(figures)


def _judge_numbers(figures: Sequence[Figure]) -> tuple[FactStatus, tuple[Side, ...]]:
    exact = {_middle(f) for f in figures}
    if len(exact) == 1:
        return FactStatus.AGREE, ()
    written = [f.written for f in figures if f.written is not None]
    if _pairwise(written, Interval.overlaps):
        return FactStatus.ROUNDED, ()
    hedged = [f.hedged for f in figures if f.hedged is not None]
    if _pairwise(hedged, Interval.overlaps):
        return FactStatus.HEDGED, ()
    return FactStatus.CONFLICT, _interval_sides(figures)


def _middle(figure: Figure) -> float:
    """The value a figure's digits state, in the base unit, to nine significant figures: the
    same for '£100 a week' and '£5,200 a year', for '($1.13)' and '$1.13'."""
    assert figure.written is not None
    middle = (figure.written.low + figure.written.high) / 2
    return float(f"{middle:.9g}")


def _interval_sides(figures: Sequence[Figure]) -> tuple[Side, ...]:
    """Figures in order of their lowest value, a new side wherever a figure shares no value
    with everything on the current side: as few sides as the intervals allow."""
    sides: list[tuple[Interval, list[Figure]]] = []
    for figure in sorted(figures, key=lambda f: (_hedged(f).low, _hedged(f).high)):
        interval = _hedged(figure)
        if sides and sides[-1][0].overlaps(interval):
            common, members = sides[-1]
            low, high = max(common.low, interval.low), min(common.high, interval.high)
            sides[-1] = (Interval(low, high), [*members, figure])
        else:
            sides.append((interval, [figure]))
    return tuple(Side(interval, tuple(members)) for interval, members in sides)


def _hedged(figure: Figure) -> Interval:
    assert figure.hedged is not None
    return figure.hedged


def _judge_values(figures: Sequence[Figure]) -> tuple[FactStatus, tuple[Side, ...]]:
    """Dates and spans: equal, or one the less precise form of another ('2015' and 'October
    2015'), or in conflict."""
    values = [f.value for f in figures]
    if len(set(values)) == 1:
        return FactStatus.AGREE, ()
    if _pairwise(values, dates_agree):
        return FactStatus.ROUNDED, ()
    sides: list[list[Figure]] = []
    for figure in figures:
        side = next((s for s in sides if all(dates_agree(figure.value, o.value) for o in s)), None)
        if side is None:
            sides.append([figure])
        else:
            side.append(figure)
    return FactStatus.CONFLICT, tuple(Side(None, tuple(s)) for s in sides)


_DATE = re.compile(r"(?P<year>\d{4}|-)?-(?P<month>\d\d)?(?:-(?P<day>\d\d))?")


def dates_agree(a: Value, b: Value) -> bool:
    """Can both be right of one date? '2015' and '2015-10' can, and so can '2023' and
    'February 7'; '--04-14' and '--04-16' cannot."""
    pairs = _shared_fields(a, b)
    return pairs is not None and all(x == y for x, y in pairs)


def same_date(a: Value, b: Value) -> bool:
    """Do two dates say the same by a field they both give? 'November' and '2020' agree, but
    share nothing to be the same date by."""
    pairs = _shared_fields(a, b)
    return bool(pairs) and all(x == y for x, y in pairs or ())


def _shared_fields(a: Value, b: Value) -> list[tuple[str, str]] | None:
    if a == b:
        return [(str(a), str(b))]
    fields_a, fields_b = date_fields(a), date_fields(b)
    if fields_a is None or fields_b is None:
        return None
    return [(x, y) for x, y in zip(fields_a, fields_b, strict=True) if x and y]


def date_fields(value: Value) -> tuple[str | None, str | None, str | None] | None:
    """(year, month, day) of an ISO 8601 date or part-date, None where it leaves one out."""
    text = str(value)
    if re.fullmatch(r"\d{4}", text):
        return text, None, None
    match = _DATE.fullmatch(text)
    if match is None:
        return None
    year = match["year"] if match["year"] not in (None, "-") else None
    return year, match["month"], match["day"]


T = TypeVar("T")


def _pairwise(items: Sequence[T], agree: Callable[[T, T], bool]) -> bool:
    return all(agree(a, b) for i, a in enumerate(items) for b in items[i + 1 :])
