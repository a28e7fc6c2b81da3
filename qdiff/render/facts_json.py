"""FactsReport -> the `qdiff.facts/1` JSON document. Formats only."""

from __future__ import annotations

import json
from typing import Any

from qdiff.facts.model import FactGroup, FactsReport, Figure
from qdiff.render.interface import Display

SCHEMA = "qdiff.facts/1"


def to_dict(report: FactsReport) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "articles": [{"id": a.id, "path": a.path, "outlet": a.label} for a in report.articles],
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
        "values": [_value(figure, report) for figure in group.figures],
    }


def _value(figure: Figure, report: FactsReport) -> dict[str, Any]:
    text = report.article(figure.article_id).text
    return {
        "article": figure.article_id,
        "start": figure.span.start,
        "end": figure.span.end,
        "text": figure.text,
        "value": figure.value,
        "unit": figure.unit,
        "hedge": figure.hedge,
        "source": figure.source,
        "direction": figure.direction.value if figure.direction else None,
        "sentence": text[figure.sentence.start : figure.sentence.end],
    }
