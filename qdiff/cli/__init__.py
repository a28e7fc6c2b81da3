"""The `qdiff` command: a thin shell that parses options, calls the pipeline and prints.

Each subcommand lives in its own module and registers itself on `app`.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback

from qdiff.cli.common import app, err_console
from qdiff.errors import EXIT_BROKEN_PIPE, EXIT_INTERNAL, EXIT_INTERRUPTED

# Importing a command module registers its command on `app`.
from qdiff.cli import compare as _compare  # noqa: F401  isort: skip
from qdiff.cli import check as _check  # noqa: F401  isort: skip
from qdiff.cli import facts as _facts  # noqa: F401  isort: skip
from qdiff.cli import quotes as _quotes  # noqa: F401  isort: skip
from qdiff.cli import init as _init  # noqa: F401  isort: skip

__all__ = ["app", "main"]


def main() -> None:
    """The console script: usage errors in one line, and no traceback unless QDIFF_DEBUG is set."""
    try:
        status = app(standalone_mode=False, prog_name="qdiff")
    except KeyboardInterrupt:
        err_console.print("qdiff: interrupted", markup=False)
        sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        _quiet_stdout()
        sys.exit(EXIT_BROKEN_PIPE)
    except Exception as exc:  # the last line of defence; commands handle QdiffError themselves
        if type(exc).__name__ == "NoArgsIsHelpError":  # bare `qdiff`: the help is printed
            sys.exit(0)
        usage = _usage_error(exc)
        if usage is not None:
            message, exit_code = usage
            command = getattr(getattr(exc, "ctx", None), "command_path", "qdiff")
            err_console.print(f"qdiff: error: {message} (see '{command} --help')", markup=False)
            sys.exit(exit_code)
        if os.environ.get("QDIFF_DEBUG"):
            raise
        trace = _write_trace(exc)
        err_console.print(
            f"qdiff: internal error: {type(exc).__name__}: {exc} (a bug; the trace is in {trace})",
            markup=False,
        )
        sys.exit(EXIT_INTERNAL)
    sys.exit(status if isinstance(status, int) else 0)


def _write_trace(exc: BaseException) -> str:
    """The full traceback, in a file of its own under the system's temp folder."""
    try:
        fd, path = tempfile.mkstemp(prefix="qdiff-trace-", suffix=".txt")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write("".join(traceback.format_exception(exc)))
    except OSError:
        return "nowhere: the temp folder cannot be written; run again with QDIFF_DEBUG=1"
    return path


def _quiet_stdout() -> None:
    """Python flushes stdout again at exit; point it at /dev/null so that flush cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _usage_error(exc: Exception) -> tuple[str, int] | None:
    """The message and exit status of click's errors (bad option, missing argument), whichever
    click typer brings: its own copy or the package. They alone carry both."""
    format_message = getattr(exc, "format_message", None)
    exit_code = getattr(exc, "exit_code", None)
    if not callable(format_message) or not isinstance(exit_code, int):
        return None
    return str(format_message()), exit_code
