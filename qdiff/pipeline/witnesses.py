"""Checked articles judged against the other articles of a corpus, quotation by quotation.

Each quoted sentence of a checked article is a passage of its own (its id from its own first
words, so it never depends on what the witnesses print). Every other article that renders it is a
witness. The checked article and each witness are aligned word by word; a place where a witness
reads otherwise is the checked article's fault only when no witness covering that place reads as
it does (the base then takes the reading most of them share). Where some read with it, but no
more than read otherwise, the place is disputed: it warns and never fails by itself. So is a
place where one witness alone reads otherwise and that witness departs elsewhere from two or
more others that agree, unless the article lacks words the witness has. A witness's own slips
(a word typed twice) and glosses (words in parentheses) vouch for nothing.

The finding shown is the checked quotation aligned with a base that is its own text with the
witnesses' reading put in at each of its faults: so the diff shows exactly the faults.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from qdiff.collate.clusters import Node, Source, quoted_sentences, read_source
from qdiff.collate.collate import rendering_of
from qdiff.compare.align import align
from qdiff.compare.match import renderings_in
from qdiff.compare.reference import PassageIndex, passage_id_for
from qdiff.config import Config, Normalise
from qdiff.model import (
    Article,
    Basis,
    Corpus,
    Evidence,
    Finding,
    Passage,
    PassageBase,
    Place,
    Reading,
    Rendering,
    Report,
    Span,
    Tally,
    Token,
    WitnessLine,
)
from qdiff.pipeline.speakers import speaker_lookup
from qdiff.pipeline.witness_places import answered, lone_fault, readings_at, wholly_other_word
from qdiff.pipeline.witness_view import WitnessView, touch
from qdiff.text import line_col, relative_tokens, sentence_spans, tokenize

SOURCE_PRINTING_SHARE = 0.7
"""An unquoted witness counts only when it prints this share of the quotation's words as they
stand: a source printed in full does; a reporter's paraphrase is no evidence of wording."""


def check_against_witnesses(config: Config, known: Corpus, checked: Corpus) -> Report:
    """Judge every quotation of the checked articles against the known articles that render it
    (the checked ones themselves left out). The report's tallies say how much was judged."""
    checked_paths = {Path(a.path).resolve() for a in checked.articles}
    witnesses = tuple(a for a in known.articles if Path(a.path).resolve() not in checked_paths)
    passages: list[Passage] = []
    findings: list[Finding] = []
    tallies: list[Tally] = []
    for article in checked.articles:
        judged = _judge_article(article, witnesses, config.min_words, config.normalise)
        passages.extend(judged.passages)
        findings.extend(judged.findings)
        tallies.append(judged.tally)
    return Report(
        articles=checked.articles + witnesses,
        reference=None,
        passages=tuple(passages),
        findings=tuple(findings),
        skipped=checked.skipped,
        tallies=tuple(tallies),
    )


def against_reference(report: Report, checked: Corpus, min_words: int) -> Report:
    """The report with each finding's evidence (the reference, at its passage's line) and how
    much of each checked article the reference judged: the quotations that render a passage."""
    tallies = []
    for article in checked.articles:
        spans = [span for _, span, _ in quoted_sentences(read_source(article), min_words)]
        rendered = [
            f.rendering.span
            for f in report.findings
            if f.rendering.article_id == article.id and f.rendering.quoted
        ]
        judged = sum(1 for span in spans if any(span.overlaps(r) for r in rendered))
        tallies.append(Tally(article.id, len(spans), judged, 1 if judged else 0))
    return replace(report, findings=_with_reference(report), tallies=tuple(tallies))


def _with_reference(report: Report) -> tuple[Finding, ...]:
    if report.reference is None:
        return report.findings
    article = report.article(report.reference.article_id)
    lines = {}
    for passage in report.passages:
        at = article.text.find(passage.text, report.reference.span.start)
        lines[passage.id] = line_col(article.text, max(at, 0))[0]
    return tuple(
        replace(
            f,
            evidence=Evidence(
                Basis.REFERENCE,
                (WitnessLine(article.id, lines.get(f.rendering.passage_id, 1)),),
            ),
        )
        for f in report.findings
    )


@dataclass(slots=True)
class _Judged:
    tally: Tally
    passages: list[Passage] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def _judge_article(
    article: Article,
    witnesses: Sequence[Article],
    min_words: int,
    normalise: Normalise,
    weigh: bool = True,
) -> _Judged:
    """The article's quotations judged against the witnesses; with `weigh`, a lone witness that
    departs from the others elsewhere proves nothing by itself (see `_Doubts`)."""
    source = read_source(article)
    own = _own_quotations(source, min_words)
    index = PassageIndex([passage for passage, _ in own])
    by_id = {passage.id: passage for passage, _ in own}
    found: dict[str, dict[str, Rendering]] = defaultdict(dict)
    for witness in witnesses:
        speaker_at = speaker_lookup(witness)
        for rendering in renderings_in(witness, index, min_words):
            if rendering.quoted:
                rendering = replace(rendering, speaker=speaker_at(rendering.tokens[0].start))
            _keep_best(found[rendering.passage_id], rendering, by_id[rendering.passage_id])
    by_article = {w.id: w for w in witnesses}
    result = _Judged(Tally(article.id, len(own), 0, 0))
    used: set[str] = set()
    doubts = _Doubts(witnesses, min_words, normalise) if weigh else None
    for passage, rendering in own:
        evidence = [
            _from_sentence_start(by_article[r.article_id], r)
            for r in found[passage.id].values()
            if _vouches(passage, r)
        ]
        if not evidence:
            continue
        base, finding = _judged(passage, rendering, evidence, normalise, doubts)
        result.passages.append(base)
        result.findings.append(finding)
        used.update(r.article_id for r in evidence)
    judged = len(result.findings)
    result.tally = Tally(article.id, len(own), judged, len(used))
    return result


