"""Opening one input file safely, and decoding its bytes.

Only a regular file is ever opened: a FIFO would block, a device (`/dev/zero`) never ends, a
socket cannot be read. A file larger than the size limit is refused from its size alone, before
a byte of it is read. Text is UTF-8 when it is; else UTF-16 or UTF-32 when a byte-order mark says
so; else Windows-1252 (of which latin-1's printable characters are a part), when every byte is
one of its characters and the result reads as Western text. Anything else is skipped, never
guessed: a wrong guess would turn an article into mojibake that qdiff then reports on.
"""

from __future__ import annotations

import codecs
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from qdiff.config import Limits

DEFAULT_MAX_BYTES = Limits().article_bytes
BINARY_PROBE = 8192
"""A NUL byte among a file's first bytes marks it as binary (text encodings without a BOM never
hold one)."""
UTF8 = "utf-8"
WINDOWS_1252 = "windows-1252"
_BOMS = (  # UTF-32 first: its little-endian mark begins with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", UTF8),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)
_MOJIBAKE_SHARE = 0.3
"""Western European prose has a few accented letters in a hundred. When more than this share of
an 8-bit file's letters decode to accented Latin ones, it is another 8-bit encoding (Cyrillic,
Greek) read wrongly."""
_MOJIBAKE_MIN_LETTERS = 50
_MOJIBAKE_SAMPLE = 100_000
"""Characters looked at: an article's opening tells its language as well as all of it."""


class Unreadable(Exception):
    """Why a file cannot be read as an article: the reason a Skipped gives."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    """The encoding the bytes were read in, as a reader names it (`utf-8`, `utf-16`)."""


def megabytes(size: int) -> str:
    """A byte count as people write it: `20 MB`, `0.5 MB` (1 MB is 1,000,000 bytes)."""
    return f"{size / 1_000_000:g} MB"


def not_regular(mode: int) -> str | None:
    """What a file of this mode is when it is not a regular file or a folder, else None."""
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode) or stat.S_ISREG(mode):
        return None
    return "not a regular file"


def check_regular(path: Path) -> os.stat_result:
    """The file's status when it is a regular file; else Unreadable, without opening it."""
    try:
        info = path.stat()
    except OSError as exc:
        raise Unreadable(_os_reason(exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise Unreadable("a folder, not a file")
    kind = not_regular(info.st_mode)
    if kind is not None:
        raise Unreadable(f"{kind}: never read")
    return info


def read_limited(path: Path, max_bytes: int) -> bytes:
    """The whole file, when it is a regular file of at most max_bytes; else Unreadable. What
    is too large is refused by its size, unopened."""
    if check_regular(path).st_size > max_bytes:
        raise Unreadable(too_large(path.stat().st_size, max_bytes))
    try:
        # O_NONBLOCK: should the path have become a FIFO since it was looked at, opening it
        # still returns at once, and fstat below refuses it.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise Unreadable(_os_reason(exc)) from None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        kind = not_regular(info.st_mode)
        if kind is not None or stat.S_ISDIR(info.st_mode):
            raise Unreadable(f"{kind or 'a folder'}: never read")
        if info.st_size > max_bytes:
            raise Unreadable(too_large(info.st_size, max_bytes))
        try:
            data = handle.read(info.st_size + 1)  # no more: read(n) sets aside n bytes
        except OSError as exc:
            raise Unreadable(_os_reason(exc)) from None
    if len(data) > info.st_size:
        raise Unreadable("the file grew while it was read (still being written?)")
    return data


def too_large(size: int, max_bytes: int) -> str:
    return (
        f"larger than the {megabytes(max_bytes)} limit ({megabytes(size)}; "
        "raise limits.article_mb to read it)"
    )


def wide_bom(data: bytes) -> bool:
    """Whether the bytes open with a UTF-16 or UTF-32 byte-order mark: text, NUL bytes and all."""
    return data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE))


def decode(data: bytes) -> Decoded:
    """The bytes as text, by byte-order mark, else UTF-8, else Windows-1252; else Unreadable."""
    for mark, codec, name in _BOMS:
        if data.startswith(mark) and codec != UTF8:
            try:
                return Decoded(data[len(mark) :].decode(codec), name)
            except UnicodeDecodeError as exc:
                at = len(mark) + exc.start
                raise Unreadable(f"not {name} text despite its byte-order mark (at {at})") from None
    if b"\0" in data[:BINARY_PROBE]:
        raise Unreadable("binary file (NUL byte)")
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        return Decoded(data[bom:].decode(UTF8), UTF8)
    except UnicodeDecodeError as exc:
        at = bom + exc.start  # an offset into the file, not into the text after the BOM
        not_utf8 = f"not UTF-8 text (byte 0x{data[at]:02x} at {at})"
        # UTF-8 that breaks off inside a character (a lead byte and a continuation byte or
        # two: one accented letter at the end is Windows-1252's as likely), or that held good
        # multi-byte characters before a bad byte, is damaged UTF-8: read as Windows-1252 it
        # would be mojibake.
        cut_off = exc.reason == "unexpected end of data" and len(data) - at >= 2
        if bom or cut_off or not data[:at].isascii():
            raise Unreadable(not_utf8) from None
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        where = f"byte 0x{data[exc.start]:02x} at {exc.start}"
        raise Unreadable(f"{not_utf8}, nor Windows-1252 ({where})") from None
    if _looks_misread(text):
        raise Unreadable(f"{not_utf8}, nor Western text in Windows-1252 (another 8-bit encoding?)")
    return Decoded(text, WINDOWS_1252)


def _looks_misread(text: str) -> bool:
    letters = [c for c in text[:_MOJIBAKE_SAMPLE] if c.isalpha()]
    if len(letters) < _MOJIBAKE_MIN_LETTERS:
        return False
    accented = sum(1 for c in letters if "\u00c0" <= c <= "\u00ff")
    return accented > _MOJIBAKE_SHARE * len(letters)


def _os_reason(exc: OSError) -> str:
    return exc.strerror or str(exc)
