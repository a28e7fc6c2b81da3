"""`qdiff check`: the CI gate. Judges each article's quotations of the reference by a policy.

Exit status: 0 nothing fails (warnings allowed), 1 a quotation fails, 2 bad input or usage.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path

import typer

from qdiff.check.baseline import EMPTY_BASELINE, Baseline, dump_baseline, read_baseline
from qdiff.check.judge import CheckedRendering, CheckResult, judge, to_baseline
from qdiff.cli.common import (
    ColorOption,
    ConfigOption,
    JsonlFieldOption,
    OutputOption,
    app,
    corpus_from,
    display_for,
    emit,
    err_console,
    field_keys,
    read_config,
    shown_as_view,
    stdout_console,
    user_errors,
)
from qdiff.config import CheckPolicy, Config, parse_gate_kinds
from qdiff.errors import EXIT_FAIL, EXIT_OK, InputError
from qdiff.io.corpus import expand_paths, load_corpus
from qdiff.io.locate import locate_in_file
from qdiff.model import Article, Corpus, GateKind, InputKind
from qdiff.output import STDOUT, write_text
from qdiff.pipeline.compare import compare as run_compare
from qdiff.pipeline.witnesses import against_reference, check_against_witnesses
from qdiff.render import CHECK, CheckFormat
from qdiff.render.check_text import summary_line
from qdiff.text import counted


def _verdicts(option: str) -> Callable[[str], frozenset[GateKind]]:
    """The parser of a comma-separated list of verdicts given to `option`."""

    def parse(value: str) -> frozenset[GateKind]:
        try:
            return parse_gate_kinds(value, option)
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from None

    return parse


@app.command()
def check(
    articles: list[str] = typer.Argument(
        ...,
        metavar="ARTICLE",
        help="Articles to check: files (.txt, .md, .html, .htm, .jsonl, .jsonl.gz), directories "
        "(every such file in them), globs, or '-' for JSON Lines on standard input.",
        show_default=False,
    ),
    config_path: ConfigOption = None,
    jsonl_field: JsonlFieldOption = None,
    reference: Path | None = typer.Option(None, help="The primary source, replacing the config's."),
    reference_after: str | None = typer.Option(
        None, help="The reference starts after this text in its file."
    ),
    fail_on: frozenset[GateKind] | None = typer.Option(
        None,
        metavar="KINDS",
        parser=_verdicts("--fail-on"),
        help="Verdicts that fail, comma-separated, and `unjudged` for an article no witness "
        "renders (config check.fail_on; default: altered).",
    ),
    warn_on: frozenset[GateKind] | None = typer.Option(
        None,
        metavar="KINDS",
        parser=_verdicts("--warn-on"),
        help="Verdicts that warn, comma-separated (config check.warn_on; default: trimmed).",
    ),
    baseline: Path | None = typer.Option(
        None, metavar="FILE", help="Ignore the quotations this baseline file accepts."
    ),
    write_baseline: str | None = typer.Option(
        None,
        metavar="FILE",
        help="Record every failing or warning quotation as accepted in FILE ('-': stdout), "
        "then exit 0.",
    ),
    output_format: CheckFormat = typer.Option(
        CheckFormat.TEXT, "--format", "-f", help="Output format."
    ),
    output: OutputOption = STDOUT,
    color: ColorOption = None,
) -> None:
    """Fail when an article misquotes the reference: a gate for CI and pre-commit.

    Exit status: 0 when nothing fails (warnings allowed), 1 when a quotation fails the
    policy, 2 for bad input or usage (a missing or unreadable article, a bad config).
    """
    with user_errors():
        config = read_config(config_path).with_overrides(
            reference=reference,
            reference_after=reference_after,
            jsonl_fields=field_keys(jsonl_field),
        )
        policy = _policy(config, fail_on, warn_on)
        accepted = read_baseline(baseline) if baseline is not None else EMPTY_BASELINE
        corpus = _checked_corpus(articles, config)
        result = _judge(config, corpus, policy, accepted)
        if write_baseline is not None:
            _write_baseline(write_baseline, to_baseline(result))
            raise typer.Exit(EXIT_OK)
        _report(result, output_format, output, color)
    raise typer.Exit(EXIT_FAIL if result.failed else EXIT_OK)


def _policy(
    config: Config, fail_on: frozenset[GateKind] | None, warn_on: frozenset[GateKind] | None
) -> CheckPolicy:
    fails = config.check.fail_on if fail_on is None else fail_on
    warns = config.check.warn_on if warn_on is None else warn_on
    return CheckPolicy(fail_on=fails, warn_on=warns - fails)


def _checked_corpus(articles: list[str], config: Config) -> Corpus:
    """The articles as given; one that cannot be read stops the check (CI cannot vouch for it)."""
    # expand_paths names files under the working directory relative to it, as annotations and
    # baselines need them.
    corpus = corpus_from(articles, config, Path.cwd())
    if corpus.skipped:
        n = len(corpus.skipped)
        raise InputError(f"{counted(n, 'article')} could not be read; nothing checked")
    return corpus


def _judge(config: Config, corpus: Corpus, policy: CheckPolicy, accepted: Baseline) -> CheckResult:
    if config.reference is not None:
        report = run_compare(config, corpus, shared=False)
        report = against_reference(report, corpus, config.min_words)
    else:
        known = load_corpus(
            expand_paths(config.corpus, config.base_dir),
            config.labels,
            config.jsonl,
            config.limits.article_bytes,
        )
        report = check_against_witnesses(config, known, corpus)
    result = judge(report, policy, accepted, articles={a.id for a in corpus.articles})
    return in_files(result, {a.id: a for a in corpus.articles})


def in_files(result: CheckResult, articles: Mapping[str, Article]) -> CheckResult:
    """The result with each rendering's place in its article's file: an HTML page's line and
    column where the quoted words stand in the page, else marked as counted in the text."""
    return replace(result, renderings=tuple(_in_file(r, articles) for r in result.renderings))


def _in_file(item: CheckedRendering, articles: Mapping[str, Article]) -> CheckedRendering:
    article = articles.get(item.finding.rendering.article_id)
    if article is None or article.kind is InputKind.TEXT:
        return item
    found = locate_in_file(article, item.finding.rendering.span)
    if found is None:
        return replace(item, in_text=article.kind)
    return replace(
        item,
        line=found.line,
        column=found.column,
        end_line=found.end_line,
        end_column=found.end_column,
    )


def _write_baseline(path: str, baseline: Baseline) -> None:
    write_text(path, dump_baseline(baseline))
    if path != STDOUT:
        n = len(baseline.entries)
        err_console.print(f"qdiff: wrote {n} accepted quotation(s) to {path}", markup=False)


def _report(
    result: CheckResult, output_format: CheckFormat, output: str, color: bool | None
) -> None:
    """The report in its format; the summary line on stderr unless the report, read on the
    console, ends with it."""
    console = stdout_console(color)
    rendered = CHECK[output_format](result, display_for(console, output))
    # Piped or redirected, a finding keeps to its lines whatever their length, for grep.
    emit(console, rendered, output, wrap=console.is_terminal)
    if not shown_as_view(rendered, output):
        err_console.print(summary_line(result), markup=False)
