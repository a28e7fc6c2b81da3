"""FactsReport -> the `qdiff.facts/2` JSON document. Formats only."""

from __future__ import annotations

import json
import math
from typing import Any

from qdiff.facts.model import FactGroup, FactsReport, Figure, Interval, Side
from qdiff.render.interface import Display, article_to_dict

SCHEMA = "qdiff.facts/2"


def to_dict(report: FactsReport) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "articles": [article_to_dict(a) for a in report.articles],
        "facts": [_fact(group, report) for group in report.groups],
        "skipped": [{"path": s.path, "reason": s.reason} for s in report.skipped],
    }


def render_json(report: FactsReport, display: Display) -> str:
    return json.dumps(to_dict(report), ensure_ascii=False, indent=2) + "\n"


def _fact(group: FactGroup, report: FactsReport) -> dict[str, Any]:
    return {
        "id": group.id,
        "about": group.about,
        "kind": group.kind.value,
        "status": group.status.value,
        "difference": group.difference,
        "sides": [_side(side, group) for side in group.sides],
        "values": [_value(figure, report) for figure in group.figures],
    }


def _side(side: Side, group: FactGroup) -> dict[str, Any]:
    return {
        "articles": list(side.article_ids),
        "values": [group.figures.index(figure) for figure in side.figures],
        "interval": _interval(side.interval),
    }


def _interval(interval: Interval | None) -> list[float | None] | None:
    if interval is None:
        return None
    return [finite(interval.low), finite(interval.high)]


def _value(figure: Figure, report: FactsReport) -> dict[str, Any]:
    text = report.article(figure.article_id).text
    return {
        "article": figure.article_id,
        "start": figure.span.start,
        "end": figure.span.end,
        "text": figure.text,
        "value": figure.value,
        "upper": figure.upper,
        "unit": figure.unit,
        "base_unit": figure.base_unit,
        "written": _interval(figure.written),
        "hedged": _interval(figure.hedged),
        "hedge": figure.hedge,
        "source": figure.source,
        "direction": figure.direction.value if figure.direction else None,
        "subject": figure.subject,
        "converts": figure.converts,
        "sentence": text[figure.sentence.start : figure.sentence.end],
    }


def finite(number: float) -> float | None:
    """An interval's end as JSON holds it: null for an open end."""
    return number if math.isfinite(number) else None
