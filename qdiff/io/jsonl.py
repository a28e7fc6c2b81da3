"""JSON Lines dumps (`.jsonl`, `.jsonl.gz`, `-` for standard input): one article a line.

Read as a stream, line by line: the file is never held whole. A line that is not a usable
record is Skipped with its line number; the corpus decides what a duplicate id means.
"""

from __future__ import annotations

import gzip
import json
import sys
import zlib
from collections.abc import Iterator, Mapping
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import IO, Any, cast

from qdiff.config import JsonlFields
from qdiff.io.files import DEFAULT_MAX_BYTES, Unreadable, check_regular, megabytes
from qdiff.model import Article, InputKind, Skipped

STDIN = "-"
"""The path that stands for standard input."""
STDIN_NAME = "<stdin>"
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
_OPTIONAL = ("outlet", "url", "published", "title")
_SCALARS = (str, int, float)


def is_jsonl(path: Path) -> bool:
    return str(path) == STDIN or path.name.lower().endswith(JSONL_SUFFIXES)


def display_name(path: Path) -> str:
    return STDIN_NAME if str(path) == STDIN else str(path)


def iter_records(
    path: Path,
    fields: JsonlFields,
    labels: Mapping[str, str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[tuple[int, Article | Skipped]]:
    """Each record of the dump as an Article, each unusable line as a Skipped, with its line
    number (1-based); a line longer than max_bytes is Skipped unread, never held whole. A file
    that is not a regular one (never opened), cannot be opened, or a gzip stream that breaks
    off, is one Skipped for the file, after the records read before it."""
    labels = labels or {}
    name = display_name(path)
    number = 0
    try:
        if str(path) != STDIN:
            check_regular(path)
        with _open(path) as stream:
            for number, raw in enumerate(_lines(stream, max_bytes), start=1):
                item = (
                    _record(raw, number, name, fields, labels)
                    if raw is not None
                    else Skipped(f"{name}:{number}", _too_long(max_bytes))
                )
                if item is not None:
                    yield number, item
    except Unreadable as exc:
        yield number, Skipped(name, str(exc))
    except OSError as exc:  # gzip.BadGzipFile is an OSError
        yield number, Skipped(name, _broken(exc, number))
    except (EOFError, zlib.error) as exc:
        yield number, Skipped(name, _broken(exc, number))


def _lines(stream: IO[bytes], max_bytes: int) -> Iterator[bytes | None]:
    """The stream's lines, each read at most max_bytes at a time; None for a longer line, whose
    rest is read past in pieces of that size."""
    while raw := stream.readline(max_bytes + 1):
        if len(raw) <= max_bytes or raw.endswith(b"\n"):
            yield raw
            continue
        while raw and not raw.endswith(b"\n"):
            raw = stream.readline(max_bytes + 1)
        yield None


def _too_long(max_bytes: int) -> str:
    limit = megabytes(max_bytes)
    return f"a record larger than the {limit} limit (raise limits.article_mb to read it)"


def _open(path: Path) -> AbstractContextManager[IO[bytes]]:
    if str(path) == STDIN:
        return nullcontext(sys.stdin.buffer)
    if path.name.lower().endswith(".gz"):
        return cast(IO[bytes], gzip.open(path, "rb"))
    return path.open("rb")


def _broken(exc: BaseException, lines_read: int) -> str:
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    if isinstance(exc, EOFError):
        reason = "compressed file ended before its end-of-stream marker"
    return reason if lines_read == 0 else f"{reason} (after line {lines_read})"


def _record(
    raw: bytes, number: int, name: str, fields: JsonlFields, labels: Mapping[str, str]
) -> Article | Skipped | None:
    """One line as an Article, a Skipped naming the line, or None for a blank line."""
    where = f"{name}:{number}"
    if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        byte = f"0x{raw[exc.start]:02x}"
        return Skipped(where, f"not UTF-8 text (byte {byte} at column {exc.start + 1})")
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return Skipped(where, f"not JSON: {exc.msg} (column {exc.colno})")
    if not isinstance(record, dict):
        return Skipped(where, f"not a JSON object but {_json_type(record)}")
    return _article(record, where, name, fields, labels)


def _article(
    record: dict[str, Any], where: str, name: str, fields: JsonlFields, labels: Mapping[str, str]
) -> Article | Skipped:
    article_id = lookup(record, fields.id)
    if isinstance(article_id, int) and not isinstance(article_id, bool):
        article_id = str(article_id)
    if not isinstance(article_id, str) or not article_id.strip():
        return Skipped(where, _missing(fields.id, article_id, "a string or whole number"))
    article_id = article_id.strip()
    text = lookup(record, fields.text)
    if not isinstance(text, str):
        return Skipped(where, _missing(fields.text, text, "a string"))
    metadata: dict[str, str | None] = {}
    for field_name in _OPTIONAL:
        key = getattr(fields, field_name)
        value = lookup(record, key)
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, str | int | float)
        ):
            return Skipped(where, f"{key!r} is {_json_type(value)}, not a string")
        metadata[field_name] = _metadata(value)
    label = labels.get(article_id) or metadata["outlet"] or article_id
    return Article(
        id=article_id,
        label=label,
        path=f"{name}#{article_id}",
        text=text,
        kind=InputKind.JSONL,
        outlet=metadata["outlet"],
        url=metadata["url"],
        published=metadata["published"],
        title=metadata["title"],
    )


def lookup(record: Mapping[str, Any], key: str) -> Any:
    """record[key]; when the record has no such key, a dotted key reads into nested objects."""
    if key in record:
        return record[key]
    value: Any = record
    for part in key.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def _metadata(value: str | float | None) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _missing(key: str, value: Any, expected: str) -> str:
    if value is None:
        return f"no {key!r} field"
    return f"{key!r} is {_json_type(value)}, not {expected}"


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "an empty string" if not value.strip() else "a string"
    if isinstance(value, int | float):
        return "a number"
    return "null"
