"""The baseline: deviations an editor has accepted, kept as plain YAML a person can review.

An entry names an article, a passage and the rendered words, never a line number: edits
elsewhere in the article must not reopen a deviation that was accepted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any

import yaml

from qdiff import safe_yaml
from qdiff.errors import InputError
from qdiff.model import Verdict

BASELINE_VERSION = 1
_HEADER = """\
# qdiff check baseline: quotations an editor has accepted as they stand.
# `qdiff check --baseline FILE` ignores each entry below. An entry is matched by article,
# passage and rendered words (not by line), so edits elsewhere in an article keep it.
# Regenerate with `qdiff check --write-baseline FILE ARTICLE...`; review changes like code.
"""


@dataclass(frozen=True, slots=True, order=True)
class BaselineEntry:
    """One accepted rendering."""

    article: str
    """The article's path as checked, with forward slashes."""
    passage: str
    """The id of the reference passage it renders."""
    rendering: str
    """The rendered words, runs of white space folded to one space."""
    verdict: Verdict | None = field(default=None, compare=False)
    """What the rendering was judged when accepted; for the reviewer, never matched."""

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.article, self.passage, self.rendering)


@dataclass(frozen=True, slots=True)
class Baseline:
    entries: tuple[BaselineEntry, ...] = ()


EMPTY_BASELINE = Baseline()


def entry_for(path: str, passage_id: str, rendering: str, verdict: Verdict) -> BaselineEntry:
    """The entry that matches a rendering of passage_id in the article at path."""
    return BaselineEntry(article_path(path), passage_id, fold_space(rendering), verdict)


def article_path(path: str) -> str:
    return PurePath(path).as_posix()


def fold_space(text: str) -> str:
    return " ".join(text.split())


def dump_baseline(baseline: Baseline) -> str:
    """The baseline as YAML: sorted, one entry per accepted rendering, stable across runs."""
    entries = [
        {
            "article": e.article,
            "passage": e.passage,
            **({"verdict": e.verdict.value} if e.verdict else {}),
            "rendering": e.rendering,
        }
        for e in sorted(baseline.entries)
    ]
    body = yaml.safe_dump(
        {"version": BASELINE_VERSION, "accepted": entries},
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=1_000_000,  # one line per rendering: diffs of the file stay readable
    )
    return _HEADER + body


def read_baseline(path: Path) -> Baseline:
    try:
        text = safe_yaml.read_text(path)
    except FileNotFoundError:
        raise InputError(f"baseline file not found: {path}") from None
    except safe_yaml.YamlError as exc:
        raise InputError(f"cannot read baseline {path}: {exc}") from None
    except OSError as exc:
        raise InputError(f"cannot read baseline {path}: {exc.strerror or exc}") from None
    return parse_baseline(text, str(path))


def parse_baseline(text: str, where: str = "baseline") -> Baseline:
    """Validate a baseline's text; every error names the file and, where it can, the entry."""
    try:
        data = safe_yaml.parse(text).data
    except safe_yaml.YamlError as exc:
        line = f":{exc.line}" if exc.line else ""
        raise InputError(f"{where}{line}: {exc}") from None
    if data is None:
        return EMPTY_BASELINE
    if not isinstance(data, dict) or set(data) - {"version", "accepted"}:
        raise InputError(f"{where}: a baseline is a mapping with 'version' and 'accepted'")
    if data.get("version", BASELINE_VERSION) != BASELINE_VERSION:
        raise InputError(f"{where}: unsupported baseline version {data.get('version')!r}")
    accepted = data.get("accepted") or []
    if not isinstance(accepted, list):
        raise InputError(f"{where}: 'accepted' must be a list of entries")
    return Baseline(
        tuple(_entry(item, f"{where}: accepted[{n}]") for n, item in enumerate(accepted))
    )


def _entry(item: Any, where: str) -> BaselineEntry:
    if not isinstance(item, dict):
        raise InputError(f"{where}: must be a mapping with article, passage and rendering")
    unknown = set(item) - {"article", "passage", "rendering", "verdict"}
    if unknown:
        raise InputError(f"{where}: unknown key {sorted(unknown)[0]!r}")
    values = {}
    for key in ("article", "passage", "rendering"):
        value = item.get(key)
        if not isinstance(value, str) or not value.strip():
            raise InputError(f"{where}: {key!r} must be a non-empty string")
        values[key] = value
    verdict = item.get("verdict")
    try:
        verdict = Verdict(verdict) if verdict is not None else None
    except ValueError:
        raise InputError(f"{where}: unknown verdict {verdict!r}") from None
    return BaselineEntry(
        article_path(values["article"]), values["passage"], fold_space(values["rendering"]), verdict
    )
