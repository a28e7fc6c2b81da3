"""Units of time and measure, and the one unit each dimension is compared in.

Outlets convert: one writes `20 miles`, another `32 km`; one `22 1/2 years`, another
`270 months`. Figures are compared in a base unit per dimension (days, metres, km/h, kg,
km², °C), so conversions agree by value.
"""

from __future__ import annotations

import re
from collections.abc import Callable

DURATION_DAYS: dict[str, float] = {
    "second": 1 / 86_400,
    "minute": 1 / 1_440,
    "hour": 1 / 24,
    "day": 1.0,
    "week": 7.0,
    "month": 365.25 / 12,
    "year": 365.25,
    "decade": 3_652.5,
}
"""Each unit of time in days."""

_LINEAR: dict[str, tuple[str, float]] = {
    "mm": ("m", 0.001),
    "cm": ("m", 0.01),
    "m": ("m", 1.0),
    "km": ("m", 1_000.0),
    "inch": ("m", 0.0254),
    "foot": ("m", 0.3048),
    "yard": ("m", 0.9144),
    "mile": ("m", 1_609.344),
    "km/h": ("km/h", 1.0),
    "mph": ("km/h", 1.609_344),
    "knot": ("km/h", 1.852),
    "kg": ("kg", 1.0),
    "tonne": ("kg", 1_000.0),
    "lb": ("kg", 0.453_592),
    "km²": ("km²", 1.0),
    "hectare": ("km²", 0.01),
    "acre": ("km²", 0.004_046_86),
    "mile²": ("km²", 2.589_988),
}
"""Each unit of measure: its dimension's base unit and how many base units it is."""

MEASURE_UNITS = (
    r"(?P<unit>feet|foot|ft|inch(?:es)?|yards?|miles?|kilomet(?:re|er)s?|km|met(?:re|er)s"
    r"|centimet(?:re|er)s?|cm|millimet(?:re|er)s?|mm|mph|km/h|kph|knots|kilograms?|kg|tonnes"
    r"|lbs?|acres|hectares|square\s(?:miles?|kilomet(?:re|er)s?|km)"
    r"|°\s?[CF]|degrees\s(?:Celsius|Fahrenheit|C|F))(?![\w°])"
)
"""The units a measure is written in, in any of their spellings."""
COMPOUND_MEASURE_UNITS = r"(?P<unit>foot|inch|yard|mile|kilomet(?:re|er)|met(?:re|er)|acre)"
"""The singular a measure takes as an adjective: `a 20-foot wave`, `a 10-mile stretch`."""

_SPELLINGS: tuple[tuple[str, str], ...] = (
    (r"feet|foot|ft", "foot"),
    (r"inch(?:es)?", "inch"),
    (r"yards?", "yard"),
    (r"square\s(?:miles?)", "mile²"),
    (r"square\s(?:kilomet(?:re|er)s?|km)", "km²"),
    (r"miles?", "mile"),
    (r"kilomet(?:re|er)s?|km", "km"),
    (r"centimet(?:re|er)s?|cm", "cm"),
    (r"millimet(?:re|er)s?|mm", "mm"),
    (r"met(?:re|er)s?", "m"),
    (r"km/h|kph", "km/h"),
    (r"mph", "mph"),
    (r"knots", "knot"),
    (r"kilograms?|kg", "kg"),
    (r"tonnes", "tonne"),
    (r"lbs?", "lb"),
    (r"acres?", "acre"),
    (r"hectares", "hectare"),
    (r"°\s?C|degrees\s(?:Celsius|C)", "°C"),
    (r"°\s?F|degrees\s(?:Fahrenheit|F)", "°F"),
)


def measure_unit(written: str) -> str:
    """The one name of a unit however it is spelled: 'feet' and 'ft' are 'foot'."""
    for pattern, name in _SPELLINGS:
        if re.fullmatch(pattern, written, re.IGNORECASE):
            return name
    raise ValueError(f"not a unit of measure: {written!r}")


def to_base(unit: str) -> tuple[str, Callable[[float], float]] | None:
    """The base unit a measure or duration is compared in, and the conversion into it;
    None for units that are compared as they are."""
    if unit in DURATION_DAYS:
        factor = DURATION_DAYS[unit]
        return "day", lambda value: value * factor
    if unit == "°C":
        return "°C", lambda value: value
    if unit == "°F":
        return "°C", lambda value: (value - 32) * 5 / 9
    if unit in _LINEAR:
        base, factor = _LINEAR[unit]
        return base, lambda value: value * factor
    return None
