"""qdiff's exceptions. Each carries the exit status the CLI turns it into."""

from __future__ import annotations

EXIT_OK = 0
"""Nothing to report, or nothing failed the policy."""
EXIT_FAIL = 1
"""`qdiff check`: a rendering failed the policy."""
EXIT_ERROR = 2
"""Bad input or usage: a missing path, an unreadable corpus, a bad config."""
EXIT_INTERNAL = 3
"""A bug in qdiff: the trace is written to a file the error line names."""
EXIT_INTERRUPTED = 130
"""Ctrl-C: 128 + SIGINT, as shells report it."""
EXIT_BROKEN_PIPE = 141
"""The reader of the output went away (`qdiff compare | head`): 128 + SIGPIPE."""


class QdiffError(Exception):
    """An error the user can act on: one line, no traceback."""

    exit_code = EXIT_ERROR


class InputError(QdiffError):
    """A path that does not exist, or a corpus with nothing readable in it."""


class ConfigError(QdiffError):
    """A config file that cannot be read, parsed or validated."""
