"""What a list of paths, folders and globs names: each file once, whatever links lead to it.

A folder gives its files of the corpus kinds, subfolders included, links followed but never
round a loop (a folder already walked is not walked again). A `**` glob is matched the same way,
so `dir/**/*.txt` over a folder holding a link to itself reads each file once. A file reached by
two names (a link, a second pattern) is read once, under the first. What names nothing (a
missing path, a glob with no match, an empty or unreadable folder) is Skipped, not an error:
the corpus decides whether anything is left to read.
"""

from __future__ import annotations

import fnmatch
import glob
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from qdiff.io.html import HTML_SUFFIXES
from qdiff.io.jsonl import JSONL_SUFFIXES, STDIN
from qdiff.model import Skipped

TEXT_SUFFIXES = (".txt", ".md")
CORPUS_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
"""What a directory gives: the files of these kinds in it, subfolders included."""
_GLOB_CHARS = frozenset("*?[")
_RECURSIVE = "**"

Found = Path | Skipped


def expand_paths(patterns: Iterable[str], base_dir: Path | None = None) -> list[Found]:
    """Files named by paths, directories (their files of CORPUS_SUFFIXES) and globs, in order,
    once each; relative to the working directory when they lie under it, as a reader would name
    them. `-` is standard input, read as JSON Lines. What names no file is Skipped, in its place.
    """
    base = base_dir or Path.cwd()
    found: dict[object, Found] = {}
    for pattern in patterns:
        if pattern == STDIN:
            found.setdefault(STDIN, Path(STDIN))
            continue
        for item in _expand_one(pattern, base):
            if isinstance(item, Skipped):
                found.setdefault(("skipped", item.path), item)
            else:
                found.setdefault(_identity(item), as_named(item))
    return list(found.values())


def as_named(path: Path) -> Path:
    """The path relative to the working directory when it lies under it, else absolute; tidy
    either way (`proj/../inputs/a.txt` is `inputs/a.txt`, or `/data/inputs/a.txt`)."""
    relative = os.path.relpath(path)
    return Path(os.path.abspath(path)) if relative.startswith(os.pardir) else Path(relative)


def _identity(path: Path) -> object:
    """One key for every name of one file: its device and inode, else its own name."""
    try:
        info = path.stat()
    except OSError:
        return ("path", str(path))
    return (info.st_dev, info.st_ino)


def _expand_one(pattern: str, base: Path) -> list[Found]:
    path = Path(os.path.expanduser(pattern))
    if not path.is_absolute():
        path = base / path
    if _GLOB_CHARS & set(pattern):
        found = _glob(path)
        return found or [Skipped(pattern, "no file matches this pattern")]
    if path.is_dir():
        found = _walk(path, (), _is_corpus_file)
        if not any(isinstance(f, Path) for f in found):
            kinds = ", ".join(CORPUS_SUFFIXES)
            found.append(Skipped(pattern, f"a folder with no article file ({kinds}) in it"))
        return found
    if not os.path.lexists(path):
        return [Skipped(pattern, "no such file or folder")]
    return [path]  # reading it says what is wrong with it, if anything


def _is_corpus_file(parts: Sequence[str]) -> bool:
    return parts[-1].lower().endswith(CORPUS_SUFFIXES)


def _glob(path: Path) -> list[Found]:
    parts = path.parts
    if _RECURSIVE not in parts:
        return [Path(p) for p in sorted(glob.glob(str(path))) if not os.path.isdir(p)]
    fixed = next(i for i, part in enumerate(parts) if _GLOB_CHARS & set(part))
    root = Path(*parts[:fixed])
    rest = parts[fixed:]
    if not root.is_dir():
        return []
    return _walk(root, rest, lambda relative: _matches(relative, rest))


def _matches(parts: Sequence[str], pattern: Sequence[str]) -> bool:
    """Whether a path's parts match a glob's, `**` standing for any number of folders; as glob
    does, a wildcard never matches a name that starts with a dot."""
    if not pattern:
        return not parts
    head = pattern[0]
    if head == _RECURSIVE:
        return any(
            _matches(parts[i:], pattern[1:])
            for i in range(len(parts) + 1)
            if not any(p.startswith(".") for p in parts[:i])
        )
    if not parts or (parts[0].startswith(".") and not head.startswith(".")):
        return False
    return fnmatch.fnmatchcase(parts[0], head) and _matches(parts[1:], pattern[1:])


def _walk(
    root: Path, pattern: Sequence[str], wanted: Callable[[Sequence[str]], bool]
) -> list[Found]:
    """The files under root whose parts (relative to root) are wanted, sorted, and a Skipped for
    each folder that could not be listed. Links to folders are followed, each folder once."""
    files: list[Path] = []
    skipped: list[Skipped] = []
    walked: set[tuple[int, int]] = set()
    stack: list[tuple[Path, tuple[str, ...]]] = [(root, ())]
    while stack:
        folder, relative = stack.pop()
        try:
            info = folder.stat()
            if (info.st_dev, info.st_ino) in walked:
                continue  # a link back to a folder already walked
            walked.add((info.st_dev, info.st_ino))
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            named = as_named(folder)
            skipped.append(Skipped(str(named), f"cannot list the folder: {exc.strerror or exc}"))
            continue
        for entry in entries:
            parts = (*relative, entry.name)
            if _is_folder(entry):
                if _may_descend(parts, pattern):
                    stack.append((Path(entry.path), parts))
            elif wanted(parts):
                files.append(Path(entry.path))
    return [*sorted(files), *skipped]


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()  # follows a link
    except OSError:
        return False


def _may_descend(parts: Sequence[str], pattern: Sequence[str]) -> bool:
    """Whether files under a folder could match: always for a plain walk; for a glob, while the
    folder's parts match the glob's leading parts (a `**` matching any of them)."""
    if not pattern:
        return True
    return _prefix_matches(parts, pattern)


def _prefix_matches(parts: Sequence[str], pattern: Sequence[str]) -> bool:
    if not parts:
        return True
    if not pattern:
        return False
    head = pattern[0]
    if head == _RECURSIVE:
        if parts[0].startswith("."):
            return _prefix_matches(parts, pattern[1:])
        return _prefix_matches(parts[1:], pattern) or _prefix_matches(parts, pattern[1:])
    if parts[0].startswith(".") and not head.startswith("."):
        return False
    return fnmatch.fnmatchcase(parts[0], head) and _prefix_matches(parts[1:], pattern[1:])
