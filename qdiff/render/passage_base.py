"""What a passage's base text is, and whom outlets credit it to when they disagree, in words
every view shows the same way."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from qdiff.model import Finding, Passage, PassageBase, Report


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


def passage_sections(report: Report) -> list[tuple[Passage, str, tuple[Finding, ...]]]:
    """Each passage that has renderings, with the heading every view gives it (`passage 3 of
    12`, or `shared quotation, SPEAKER · base: ...`) and its findings, in the report's order."""
    numbering = report.reference.passages if report.reference else ()
    numbers = {p.id: n for n, p in enumerate(numbering, start=1)}
    sections = []
    for passage in report.passages:
        findings = report.findings_for(passage.id)
        if findings:
            where = (
                f"passage {numbers[passage.id]} of {len(numbering)}"
                if passage.id in numbers
                else shared_heading(passage, findings, report)
            )
            sections.append((passage, where, findings))
    return sections


def shared_heading(passage: Passage, findings: Sequence[Finding], report: Report) -> str:
    speakers = sorted({f.rendering.speaker for f in findings if f.rendering.speaker})
    said = f", {' / '.join(speakers)}" if speakers else ""
    labels = {a.id: a.label for a in report.articles}
    return f"shared quotation{said} · base: {base_description(passage, labels)}"
