"""HTML pages (`.html`, `.htm`): the article's main text and metadata, through trafilatura.

trafilatura is an optional extra (`qdiff[html]`); without it an HTML input is an error, never
read as text. Its text has one paragraph a line, entities decoded, page furniture (navigation,
share bars, footers, comments) left out.
"""

from __future__ import annotations

import importlib
import logging
from pathlib import Path
from types import ModuleType

from qdiff.errors import InputError
from qdiff.io.files import (
    BINARY_PROBE,
    DEFAULT_MAX_BYTES,
    Unreadable,
    decode,
    read_limited,
    wide_bom,
)
from qdiff.model import Article, InputKind, Skipped

HTML_SUFFIXES = (".html", ".htm")
INSTALL_HINT = "pip install 'qdiff[html]'"


def is_html(path: Path) -> bool:
    return path.suffix.lower() in HTML_SUFFIXES


def trafilatura() -> ModuleType:
    """The extraction library, or an InputError that says how to install it."""
    try:
        module = importlib.import_module("trafilatura")
    except ImportError as exc:
        raise InputError(
            f"reading HTML needs the html extra ({exc.name or 'trafilatura'} is missing): "
            f"{INSTALL_HINT}"
        ) from None
    # Its warnings about a page's markup would reach stderr through logging's last resort.
    for name in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(name).setLevel(logging.ERROR)
    return module


def decode_html(data: bytes) -> str:
    """The page as text: UTF-16 or UTF-32 when a byte-order mark says so, UTF-8 when it is,
    else the encoding trafilatura detects; a BOM removed. Unreadable for a bad UTF-16 page."""
    if wide_bom(data):
        return decode(data).text
    text: str = trafilatura().utils.decode_file(data)
    return text.removeprefix("\ufeff")


def read_html(
    path: Path, article_id: str, label: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Article | Skipped:
    """The page's main text as an Article; a page with none, binary data, or what is not a
    regular file of at most max_bytes is Skipped."""
    library = trafilatura()
    try:
        data = read_limited(path, max_bytes)
    except Unreadable as exc:
        return Skipped(str(path), str(exc))
    if b"\0" in data[:BINARY_PROBE] and not wide_bom(data):
        return Skipped(str(path), "binary file (NUL byte)")
    try:
        page = decode_html(data)
    except Unreadable as exc:
        return Skipped(str(path), str(exc))
    document = library.bare_extraction(page, with_metadata=True, include_comments=False)
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        return Skipped(str(path), "no article text found in the HTML page")
    outlet = _field(document, "sitename")
    return Article(
        id=article_id,
        label=label or outlet or article_id,
        path=str(path),
        text=text,
        outlet=outlet,
        url=_field(document, "url"),
        published=_field(document, "date"),
        title=_field(document, "title"),
        kind=InputKind.HTML,
    )


def _field(document: object, name: str) -> str | None:
    value = getattr(document, name, None)
    return value.strip() or None if isinstance(value, str) else None
