"""The package's layout: imports run one way, down the stages, never back up or sideways."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "qdiff"

# Lowest first. A module may import its own room and any room before it, never one after it;
# the base modules at the top of the package sit below every room.
BASE = ("lexicon", "errors", "model", "text", "safe_yaml", "config", "output")
ROOMS = (
    "io",
    "speakers",
    "quotes",
    "compare",
    "collate",
    "pipeline",
    "facts",
    "check",
    "render",
    "cli",
)


def _room(module: str) -> str:
    """`qdiff.compare.align` -> `compare`; `qdiff.model` -> `model`."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _rank(room: str) -> int:
    if room in BASE:
        return BASE.index(room)
    return len(BASE) + ROOMS.index(room)


def _module_name(path: Path) -> str:
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = relative.parts[:-1] if relative.name == "__init__" else relative.parts
    return ".".join(parts)


def _imports(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            found.extend(
                (node.lineno, n)
                for n in names
                if n.startswith("qdiff.") and not n.startswith("qdiff.__")  # __version__
            )
        elif isinstance(node, ast.Import):
            found.extend((node.lineno, a.name) for a in node.names if a.name.startswith("qdiff."))
    return found


MODULES = sorted(p for p in PACKAGE.rglob("*.py") if p.name != "__main__.py")


def test_every_room_is_ranked() -> None:
    """A new subpackage or base module gets a place in the order before it can be imported."""
    rooms = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    base = {p.stem for p in PACKAGE.glob("*.py") if p.stem not in ("__init__", "__main__")}
    assert rooms == set(ROOMS)
    assert base == set(BASE)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: _module_name(p))
def test_imports_run_down_the_stages(path: Path) -> None:
    """A room imports base modules, itself and rooms below it; a base module only lower ones."""
    module = _module_name(path)
    own = _room(module)
    if own == "":  # the package's own __init__
        return
    wrong = []
    for line, imported in _imports(path):
        target = _room(imported)
        allowed = (
            _rank(target) < _rank(own)
            if own in BASE
            else target in BASE or target == own or _rank(target) < _rank(own)
        )
        if not allowed:
            wrong.append(f"line {line}: {imported}")
    assert not wrong, f"{module} imports upward or sideways: {wrong}"


def test_cli_commands_import_no_other_command() -> None:
    """A command module imports cli.common only, never another command's module."""
    commands = {p.stem for p in (PACKAGE / "cli").glob("*.py")} - {"__init__", "common"}
    for path in (PACKAGE / "cli").glob("*.py"):
        if path.stem not in commands:
            continue
        for line, imported in _imports(path):
            parts = imported.split(".")
            assert not (
                parts[:2] == ["qdiff", "cli"] and len(parts) > 2 and parts[2] in commands
            ), f"cli/{path.name} line {line} imports {imported}"


def test_every_room_says_what_it_is_for() -> None:
    """Each subpackage's __init__ has a docstring naming what it may import."""
    for room in ROOMS:
        doc = ast.get_docstring(ast.parse((PACKAGE / room / "__init__.py").read_text()))
        assert doc, f"qdiff/{room}/__init__.py has no docstring"
        if room not in ("render", "cli"):
            assert "May import" in doc, f"qdiff/{room}/__init__.py does not say what it may import"
