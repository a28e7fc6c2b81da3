"""The base text of a collation: at each aligned place, the reading most witnesses share.

The base starts as the medoid witness, the one that shares the most words with all the others,
so it is always a text some outlet printed. Every other witness is aligned with it; each run where
a witness differs (a word changed, dropped, added: one run, never split word by word) is a
variant reading. A variant replaces the medoid's reading where more witnesses carry it than carry
the medoid's, or as many and it has more words. A witness abstains outside its first and last
matched word (a truncated quotation says nothing about what it left out). The spelling of each
word and the punctuation after it follow the majority of the witnesses that have the word.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz.distance import Indel

from qdiff.compare.align import Block, BlockTag, word_blocks
from qdiff.compare.classify import is_typo
from qdiff.lexicon import QUOTE_MARKS, word_frequency
from qdiff.model import Token

_SPACE = re.compile(r"\s+")
_ELLIPSIS = re.compile(r"\.\s?\.\s?\.|…")
"""An outlet's mark for its own cut: never part of the base."""


@dataclass(frozen=True, slots=True)
class Witness:
    """One article's words for a collated passage."""

    tokens: tuple[Token, ...]
    """Words only, with offsets into `text`."""
    text: str
    end: int
    """Where the witness ends in `text`: the last word's trailing punctuation stops here."""
    quoted: bool


Reading = tuple[tuple[Token, Witness], ...]

FULL_PRINTING_SHARE = 0.9
"""An unquoted witness matching this share of the medoid prints the passage whole."""
CLOSE_SHARE = 0.8
"""On a tie the longer reading wins, if a witness carrying it matches the medoid in this share
of the words they both cover: a loose paraphrase in quotation marks adds nothing to the base."""


@dataclass(slots=True)
class _Alignment:
    """One witness against the medoid: where it matches it, and how it differs."""

    witness: Witness
    low: int = 0
    high: int = 0
    matched: dict[int, int] = field(default_factory=dict)
    """Medoid position -> witness position, for the words they share."""
    variants: dict[tuple[int, int], Reading] = field(default_factory=dict)
    """Medoid range -> the witness's reading there (i1 == i2: words added at i1)."""

    def closeness(self) -> float:
        """Share of the witness's words, from its first matched word to its last, that match."""
        if not self.matched:
            return 0.0
        span = max(self.matched.values()) - min(self.matched.values()) + 1
        return len(self.matched) / span

    def agrees(self, i1: int, i2: int) -> bool:
        """The witness covers the medoid's range and reads it as the medoid does."""
        if i1 == i2:
            return self.low < i1 < self.high and (i1, i1) not in self.variants
        return self.low <= i1 and i2 <= self.high and all(i in self.matched for i in range(i1, i2))


def consensus_text(witnesses: Sequence[Witness]) -> str:
    """The base text: the centre, with every variant more witnesses share put in its place.
    Two witnesses have no majority anywhere: the base is the one `fuller` prefers, word for word,
    so it is always what one outlet printed, never a mix of the two."""
    centre = medoid(witnesses) if len(witnesses) != 2 else fuller(witnesses)
    alignments = [_align(centre, w) for w in witnesses if w is not centre]
    chosen = _chosen_variants(centre, alignments) if len(witnesses) > 2 else {}
    words: list[tuple[Token, Witness]] = []
    i = 0
    while i <= len(centre.tokens):
        words.extend(chosen.get((i, i), ()))
        if i == len(centre.tokens):
            break
        replaced = next(((r, i2) for (i1, i2), r in chosen.items() if i1 == i < i2), None)
        if replaced is not None:
            words.extend(replaced[0])
            i = replaced[1]
            continue
        words.append(_majority_form(centre, i, alignments, opening=not words))
        i += 1
    return _join(words)


