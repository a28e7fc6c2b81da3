"""Figures of the calendar and the clock: dates, bare months and years, weekdays, spans of
years and times of day."""

from __future__ import annotations

import re

from qdiff.facts.model import TIME_OF_DAY, FigureKind
from qdiff.facts.numbers import RawFigure

MONTHS = (
    "January February March April May June July August September October November December"
).split()
MONTH_SHORT = "Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec".split()
_MONTH_RE = r"(?P<month>" + "|".join([*MONTHS, *MONTH_SHORT]) + r")\.?"
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_SEASONS = "spring|summer|autumn|fall|winter"
"""'since 2015' dates when something began, 'spring 2023' a time of that year: both a year."""
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
SPAN = re.compile(
    rf"\b(?i:from)\s(?P<a>{_YEAR})\s(?:to|until)\s(?P<b>{_YEAR})\b"
    rf"|\b(?i:between)\s(?P<c>{_YEAR})\sand\s(?P<d>{_YEAR})\b"
    rf"|(?<![\d,.])(?P<e>{_YEAR})[-–/](?P<f>{_YEAR}|\d\d)\b(?![-–]\d)"
)
DATE = re.compile(
    rf"\b(?P<day>{_DAY})\s(?:of\s)?{_MONTH_RE}(?:,?\s(?P<year>{_YEAR}))?\b"
    rf"|\b{_MONTH_RE.replace('month', 'month2')}\s(?:(?P<day2>{_DAY})\b(?:,?\s(?P<year2>{_YEAR}))?"
    rf"|(?P<year3>{_YEAR}))\b"
    rf"|\b(?P<weekday>{'|'.join(WEEKDAYS)})\b"
    rf"|\b(?i:in|by|until|before|after|during|since|{_SEASONS})\s(?P<year4>{_YEAR})\b(?![-–,.]?\d)"
    rf"|(?<![\d,.$£€])\b(?P<year5>{_YEAR})\s(?=[A-Z][\w.])"
    r"|\b(?i:in|since|by|until|last|next|early|late|mid|from|during|through|before|after)[\s-]"
    rf"{_MONTH_RE.replace('month', 'month3')}(?<![a-z]\.)\b(?![.,]?\s?\d)"
    rf"|(?:\b(?i:the|a|an|his|her|its|their|this)\s|['’]s\s)(?P<month4>{'|'.join(MONTHS)})"
    r"\s(?=[a-z]{3,})"
)
TIME = re.compile(
    r"(?<![\d:.,])(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?"
    r"\s?(?P<half>(?i:a\.m\.|p\.m\.|am\b|pm\b))(?:\s(?P<zone>GMT|UTC)\b)?"
    r"|\b(?i:at|around|about|by|until|from|after|before|shortly\safter)\s"
    r"(?P<hour24>[01]?\d|2[0-3]):(?P<minute24>[0-5]\d)\b(?![:.]\d)(?:\s(?P<zone24>GMT|UTC)\b)?"
    r"|(?<![\d,.])\b(?P<hhmm>(?:[01]\d|2[0-3])[0-5]\d)\s(?P<zone_hhmm>GMT|UTC)\b"
)
"""A time of day: '8 a.m.', '6:46 a.m.', '11pm', 'around 23:00', '2000 GMT'. A time in GMT or
UTC is compared only with other times in GMT or UTC: an outlet's '(2000 GMT)' restates its
local '11 pm', it does not contradict it."""


def span(m: re.Match[str]) -> RawFigure | None:
    first, last = m["a"] or m["c"] or m["e"], m["b"] or m["d"] or m["f"]
    if len(last) == 2:
        last = first[:2] + last
    if int(last) <= int(first):
        return None
    value = f"{first}/{last}"
    return RawFigure(m.start(), m.end(), FigureKind.DURATION, value, "interval")


def date(m: re.Match[str]) -> RawFigure:
    if m["weekday"]:
        return RawFigure(m.start(), m.end(), FigureKind.DATE, m["weekday"], "weekday")
    if m["year4"]:
        return RawFigure(m.start("year4"), m.end(), FigureKind.DATE, m["year4"], "year")
    if m["year5"]:
        return RawFigure(m.start(), m.end("year5"), FigureKind.DATE, m["year5"], "year")
    if m["month3"] or m["month4"]:
        name = "month3" if m["month3"] else "month4"
        month = _month_number(m[name])
        return RawFigure(m.start(name), m.end(name), FigureKind.DATE, f"--{month:02d}", "month")
    month = _month_number(m["month"] or m["month2"])
    day, year = m["day"] or m["day2"], m["year"] or m["year2"] or m["year3"]
    if day is None:
        return RawFigure(m.start(), m.end(), FigureKind.DATE, f"{year}-{month:02d}", "month")
    day_number = int(re.sub(r"\D", "", day))
    value = f"{year or '-'}-{month:02d}-{day_number:02d}"
    return RawFigure(m.start(), m.end(), FigureKind.DATE, value, "date")


def time_of_day(m: re.Match[str]) -> RawFigure:
    start = m.start()
    if m["hhmm"]:
        hour, minute, zone = int(m["hhmm"][:2]), int(m["hhmm"][2:]), m["zone_hhmm"]
    elif m["hour24"]:
        hour, minute, zone = int(m["hour24"]), int(m["minute24"]), m["zone24"]
        start = m.start("hour24")
    else:
        hour = int(m["hour"]) % 12 + (12 if m["half"][0] in "pP" else 0)
        minute, zone = int(m["minute"] or 0), m["zone"]
    precision = 0.5 if minute or m["minute"] or m["hour24"] or m["hhmm"] else 2.5
    unit = TIME_OF_DAY + (" UTC" if zone else "")
    return RawFigure(start, m.end(), FigureKind.TIME, hour * 60 + minute, unit, precision=precision)


def _month_number(name: str) -> int:
    return next(i for i, full in enumerate(MONTHS, 1) if full.startswith(name[:3]))


def looks_like_year(number: str) -> bool:
    return re.fullmatch(_YEAR, number) is not None
