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

from rapidfuzz.distance import OSA

from qdiff.collate.clusters import Node, Source, quoted_sentences, read_source
from qdiff.collate.collate import rendering_of
from qdiff.compare.align import align
from qdiff.compare.classify import block_kind
from qdiff.compare.match import renderings_in
from qdiff.compare.reference import PassageIndex, passage_id_for
from qdiff.config import Config, Normalise
from qdiff.lexicon import is_function_word
from qdiff.model import (
    VERDICT_OF_KIND,
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
    Verdict,
    WitnessLine,
)
from qdiff.pipeline.witness_view import WitnessView, touch
from qdiff.text import doubled, line_col, relative_tokens, sentence_spans, tokenize

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
        for rendering in renderings_in(witness, index, min_words):
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
    covers the place, it is one witness against one unless `_lone_fault` says otherwise."""
    views = [WitnessView.of(passage, r, normalise) for r in evidence]
    places: list[Place] = []
    faults: list[tuple[int, int, WitnessView]] = []
    sites = []
    for i1, i2 in _sites(views):
        covering = [v for v in views if v.covers(i1, i2)]
        agreeing = [v for v in covering if not v.deviates(i1, i2)]
        readings = _readings([v for v in covering if v.deviates(i1, i2)], i1, i2, normalise)
        sites.append((i1, i2, covering, agreeing, readings))
    versions = any(agreeing and readings for _, _, _, agreeing, readings in sites)
    for i1, i2, covering, agreeing, readings in sites:
        if not agreeing and readings:
            agreeing = _answered(covering, readings, i1, i2)
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
                and not _wholly_other_word(passage, covering[0], i1, i2)
                and doubts is not None
                and doubts.departs(covering[0].rendering.article_id)
            ),
            lone=not agreeing
            and (len(covering) == 1 or (versions and all(len(g) == 1 for g in readings)))
            and not all(_lone_fault(passage, group[0], i1, i2) for group in readings),
        )
        places.append(place)
        if not place.disputed:
            faults.append((i1, i2, readings[0][0]))
    base = _base(passage, faults)
    finding = align(base, rendering, normalise=normalise)
    basis = Basis.SINGLE if len(evidence) == 1 else Basis.MAJORITY
    witnesses = tuple(WitnessLine(r.article_id, r.line) for r in evidence)
    return base, replace(
        finding, evidence=Evidence(basis, witnesses, tuple(places), base=base.text)
    )


def _lone_fault(passage: Passage, view: WitnessView, i1: int, i2: int) -> bool:
    """Whether a place where one witness alone covers the quotation, and reads otherwise, is
    still the checked article's fault. Three kinds are. Words of meaning the witness has and the
    article lacks (`to apply the law to facts` against the witness's `to specific facts`: a
    reporter drops words far more often than one invents them, so the fuller copy shows them),
    unless the article has them elsewhere (a move) or the witness rewords the sentence. A real
    word changed for another as the two copies' only difference (`approach to our operations`
    printed `approach to our practices`): how a misquote shows against the copy it was taken
    from. A word the article types twice (`some some`). Anything else is one witness against
    one, and either may have it wrong: words only the article has, grammar words (`on` for
    `or`, a dropped `that`), or several differences at once (`the catastrophic loss` against
    `a catastrophic implosion`: two versions of a statement)."""
    j1, j2 = view.words_for(i1, i2)
    theirs = [t.key for t in view.tokens[j1:j2]]
    ours = [t.key for t in passage.tokens[i1:i2]]
    if not theirs and i2 - i1 == 1 and doubled(passage.text, passage.tokens, i1):
        return True  # the article's own slip: a word typed twice (`some some`)
    if all(is_function_word(w) for w in ours + theirs):
        return False
    if not ours:
        return not _moved(passage, view, theirs) and not _reworded(view)
    return bool(theirs) and len(view.deviations) == 1 and len(ours) == len(theirs)


REWORDED_SHARE = 3
"""A witness reads a sentence in other words when it differs at one place or more for every this
many words it shares with the checked quotation."""


def _reworded(view: WitnessView) -> bool:
    """A witness that reads the quotation otherwise at many places (a synonym-spun page:
    `scarcely ever discussed it` for `hardly talked about it`) is no evidence of which words the
    speaker said, nor of words the article left out."""
    return len(view.deviations) * REWORDED_SHARE > view.matched


SLIP_DISTANCE = 2
"""Letters a careless copy's slip changes in a word (`last` for `past`, `in` for `into`)."""


