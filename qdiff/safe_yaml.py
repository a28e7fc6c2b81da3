"""YAML files people write by hand (config, baseline), read so that no file can hang or flood qdiff.

PyYAML's safe loader already refuses tags that would construct objects. On top of it: only a
regular file is read (a FIFO or a device would block or never end), and at most MAX_BYTES of it;
the document's node graph is measured before anything is built from it, so an alias bomb (a few
lines whose aliases expand to billions of values) is refused at once; nesting deeper than the
parser can follow is an error, not a RecursionError; and a key written twice in one mapping is an
error naming both lines (PyYAML keeps the last one silently).
"""

from __future__ import annotations

import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

MAX_BYTES = 1_000_000
"""A hand-written config or baseline is a few kilobytes; a baseline of thousands of entries
stays well under this."""
MAX_FLOW_DEPTH = 100
"""`[` and `{` nested deeper than this are refused before parsing: PyYAML's scanner slows with the
square of the depth (20,000 levels take minutes), and no real file nests past a handful."""
MAX_VALUES = 1_000_000
"""Values the document may expand to, aliases followed: far above any real file, far below
what exhausts memory."""


class YamlError(ValueError):
    """What is wrong with the file, with its line where there is one."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


@dataclass(frozen=True, slots=True)
class YamlDocument:
    data: Any
    root: yaml.Node | None
    """The composed node graph, for the lines of keys."""


def read_text(path: Path) -> str:
    """The file's text (UTF-8, a BOM removed), refusing what is not a regular file or too big.
    A missing file raises FileNotFoundError, for the caller's own words."""
    info = path.stat()
    if stat.S_ISDIR(info.st_mode):
        raise YamlError("a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise YamlError("not a regular file (a pipe, socket or device is never read)")
    with path.open("rb") as handle:
        raw = handle.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise YamlError(f"larger than {MAX_BYTES:,} bytes")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise YamlError(f"not UTF-8 text (byte {exc.start})") from None


def parse(text: str) -> YamlDocument:
    """Compose, measure, then construct the document; every refusal is a YamlError."""
    if len(text) > MAX_BYTES:
        raise YamlError(f"is larger than {MAX_BYTES:,} characters")
    _shallow_enough(text)
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except RecursionError:
        raise YamlError("is nested too deeply to read") from None
    except yaml.YAMLError as exc:
        raise _yaml_error(exc) from None
    if root is None:
        return YamlDocument(None, None)
    _measure(root)
    try:
        loader = yaml.SafeLoader("")
        data = loader.construct_document(root)
    except RecursionError:
        raise YamlError("is nested too deeply to read") from None
    except yaml.YAMLError as exc:
        raise _yaml_error(exc) from None
    return YamlDocument(data, root)


def _shallow_enough(text: str) -> None:
    """Brackets anywhere count, quoted or not: an over-count only ever refuses a file that
    writes a hundred unclosed brackets in its strings."""
    depth = 0
    for match in _FLOW_BRACKET.finditer(text):
        depth = depth + 1 if match.group() in "[{" else max(depth - 1, 0)
        if depth > MAX_FLOW_DEPTH:
            line = text.count("\n", 0, match.start()) + 1
            raise YamlError(f"is nested more than {MAX_FLOW_DEPTH} levels deep", line)


_FLOW_BRACKET = re.compile(r"[\[\]{}]")


def _measure(root: yaml.Node) -> None:
    """Refuse a graph that expands past MAX_VALUES, and duplicate keys, without expanding it:
    each node's expanded size is computed once (aliases share nodes) and summed."""
    sizes: dict[int, int] = {}
    order: list[yaml.Node] = []
    stack: list[yaml.Node] = [root]
    seen: set[int] = set()
    while stack:  # depth-first, children before parents in `order` (reversed below)
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        order.append(node)
        stack.extend(_children(node))
    for node in reversed(order):
        if isinstance(node, yaml.MappingNode):
            _no_duplicate_keys(node)
        size = 1 + sum(sizes.get(id(child), 1) for child in _children(node))
        if size > MAX_VALUES:
            line = node.start_mark.line + 1
            raise YamlError(f"expands to more than {MAX_VALUES:,} values (an alias bomb?)", line)
        sizes[id(node)] = size


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _no_duplicate_keys(node: yaml.MappingNode) -> None:
    first: dict[str, int] = {}
    for key, _ in node.value:
        if not isinstance(key, yaml.ScalarNode) or key.tag == "tag:yaml.org,2002:merge":
            continue
        line = key.start_mark.line + 1
        if key.value in first:
            raise YamlError(
                f"key {key.value!r} is written twice (lines {first[key.value]} and {line})", line
            )
        first[key.value] = line


def _yaml_error(exc: yaml.YAMLError) -> YamlError:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    return YamlError(f"invalid YAML: {problem}", mark.line + 1 if mark else None)