def medoid(witnesses: Sequence[Witness]) -> Witness:
    """Of the quoted witnesses (all, if none is quoted), the one sharing the most words with all
    the others; on a tie, the one with the fewest words they lack, then the longer. A base starts
    from words some outlet put in quotation marks, never from a reporter's paraphrase."""
    keys = [tuple(t.key for t in w.tokens) for w in witnesses]
    counts = Counter(keys)  # wire copy prints one sentence alike in hundreds of outlets
    agreements: dict[tuple[str, ...], tuple[int, int]] = {}

    def agreement(key: tuple[str, ...]) -> tuple[int, int]:
        """Words shared with the others, then (negated) words not shared with them."""
        if key not in agreements:
            distances = [(Indel.distance(key, other), other, n) for other, n in counts.items()]
            shared = sum(n * ((len(key) + len(other) - d) // 2) for d, other, n in distances)
            missing = sum(n * d for d, _, n in distances)
            agreements[key] = (shared - len(key), -missing)  # less the witness itself
        return agreements[key]

    quoted = [n for n, w in enumerate(witnesses) if w.quoted] or range(len(witnesses))
    best = max(quoted, key=lambda n: (agreement(keys[n]), len(keys[n]), -n))
    return witnesses[best]


def outvoted(centre: Witness, witnesses: Sequence[Witness]) -> bool:
    """Some reading of two or more of the witnesses, more than half of those covering its place,
    stands against the centre's: most outlets read otherwise than the centre there."""
    alignments = [_align(centre, w) for w in witnesses]
    carriers: Counter[tuple[int, int, tuple[str, ...]]] = Counter()
    for alignment in alignments:
        for (i1, i2), reading in alignment.variants.items():
            carriers[(i1, i2, tuple(t.key for t, _ in reading))] += 1
    for (i1, i2, _), count in carriers.items():
        covering = sum(
            (a.low < i1 < a.high) if i1 == i2 else (a.low <= i1 and i2 <= a.high)
            for a in alignments
        )
        if count >= 2 and 2 * count > covering:
            return True
    return False


def fuller(pair: Sequence[Witness]) -> Witness:
    """Of two witnesses that differ one against one, the base: a quotation, or a printing of the
    whole passage, over a paraphrase; then the one with fewer typos where they differ (a base
    never adopts a slip into a non-word); then the one with more words (an outlet cuts a
    quotation far more often than it adds to one); then the medoid."""
    centre = medoid(pair)
    first, second = ([t.key for t in w.tokens] for w in pair)
    shared = (len(first) + len(second) - Indel.distance(first, second)) // 2
    slips = _typos(first, second)

    def preference(witness: Witness) -> tuple[bool, int, int, bool]:
        n = 0 if witness is pair[0] else 1
        whole = shared >= FULL_PRINTING_SHARE * len(pair[1 - n].tokens)
        return witness.quoted or whole, -slips[n], len(witness.tokens), witness is centre

    return max(pair, key=preference)


def _typos(first: list[str], second: list[str]) -> tuple[int, int]:
    """How many of the words each side has where the other differs are its slips (`teh`)."""
    counts = [0, 0]
    for block in word_blocks(first, second):
        if block.tag is not BlockTag.EQUAL:
            for a, b in zip(first[block.i1 : block.i2], second[block.j1 : block.j2], strict=False):
                if is_typo(a, b):
                    counts[0 if word_frequency(a) < word_frequency(b) else 1] += 1
    return counts[0], counts[1]


def _align(medoid: Witness, witness: Witness) -> _Alignment:
    alignment = _Alignment(witness)
    blocks = word_blocks([t.key for t in medoid.tokens], [t.key for t in witness.tokens])
    equal = [b for b in blocks if b.tag is BlockTag.EQUAL]
    if not equal:
        return alignment
    alignment.low, alignment.high = equal[0].i1, equal[-1].i2
    for block in blocks:
        if block.tag is BlockTag.EQUAL:
            for offset in range(block.i2 - block.i1):
                alignment.matched[block.i1 + offset] = block.j1 + offset
        elif alignment.low <= block.i1 and block.i2 <= alignment.high:
            if _across_attribution(witness, block):
                continue
            words = witness.tokens[block.j1 : block.j2]
            alignment.variants[(block.i1, block.i2)] = tuple((t, witness) for t in words)
    return alignment


def _across_attribution(witness: Witness, block: Block) -> bool:
    """Words a witness adds at the edge of the medoid, joined to it only across attribution
    (`"Four years ago," he writes, "we were ...`): a piece of another sentence, not a reading."""
    tokens = witness.tokens
    if block.j1 == block.j2:
        return False
    if block.j1 == 0 and block.j2 < len(tokens):
        between = witness.text[tokens[block.j2 - 1].end : tokens[block.j2].start]
    elif block.j2 == len(tokens) and block.j1 > 0:
        between = witness.text[tokens[block.j1 - 1].end : tokens[block.j1].start]
    else:
        return False
    return any(ch.isalnum() for ch in between)


def _chosen_variants(
    medoid: Witness, alignments: Sequence[_Alignment]
) -> dict[tuple[int, int], Reading]:
    """Variants that outvote the medoid's reading, the best supported first, none overlapping.
    A variant needs a carrier that quotes it, or that prints the whole passage (a document
    printed in full without quotation marks); a paraphrase alone does not change the base."""
    carriers: dict[tuple[int, int, tuple[str, ...]], list[_Alignment]] = {}
    for alignment in alignments:
        for where, reading in alignment.variants.items():
            key = (*where, tuple(t.key for t, _ in reading))
            carriers.setdefault(key, []).append(alignment)
    whole = FULL_PRINTING_SHARE * len(medoid.tokens)
    ranked = []
    for (i1, i2, words), carrying in carriers.items():
        if not any(a.witness.quoted or len(a.matched) >= whole for a in carrying):
            continue
        medoid_support = 1 + sum(a.agrees(i1, i2) for a in alignments)
        close = any(a.closeness() >= CLOSE_SHARE for a in carrying)
        if len(carrying) > medoid_support or (
            len(carrying) == medoid_support and close and len(words) > i2 - i1
        ):
            readings = [a.variants[(i1, i2)] for a in carrying]
            ranked.append(((len(carrying), len(words)), i1, i2, readings))
    chosen: dict[tuple[int, int], Reading] = {}
    replaced: set[int] = set()
    for _, i1, i2, readings in sorted(ranked, key=lambda r: r[0], reverse=True):
        positions = set(range(i1, i2))
        if positions & replaced or (i1 == i2 and (i1, i1) in chosen):
            continue
        replaced |= positions
        chosen[(i1, i2)] = _most_common_spelling(readings)
    return chosen


def _most_common_spelling(readings: Sequence[Reading]) -> Reading:
    spellings = Counter(tuple(t.text for t, _ in r) for r in readings)
    return max(readings, key=lambda r: spellings[tuple(t.text for t, _ in r)])


def _majority_form(
    centre: Witness, i: int, alignments: Sequence[_Alignment], opening: bool
) -> tuple[Token, Witness]:
    """The medoid's word i as a strict majority of the witnesses that have it write it (else as
    the medoid does, so a base does not mix two outlets' capitals word by word), with the
    punctuation most of them put after it. A quotation's first word votes only for the base's
    first word: reporters capitalise it."""
    candidates = [(centre, i)] + [
        (a.witness, a.matched[i]) for a in alignments if a.matched.get(i) is not None
    ]
    eligible = [(w, j) for w, j in candidates if j > 0 or opening] or candidates
    forms = [(witness.tokens[j], witness) for witness, j in eligible]
    spellings = Counter(token.text for token, _ in forms)
    separators = Counter(_separator_key(token, witness) for token, witness in forms)
    separators.pop(None, None)

    centre_spelling = centre.tokens[i].text

    def preference(form: tuple[Token, Witness]) -> tuple[bool, bool, int, int, bool]:
        token, witness = form
        return (
            2 * spellings[token.text] > len(forms),
            token.text == centre_spelling,
            separators.get(_separator_key(token, witness), 0),
            spellings[token.text],
            witness is centre,
        )

    return max(forms, key=preference)


def _separator_key(token: Token, witness: Witness) -> str | None:
    """What follows a word in its witness; None where the witness ends with it."""
    index = witness.tokens.index(token)
    if index + 1 == len(witness.tokens):
        return None
    separator = _ELLIPSIS.sub("", witness.text[token.end : witness.tokens[index + 1].start])
    return _SPACE.sub(" ", separator.strip(QUOTE_MARKS)) or " "


def _join(chosen: Sequence[tuple[Token, Witness]]) -> str:
    parts = []
    for n, (token, witness) in enumerate(chosen):
        parts.append(token.text)
        parts.append(_separator_after(token, witness, last=n == len(chosen) - 1))
    return _SPACE.sub(" ", "".join(parts)).strip()


def _separator_after(token: Token, witness: Witness, last: bool) -> str:
    index = witness.tokens.index(token)
    if index + 1 < len(witness.tokens) and not last:
        separator = _ELLIPSIS.sub("", witness.text[token.end : witness.tokens[index + 1].start])
        if any(ch.isalnum() for ch in separator):
            return " "  # the attribution of an interrupted quotation
        return separator.strip(QUOTE_MARKS) or " "
    tail = witness.text[token.end : witness.end] if index + 1 == len(witness.tokens) else ""
    tail = _ELLIPSIS.sub("", tail).strip().strip(QUOTE_MARKS)
    if last:
        return tail if tail in {".", "!", "?"} else "."
    return tail + " " if tail else " "
