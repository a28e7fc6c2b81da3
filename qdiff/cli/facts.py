"""`qdiff facts`: every figure of every article, grouped across outlets by what it quantifies."""

from __future__ import annotations

from dataclasses import replace
from enum import Enum
from pathlib import Path

import typer

from qdiff.cli.common import app, is_plain, print_result, stdout_console, user_errors, warn_skipped
from qdiff.config import load_config
from qdiff.corpus import expand_paths, load_corpus
from qdiff.facts import find_facts
from qdiff.facts_model import FactStatus
from qdiff.render.facts_json import render_json
from qdiff.render.facts_terminal import render_facts


class FactsFormat(str, Enum):
    TERMINAL = "terminal"
    JSON = "json"


@app.command()
def facts(
    paths: list[str] = typer.Argument(
        None,
        help="Articles: files, directories (every .txt and .md in them) or globs. "
        "Default: the config's corpus.",
        show_default=False,
    ),
    config_path: Path = typer.Option(
        None, "--config", "-c", help="Config file. Default: ./config.yaml if there is one."
    ),
    status: list[FactStatus] = typer.Option(
        None, "--status", "-s", help="Show only facts of this status. Repeatable."
    ),
    output_format: FactsFormat = typer.Option(
        FactsFormat.TERMINAL, "--format", "-f", help="Output format."
    ),
    color: bool = typer.Option(
        None,
        "--color/--no-color",
        help="Colour on or off. Default: on in a terminal, off when piped or when NO_COLOR is set.",
        show_default=False,
    ),
) -> None:
    """Compare the figures outlets give: money, counts, percentages, dates, ages, spans, rates."""
    with user_errors():
        config = load_config(config_path)
        if paths:
            config = replace(config, corpus=tuple(paths), base_dir=Path.cwd())
        corpus = load_corpus(expand_paths(config.corpus, config.base_dir), config.labels)
        warn_skipped(corpus.skipped)
        report = find_facts(corpus).with_status(frozenset(status or ()))
    if output_format is FactsFormat.JSON:
        typer.echo(render_json(report), nl=False)
        return
    console = stdout_console(color)
    print_result(console, render_facts(report, plain=is_plain(console)))
