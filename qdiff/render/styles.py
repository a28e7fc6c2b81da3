"""How each kind of difference looks: a rich style, and a plain marker twin for no colour.

An edit is drawn by its verdict (`VERDICT_OF_KIND`), never by a list of kinds of its own: a new
cosmetic kind is drawn as cosmetic the day the verdict table says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from qdiff.model import VERDICT_OF_KIND, EditKind, Verdict


class Mark(str, Enum):
    """What a stretch of text is, as the diff views show it."""

    SAME = "same"
    REMOVED = "removed"  # passage words the rendering changed or dropped
    ADDED = "added"  # rendering words the passage does not have
    COSMETIC_OLD = "cosmetic-old"
    COSMETIC_NEW = "cosmetic-new"
    TRIMMED = "trimmed"  # passage words cut at an edge or at a marked ellipsis
    MARKER = "marker"  # the reporter's own ellipsis or [bracketed insertion]
    GAP = "gap"  # a space drawn only where the words either side of it would otherwise touch


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
    Mark.GAP: MarkStyle("", "", ""),
}

LEGEND = (
    (Mark.REMOVED, "changed or dropped"),
    (Mark.ADDED, "added"),
    (Mark.COSMETIC_OLD, "cosmetic, before"),
    (Mark.COSMETIC_NEW, "after"),
    (Mark.TRIMMED, "trimmed off"),
)

TIE_STYLE = "bold reverse"
"""A rendering that differs from the other outlets one against one: neither side is accused."""

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

MARKS_OF_VERDICT: dict[Verdict, tuple[Mark, Mark]] = {
    Verdict.VERBATIM: (Mark.SAME, Mark.SAME),
    Verdict.COSMETIC: (Mark.COSMETIC_OLD, Mark.COSMETIC_NEW),
    Verdict.TRIMMED: (Mark.TRIMMED, Mark.MARKER),
    Verdict.ALTERED: (Mark.REMOVED, Mark.ADDED),
}
"""How the passage side and the rendering side of a piece with this verdict are shown."""


def drawn_as(kind: EditKind) -> Verdict:
    """The verdict whose marks draw a piece of this kind: its own, except that sentences a
    rendering leaves out of a longer passage change no verdict but are still words it does not
    quote, so they are drawn as cut off."""
    return Verdict.TRIMMED if kind is EditKind.SELECTION else VERDICT_OF_KIND[kind]


def marks_for(kind: EditKind | None) -> tuple[Mark, Mark]:
    """How the passage side and the rendering side of a piece of this kind are shown: by the
    verdict it is drawn as; a piece with no kind is a run of the same words."""
    return MARKS_OF_VERDICT[drawn_as(kind) if kind else Verdict.VERBATIM]
