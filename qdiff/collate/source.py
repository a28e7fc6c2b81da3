"""Primary sources in the coverage: an article that prints the words others quote.

Coverage often carries the source itself: the printed transcript of an interview, a company's
own blog post, a letter "in full". Such an article prints a passage's words without quotation
marks, in one long run, where the outlets quote pieces of it. For the passages it prints, its
words are the base: the outlets are judged against it, not it against their vote.

The test, per passage, for a witness outside quotation marks (`prints_passage`):

- it has at least SOURCE_SHARE of the words of the medoid (the quoted reading that shares the
  most words with the others), in order;
- the longest run of those words it prints unbroken is at least SOURCE_RUN_SHARE of the medoid's
  words, and at least the passage minimum: a reporter's paraphrase changes person and tense and
  breaks the run; a document printed whole does not;
- it has the medoid's first and last words (widened within its paragraph to find them);
- the words are no reporter's sentence: no verb of saying, nor a `that`, before them in their
  sentence, and no verb of saying after them (`WHO warned that this is ...`, `..., he added.`).

And per article (`source_articles`): an article is a source only when it prints more of the
coverage's passages this way than it quotes (in quotation marks, and nowhere printed whole): an
outlet that mostly quotes the speaker is reporting, and its unquoted words are its own narration.
Nor is it the source of a passage where two or more of the quoting outlets, more than half of
those covering the place, read one way against it (`consensus.outvoted`): a reporter's rewrite,
or a copy of another version, not the text the outlets quote.
Where several articles print a passage, the one that prints the most passages is its source,
then the one that prints the most of the passage's words, then the first.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from qdiff.collate.consensus import Witness, outvoted
from qdiff.compare.align import Block, BlockTag, raw_blocks
from qdiff.lexicon import SPEECH_VERBS
from qdiff.model import Span
from qdiff.text import is_marker, paragraph_spans, sentence_spans, tokenize

SOURCE_SHARE = 0.8
"""Share of the medoid's words a source prints, in order."""
SOURCE_RUN_SHARE = 0.6
"""Share of the medoid's words a source prints in one unbroken run."""


@dataclass(frozen=True, slots=True)
class Printing:
    """How an unquoted witness prints the medoid's words."""

    shared: int
    """Medoid words it has, in order."""
    run: int
    """The longest run of them it prints unbroken."""
    covers_ends: bool
    """It has the medoid's first and its last word."""


def printing(medoid: Witness, witness: Witness) -> Printing:
    blocks = raw_blocks([t.key for t in medoid.tokens], [t.key for t in witness.tokens])
    equal = [b for b in blocks if b.tag is BlockTag.EQUAL]
    sizes = [b.i2 - b.i1 for b in equal]
    ends = bool(equal) and equal[0].i1 == 0 and equal[-1].i2 == len(medoid.tokens)
    return Printing(sum(sizes), max(sizes, default=0), ends)


def prints_passage(medoid: Witness, witness: Witness, min_words: int) -> bool:
    """The witness, outside quotation marks, prints the passage as a source does (above), and
    covers it: the medoid's first and last words are among those it prints."""
    if witness.quoted or not medoid.quoted or reported(witness):
        return False
    found = printing(medoid, witness)
    words = len(medoid.tokens)
    return (
        found.shared >= SOURCE_SHARE * words
        and found.run >= SOURCE_RUN_SHARE * words
        and found.run >= min_words
        and found.covers_ends
    )


def reported(witness: Witness) -> bool:
    """The words stand in a reporter's sentence: the rest of their sentence (after a colon, if
    it has one before them) has a verb of saying or a `that` before them, or a verb of saying
    after them (`WHO warned that this is ...`, `..., he added.`). A source prints them as its
    own sentences."""
    if not witness.tokens:
        return False
    text = witness.text
    start, end = witness.tokens[0].start, witness.tokens[-1].end
    sentences = sentence_spans(text, *_lines_around(text, start, end))
    first = next((s for s in sentences if s.contains(start)), Span(start, start))
    last = next((s for s in sentences if s.contains(end - 1)), Span(end, end))
    before = re.split(r"[:\n]", text[first.start : start])[-1]
    after = re.split(r"[:\n]", text[end : max(last.end, end)])[0]
    before_words = _lower_case_words(before)
    return (
        any(w in SPEECH_VERBS for w in before_words)
        or before_words[-1:] == ["that"]
        or any(w in SPEECH_VERBS for w in _lower_case_words(after))
    )


def _lower_case_words(text: str) -> list[str]:
    """The words written in lower case: a capitalised `States` or `Read` is a name or a
    heading, not the verb."""
    return [t.key for t in tokenize(text) if t.text.islower()]


