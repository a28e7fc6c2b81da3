"""`qdiff quotes`: every quotation of each article, with where it stands and who said it."""

from __future__ import annotations

import typer

from qdiff.cli.common import (
    ColorOption,
    ConfigOption,
    FormatOption,
    PathsArgument,
    TextFormat,
    app,
    is_plain,
    print_result,
    read_corpus,
    stdout_console,
    user_errors,
    with_paths,
)
from qdiff.config import load_config
from qdiff.quotes.listing import list_quotes
from qdiff.render.quotes_json import render_quotes_json
from qdiff.render.quotes_terminal import render_quotes


@app.command()
def quotes(
    paths: PathsArgument = None,
    config_path: ConfigOption = None,
    min_words: int = typer.Option(
        None, min=1, help="Shortest quotation listed, in words (config default: 6)."
    ),
    output_format: FormatOption = TextFormat.TERMINAL,
    color: ColorOption = None,
) -> None:
    """List every quotation in each article: its place, its words and its speaker."""
    with user_errors():
        config = load_config(config_path)
        corpus = read_corpus(with_paths(config, paths))
        listing = list_quotes(corpus.articles, min_words or config.min_words)
    if output_format is TextFormat.JSON:
        typer.echo(render_quotes_json(listing), nl=False)
        return
    console = stdout_console(color)
    print_result(console, render_quotes(listing, plain=is_plain(console)))
