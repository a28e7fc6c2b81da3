"""The rules that name a difference, and the verdict a rendering's differences add up to.

Verdicts, worst edit wins:
- verbatim: only quote-mark, apostrophe, dash-glyph or white-space differences;
- cosmetic: case, punctuation, hyphenation (`self imposed` / `self-imposed`), spelling variants;
- trimmed: words dropped at the start or end (truncation), a cut marked by an ellipsis (elision),
  or words replaced by a bracketed insertion (interpolation): the reader is told;
- altered: a word substituted, inserted, moved, silently dropped inside the span (omission), or a
  run spliced in from elsewhere in the source (splice).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from rapidfuzz.distance import OSA, Levenshtein

from qdiff.config import Normalise
from qdiff.lexicon import (
    DASHES,
    NUMBER_SIGN_WORDS,
    NUMBER_WORDS,
    PERCENT_WORDS,
    QUOTE_GLYPHS,
    RANGE_WORDS,
    char_class,
    word_frequency,
)
from qdiff.model import VERDICT_OF_KIND, EditKind, Token, Verdict
from qdiff.text import BRACKET_KEY, ELLIPSIS_KEY, MASK_CHARS, garbled, is_masked

_QUOTE_GLYPHS = re.compile(f"[{char_class(QUOTE_GLYPHS)}]")
_DASHES = re.compile(rf"\s*[{char_class(DASHES)}]+\s*")
_SPACE = re.compile(r"\s+")

# British and American spellings: each rule maps a British ending or infix to the American one.
_SPELLING_RULES = (
    (re.compile(r"isation"), "ization"),
    (re.compile(r"is(e|es|ed|ing|er|ers)$"), r"iz\1"),
    (re.compile(r"ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"our(s|ed|ing|ite|ites|able|ful)?$"), r"or\1"),
    (re.compile(r"tre(s)?$"), r"ter\1"),
    (re.compile(r"ll(ed|ing|er|ers)$"), r"l\1"),
    (re.compile(r"ogue(s)?$"), r"og\1"),
    (re.compile(r"ence(s)?$"), r"ense\1"),
    (re.compile(r"ae"), "e"),
    (re.compile(r"oe"), "e"),
    (re.compile(r"mme$"), "m"),
)
_MAX_SPELLING_DISTANCE = 2
SPLICE_MIN_WORDS = 3


def verdict_of(kinds: Iterable[EditKind | None]) -> Verdict:
    """The worst verdict among the edits; verbatim when there are none."""
    worst = Verdict.VERBATIM
    for kind in kinds:
        if kind is not None and VERDICT_OF_KIND[kind].rank > worst.rank:
            worst = VERDICT_OF_KIND[kind]
    return worst


def _american(word: str) -> str:
    for pattern, replacement in _SPELLING_RULES:
        word = pattern.sub(replacement, word)
    return word


def is_spelling_variant(a: str, b: str) -> bool:
    """`organise`/`organize`, `colour`/`color`, `signalled`/`signaled`: one word, two spellings."""
    if a == b:
        return False
    return Levenshtein.distance(a, b) <= _MAX_SPELLING_DISTANCE and _american(a) == _american(b)


def is_typo(a: str, b: str) -> bool:
    """One word slipped into a non-word (`teh` for `the`, `shinning` for `shining`), not a real
    word for another (`would`/`could`, `cash`/`crash`, `dear`/`clear`): a letter or two apart,
    and the rarer of the two is rare in English while the other is far commoner. Frequencies are
    wordfreq's, on its Zipf scale (a word used once per billion words is 0, `the` is about 7.7)."""
    if a == b or not (a.isalpha() and b.isalpha()):
        return False
    distance = OSA.distance(a, b)
    if distance > _MAX_TYPO_DISTANCE or distance * _TYPO_LENGTH_RATIO > min(len(a), len(b)):
        return False
    rare, common = sorted((word_frequency(a), word_frequency(b)))
    return rare < _RARE_WORD and common - rare >= _TYPO_FREQUENCY_GAP


