"""Report -> its critical apparatus as rich renderables: each passage's base text once, the
variant readings in brackets in place, then its witnesses."""

from __future__ import annotations

from itertools import groupby

from rich.console import Group, RenderableType
from rich.rule import Rule
from rich.text import Text

from qdiff.collate.apparatus import PassageApparatus, Variant, build_apparatus
from qdiff.model import Report
from qdiff.render.diff import fold_space
from qdiff.render.interface import Display
from qdiff.render.passage_base import base_description, speaker_conflict_note
from qdiff.render.styles import STYLES, TIE_STYLE, VERDICT_STYLES, marks_for

PLAIN_LEMMA = ("‹", "›")
"""With no colour, the words a bracketed reading replaces are drawn ‹inside these›."""
KEY = "‹words› [outlets: their reading there]; +words: added; …: cut; om.: left out"


def render_apparatus(report: Report, display: Display) -> RenderableType:
    """The whole `qdiff compare --view apparatus` view."""
    apparatus, plain = build_apparatus(report), display.plain
    labels = {a.id: a.label for a in report.articles}
    parts: list[RenderableType] = [Text("qdiff compare · apparatus", style="bold")]
    for entry in apparatus:
        parts += [Text(""), Rule(style="dim"), _heading(entry, labels)]
        parts.append(_text_with_variants(entry, labels, plain))
        parts.append(_witnesses(entry, labels))
    if not apparatus:
        parts.append(Text("\nNo renderings found.", style="bold"))
    elif plain:
        parts.append(Text(f"\nkey: {KEY}", style="dim"))
    return Group(*parts)


def _heading(entry: PassageApparatus, labels: dict[str, str]) -> Text:
    heading = Text(entry.passage.id, style="bold")
    heading.append(f" · base: {base_description(entry.passage, labels, long=True)}", style="dim")
    conflict = speaker_conflict_note(entry.passage, labels)
    if conflict:
        heading.append(f"\n{conflict}", style="bold yellow")
    return heading


def _text_with_variants(entry: PassageApparatus, labels: dict[str, str], plain: bool) -> Text:
    text = entry.passage.text
    out = Text()
    cursor = 0
    for (start, end), group in groupby(entry.variants, key=lambda v: (v.start, v.end)):
        variants = list(group)
        overlapping = start < cursor
        if not overlapping:
            out.append(fold_space(text[cursor:start]))
            _lemma(out, fold_space(text[start:end]), plain)
        else:
            out.append(fold_space(text[cursor:end]))
        cursor = max(cursor, end)
        out.append(" " if end == start and out.plain[-1:] not in ("", " ") else "")
        lemma = fold_space(text[start:end]) if overlapping and plain else ""
        _bracket(out, variants, labels, plain, lemma)
        if end == start:
            out.append(" ")
    out.append(fold_space(text[cursor:]))
    return out


def _lemma(out: Text, words: str, plain: bool) -> None:
    """The words a reading replaces: underlined, or (plain) inside ‹these marks›."""
    if not words:
        return
    if plain:
        out.append(f"{PLAIN_LEMMA[0]}{words}{PLAIN_LEMMA[1]}")
    else:
        out.append(words, style="underline")


def _bracket(
    out: Text, variants: list[Variant], labels: dict[str, str], plain: bool, lemma: str = ""
) -> None:
    """The readings of one place; a lemma partly drawn before (overlapping another) is named
    at the bracket's start, so its scope shows without colour."""
    out.append(" [" if out.plain and not out.plain.endswith(" ") else "[", style="dim")
    if lemma:
        out.append(f"{PLAIN_LEMMA[0]}{lemma}{PLAIN_LEMMA[1]} ")
    for n, variant in enumerate(variants):
        if n:
            out.append("; ", style="dim")
        readers = ", ".join(labels.get(a, a) for a in variant.articles)
        out.append(f"{readers}: ", style="dim")
        style = STYLES[marks_for(variant.kind)[1]].style
        reading = f"+{variant.reading}" if variant.start == variant.end else variant.reading
        out.append(reading, style="" if plain else style or "bold")
    out.append("]", style="dim")


def _witnesses(entry: PassageApparatus, labels: dict[str, str]) -> Text:
    line = Text("witnesses: ", style="dim")
    for n, finding in enumerate(entry.findings):
        if n:
            line.append(", ", style="dim")
        rendering = finding.rendering
        line.append(labels.get(rendering.article_id, rendering.article_id), style="bold")
        quoted = "" if rendering.quoted else ", unquoted"
        line.append(f" (line {rendering.line}{quoted}, ", style="dim")
        if finding.differs_from:
            others = ", ".join(labels.get(a, a) for a in finding.differs_from)
            line.append(f"differs from {others}", style=TIE_STYLE)
        else:
            line.append(finding.verdict.value, style=VERDICT_STYLES[finding.verdict])
        line.append(")", style="dim")
    return line
