"""One witness aligned with a checked quotation, word by word: where it covers the quotation,
where it reads otherwise (its deviations) and where it vouches for nothing (its holes: its own
cuts, bracketed words, slips and glosses)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from qdiff.compare.align import Block, BlockTag, raw_blocks
from qdiff.compare.classify import block_kind, percent_spelled
from qdiff.config import Normalise
from qdiff.model import VERDICT_OF_KIND, EditKind, Passage, Rendering, Token, Verdict
from qdiff.text import doubled, in_parentheses, relative_tokens

_HOLES = frozenset({EditKind.ELISION, EditKind.INTERPOLATION})
"""A witness's own cut or bracketed words: it vouches for nothing there."""


@dataclass(frozen=True, slots=True)
class Deviation:
    """A change block of a witness against the checked quotation: checked words i1..i2 read as
    witness words j1..j2."""

    i1: int
    i2: int
    j1: int
    j2: int

    @property
    def place(self) -> tuple[int, int, int, int]:
        return self.i1, self.i2, self.j1, self.j2


@dataclass(frozen=True, slots=True)
class WitnessView:
    """One witness aligned with the checked quotation's words."""

    rendering: Rendering
    tokens: tuple[Token, ...]
    """The witness's words, offsets into its rendering's text."""
    blocks: tuple[Block, ...]
    low: int
    high: int
    """The checked words it covers: from its first matched word to its last."""
    deviations: tuple[Deviation, ...]
    holes: tuple[Deviation, ...]
    matched: int

    @classmethod
    def of(
        cls, checked: Passage, rendering: Rendering, normalise: Normalise | None = None
    ) -> WitnessView:
        tokens = relative_tokens(rendering.tokens, rendering.span.start)
        own = checked.tokens
        # no islands folded into changes (as the views fold them, for reading): each change
        # of the plain alignment is its own place
        blocks = tuple(raw_blocks([t.key for t in own], [t.key for t in tokens]))
        equal = [k for k, b in enumerate(blocks) if b.tag is BlockTag.EQUAL]
        if not equal:
            return cls(rendering, tokens, blocks, 0, 0, (), (), 0)
        deviations: list[Deviation] = []
        holes: list[Deviation] = []
        low, high = blocks[equal[0]].i1, blocks[equal[-1]].i2
        lead, tail = _edge_pairs(
            blocks, equal[0], equal[-1], (own, checked.text), (tokens, rendering.text)
        )
        low, high = low - lead.i2 + lead.i1, high + tail.i2 - tail.i1
        inner = [b for b in blocks[equal[0] + 1 : equal[-1]] if b.tag is BlockTag.CHANGE]
        for b in (lead, *inner, tail):
            if b.i1 == b.i2 and b.j1 == b.j2:
                continue
            for part in _word_by_word(b, own, tokens):
                kind = block_kind(
                    own[part.i1 : part.i2],
                    tokens[part.j1 : part.j2],
                    False,
                    normalise or Normalise(),
                    None,
                )
                if kind is None or VERDICT_OF_KIND[kind] is Verdict.COSMETIC:
                    continue
                if percent_spelled(own, checked.text, tokens, rendering.text, part.place):
                    continue
                if kind is EditKind.OMISSION and in_parentheses(
                    checked.text, own, part.i1, part.i2
                ):
                    continue  # the checked article's own gloss: no word of the quotation
                (
                    holes if kind in _HOLES or _slip(rendering.text, tokens, part) else deviations
                ).append(part)
        matched = sum(blocks[k].i2 - blocks[k].i1 for k in equal)
        return cls(rendering, tokens, blocks, low, high, tuple(deviations), tuple(holes), matched)

    def covers(self, i1: int, i2: int) -> bool:
        """True when the witness has words on both sides of the place, and no cut in it."""
        inside = self.low <= i1 and i2 <= self.high if i1 < i2 else self.low < i1 < self.high
        return inside and not any(touch(h.i1, h.i2, i1, i2) for h in self.holes)

    def reads(self, i: int) -> bool:
        """True when the witness has checked word i as it stands, in a run they share."""
        return any(b.tag is BlockTag.EQUAL and b.i1 <= i < b.i2 for b in self.blocks)

    def deviates(self, i1: int, i2: int) -> bool:
        return any(touch(d.i1, d.i2, i1, i2) for d in self.deviations)

    def words_for(self, i1: int, i2: int) -> tuple[int, int]:
        """The witness words that stand where the checked words i1..i2 stand: its own changes
        there whole, the words it shares with the checked article around them."""
        touching = [d for d in self.deviations if touch(d.i1, d.i2, i1, i2)]
        j1 = min(d.j1 for d in touching) if touching and touching[0].i1 <= i1 else None
        j2 = max(d.j2 for d in touching) if touching and touching[-1].i2 >= i2 else None
        return (
            j1 if j1 is not None else self._matched(i1),
            j2 if j2 is not None else self._matched(i2),
        )

    def _matched(self, i: int) -> int:
        """Where checked position i falls among the witness's words, through a shared run."""
        for b in self.blocks:
            if b.tag is BlockTag.EQUAL and b.i1 <= i <= b.i2:
                return b.j1 + (i - b.i1)
        for b in self.blocks:
            if b.i1 <= i <= b.i2:
                return b.j1
        return self.blocks[-1].j2 if self.blocks else 0

    def text(self, j1: int, j2: int) -> str:
        if j1 >= j2:
            return ""
        return self.rendering.text[self.tokens[j1].start : self.tokens[j2 - 1].end]


