"""The README cannot drift from the tool: every option documented, the CI command the README's."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer.main

from qdiff.cli import app
from qdiff.render.compare_json import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = typer.main.get_command(app).commands  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_and_option_is_in_the_readme(name: str) -> None:
    assert f"qdiff {name}" in README
    for param in COMMANDS[name].params:
        if param.param_type_name == "option":
            assert any(opt in README for opt in param.opts), (name, param.opts)


def test_ci_runs_exactly_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = ci.strip().splitlines()[-1]
    assert command in README
    assert "pytest" in command and "pip install -e '.[test]'" in command


def test_compare_schema_version_is_documented() -> None:
    assert re.search(rf"Schema `{re.escape(SCHEMA_VERSION)}`", README)
