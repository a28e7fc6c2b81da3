"""Load the corpus: expand paths, read each input by its kind, record what could not be read.

Text and Markdown files are decoded as they are, HTML pages through trafilatura (io.html), JSON
Lines dumps record by record (io.jsonl). Ids are unique: a file's is its stem (with its folders
when two files share one), a record's is its own, and two records with one id are an error.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from qdiff.config import JsonlFields
from qdiff.errors import InputError
from qdiff.io.files import DEFAULT_MAX_BYTES, Unreadable, decode, read_limited
from qdiff.io.html import is_html, read_html
from qdiff.io.jsonl import display_name, is_jsonl, iter_records
from qdiff.io.paths import CORPUS_SUFFIXES, TEXT_SUFFIXES, Found, as_named, expand_paths
from qdiff.model import Article, Corpus, Skipped

__all__ = [
    "CORPUS_SUFFIXES",
    "TEXT_SUFFIXES",
    "as_named",
    "expand_paths",
    "iter_articles",
    "load_corpus",
    "read_article",
    "read_text",
]

DEFAULT_FIELDS = JsonlFields()


def read_article(
    path: Path, article_id: str, label: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Article | Skipped:
    """One file as one article: an HTML page's main text, or a text file decoded (io.files).
    What is not a regular file, is larger than max_bytes, is binary or cannot be decoded, or a
    JSON Lines dump (many articles), is Skipped."""
    if is_jsonl(path):
        return Skipped(display_name(path), "a JSON Lines file holds many articles, not one")
    if is_html(path):
        return read_html(path, article_id, label, max_bytes)
    return read_text(path, article_id, label, max_bytes)


def read_text(
    path: Path, article_id: str, label: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Article | Skipped:
    """A text file as an article, in the encoding io.files.decode finds; else Skipped."""
    try:
        decoded = decode(read_limited(path, max_bytes))
    except Unreadable as exc:
        return Skipped(str(path), str(exc))
    return Article(
        id=article_id,
        label=label or article_id,
        path=str(path),
        text=decoded.text,
        encoding=decoded.encoding,
    )


def read_reference(path: Path, label: str | None = None) -> Article:
    """The reference file named outright, as an article; else an InputError saying what is wrong
    with it (missing, a folder, a pipe, unreadable)."""
    named = as_named(path)
    if path.is_dir():
        raise InputError(f"the reference {named} is a folder, not a file: name its file")
    if not path.exists():
        raise InputError(f"reference file not found: {named}")
    loaded = read_article(named, path.stem, label)
    if isinstance(loaded, Skipped):
        raise InputError(f"cannot read reference {loaded.path}: {loaded.reason}")
    return loaded


def iter_articles(
    paths: Iterable[Found],
    labels: Mapping[str, str] | None = None,
    fields: JsonlFields = DEFAULT_FIELDS,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | Skipped]:
    """Read inputs one at a time, a dump record by record, so a caller can stream a corpus
    larger than memory; what expand_paths already skipped passes through. A file, or a dump's
    record, larger than max_bytes is Skipped. Two records with one id raise InputError naming
    both lines."""
    labels = labels or {}
    origins: dict[str, str] = {}
    """Where each id was read: a file, or a dump's line."""
    for path in paths:
        if isinstance(path, Skipped):
            yield path
        elif is_jsonl(path):
            yield from _records(path, labels, fields, origins, max_bytes)
        else:
            article_id = _unique_id(path, origins)
            origins[article_id] = str(path)
            yield read_article(path, article_id, labels.get(article_id), max_bytes)


def _records(
    path: Path,
    labels: Mapping[str, str],
    fields: JsonlFields,
    origins: dict[str, str],
    max_bytes: int,
) -> Iterator[Article | Skipped]:
    name = display_name(path)
    for number, item in iter_records(path, fields, labels, max_bytes):
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
    paths: Iterable[Found],
    labels: Mapping[str, str] | None = None,
    fields: JsonlFields = DEFAULT_FIELDS,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Corpus:
    """Every readable article, and every file or record skipped with its reason.

    Raises InputError when nothing at all could be read, or for a duplicate id.
    """
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for item in iter_articles(paths, labels, fields, max_bytes):
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
