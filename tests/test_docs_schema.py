"""docs/json.md's schema tables name exactly the fields the commands emit, in both directions.

Each command runs with `--format json` on the seeds from the project root (and once more with an
unreadable file and a stale baseline, so that `skipped[]` and `stale_baseline[]` have entries, and
on the seeds as HTML pages and JSON Lines, whose articles carry metadata, and on two articles
crediting one quotation to two people, for `speaker_conflict[]`);
every key path of the output is collected (`passages[].renderings[].start`) and compared with the
field names in the table under that schema's heading.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from qdiff.cli import app

ROOT = Path(__file__).resolve().parent.parent
JSON_DOC = ROOT / "docs" / "json.md"
SCHEMAS = ("qdiff.compare/2", "qdiff.quotes/1", "qdiff.facts/2", "qdiff.check/2")
SCHEMA_NAME = re.compile(r"qdiff\.[a-z]+/\d+")
STALE_BASELINE = """\
version: 1
accepted:
- article: seeds/000_6a5c37876d70fb0b.txt
  passage: no-such-passage
  rendering: words no rendering has
"""


def documented_fields(markdown: str) -> dict[str, set[str]]:
    """Schema -> the field names of the tables under its `## ` heading, a list's `[]` dropped."""
    fields: dict[str, set[str]] = {}
    schema = None
    in_table = False
    for line in markdown.splitlines():
        if line.startswith("## "):
            found = SCHEMA_NAME.search(line)
            schema = found.group(0) if found else None
            in_table = False
            continue
        if not line.startswith("|"):
            in_table = False
            continue
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        if cells[0] == "field":
            in_table = True
            continue
        if in_table and schema and not set(cells[0]) <= {"-", " "}:
            for name in re.findall(r"`([^`]+)`", cells[0]):
                fields.setdefault(schema, set()).add(name.removesuffix("[]"))
    return fields


def key_paths(value: Any, prefix: str = "") -> Iterator[str]:
    """Every key path of a JSON value: `a`, `a[].b` for the key b of each object in list a."""
    if isinstance(value, dict):
        for key, item in value.items():
            path = f"{prefix}.{key}" if prefix else key
            yield path
            yield from key_paths(item, path)
    elif isinstance(value, list):
        for item in value:
            yield from key_paths(item, f"{prefix}[]")


@pytest.fixture(scope="module")
def emitted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[str]]:
    """Schema -> every key path the commands' JSON output has on the seeds."""
    tmp = tmp_path_factory.mktemp("schema")
    unreadable = tmp / "bad.txt"
    unreadable.write_bytes(b"caf\xe9 au\x00 lait\n")  # a NUL byte: binary
    baseline = tmp / "baseline.yaml"
    baseline.write_text(STALE_BASELINE, encoding="utf-8")
    witnesses = tmp / "witnesses.yaml"
    witnesses.write_text(f"corpus:\n  - {ROOT / 'seeds'}/*.txt\n", encoding="utf-8")
    conflict = tmp / "conflict"
    conflict.mkdir()
    words = "The squad we took to Germany is full of exciting young talent, and they can win."
    (conflict / "wire.txt").write_text(f'Gareth Southgate said: "{words}"\n', encoding="utf-8")
    (conflict / "page.txt").write_text(f'Steve Holland said: "{words}"\n', encoding="utf-8")
    conflicting = tmp / "conflict.yaml"
    conflicting.write_text(f"corpus:\n  - {conflict}/*.txt\n", encoding="utf-8")
    runs = [
        (["check", "--config", str(witnesses), "seeds/003_2ea4bb40d2f84377.txt"], 1),
        (["check", "--config", str(conflicting), str(conflict / "page.txt")], 0),
        (["compare", str(conflict)], 0),
        (["compare"], 0),
        (["compare", "--no-reference"], 0),
        (["compare", "seeds", str(unreadable)], 0),
        (["quotes"], 0),
        (["facts"], 0),
        (["facts", "seeds", str(unreadable)], 0),
        (["check", "seeds", "--baseline", str(baseline)], 1),
        # pages and records carry metadata, and a record's locations are in its text
        (["compare", "tests/data/formats/html"], 0),
        (["quotes", "tests/data/formats/jsonl/seeds.jsonl"], 0),
        (["facts", "tests/data/formats/html"], 0),
        (["check", "tests/data/formats/jsonl/seeds.jsonl"], 1),
    ]
    paths: dict[str, set[str]] = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        for args, status in runs:
            result = CliRunner().invoke(app, [*args, "--format", "json"], catch_exceptions=False)
            assert result.exit_code == status, (args, result.output)
            document = json.loads(result.stdout)
            paths.setdefault(document["schema"], set()).update(key_paths(document))
    return paths


def test_every_schema_has_a_table() -> None:
    assert set(documented_fields(JSON_DOC.read_text(encoding="utf-8"))) == set(SCHEMAS)


def test_the_commands_emit_exactly_these_schemas(emitted: dict[str, set[str]]) -> None:
    assert set(emitted) == set(SCHEMAS)


def test_the_runs_exercise_lists_that_are_often_empty(emitted: dict[str, set[str]]) -> None:
    """Without these entries the reverse direction could not see their fields."""
    assert {"skipped[].path", "skipped[].reason"} <= emitted["qdiff.compare/2"]
    assert {"skipped[].path", "skipped[].reason"} <= emitted["qdiff.facts/2"]
    assert "stale_baseline[].article" in emitted["qdiff.check/2"]


@pytest.mark.parametrize("schema", SCHEMAS)
def test_every_emitted_field_is_documented(schema: str, emitted: dict[str, set[str]]) -> None:
    documented = documented_fields(JSON_DOC.read_text(encoding="utf-8")).get(schema, set())
    assert sorted(emitted[schema] - documented) == []


@pytest.mark.parametrize("schema", SCHEMAS)
def test_every_documented_field_is_emitted(schema: str, emitted: dict[str, set[str]]) -> None:
    documented = documented_fields(JSON_DOC.read_text(encoding="utf-8")).get(schema, set())
    assert sorted(documented - emitted[schema]) == []
