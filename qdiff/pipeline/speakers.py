"""Who an article credits the quotation at an offset to: the lookup both pipelines use."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from qdiff.model import Article
from qdiff.quotes.extract import QuoteIndex, extract_quotes
from qdiff.speakers.attribute import attribute_speakers


@lru_cache(maxsize=64)
def speaker_lookup(article: Article) -> Callable[[int], str | None]:
    """offset -> the speaker of the quotation standing there, or None. Cached per article: a
    witness of many checked articles is attributed once."""
    quotes = extract_quotes(article)
    index = QuoteIndex(quotes)
    names = dict(zip(map(id, quotes), attribute_speakers(article, quotes), strict=True))

    def speaker_at(offset: int) -> str | None:
        quote = index.quote_at(offset)
        return names.get(id(quote)) if quote is not None else None

    return speaker_at
