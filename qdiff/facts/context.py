"""Read a figure's sentence: the hedge before it, who it is credited to, which way it moves
what it counts, and the content words that say what it is about."""

from __future__ import annotations

import re
from collections.abc import Iterable

from qdiff.facts.model import Direction, FigureKind
from qdiff.lexicon import (
    ESTIMATE_VERBS,
    FIGURE_FILLER_WORDS,
    HEDGES,
    MEANING_HEDGES,
    NUMBER_WORDS,
    PASSIVE_PRONE_VERBS,
    PLAIN_SPEECH_VERBS,
    SPEECH_VERBS,
    alternation,
)
from qdiff.model import Span, Token
from qdiff.text import fold, tokenize

_HEDGE_RE = re.compile(rf"(?i:\b(?P<hedge>{alternation(HEDGES)}))\s+$")
_NOT_HEDGE_AFTER = frozenset(
    """criticism concern concerns worry worries fear fears row anger angered outrage dispute
    questions outcry protest protests revolt rebellion many them him her us clash clashed fight
    battle talks debate warned worried furious uproar storm""".split()
)

_UP_WORDS = """rise rises rising rose risen increase increases increased increasing extra additional
    boost boosts boosted grow grows grown growth grew higher raise raises raised raising hike hikes
    hiked gain gains gained jump jumped surge surged climb climbed better invest invested
    investment injection""".split()
_DOWN_WORDS = """cut cuts cutting reduce reduces reduced reducing reduction reductions save saves
    saved saving savings fall falls fallen falling fell drop drops dropped decline declined declines
    lower lowered slash slashed slashes lose loses losing lost loss losses decrease decreased
    decreases shrink shrank worse trim trimmed squeeze squeezed down deficit""".split()
DIRECTION_OF_WORD: dict[str, Direction] = {
    **{w: Direction.UP for w in _UP_WORDS},
    **{w: Direction.DOWN for w in _DOWN_WORDS},
}
_DIRECTION_WINDOW = 8
_CONTEXT_WINDOW = 12
_MIN_CONTEXT = 8
_DIRECTED = frozenset({FigureKind.MONEY, FigureKind.COUNT, FigureKind.PERCENT, FigureKind.RATE})


_CAP = r"[A-Z][\w'’.&-]*"
_NAME = rf"{_CAP}(?:\s(?:(?:of|for|and|on|the|de|du)\s)*{_CAP})*"
_GROUPS = (
    r"(?:detractors|critics|officials|economists|analysts|campaigners|charities|experts"
    r"|researchers|ministers|the government|the treasury|the source|sources|unions|police)"
)
_VERBS = (
    rf"(?:{alternation((SPEECH_VERBS | ESTIMATE_VERBS) - PASSIVE_PRONE_VERBS)}"
    rf"|(?:{alternation(PASSIVE_PRONE_VERBS)})(?!\s(?:in|on|at|by|for|to|last)\b))"
)
_SOURCE_BEFORE = re.compile(rf"(?P<name>{_NAME}|(?i:{_GROUPS}))(?:,[^,]{{1,80}},)?,?\s{_VERBS}\b")
_ACCORDING = re.compile(rf"\b(?i:according\sto)\s(?:the\s)?(?P<name>{_NAME}|(?i:{_GROUPS}))")
_SOURCE_AFTER = re.compile(
    rf",?\s(?P<name>{_NAME})\s(?:{alternation(PLAIN_SPEECH_VERBS)})\b"
    rf"|\b(?:{alternation(PLAIN_SPEECH_VERBS - {'told'})})\s(?P<name2>{_NAME})"
)
_NOT_SOURCES = frozenset(
    {
        "It",
        "This",
        "That",
        "There",
        "He",
        "She",
        "They",
        "We",
        "I",
        "You",
        "Estimates",
        "Figures",
        "Data",
        "Reports",
        "But",
        "And",
        "The",
        "A",
    }
)


def find_hedge(text: str, sentence_start: int, start: int) -> str | None:
    """The qualifier standing right before a figure: 'around', 'up to', 'more than'."""
    before = text[max(sentence_start, start - 40) : start]
    match = _HEDGE_RE.search(before)
    if not match:
        return None
    hedge = match["hedge"].casefold()
    if hedge in MEANING_HEDGES:
        return None
    if hedge in ("over", "about", "some", "under"):
        previous = before[: match.start()].split()
        if previous and fold(previous[-1].strip(",;:")) in _NOT_HEDGE_AFTER:
            return None
    return hedge


