"""Find the figures of an article with regular expressions and normalise each to value and unit."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from qdiff.facts.calendar import (
    DATE,
    MONTH_SHORT,
    MONTHS,
    SPAN,
    TIME,
    WEEKDAYS,
    date,
    looks_like_year,
    span,
    time_of_day,
)
from qdiff.facts.context import (
    context_words,
    direction,
    find_hedge,
    find_source,
    lead_in,
)
from qdiff.facts.interval import TIME_OF_DAY_SIZE, hedged_interval, written_interval
from qdiff.facts.model import Figure, FigureKind, Interval
from qdiff.facts.numbers import (
    BARE_NUM,
    MONEY,
    NUM,
    PERCENT,
    RANGE_JOIN,
    SCALE,
    WORD_NUM,
    RawFigure,
    money,
    parse_number,
    percent,
    stated_range,
    written_precision,
)
from qdiff.facts.ratios import MULTIPLE, RANK, SCORE, SHARE, multiple, rank, score, share
from qdiff.facts.units import COMPOUND_MEASURE_UNITS, MEASURE_UNITS, measure_unit, to_base
from qdiff.lexicon import (
    ENDING_QUOTES,
    FIGURE_FILLER_WORDS,
    GENERIC_MEASURE_NOUNS,
    HEDGES,
    MEANING_HEDGES,
    STARTING_QUOTES,
    STOP_WORDS,
    UNMARKED_PLURALS,
    alternation,
    char_class,
)
from qdiff.model import Article, Span
from qdiff.text import fold, sentence_spans, tokenize

_TIME_UNITS = r"years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?"


def _ranged(prefix: str) -> str:
    """A number or a range of numbers, its groups named with prefix: '20-30', 'seven to 10',
    'between 40 and 50'."""
    return (
        rf"(?:\b(?i:between)\s(?P<{prefix}b>{NUM})\sand\s(?P<{prefix}b_to>{BARE_NUM})"
        rf"|(?P<{prefix}>{NUM})(?:{RANGE_JOIN}(?P<{prefix}_to>{BARE_NUM}))?)"
    )


_AGE = re.compile(
    rf"(?P<num>\d{{1,3}}|{WORD_NUM})\s?[-\s]\s?years?[-\s]old\b"
    rf"|\b(?i:aged|age|at\sthe\sage\sof|died\sat)\s(?P<num2>\d{{1,3}})\b(?![.,]\d|\s?%)"
    r"|\b(?i:who|he|she)\s(?:is|was)\s(?P<num5>\d{1,3})(?=,|\.(?!\d)|;|\s(?:when|and|at)\b)"
    rf"|(?P<name>\b[A-Z][\w'’-]*[a-z]),\s(?P<num3>\d{{1,3}}|{WORD_NUM})"
    r"(?=,|\.(?!\d)|;|\s(?:and|who|was|is|has|had|said|says|died|will|were)\b)"
    r"|(?P<name2>\b[A-Z][\w'’-]*[a-z])\s\((?P<num4>\d{1,3})\)"
)
_MEASURE = re.compile(
    rf"{_ranged('num')}(?:\s?{MEASURE_UNITS}"
    rf"|\s?-\s?{COMPOUND_MEASURE_UNITS.replace('(?P<unit>', '(?P<cunit>')}\b)"
)
_RACE_TIME = re.compile(r"(?<![\d:.])(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?![\d:])")
"""A time taken, hours to seconds: a marathon in '2:00:35'."""
_CLOCK_PART = r"(?P<{0}>{1}|(?i:an?|one))[\s-](?P<{0}_unit>(?i:hours?|minutes?|seconds?))\b"
_CLOCK_JOIN = r"(?:,\s|,?\sand\s|\s)"
_LONG_TIME = re.compile(
    _CLOCK_PART.format("p1", NUM)
    + _CLOCK_JOIN
    + _CLOCK_PART.format("p2", BARE_NUM)
    + rf"(?:{_CLOCK_JOIN}{_CLOCK_PART.format('p3', BARE_NUM)})?"
)
"""A time taken in words, hours to seconds: 'two hours and 35 seconds', 'One hour, 14 minutes
and 8 seconds', '11 hours 55 minutes', 'the 11 hour and 55-minute orbit'."""
_SECONDS = {"hour": 3600, "minute": 60, "second": 1}
_HEDGED_ONE = re.compile(rf"(?<=\s)(?P<num>an?)\s(?P<unit>{_TIME_UNITS})\b(?![-\s]old)")
"""'more than an hour', 'nearly a year': one unit, where a hedge stands before it."""
_DURATION_MODIFIERS = "full|whole|straight|consecutive|more|additional|extra|calendar|working"
_DURATION = re.compile(
    rf"{_ranged('num')}(?P<join>\s?-\s?|\s(?:(?:{_DURATION_MODIFIERS})\s)?)"
    rf"(?P<unit>{_TIME_UNITS})\b(?![-\s]old)"
    r"(?P<after>(?:\s[a-z][a-z'’-]+){1,2})?"
)
_COUNT = re.compile(
    rf"(?P<num>{NUM})(?P<scale>{SCALE})?(?:{RANGE_JOIN}(?P<num_to>{BARE_NUM})(?P<scale_to>{SCALE})?)?"
    r"(?P<of>\sof\s(?:the|its|our|their|his|her|those|these)\b)?"
    rf"(?P<words>(?:\s[{char_class(STARTING_QUOTES)}]?[A-Za-z][\w'’+-]*){{1,4}})"
)
_COMPOUND_COUNT = re.compile(
    rf"(?P<num>{NUM})-(?P<unit>[a-z]{{3,}})(?P<words>(?:\s[a-z][\w'’-]*){{1,2}})"
)
"""A count written as an adjective: 'a 22-page memorandum', 'a five-part series'."""
_TIMES_WINNER = re.compile(
    rf"(?P<num>{NUM})[-\s]times?\s(?:[A-Za-z]\w*[\s-]){{0,3}}?"
    r"(?P<role>champion|winner|titlist|title-winner|medall?ist)s?\b"
)
"""'a 23-time Grand Slam winner', 'the four-time Olympic gold medallist', 'a 20-time Grand
Slam-winner': so many titles won."""
_WON_FOR_ROLE = {"medallist": "medals", "medalist": "medals"}
_NOT_COMPOUND_UNITS = frozenset(
    "time times fold odd strong year old thirds third half quarter quarters fifths point".split()
)


