"""`qdiff facts`: every figure of every article, grouped across outlets by what it quantifies."""

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
from qdiff.facts.find import find_facts
from qdiff.facts.model import FactStatus
from qdiff.output import STDOUT
from qdiff.render import FACTS, TextFormat


@app.command()
def facts(
    paths: PathsArgument = None,
    config_path: ConfigOption = None,
    jsonl_field: JsonlFieldOption = None,
    status: list[FactStatus] | None = typer.Option(
        None, "--status", "-s", help="Show only facts of this status. Repeatable."
    ),
    output_format: FormatOption = TextFormat.TERMINAL,
    output: OutputOption = STDOUT,
    color: ColorOption = None,
) -> None:
    """Compare the figures outlets give: money, counts, percentages, dates, ages, spans, rates."""
    with user_errors():
        config = read_config(config_path).with_overrides(
            paths=paths, jsonl_fields=field_keys(jsonl_field)
        )
        corpus = read_corpus(config)
        report = find_facts(corpus).with_status(frozenset(status or ()))
        console = stdout_console(color)
        emit(console, FACTS[output_format](report, display_for(console, output)), output)
