"""QuoteListing -> one self-contained HTML page: a sortable table of the articles, then each
article's quotations with where they stand and who said them."""

from __future__ import annotations

from dataclasses import dataclass

from qdiff.model import Article
from qdiff.quotes.listing import QuoteListing, SpokenQuote
from qdiff.render.interface import Display
from qdiff.render.page_html import anchors, render_page, text_of
from qdiff.text import counted


@dataclass(frozen=True, slots=True)
class QuoteView:
    line: int
    column: int
    start: int
    end: int
    speaker: str | None
    pieces: tuple[str, ...]
    """The quoted stretches (one, or the pieces of an interrupted or multi-paragraph
    quotation), white space folded."""
    words: int


@dataclass(frozen=True, slots=True)
class ArticleView:
    anchor: str
    outlet: str
    path: str
    text_of: str
    """What the lines count in, before the path ('' for a text file: the file)."""
    quotes: tuple[QuoteView, ...]
    named: int
    """Quotations whose speaker is known."""


def render_html(listing: QuoteListing, display: Display) -> str:
    """The whole `qdiff quotes` page."""
    ids = anchors((a.id for a in listing.articles), "article")
    articles = tuple(
        _article(listing, a, own) for a, own in zip(listing.articles, ids, strict=True)
    )
    return render_page(
        "quotes.html.j2",
        subtitle=f"{counted(len(articles), 'article')}, "
        f"{counted(len(listing.quotes), 'quotation')} of {listing.min_words} words or more",
        articles=articles,
        min_words=listing.min_words,
    )


def _article(listing: QuoteListing, article: Article, own: str) -> ArticleView:
    quotes = tuple(_quote(article.text, q) for q in listing.quotes_of(article.id))
    return ArticleView(
        anchor=own,
        outlet=article.label,
        path=article.path,
        text_of=text_of(article),
        quotes=quotes,
        named=sum(q.speaker is not None for q in quotes),
    )


def _quote(text: str, quote: SpokenQuote) -> QuoteView:
    return QuoteView(
        line=quote.line,
        column=quote.column,
        start=quote.span.start,
        end=quote.span.end,
        speaker=quote.speaker,
        pieces=tuple(" ".join(text[s.start : s.end].split()) for s in quote.segments),
        words=quote.words,
    )
