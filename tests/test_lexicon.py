"""One definition of each word list: quote marks and speech verbs live in qdiff/lexicon.py only."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from qdiff import lexicon

PACKAGE = Path(__file__).resolve().parent.parent / "qdiff"
TYPOGRAPHIC_QUOTES = set("“”‘’„‟«»‚‛")
MODULES = sorted(p for p in PACKAGE.rglob("*.py") if p.name != "lexicon.py")


def _code_strings(path: Path) -> list[tuple[int, str]]:
    """Every string literal of the module that is not a docstring, with its line."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    # a string standing alone after an assignment documents that name
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list):
            for stmt in body:
                if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
                    docstrings.add(id(stmt.value))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        if id(node) not in docstrings
    ]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_defines_quote_marks(path: Path) -> None:
    """A literal holding two or more kinds of typographic quote mark is a set of its own."""
    found = [
        (line, text)
        for line, text in _code_strings(path)
        if len(TYPOGRAPHIC_QUOTES & set(text)) >= 2
    ]
    assert not found, f"quote marks defined outside lexicon.py: {found}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_lists_speech_verbs(path: Path) -> None:
    """A literal naming three or more speech verbs is a speech-verb list of its own."""
    found = []
    for line, text in _code_strings(path):
        words = set(re.findall(r"[a-z]+", text))
        if len(words & lexicon.SPEECH_VERBS) >= 3:
            found.append((line, text[:60]))
    assert not found, f"speech verbs listed outside lexicon.py: {found}"


def test_the_checks_can_fail(tmp_path: Path) -> None:
    """Both checks see a module that writes its own sets."""
    module = tmp_path / "rogue.py"
    module.write_text('MARKS = "“”"\nVERBS = r"said|says|told"\n', encoding="utf-8")
    texts = [text for _, text in _code_strings(module)]
    assert any(len(TYPOGRAPHIC_QUOTES & set(t)) >= 2 for t in texts)
    assert any(len(set(re.findall(r"[a-z]+", t)) & lexicon.SPEECH_VERBS) >= 3 for t in texts)


def test_quote_sets_agree() -> None:
    """The narrower sets are parts of the wider ones."""
    assert set(lexicon.OPENING_DOUBLE_QUOTES) <= set(lexicon.DOUBLE_QUOTES)
    assert set(lexicon.CLOSING_DOUBLE_QUOTES) <= set(lexicon.DOUBLE_QUOTES)
    assert set(lexicon.CLOSING_QUOTES) <= set(lexicon.QUOTE_MARKS)
    assert set(lexicon.ENDING_QUOTES) <= set(lexicon.QUOTE_MARKS)
    assert set(lexicon.STARTING_QUOTES) <= set(lexicon.QUOTE_MARKS)
    assert set(lexicon.QUOTE_MARKS) <= set(lexicon.QUOTE_GLYPHS)
    assert lexicon.PLAIN_SPEECH_VERBS <= lexicon.SPEECH_VERBS


def test_every_word_list_is_defined_once() -> None:
    """Two branches that each add a list of the same name would silently shadow one another."""
    tree = ast.parse((PACKAGE / "lexicon.py").read_text(encoding="utf-8"))
    names = [
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign | ast.AnnAssign)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name)
    ]
    assert sorted({n for n in names if names.count(n) > 1}) == []
