"""`qdiff quotes`: every quotation of each article, with where it stands and who said it."""

from __future__ import annotations

import typer

from qdiff.cli.common import (
    ColorOption,
    ConfigOption,
    FormatOption,
    JsonlFieldOption,
    OutputOption,
    PathsArgument,
    app,
    display_for,
    emit,
    field_keys,
    read_config,
    read_corpus,
    stdout_console,
    user_errors,
)
from qdiff.output import STDOUT
from qdiff.quotes.listing import list_quotes
from qdiff.render import QUOTES, TextFormat


@app.command()
def quotes(
    paths: PathsArgument = None,
    config_path: ConfigOption = None,
    jsonl_field: JsonlFieldOption = None,
    min_words: int | None = typer.Option(
        None, min=1, help="Shortest quotation listed, in words (config default: 6)."
    ),
    output_format: FormatOption = TextFormat.TERMINAL,
    output: OutputOption = STDOUT,
    color: ColorOption = None,
) -> None:
    """List every quotation in each article: its place, its words and its speaker."""
    with user_errors():
        config = read_config(config_path).with_overrides(
            paths=paths, min_words=min_words, jsonl_fields=field_keys(jsonl_field)
        )
        listing = list_quotes(read_corpus(config).articles, config.min_words)
        console = stdout_console(color)
        emit(console, QUOTES[output_format](listing, display_for(console, output)), output)
