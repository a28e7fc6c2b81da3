"""What a passage's base text is, and whom outlets credit it to when they disagree, in words
every view shows the same way."""

from __future__ import annotations

from collections.abc import Mapping

from qdiff.model import Passage, PassageBase


def base_description(passage: Passage, labels: Mapping[str, str], long: bool = False) -> str:
    """`reference`, `consensus` (`consensus of the outlets`), or `source LABEL` (`the source, as
    LABEL prints it unquoted`) for a passage whose base an article of the coverage prints."""
    if passage.base is PassageBase.SOURCE and passage.source is not None:
        label = labels.get(passage.source, passage.source)
        return f"the source, as {label} prints it unquoted" if long else f"source {label}"
    if passage.base is PassageBase.CONSENSUS:
        return "consensus of the outlets" if long else "consensus"
    return "reference"


def speaker_conflict_note(passage: Passage, labels: Mapping[str, str]) -> str:
    """`⚠ speakers differ: Jane Doe (001, 002) / John Roe (003)`, or '' when they do not."""
    if not passage.speaker_conflict:
        return ""
    sides = " / ".join(
        f"{c.speaker} ({', '.join(labels.get(a, a) for a in c.articles)})"
        for c in passage.speaker_conflict
    )
    return f"⚠ speakers differ: {sides}"
