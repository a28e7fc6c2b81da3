"""CheckResult -> GitHub Actions workflow commands, one per failing or warning rendering.

`::error file=PATH,line=N,col=M,title=T::MESSAGE` shows as an annotation on the pull
request's diff. Data and properties are escaped by GitHub's rules (actions/toolkit, command.ts).
"""

from __future__ import annotations

from qdiff.check.baseline import article_path
from qdiff.check.judge import CheckedArticle, CheckedRendering, CheckResult, Outcome
from qdiff.model import Basis
from qdiff.render.check_text import counted_in, evidence_line, headline, place_lines, plain_diff
from qdiff.render.interface import Display

_COMMANDS = {Outcome.FAIL: "error", Outcome.WARN: "warning"}


def render_github(result: CheckResult, display: Display) -> str:
    lines = [_unjudged(article) for article in result.checked if article.outcome in _COMMANDS]
    lines += [_command(item, result) for item in result.with_outcome(*_COMMANDS)]
    return "".join(line + "\n" for line in lines)


def _unjudged(article: CheckedArticle) -> str:
    props = ",".join(
        f"{key}={escape_property(value)}"
        for key, value in (("file", article_path(article.path)), ("title", "qdiff: unjudged"))
    )
    message = (
        f"None of the {article.quotations} quotations of this article could be judged: "
        "no witness renders them."
    )
    return f"::{_COMMANDS[article.outcome]} {props}::{escape_data(message)}"


def _command(item: CheckedRendering, result: CheckResult) -> str:
    properties = {"file": article_path(item.path)}
    if item.in_text is None:  # else no line of the file holds it: annotate the file
        properties |= {
            "line": str(item.line),
            "col": str(item.column),
            "endLine": str(item.end_line),
            "endColumn": str(item.end_column),
        }
    properties["title"] = f"qdiff: {headline(item, result.policy)} ({item.passage_id})"
    props = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    return f"::{_COMMANDS[item.outcome]} {props}::{escape_data(_message(item, result))}"


def _message(item: CheckedRendering, result: CheckResult) -> str:
    kinds = ", ".join(dict.fromkeys(edit.kind.value for edit in item.edits if edit.kind))
    by_witnesses = item.evidence is not None and item.evidence.basis is not Basis.REFERENCE
    base = "what the witnesses read" if by_witnesses else "the reference passage"
    lines = [
        f"{headline(item, result.policy).capitalize()} ({kinds or 'no change'}) of {base}:",
        " ".join(item.passage_text.split()),
        f"As quoted: {' '.join(plain_diff(item).split())}",
    ]
    lines += filter(None, [evidence_line(item, result), *place_lines(item, result)])
    if item.in_text is not None:
        lines.append(f"At line {item.line}, column {item.column} {counted_in(item)}.")
    return "\n".join(lines)


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")