def find_source(text: str, sentence: Span, start: int) -> str | None:
    """Who the sentence credits: 'according to X', 'X said', '..., X said.'"""
    before = text[sentence.start : start]
    names = [m["name"] for m in _SOURCE_BEFORE.finditer(before)][::-1]
    names += [m["name"] for m in _ACCORDING.finditer(text, sentence.start, sentence.end)]
    for match in _SOURCE_AFTER.finditer(text, start, sentence.end):
        names.append(match["name"] or match["name2"])
    for name in names:
        cleaned = re.sub(r"(?<=\w\w)\.$", "", re.sub(r"^(?:The|the)\s", "", name).strip(" ,"))
        if cleaned and cleaned not in _NOT_SOURCES:
            return cleaned
    return None


def direction(
    tokens: tuple[Token, ...], first: int, last: int, kind: FigureKind
) -> Direction | None:
    """The nearest word of rise or fall; 'better than expected' compares, it does not move."""
    if kind not in _DIRECTED:
        return None
    best: tuple[int, Direction] | None = None
    for i, token in enumerate(tokens):
        moved = DIRECTION_OF_WORD.get(token.key)
        if moved is None or first <= i <= last:
            continue
        if i + 1 < len(tokens) and tokens[i + 1].key == "than":
            continue
        distance = first - i if i < first else i - last
        if distance <= _DIRECTION_WINDOW and (best is None or distance < best[0]):
            best = (distance, moved)
    return best[1] if best else None


def context_words(
    tokens: tuple[Token, ...],
    first: int,
    last: int,
    lead_in: tuple[Token, ...],
    follow_up: tuple[Token, ...] = (),
) -> tuple[str, ...]:
    """Content words nearest the figure, its own words first ('three Olympic gold medals' is
    about 'olympic gold' as 'the four-time Olympic gold medalist' is); a short sentence
    borrows the end of the one before, where its subject ("the changes", "they") was usually
    named, and a figure standing almost alone ("One hour, 14 minutes and 8 seconds.") the one
    after, which says what it is ("That's how long the children waited")."""
    near = sorted(
        (i for i in range(len(tokens)) if not first <= i <= last),
        key=lambda i: first - i if i < first else i - last,
    )
    inner = [t for t in tokens[first : last + 1] if t.key not in NUMBER_WORDS]
    words = _content_words(inner) + _content_words(tokens[i] for i in near[: 2 * _CONTEXT_WINDOW])
    alone = len(words) < _MIN_CONTEXT // 2
    if len(words) < _MIN_CONTEXT:
        words += _content_words(lead_in)[: 2 * _CONTEXT_WINDOW]
    if alone:
        words = _content_words(follow_up)[:_CONTEXT_WINDOW] + words
    return tuple(dict.fromkeys(words))


def own_words(text: str) -> tuple[str, ...]:
    """The content words of a figure's own text, its number left out: 'three Olympic gold
    medals' is ('olympic', 'gold', 'medal')."""
    tokens = tokenize(text, 0, len(text))
    return tuple(_content_words(t for t in tokens if t.key not in NUMBER_WORDS))


def _content_words(tokens: Iterable[Token]) -> list[str]:
    return [
        stem(t.key)
        for t in tokens
        if t.key.isalpha() and t.key not in FIGURE_FILLER_WORDS and len(t.key) > 1
    ]


def lead_in(text: str, previous: Span | None, bare_year: bool) -> tuple[Token, ...]:
    """The sentence before, whose subject a short sentence borrows; a bare year borrows
    nothing, since a story dates many things to the same year."""
    if previous is None or bare_year:
        return ()
    return tokenize(text, previous.start, previous.end)


def stem(key: str) -> str:
    """A crude plural fold, so 'cuts' and 'cut' count as one word."""
    if len(key) > 4 and key.endswith("ies"):
        return key[:-3] + "y"
    if len(key) > 5 and key.endswith(("sses", "shes", "tches", "xes")):
        return key[:-2]
    if len(key) > 3 and key.endswith("s") and not key.endswith(("ss", "us", "is")):
        return key[:-1]
    return key