_Side = tuple[Sequence[Token], str]
"""A side's words, and the text their offsets point into."""


def _edge_pairs(
    blocks: Sequence[Block], first: int, last: int, checked: _Side, witness: _Side
) -> tuple[Block, Block]:
    """As many words on both sides before the first shared word, or after the last: `Leave my
    wife's name` against `Keep my wife's name` is a changed word, not two quotations that start
    at different places. Where one side has more words there, it only quotes more (or its
    page breaks off mid-quotation): no place, unless the shorter side's one or two words there
    are none of the longer side's and stand where its sentence ends or starts (`approach to our
    operations,” said Iger` against `approach to our practices, and we are committed ...`):
    those stand where the longer side's next words stand, a changed word at the edge."""
    none = Block(BlockTag.CHANGE, 0, 0, 0, 0)
    before = blocks[first - 1] if first > 0 else none
    after = blocks[last + 1] if last + 1 < len(blocks) else none
    return _edge(before, checked, witness, True), _edge(after, checked, witness, False)


_EDGE_WORDS = 2
"""At most this many words at the end of the shorter quotation pair with the longer one's."""


def _edge(block: Block, checked: _Side, witness: _Side, leading: bool) -> Block:
    none = Block(BlockTag.CHANGE, 0, 0, 0, 0)
    ours, theirs = block.i2 - block.i1, block.j2 - block.j1
    if ours == theirs:
        return block
    k = min(ours, theirs)
    if not 0 < k <= _EDGE_WORDS:
        return none
    i1, i2 = (block.i2 - k, block.i2) if leading else (block.i1, block.i1 + k)
    j1, j2 = (block.j2 - k, block.j2) if leading else (block.j1, block.j1 + k)
    (checked_words, _), (witness_words, _) = checked, witness
    if theirs < ours:
        short_side, short, paired = witness, witness_words[j1:j2], checked_words[i1:i2]
        long_side = checked_words[block.i1 : block.i2]
    else:
        short_side, short, paired = checked, checked_words[i1:i2], witness_words[j1:j2]
        long_side = witness_words[block.j1 : block.j2]
    adjacent = long_side[-k - 1 :] if leading else long_side[: k + 1]
    if (
        {t.key for t in short} & {t.key for t in long_side}
        or _cosmetic(adjacent, short)  # `We have` for `We've`, `U S` for `US`
        or any(_prefix(a.key, b.key) for a, b in zip(short, paired, strict=True))
        or not _sentence_edge(*short_side, leading)
    ):
        return none
    return Block(BlockTag.CHANGE, i1, i2, j1, j2)


def _prefix(a: str, b: str) -> bool:
    """One word begins the other: a page broken off mid-word (`it` for `it's`)."""
    return a.startswith(b) or b.startswith(a)


def _sentence_edge(tokens: Sequence[Token], text: str, leading: bool) -> bool:
    """The side's first word opens a sentence (a capital), or its last word closes one (a stop
    or comma after it): a quotation that starts or ends there, not a fragment or a page that
    breaks off."""
    if leading:
        return tokens[0].text[:1].isupper()
    return text[tokens[-1].end : tokens[-1].end + 2].lstrip()[:1] in tuple(".,!?;:")


def _cosmetic(a: Sequence[Token], b: Sequence[Token]) -> bool:
    kind = block_kind(a, b, False, Normalise(), None)
    return kind is None or VERDICT_OF_KIND[kind] is Verdict.COSMETIC


def _word_by_word(
    block: Block, checked: Sequence[Token], witness: Sequence[Token]
) -> list[Deviation]:
    """A change of as many words as it replaces, one word at a time, words that are the same
    left out: two neighbouring changes are two places, and an unchanged word between them (the
    alignment folds short islands into one change) is no place at all."""
    if block.i2 - block.i1 != block.j2 - block.j1:
        return [Deviation(block.i1, block.i2, block.j1, block.j2)]
    return [
        Deviation(block.i1 + k, block.i1 + k + 1, block.j1 + k, block.j1 + k + 1)
        for k in range(block.i2 - block.i1)
        if checked[block.i1 + k].key != witness[block.j1 + k].key
    ]


def _slip(text: str, tokens: Sequence[Token], part: Deviation) -> bool:
    """Words only the witness has that are its own slip or gloss, so it vouches for nothing
    there: a word typed twice (`some some`), words in parentheses (`GSU (Google Stock Unit)`)."""
    if part.i1 != part.i2 or part.j1 == part.j2:
        return False
    return in_parentheses(text, tokens, part.j1, part.j2) or (
        part.j2 - part.j1 == 1 and doubled(text, tokens, part.j1)
    )


def touch(a1: int, a2: int, b1: int, b2: int) -> bool:
    """Two places of the checked words overlap; a point (a1 == a2) lies between two words."""
    if a1 == a2 and b1 == b2:
        return a1 == b1
    if a1 == a2:
        return b1 < a1 < b2
    if b1 == b2:
        return a1 < b1 < a2
    return max(a1, b1) < min(a2, b2)
