"""Every command's output on the seeds and on examples/, byte for byte, in every format.

The expected outputs live in tests/golden/<case>.txt. After a deliberate change of output,
regenerate them with `pytest tests/test_golden.py --regold` and review the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qdiff.cli import app

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
NEWSROOM = ROOT / "examples" / "newsroom"

# case name -> (working directory, arguments)
CASES: dict[str, tuple[Path, tuple[str, ...]]] = {
    "compare-terminal": (ROOT, ("compare", "--no-color")),
    "compare-terminal-color": (ROOT, ("compare", "--color")),
    "compare-side": (ROOT, ("compare", "--no-color", "--layout", "side")),
    "compare-inline": (ROOT, ("compare", "--no-color", "--layout", "inline")),
    "compare-json": (ROOT, ("compare", "--format", "json")),
    "compare-markdown": (ROOT, ("compare", "--format", "markdown")),
    "compare-collate-markdown": (ROOT, ("compare", "--format", "markdown", "--no-reference")),
    "compare-apparatus": (ROOT, ("compare", "--no-color", "--view", "apparatus")),
    "compare-paragraph": (ROOT, ("compare", "--no-color", "--unit", "paragraph")),
    "compare-collate": (ROOT, ("compare", "--no-color", "--no-reference")),
    "compare-collate-json": (ROOT, ("compare", "--format", "json", "--no-reference")),
    "compare-collate-apparatus": (
        ROOT,
        ("compare", "--no-color", "--no-reference", "--view", "apparatus"),
    ),
    "quotes-terminal": (ROOT, ("quotes", "--no-color")),
    "quotes-json": (ROOT, ("quotes", "--format", "json")),
    "quotes-markdown": (ROOT, ("quotes", "--format", "markdown")),
    "facts-terminal": (ROOT, ("facts", "--no-color")),
    "facts-json": (ROOT, ("facts", "--format", "json")),
    "facts-markdown": (ROOT, ("facts", "--format", "markdown")),
    "check-seeds-text": (ROOT, ("check", "--no-color", "seeds")),
    "check-seeds-json": (ROOT, ("check", "--format", "json", "seeds")),
    "newsroom-compare": (NEWSROOM, ("compare", "--no-color")),
    "newsroom-compare-json": (NEWSROOM, ("compare", "--format", "json")),
    "newsroom-quotes-json": (NEWSROOM, ("quotes", "--format", "json")),
    "newsroom-facts-json": (NEWSROOM, ("facts", "--format", "json")),
    "newsroom-check-text": (NEWSROOM, ("check", "--no-color", "new")),
    "newsroom-check-json": (NEWSROOM, ("check", "--format", "json", "new")),
    "newsroom-check-github": (NEWSROOM, ("check", "--format", "github", "new")),
    "newsroom-check-junit": (NEWSROOM, ("check", "--format", "junit", "new")),
    "newsroom-check-markdown": (NEWSROOM, ("check", "--format", "markdown", "new")),
    "newsroom-check-strict": (
        NEWSROOM,
        ("check", "--no-color", "--fail-on", "trimmed,altered", "new"),
    ),
}


def run_case(cwd: Path, args: tuple[str, ...], monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(cwd)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("COLUMNS", "100")
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return f"exit {result.exit_code}\n--- stdout\n{result.stdout}--- stderr\n{result.stderr}"


@pytest.mark.parametrize("case", sorted(CASES))
def test_output_is_golden(
    case: str, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> None:
    """The command prints exactly what its golden file holds."""
    cwd, args = CASES[case]
    actual = run_case(cwd, args, monkeypatch)
    path = GOLDEN / f"{case}.txt"
    if request.config.getoption("--regold"):
        path.write_text(actual, encoding="utf-8")
    assert str(ROOT) not in actual, "paths are shown relative to where qdiff runs"
    assert path.exists(), f"no golden file for {case}: run pytest --regold"
    assert actual == path.read_text(encoding="utf-8")


def test_every_golden_file_has_a_case() -> None:
    """No golden file is left behind by a removed case."""
    assert {p.stem for p in GOLDEN.glob("*.txt")} == set(CASES)