def extract_figures(article: Article) -> tuple[Figure, ...]:
    """Every figure of the article, in reading order, none overlapping another."""
    text = article.text
    sentences = sentence_spans(text)
    starts = [s.start for s in sentences]
    figures = []
    for raw in _mark_conversions(_resolve(_raw_figures(text)), text):
        index = bisect.bisect_right(starts, raw.start) - 1
        if index < 0 or raw.end > sentences[index].end:
            continue
        previous = sentences[index - 1] if index else None
        following = sentences[index + 1] if index + 1 < len(sentences) else None
        figures.append(_enrich(article, raw, sentences[index], previous, following))
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


def _mark_conversions(raws: list[RawFigure], text: str) -> list[RawFigure]:
    """A figure in brackets right after another restates it in another unit: '$27.2 million
    (£19m)', '22 1/2 years (270 months)'. A bracketed amount is then no accounting loss."""
    marked: list[RawFigure] = []
    for raw in raws:
        if marked and _restates(text, marked[-1], raw):
            raw = replace(raw, converts=True)
            if raw.kind is FigureKind.MONEY and isinstance(raw.value, int | float):
                raw = replace(raw, value=abs(raw.value), direction=None)
        marked.append(raw)
    return marked


def _restates(text: str, before: RawFigure, raw: RawFigure) -> bool:
    between = text[before.end : raw.start]
    return re.fullmatch(r"\s*\(", between) is not None or (
        not between.strip() and text[raw.start] == "("
    )


def _number(m: re.Match[str], group: str) -> tuple[str, str | None, int]:
    """The number (or the two ends of a range) under group, and where the figure starts: in
    'from 5 to 7 years' the figure is where the change ends."""
    if m[f"{group}b"]:
        return m[f"{group}b"], m[f"{group}b_to"], m.start()
    low, high = m[group], m[f"{group}_to"]
    if high and m.string[max(0, m.start() - 5) : m.start()].casefold() == "from ":
        return high, None, m.start(f"{group}_to")
    return low, high, m.start()


def _range_values(low: str, high: str | None) -> tuple[int | float, int | float | None, float]:
    value = parse_number(low)
    upper, precision = stated_range(
        value, parse_number(high) if high else None, written_precision(low)
    )
    return value, upper, precision


def _age(m: re.Match[str]) -> RawFigure | None:
    if m["num3"] or m["num4"]:
        name = m["name"] or m["name2"]
        value = parse_number(m["num3"] or m["num4"])
        if not _is_name(name) or not 0 < value < 120:
            return None
        subject = fold(name)
        return RawFigure(m.start(), m.end(), FigureKind.AGE, value, "year", subject=subject)
    age = parse_number(m["num"] or m["num2"] or m["num5"])
    if m["num5"] and not 0 < age < 120:
        return None
    return RawFigure(m.start(), m.end(), FigureKind.AGE, age, "year", precision=0.0)


