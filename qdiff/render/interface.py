"""The renderers' contract: what a renderer is told about its output, and what it returns.

Every renderer of a command has the one signature `Renderer[T]`: the command's result and a
`Display`, to a `Rendered`. The registry in `qdiff.render` maps each command's format to one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any, TypeVar

from rich.console import RenderableType

from qdiff.model import Article

Rendered = RenderableType
"""A rich renderable for the console, or a `str` that is written out exactly as it is."""


class TextFormat(str, Enum):
    """The output formats of the commands that print a view or its JSON."""

    TERMINAL = "terminal"
    JSON = "json"
    HTML = "html"
    """One self-contained page: styles and script inline, nothing fetched."""
    MARKDOWN = "markdown"


class CheckFormat(str, Enum):
    """The output formats of `qdiff check`."""

    TEXT = "text"
    JSON = "json"
    GITHUB = "github"
    JUNIT = "junit"
    MARKDOWN = "markdown"


class View(str, Enum):
    """The terminal views of `qdiff compare`."""

    TABLE = "table"
    APPARATUS = "apparatus"


class Layout(str, Enum):
    """How `qdiff compare`'s table shows a rendering against its passage."""

    AUTO = "auto"
    """Side by side on a wide screen, else inline."""
    SIDE = "side"
    INLINE = "inline"


@dataclass(frozen=True, slots=True)
class Display:
    """What a renderer may know of where its output goes. Text formats ignore it."""

    plain: bool = True
    """No colour will show: every change is marked in the text itself."""
    width: int = 100
    """The console's width in columns."""
    view: View = View.TABLE
    """`qdiff compare` on a terminal: a table of renderings, or the critical apparatus."""
    layout: Layout = Layout.AUTO
    """`qdiff compare`'s table: side by side, inline, or by width."""


T = TypeVar("T")

Renderer = Callable[[T, Display], Rendered]
"""A command's result and the display, to what is printed."""


def article_to_dict(article: Article) -> dict[str, Any]:
    """An article as every JSON document lists it: the input's metadata only where it has any."""
    item: dict[str, Any] = {"id": article.id, "path": article.path, "outlet": article.label}
    metadata = {
        key: value
        for key, value in (
            ("outlet", article.outlet),
            ("url", article.url),
            ("published", article.published),
            ("title", article.title),
        )
        if value is not None
    }
    if metadata:
        item["metadata"] = metadata
    return item
