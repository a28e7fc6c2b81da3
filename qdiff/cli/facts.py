"""`qdiff facts`: every figure of every article, grouped across outlets by what it quantifies."""

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
from qdiff.facts.find import find_facts
from qdiff.facts.model import FactStatus
from qdiff.render.facts_json import render_json
from qdiff.render.facts_terminal import render_facts


@app.command()
def facts(
    paths: PathsArgument = None,
    config_path: ConfigOption = None,
    status: list[FactStatus] = typer.Option(
        None, "--status", "-s", help="Show only facts of this status. Repeatable."
    ),
    output_format: FormatOption = TextFormat.TERMINAL,
    color: ColorOption = None,
) -> None:
    """Compare the figures outlets give: money, counts, percentages, dates, ages, spans, rates."""
    with user_errors():
        corpus = read_corpus(with_paths(load_config(config_path), paths))
        report = find_facts(corpus).with_status(frozenset(status or ()))
    if output_format is TextFormat.JSON:
        typer.echo(render_json(report), nl=False)
        return
    console = stdout_console(color)
    print_result(console, render_facts(report, plain=is_plain(console)))
