"""`qdiff init`: a commented config.yaml for the folder a new user stands in."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import typer

from qdiff.cli.common import app, err_console, user_errors
from qdiff.errors import InputError
from qdiff.io.corpus import TEXT_SUFFIXES
from qdiff.output import write_text

# Files a folder of articles often holds beside them that are not articles.
_NOT_ARTICLES = {"readme", "license", "licence", "changelog", "contributing", "notes"}
_PLACEHOLDER_GLOB = "articles/*.txt"


@app.command()
def init(
    folder: Path = typer.Argument(
        Path("."), help="The folder to describe (default: the current one).", show_default=False
    ),
    output: str | None = typer.Option(
        None, "--output", "-o", help="Where to write (default: FOLDER/config.yaml; - for stdout)."
    ),
    force: bool = typer.Option(False, "--force", help="Replace an existing config file."),
) -> None:
    """Write a commented config.yaml naming the articles found here, so `qdiff compare` runs."""
    with user_errors():
        if not folder.is_dir():
            raise InputError(f"not a folder: {folder}")
        target = output if output is not None else str(folder / "config.yaml")
        if target != "-" and Path(target).exists() and not force:
            raise InputError(f"{target} exists; pass --force to replace it")
        articles = find_articles(folder)
        write_text(target, starter_config(articles))
    if not articles:
        err_console.print(
            f"qdiff: warning: no article files in {folder}; edit `corpus` in {target}",
            markup=False,
        )
    elif target != "-":
        err_console.print(f"wrote {target}: {len(articles)} articles", markup=False)


def find_articles(folder: Path) -> list[Path]:
    """The article files under folder (relative to it), in path order; no READMEs."""
    found = (
        p.relative_to(folder)
        for p in folder.rglob("*")
        if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES
    )
    return sorted(
        p
        for p in found
        if p.stem.lower() not in _NOT_ARTICLES and not any(part.startswith(".") for part in p.parts)
    )


def starter_config(articles: list[Path]) -> str:
    """A config.yaml whose corpus globs cover the articles and whose labels name each one."""
    globs = _globs(articles) or [_PLACEHOLDER_GLOB]
    corpus = "\n".join(f"  - {_yaml_string(g)}" for g in globs)
    labels = "\n".join(f"  {_yaml_string(p.stem)}: {_yaml_string(p.stem)}" for p in articles)
    return _TEMPLATE.format(
        corpus=corpus, labels=labels or '  # 01_reuters: "Reuters"', first=_first(articles)
    )


def _globs(articles: list[Path]) -> list[str]:
    """One `folder/*.ext` glob per folder and suffix the articles use, most articles first."""
    counts = Counter((p.parent.as_posix(), p.suffix) for p in articles)
    ordered = sorted(counts, key=lambda key: (-counts[key], key))
    return [f"*{suffix}" if parent == "." else f"{parent}/*{suffix}" for parent, suffix in ordered]


def _first(articles: list[Path]) -> str:
    return articles[0].as_posix() if articles else "articles/the-statement.txt"


def _yaml_string(text: str) -> str:
    """A double-quoted YAML scalar, safe for any file name: a JSON string is one."""
    return json.dumps(text, ensure_ascii=False)


_TEMPLATE = """\
# qdiff's configuration, written by `qdiff init`: `qdiff compare` with no arguments reads it.
# Paths are relative to this file.

# The articles to compare: paths, directories or globs.
corpus:
{corpus}

# What every view shows for each article, keyed by file stem: put the outlet's name on the right.
labels:
{labels}

# The primary source, when you have it (a statement, letter or transcript). Without one, qdiff
# collates the outlets against each other and builds each passage's base from their consensus.
# reference:
#   path: "{first}"
#   after: "words just before the source starts"   # optional
#   before: "words just after it ends"             # optional

min_words: 6              # the shortest rendering reported, in words

# qdiff check: which verdicts fail the build, and which only warn.
check:
  fail_on: [altered]
  warn_on: [trimmed]
"""
