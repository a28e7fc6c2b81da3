"""The values `qdiff facts` passes between its stages: figures, the groups they form, the report."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from qdiff.model import Article, Skipped, Span


class FigureKind(str, Enum):
    """What sort of quantity a figure is."""

    MONEY = "money"
    COUNT = "count"
    PERCENT = "percent"
    DATE = "date"
    AGE = "age"
    DURATION = "duration"
    RATE = "rate"
    MEASURE = "measure"
    TIME = "time"
    MULTIPLE = "multiple"
    """How many times another quantity: '13-fold', 'tripled', '25 times the minimum'."""
    RANK = "rank"
    """A place in an order: 'his third marathon', 'the 48th commissioner', 'world No 2'."""
    SCORE = "score"
    """The score of a game, winner first: 'lost 2-1 to Spain' is '2-1'."""
    """A place in an order: 'his third marathon', 'the 48th commissioner', 'world No 2'."""


class FactStatus(str, Enum):
    """How the outlets' figures for one thing compare; listed in the order views show them."""

    CONFLICT = "conflict"
    AGREE = "agree"
    ROUNDED = "rounded"
    """The values differ, but only as far as the precision they are written to."""
    HEDGED = "hedged"
    """The values differ, but the words qualifying them (`about`, `more than`) make room."""
    SINGLE = "single"


AGREEING = frozenset({FactStatus.AGREE, FactStatus.ROUNDED, FactStatus.HEDGED})
"""The statuses of outlets that give the same figure."""


class Direction(str, Enum):
    """Which way a figure moves what it is about: a cut is not a rise."""

    UP = "up"
    DOWN = "down"


TIME_OF_DAY = "minute of the day"
"""The unit of a time of day, whose value is minutes after midnight (' UTC' added for GMT)."""

Value = int | float | str
"""A number, or for dates and spans an ISO 8601 string ("--03-18", "2016-03", "2001/2003")."""


@dataclass(frozen=True, slots=True)
class Interval:
    """The values a figure can stand for, in its dimension's base unit; an open end is ±inf."""

    low: float
    high: float

    def overlaps(self, other: Interval) -> bool:
        """Do both hold a common value? Intervals that only touch do not (44 days is 43.5 to
        44.5, 45 days 44.5 to 45.5), unless one is a single exact value."""
        low, high = max(self.low, other.low), min(self.high, other.high)
        return low < high or (low == high and (self.is_point or other.is_point))

    @property
    def is_point(self) -> bool:
        return self.low == self.high


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure in one article, normalised to a value and a unit."""

    article_id: str
    span: Span
    text: str
    """Exactly article.text[span.start:span.end]."""
    kind: FigureKind
    value: Value
    unit: str
    """ISO 4217 code for money ("GBP"), "%", "year", "date", the counted noun ("people"), or
    "GBP/week" for a rate."""
    hedge: str | None
    """The words that qualify the figure ("around", "up to", "almost"), folded to lower case."""
    source: str | None
    """Who the sentence credits with the figure ("Institute for Fiscal Studies")."""
    direction: Direction | None
    sentence: Span
    context: tuple[str, ...]
    """Folded content words around the figure, nearest first: what the figure is about."""
    upper: int | float | None = None
    """The top of a range ('20-30 feet'); None for a single value."""
    written: Interval | None = None
    """The values the figure's digits can stand for, range and rounding included ('5.6 million'
    is 5.55 to 5.65 million), in base_unit; None for dates and spans."""
    hedged: Interval | None = None
    """written, widened by the hedge ('nearly $20m' is $18m to $20.5m)."""
    base_unit: str = ""
    """The unit written and hedged are in: the unit, or its dimension's base ('day', 'm')."""
    subject: str | None = None
    """The noun the figure measures where its own words name it ('sentence' in '30-year
    sentence', 'fees' in '$865,000 in fees'), folded."""
    converts: bool = False
    """The figure restates the one before it in another unit: '(£19m)' after '$27.2 million'."""


@dataclass(frozen=True, slots=True)
class Side:
    """One reading of a conflicting figure: the values it allows and the outlets that give it."""

    interval: Interval | None
    """The values every figure of the side allows, in the group's base unit; None for dates."""
    figures: tuple[Figure, ...]

    @property
    def article_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f.article_id for f in self.figures))


@dataclass(frozen=True, slots=True)
class FactGroup:
    """Figures of different articles that quantify the same thing."""

    id: str
    about: str
    kind: FigureKind
    status: FactStatus
    figures: tuple[Figure, ...]
    difference: float | None = None
    """For a numeric conflict, (max - min) / max of the values."""
    sides: tuple[Side, ...] = ()
    """For a conflict, the readings that cannot both be right, lowest first."""

    @property
    def article_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f.article_id for f in self.figures))


@dataclass(frozen=True, slots=True)
class FactsReport:
    """Everything `qdiff facts` found: the one value its renderers format."""

    articles: tuple[Article, ...]
    groups: tuple[FactGroup, ...]
    skipped: tuple[Skipped, ...] = ()

    def article(self, article_id: str) -> Article:
        for article in self.articles:
            if article.id == article_id:
                return article
        raise KeyError(article_id)

    def with_status(self, statuses: frozenset[FactStatus]) -> FactsReport:
        """The same report keeping only groups of the given statuses (all when empty)."""
        if not statuses:
            return self
        groups = tuple(g for g in self.groups if g.status in statuses)
        return FactsReport(self.articles, groups, self.skipped)
