"""write_text(path, text): '-' is stdout; a file is written whole or not at all."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from qdiff.errors import InputError

STDOUT = "-"


def write_text(path: str, text: str) -> None:
    """Write text to path through a temp file in the same folder, then os.replace.

    A reader (or a CI step) never sees half a file, and an interrupted run leaves the old one.
    """
    if path == STDOUT:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    target = Path(path)
    folder = target.parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        _keep_mode(target, tmp)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _keep_mode(target: Path, tmp: str) -> None:
    """mkstemp creates files 0600; give the new file the old one's mode, or the umask default."""
    try:
        mode = target.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(tmp, mode)
