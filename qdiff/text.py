"""Words with offsets, the folds they are compared by, and sentence and paragraph boundaries."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

from qdiff.lexicon import APOSTROPHES, ENDING_QUOTES, STARTING_QUOTES, char_class
from qdiff.model import Span, Token

ELLIPSIS_KEY = "…"
BRACKET_KEY = "[]"

_BRACKET = r"\[\s*[^\s\[\]]+(?:\s+[^\s\[\]]+){0,3}\s*\]"
"""An editor's [insertion] of one to four words: a marker, not the source's words."""

_TOKEN_RE = re.compile(
    r"""
      (?P<ellipsis>\.\s?\.\s?\.|…)
    | (?P<bracket>"""
    + _BRACKET
    + r""")
    | (?P<ampersand>(?<!\S)&(?!\S))                             # `countries & 4,291 people`
    | (?P<masked>[^\W\d_]{1,3}(?:\*+|-{3,}|—{2,})[^\W\d_]{0,4}(?![\w*]))  # f***ing, f-----
    | (?P<word>
          [£$€¥]?\d+(?:[.,:]\d+)+[^\W_]*     # 640,000  4.4bn  2020-21 stays two words
        | [£$€¥]?[^\W_]+(?:['’][^\W_]+)*      # words, with inner apostrophes
      )
    """,
    re.VERBOSE,
)

_MARKER_KEYS = {"ellipsis": ELLIPSIS_KEY, "bracket": BRACKET_KEY, "ampersand": "and"}
"""Tokens keyed by what they stand for: a free-standing `&` is the word `and`."""
_APOSTROPHES = str.maketrans(dict.fromkeys(APOSTROPHES, "'"))


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """The form two words are compared by: case, accents and apostrophe glyphs folded."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_APOSTROPHES).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_SEARCH_BRACKET = re.compile(_BRACKET)
_SEPARATORS = re.compile(r"[\W_]+")
PLAIN_KEY = re.compile(r"[^\W_]+")
"""A key `search_form` keeps intact: letters and digits only (no apostrophe, sign or stop)."""


def search_form(text: str) -> str:
    """The text as one line of folded words, in compiled code only: brackets dropped, each run
    of anything but letters and digits a single space, then folded as `fold` folds a word.

    Whenever the words of text's tokens (markers left out) hold a run of PLAIN_KEY keys, this
    holds those keys joined by single spaces, so a substring scan of it never misses what a
    scan of the tokens finds; it may find more."""
    folded = _SEPARATORS.sub(" ", _SEARCH_BRACKET.sub(" ", text)).casefold()
    if folded.isascii():
        return folded
    return _combining_marks().sub("", unicodedata.normalize("NFKD", folded))


@lru_cache(maxsize=1)
def _combining_marks() -> re.Pattern[str]:
    """Every character `fold` strips, as one character class (built once, when first needed)."""
    marks = "".join(re.escape(chr(c)) for c in range(0x110000) if unicodedata.combining(chr(c)))
    return re.compile(f"[{marks}]+")


def tokenize(text: str, start: int = 0, end: int | None = None) -> tuple[Token, ...]:
    """The words of text[start:end], with offsets into text. Ellipses and [insertions] are
    tokens too, keyed ELLIPSIS_KEY and BRACKET_KEY, so an alignment sees where a cut is marked."""
    tokens = []
    for match in _TOKEN_RE.finditer(text, start, len(text) if end is None else end):
        word = match.group()
        key = _MARKER_KEYS.get(match.lastgroup or "") or fold(word)
        tokens.append(Token(word, key, match.start(), match.end()))
    return tuple(tokens)


def word_keys(text: str) -> tuple[str, ...]:
    """The keys of text's tokens: what two runs of words are compared by."""
    return tuple(t.key for t in tokenize(text))


def garbled(a: str, b: str) -> bool:
    """The same word with a character mis-decoded on one side (`Iβm` for `I’m`, `don�t` for
    `don't`): as long as each other, and at every place they differ one of them has a character
    of a script its other letters do not use, or the replacement character. Two real words of
    one script (`cash`, `crash`) never are."""
    if a == b or len(a) != len(b):
        return False
    places = [k for k in range(len(a)) if a[k] != b[k]]
    return len(places) <= _MAX_GARBLED and all(_alien(a, k) or _alien(b, k) for k in places)


_MAX_GARBLED = 2


def _script(ch: str) -> str:
    return unicodedata.name(ch, "").split(" ")[0] if ch.isalpha() else ""


def _alien(word: str, k: int) -> bool:
    """Character k stands out of the word: U+FFFD, or a letter of a script that none of the
    word's other letters (at least one) is written in."""
    if word[k] == "\ufffd":
        return True
    others = {_script(ch) for n, ch in enumerate(word) if n != k and ch.isalpha()}
    return bool(others) and word[k].isalpha() and _script(word[k]) not in others


MASK_CHARS = "*-—"
"""What an outlet prints for the letters of a word it will not print: `f***ing`, `f-----`."""


def is_masked(token: Token) -> bool:
    """A word printed with its letters masked (`f***ing`)."""
    return any(ch in MASK_CHARS for ch in token.text) and token.text[:1].isalpha()


def is_marker(token: Token) -> bool:
    """An ellipsis or a bracketed insertion: an editor's mark, not the source's words."""
    return token.key in (ELLIPSIS_KEY, BRACKET_KEY)


# Sentence boundaries: a stop, any closing quotes or brackets, space, then what may start one.
_SENTENCE_END_RE = re.compile(
    rf"[.!?…]+[{char_class(ENDING_QUOTES)})\]]*(?=\s+[{char_class(STARTING_QUOTES)}(\[]?[^\s\w]?[\w])"
)
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st sen rep gov gen lt col capt sgt cpl jr sr inc ltd co corp plc vs
    etc eg ie al no nos jan feb mar apr jun jul aug sep sept oct nov dec rev hon mt ft approx
    dept est fig vol""".split()
)
_WORD_BEFORE_RE = re.compile(r"([\w.]+)$")


def _is_abbreviation(text: str, stop: int) -> bool:
    match = _WORD_BEFORE_RE.search(text, max(0, stop - 20), stop)
    if not match:
        return False
    word = match.group(1).rstrip(".")
    if len(word) == 1 and word.isupper():
        return True  # an initial: "George W. Bush"
    if "." in word and not any(ch.isdigit() for ch in word):
        return True  # "U.S.", "e.g." (but "£4.4bn." ends a sentence)
    if word.casefold() in ("no", "nos"):
        return text[stop + 1 : stop + 4].lstrip()[:1].isdigit()  # "No. 10", not "said no."
    return word.casefold() in _ABBREVIATIONS


def paragraph_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Paragraphs of text[start:end], stripped: its non-blank lines, except that a line which
    stops mid-sentence and runs on in lower case on the next is one hard-wrapped paragraph."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    for match in _LINE_RE.finditer(text, start, end):
        span = strip_span(text, match.start(), match.end())
        if span is None:
            continue
        if spans and _wraps(text, spans[-1], span):
            spans[-1] = Span(spans[-1].start, span.end)
        else:
            spans.append(span)
    return spans


_LINE_RE = re.compile(r"[^\n]+")


def _wraps(text: str, line: Span, following: Span) -> bool:
    if text.count("\n", line.end, following.start) != 1:
        return False
    last, first = text[line.end - 1], text[following.start]
    return (last.isalnum() or last in ",;-–—(") and (first.islower() or first.isdigit())


LONG_SENTENCE_WORDS = 40
"""A "sentence" longer than this that runs over several lines is a transcript laid out a phrase
a line with no full stops: each line is a sentence of its own."""


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of text[start:end]; a paragraph break always ends one."""
    spans = []
    for paragraph in paragraph_spans(text, start, end):
        cursor = paragraph.start
        for match in _SENTENCE_END_RE.finditer(text, paragraph.start, paragraph.end):
            if not _ends_sentence(text, match):
                continue
            spans.extend(_unrun(text, cursor, match.end()))
            cursor = match.end()
        spans.extend(_unrun(text, cursor, paragraph.end))
    return spans


def sentence_ends_between(text: str, start: int, end: int) -> bool:
    """Does a sentence end in text[start:end], the gap between two words?"""
    for match in _SENTENCE_END_RE.finditer(text, start):
        if match.start() >= end:
            return False
        if _ends_sentence(text, match):
            return True
    return False


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    """A stop ends a sentence unless it closes an abbreviation or a word in lower case runs on."""
    stop = match.start() + len(match.group().rstrip(ENDING_QUOTES + ")]")) - 1
    abbreviation = text[stop] == "." and _is_abbreviation(text, stop)
    return not abbreviation and not _runs_on(text, match.end())


_NEXT_WORD_RE = re.compile(r"[^\w]*(\w)")


def _runs_on(text: str, end: int) -> bool:
    """A stop followed by a word in lower case ends no sentence: `are ... distinctly political`."""
    match = _NEXT_WORD_RE.match(text, end)
    return match is not None and match.group(1).islower()


def _unrun(text: str, start: int, end: int) -> list[Span]:
    """The sentence text[start:end], stripped, or its lines when it is a run-on transcript."""
    span = strip_span(text, start, end)
    if span is None:
        return []
    if "\n" in text[span.start : span.end] and _word_count(text, span) > LONG_SENTENCE_WORDS:
        lines = _LINE_RE.finditer(text, span.start, span.end)
        stripped = (strip_span(text, m.start(), m.end()) for m in lines)
        return [line for line in stripped if line]
    return [span]


def _word_count(text: str, span: Span) -> int:
    return sum(1 for _ in _TOKEN_RE.finditer(text, span.start, span.end))


def word_count(text: str, tokens: Iterable[Token]) -> int:
    """How many words the tokens are as a reader counts them: editors' marks left out, and a
    compound joined by a hyphen (`short-term`, `self-imposed`) one word, though it is two
    tokens to compare by."""
    count = 0
    previous: Token | None = None
    for token in tokens:
        if is_marker(token):
            previous = None
            continue
        if previous is None or text[previous.end : token.start] not in _HYPHENS:
            count += 1
        previous = token
    return count


_HYPHENS = frozenset("-‐‑")


def in_parentheses(text: str, tokens: Sequence[Token], i1: int, i2: int) -> bool:
    """Words i1..i2 stand inside parentheses of their own, an outlet's gloss in a quotation:
    `GSU (Google Stock Unit) vesting`."""
    if i1 >= i2:
        return False
    start, end = tokens[i1].start, tokens[i2 - 1].end
    inner = text[start:end]
    return (
        text[:start].rstrip().endswith("(")
        and text[end:].lstrip().startswith(")")
        and "(" not in inner
        and ")" not in inner
    )


def doubled(text: str, tokens: Sequence[Token], j: int) -> bool:
    """Word j repeats the word next to it with nothing but a space between (`some some`): a
    slip of the keyboard, not a speaker's repetition (`hugely, hugely`)."""

    def twins(a: int, b: int) -> bool:
        return (
            a >= 0
            and b < len(tokens)
            and tokens[a].key == tokens[b].key
            and not text[tokens[a].end : tokens[b].start].strip()
        )

    return twins(j - 1, j) or twins(j, j + 1)


def relative_tokens(tokens: Iterable[Token], start: int) -> tuple[Token, ...]:
    """The tokens with their offsets counted from `start`: a text cut out of a longer one."""
    return tuple(Token(t.text, t.key, t.start - start, t.end - start) for t in tokens)


def skip_over(pattern: re.Pattern[str], text: str, pos: int) -> int:
    """The offset just past what `pattern` (one that may match nothing) matches at `pos`."""
    match = pattern.match(text, pos)
    return match.end() if match is not None else pos


def strip_span(text: str, start: int, end: int) -> Span | None:
    """text[start:end] without the white space around it; None when nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def counted(n: int, noun: str) -> str:
    """`1 fact`, `2 facts`: a count and its noun, plural unless the count is one."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
