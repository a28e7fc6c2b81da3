"""Load the corpus: expand paths, decode files, record what could not be read."""

from __future__ import annotations

import codecs
import glob
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from qdiff.errors import InputError
from qdiff.model import Article, Corpus, Skipped

TEXT_SUFFIXES = (".txt", ".md")
_BINARY_PROBE = 8192
_GLOB_CHARS = frozenset("*?[")


def expand_paths(patterns: Iterable[str], base_dir: Path | None = None) -> list[Path]:
    """Files named by paths, directories (their .txt and .md files) and globs, in order, once each;
    relative to the working directory when they lie under it, as a reader would name them.

    A pattern that names nothing raises InputError: a missing path is a mistake, not a skip.
    """
    base = base_dir or Path.cwd()
    found: dict[Path, None] = {}
    for pattern in patterns:
        for path in _expand_one(pattern, base):
            found.setdefault(as_named(path), None)
    return list(found)


def as_named(path: Path) -> Path:
    """The path relative to the working directory when it lies under it, else as it is."""
    relative = os.path.relpath(path)
    return path if relative.startswith(os.pardir) else Path(relative)


def _expand_one(pattern: str, base: Path) -> list[Path]:
    path = Path(os.path.expanduser(pattern))
    if not path.is_absolute():
        path = base / path
    if _GLOB_CHARS & set(pattern):
        matches = sorted(Path(p) for p in glob.glob(str(path), recursive=True))
        files = [m for m in matches if m.is_file()]
        if not files:
            raise InputError(f"no file matches {pattern!r}")
        return files
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in TEXT_SUFFIXES)
        if not files:
            raise InputError(f"no .txt or .md file in directory {pattern!r}")
        return files
    if not path.exists():
        raise InputError(f"no such file: {pattern!r}")
    return [path]


def read_article(path: Path, article_id: str, label: str | None = None) -> Article | Skipped:
    """Decode one file as UTF-8 (a BOM removed); a binary or undecodable file is Skipped."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Skipped(str(path), exc.strerror or str(exc))
    if b"\0" in data[:_BINARY_PROBE]:
        return Skipped(str(path), "binary file (NUL byte)")
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        text = data[bom:].decode("utf-8")
    except UnicodeDecodeError as exc:
        at = bom + exc.start  # an offset into the file, not into the text after the BOM
        return Skipped(str(path), f"not UTF-8 text (byte 0x{data[at]:02x} at {at})")
    return Article(id=article_id, label=label or article_id, path=str(path), text=text)


def iter_articles(
    paths: Iterable[Path], labels: Mapping[str, str] | None = None
) -> Iterator[Article | Skipped]:
    """Read files one at a time, so a caller can stream a corpus larger than memory."""
    labels = labels or {}
    seen: set[str] = set()
    for path in paths:
        article_id = _unique_id(path, seen)
        seen.add(article_id)
        yield read_article(path, article_id, labels.get(article_id))


def _unique_id(path: Path, seen: set[str]) -> str:
    """The file stem, or the stem with its parent folders when two files share a stem."""
    candidate = path.stem
    parents = iter(path.parent.parts[::-1])
    while candidate in seen:
        parent = next(parents, None)
        candidate = f"{candidate}~{len(seen)}" if parent is None else f"{parent}/{candidate}"
    return candidate


def load_corpus(paths: Iterable[Path], labels: Mapping[str, str] | None = None) -> Corpus:
    """Every readable article, and every file skipped with its reason.

    Raises InputError only when no file at all could be read.
    """
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for item in iter_articles(paths, labels):
        if isinstance(item, Article):
            articles.append(item)
        else:
            skipped.append(item)
    if not articles:
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in skipped) or "no files given"
        raise InputError(f"no readable article in the corpus ({reasons})")
    return Corpus(articles=tuple(articles), skipped=tuple(skipped))
