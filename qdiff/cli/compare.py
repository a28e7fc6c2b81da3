"""`qdiff compare`: every outlet's rendering of every passage of the reference, side by side."""

from __future__ import annotations

from dataclasses import replace
from enum import Enum
from pathlib import Path

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
from qdiff.collate.apparatus import build_apparatus
from qdiff.config import Config, ReferenceConfig, load_config
from qdiff.model import Unit
from qdiff.pipeline.compare import compare as run_compare
from qdiff.pipeline.filters import select
from qdiff.render.compare_apparatus import render_apparatus
from qdiff.render.compare_json import render_json
from qdiff.render.compare_terminal import Layout, render_report


class View(str, Enum):
    TABLE = "table"
    APPARATUS = "apparatus"


def apply_overrides(
    config: Config,
    paths: list[str] | None,
    reference: Path | None,
    reference_after: str | None,
    reference_before: str | None = None,
    unit: Unit | None = None,
    min_words: int | None = None,
) -> Config:
    """The config with the command line's choices on top: the flag beats the file."""
    config = with_paths(config, paths)
    if reference is not None:
        config = replace(
            config,
            reference=ReferenceConfig(reference.resolve(), reference_after, reference_before),
        )
    elif config.reference is not None and (reference_after or reference_before):
        config = replace(
            config,
            reference=replace(
                config.reference,
                after=reference_after or config.reference.after,
                before=reference_before or config.reference.before,
            ),
        )
    if unit is not None:
        config = replace(config, unit=unit)
    if min_words is not None:
        config = replace(config, min_words=min_words)
    return config


@app.command()
def compare(
    paths: PathsArgument = None,
    config_path: ConfigOption = None,
    reference: Path = typer.Option(None, help="The primary source, replacing the config's."),
    no_reference: bool = typer.Option(
        False,
        "--no-reference",
        help="Ignore any reference: collate the quotations outlets share against their consensus.",
    ),
    reference_after: str = typer.Option(
        None, help="The reference starts after this text in its file."
    ),
    reference_before: str = typer.Option(
        None, help="The reference ends before this text in its file."
    ),
    outlet: list[str] = typer.Option(
        None, "--outlet", "-o", help="Show only this outlet (label or file stem). Repeatable."
    ),
    passage: list[str] = typer.Option(
        None,
        "--passage",
        "-p",
        help="Show only this passage (id, id prefix or number). Repeatable.",
    ),
    only_changed: bool = typer.Option(
        False, "--only-changed", help="Hide renderings that are verbatim."
    ),
    output_format: FormatOption = TextFormat.TERMINAL,
    view: View = typer.Option(
        View.TABLE,
        help="Terminal view: a table of renderings per passage, or a critical apparatus "
        "(the base text once, variants in brackets).",
    ),
    layout: Layout = typer.Option(
        Layout.AUTO, help="Terminal layout: side by side, inline, or by width (auto)."
    ),
    unit: Unit = typer.Option(None, help="Passage unit, replacing the config's."),
    min_words: int = typer.Option(
        None, min=1, help="Shortest rendering reported, in words (config default: 6)."
    ),
    color: ColorOption = None,
) -> None:
    """Show how each outlet renders each passage of the reference, word by word."""
    with user_errors():
        config = apply_overrides(
            load_config(config_path),
            paths,
            reference,
            reference_after,
            reference_before,
            unit,
            min_words,
        )
        if no_reference:
            config = replace(config, reference=None)
        corpus = read_corpus(config)
        report = select(run_compare(config, corpus), outlet or (), passage or (), only_changed)
    if output_format is TextFormat.JSON:
        typer.echo(render_json(report), nl=False)
        return
    console = stdout_console(color)
    plain = is_plain(console)
    if view is View.APPARATUS:
        print_result(console, render_apparatus(report, build_apparatus(report), plain))
    else:
        print_result(console, render_report(report, console.width, plain, layout))
