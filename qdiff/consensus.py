"""The base text of a collation: at each aligned position, the reading most witnesses share.

Every witness is aligned with a pivot (the longest quoted one). Each pivot word is a slot, and so
is each gap between two pivot words; a witness votes in the slots between its first and last
matched word and abstains outside them (a truncated quotation says nothing about what it left
out). The most shared reading wins a slot, the longer one on a tie, then the pivot's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from qdiff.align import Block, word_blocks
from qdiff.model import Token

_SPACE = re.compile(r"\s+")
_QUOTE_MARKS = '"“”„«»'


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


def consensus_text(witnesses: Sequence[Witness]) -> str:
    """The base text: the winning reading of every slot, joined with the separators it came with."""
    pivot = max(witnesses, key=lambda w: (w.quoted, len(w.tokens)))
    size = len(pivot.tokens)
    word_votes: list[list[Reading]] = [[] for _ in range(size)]
    gap_votes: list[list[Reading]] = [[] for _ in range(size + 1)]
    for witness in witnesses:
        _vote(pivot, witness, word_votes, gap_votes)
    chosen: list[tuple[Token, Witness]] = []
    for i in range(size + 1):
        chosen.extend(_winner(gap_votes[i], ()))
        if i < size:
            chosen.extend(_winner(word_votes[i], ((pivot.tokens[i], pivot),)))
    return _join(chosen)


def _vote(
    pivot: Witness,
    witness: Witness,
    word_votes: list[list[Reading]],
    gap_votes: list[list[Reading]],
) -> None:
    pivot_keys = [t.key for t in pivot.tokens]
    keys = [t.key for t in witness.tokens]
    blocks = word_blocks(pivot_keys, keys)
    equal = [b for b in blocks if b.tag == "equal"]
    if not equal:
        return
    low, high = equal[0].i1, equal[-1].i2
    inserted: dict[int, Reading] = {}
    for block in blocks:
        if (
            block.i1 < low
            or block.i2 > high
            or (block.i1 == block.i2 and not low < block.i1 < high)
        ):
            continue  # an edge the witness does not cover
        _vote_block(block, witness, word_votes, inserted)
    for gap in range(low + 1, high):
        gap_votes[gap].append(inserted.get(gap, ()))


def _vote_block(
    block: Block, witness: Witness, word_votes: list[list[Reading]], inserted: dict[int, Reading]
) -> None:
    paired = min(block.i2 - block.i1, block.j2 - block.j1)
    for offset in range(block.i2 - block.i1):
        if offset < paired:
            token = witness.tokens[block.j1 + offset]
            word_votes[block.i1 + offset].append(((token, witness),))
        else:
            word_votes[block.i1 + offset].append(())
    extra = witness.tokens[block.j1 + paired : block.j2]
    if extra:
        inserted[block.i2] = tuple((t, witness) for t in extra)


def _winner(votes: list[Reading], default: Reading) -> Reading:
    if not votes:
        return default
    tally = Counter(tuple(t.key for t, _ in reading) for reading in votes)
    default_key = tuple(t.key for t, _ in default)

    def rank(key: tuple[str, ...]) -> tuple[int, int, int, bool]:
        return (tally[key], len(key), sum(map(len, key)), key == default_key)

    best = max(tally, key=rank)
    readings = [r for r in votes if tuple(t.key for t, _ in r) == best]
    spellings = Counter(tuple(t.text for t, _ in r) for r in readings)
    separators = Counter(_separators(r) for r in readings)
    separators.pop(None, None)

    def preference(reading: Reading) -> tuple[int, int, bool]:
        spelling = spellings[tuple(t.text for t, _ in reading)]
        return (spelling, separators.get(_separators(reading), 0), reading == default)

    return max(readings, key=preference)


def _separators(reading: Reading) -> tuple[str, ...] | None:
    """What follows each word of a reading in its witness; None where a witness ends there."""
    seps = []
    for token, witness in reading:
        index = witness.tokens.index(token)
        if index + 1 == len(witness.tokens):
            return None
        separator = witness.text[token.end : witness.tokens[index + 1].start]
        seps.append(_SPACE.sub(" ", separator.strip(_QUOTE_MARKS)) or " ")
    return tuple(seps)


def _join(chosen: Sequence[tuple[Token, Witness]]) -> str:
    parts = []
    for n, (token, witness) in enumerate(chosen):
        parts.append(token.text)
        parts.append(_separator_after(token, witness, last=n == len(chosen) - 1))
    return _SPACE.sub(" ", "".join(parts)).strip()


def _separator_after(token: Token, witness: Witness, last: bool) -> str:
    index = witness.tokens.index(token)
    if index + 1 < len(witness.tokens) and not last:
        separator = witness.text[token.end : witness.tokens[index + 1].start]
        if any(ch.isalnum() for ch in separator):
            return " "  # the attribution of an interrupted quotation
        return separator.strip(_QUOTE_MARKS) or " "
    tail = witness.text[token.end : witness.end] if index + 1 == len(witness.tokens) else ""
    tail = tail.strip().strip(_QUOTE_MARKS)
    if last:
        return tail if tail in {".", "!", "?", ".”"} else "."
    return tail + " " if tail else " "
