"""Narrow a Report to the outlets and passages asked for: the filters of `qdiff compare`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from qdiff.errors import InputError
from qdiff.model import Article, Passage, Report, Verdict


def select(
    report: Report,
    outlets: Sequence[str] = (),
    passages: Sequence[str] = (),
    only_changed: bool = False,
) -> Report:
    """Keep the findings of the named outlets (label or article id) and passages (id, a unique
    id prefix, or 1-based number); with only_changed, drop verbatim renderings."""
    kept_articles = _match_outlets(report, outlets) if outlets else None
    kept_passages = _match_passages(report.passages, passages) if passages else report.passages
    kept_ids = {p.id for p in kept_passages}
    findings = tuple(
        f
        for f in report.findings
        if f.rendering.passage_id in kept_ids
        and (kept_articles is None or f.rendering.article_id in kept_articles)
        and not (only_changed and f.verdict is Verdict.VERBATIM)
    )
    return replace(report, passages=tuple(kept_passages), findings=findings)


def only_reference_passages(reference: Sequence[Passage], wanted: Sequence[str]) -> bool:
    """Every name picks a reference passage whatever else the report holds: a number no larger
    than the reference's count (they come first), or a reference passage's exact id. A prefix
    may also fit a collated passage, so it does not count."""
    ids = {p.id for p in reference}
    return all(
        (name.isdigit() and 1 <= int(name) <= len(reference)) or name in ids for name in wanted
    )


def named_by(article: Article, name: str) -> bool:
    """The one way an outlet is named on the command line: its label or its article id."""
    return name in (article.id, article.label)


def _match_outlets(report: Report, outlets: Sequence[str]) -> set[str]:
    kept = set()
    for name in outlets:
        found = {a.id for a in report.articles if named_by(a, name)}
        if not found:
            known = ", ".join(sorted({a.label for a in report.articles}))
            raise InputError(f"no outlet {name!r} (known: {known})")
        kept |= found
    return kept


def _match_passages(passages: Sequence[Passage], wanted: Sequence[str]) -> list[Passage]:
    kept: dict[str, Passage] = {}
    for name in wanted:
        match = _match_passage(passages, name)
        kept[match.id] = match
    return [p for p in passages if p.id in kept]


def _match_passage(passages: Sequence[Passage], name: str) -> Passage:
    if name.isdigit() and 1 <= int(name) <= len(passages):
        return passages[int(name) - 1]
    exact = [p for p in passages if p.id == name]
    prefixed = exact or [p for p in passages if p.id.startswith(name)]
    if len(prefixed) == 1:
        return prefixed[0]
    if not prefixed:
        raise InputError(f"no passage {name!r} (ids are shown by qdiff compare; numbers work too)")
    ids = ", ".join(p.id for p in prefixed)
    raise InputError(f"passage {name!r} is ambiguous: {ids}")
