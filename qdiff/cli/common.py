"""What every subcommand shares: the app, the consoles, option types and error handling."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console, RenderableType

from qdiff.config import Config
from qdiff.errors import QdiffError
from qdiff.io.corpus import expand_paths, load_corpus
from qdiff.model import Corpus, Skipped

app = typer.Typer(
    name="qdiff",
    help="Show, word by word, how news outlets quote the same source.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err_console = Console(stderr=True, highlight=False, soft_wrap=True)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn a QdiffError into one line on stderr and its exit status."""
    try:
        yield
    except QdiffError as exc:
        err_console.print(f"qdiff: error: {exc}", markup=False)
        raise typer.Exit(exc.exit_code) from None


class TextFormat(str, Enum):
    """The output formats of the commands that print a view or its JSON."""

    TERMINAL = "terminal"
    JSON = "json"


PathsArgument = Annotated[
    Optional[list[str]],  # noqa: UP045  typer reads the annotation at run time
    typer.Argument(
        help="Articles: files, directories (every .txt and .md in them) or globs. "
        "Default: the config's corpus.",
        show_default=False,
    ),
]
ConfigOption = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option("--config", "-c", help="Config file. Default: ./config.yaml if there is one."),
]
FormatOption = Annotated[TextFormat, typer.Option("--format", "-f", help="Output format.")]
ColorOption = Annotated[
    Optional[bool],  # noqa: UP045
    typer.Option(
        "--color/--no-color",
        help="Colour on or off. Default: on in a terminal, off when piped or when NO_COLOR is set.",
        show_default=False,
    ),
]


def with_paths(config: Config, paths: list[str] | None) -> Config:
    """Paths given on the command line replace the configured corpus."""
    return replace(config, corpus=tuple(paths), base_dir=Path.cwd()) if paths else config


def read_corpus(config: Config) -> Corpus:
    """The configured corpus; each file that could not be read is named on stderr."""
    corpus = load_corpus(expand_paths(config.corpus, config.base_dir), config.labels)
    warn_skipped(corpus.skipped)
    return corpus


def warn_skipped(skipped: tuple[Skipped, ...]) -> None:
    for item in skipped:
        err_console.print(f"qdiff: skipped {item.path}: {item.reason}", markup=False)


def stdout_console(color: bool | None, width: int | None = None) -> Console:
    """The console results go to; colour off when piped, under NO_COLOR, or when asked."""
    no_color = color is False or (color is None and bool(os.environ.get("NO_COLOR")))
    force = True if color is True else None
    return Console(
        file=sys.stdout,
        no_color=no_color,
        force_terminal=force,
        color_system=None if no_color else "auto",
        highlight=False,
        width=width,
        soft_wrap=False,
    )


def is_plain(console: Console) -> bool:
    """No colour will show: changes must be marked in the text itself."""
    return console.no_color or console.color_system is None


def print_result(console: Console, renderable: RenderableType) -> None:
    """Print a view; plain output loses the padding rich leaves at the end of lines."""
    if not is_plain(console):
        console.print(renderable)
        return
    with console.capture() as captured:
        console.print(renderable)
    lines = captured.get().splitlines()
    console.file.write("".join(line.rstrip() + "\n" for line in lines))


def _version(value: bool) -> None:
    if value:
        from qdiff import __version__

        typer.echo(f"qdiff {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Show, word by word, how news outlets quote the same source."""
