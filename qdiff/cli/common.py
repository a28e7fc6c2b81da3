"""What every subcommand shares: the app, the consoles, option types and error handling."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console, RenderableType

from qdiff.config import Config, JsonlFields, load_config, parse_field_option
from qdiff.errors import QdiffError
from qdiff.io.corpus import expand_paths, load_corpus
from qdiff.model import Corpus, Skipped
from qdiff.output import STDOUT, write_text
from qdiff.render import Display, Layout, Rendered, TextFormat, View

FILE_WIDTH = 100
"""A view written to a file is plain text this many columns wide."""

app = typer.Typer(
    name="qdiff",
    help="Show, word by word, how news outlets quote the same source.",
    no_args_is_help=True,
    add_completion=True,
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


PathsArgument = Annotated[
    Optional[list[str]],  # noqa: UP045  typer reads the annotation at run time
    typer.Argument(
        help="Articles: files (.txt, .md, .html, .htm, .jsonl, .jsonl.gz), directories (every "
        "such file in them), globs, or '-' for JSON Lines on standard input. "
        "Default: the config's corpus.",
        show_default=False,
    ),
]


def _check_fields(values: list[str] | None) -> list[str] | None:
    for value in values or ():
        try:
            JsonlFields().with_keys(dict([parse_field_option(value)]))
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from None
    return values


def field_keys(values: list[str] | None) -> dict[str, str]:
    """--jsonl-field's FIELD=KEY values as a mapping, the last one given for a field winning."""
    return dict(parse_field_option(value) for value in values or ())


JsonlFieldOption = Annotated[
    Optional[list[str]],  # noqa: UP045
    typer.Option(
        "--jsonl-field",
        metavar="FIELD=KEY",
        callback=_check_fields,
        help="The JSON Lines key that holds FIELD (id, text, outlet, url, published, title), "
        "e.g. text=body or outlet=source.name; config jsonl. Repeatable.",
        show_default=False,
    ),
]
ConfigOption = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option("--config", "-c", help="Config file. Default: ./config.yaml if there is one."),
]
FormatOption = Annotated[TextFormat, typer.Option("--format", "-f", help="Output format.")]
OutputOption = Annotated[
    str,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        help="Write to FILE, whole (a temp file, then a rename); '-' is stdout.",
    ),
]
ColorOption = Annotated[
    Optional[bool],  # noqa: UP045
    typer.Option(
        "--color/--no-color",
        help="Colour on or off. Default: on in a terminal, off when piped or when NO_COLOR is set.",
        show_default=False,
    ),
]


def read_config(path: Path | None) -> Config:
    """The config file (or the defaults); what it holds that qdiff ignores is named on stderr."""
    config = load_config(path)
    for warning in config.warnings:
        err_console.print(f"qdiff: warning: {warning}", markup=False)
    return config


def read_corpus(config: Config) -> Corpus:
    """The configured corpus; each file that could not be read is named on stderr."""
    corpus = load_corpus(expand_paths(config.corpus, config.base_dir), config.labels, config.jsonl)
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


def display_for(
    console: Console,
    output: str = STDOUT,
    view: View = View.TABLE,
    layout: Layout = Layout.AUTO,
) -> Display:
    """What the renderer is told: plain unless colour will show on the console it prints to."""
    if output != STDOUT:
        return Display(plain=True, width=FILE_WIDTH, view=view, layout=layout)
    return Display(plain=is_plain(console), width=console.width, view=view, layout=layout)


def emit(console: Console, rendered: Rendered, output: str = STDOUT, wrap: bool = True) -> None:
    """Print what a renderer returned: a string exactly as it is, a view through the console
    (its lines wrapped to the console's width unless `wrap` is off), or, to a file, as plain
    text FILE_WIDTH columns wide."""
    if isinstance(rendered, str):
        write_text(output, rendered)
    elif output == STDOUT:
        print_result(console, rendered, wrap)
    else:
        write_text(output, _file_text(rendered))


def shown_as_view(rendered: Rendered, output: str) -> bool:
    """The output is a view on the console, where its own summary is read."""
    return output == STDOUT and not isinstance(rendered, str)


def _file_text(renderable: RenderableType) -> str:
    buffer = io.StringIO()
    console = Console(
        file=buffer, no_color=True, color_system=None, width=FILE_WIDTH, soft_wrap=True
    )
    console.print(renderable)
    return buffer.getvalue()


def print_result(console: Console, renderable: RenderableType, wrap: bool = True) -> None:
    """Print a view; plain output loses the padding rich leaves at the end of lines."""
    if not is_plain(console):
        console.print(renderable, soft_wrap=not wrap)
        return
    with console.capture() as captured:
        console.print(renderable, soft_wrap=not wrap)
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
