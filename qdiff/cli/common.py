"""What every subcommand shares: the app, the consoles, option types and error handling."""

from __future__ import annotations

import io
import os
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console, RenderableType

from qdiff.config import Config, JsonlFields, load_config, parse_field_option
from qdiff.errors import QdiffError
from qdiff.io.corpus import expand_paths, load_corpus
from qdiff.io.files import UTF8
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
    """The configured corpus; what was skipped, and what was not read as UTF-8, is said on
    stderr."""
    return corpus_from(config.corpus, config, config.base_dir)


def corpus_from(patterns: Sequence[str], config: Config, base_dir: Path) -> Corpus:
    """The articles these paths name, read as the config says; each skip and each file read in
    another encoding than UTF-8 is named on stderr."""
    found = expand_paths(patterns, base_dir)
    corpus = load_corpus(found, config.labels, config.jsonl, config.limits.article_bytes)
    for article in corpus.articles:
        if article.encoding != UTF8:
            err_console.print(
                f"qdiff: note: {article.path} is not UTF-8: read as {article.encoding}",
                markup=False,
            )
    warn_skipped(corpus.skipped)
    return corpus


def warn_skipped(skipped: Sequence[Skipped]) -> None:
    """Each skipped input on a line, then, when there are several, how many and why."""
    for item in skipped:
        err_console.print(f"qdiff: skipped {item.path}: {item.reason}", markup=False)
    if len(skipped) > 1:
        reasons = Counter(_reason_kind(item.reason) for item in skipped)
        why = ", ".join(f"{n} {reason}" for reason, n in reasons.most_common())
        err_console.print(f"qdiff: skipped {len(skipped)} inputs ({why})", markup=False)


def _reason_kind(reason: str) -> str:
    """A skip's reason without its particulars: `binary file (NUL byte)` -> `binary file`."""
    return reason.split(" (", 1)[0].split(": ", 1)[0]


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
