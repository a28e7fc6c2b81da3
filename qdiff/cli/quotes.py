"""`qdiff quotes`: every quotation of each article, with where it stands and who said it."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

import typer

from qdiff.cli.common import app, is_plain, print_result, stdout_console, user_errors, warn_skipped
from qdiff.config import load_config
from qdiff.corpus import expand_paths, load_corpus
from qdiff.render.quotes_json import render_quotes_json
from qdiff.render.quotes_terminal import render_quotes
from qdiff.speakers import list_quotes


class QuotesFormat(str, Enum):
    TERMINAL = "terminal"
    JSON = "json"


@app.command()
def quotes(
    paths: list[str] = typer.Argument(
        None,
        help="Articles: files, directories (every .txt and .md in them) or globs. "
        "Default: the config's corpus.",
        show_default=False,
    ),
    config_path: Path = typer.Option(
        None, "--config", "-c", help="Config file. Default: ./config.yaml if there is one."
    ),
    min_words: int = typer.Option(
        None, min=1, help="Shortest quotation listed, in words (config default: 6)."
    ),
    output_format: QuotesFormat = typer.Option(
        QuotesFormat.TERMINAL, "--format", "-f", help="Output format."
    ),
    color: bool = typer.Option(
        None,
        "--color/--no-color",
        help="Colour on or off. Default: on in a terminal, off when piped or when NO_COLOR is set.",
        show_default=False,
    ),
) -> None:
    """List every quotation in each article: its place, its words and its speaker."""
    with user_errors():
        config = load_config(config_path)
        if paths:
            found = expand_paths(paths, Path.cwd())
        else:
            found = expand_paths(config.corpus, config.base_dir)
        corpus = load_corpus(found, config.labels)
        warn_skipped(corpus.skipped)
        listing = list_quotes(corpus.articles, min_words or config.min_words)
    if output_format is QuotesFormat.JSON:
        typer.echo(render_quotes_json(listing), nl=False)
        return
    console = stdout_console(color)
    print_result(console, render_quotes(listing, plain=is_plain(console)))
