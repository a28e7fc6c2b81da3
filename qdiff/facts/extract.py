"""Find the figures of an article with regular expressions and normalise each to value and unit."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator

from qdiff.facts.model import Direction, Figure, FigureKind
from qdiff.facts.numbers import (
    MONEY,
    NUM,
    PERCENT,
    SCALE,
    WORD_NUM,
    RawFigure,
    money,
    parse_number,
    percent,
)
from qdiff.lexicon import (
    ESTIMATE_VERBS,
    FIGURE_FILLER_WORDS,
    PASSIVE_PRONE_VERBS,
    PLAIN_SPEECH_VERBS,
    SPEECH_VERBS,
    alternation,
)
from qdiff.model import Article, Span, Token
from qdiff.text import fold, sentence_spans, tokenize

_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_MONTH_SHORT = "Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec".split()
_MONTH_RE = r"(?P<month>" + "|".join([*_MONTHS, *_MONTH_SHORT]) + r")\.?"
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"

_AGE = re.compile(
    rf"(?P<num>\d{{1,3}}|{WORD_NUM})[-\s]years?[-\s]old\b|\baged\s(?P<num2>\d{{1,3}})\b"
)
_SPAN = re.compile(
    rf"\b(?i:since)\s(?P<since>{_YEAR})\b(?!-)"
    rf"|\b(?i:from)\s(?P<a>{_YEAR})\s(?:to|until)\s(?P<b>{_YEAR})\b"
    rf"|\b(?i:between)\s(?P<c>{_YEAR})\sand\s(?P<d>{_YEAR})\b"
    rf"|(?<![\d,.])(?P<e>{_YEAR})[-–/](?P<f>{_YEAR}|\d\d)\b(?![-–]\d)"
)
_DURATION = re.compile(
    rf"(?P<num>{NUM})\s(?P<unit>years?|months?|weeks?|days?|hours?|minutes?|decades?)\b(?!\s?-?old)"
)
_DATE = re.compile(
    rf"\b(?P<day>{_DAY})\s(?:of\s)?{_MONTH_RE}(?:,?\s(?P<year>{_YEAR}))?\b"
    rf"|\b{_MONTH_RE.replace('month', 'month2')}\s(?:(?P<day2>{_DAY})\b(?:,?\s(?P<year2>{_YEAR}))?"
    rf"|(?P<year3>{_YEAR}))\b"
    rf"|\b(?P<weekday>{'|'.join(_WEEKDAYS)})\b"
    rf"|\b(?i:in|by|until|before|after|during)\s(?P<year4>{_YEAR})\b(?![-–,.]?\d)"
)
_COUNT = re.compile(rf"(?P<num>{NUM})(?P<scale>{SCALE})?(?P<words>(?:\s[A-Za-z][\w'’-]*){{1,3}})")
_HEDGES = sorted(
    """up to|more than|over|less than|fewer than|at least|at most|as many as|as much as|as few as
    |as little as|in excess of|upwards of|close to|nearly|almost|around|about|roughly|approximately
    |some|an estimated|estimated|under|just over|just under|well over|well under|an average of
    |average|below|above|a maximum of|a minimum of|barely|only|just""".replace("\n", "").split("|"),
    key=len,
    reverse=True,
)
_HEDGE_RE = re.compile(rf"(?i:\b(?P<hedge>{'|'.join(h.strip() for h in _HEDGES)}))\s+$")
_NOT_HEDGE_AFTER = frozenset(
    """criticism concern concerns worry worries fear fears row anger angered outrage dispute
    questions outcry protest protests revolt rebellion many them him her us clash clashed fight
    battle talks debate warned worried furious uproar storm""".split()
)
_MEANING_HEDGES = frozenset({"only", "just", "barely"})

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


def extract_figures(article: Article) -> tuple[Figure, ...]:
    """Every figure of the article, in reading order, none overlapping another."""
    text = article.text
    sentences = sentence_spans(text)
    starts = [s.start for s in sentences]
    figures = []
    for raw in _resolve(_raw_figures(text)):
        index = bisect.bisect_right(starts, raw.start) - 1
        if index < 0 or raw.end > sentences[index].end:
            continue
        previous = sentences[index - 1] if index else None
        figures.append(_enrich(article, raw, sentences[index], previous))
    return tuple(figures)


def _raw_figures(text: str) -> Iterator[RawFigure]:
    for pattern, build in _EXTRACTORS:
        for match in pattern.finditer(text):
            raw = build(match)
            if raw is not None:
                yield raw


def _resolve(raws: Iterator[RawFigure]) -> list[RawFigure]:
    """The first extractor to claim a stretch of text wins; later overlapping finds are dropped."""
    kept: list[RawFigure] = []
    for raw in raws:
        if not any(raw.start < k.end and k.start < raw.end for k in kept):
            kept.append(raw)
    return sorted(kept, key=lambda r: r.start)


def _age(m: re.Match[str]) -> RawFigure:
    age = parse_number(m["num"] or m["num2"])
    return RawFigure(m.start(), m.end(), FigureKind.AGE, age, "year")


def _span(m: re.Match[str]) -> RawFigure | None:
    if m["since"]:
        value = f"{m['since']}/.."
    else:
        first, last = m["a"] or m["c"] or m["e"], m["b"] or m["d"] or m["f"]
        if len(last) == 2:
            last = first[:2] + last
        if int(last) <= int(first):
            return None
        value = f"{first}/{last}"
    return RawFigure(m.start(), m.end(), FigureKind.DURATION, value, "interval")


def _duration(m: re.Match[str]) -> RawFigure:
    unit = m["unit"].casefold().rstrip("s")
    return RawFigure(m.start(), m.end(), FigureKind.DURATION, parse_number(m["num"]), unit)


def _date(m: re.Match[str]) -> RawFigure:
    if m["weekday"]:
        return RawFigure(m.start(), m.end(), FigureKind.DATE, m["weekday"], "weekday")
    if m["year4"]:
        return RawFigure(m.start("year4"), m.end(), FigureKind.DATE, m["year4"], "year")
    month = _month_number(m["month"] or m["month2"])
    day, year = m["day"] or m["day2"], m["year"] or m["year2"] or m["year3"]
    if day is None:
        return RawFigure(m.start(), m.end(), FigureKind.DATE, f"{year}-{month:02d}", "month")
    day_number = int(re.sub(r"\D", "", day))
    value = f"{year or '-'}-{month:02d}-{day_number:02d}"
    return RawFigure(m.start(), m.end(), FigureKind.DATE, value, "date")


def _month_number(name: str) -> int:
    return next(i for i, full in enumerate(_MONTHS, 1) if full.startswith(name[:3]))


_PEOPLE_NOUNS = frozenset(
    "people men women children staff police personnel cattle sheep fish deer folk".split()
)
_COUNT_STOP = frozenset(
    FIGURE_FILLER_WORDS - {"people"}
    | {"times", "per", "percent", "of", "or", "and", "to", "a", "an", "the"}
)


def _count(m: re.Match[str]) -> RawFigure | None:
    if _looks_like_year(m["num"]) and not m["scale"]:
        return None
    words = []
    for word in m["words"].split():
        if fold(word) in _COUNT_STOP or not word[0].isalpha():
            break
        words.append(word)
    head = next((w for w in words if _is_plural_noun(w)), None)
    if head is None or _is_model_number(m, words, head):
        return None
    value = parse_number(m["num"], m["scale"])
    if value == 1:
        return None
    end = m.start("words") + m["words"].index(head) + len(head)
    return RawFigure(m.start(), end, FigureKind.COUNT, value, fold(head))


_PROPER_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|i|ch|ic|ive|ern)|Tory|Labour|Green")
_NOT_NAME_BEFORE = frozenset({*_MONTHS, *_MONTH_SHORT, *_WEEKDAYS})
_NOT_NAME_WORDS = FIGURE_FILLER_WORDS | {w for h in _HEDGES for w in h.split()} | {"another", "all"}


def _is_model_number(m: re.Match[str], words: list[str], head: str) -> bool:
    """'737 Max jets', 'Boeing 737 jets': a number in a product name counts nothing.
    A capitalised word between the number and its noun names a model unless it is a proper
    adjective ('13 African countries'); a capitalised word just before the number starts a name.
    Title-case headlines ('Fire Kills 5 Boys') capitalise everything and are let through."""
    if not m["num"][0].isdigit() or _in_title_case(m.string, m.start()):
        return False
    if words[0] != head and words[0][0].isupper() and not _PROPER_ADJECTIVE.fullmatch(words[0]):
        return True
    before = re.search(r"(?:^|\s)([A-Z][A-Za-z]+) $", m.string[max(0, m.start() - 40) : m.start()])
    if before is None:
        return False
    name = before[1]
    return name not in _NOT_NAME_BEFORE and fold(name) not in _NOT_NAME_WORDS


def _in_title_case(text: str, position: int) -> bool:
    """Is the line around position a headline that capitalises most of its words?"""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    words = re.findall(r"[A-Za-z]{4,}", text[start : end if end >= 0 else len(text)])
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


_ELIDED = re.compile(
    r"(?:(?<![^\n])|(?<=[.!?,;:(—–]\s)|(?i:(?<=\band\s)|(?<=\bwith\s)|(?<=\bwhile\s)|(?<=\bbut\s)))"
    rf"(?P<num>{WORD_NUM}|\d{{1,3}}(?:,\d{{3}})*)\s(?:of\s(?:them|whom)\s)?"
    r"(?:(?:were|was|are|have\sbeen|had\sbeen|have|had|remain|remained)\s)?"
    r"(?P<verb>taken|hospitali[sz]ed|injured|killed|died|dead|arrested|rescued|treated|evacuated"
    r"|missing|hurt|wounded|charged|detained)\b"
)
"""A count whose noun is left out, standing at the head of its clause before a verb that only
people take: 'and two were taken to hospital', 'with three taken to hospital', 'Six died'."""


def _elided_count(m: re.Match[str]) -> RawFigure | None:
    if _looks_like_year(m["num"]):
        return None
    value = parse_number(m["num"])
    return RawFigure(m.start("num"), m.end("num"), FigureKind.COUNT, value, "people")


def _looks_like_year(number: str) -> bool:
    return re.fullmatch(_YEAR, number) is not None


def _is_plural_noun(word: str) -> bool:
    key = fold(word)
    if key in _PEOPLE_NOUNS:
        return True
    return len(key) > 3 and key.endswith("s") and not key.endswith(("ss", "us", "is", "ous"))


_EXTRACTORS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], RawFigure | None]], ...] = (
    (_AGE, _age),
    (MONEY, money),
    (PERCENT, percent),
    (_SPAN, _span),
    (_DATE, _date),
    (_DURATION, _duration),
    (_COUNT, _count),
    (_ELIDED, _elided_count),
)


def _enrich(article: Article, raw: RawFigure, sentence: Span, previous: Span | None) -> Figure:
    text = article.text
    tokens = tokenize(text, sentence.start, sentence.end)
    inside = [i for i, t in enumerate(tokens) if t.start < raw.end and raw.start < t.end]
    first, last = (inside[0], inside[-1]) if inside else (0, 0)
    return Figure(
        article_id=article.id,
        span=Span(raw.start, raw.end),
        text=text[raw.start : raw.end],
        kind=raw.kind,
        value=raw.value,
        unit=raw.unit,
        hedge=find_hedge(text, sentence.start, raw.start),
        source=find_source(text, sentence, raw.start),
        direction=raw.direction or _direction(tokens, first, last, raw.kind),
        sentence=sentence,
        context=_context(tokens, first, last, _lead_in(text, previous, raw)),
    )


def find_hedge(text: str, sentence_start: int, start: int) -> str | None:
    """The qualifier standing right before a figure: 'around', 'up to', 'more than'."""
    before = text[max(sentence_start, start - 40) : start]
    match = _HEDGE_RE.search(before)
    if not match:
        return None
    hedge = match["hedge"].casefold()
    if hedge in _MEANING_HEDGES:
        return None
    if hedge in ("over", "about", "some", "under"):
        previous = before[: match.start()].split()
        if previous and fold(previous[-1].strip(",;:")) in _NOT_HEDGE_AFTER:
            return None
    return hedge.removeprefix("an ").removesuffix(" of")


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


def _direction(
    tokens: tuple[Token, ...], first: int, last: int, kind: FigureKind
) -> Direction | None:
    """The nearest word of rise or fall; 'better than expected' compares, it does not move."""
    if kind not in _DIRECTED:
        return None
    best: tuple[int, Direction] | None = None
    for i, token in enumerate(tokens):
        direction = DIRECTION_OF_WORD.get(token.key)
        if direction is None or first <= i <= last:
            continue
        if i + 1 < len(tokens) and tokens[i + 1].key == "than":
            continue
        distance = first - i if i < first else i - last
        if distance <= _DIRECTION_WINDOW and (best is None or distance < best[0]):
            best = (distance, direction)
    return best[1] if best else None


def _context(
    tokens: tuple[Token, ...], first: int, last: int, lead_in: tuple[Token, ...]
) -> tuple[str, ...]:
    """Content words nearest the figure; a short sentence borrows the end of the one before,
    where its subject ("the changes", "they") was usually named."""
    near = sorted(
        (i for i in range(len(tokens)) if not first <= i <= last),
        key=lambda i: first - i if i < first else i - last,
    )
    words = _content_words(tokens[i] for i in near[: 2 * _CONTEXT_WINDOW])
    if len(words) < _MIN_CONTEXT:
        words += _content_words(lead_in)[: 2 * _CONTEXT_WINDOW]
    return tuple(dict.fromkeys(words))


def _content_words(tokens: Iterable[Token]) -> list[str]:
    return [
        stem(t.key)
        for t in tokens
        if t.key.isalpha() and t.key not in FIGURE_FILLER_WORDS and len(t.key) > 1
    ]


def _lead_in(text: str, previous: Span | None, raw: RawFigure) -> tuple[Token, ...]:
    """The sentence before, whose subject a short sentence borrows; a bare year borrows
    nothing, since a story dates many things to the same year."""
    if previous is None or (raw.kind is FigureKind.DATE and raw.unit == "year"):
        return ()
    return tokenize(text, previous.start, previous.end)


def stem(key: str) -> str:
    """A crude plural fold, so 'cuts' and 'cut' count as one word."""
    if len(key) > 4 and key.endswith("ies"):
        return key[:-3] + "y"
    if len(key) > 3 and key.endswith("s") and not key.endswith(("ss", "us", "is")):
        return key[:-1]
    return key
