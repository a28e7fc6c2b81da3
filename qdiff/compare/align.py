"""Align a rendering with its passage word by word, and name every difference.

rapidfuzz's Indel opcodes give the longest common word sequence; short islands of shared words
inside a larger change are folded into it (so a splice reads as one replacement, not a scatter
of coincidences). Each block is then named by the rules in `classify`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from rapidfuzz.distance import Indel

from qdiff.compare.classify import (
    SPLICE_MIN_WORDS,
    block_kind,
    ending_difference,
    percent_spelled,
    separator_difference,
    verdict_of,
    word_difference,
)
from qdiff.compare.reference import PassageIndex
from qdiff.config import Normalise
from qdiff.model import Edit, EditKind, Finding, Passage, Rendering, Token
from qdiff.text import is_marker, relative_tokens, sentence_ends_between, word_keys

ISLAND_MAX_WORDS = 2
"""A run of this many shared words or fewer between two changes joins them."""


class BlockTag(str, Enum):
    """What a run of two aligned word sequences is."""

    EQUAL = "equal"
    CHANGE = "change"


@dataclass(slots=True)
class Block:
    tag: BlockTag
    i1: int
    i2: int
    j1: int
    j2: int

    @property
    def size(self) -> int:
        return max(self.i2 - self.i1, self.j2 - self.j1)

    @property
    def place(self) -> tuple[int, int, int, int]:
        return self.i1, self.i2, self.j1, self.j2


@dataclass(frozen=True, slots=True)
class _Sides:
    """The two token sequences and the texts their offsets point into."""

    ref: Sequence[Token]
    out: Sequence[Token]
    ref_text: str
    out_text: str
    ref_end: int
    out_end: int


def align(
    passage: Passage,
    rendering: Rendering,
    *,
    normalise: Normalise | None = None,
    index: PassageIndex | None = None,
) -> Finding:
    """The finding for one rendering: its pieces, verdict, score and coverage. `index` names
    the passages a spliced-in run comes from."""
    normalise = normalise or Normalise()
    sides = _Sides(
        passage.tokens,
        relative_tokens(rendering.tokens, rendering.span.start),
        passage.text,
        rendering.text,
        len(passage.text),
        len(rendering.text),
    )
    blocks = word_blocks([t.key for t in sides.ref], [t.key for t in sides.out])
    blocks = _prefer_exact_matches(blocks, sides.ref, sides.out)
    pieces = _pieces(sides, blocks, passage.id, normalise, index)
    pieces = _pair_moves(pieces)
    return Finding(
        rendering=rendering,
        pieces=tuple(pieces),
        verdict=verdict_of(p.kind for p in pieces),
        score=_score(sides, blocks),
        coverage=_coverage(sides, blocks),
    )


def word_blocks(ref_keys: list[str], out_keys: list[str]) -> list[Block]:
    """Equal and changed runs of two word sequences, islands folded, shared ends given back."""
    blocks = _split_shared_ends(_absorb_islands(raw_blocks(ref_keys, out_keys)), ref_keys, out_keys)
    return _cut_at_edges(blocks, ref_keys)


def raw_blocks(ref_keys: list[str], out_keys: list[str]) -> list[Block]:
    """The plain word alignment: every shared word a match, adjacent changes one block."""
    blocks: list[Block] = []
    for op in Indel.opcodes(ref_keys, out_keys):
        tag = BlockTag.EQUAL if op.tag == "equal" else BlockTag.CHANGE
        if blocks and tag is BlockTag.CHANGE and blocks[-1].tag is BlockTag.CHANGE:
            blocks[-1].i2, blocks[-1].j2 = op.src_end, op.dest_end
        else:
            blocks.append(Block(tag, op.src_start, op.src_end, op.dest_start, op.dest_end))
    return blocks


def _absorb_islands(blocks: list[Block]) -> list[Block]:
    """Fold a short equal run into the changes on both sides when they outweigh it and put words
    of their own in (between two plain drops the shared words stand as they are, and so do
    words next to where the rendering stops: what follows them is trimmed, not changed)."""
    changed = True
    while changed:
        changed = False
        for k in range(1, len(blocks) - 1):
            before, island, after = blocks[k - 1], blocks[k], blocks[k + 1]
            if (
                island.tag is BlockTag.EQUAL
                and before.tag is after.tag is BlockTag.CHANGE
                and island.size <= ISLAND_MAX_WORDS
                and 2 * island.size < before.size + after.size
                and (before.j2 > before.j1 or after.j2 > after.j1)
                and not (k == 1 and before.j1 == before.j2)
                and not (k == len(blocks) - 2 and after.j1 == after.j2)
            ):
                blocks[k - 1 : k + 2] = [
                    Block(BlockTag.CHANGE, before.i1, after.i2, before.j1, after.j2)
                ]
                changed = True
                break
    return blocks


def _split_shared_ends(
    blocks: list[Block], ref_keys: list[str], out_keys: list[str]
) -> list[Block]:
    """Give back the words a change shares at its ends, so `in the` next to the words it belongs
    to is matched there and not to a scattered `in ... the` earlier in the passage."""
    result: list[Block] = []
    for block in blocks:
        if block.tag is BlockTag.EQUAL:
            _append(result, block)
            continue
        i1, i2, j1, j2 = block.i1, block.i2, block.j1, block.j2
        suffix = 0
        while (
            i2 - suffix > i1
            and j2 - suffix > j1
            and ref_keys[i2 - suffix - 1] == out_keys[j2 - suffix - 1]
        ):
            suffix += 1
        prefix = 0
        while (
            i1 + prefix < i2 - suffix
            and j1 + prefix < j2 - suffix
            and ref_keys[i1 + prefix] == out_keys[j1 + prefix]
        ):
            prefix += 1
        if prefix:
            _append(result, Block(BlockTag.EQUAL, i1, i1 + prefix, j1, j1 + prefix))
        if i1 + prefix < i2 - suffix or j1 + prefix < j2 - suffix:
            result.append(
                Block(BlockTag.CHANGE, i1 + prefix, i2 - suffix, j1 + prefix, j2 - suffix)
            )
        if suffix:
            _append(result, Block(BlockTag.EQUAL, i2 - suffix, i2, j2 - suffix, j2))
    return result


def _cut_at_edges(blocks: list[Block], ref_keys: list[str]) -> list[Block]:
    """Slide a few matched words that stand alone between dropped runs to their twins at the
    end (or start) of the run, so the drops join: `I believe ...` of `I recognise ..., but I
    believe ...` starts at the second `I` (a truncation), not after the first (a gap)."""
    changed = True
    while changed:
        changed = False
        for k in range(len(blocks) - 1):
            island, drop = blocks[k], blocks[k + 1]
            size = island.i2 - island.i1
            if (
                island.tag is BlockTag.EQUAL
                and size <= ISLAND_MAX_WORDS
                and _is_drop(drop, size)
                and ref_keys[island.i1 : island.i2] == ref_keys[drop.i2 - size : drop.i2]
            ):
                moved = [
                    Block(BlockTag.CHANGE, island.i1, drop.i2 - size, island.j1, island.j1),
                    Block(BlockTag.EQUAL, drop.i2 - size, drop.i2, island.j1, island.j2),
                ]
                blocks = _joined([*blocks[:k], *moved, *blocks[k + 2 :]])
                changed = True
                break
    if len(blocks) >= 2:
        drop, last = blocks[-2], blocks[-1]
        size = last.i2 - last.i1
        if (
            _is_drop(drop, size)
            and last.tag is BlockTag.EQUAL
            and size <= ISLAND_MAX_WORDS
            and (ref_keys[last.i1 : last.i2] == ref_keys[drop.i1 : drop.i1 + size])
        ):
            moved = [
                Block(BlockTag.EQUAL, drop.i1, drop.i1 + size, last.j1, last.j2),
                Block(BlockTag.CHANGE, drop.i1 + size, last.i2, last.j2, last.j2),
            ]
            blocks = _joined([*blocks[:-2], *moved])
    return blocks


def _joined(blocks: list[Block]) -> list[Block]:
    """Adjacent blocks of one tag as one."""
    result: list[Block] = []
    for block in blocks:
        if result and result[-1].tag == block.tag:
            last = result[-1]
            result[-1] = Block(block.tag, last.i1, block.i2, last.j1, block.j2)
        else:
            result.append(block)
    return result


def _prefer_exact_matches(
    blocks: list[Block], ref: Sequence[Token], out: Sequence[Token]
) -> list[Block]:
    """Where a dropped or added word could stand at either of two places, because its neighbour
    has the same key (`e é` against `é`: which went?), put it where the words left matched are
    the same to the letter. Only pure drops and additions next to a match slide."""
    blocks = list(blocks)
    moved = True
    while moved:
        moved = False
        for k, block in enumerate(blocks):
            if block.tag is BlockTag.EQUAL or (block.i1 != block.i2 and block.j1 != block.j2):
                continue
            slid = _slid_left(blocks, k, ref, out)
            if slid is not None:
                blocks, moved = slid, True
                break
    return blocks


def _slid_left(
    blocks: list[Block], k: int, ref: Sequence[Token], out: Sequence[Token]
) -> list[Block] | None:
    """The blocks with the drop or addition at k one word earlier, when that matches better."""
    if k == 0 or blocks[k - 1].tag is not BlockTag.EQUAL:
        return None
    block = blocks[k]
    dropped = block.j1 == block.j2
    # the side that lost or gained words, and the other one
    mine, theirs = (ref, out) if dropped else (out, ref)
    a1, a2, b = (block.i1, block.i2, block.j1) if dropped else (block.j1, block.j2, block.i1)
    if a1 == 0 or b == 0 or mine[a1 - 1].key != mine[a2 - 1].key:
        return None
    partner = theirs[b - 1]
    if not (mine[a2 - 1].text == partner.text and mine[a1 - 1].text != partner.text):
        return None
    before = blocks[k - 1]
    shrunk = Block(BlockTag.EQUAL, before.i1, before.i2 - 1, before.j1, before.j2 - 1)
    if dropped:
        change = Block(BlockTag.CHANGE, a1 - 1, a2 - 1, b - 1, b - 1)
        after = Block(BlockTag.EQUAL, a2 - 1, a2, b - 1, b)
    else:
        change = Block(BlockTag.CHANGE, b - 1, b - 1, a1 - 1, a2 - 1)
        after = Block(BlockTag.EQUAL, b - 1, b, a2 - 1, a2)
    result: list[Block] = []
    for piece in (*blocks[: k - 1], shrunk, change, after, *blocks[k + 1 :]):
        if piece.tag is BlockTag.EQUAL and piece.i1 == piece.i2:
            continue
        _append(result, piece)
    return result


def _is_drop(block: Block, at_least: int) -> bool:
    """Passage words the rendering leaves out, with nothing in their place."""
    return block.tag is BlockTag.CHANGE and block.j1 == block.j2 and block.i2 - block.i1 >= at_least


def _append(blocks: list[Block], block: Block) -> None:
    if blocks and block.tag is BlockTag.EQUAL and blocks[-1].tag is BlockTag.EQUAL:
        blocks[-1].i2, blocks[-1].j2 = block.i2, block.j2
    else:
        blocks.append(block)


def _slice(tokens: Sequence[Token], text: str, i1: int, i2: int, end: int) -> str:
    """The text of tokens[i1:i2] with the separator after each, up to the next token."""
    if i1 >= i2:
        return ""
    stop = tokens[i2].start if i2 < len(tokens) else end
    return text[tokens[i1].start : stop]


def _pieces(
    sides: _Sides,
    blocks: Sequence[Block],
    passage_id: str,
    normalise: Normalise,
    index: PassageIndex | None,
) -> list[Edit]:
    pieces: list[Edit] = []
    first_equal = next((k for k, b in enumerate(blocks) if b.tag is BlockTag.EQUAL), len(blocks))
    last_equal = max((k for k, b in enumerate(blocks) if b.tag is BlockTag.EQUAL), default=-1)
    for k, block in enumerate(blocks):
        if block.tag is BlockTag.EQUAL:
            pieces.extend(_equal_pieces(sides, block, normalise))
            continue
        deleted, inserted = sides.ref[block.i1 : block.i2], sides.out[block.j1 : block.j2]
        at_edge = k < first_equal or k > last_equal
        source = _splice_source(inserted, passage_id, index)
        kind = block_kind(deleted, inserted, at_edge, normalise, source)
        if kind is EditKind.TRUNCATION and _cut_at_sentence(sides, block, k < first_equal):
            kind = EditKind.SELECTION
        elif kind in (EditKind.INSERTION, EditKind.OMISSION) and percent_spelled(
            sides.ref, sides.ref_text, sides.out, sides.out_text, block.place
        ):
            kind = None if normalise.spelling else EditKind.NUMBER
        pieces.append(
            Edit(
                reference=_slice(sides.ref, sides.ref_text, block.i1, block.i2, sides.ref_end),
                rendering=_slice(sides.out, sides.out_text, block.j1, block.j2, sides.out_end),
                kind=kind,
                source=source if kind is EditKind.SPLICE else None,
            )
        )
    return _merge_same(pieces)


def _cut_at_sentence(sides: _Sides, block: Block, leading: bool) -> bool:
    """Does a cut at the edge fall between two sentences of the passage, so that what is kept
    is whole sentences?"""
    before, after = (block.i2 - 1, block.i2) if leading else (block.i1 - 1, block.i1)
    if before < 0 or after >= len(sides.ref):
        return False
    gap_start, gap_end = sides.ref[before].end, sides.ref[after].start
    return sentence_ends_between(sides.ref_text, gap_start, gap_end)


def _equal_pieces(sides: _Sides, block: Block, normalise: Normalise) -> list[Edit]:
    """One piece a word; a difference between two words (`self imposed`/`self-imposed`) is one
    piece holding both, unless the second word differs in its own right."""
    pieces = []
    size = block.i2 - block.i1
    offset = 0
    while offset < size:
        i, j = block.i1 + offset, block.j1 + offset
        width = 1
        kind = word_difference(sides.ref[i], sides.out[j], normalise)
        if kind is EditKind.CASE and (i == 0 or j == 0):
            kind = None  # a quotation's first word, or a sentence's: capitalised by convention
        if kind is None:
            kind = _after_difference(sides, i, j, offset == size - 1, normalise)
            followed = offset + 1 < size
            if (
                kind is not None
                and followed
                and (word_difference(sides.ref[i + 1], sides.out[j + 1], normalise) is None)
            ):
                width = 2
        pieces.append(
            Edit(
                reference=_slice(sides.ref, sides.ref_text, i, i + width, sides.ref_end),
                rendering=_slice(sides.out, sides.out_text, j, j + width, sides.out_end),
                kind=kind,
            )
        )
        offset += width
    return pieces


def _after_difference(
    sides: _Sides, i: int, j: int, last: bool, normalise: Normalise
) -> EditKind | None:
    """Compare what follows word i of the passage and word j of the rendering."""
    ref_next = i + 1 < len(sides.ref)
    out_next = j + 1 < len(sides.out)
    ref_stop = sides.ref[i + 1].start if ref_next else sides.ref_end
    out_stop = sides.out[j + 1].start if out_next else sides.out_end
    ref_sep = sides.ref_text[sides.ref[i].end : ref_stop]
    out_sep = sides.out_text[sides.out[j].end : out_stop]
    if not out_next:
        return ending_difference(ref_sep, out_sep, normalise) if not ref_next else None
    if last or not ref_next:
        return None  # the next words differ: their own piece tells
    if any(ch.isalnum() for ch in out_sep + ref_sep):
        return None  # an interruption: `," he said. "`
    return separator_difference(ref_sep, out_sep, normalise)


def _merge_same(pieces: list[Edit]) -> list[Edit]:
    merged: list[Edit] = []
    for piece in pieces:
        if merged and piece.kind is None and merged[-1].kind is None:
            last = merged[-1]
            merged[-1] = Edit(last.reference + piece.reference, last.rendering + piece.rendering)
        else:
            merged.append(piece)
    return merged


def _splice_source(
    inserted: Sequence[Token], passage_id: str, index: PassageIndex | None
) -> str | None:
    """The other passage that inserted words come from, when it is one."""
    keys = [t.key for t in inserted if not is_marker(t)]
    if index is None or len(keys) < SPLICE_MIN_WORDS:
        return None
    counts = index.passages_sharing(keys)
    candidates = [(n, -p) for p, n in counts.items() if index.passages[p].id != passage_id]
    if not candidates:
        return None
    _, best = max(candidates)
    return index.passages[-best].id


def _pair_moves(pieces: list[Edit]) -> list[Edit]:
    """A run dropped in one place and the same run inserted in another is one move."""
    omitted = {
        word_keys(p.reference): k for k, p in enumerate(pieces) if p.kind is EditKind.OMISSION
    }
    result = list(pieces)
    for k, piece in enumerate(pieces):
        key = word_keys(piece.rendering)
        if piece.kind is EditKind.INSERTION and key in omitted:
            gone = omitted.pop(key)
            result[gone] = Edit(pieces[gone].reference, "", EditKind.MOVE)
            result[k] = Edit("", piece.rendering, EditKind.MOVE)
    return result


def _equal_ranges(blocks: Sequence[Block]) -> tuple[int, int, int]:
    """Matched words, and the passage range from the first to the last matched word."""
    equal = [b for b in blocks if b.tag is BlockTag.EQUAL]
    matched = sum(b.i2 - b.i1 for b in equal)
    if not equal:
        return 0, 0, 0
    return matched, equal[0].i1, equal[-1].i2


def _score(sides: _Sides, blocks: Sequence[Block]) -> float:
    _, first, last = _equal_ranges(blocks)
    ref_keys = [t.key for t in sides.ref[first:last]]
    out_keys = [t.key for t in sides.out]
    return round(Indel.normalized_similarity(ref_keys, out_keys), 3)


def _coverage(sides: _Sides, blocks: Sequence[Block]) -> float:
    matched, _, _ = _equal_ranges(blocks)
    words = sum(1 for t in sides.ref if not is_marker(t))
    return round(matched / words, 3) if words else 0.0
