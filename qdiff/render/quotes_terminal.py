"""QuoteListing -> rich renderables: one table per article (label, line:col, speaker, text)."""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from qdiff.model import Article
from qdiff.quotes.listing import QuoteListing, SpokenQuote
from qdiff.render.interface import Display
from qdiff.text import counted

UNKNOWN = "(unknown)"
SEGMENT_BREAK = " / "
"""Printed between the stretches of an interrupted or multi-paragraph quotation."""


def render_quotes(listing: QuoteListing, display: Display) -> RenderableType:
    """The whole `qdiff quotes` view."""
    plain = display.plain
    parts: list[RenderableType] = []
    for article in listing.articles:
        parts.append(_heading(article, listing, plain))
        quotes = listing.quotes_of(article.id)
        if quotes:
            parts.append(_table(quotes, article.text, plain))
        else:
            parts.append(Text(f"  no quotation of {listing.min_words} words or more\n"))
    return Group(*parts)


def _heading(article: Article, listing: QuoteListing, plain: bool) -> Text:
    count = len(listing.quotes_of(article.id))
    heading = Text(article.label, style="" if plain else "bold")
    heading.append(f"  {article.path}  ({counted(count, 'quotation')})")
    return heading


def _table(quotes: tuple[SpokenQuote, ...], text: str, plain: bool) -> Table:
    table = Table(box=box.SIMPLE_HEAD, expand=True, show_edge=False, pad_edge=False)
    table.add_column("line:col", no_wrap=True, justify="right")
    table.add_column("speaker", max_width=22, overflow="fold")
    table.add_column("quotation", ratio=1, overflow="fold")
    for quote in quotes:
        table.add_row(
            f"{quote.line}:{quote.column}",
            _speaker_cell(quote.speaker, plain),
            _quotation(quote, text),
        )
    return table


def _speaker_cell(speaker: str | None, plain: bool) -> Text:
    if speaker is None:
        return Text(UNKNOWN, style="" if plain else "dim italic")
    return Text(speaker, style="" if plain else "cyan")


def _quotation(quote: SpokenQuote, text: str) -> Text:
    pieces = (" ".join(text[s.start : s.end].split()) for s in quote.segments)
    return Text(SEGMENT_BREAK.join(pieces))
