"""Cut the reference (the primary source) out of its article and into passages."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Sequence

from qdiff.errors import ConfigError
from qdiff.model import Article, Passage, Quote, Reference, Span, Token, Unit
from qdiff.quotes.extract import QuoteIndex, extract_quotes
from qdiff.quotes.sentences import quote_sentences
from qdiff.text import is_marker, paragraph_spans, relative_tokens, sentence_spans, tokenize

_SLUG_WORDS = 5


def locate_reference(article: Article, after: str | None, before: str | None) -> Span:
    """The part of the article between the markers (the whole text when there are none)."""
    text = article.text
    start, end = 0, len(text)
    if after:
        found = _find_marker(text, after, 0)
        if found is None:
            raise ConfigError(f"reference.after marker {after!r} not found in {article.path}")
        start = found.end
    if before:
        found = _find_marker(text, before, start)
        if found is None:
            raise ConfigError(f"reference.before marker {before!r} not found in {article.path}")
        end = found.start
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        raise ConfigError(f"the reference in {article.path} is empty between its markers")
    return Span(start, end)


def _find_marker(text: str, marker: str, start: int) -> Span | None:
    """The marker's first place from start, case and runs of white space not minding."""
    words = [re.escape(w) for w in marker.split()]
    match = re.compile(r"\s+".join(words), re.IGNORECASE).search(text, start)
    return Span(match.start(), match.end()) if match else None


def build_reference(
    article: Article, span: Span, unit: Unit, quotations: Sequence[Quote] | None = None
) -> Reference:
    """The reference's passages, each with a short stable id made of its first words.

    A reference that an article prints as quotations (a speech "in full" with `," the King
    said.` after a paragraph) is its quoted words: the reporter's attribution is no passage's.
    `quotations` are the article's, found here when not given.
    """
    found = extract_quotes(article) if quotations is None else quotations
    quotes = QuoteIndex([q for q in found if span.overlaps(q.span)])
    everything = tokenize(article.text, span.start, span.end)
    quoted = sum(1 for t in everything if quotes.segment_at(t.start))
    printed_as_quotes = bool(everything) and quoted >= QUOTED_REFERENCE_SHARE * len(everything)
    if printed_as_quotes:
        spans = _quoted_units(article.text, quotes, unit)
    else:
        cut = sentence_spans if unit is Unit.SENTENCE else paragraph_spans
        spans = cut(article.text, span.start, span.end)
    passages = []
    used: set[str] = set()
    for passage_span in spans:
        tokens = tokenize(article.text, passage_span.start, passage_span.end)
        if printed_as_quotes:
            tokens = tuple(t for t in tokens if quotes.segment_at(t.start))
        if not tokens:
            continue
        passage_id = passage_id_for(tokens, used)
        used.add(passage_id)
        text = article.text[passage_span.start : passage_span.end]
        passages.append(Passage(passage_id, text, relative_tokens(tokens, passage_span.start)))
    return Reference(article_id=article.id, span=span, passages=tuple(passages))


QUOTED_REFERENCE_SHARE = 0.8
"""A reference with this share of its words inside quotation marks is printed as quotations."""


def _quoted_units(text: str, quotes: QuoteIndex, unit: Unit) -> list[Span]:
    if unit is Unit.SENTENCE:
        return [s for quote in quotes.quotes for s in quote_sentences(text, quote)]
    return [segment for quote in quotes.quotes for segment in quote.segments]


def passage_id_for(tokens: Sequence[Token], used: Collection[str]) -> str:
    """A short id made of the passage's first words, unique among `used`."""
    words = [re.sub(r"\W+", "", t.key) for t in tokens[:_SLUG_WORDS]]
    slug = "-".join(w for w in words if w) or "passage"
    candidate, n = slug, 2
    while candidate in used:
        candidate, n = f"{slug}-{n}", n + 1
    return candidate


SEED_WORDS = 3
"""Words in a seed: a run of the reference that an article sharing it probably renders."""
Seed = tuple[str, str, str]


class PassageIndex:
    """The reference's word trigrams, each mapped to the passages and positions that have it."""

    def __init__(self, passages: Sequence[Passage]) -> None:
        self.passages = tuple(passages)
        self.keys = tuple([t.key for t in p.tokens if not is_marker(t)] for p in self.passages)
        self.sizes = tuple(len(keys) for keys in self.keys)
        self.seeds: dict[Seed, list[tuple[int, int]]] = defaultdict(list)
        for p, passage in enumerate(self.passages):
            keys = [t.key for t in passage.tokens if not is_marker(t)]
            for j in range(len(keys) - SEED_WORDS + 1):
                self.seeds[(keys[j], keys[j + 1], keys[j + 2])].append((p, j))

    def passages_sharing(self, keys: Sequence[str]) -> dict[int, int]:
        """How many of the trigrams of `keys` each passage has."""
        counts: dict[int, int] = defaultdict(int)
        for j in range(len(keys) - SEED_WORDS + 1):
            for p in {p for p, _ in self.seeds.get((keys[j], keys[j + 1], keys[j + 2]), ())}:
                counts[p] += 1
        return counts
