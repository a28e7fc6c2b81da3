"""The sentences of an article's quotations: what a rendering is cut to.

A quotation's sentences run from its first quoted character to its last; a piece that stops
mid-sentence runs on across attribution into the next piece when that goes on in lower case.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from qdiff.lexicon import ENDING_QUOTES
from qdiff.model import Quote, Span, Token
from qdiff.quotes.extract import QuoteIndex
from qdiff.text import sentence_spans


class QuoteSentences:
    """The sentences inside the article's quotations, and which word falls in which."""

    def __init__(self, text: str, quotes: QuoteIndex, words: Sequence[Token]) -> None:
        owned = [
            (sentence, q)
            for q, quote in enumerate(quotes.quotes)
            for sentence in quote_sentences(text, quote)
        ]
        owned.sort(key=lambda pair: pair[0].start)
        self.spans = [span for span, _ in owned]
        self.quote_of = [q for _, q in owned]
        """Which quotation each sentence stands in: a rendering never spans two."""
        self._starts = [s.start for s in self.spans]
        self.of_word = [self._locate(w.start) if quotes.segment_at(w.start) else -1 for w in words]
        self.size = [0] * len(self.spans)
        for s in self.of_word:
            if s >= 0:
                self.size[s] += 1

    def keys(self, s: int, words: Sequence[Token]) -> list[str]:
        """The word keys of sentence s."""
        return [words[i].key for i, owner in enumerate(self.of_word) if owner == s]

    def _locate(self, offset: int) -> int:
        i = bisect.bisect_right(self._starts, offset) - 1
        return i if i >= 0 and self.spans[i].contains(offset) else -1


def quote_sentences(text: str, quote: Quote) -> list[Span]:
    """The sentences of a quotation, each from its first quoted character to its last."""
    sentences = []
    for region in _sentence_regions(text, quote.segments):
        for sentence in sentence_spans(text, region.start, region.end):
            quoted = _quoted_part(sentence, quote.segments)
            if quoted is not None:
                sentences.append(quoted)
    return sentences


def _sentence_regions(text: str, segments: Sequence[Span]) -> list[Span]:
    """A quotation's stretches of running text: a piece that stops mid-sentence (`"Four years
    ago," he writes, "we were ...`) runs on into the next, attribution between them, when the
    next goes on in lower case (`"...," he said, adding: "In politics ..."` starts anew)."""
    regions: list[Span] = []
    for segment in segments:
        runs_on = text[segment.start : segment.start + 1].islower()
        if regions and runs_on and text[regions[-1].end - 1] not in _SENTENCE_STOPS:
            regions[-1] = Span(regions[-1].start, segment.end)
        else:
            regions.append(segment)
    return regions


_SENTENCE_STOPS = ".!?…)" + ENDING_QUOTES


def _quoted_part(sentence: Span, segments: Sequence[Span]) -> Span | None:
    """The sentence from its first quoted character to its last: attribution between two
    pieces stays inside, attribution at either end does not."""
    inside = [s for s in segments if s.overlaps(sentence)]
    if not inside:
        return None
    return Span(max(sentence.start, inside[0].start), min(sentence.end, inside[-1].end))
