"""What a passage's base text is, in words every view shows the same way."""

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
