"""Report -> one self-contained HTML page: the summary grid, then every passage side by side.

The summary is outlets by passages, each cell the worst verdict of that outlet's renderings of
the passage and a link to them; past `GRID_MAX_COLUMNS` outlets, a sortable table of outlets
with their verdict counts. Each passage shows its base text, then each rendering: the base as
this outlet has it beside the outlet's words, marked with the segments of `diff.inline_diff`
(the terminal's marks), each change naming its edit kind on hover and on focus.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from qdiff.model import Article, Edit, EditKind, Finding, Passage, PassageBase, Report, Verdict
from qdiff.render.diff import Sides, inline_diff
from qdiff.render.interface import Display
from qdiff.render.page_html import (
    GRID_MAX_COLUMNS,
    Run,
    anchors,
    render_page,
    run_of,
    text_of,
)
from qdiff.render.passage_base import base_description, speaker_conflict_note
from qdiff.render.styles import VERDICT_SYMBOLS, Mark
from qdiff.text import counted

NOTE_OUTLETS = 12
"""A change's note names this many of the outlets sharing it, then says how many more."""


@dataclass(frozen=True, slots=True)
class RenderingView:
    anchor: str
    outlet: str
    path: str
    text_of: str
    """What the line counts in, before the path ('' for a text file: the file)."""
    line: int
    column: int
    speaker: str | None
    quoted: bool
    verdict: str
    symbol: str
    coverage: int
    """Percent of the passage's words the rendering reproduces."""
    base_side: tuple[Run, ...]
    outlet_side: tuple[Run, ...]
    spliced_from: tuple[tuple[str, str], ...]
    """(link, passage id) of each passage a splice brings words from; no link to a passage
    the page leaves out."""


@dataclass(frozen=True, slots=True)
class PassageView:
    anchor: str
    id: str
    where: str
    base: str
    """'reference' or 'consensus': what the passage's text is."""
    base_label: str
    text: str
    renderings: tuple[RenderingView, ...]
    """Shown in full, side by side."""
    folded: tuple[RenderingView, ...]
    """Verbatim renderings listed by outlet only (when the outlets are many)."""


@dataclass(frozen=True, slots=True)
class Cell:
    verdict: str
    """'' where the outlet does not render the passage."""
    symbol: str
    count: int
    href: str
    title: str


@dataclass(frozen=True, slots=True)
class GridRow:
    href: str
    passage: str
    cells: tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class OutletRow:
    outlet: str
    path: str
    href: str
    """The outlet's worst rendering; '' when it renders nothing."""
    total: int
    counts: tuple[int, ...]
    """Renderings of each verdict, in verdict order."""
    worst: str
    rank: int
    """The worst verdict's rank, -1 for none: what its column sorts by."""


@dataclass(frozen=True, slots=True)
class PassageRow:
    href: str
    passage: str
    base: str
    total: int
    counts: tuple[int, ...]


def render_html(report: Report, display: Display) -> str:
    """The whole `qdiff compare` page."""
    outlets = report.articles
    by_id = {a.id: a for a in outlets}
    ids = [p.id for p in report.passages]
    anchor_of = dict(zip(ids, anchors(ids, "passage"), strict=True))
    passages = tuple(_passage(report, by_id, anchor_of, p) for p in report.passages)
    grid = len(outlets) <= GRID_MAX_COLUMNS
    return render_page(
        "compare.html.j2",
        title=_title(report),
        counts=[
            {"verdict": v.value, "symbol": VERDICT_SYMBOLS[v], "count": n}
            for v, n in report.verdict_counts().items()
        ],
        subtitle=f"{counted(len(report.findings), 'rendering')}"
        f" in {counted(len(outlets), 'article')}",
        outlets=[a.label for a in outlets],
        grid=[_grid_row(report, p, anchor_of) for p in report.passages] if grid else [],
        outlet_rows=[] if grid else _outlet_rows(report, passages),
        passage_rows=[] if grid else _passage_rows(report, passages),
        passages=passages,
        skipped=report.skipped,
    )


def _title(report: Report) -> str:
    if report.reference is None:
        return "no reference: outlets collated against their consensus"
    label = report.article(report.reference.article_id).label
    return f"reference: {label}, {counted(len(report.reference.passages), 'passage')}"


def _passage(
    report: Report,
    by_id: Mapping[str, Article],
    anchor_of: Mapping[str, str],
    passage: Passage,
) -> PassageView:
    findings = report.findings_for(passage.id)
    own = anchor_of[passage.id]
    views = tuple(_rendering(by_id, anchor_of, f, f"{own}--{n}") for n, f in enumerate(findings, 1))
    fold = len(by_id) > GRID_MAX_COLUMNS
    return PassageView(
        anchor=own,
        id=passage.id,
        where=_where(report, passage, findings),
        base=passage.base.value,
        base_label=_base_label(report, passage),
        text=" ".join(passage.text.split()),
        renderings=tuple(v for v in views if not (fold and v.verdict == Verdict.VERBATIM.value)),
        folded=tuple(v for v in views if fold and v.verdict == Verdict.VERBATIM.value),
    )


def _where(report: Report, passage: Passage, findings: Sequence[Finding]) -> str:
    numbering = report.reference.passages if report.reference else ()
    for n, numbered in enumerate(numbering, start=1):
        if numbered.id == passage.id:
            return f"passage {n} of {len(numbering)}"
    speakers = sorted({f.rendering.speaker for f in findings if f.rendering.speaker})
    said = f", {' / '.join(speakers)}" if speakers else ""
    conflict = speaker_conflict_note(passage, {a.id: a.label for a in report.articles})
    return f"shared quotation{said}" + (f" · {conflict}" if conflict else "")


