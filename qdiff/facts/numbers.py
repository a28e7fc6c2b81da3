"""Numbers, money and percentages: the regular expressions that find them and their parsers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from qdiff.facts.model import Direction, FigureKind, Value

_UNITS = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_VALUES: dict[str, int] = {
    **{w: i + 1 for i, w in enumerate(_UNITS)},
    **{w: i + 10 for i, w in enumerate(_TEENS)},
    **{w: (i + 2) * 10 for i, w in enumerate(_TENS)},
    "dozen": 12,
    "a dozen": 12,
    "hundred": 100,
    "a hundred": 100,
}
WORD_NUM = (
    rf"(?i:(?:{'|'.join(_TENS)})(?:[-\s](?:{'|'.join(_UNITS)}))?"
    rf"|{'|'.join(_TEENS + _UNITS[1:])}|a\sdozen|a\shundred)"
)
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
NUM = rf"(?<![\w.,£$€¥₹/-])(?:{DIGITS}|{WORD_NUM})(?![\w,]\d)"
_SCALE_WORDS = {
    "trillion": 10**12,
    "tn": 10**12,
    "trn": 10**12,
    "billion": 10**9,
    "bn": 10**9,
    "million": 10**6,
    "mn": 10**6,
    "m": 10**6,
    "thousand": 10**3,
    "k": 10**3,
}
SCALE = r"(?i:\s?(?:trillion|billion|million|thousand|bn|trn|tn)|(?:mn|m|k))\b"
"""A multiplier after a number, in any case: '$355 Million', '£4bn', '$2BN'."""
_CURRENCIES = {
    "£": "GBP",
    "$": "USD",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "US$": "USD",
    "A$": "AUD",
    "C$": "CAD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "GBP": "GBP",
    "USD": "USD",
    "EUR": "EUR",
    "pounds": "GBP",
    "pound": "GBP",
    "pence": "GBP",
    "p": "GBP",
    "dollars": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "yen": "JPY",
}
_PERIODS = {
    "week": "week",
    "year": "year",
    "annum": "year",
    "month": "month",
    "day": "day",
    "hour": "hour",
    "person": "person",
    "head": "person",
}
_PER = r"(?:\s(?:a|an|per|each|every)\s|/)(?P<per>week|year|annum|month|day|hour|person|head)\b"
_SYMBOL = r"US\$|A\$|C\$|NZ\$|HK\$|[£$€¥₹]"

MONEY = re.compile(
    rf"\((?P<acur>{_SYMBOL})(?P<anum>{DIGITS})(?P<ascale>{SCALE})?\)(?P<ascale2>{SCALE})?"
    rf"|(?:(?P<cur>{_SYMBOL}|\b(?:GBP|USD|EUR)\s?)(?P<num>{DIGITS})"
    rf"(?P<scale>{SCALE})?"
    rf"|(?P<num2>{NUM})(?P<scale2>{SCALE})?\s(?P<cur2>pounds?|pence|dollars|euros?|yen)\b)"
    rf"(?:{_PER})?"
)
"""Money: '£4bn', '$1.2m', '3 million dollars', '£100 a week', and the accounting negative
'($3.4) billion'."""
PERCENT = re.compile(rf"(?P<num>{NUM})\s?(?P<sign>%|(?i:per\s?cent\b|percentage\spoints?\b|pc\b))")


@dataclass(frozen=True, slots=True)
class RawFigure:
    """A figure as an extractor finds it, before its sentence is read."""

    start: int
    end: int
    kind: FigureKind
    value: Value
    unit: str
    direction: Direction | None = None
    """Set when the figure's own form says which way it goes: '($3.4) billion' is down."""


def parse_number(text: str, scale: str | None = None) -> int | float:
    """'640,000' -> 640000, '4.4' with 'bn' -> 4400000000, 'twenty-five' -> 25."""
    word = " ".join(text.casefold().replace("-", " ").split())
    if word in WORD_VALUES:
        number = Decimal(WORD_VALUES[word])
    elif word.split()[0] in WORD_VALUES:
        number = Decimal(sum(WORD_VALUES[w] for w in word.split()))
    else:
        number = Decimal(text.replace(",", ""))
    if scale:
        number *= _SCALE_WORDS[scale.strip().casefold()]
    return int(number) if number == number.to_integral_value() else float(number)


def money(m: re.Match[str]) -> RawFigure:
    """A MONEY match as a figure of money, or a rate when a period follows."""
    if m["anum"]:
        value = parse_number(m["anum"], m["ascale"] or m["ascale2"])
        unit = _CURRENCIES[m["acur"]]
        return RawFigure(m.start(), m.end(), FigureKind.MONEY, -value, unit, Direction.DOWN)
    symbol = (m["cur"] or m["cur2"]).strip()
    value = parse_number(m["num"] or m["num2"], m["scale"] or m["scale2"])
    if symbol in ("pence", "p"):
        value = parse_number(str(Decimal(str(value)) / 100))
    unit = _CURRENCIES.get(symbol, symbol)
    if m["per"]:
        rate_unit = f"{unit}/{_PERIODS[m['per']]}"
        return RawFigure(m.start(), m.end(), FigureKind.RATE, value, rate_unit)
    return RawFigure(m.start(), m.end(), FigureKind.MONEY, value, unit)


def percent(m: re.Match[str]) -> RawFigure:
    """A PERCENT match: '%' and 'per cent' are percentages, 'percentage points' are pp."""
    unit = "pp" if "point" in m["sign"].casefold() else "%"
    return RawFigure(m.start(), m.end(), FigureKind.PERCENT, parse_number(m["num"]), unit)