@dataclass(slots=True)
class _Doubts:
    """Which witnesses depart from the others: judged in turn against the other witnesses (the
    checked article left out), a witness departs when some reading of its own stands against
    two or more of them that agree. Such a witness, alone at a place, proves nothing there: a
    page that misquotes elsewhere may misquote here (a lone `in` against the article's `into`).
    Each witness is judged at most once, and only when it stands alone at a fault."""

    witnesses: Sequence[Article]
    min_words: int
    normalise: Normalise
    known: dict[str, bool] = field(default_factory=dict)

    def departs(self, article_id: str) -> bool:
        if article_id not in self.known:
            witness = next(a for a in self.witnesses if a.id == article_id)
            others = [a for a in self.witnesses if a.id != article_id]
            judged = _judge_article(witness, others, self.min_words, self.normalise, weigh=False)
            self.known[article_id] = any(
                not place.disputed and len(place.readings[0].articles) >= 2
                for finding in judged.findings
                if finding.evidence is not None
                for place in finding.evidence.places
            )
        return self.known[article_id]


def _own_quotations(source: Source, min_words: int) -> list[tuple[Passage, Rendering]]:
    """The article's quoted sentences as passages, each with its id from its own words."""
    text = source.article.text
    used: set[str] = set()
    own = []
    for q, span, tokens in quoted_sentences(source, min_words):
        passage_id = passage_id_for(tokens, used)
        used.add(passage_id)
        words = relative_tokens(tokens, span.start)
        passage = Passage(passage_id, text[span.start : span.end], words)
        rendering = replace(rendering_of(Node(0, span, q), [source]), passage_id=passage_id)
        own.append((passage, rendering))
    return own


def _from_sentence_start(witness: Article, rendering: Rendering) -> Rendering:
    """An unquoted rendering starts at its first shared words; one that prints the source (it
    vouches, judged on its shared words alone) starts with its sentence, so that a changed first
    word is seen (`In other countries, this process will take longer` against the checked `In
    many countries, ...`), not left out."""
    if rendering.quoted:
        return rendering
    text = witness.text
    line_start = text.rfind("\n", 0, rendering.span.start) + 1
    sentence = next(
        (s for s in sentence_spans(text, line_start) if s.contains(rendering.span.start)), None
    )
    if sentence is None or sentence.start >= rendering.span.start:
        return rendering
    lead = tokenize(text, sentence.start, rendering.span.start)
    span = Span(sentence.start, rendering.span.end)
    line, column = line_col(text, span.start)
    return replace(
        rendering,
        span=span,
        text=text[span.start : span.end],
        tokens=lead + rendering.tokens,
        line=line,
        column=column,
    )


def _keep_best(kept: dict[str, Rendering], rendering: Rendering, passage: Passage) -> None:
    """One rendering per witness article: the one that shares the most words with the checked
    quotation, then the longest. A page that prints the sentence and, nearby, another opening the
    same way (`In the past two weeks, the number of cases` and `In the days and weeks ahead,
    ... the number of cases, the number of deaths`) renders it with the first, however long
    the other is."""
    current = kept.get(rendering.article_id)
    if current is None or _fit(passage, rendering) > _fit(passage, current):
        kept[rendering.article_id] = rendering


def _fit(passage: Passage, rendering: Rendering) -> tuple[int, int]:
    return WitnessView.of(passage, rendering).matched, len(rendering.tokens)


def _vouches(passage: Passage, rendering: Rendering) -> bool:
    """A quoted rendering is a witness; an unquoted one only when it prints the words."""
    if rendering.quoted:
        return True
    view = WitnessView.of(passage, rendering)
    return view.matched >= SOURCE_PRINTING_SHARE * len(passage.tokens)


def _sites(views: Sequence[WitnessView]) -> list[tuple[int, int]]:
    """The places where any witness reads otherwise, overlapping ones merged, in order."""
    spans = sorted({(d.i1, d.i2) for v in views for d in v.deviations})
    merged: list[tuple[int, int]] = []
    for i1, i2 in spans:
        if merged and touch(merged[-1][0], merged[-1][1], i1, i2):
            merged[-1] = (min(merged[-1][0], i1), max(merged[-1][1], i2))
        else:
            merged.append((i1, i2))
    return merged


