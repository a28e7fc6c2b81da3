"""What every subcommand shares: the app, the consoles, option types and error handling."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer
from rich.console import Console, RenderableType

from qdiff.config import Config, load_config
from qdiff.errors import QdiffError
from qdiff.model import Skipped

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


def resolve_config(config_path: Path | None) -> Config:
    return load_config(config_path)


def warn_skipped(skipped: tuple[Skipped, ...]) -> None:
    for item in skipped:
        err_console.print(f"qdiff: skipped {item.path}: {item.reason}", markup=False)


def stdout_console(color: bool | None, width: int | None = None) -> Console:
    """The console results go to; colour off when piped, under NO_COLOR, or when asked."""
    no_color = color is False or (color is None and bool(_env("NO_COLOR")))
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


def _env(name: str) -> str | None:
    import os

    return os.environ.get(name)


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
