"""How each kind of difference looks: a rich style, and a plain marker twin for no colour."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from qdiff.model import EditKind, Verdict


class Mark(str, Enum):
    """What a stretch of text is, as the diff views show it."""

    SAME = "same"
    REMOVED = "removed"  # passage words the rendering changed or dropped
    ADDED = "added"  # rendering words the passage does not have
    COSMETIC_OLD = "cosmetic-old"
    COSMETIC_NEW = "cosmetic-new"
    TRIMMED = "trimmed"  # passage words cut at an edge or at a marked ellipsis
    MARKER = "marker"  # the reporter's own ellipsis or [bracketed insertion]


@dataclass(frozen=True, slots=True)
class MarkStyle:
    style: str
    open: str
    close: str


STYLES: dict[Mark, MarkStyle] = {
    Mark.SAME: MarkStyle("", "", ""),
    Mark.REMOVED: MarkStyle("bold red strike", "[-", "-]"),
    Mark.ADDED: MarkStyle("bold green", "{+", "+}"),
    Mark.COSMETIC_OLD: MarkStyle("yellow strike", "[~", "~]"),
    Mark.COSMETIC_NEW: MarkStyle("bold yellow", "{~", "~}"),
    Mark.TRIMMED: MarkStyle("dim strike", "[…", "…]"),
    Mark.MARKER: MarkStyle("cyan", "", ""),
}

LEGEND = (
    (Mark.REMOVED, "changed or dropped"),
    (Mark.ADDED, "added"),
    (Mark.COSMETIC_OLD, "cosmetic, before"),
    (Mark.COSMETIC_NEW, "after"),
    (Mark.TRIMMED, "trimmed off"),
)

VERDICT_STYLES: dict[Verdict, str] = {
    Verdict.VERBATIM: "bold green",
    Verdict.COSMETIC: "bold yellow",
    Verdict.TRIMMED: "bold cyan",
    Verdict.ALTERED: "bold white on red",
}

VERDICT_SYMBOLS: dict[Verdict, str] = {
    Verdict.VERBATIM: "=",
    Verdict.COSMETIC: "~",
    Verdict.TRIMMED: "…",
    Verdict.ALTERED: "✗",
}

_COSMETIC = {EditKind.CASE, EditKind.PUNCTUATION, EditKind.HYPHENATION, EditKind.SPELLING}
_TRIMMED = {EditKind.TRUNCATION, EditKind.ELISION}


def marks_for(kind: EditKind | None) -> tuple[Mark, Mark]:
    """How the passage side and the rendering side of a piece of this kind are shown."""
    if kind is None:
        return Mark.SAME, Mark.SAME
    if kind in _COSMETIC:
        return Mark.COSMETIC_OLD, Mark.COSMETIC_NEW
    if kind in _TRIMMED:
        return Mark.TRIMMED, Mark.MARKER
    if kind is EditKind.INTERPOLATION:
        return Mark.TRIMMED, Mark.MARKER
    return Mark.REMOVED, Mark.ADDED
