"""`qdiff compare`: every outlet's rendering of every passage of the reference, side by side."""

from __future__ import annotations

from pathlib import Path

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
from qdiff.model import Unit
from qdiff.output import STDOUT
from qdiff.pipeline.compare import compare as run_compare
from qdiff.pipeline.filters import select
from qdiff.render import COMPARE, Layout, TextFormat, View


@app.command()
def compare(
    paths: PathsArgument = None,
    config_path: ConfigOption = None,
    jsonl_field: JsonlFieldOption = None,
    reference: Path | None = typer.Option(None, help="The primary source, replacing the config's."),
    no_reference: bool = typer.Option(
        False,
        "--no-reference",
        help="Ignore any reference file: collate the quotations outlets share against their "
        "consensus, or against a source an article prints whole.",
    ),
    reference_after: str | None = typer.Option(
        None, help="The reference starts after this text in its file."
    ),
    reference_before: str | None = typer.Option(
        None, help="The reference ends before this text in its file."
    ),
    outlet: list[str] | None = typer.Option(
        None, "--outlet", help="Show only this outlet (label or file stem). Repeatable."
    ),
    passage: list[str] | None = typer.Option(
        None,
        "--passage",
        "-p",
        help="Show only this passage (id, id prefix or number). Repeatable.",
    ),
    only_changed: bool = typer.Option(
        False, "--only-changed", help="Hide renderings that are verbatim."
    ),
    output_format: FormatOption = TextFormat.TERMINAL,
    output: OutputOption = STDOUT,
    view: View = typer.Option(
        View.TABLE,
        help="Terminal view: a table of renderings per passage, or a critical apparatus "
        "(the base text once, variants in brackets).",
    ),
    layout: Layout = typer.Option(
        Layout.AUTO, help="Terminal layout: side by side, inline, or by width (auto)."
    ),
    unit: Unit | None = typer.Option(None, help="Passage unit, replacing the config's."),
    min_words: int | None = typer.Option(
        None, min=1, help="Shortest rendering reported, in words (config default: 6)."
    ),
    color: ColorOption = None,
) -> None:
    """Show how each outlet renders each passage of the reference, word by word."""
    with user_errors():
        config = read_config(config_path).with_overrides(
            paths=paths,
            reference=reference,
            reference_after=reference_after,
            reference_before=reference_before,
            no_reference=no_reference,
            unit=unit,
            min_words=min_words,
            jsonl_fields=field_keys(jsonl_field),
        )
        corpus = read_corpus(config)
        compared = run_compare(
            config, corpus, wanted_passages=passage or (), wanted_outlets=outlet or ()
        )
        report = select(compared, outlet or (), passage or (), only_changed)
        console = stdout_console(color)
        display = display_for(console, output, view=view, layout=layout)
        emit(console, COMPARE[output_format](report, display), output)
