"""`qdiff check`: the CI gate. Judges each article's quotations of the reference by a policy.

Exit status: 0 nothing fails (warnings allowed), 1 a quotation fails, 2 bad input or usage.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console, RenderableType

from qdiff.check.baseline import EMPTY_BASELINE, Baseline, dump_baseline, read_baseline
from qdiff.check.judge import CheckResult, judge, to_baseline
from qdiff.cli.common import (
    ColorOption,
    ConfigOption,
    app,
    err_console,
    is_plain,
    print_result,
    stdout_console,
    user_errors,
    warn_skipped,
)
from qdiff.cli.compare import apply_overrides
from qdiff.config import CheckPolicy, Config, load_config, parse_verdicts
from qdiff.errors import EXIT_FAIL, EXIT_OK, InputError
from qdiff.io.corpus import expand_paths, load_corpus
from qdiff.model import Corpus, Verdict
from qdiff.output import STDOUT, write_text
from qdiff.pipeline.compare import compare as run_compare
from qdiff.pipeline.compare import compare_to_shared
from qdiff.render.check_github import render_github
from qdiff.render.check_json import render_check_json
from qdiff.render.check_junit import render_junit
from qdiff.render.check_markdown import render_check_markdown
from qdiff.render.check_text import render_check_text, summary_line


class CheckFormat(str, Enum):
    TEXT = "text"
    JSON = "json"
    GITHUB = "github"
    JUNIT = "junit"
    MARKDOWN = "markdown"


TEXT_RENDERERS: dict[CheckFormat, Callable[[CheckResult], str]] = {
    CheckFormat.JSON: render_check_json,
    CheckFormat.GITHUB: render_github,
    CheckFormat.JUNIT: render_junit,
    CheckFormat.MARKDOWN: render_check_markdown,
}
"""Every format but TEXT, which is rich renderables (a test checks none is missing)."""


def _verdicts(param: typer.CallbackParam, value: str | None) -> frozenset[Verdict] | None:
    if value is None:
        return None
    try:
        return parse_verdicts(value, param.opts[0] if param.opts else "the option")
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


@app.command()
def check(
    articles: list[str] = typer.Argument(
        ...,
        metavar="ARTICLE",
        help="Articles to check: files, directories (every .txt and .md in them) or globs.",
        show_default=False,
    ),
    config_path: ConfigOption = None,
    reference: Path = typer.Option(None, help="The primary source, replacing the config's."),
    reference_after: str = typer.Option(
        None, help="The reference starts after this text in its file."
    ),
    fail_on: str = typer.Option(
        None,
        metavar="KINDS",
        callback=_verdicts,
        help="Verdicts that fail, comma-separated (config check.fail_on; default: altered).",
    ),
    warn_on: str = typer.Option(
        None,
        metavar="KINDS",
        callback=_verdicts,
        help="Verdicts that warn, comma-separated (config check.warn_on; default: trimmed).",
    ),
    baseline: Path = typer.Option(
        None, metavar="FILE", help="Ignore the quotations this baseline file accepts."
    ),
    write_baseline: str = typer.Option(
        None,
        metavar="FILE",
        help="Record every failing or warning quotation as accepted in FILE ('-': stdout), "
        "then exit 0.",
    ),
    output_format: CheckFormat = typer.Option(
        CheckFormat.TEXT, "--format", "-f", help="Output format."
    ),
    output: str = typer.Option(
        STDOUT, "--output", "-o", metavar="FILE", help="Write the report to FILE ('-': stdout)."
    ),
    color: ColorOption = None,
) -> None:
    """Fail when an article misquotes the reference: a gate for CI and pre-commit.

    Exit status: 0 when nothing fails (warnings allowed), 1 when a quotation fails the
    policy, 2 for bad input or usage (a missing or unreadable article, a bad config).
    """
    with user_errors():
        config = apply_overrides(load_config(config_path), None, reference, reference_after)
        policy = _policy(config, fail_on, warn_on)  # type: ignore[arg-type]  # parsed by callback
        accepted = read_baseline(baseline) if baseline is not None else EMPTY_BASELINE
        corpus = _checked_corpus(articles, config)
        result = _judge(config, corpus, policy, accepted)
        if write_baseline is not None:
            _write_baseline(write_baseline, to_baseline(result))
            raise typer.Exit(EXIT_OK)
        _emit(result, output_format, output, color)
    raise typer.Exit(EXIT_FAIL if result.failed else EXIT_OK)


def _policy(
    config: Config, fail_on: frozenset[Verdict] | None, warn_on: frozenset[Verdict] | None
) -> CheckPolicy:
    fails = config.check.fail_on if fail_on is None else fail_on
    warns = config.check.warn_on if warn_on is None else warn_on
    return CheckPolicy(fail_on=fails, warn_on=warns - fails)


def _checked_corpus(articles: list[str], config: Config) -> Corpus:
    """The articles as given; one that cannot be read stops the check (CI cannot vouch for it)."""
    # expand_paths names files under the working directory relative to it, as annotations and
    # baselines need them.
    corpus = load_corpus(expand_paths(articles, Path.cwd()), config.labels)
    if corpus.skipped:
        warn_skipped(corpus.skipped)
        n = len(corpus.skipped)
        raise InputError(f"{n} article{'s' if n > 1 else ''} could not be read; nothing checked")
    return corpus


def _judge(config: Config, corpus: Corpus, policy: CheckPolicy, accepted: Baseline) -> CheckResult:
    if config.reference is not None:
        report = run_compare(config, corpus, shared=False)
    else:
        known = load_corpus(expand_paths(config.corpus, config.base_dir), config.labels)
        report = compare_to_shared(config, known, corpus)
    return judge(report, policy, accepted, articles={a.id for a in corpus.articles})


def _write_baseline(path: str, baseline: Baseline) -> None:
    write_text(path, dump_baseline(baseline))
    if path != STDOUT:
        n = len(baseline.entries)
        err_console.print(f"qdiff: wrote {n} accepted quotation(s) to {path}", markup=False)


def _emit(result: CheckResult, output_format: CheckFormat, output: str, color: bool | None) -> None:
    if output_format is CheckFormat.TEXT:
        _emit_text(result, output, color)
        return
    write_text(output, TEXT_RENDERERS[output_format](result))
    err_console.print(summary_line(result), markup=False)


def _emit_text(result: CheckResult, output: str, color: bool | None) -> None:
    if output != STDOUT:
        write_text(output, _plain_text(render_check_text(result, plain=True)))
        err_console.print(summary_line(result), markup=False)
        return
    console = stdout_console(color)
    print_result(console, render_check_text(result, plain=is_plain(console)))


def _plain_text(renderable: RenderableType) -> str:
    buffer = io.StringIO()
    Console(file=buffer, no_color=True, color_system=None, width=100, soft_wrap=True).print(
        renderable
    )
    return buffer.getvalue()
