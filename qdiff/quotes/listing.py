"""What `qdiff quotes` lists: every quotation of an article, where it stands, and its speaker."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from qdiff.model import Article, Quote, Span
from qdiff.quotes.extract import extract_quotes
from qdiff.speakers.attribute import attribute_speakers
from qdiff.text import line_col, tokenize, word_count


@dataclass(frozen=True, slots=True)
class SpokenQuote:
    """A quotation as `qdiff quotes` lists it."""

    article_id: str
    span: Span
    segments: tuple[Span, ...]
    line: int
    column: int
    text: str
    """Exactly article.text[span.start:span.end]."""
    words: int
    speaker: str | None


@dataclass(frozen=True, slots=True)
class QuoteListing:
    """Everything `qdiff quotes` shows: the articles, and their quotations in order."""

    articles: tuple[Article, ...]
    quotes: tuple[SpokenQuote, ...]
    min_words: int
    """The shortest quotation listed, in words."""

    def quotes_of(self, article_id: str) -> tuple[SpokenQuote, ...]:
        return tuple(q for q in self.quotes if q.article_id == article_id)


def list_quotes(articles: Iterable[Article], min_words: int) -> QuoteListing:
    """Every quotation of min_words words or more in each article, with its speaker."""
    kept = tuple(articles)
    rows: list[SpokenQuote] = []
    for article in kept:
        quotes = extract_quotes(article)
        speakers = attribute_speakers(article, quotes)
        for quote, speaker in zip(quotes, speakers, strict=True):
            words = quote_words(article.text, quote)
            if words >= min_words:
                rows.append(_spoken(article, quote, words, speaker))
    return QuoteListing(kept, tuple(rows), min_words)


def quote_words(text: str, quote: Quote) -> int:
    """The quotation's own words: its segments' tokens, editors' marks left out."""
    return sum(word_count(text, tokenize(text, seg.start, seg.end)) for seg in quote.segments)


def _spoken(article: Article, quote: Quote, words: int, speaker: str | None) -> SpokenQuote:
    line, column = line_col(article.text, quote.span.start)
    text = article.text[quote.span.start : quote.span.end]
    return SpokenQuote(article.id, quote.span, quote.segments, line, column, text, words, speaker)
