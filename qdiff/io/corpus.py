"""Load the corpus: expand paths, read each input by its kind, record what could not be read.

Text and Markdown files are decoded as they are, HTML pages through trafilatura (io.html), JSON
Lines dumps record by record (io.jsonl). Ids are unique: a file's is its stem (with its folders
when two files share one), a record's is its own, and two records with one id are an error.
"""

from __future__ import annotations

import codecs
import glob
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from qdiff.config import JsonlFields
from qdiff.errors import InputError
from qdiff.io.html import HTML_SUFFIXES, is_html, read_html
from qdiff.io.jsonl import JSONL_SUFFIXES, STDIN, display_name, is_jsonl, iter_records
from qdiff.model import Article, Corpus, Skipped

TEXT_SUFFIXES = (".txt", ".md")
CORPUS_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
"""What a directory gives: the files of these kinds in it, subfolders included."""
DEFAULT_FIELDS = JsonlFields()
_BINARY_PROBE = 8192
_GLOB_CHARS = frozenset("*?[")


def expand_paths(patterns: Iterable[str], base_dir: Path | None = None) -> list[Path]:
    """Files named by paths, directories (their files of CORPUS_SUFFIXES) and globs, in order,
    once each; relative to the working directory when they lie under it, as a reader would name
    them. `-` is standard input, read as JSON Lines.

    A pattern that names nothing raises InputError: a missing path is a mistake, not a skip.
    """
    base = base_dir or Path.cwd()
    found: dict[Path, None] = {}
    for pattern in patterns:
        if pattern == STDIN:
            found.setdefault(Path(STDIN), None)
            continue
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
        files = sorted(p for p in path.rglob("*") if p.is_file() and _is_corpus_file(p))
        if not files:
            kinds = ", ".join(CORPUS_SUFFIXES)
            raise InputError(f"no article file ({kinds}) in directory {pattern!r}")
        return files
    if not path.exists():
        raise InputError(f"no such file: {pattern!r}")
    return [path]


def _is_corpus_file(path: Path) -> bool:
    return path.name.lower().endswith(CORPUS_SUFFIXES)


def read_article(path: Path, article_id: str, label: str | None = None) -> Article | Skipped:
    """One file as one article: an HTML page's main text, or a text file decoded as UTF-8 (a
    BOM removed). A binary or undecodable file, or a JSON Lines dump (many articles), is Skipped.
    """
    if is_jsonl(path):
        return Skipped(display_name(path), "a JSON Lines file holds many articles, not one")
    if is_html(path):
        return read_html(path, article_id, label)
    return read_text(path, article_id, label)


def read_text(path: Path, article_id: str, label: str | None = None) -> Article | Skipped:
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
    paths: Iterable[Path],
    labels: Mapping[str, str] | None = None,
    fields: JsonlFields = DEFAULT_FIELDS,
) -> Iterator[Article | Skipped]:
    """Read inputs one at a time, a dump record by record, so a caller can stream a corpus
    larger than memory. Two records with one id raise InputError naming both lines."""
    labels = labels or {}
    origins: dict[str, str] = {}
    """Where each id was read: a file, or a dump's line."""
    for path in paths:
        if is_jsonl(path):
            yield from _records(path, labels, fields, origins)
            continue
        article_id = _unique_id(path, origins)
        origins[article_id] = str(path)
        yield read_article(path, article_id, labels.get(article_id))


def _records(
    path: Path, labels: Mapping[str, str], fields: JsonlFields, origins: dict[str, str]
) -> Iterator[Article | Skipped]:
    name = display_name(path)
    for number, item in iter_records(path, fields, labels):
        if isinstance(item, Article):
            where = f"{name}:{number}"
            first = origins.setdefault(item.id, where)
            if first != where:
                raise InputError(f"duplicate id {item.id!r} at {where} (first at {first})")
        yield item


def _unique_id(path: Path, seen: Mapping[str, str]) -> str:
    """The file stem, or the stem with its parent folders when two files share a stem."""
    candidate = path.stem
    parents = iter(path.parent.parts[::-1])
    while candidate in seen:
        parent = next(parents, None)
        candidate = f"{candidate}~{len(seen)}" if parent is None else f"{parent}/{candidate}"
    return candidate


def load_corpus(
    paths: Iterable[Path],
    labels: Mapping[str, str] | None = None,
    fields: JsonlFields = DEFAULT_FIELDS,
) -> Corpus:
    """Every readable article, and every file or record skipped with its reason.

    Raises InputError when nothing at all could be read, or for a duplicate id.
    """
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for item in iter_articles(paths, labels, fields):
        if isinstance(item, Article):
            articles.append(item)
        else:
            skipped.append(item)
    if not articles:
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in skipped[:3]) or "no files given"
        if len(skipped) > 3:
            reasons += f"; and {len(skipped) - 3} more"
        raise InputError(f"no readable article in the corpus ({reasons})")
    return Corpus(articles=tuple(articles), skipped=tuple(skipped))