def _base_label(report: Report, passage: Passage) -> str:
    if passage.base is PassageBase.SOURCE:
        return base_description(passage, {a.id: a.label for a in report.articles}, long=True)
    if passage.consensus:
        return "consensus of the outlets' renderings"
    if report.reference is None:
        return "reference"
    return f"reference ({report.article(report.reference.article_id).label})"


def _rendering(
    by_id: Mapping[str, Article], anchor_of: Mapping[str, str], finding: Finding, own: str
) -> RenderingView:
    rendering = finding.rendering
    article = by_id[rendering.article_id]
    return RenderingView(
        anchor=own,
        outlet=article.label,
        path=article.path,
        text_of=text_of(article),
        line=rendering.line,
        column=rendering.column,
        speaker=rendering.speaker,
        quoted=rendering.quoted,
        verdict=finding.verdict.value,
        symbol=VERDICT_SYMBOLS[finding.verdict],
        coverage=round(finding.coverage * 100),
        base_side=_side(by_id, finding.pieces, Sides.PASSAGE),
        outlet_side=_side(by_id, finding.pieces, Sides.RENDERING),
        spliced_from=tuple(
            (f"#{anchor_of[e.source]}" if e.source in anchor_of else "", e.source)
            for e in finding.edits
            if e.kind is EditKind.SPLICE and e.source
        ),
    )


def _side(by_id: Mapping[str, Article], pieces: Sequence[Edit], sides: Sides) -> tuple[Run, ...]:
    """One side of a finding as runs: each piece's segments, its changes with their note."""
    runs: list[Run] = []
    last = ""
    for piece in pieces:
        note = _note(by_id, piece)
        for mark, text in inline_diff([piece], sides=sides):
            if mark is Mark.GAP:  # a space only where words would touch, as the terminal has it
                text = text if last[-1:].isalnum() else ""
            if text:
                runs.append(run_of(mark, text, note))
                last = text
    return tuple(runs)


def _note(by_id: Mapping[str, Article], piece: Edit) -> str:
    if piece.kind is None:
        return ""
    note = piece.kind.value
    if piece.source:
        note += f" from passage {piece.source}"
    if piece.outlets:
        note += f" · {_sharing(by_id, piece.outlets)}"
    return note


def _sharing(by_id: Mapping[str, Article], outlets: Sequence[str]) -> str:
    """'only in 003', 'in 2 outlets: 000, 001', 'in 300 outlets: A, B, … and 288 more'."""
    labels = [by_id[a].label for a in outlets]
    if len(labels) == 1:
        return f"only in {labels[0]}"
    shown = ", ".join(labels[:NOTE_OUTLETS])
    more = len(labels) - NOTE_OUTLETS
    return f"in {len(labels)} outlets: {shown}" + (f" and {more} more" if more > 0 else "")


def _grid_row(report: Report, passage: Passage, anchors: dict[str, str]) -> GridRow:
    findings = report.findings_for(passage.id)
    href = f"#{anchors[passage.id]}"
    cells = tuple(_cell(passage, article, findings, href) for article in report.articles)
    return GridRow(href, passage.id, cells)


def _cell(passage: Passage, article: Article, findings: Sequence[Finding], href: str) -> Cell:
    numbered = [(n, f) for n, f in enumerate(findings, 1) if f.rendering.article_id == article.id]
    if not numbered:
        return Cell("", "·", 0, "", f"{article.label} does not render {passage.id}")
    n, worst = max(numbered, key=lambda pair: pair[1].verdict.rank)
    title = f"{article.label} · {passage.id}: {worst.verdict.value}"
    if len(numbered) > 1:
        title += f" (worst of {len(numbered)} renderings)"
    symbol = VERDICT_SYMBOLS[worst.verdict]
    return Cell(worst.verdict.value, symbol, len(numbered), f"{href}--{n}", title)


def _outlet_rows(report: Report, passages: Sequence[PassageView]) -> list[OutletRow]:
    """One row per outlet, the worst first: most altered, then trimmed, then cosmetic."""
    worst_href: dict[str, tuple[int, str]] = {}
    for passage, view in zip(report.passages, passages, strict=True):
        for n, finding in enumerate(report.findings_for(passage.id), start=1):
            key = finding.rendering.article_id
            rank = finding.verdict.rank
            if key not in worst_href or rank > worst_href[key][0]:
                worst_href[key] = (rank, f"#{view.anchor}--{n}")
    rows = []
    for article in report.articles:
        verdicts = [f.verdict for f in report.findings if f.rendering.article_id == article.id]
        counts = tuple(sum(v is verdict for v in verdicts) for verdict in Verdict)
        worst = max(verdicts, key=lambda v: v.rank) if verdicts else None
        href = worst_href.get(article.id, (0, ""))[1]
        rows.append(
            OutletRow(
                article.label,
                article.path,
                href,
                len(verdicts),
                counts,
                worst.value if worst else "",
                worst.rank if worst else -1,
            )
        )
    return sorted(rows, key=lambda r: (*(-c for c in reversed(r.counts)), r.outlet))


def _passage_rows(report: Report, passages: Sequence[PassageView]) -> list[PassageRow]:
    rows = []
    for passage, view in zip(report.passages, passages, strict=True):
        verdicts = [f.verdict for f in report.findings_for(passage.id)]
        counts = tuple(sum(v is verdict for v in verdicts) for verdict in Verdict)
        rows.append(PassageRow(f"#{view.anchor}", passage.id, view.base, len(verdicts), counts))
    return rows