def _wholly_other_word(passage: Passage, view: WitnessView, i1: int, i2: int) -> bool:
    """One word for one wholly different word (`people` against the article's `never`): no slip
    of a careless witness's own, which misreads a word a letter or two away (`last` for
    `past`), so its doubt does not excuse the article."""
    j1, j2 = view.words_for(i1, i2)
    if i2 - i1 != 1 or j2 - j1 != 1:
        return False
    ours, theirs = passage.tokens[i1].key, view.tokens[j1].key
    return OSA.distance(ours, theirs) > SLIP_DISTANCE and not (ours in theirs or theirs in ours)


def _moved(passage: Passage, view: WitnessView, words: list[str]) -> bool:
    """True when the words the witness has at one place stand, in the article only, at another."""
    return any(
        d.j1 == d.j2 and [t.key for t in passage.tokens[d.i1 : d.i2]] == words
        for d in view.deviations
    )


def _answered(
    covering: Sequence[WitnessView], readings: Sequence[Sequence[WitnessView]], i1: int, i2: int
) -> list[WitnessView]:
    """Where the witnesses split over a run of words, the ones that read with the article at
    each of the others' changes there, when every change has some: `was a` against `were`,
    `were a` and `was` combines what the witnesses read, it departs from none of them. A change
    of several words is answered word by word (`was a` for `were`: `was` and `a` each have a
    witness). Never when most of the witnesses there read one way (`that part` in six of ten:
    the one reading `that the art` only happens to share the article's `the`), nor when the
    article reads more words there than any witness does: reading both of two alternatives
    (`though that` against `though` and `that`) adds a word no one has."""
    if 2 * len(readings[0]) > len(covering):
        return []
    longest = max(len(range(*group[0].words_for(i1, i2))) for group in readings)
    if longest < i2 - i1:
        return []
    answering: list[WitnessView] = []
    for view in covering:
        for change in view.deviations:
            if not touch(change.i1, change.i2, i1, i2):
                continue
            others = [w for w in covering if w is not view and not w.deviates(change.i1, change.i2)]
            if not others and change.i2 - change.i1 > 1:
                each = [[w for w in covering if w.reads(i)] for i in range(change.i1, change.i2)]
                others = [w for w in covering if all(each) and any(w in e for e in each)]
            if not others:
                return []
            answering.extend(w for w in others if w not in answering)
    return answering


def _readings(
    dissenting: Sequence[WitnessView], i1: int, i2: int, normalise: Normalise
) -> list[list[WitnessView]]:
    """The dissenting witnesses grouped by what they read at the place, the largest group first;
    readings that differ only cosmetically are one (`they are on` and `they’re on`)."""
    groups: list[list[WitnessView]] = []
    for view in dissenting:
        words = _read(view, i1, i2)
        for group in groups:
            if _same_reading(_read(group[0], i1, i2), words, normalise):
                group.append(view)
                break
        else:
            groups.append([view])
    return sorted(groups, key=len, reverse=True)


def _read(view: WitnessView, i1: int, i2: int) -> tuple[Token, ...]:
    j1, j2 = view.words_for(i1, i2)
    return view.tokens[j1:j2]


def _same_reading(a: Sequence[Token], b: Sequence[Token], normalise: Normalise) -> bool:
    if [t.key for t in a] == [t.key for t in b]:
        return True
    if not a or not b:
        return False
    kind = block_kind(a, b, False, normalise, None)
    return kind is None or VERDICT_OF_KIND[kind] is Verdict.COSMETIC


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