_MAX_TYPO_DISTANCE = 2
_TYPO_LENGTH_RATIO = 3
"""A slip changes at most one letter in three: `teh`/`the`, not `it`/`at`."""
_RARE_WORD = 3.5
"""Zipf frequency below which a word is rare: `shining` is 4.0, `shinning` 2.2, `teh` 3.0."""
_TYPO_FREQUENCY_GAP = 1.5
"""How much commoner the right word is than the slip: `the` 7.7 against `teh` 3.0."""


def masks(a: Token, b: Token) -> bool:
    """One word printed with its letters masked, the other in full (or masked otherwise):
    `f***ing`, `f-----` and `fucking` agree on the letters they show."""
    if not (is_masked(a) or is_masked(b)):
        return False
    (head_a, tail_a), (head_b, tail_b) = _shown(a.key), _shown(b.key)
    heads = head_a.startswith(head_b) or head_b.startswith(head_a)
    tails = tail_a.endswith(tail_b) or tail_b.endswith(tail_a)
    return bool(head_a and head_b) and heads and tails


def _shown(key: str) -> tuple[str, str]:
    """The letters a masked word shows before and after its mask (an unmasked word shows all
    of them at both ends)."""
    masked = [i for i, ch in enumerate(key) if ch in MASK_CHARS]
    if not masked:
        return key, key
    return key[: masked[0]], key[masked[-1] + 1 :]


def word_difference(ref: Token, out: Token, normalise: Normalise) -> EditKind | None:
    """What differs between two tokens with the same key: case, accents or apostrophe glyphs."""
    if ref.text == out.text:
        return None
    a, b = _QUOTE_GLYPHS.sub("'", ref.text), _QUOTE_GLYPHS.sub("'", out.text)
    if a == b:
        return None if normalise.quotes else EditKind.PUNCTUATION
    if a.casefold() == b.casefold():
        return None if normalise.case else EditKind.CASE
    return None if normalise.spelling else EditKind.SPELLING


def separator_difference(ref_sep: str, out_sep: str, normalise: Normalise) -> EditKind | None:
    """What differs between the text that stands between the same two words on each side."""
    a, b = _fold_separator(ref_sep, normalise), _fold_separator(out_sep, normalise)
    if a == b:
        return None
    if {a.strip(), b.strip()} <= {"-", ""} and "-" in a + b:
        return None if normalise.hyphenation else EditKind.HYPHENATION
    return None if normalise.punctuation else EditKind.PUNCTUATION


def _fold_separator(sep: str, normalise: Normalise) -> str:
    if normalise.quotes:
        sep = _QUOTE_GLYPHS.sub("", sep)
    if normalise.dashes:
        sep = _DASHES.sub(lambda m: "-" if m.group() in "-‐‑" else " - ", sep)
    if normalise.whitespace:
        sep = _SPACE.sub(" ", sep)
        sep = sep if sep.strip() else (" " if sep else "")
    return sep


def ending_difference(ref_tail: str, out_tail: str, normalise: Normalise) -> EditKind | None:
    """The punctuation after the last word. None on either side is no difference (a transcript
    line has none; a reporter may stop before it), and a comma for a full stop, or a full stop for
    a comma, is the quoting sentence's grammar (`"...," she said`), not a change to the words."""
    a = _fold_separator(ref_tail, normalise).strip()
    b = _fold_separator(out_tail, normalise).strip()
    if not a or not b or a == b or {a, b} == {".", ","}:
        return None
    return None if normalise.punctuation else EditKind.PUNCTUATION


def block_kind(
    deleted: Sequence[Token],
    inserted: Sequence[Token],
    at_edge: bool,
    normalise: Normalise,
    spliced_from: str | None,
) -> EditKind | None:
    """Name a run of passage words replaced by a run of rendering words (either may be empty)."""
    markers = {t.key for t in inserted if t.key in (ELLIPSIS_KEY, BRACKET_KEY)}
    words = [t for t in inserted if t.key not in (ELLIPSIS_KEY, BRACKET_KEY)]
    if not words:
        if not deleted:
            return _marker_only_kind(markers, at_edge)
        if at_edge:
            return EditKind.TRUNCATION
        if BRACKET_KEY in markers:
            return EditKind.INTERPOLATION
        return EditKind.ELISION if markers else EditKind.OMISSION
    if deleted and "".join(t.key for t in deleted) == "".join(t.key for t in words):
        return None if normalise.hyphenation else EditKind.HYPHENATION
    if len(deleted) == len(words) and all(
        is_spelling_variant(a.key, b.key)
        or is_typo(a.key, b.key)
        or masks(a, b)
        or garbled(a.key, b.key)
        for a, b in zip(deleted, words, strict=True)
    ):
        return None if normalise.spelling else EditKind.SPELLING
    if (
        deleted
        and _number_form(deleted) is not None
        and (_number_form(deleted) == _number_form(words))
    ):
        return None if normalise.spelling else EditKind.NUMBER
    if deleted and _cosmetic_readings(deleted) & _cosmetic_readings(words):
        return None if normalise.spelling else EditKind.CONTRACTION
    if spliced_from is not None:
        return EditKind.SPLICE
    return EditKind.SUBSTITUTION if deleted else EditKind.INSERTION


