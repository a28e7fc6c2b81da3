"""`qdiff facts`: the figures of each article, grouped across articles by what they quantify."""

from __future__ import annotations

from qdiff.facts.extract import extract_figures
from qdiff.facts.group import group_figures
from qdiff.facts.model import (
    Direction,
    FactGroup,
    FactsReport,
    FactStatus,
    Figure,
    FigureKind,
)
from qdiff.model import Corpus

__all__ = [
    "Direction",
    "FactGroup",
    "FactStatus",
    "FactsReport",
    "Figure",
    "FigureKind",
    "extract_figures",
    "find_facts",
    "group_figures",
]


def find_facts(corpus: Corpus) -> FactsReport:
    """Extract every article's figures and group them: the one value facts renderers format."""
    figures = [figure for article in corpus.articles for figure in extract_figures(article)]
    groups = group_figures(figures, corpus.articles)
    return FactsReport(articles=corpus.articles, groups=groups, skipped=corpus.skipped)
