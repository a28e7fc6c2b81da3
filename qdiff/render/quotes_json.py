"""QuoteListing -> the `qdiff.quotes/1` JSON document."""

from __future__ import annotations

import json
from typing import Any

from qdiff.model import Article
from qdiff.quotes.listing import QuoteListing, SpokenQuote
from qdiff.render.interface import Display, article_to_dict

SCHEMA = "qdiff.quotes/1"


def listing_to_dict(listing: QuoteListing) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "articles": [_article(a) for a in listing.articles],
        "quotes": [_quote(q) for q in listing.quotes],
    }


def render_quotes_json(listing: QuoteListing, display: Display) -> str:
    return json.dumps(listing_to_dict(listing), ensure_ascii=False, indent=2) + "\n"


def _article(article: Article) -> dict[str, Any]:
    return article_to_dict(article)


def _quote(quote: SpokenQuote) -> dict[str, Any]:
    row: dict[str, Any] = {
        "article": quote.article_id,
        "start": quote.span.start,
        "end": quote.span.end,
        "line": quote.line,
        "column": quote.column,
        "text": quote.text,
        "speaker": quote.speaker,
    }
    if len(quote.segments) > 1:
        row["segments"] = [[s.start, s.end] for s in quote.segments]
    return row