def _is_name(word: str) -> bool:
    """Could the word before 'WORD, 45,' be a person's name?"""
    key = fold(word)
    return (
        word not in MONTHS
        and word not in WEEKDAYS
        and key not in STOP_WORDS
        and key not in FIGURE_FILLER_WORDS
        and key not in HEDGES
    )


def _measure(m: re.Match[str]) -> RawFigure:
    low, high, start = _number(m, "num")
    value, upper, precision = _range_values(low, high)
    unit = measure_unit(m["unit"] or m["cunit"])
    return RawFigure(start, m.end(), FigureKind.MEASURE, value, unit, None, upper, precision)


def _duration(m: re.Match[str]) -> RawFigure:
    low, high, start = _number(m, "num")
    value, upper, precision = _range_values(low, high)
    unit = m["unit"].casefold().rstrip("s")
    subject = None
    if "-" in m["join"] and not m["unit"].endswith("s") and m["after"]:
        subject = _head_noun(m["after"].split())
    return RawFigure(
        start, m.end("unit"), FigureKind.DURATION, value, unit, None, upper, precision, subject
    )


def _race_time(m: re.Match[str]) -> RawFigure:
    seconds = int(m["h"]) * 3600 + int(m["m"]) * 60 + int(m["s"])
    return RawFigure(m.start(), m.end(), FigureKind.DURATION, seconds, "second", precision=0.5)


def _long_time(m: re.Match[str]) -> RawFigure | None:
    parts = [(m[p], m[f"{p}_unit"].casefold().rstrip("s")) for p in ("p1", "p2", "p3") if m[p]]
    units = [_SECONDS[unit] for _, unit in parts]
    if units != sorted(units, reverse=True) or len(set(units)) < len(units):
        return None
    seconds = sum(_one(number) * size for (number, _), size in zip(parts, units, strict=True))
    precision = 0.5 * units[-1]
    return RawFigure(
        m.start(), m.end(), FigureKind.DURATION, seconds, "second", precision=precision
    )


def _hedged_one(m: re.Match[str]) -> RawFigure | None:
    before = m.string[max(0, m.start() - 30) : m.start()]
    if _HEDGE_BEFORE.search(before) is None:
        return None
    unit = m["unit"].casefold().rstrip("s")
    if m["unit"].casefold().endswith("s"):
        return None
    precision = written_precision("1")
    return RawFigure(m.start(), m.end(), FigureKind.DURATION, 1, unit, precision=precision)


_HEDGE_BEFORE = re.compile(rf"(?i:\b(?:{alternation(HEDGES - MEANING_HEDGES)}))\s$")


def _one(number: str) -> int | float:
    return 1 if number.casefold() in ("a", "an") else parse_number(number)


def _head_noun(words: list[str], *, phrase_ends_at_plural: bool = True) -> str | None:
    """The last content word of a short noun phrase: a 'prison sentence' is a 'sentence'.
    After an adjective-like compound, a plural after a singular starts a new phrase ('a
    30-year sentence prosecutors sought')."""
    content: list[str] = []
    for word in words:
        key = fold(word.strip(",.;:()"))
        if not key.isalpha() or key in FIGURE_FILLER_WORDS or key in STOP_WORDS:
            break
        if content and key.endswith(_PARTICIPLE_ENDINGS):
            break
        plural_after_singular = (
            content and _is_plural_noun(key) and not _is_plural_noun(content[-1])
        )
        if phrase_ends_at_plural and plural_after_singular:
            break
        content.append(key)
        if word[-1:] in ",.;:()":
            break
    if not content or content[-1] in GENERIC_MEASURE_NOUNS:
        return None
    return content[-1]


_PARTICIPLE_ENDINGS = ("ed", "ing")
"""A word after the noun that ends like a participle starts a clause: '15-year sentence
required by the guidelines' is a 'sentence'."""

_MONEY_SUBJECT = re.compile(r"\s(?:in|of|for|on)\s((?:[a-z][\w'’-]*[,.;:]?\s?){1,4})")


def _money_subject(text: str, raw: RawFigure) -> str | None:
    """What an amount is an amount of: '$865,000 in expert witness fees' is of 'fees'."""
    match = _MONEY_SUBJECT.match(text, raw.end)
    if match is None:
        return None
    return _head_noun(match[1].split(), phrase_ends_at_plural=False)


