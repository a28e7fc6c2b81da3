"""CheckResult -> GitHub Actions workflow commands, one per failing or warning rendering.

`::error file=PATH,line=N,col=M,title=T::MESSAGE` shows as an annotation on the pull
request's diff. Data and properties are escaped by GitHub's rules (actions/toolkit, command.ts).
"""

from __future__ import annotations

from qdiff.check.baseline import article_path
from qdiff.check.judge import CheckedRendering, CheckResult, Outcome
from qdiff.render.check_text import plain_diff
from qdiff.render.interface import Display

_COMMANDS = {Outcome.FAIL: "error", Outcome.WARN: "warning"}


def render_github(result: CheckResult, display: Display) -> str:
    lines = [_command(item) for item in result.with_outcome(*_COMMANDS)]
    return "".join(line + "\n" for line in lines)


def _command(item: CheckedRendering) -> str:
    properties = {
        "file": article_path(item.path),
        "line": str(item.line),
        "col": str(item.column),
        "endLine": str(item.end_line),
        "endColumn": str(item.end_column),
        "title": f"qdiff: {item.verdict.value} quotation ({item.passage_id})",
    }
    props = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    return f"::{_COMMANDS[item.outcome]} {props}::{escape_data(_message(item))}"


def _message(item: CheckedRendering) -> str:
    kinds = ", ".join(dict.fromkeys(edit.kind.value for edit in item.edits if edit.kind))
    return (
        f"{item.verdict.value.capitalize()} quotation ({kinds}) of the reference passage:\n"
        f"{' '.join(item.passage_text.split())}\n"
        f"As quoted: {' '.join(plain_diff(item).split())}"
    )


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")
