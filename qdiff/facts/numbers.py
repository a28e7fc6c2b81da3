"""Numbers as news copy writes them: digits, words, fractions and ranges; money and percentages.

The regular expressions that find them, their parsers, and the precision each is written to
(`5.6 million` is good to a tenth of a million, `$4,300` may be rounded to the hundred).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from qdiff.facts.model import Direction, FigureKind, Value
from qdiff.lexicon import NUMBER_WORDS

WORD_VALUES: dict[str, int] = {
    **{word: int(digits) for word, digits in NUMBER_WORDS.items() if word != "zero"},
    "dozen": 12,
    "a dozen": 12,
    "a hundred": 100,
    "one hundred": 100,
}
_TENS = [w for w, v in WORD_VALUES.items() if v % 10 == 0 and 20 <= v < 100]
_UNITS = [w for w, v in WORD_VALUES.items() if 1 <= v < 10]
_SMALL = [w for w, v in WORD_VALUES.items() if 2 <= v < 20]
WORD_NUM = (
    rf"(?i:(?:{'|'.join(_TENS)})(?:[-\s](?:{'|'.join(_UNITS)}))?"
    rf"|{'|'.join(sorted(_SMALL, key=len, reverse=True))}|a\sdozen|(?:a|one)\shundred)"
)
FRACTION = r"(?:\s?[½¼¾]|\s[13]/[24]|[\s-]and[\s-]a[\s-]half)"
"""What news copy writes after a whole number for a part: `22½`, `22 1/2`, `two and a half`."""
_FRACTION_VALUES = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75")}
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
BARE_NUM = rf"(?:{DIGITS}|{WORD_NUM})(?:{FRACTION})?(?![\w,]\d)"
"""A number where it may follow a dash: the top of a range."""
NUM = rf"(?<![\w.,£$€¥₹/-]){BARE_NUM}"
RANGE_JOIN = r"(?:\s?[-–—]\s?|\sto\s)"
"""What stands between the ends of a range: `20-30`, `seven to 10` (`between 40 and 50` is
read by the patterns that allow it)."""
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
_AMOUNT = rf"(?P<cur>{_SYMBOL}|\b(?:GBP|USD|EUR)\s?)(?P<num>{DIGITS})(?P<scale>{SCALE})?"
_UPPER = rf"(?:{RANGE_JOIN}(?:{_SYMBOL})?(?P<num_to>{DIGITS})(?P<scale_to>{SCALE})?)?"

MONEY = re.compile(
    rf"\((?P<acur>{_SYMBOL})(?P<anum>{DIGITS})(?P<ascale>{SCALE})?\)(?P<ascale2>{SCALE})?"
    rf"|(?:{_AMOUNT}{_UPPER}"
    rf"|(?P<num2>{NUM})(?P<scale2>{SCALE})?\s(?P<cur2>pounds?|pence|dollars|euros?|yen)\b)"
    rf"(?:{_PER})?"
)
"""Money: '£4bn', '$1.2m', '$1 trillion to $2 trillion', '3 million dollars', '£100 a week',
and the accounting negative '($3.4) billion' (or, after another amount, a conversion: '(£19m)')."""
PERCENT = re.compile(
    rf"(?P<num>{NUM})(?:{RANGE_JOIN}(?P<num_to>{BARE_NUM}))?"
    rf"\s?(?P<sign>%|(?i:per\s?cent\b|percentage\spoints?\b|pc\b))"
)


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
    upper: int | float | None = None
    """The top of a range ('20-30 feet' is 20 up to 30); None for a single value."""
    precision: float = 0.0
    """Half the step the number is written to, in its unit: '5.6 million' is 50,000."""
    subject: str | None = None
    """The noun the figure measures when its own words name it: '30-year sentence'."""
    converts: bool = False
    """The figure restates the one before it in another unit: '$27.2 million (£19m)'."""


def parse_number(text: str, scale: str | None = None) -> int | float:
    """'640,000' -> 640000, '4.4' with 'bn' -> 4400000000, 'twenty-five' -> 25, '22½' -> 22.5."""
    whole, part = _split_fraction(text)
    word = " ".join(whole.casefold().replace("-", " ").split())
    if word in WORD_VALUES:
        number = Decimal(WORD_VALUES[word])
    elif word and word.split()[0] in WORD_VALUES:
        number = Decimal(sum(WORD_VALUES[w] for w in word.split()))
    else:
        number = Decimal(whole.replace(",", ""))
    number += part
    if scale:
        number *= _SCALE_WORDS[scale.strip().casefold()]
    return int(number) if number == number.to_integral_value() else float(number)


def _split_fraction(text: str) -> tuple[str, Decimal]:
    text = text.strip()
    if text and text[-1] in _FRACTION_VALUES:
        return text[:-1].strip(), _FRACTION_VALUES[text[-1]]
    match = re.search(r"\s([13])/([24])$", text)
    if match:
        return text[: match.start()], Decimal(match[1]) / Decimal(match[2])
    match = re.search(r"(?i)[\s-]and[\s-]a[\s-]half$", text)
    if match:
        return text[: match.start()], Decimal("0.5")
    return text, Decimal(0)


ROUND_SHARE = 0.05
"""How far a whole number may stand from the value it rounds, as a share of it: `$4,300` for
`$4,295` and `$11 billion` for `$11.2 billion`, but not `£4bn` for `£4.4bn`."""


def written_precision(text: str, scale: str | None = None) -> float:
    """Half the step a number is written to, in units of its value. Decimals state their step:
    '5.6' with 'million' is good to 50,000. A whole number is good to half its last digit, or
    to the hundreds where it ends in two or more zeros, but never further than ROUND_SHARE of
    its size: '22' is 22 ± 0.5, '4,300' 4,300 ± 50, '$20m' $20m ± 0.5m, '£4bn' £4bn ± 0.2bn."""
    whole, part = _split_fraction(text)
    if part:
        return float(part if part < Decimal("0.5") else Decimal("0.25"))
    multiplier = _SCALE_WORDS[scale.strip().casefold()] if scale else 1
    digits = whole.replace(",", "")
    if digits and digits[0].isdigit() and "." in digits:
        decimals = len(digits.partition(".")[2])
        return 0.5 * 10.0**-decimals * multiplier
    value = parse_number(whole, scale)
    step = 0.5 * multiplier
    if digits.isdigit() and not scale:
        zeros = len(digits) - len(digits.rstrip("0"))
        if zeros >= 2:
            step = 0.5 * 10.0**zeros
    return min(step, ROUND_SHARE * abs(value)) if value else step


def stated_range(
    value: int | float, upper: int | float | None, precision: float
) -> tuple[int | float | None, float]:
    """The top of a range and the precision of the figure: a range states its ends, so it
    is not rounded; a top that is not above the bottom is no range."""
    if upper is None or upper <= value:
        return None, precision
    return upper, 0.0


def is_change(m: re.Match[str], group: str) -> bool:
    """'from 5 to 7 percent' is a change from one value to another, not a range."""
    return bool(m[group]) and m.string[max(0, m.start() - 5) : m.start()].casefold() == "from "


def money(m: re.Match[str]) -> RawFigure:
    """A MONEY match as a figure of money, or a rate when a period follows."""
    if m["anum"]:
        value = parse_number(m["anum"], m["ascale"] or m["ascale2"])
        unit = _CURRENCIES[m["acur"]]
        precision = written_precision(m["anum"], m["ascale"] or m["ascale2"])
        return RawFigure(
            m.start(), m.end(), FigureKind.MONEY, -value, unit, Direction.DOWN, None, precision
        )
    symbol = (m["cur"] or m["cur2"]).strip()
    number, scale = m["num"] or m["num2"], m["scale"] or m["scale2"]
    value = parse_number(number, scale)
    precision = written_precision(number, scale)
    upper = parse_number(m["num_to"], m["scale_to"] or scale) if m["num_to"] else None
    end = m.end()
    if is_change(m, "num_to"):
        upper, end = None, m.end("scale") if m["scale"] else m.end("num")
    if symbol in ("pence", "p"):
        value = parse_number(str(Decimal(str(value)) / 100))
        precision /= 100
    unit = _CURRENCIES.get(symbol, symbol)
    upper, precision = stated_range(value, upper, precision)
    if m["per"]:
        rate_unit = f"{unit}/{_PERIODS[m['per']]}"
        return RawFigure(m.start(), end, FigureKind.RATE, value, rate_unit, None, upper, precision)
    return RawFigure(m.start(), end, FigureKind.MONEY, value, unit, None, upper, precision)


def percent(m: re.Match[str]) -> RawFigure:
    """A PERCENT match: '%' and 'per cent' are percentages, 'percentage points' are pp. In
    'from 5 to 7 percent' the figure is where it ends: 7 percent."""
    unit = "pp" if "point" in m["sign"].casefold() else "%"
    start, number, top = m.start(), m["num"], m["num_to"]
    if is_change(m, "num_to"):
        start, number, top = m.start("num_to"), m["num_to"], None
    value = parse_number(number)
    upper = parse_number(top) if top else None
    upper, precision = stated_range(value, upper, written_precision(number))
    return RawFigure(start, m.end(), FigureKind.PERCENT, value, unit, None, upper, precision)