_COUNT_STOP = frozenset(
    FIGURE_FILLER_WORDS - {"people"}
    | {"times", "per", "percent", "of", "or", "and", "to", "a", "an", "the"}
)


def _count(m: re.Match[str]) -> RawFigure | None:
    if looks_like_year(m["num"]) and not m["scale"]:
        return None
    if _is_title(m):
        return None
    words: list[str] = []
    for word in m["words"].split():
        word = word.lstrip(STARTING_QUOTES)
        if _joins_modifiers(word, words):
            continue
        if fold(word) in _COUNT_STOP or not word[0].isalpha():
            break
        words.append(word)
    head = _counted_noun(words)
    if head is None or _is_model_number(m, words, head):
        return None
    value = parse_number(m["num"], m["scale"])
    if value == 1:
        return None
    upper, precision = stated_range(
        value,
        parse_number(m["num_to"], m["scale_to"] or m["scale"]) if m["num_to"] else None,
        written_precision(m["num"], m["scale"]),
    )
    end = m.start("words") + m["words"].index(head) + len(head)
    head = head.rstrip(ENDING_QUOTES)
    return RawFigure(m.start(), end, FigureKind.COUNT, value, fold(head), None, upper, precision)


def _joins_modifiers(word: str, before: list[str]) -> bool:
    """'seven fraud and conspiracy counts': an 'and' between two words that qualify the noun
    still to come, not between two counts ('19 children and two teachers')."""
    return (
        fold(word) in ("and", "or")
        and len(before) == 1
        and not _is_plural_noun(before[0])
        and before[0][0].islower()
    )


def _counted_noun(words: list[str]) -> str | None:
    """The noun a count counts: the first plural noun, or the last of a run of them
    ('20 Grand Slam singles titles' counts titles)."""
    head = None
    for word in words:
        if _is_plural_noun(word):
            head = word
        elif head is not None:
            break
    return head


def _times_winner(m: re.Match[str]) -> RawFigure:
    value = parse_number(m["num"])
    unit = _WON_FOR_ROLE.get(m["role"].casefold(), "titles")
    precision = written_precision(m["num"])
    end = m.end("num") + len(m.group(0)[m.end("num") - m.start() :].split()[0])
    return RawFigure(m.start(), end, FigureKind.COUNT, value, unit, None, None, precision)


def _compound_count(m: re.Match[str]) -> RawFigure | None:
    unit = m["unit"]
    if unit in _NOT_COMPOUND_UNITS or re.fullmatch(_TIME_UNITS, unit) or _is_title(m):
        return None
    value = parse_number(m["num"])
    subject = _head_noun(m["words"].split())
    if subject is None:
        return None
    precision = written_precision(m["num"])
    return RawFigure(
        m.start(), m.end("unit"), FigureKind.COUNT, value, unit, None, None, precision, subject
    )


def _is_title(m: re.Match[str]) -> bool:
    """'Two Fat Ladies', 'Ocean's Eleven': a number word capitalised inside a sentence and
    followed by a capitalised word is part of a title, not a count."""
    number = m["num"]
    if not number[0].isupper() or number[0].isdigit():
        return False
    before = m.string[max(0, m.start() - 3) : m.start()]
    starts_sentence = not before.strip() or before.rstrip()[-1:] in ".!?:\n" + STARTING_QUOTES
    after = m.string[m.end("num") : m.end("num") + 30].split()
    return not starts_sentence and bool(after) and after[0][:1].isupper()


_PROPER_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|i|ch|ic|ive|ern)|Tory|Labour|Green")
_NOT_NAME_BEFORE = frozenset({*MONTHS, *MONTH_SHORT, *WEEKDAYS})


def _is_model_number(m: re.Match[str], words: list[str], head: str) -> bool:
    """'737 Max jets', 'Boeing 737 jets': a number in a product name counts nothing. A model
    number is written as digits without separators; a capitalised word between it and its noun
    names the model unless it is a proper adjective ('13 African countries'), and a capitalised
    word just before it starts the name. A count ('125,000 Tread+ treadmills', '20 Grand Slam
    titles') is written with separators or is short. Title-case headlines are let through."""
    number = m["num"]
    if not number[0].isdigit() or "," in number or _in_title_case(m.string, m.start()):
        return False
    before = re.search(r"(?:^|\s)([A-Z][A-Za-z]+) $", m.string[max(0, m.start() - 40) : m.start()])
    if before is not None:
        name = before[1]
        if name not in _NOT_NAME_BEFORE and fold(name) not in _NOT_NAME_WORDS:
            return True
    capitalised_between = words[0] != head and words[0][0].isupper()
    return capitalised_between and not _PROPER_ADJECTIVE.fullmatch(words[0]) and len(number) >= 3