def _judged(
    passage: Passage,
    rendering: Rendering,
    evidence: Sequence[Rendering],
    normalise: Normalise,
    doubts: _Doubts | None = None,
) -> tuple[Passage, Finding]:
    """The checked quotation's finding against the witnesses, and the base it was aligned with.
    A place where the checked article has words and one witness alone reads them otherwise is
    doubted when that witness departs from the others elsewhere. Words the article lacks are
    not: a witness that has them shows them, however it quotes elsewhere. Where one witness alone
    covers the place, it is one witness against one unless `lone_fault` says otherwise."""
    views = [WitnessView.of(passage, r, normalise) for r in evidence]
    places: list[Place] = []
    faults: list[tuple[int, int, WitnessView]] = []
    sites = []
    for i1, i2 in _sites(views):
        covering = [v for v in views if v.covers(i1, i2)]
        agreeing = [v for v in covering if not v.deviates(i1, i2)]
        readings = readings_at([v for v in covering if v.deviates(i1, i2)], i1, i2, normalise)
        sites.append((i1, i2, covering, agreeing, readings))
    versions = any(agreeing and readings for _, _, _, agreeing, readings in sites)
    for i1, i2, covering, agreeing, readings in sites:
        if not agreeing and readings:
            agreeing = answered(covering, readings, i1, i2)
        if not readings or len(agreeing) > len(covering) - len(agreeing):
            continue  # nobody covering reads otherwise, or most read as the checked article
        place = Place(
            checked=_words(passage, i1, i2),
            readings=tuple(
                Reading(group[0].text(*group[0].words_for(i1, i2)), _ids(group))
                for group in readings
            ),
            agreeing=_ids(agreeing),
            doubted=(
                not agreeing
                and i1 < i2
                and len(covering) == 1
                and not wholly_other_word(passage, covering[0], i1, i2)
                and doubts is not None
                and doubts.departs(covering[0].rendering.article_id)
            ),
            lone=not agreeing
            and (len(covering) == 1 or (versions and all(len(g) == 1 for g in readings)))
            and not all(lone_fault(passage, group[0], i1, i2) for group in readings),
        )
        places.append(place)
        if not place.disputed:
            faults.append((i1, i2, readings[0][0]))
    base = _base(passage, faults)
    finding = align(base, rendering, normalise=normalise)
    basis = Basis.SINGLE if len(evidence) == 1 else Basis.MAJORITY
    witnesses = tuple(WitnessLine(r.article_id, r.line, r.speaker) for r in evidence)
    return base, replace(
        finding, evidence=Evidence(basis, witnesses, tuple(places), base=base.text)
    )


def _ids(views: Sequence[WitnessView]) -> tuple[str, ...]:
    return tuple(v.rendering.article_id for v in views)


def _words(passage: Passage, i1: int, i2: int) -> str:
    tokens = passage.tokens
    return passage.text[tokens[i1].start : tokens[i2 - 1].end] if i1 < i2 else ""


def _base(passage: Passage, faults: Sequence[tuple[int, int, WitnessView]]) -> Passage:
    """The checked quotation with the witnesses' reading at each fault: its words and their
    offsets built together, so that attribution inside an interrupted quotation stays no word."""
    text, tokens = passage.text, passage.tokens
    out: list[str] = []
    words: list[Token] = []
    cursor = 0
    for i1, i2, view in faults:
        j1, j2 = view.words_for(i1, i2)
        reading = view.text(j1, j2)
        start, end = _cut(passage, i1, i2, bool(reading))
        _copy(text, tokens, cursor, start, out, words)
        offset = sum(len(piece) for piece in out)
        inserted = reading + (" " if i1 == i2 else "")
        words.extend(
            Token(t.text, t.key, t.start + offset, t.end + offset) for t in tokenize(inserted)
        )
        out.append(inserted)
        cursor = end
    _copy(text, tokens, cursor, len(text), out, words)
    return Passage(passage.id, "".join(out), tuple(words), PassageBase.CONSENSUS)


def _cut(passage: Passage, i1: int, i2: int, replaced: bool) -> tuple[int, int]:
    """The characters a fault replaces; words the witnesses lack go with a separator."""
    tokens = passage.tokens
    if i1 == i2:
        return tokens[i1].start, tokens[i1].start
    if replaced:
        return tokens[i1].start, tokens[i2 - 1].end
    if i2 < len(tokens):
        return tokens[i1].start, tokens[i2].start
    return (tokens[i1 - 1].end if i1 else tokens[i1].start), tokens[i2 - 1].end


def _copy(
    text: str, tokens: Sequence[Token], start: int, end: int, out: list[str], words: list[Token]
) -> None:
    """Append text[start:end] and the tokens inside it, their offsets moved to the output's."""
    offset = sum(len(piece) for piece in out) - start
    words.extend(
        Token(t.text, t.key, t.start + offset, t.end + offset)
        for t in tokens
        if start <= t.start and t.end <= end
    )
    out.append(text[start:end])
