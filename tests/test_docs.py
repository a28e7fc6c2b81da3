"""The README and docs/ cannot drift from the tool.

Every command and every long option is in its README table, the README's test command is exactly
`.ci/run`'s, the README links the docs pages and every relative link lands, the output excerpts
are what the commands print, and docs/design.md's layout names every room and module.
(docs/json.md's field tables are checked against the JSON output in test_docs_schema.py.)
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import pytest
import typer.main
from typer.testing import CliRunner

from qdiff.cli import app

ROOT = Path(__file__).resolve().parent.parent
README_PATH = ROOT / "README.md"
DOCS = ROOT / "docs"
PAGES = ("json.md", "ci.md", "design.md")
# The schemas the commands emit (test_docs_schema.py checks that these are the ones they do).
SCHEMAS = ("qdiff.compare/2", "qdiff.quotes/1", "qdiff.facts/2", "qdiff.check/2")
# The click group typer builds; typer vendors click and its classes are private, hence Any.
GROUP: Any = typer.main.get_command(app)
COMMANDS: dict[str, Any] = GROUP.commands
LONG_OPTION = re.compile(r"--[a-z][a-z-]*")
LINK = re.compile(r"\]\(([^)\s]+)\)")
FENCE = re.compile(r"^```[a-z]*\n(.*?)^```$", re.M | re.S)


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def sections(markdown: str, level: str = "## ") -> dict[str, str]:
    """Heading text -> the text under it up to the next heading of the same level."""
    parts = re.split(rf"^{level}(.*)$", markdown, flags=re.M)
    return {parts[i].strip(): parts[i + 1] for i in range(1, len(parts), 2)}


def command_section(name: str) -> str:
    found = [
        body for head, body in sections(read(README_PATH)).items() if f"`qdiff {name}`" in head
    ]
    assert len(found) == 1, f"README has no single '## `qdiff {name}`' section"
    return found[0]


def option_table_names(section: str) -> set[str]:
    """The long options named in the first column of the section's `| option | meaning |` table."""
    names: set[str] = set()
    in_table = False
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if not line.startswith("|"):
            in_table = False
        elif cells[0] == "option":
            in_table = True
        elif in_table:
            names.update(LONG_OPTION.findall(cells[0]))
    return names


def long_options(command: Any) -> set[str]:
    """Every long name of every option, `--color` and `--no-color` both."""
    return {
        opt
        for param in command.params
        if param.param_type_name == "option"
        for opt in (*param.opts, *param.secondary_opts)
        if opt.startswith("--")
    }


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_long_option_is_in_the_commands_readme_table(name: str) -> None:
    """`qdiff NAME --help`'s long options and the README table's are the same set."""
    documented = option_table_names(command_section(name))
    assert sorted(long_options(COMMANDS[name]) - documented) == [], "options missing from README"
    assert sorted(documented - long_options(COMMANDS[name])) == [], "README names no such option"


def test_ci_runs_exactly_the_readme_test_command() -> None:
    ci = read(ROOT / ".ci" / "run")
    command = ci.strip().splitlines()[-1]
    assert f"\n{command}\n" in read(README_PATH)
    assert "pytest" in command and "pip install -e '.[test]'" in command


@pytest.mark.parametrize("page", PAGES)
def test_the_readme_links_every_docs_page(page: str) -> None:
    assert (DOCS / page).is_file()
    assert f"](docs/{page}" in read(README_PATH)


@pytest.mark.parametrize("path", ["README.md", *(f"docs/{page}" for page in PAGES)])
def test_every_relative_link_lands(path: str) -> None:
    """Each link to a file of the repository names a file that exists, and a heading in it."""
    source = ROOT / path
    for target in LINK.findall(read(source)):
        if re.match(r"[a-z]+:", target):
            continue
        file, _, anchor = target.partition("#")
        linked = (source.parent / file).resolve() if file else source
        assert linked.exists(), (path, target)
        if anchor:
            headings = re.findall(r"^#+ (.*)$", read(linked), flags=re.M)
            assert anchor in {slug(h) for h in headings}, (path, target)


@pytest.mark.parametrize("schema", SCHEMAS)
def test_every_schema_is_named_in_the_readme_and_has_a_section_in_json_md(schema: str) -> None:
    assert f"`{schema}`" in read(README_PATH)
    assert any(f"`{schema}`" in head for head in sections(read(DOCS / "json.md")))


def excerpts() -> list[tuple[str, str]]:
    """README blocks that open with `$ COLUMNS=N qdiff ...`: (that command line, the rest)."""
    found = []
    for block in FENCE.findall(read(README_PATH)):
        first, _, rest = block.partition("\n")
        if re.match(r"\$ COLUMNS=\d+ qdiff ", first):
            found.append((first, rest))
    return found


@pytest.mark.parametrize(("command", "excerpt"), excerpts(), ids=[c for c, _ in excerpts()])
def test_readme_output_excerpts_are_what_the_command_prints(
    command: str, excerpt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every line of the excerpt but `...` is a line of the output, in the output's order."""
    columns, _, *args = shlex.split(command[2:])
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("COLUMNS", columns.removeprefix("COLUMNS="))
    result = CliRunner().invoke(app, args, catch_exceptions=False)
    output = iter(line.rstrip() for line in result.stdout.splitlines())
    for line in excerpt.splitlines():
        if line != "...":
            assert any(out == line.rstrip() for out in output), f"not in the output: {line!r}"


def test_there_are_output_excerpts_of_every_terminal_command() -> None:
    commands = {shlex.split(command)[3] for command, _ in excerpts()}
    assert commands >= {"compare", "quotes", "facts"}


def layout_section() -> str:
    return sections(read(DOCS / "design.md"))["Layout"]


ROOMS = sorted(p.parent.name for p in (ROOT / "qdiff").glob("*/__init__.py"))
BASE_MODULES = sorted(p.name for p in (ROOT / "qdiff").glob("*.py") if not p.name.startswith("_"))


@pytest.mark.parametrize("room", ROOMS)
def test_the_layout_names_every_room_and_its_modules(room: str) -> None:
    """docs/design.md's layout has a line for each subpackage, naming each of its modules
    (render/ and cli/ are described as one module per command and format)."""
    layout = layout_section()
    line = re.search(rf"^  {room}/ +(.*(?:\n {{15,}}.*)*)", layout, flags=re.M)
    assert line, f"no '{room}/' line in the layout"
    assert re.search(rf"< {room}\b|\b{room} <", layout), f"{room} is not in the import order"
    if room in {"render", "cli"}:
        return
    for module in sorted((ROOT / "qdiff" / room).glob("[!_]*.py")):
        assert re.search(rf"\b{module.stem}\b", line.group(1)), (room, module.name)


@pytest.mark.parametrize("module", BASE_MODULES)
def test_the_layout_names_every_base_module(module: str) -> None:
    assert re.search(rf"^  {re.escape(module)} ", layout_section(), flags=re.M), module
