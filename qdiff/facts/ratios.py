"""Figures that relate one quantity to another: multiples (`13-fold`, `tripled`, `25 times
the minimum`), shares (`one in a million`, `two-thirds of`) and ranks (`his third marathon`,
`the 48th commissioner`, `world No 2`)."""

from __future__ import annotations

import re

from qdiff.facts.calendar import looks_like_year
from qdiff.facts.model import FigureKind
from qdiff.facts.numbers import NUM, ROUND_SHARE, SCALE, WORD_VALUES, RawFigure, parse_number
from qdiff.lexicon import (
    FRACTION_PARTS,
    MULTIPLE_AFTER,
    MULTIPLYING_VERBS,
    ORDINAL_WORDS,
    RESULT_WORDS,
)

MULTIPLE_UNIT = "×"
RANK_UNIT = "rank"

MULTIPLE = re.compile(
    rf"(?P<num>{NUM})[-\s]?fold\b"
    rf"|(?P<times>{NUM})[-\s]times\b(?=\s(?:{'|'.join(sorted(MULTIPLE_AFTER))})\b|[.,;:)])"
    rf"|\b(?P<verb>{'|'.join(sorted(MULTIPLYING_VERBS))})\b"
)
"""'increased 13-fold', 'tenfold', 'by more than 25 times.', 'has tripled'."""

SHARE = re.compile(
    rf"(?P<one>{NUM}|\b(?i:a|one))\sin\s(?:(?i:every)\s)?"
    rf"(?:(?P<whole>{NUM})(?P<scale>{SCALE})?|(?i:a)\s(?P<whole_scale>million|thousand|hundred))\b"
    rf"|\b(?P<parts>(?i:one|two|three|four|a))[-\s](?P<part>{'|'.join(FRACTION_PARTS)})(?=\sof\b)"
)
"""'one in a million people', '1 in 5 adults', 'two-thirds of his sentence', 'a quarter of'."""

RANK = re.compile(
    r"(?<![\w$£€.,])(?P<digits>\d{1,3})(?:st|nd|rd|th)\b(?!-)"
    rf"|\b(?P<word>(?i:{'|'.join(ORDINAL_WORDS)}))\b(?![-‐])"
    r"|\b(?i:world)\s(?:No\.?|(?i:number))\s(?P<number>\d{1,3}|[a-z]+)\b"
)
"""'his third marathon', 'the 48th Police Commissioner', 'the world No 2', 'world number
two'. An ordinal with a hyphen is a compound ('third-party'), and 'a third of' a share."""


SCORE = re.compile(r"(?<![\d.,:/–-])(?P<a>\d{1,2})[-–](?P<b>\d{1,2})(?![\d%]|[.,:/–-]\d)")
"""The score of a game, '2-1', where a word of result stands by: 'lost 2-1 to Spain'."""
SCORE_UNIT = "score"
_RESULT_WINDOW = 5
"""How many words either side of a score a word of result may stand."""


def score(m: re.Match[str]) -> RawFigure | None:
    """A score reads winner first, whoever the sentence is about: 'lost 2-1' is 2-1."""
    before = re.findall(r"[a-z]+", m.string[max(0, m.start() - 60) : m.start()].casefold())
    after = re.findall(r"[a-z]+", m.string[m.end() : m.end() + 40].casefold())
    near = before[-_RESULT_WINDOW:] + after[:_RESULT_WINDOW]
    if not RESULT_WORDS.intersection(near):
        return None
    high, low = sorted((int(m["a"]), int(m["b"])), reverse=True)
    return RawFigure(m.start(), m.end(), FigureKind.SCORE, f"{high}-{low}", SCORE_UNIT)


def multiple(m: re.Match[str]) -> RawFigure | None:
    if m["verb"]:
        value: int | float = MULTIPLYING_VERBS[m["verb"].casefold()]
        precision = 0.0
    else:
        number = m["num"] or m["times"]
        value = parse_number(number)
        precision = 0.0 if value < 20 else ROUND_SHARE * value
    if value < 2:
        return None
    end = m.end()
    return RawFigure(m.start(), end, FigureKind.MULTIPLE, value, MULTIPLE_UNIT, precision=precision)


def share(m: re.Match[str]) -> RawFigure | None:
    """A share as the percentage it is: 'one in a million' is 0.0001%, 'two-thirds' 66.7%."""
    if m["part"]:
        parts = 1 if m["parts"].casefold() == "a" else parse_number(m["parts"])
        value = 100 * parts * FRACTION_PARTS[m["part"].casefold()]
        if value >= 100:
            return None
    else:
        one = 1 if m["one"].casefold() in ("a", "one") else parse_number(m["one"])
        if m["whole_scale"]:
            whole = 100 if m["whole_scale"] == "hundred" else parse_number("1", m["whole_scale"])
        elif looks_like_year(m["whole"]) and not m["scale"]:
            return None
        else:
            whole = parse_number(m["whole"], m["scale"])
        if not whole or one >= whole:
            return None
        value = 100 * one / whole
    value = float(f"{value:.6g}")
    return RawFigure(
        m.start(), m.end(), FigureKind.PERCENT, value, "%", precision=ROUND_SHARE * value
    )


def rank(m: re.Match[str]) -> RawFigure | None:
    if m["digits"]:
        value = int(m["digits"])
    elif m["word"]:
        before = m.string[max(0, m.start() - 4) : m.start()].casefold()
        if before.endswith(("a ", "one ")):
            return None
        value = ORDINAL_WORDS[m["word"].casefold()]
    else:
        number = m["number"].casefold()
        if not number.isdigit() and number not in WORD_VALUES:
            return None
        value = int(number) if number.isdigit() else WORD_VALUES[number]
    if value < 1:
        return None
    return RawFigure(m.start(), m.end(), FigureKind.RANK, value, RANK_UNIT)