_NOT_NAME_WORDS = FIGURE_FILLER_WORDS | {w for h in HEDGES for w in h.split()} | {"another", "all"}


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


_WORKING = re.compile(
    rf"(?P<num>{NUM})\s(?:(?:who|that)\s(?:are|were)\s)?(?:working|employed)\s(?:for|by|at|in)\b"
)
"""People counted by the work they do, the noun left out: 'the roughly 220,000 working for the
company'."""


def _elided_count(m: re.Match[str]) -> RawFigure | None:
    if looks_like_year(m["num"]):
        return None
    value = parse_number(m["num"])
    precision = written_precision(m["num"])
    return RawFigure(
        m.start("num"), m.end("num"), FigureKind.COUNT, value, "people", None, None, precision
    )


def _is_plural_noun(word: str) -> bool:
    key = fold(word)
    if key in UNMARKED_PLURALS:
        return True
    return len(key) > 3 and key.endswith("s") and not key.endswith(("ss", "us", "is", "ous"))


_EXTRACTORS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], RawFigure | None]], ...] = (
    (_AGE, _age),
    (MONEY, money),
    (PERCENT, percent),
    (SHARE, share),
    (SPAN, span),
    (SCORE, score),
    (_RACE_TIME, _race_time),
    (_LONG_TIME, _long_time),
    (_HEDGED_ONE, _hedged_one),
    (TIME, time_of_day),
    (_MEASURE, _measure),
    (DATE, date),
    (_DURATION, _duration),
    (_TIMES_WINNER, _times_winner),
    (MULTIPLE, multiple),
    (_COMPOUND_COUNT, _compound_count),
    (_COUNT, _count),
    (_ELIDED, _elided_count),
    (_WORKING, _elided_count),
    (RANK, rank),
)

_PER_YEAR = {"year": 1, "month": 12, "week": 52, "day": 365}


def _enrich(
    article: Article,
    raw: RawFigure,
    sentence: Span,
    previous: Span | None,
    following: Span | None,
) -> Figure:
    text = article.text
    tokens = tokenize(text, sentence.start, sentence.end)
    inside = [i for i, t in enumerate(tokens) if t.start < raw.end and raw.start < t.end]
    first, last = (inside[0], inside[-1]) if inside else (0, 0)
    hedge = find_hedge(text, sentence.start, raw.start)
    base_unit, written = _written(raw)
    bare_year = raw.kind is FigureKind.DATE and raw.unit == "year"
    return Figure(
        article_id=article.id,
        span=Span(raw.start, raw.end),
        text=text[raw.start : raw.end],
        kind=raw.kind,
        value=raw.value,
        unit=raw.unit,
        hedge=hedge,
        source=find_source(text, sentence, raw.start),
        direction=raw.direction or direction(tokens, first, last, raw.kind),
        sentence=sentence,
        context=context_words(
            tokens,
            first,
            last,
            lead_in(text, previous, bare_year),
            lead_in(text, following, bare_year),
        ),
        upper=raw.upper,
        written=written,
        hedged=hedged_interval(written, hedge, _hedge_size(raw)) if written else None,
        base_unit=base_unit,
        subject=raw.subject
        or (_money_subject(text, raw) if raw.kind is FigureKind.MONEY else None),
        converts=raw.converts,
    )


def _hedge_size(raw: RawFigure) -> float | None:
    return TIME_OF_DAY_SIZE if raw.kind is FigureKind.TIME else None


def _written(raw: RawFigure) -> tuple[str, Interval | None]:
    """The unit a figure is compared in, and the interval its digits stand for in that unit."""
    if not isinstance(raw.value, int | float):
        return raw.unit, None
    value = abs(raw.value)
    if raw.kind is FigureKind.RATE:
        currency, _, period = raw.unit.partition("/")
        if period in _PER_YEAR:
            factor = _PER_YEAR[period]
            interval = written_interval(value, raw.upper, raw.precision, lambda v: v * factor)
            return f"{currency}/year", interval
    conversion = to_base(raw.unit) if raw.kind in _CONVERTED else None
    if conversion is None:
        return raw.unit, written_interval(value, raw.upper, raw.precision, lambda v: v)
    base, convert = conversion
    return base, written_interval(value, raw.upper, raw.precision, convert)


_CONVERTED = frozenset({FigureKind.DURATION, FigureKind.MEASURE})