_IRREGULAR_CONTRACTIONS = {"won't": "will not", "can't": "can not", "shan't": "shall not"}
_CONTRACTIONS = (
    ("n't", (" not",)),
    ("'ve", (" have",)),
    ("'re", (" are",)),
    ("'ll", (" will",)),
    ("'m", (" am",)),
    ("'d", (" would", " had")),
    ("'s", (" is", " has")),
)


def _expansions(tokens: Sequence[Token]) -> set[str]:
    """Every way to read the words with their contractions spelled out: `I've` -> `i have`."""
    readings = {""}
    for token in tokens:
        forms = {_IRREGULAR_CONTRACTIONS.get(token.key, token.key)}
        for short, longs in _CONTRACTIONS:
            if token.key not in _IRREGULAR_CONTRACTIONS and token.key.endswith(short):
                forms = {token.key[: -len(short)] + long for long in longs}
                break
        readings = {f"{r} {f}".strip() for r in readings for f in forms}
    return {r.replace("cannot", "can not") for r in readings}


def _number_form(tokens: Sequence[Token]) -> tuple[str, ...] | None:
    """The numbers a run of words writes, as digits, when it writes nothing else: `1,500` and
    `1500` are (`1500`,), `seven to 10` and `7-10` are (`7`, `10`); None for any other run."""
    form: list[str] = []
    for token in tokens:
        key = token.key.replace(",", "")
        if key.isdigit():
            form.append(str(int(key)))
        elif key in NUMBER_WORDS:
            form.append(NUMBER_WORDS[key])
        elif key not in PERCENT_WORDS and key not in RANGE_WORDS:
            return None
    return tuple(form) if form else None


def _cosmetic_readings(tokens: Sequence[Token]) -> set[str]:
    """The words with contractions spelled out and British spellings made American, so that
    `I am ... honoured` and `I'm ... honored` read the same."""
    return {" ".join(_american(w) for w in reading.split()) for reading in _expansions(tokens)}


def _marker_only_kind(markers: set[str], at_edge: bool) -> EditKind | None:
    if BRACKET_KEY in markers:
        return EditKind.INTERPOLATION
    return None if at_edge else EditKind.PUNCTUATION


def percent_spelled(
    ref: Sequence[Token],
    ref_text: str,
    out: Sequence[Token],
    out_text: str,
    place: tuple[int, int, int, int],
) -> bool:
    """`10 percent` for `10%`, `No. 1` for `#1`: at place (ref words i1..i2 read as out words
    j1..j2), the words only one side has spell out the sign the other side writes next to the
    same number (a percent sign after it, a number sign before it)."""
    i1, i2, j1, j2 = place
    if i1 == i2:
        words, other, other_text, at = out[j1:j2], ref, ref_text, i1
    elif j1 == j2:
        words, other, other_text, at = ref[i1:i2], out, out_text, j1
    else:
        return False
    keys = {t.key for t in words}
    if not words:
        return False
    if keys <= PERCENT_WORDS and at > 0:
        number = other[at - 1]
        following = other_text[number.end : other[at].start if at < len(other) else None]
        return number.key[:1].isdigit() and following.lstrip().startswith("%")
    if keys <= NUMBER_SIGN_WORDS and len(words) == 1 and at < len(other):
        number = other[at]
        preceding = other_text[other[at - 1].end if at > 0 else 0 : number.start]
        return number.key[:1].isdigit() and preceding.rstrip().endswith("#")
    return False
