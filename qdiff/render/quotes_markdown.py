"""QuoteListing -> GitHub-flavoured Markdown: a table of quotations per article.

Past a pull-request comment's length, as many articles as fit, and a note says how many were
left out.
"""

from __future__ import annotations

from qdiff.model import Article
from qdiff.quotes.listing import QuoteListing, SpokenQuote
from qdiff.render.interface import Display
from qdiff.render.markdown import code, escape, fit_comment, table
from qdiff.render.quotes_terminal import SEGMENT_BREAK, UNKNOWN
from qdiff.text import counted

_HINT = "The terminal view and `--format json` have every article; name the files to pick."


def render_quotes_markdown(listing: QuoteListing, display: Display) -> str:
    """The whole `qdiff quotes --format markdown` document."""
    total = len(listing.quotes)
    head = [
        f"### qdiff quotes · {counted(len(listing.articles), 'article')}, "
        f"{counted(total, 'quotation')} of {listing.min_words} words or more",
        "",
    ]
    blocks = [_article(listing, article) for article in listing.articles]
    return fit_comment(head, blocks, (), _HINT, "articles")


def _article(listing: QuoteListing, article: Article) -> str:
    quotes = listing.quotes_of(article.id)
    count = counted(len(quotes), "quotation")
    lines = [f"#### {escape(article.label)} · {code(article.path)} ({count})", ""]
    if not quotes:
        lines += [f"_No quotation of {listing.min_words} words or more._", ""]
        return "\n".join(lines)
    rows = [[f"{q.line}:{q.column}", _speaker(q), _quotation(q, article.text)] for q in quotes]
    lines += table(["line:col", "speaker", "quotation"], rows, "rll")
    return "\n".join([*lines, ""])


def _speaker(quote: SpokenQuote) -> str:
    return escape(quote.speaker) if quote.speaker else f"_{escape(UNKNOWN)}_"


def _quotation(quote: SpokenQuote, text: str) -> str:
    return escape(
        SEGMENT_BREAK.join(" ".join(text[s.start : s.end].split()) for s in quote.segments)
    )
