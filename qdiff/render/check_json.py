"""CheckResult -> the `qdiff.check/2` JSON document."""

from __future__ import annotations

import json
from typing import Any

from qdiff.check.baseline import BaselineEntry
from qdiff.check.judge import CheckedArticle, CheckedRendering, CheckResult, Outcome
from qdiff.config import CheckPolicy
from qdiff.model import Edit
from qdiff.render.interface import Display

SCHEMA_VERSION = "qdiff.check/2"


def check_to_dict(result: CheckResult) -> dict[str, Any]:
    return {
        "schema": SCHEMA_VERSION,
        "status": result.status.value,
        "policy": _policy(result.policy),
        "reference": result.reference,
        "articles": [_article(article) for article in result.checked],
        "summary": {
            **{outcome.value: result.count(outcome) for outcome in Outcome},
            "judged": result.judged,
            "unjudged": result.unjudged,
        },
        "renderings": [_rendering(item, result) for item in result.renderings],
        "stale_baseline": [_entry(entry) for entry in result.stale],
    }


def render_check_json(result: CheckResult, display: Display) -> str:
    return json.dumps(check_to_dict(result), ensure_ascii=False, indent=2) + "\n"


def _policy(policy: CheckPolicy) -> dict[str, list[str]]:
    return {
        "fail_on": [v.value for v in sorted(policy.fail_on, key=lambda v: v.rank)],
        "warn_on": [v.value for v in sorted(policy.warn_on, key=lambda v: v.rank)],
    }


def _rendering(item: CheckedRendering, result: CheckResult) -> dict[str, Any]:
    return {
        "path": item.path,
        "line": item.line,
        "column": item.column,
        "end_line": item.end_line,
        "end_column": item.end_column,
        "located_in": "file" if item.in_text is None else "text",
        "passage": item.passage_id,
        "passage_text": item.passage_text,
        "text": item.text,
        "quoted": item.quoted,
        "verdict": item.verdict.value,
        "outcome": item.outcome.value,
        "score": item.finding.score,
        "coverage": item.finding.coverage,
        "edits": [_edit(edit) for edit in item.edits],
        "evidence": _evidence(item, result),
        "speaker": item.finding.rendering.speaker,
        "speaker_conflict": [
            {"speaker": c.speaker, "articles": list(c.articles)} for c in item.speaker_conflict
        ],
    }


def _article(article: CheckedArticle) -> dict[str, Any]:
    return {
        "path": article.path,
        "quotations": article.quotations,
        "judged": article.judged,
        "unjudged": article.unjudged,
        "witnesses": article.witnesses,
        "outcome": article.outcome.value,
    }


def _evidence(item: CheckedRendering, result: CheckResult) -> dict[str, Any] | None:
    evidence = item.evidence
    if evidence is None:
        return None
    return {
        "basis": evidence.basis.value,
        "witnesses": [
            {"article": w.article_id, "outlet": result.name(w.article_id), "line": w.line}
            for w in evidence.witnesses
        ],
        "places": [
            {
                "checked": place.checked,
                "disputed": place.disputed,
                "readings": [
                    {"text": r.text, "articles": list(r.articles)} for r in place.readings
                ],
                "agreeing": list(place.agreeing),
                "doubted": place.doubted,
                "lone": place.lone,
            }
            for place in evidence.places
        ],
    }


def _edit(edit: Edit) -> dict[str, Any]:
    return {
        "kind": edit.kind.value if edit.kind else None,
        "reference": edit.words[0],
        "rendering": edit.words[1],
        "source": edit.source,
    }


def _entry(entry: BaselineEntry) -> dict[str, str]:
    return {"article": entry.article, "passage": entry.passage, "rendering": entry.rendering}
