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


class FactStatus(str, Enum):
    """How the outlets' figures for one thing compare; listed in the order views show them."""

    CONFLICT = "conflict"
    AGREE = "agree"
    SINGLE = "single"


class Direction(str, Enum):
    """Which way a figure moves what it is about: a cut is not a rise."""

    UP = "up"
    DOWN = "down"


Value = int | float | str
"""A number, or for dates and spans an ISO 8601 string ("--03-18", "2016-03", "2001/2003")."""


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
