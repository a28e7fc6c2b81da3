"""The `qdiff` command: a thin shell that parses options, calls the pipeline and prints.

Each subcommand lives in its own module and registers itself on `app`.
"""

from __future__ import annotations

import os
import sys

from qdiff.cli.common import app, err_console
from qdiff.errors import EXIT_ERROR

# Importing a command module registers its command on `app`.
from qdiff.cli import compare as _compare  # noqa: F401  isort: skip
from qdiff.cli import check as _check  # noqa: F401  isort: skip
from qdiff.cli import facts as _facts  # noqa: F401  isort: skip
from qdiff.cli import quotes as _quotes  # noqa: F401  isort: skip

__all__ = ["app", "main"]


def main() -> None:
    """The console script: no traceback reaches the user unless QDIFF_DEBUG is set."""
    try:
        app()
    except Exception as exc:  # the last line of defence; commands handle QdiffError themselves
        if os.environ.get("QDIFF_DEBUG"):
            raise
        err_console.print(f"qdiff: internal error: {type(exc).__name__}: {exc}", markup=False)
        sys.exit(EXIT_ERROR)