EDGE_SLACK = 2
"""Words beyond the medoid's own that a source's printing is searched over at each edge."""


def covering(witness: Witness, quoted: Sequence[Witness]) -> Witness:
    """The unquoted witness widened, within its paragraph, to the first and last words of every
    quoted witness where it stops short of them: the rendering found for a shorter quotation of
    the passage may start or end inside what the longest quotation covers."""
    if not witness.tokens:
        return witness
    text = witness.text
    start, end = witness.tokens[0].start, witness.tokens[-1].end
    paragraphs = paragraph_spans(text, *_lines_around(text, start, end))
    paragraph = next((p for p in paragraphs if p.contains(start)), Span(start, end))
    stretch = tokenize(text, paragraph.start, max(paragraph.end, end))
    words = [t for t in stretch if not is_marker(t)]
    first = next(n for n, t in enumerate(words) if t.start >= start)
    last = max(n for n, t in enumerate(words) if t.end <= end)
    new_first, new_last = first, last
    for other in quoted:
        keys = [t.key for t in other.tokens]
        found = _equal_blocks(keys, [t.key for t in witness.tokens])
        head = found[0].i1 if found else 0
        tail = len(keys) - found[-1].i2 if found else 0
        low = max(0, first - head - EDGE_SLACK)
        high = min(len(words), last + 1 + tail + EDGE_SLACK)
        equal = _equal_blocks(keys, [t.key for t in words[low:high]])
        if equal:
            new_first = min(new_first, low + equal[0].j1)
            new_last = max(new_last, low + equal[-1].j2 - 1)
    tokens = tuple(words[new_first : new_last + 1])
    stop = witness.end if new_last == last else _after_punctuation(text, tokens[-1].end)
    return Witness(tokens, text, stop, False)


LINES_AROUND = 3
"""Lines either side of a witness searched for its paragraph and sentences: enough for a
paragraph wrapped over lines, without scanning the whole article for every witness."""


def _lines_around(text: str, start: int, end: int) -> tuple[int, int]:
    low, high = start, end
    for _ in range(LINES_AROUND):
        low = max(0, text.rfind("\n", 0, max(low - 1, 0)))
        found = text.find("\n", high + 1)
        high = len(text) if found < 0 else found
    return low, high


def _equal_blocks(keys: list[str], other: list[str]) -> list[Block]:
    return [b for b in raw_blocks(keys, other) if b.tag is BlockTag.EQUAL]


def _after_punctuation(text: str, end: int) -> int:
    while end < len(text) and text[end] in ".!?,;:":
        end += 1
    return end


@dataclass(frozen=True, slots=True)
class ClusterWitnesses:
    """One collated passage's witnesses, by article index, before its base is chosen."""

    articles: tuple[int, ...]
    witnesses: tuple[Witness, ...]
    medoid: Witness

    @property
    def quoted(self) -> tuple[Witness, ...]:
        return tuple(w for w in self.witnesses if w.quoted)


def printers(cluster: ClusterWitnesses, min_words: int) -> tuple[int, ...]:
    """The witnesses (their positions in the cluster) that print the passage as a source does."""
    return tuple(
        k
        for k, witness in enumerate(cluster.witnesses)
        if not witness.quoted
        and prints_passage(cluster.medoid, covering(witness, cluster.quoted), min_words)
        and not outvoted(covering(witness, cluster.quoted), cluster.quoted)
    )


def source_articles(clusters: Sequence[ClusterWitnesses], min_words: int) -> list[int | None]:
    """For each cluster, the position of its source witness, or None (the rules above)."""
    printed = [printers(c, min_words) for c in clusters]
    quotes: Counter[int] = Counter()
    prints: Counter[int] = Counter()
    for cluster, found in zip(clusters, printed, strict=True):
        printing_here = {cluster.articles[k] for k in found}
        prints.update(printing_here)
        quotes.update(
            {
                cluster.articles[k]
                for k, witness in enumerate(cluster.witnesses)
                if witness.quoted and cluster.articles[k] not in printing_here
            }
        )
    result: list[int | None] = []
    for cluster, found in zip(clusters, printed, strict=True):
        eligible = [k for k in found if prints[cluster.articles[k]] > quotes[cluster.articles[k]]]
        if not eligible:
            result.append(None)
            continue
        result.append(
            max(
                eligible,
                key=lambda k: (
                    prints[cluster.articles[k]],
                    printing(cluster.medoid, cluster.witnesses[k]).shared,
                    -cluster.articles[k],
                ),
            )
        )
    return result
