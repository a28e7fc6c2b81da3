"""Report -> the `qdiff.compare/2` JSON document, the contract other tools read."""

from __future__ import annotations

import json
from typing import Any

from qdiff.model import Article, Edit, Finding, Report
from qdiff.render.interface import Display, article_to_dict

SCHEMA_VERSION = "qdiff.compare/2"


def report_to_dict(report: Report) -> dict[str, Any]:
    return {
        "schema": SCHEMA_VERSION,
        "articles": [_article(a) for a in report.articles],
        "reference": _reference(report),
        "passages": [
            {
                "id": passage.id,
                "text": passage.text,
                "base": passage.base.value,
                "source": passage.source,
                "speaker_conflict": [
                    {"speaker": c.speaker, "articles": list(c.articles)}
                    for c in passage.speaker_conflict
                ],
                "renderings": [_finding(f) for f in report.findings_for(passage.id)],
            }
            for passage in report.passages
        ],
        "skipped": [{"path": s.path, "reason": s.reason} for s in report.skipped],
    }


def render_json(report: Report, display: Display) -> str:
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=2) + "\n"


def _article(article: Article) -> dict[str, Any]:
    return article_to_dict(article)


def _reference(report: Report) -> dict[str, Any] | None:
    if report.reference is None:
        return None
    span = report.reference.span
    return {"article": report.reference.article_id, "start": span.start, "end": span.end}


def _finding(finding: Finding) -> dict[str, Any]:
    rendering = finding.rendering
    return {
        "article": rendering.article_id,
        "start": rendering.span.start,
        "end": rendering.span.end,
        "line": rendering.line,
        "column": rendering.column,
        "text": rendering.text,
        "quoted": rendering.quoted,
        "speaker": rendering.speaker,
        "score": finding.score,
        "coverage": finding.coverage,
        "verdict": finding.verdict.value,
        "edits": [_edit(e) for e in finding.edits],
    }


def _edit(edit: Edit) -> dict[str, Any]:
    assert edit.kind is not None
    data: dict[str, Any] = {
        "kind": edit.kind.value,
        "reference": edit.words[0],
        "rendering": edit.words[1],
    }
    if edit.source:
        data["source"] = edit.source
    if edit.outlets:
        data["outlets"] = list(edit.outlets)
    if edit.tie:
        data["tie"] = True
        data["tie_with"] = list(edit.tie_with)
    return data
