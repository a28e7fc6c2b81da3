"""compare(config, corpus) -> Report: the stages composed, nothing else."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from qdiff.collate.clusters import Sources
from qdiff.collate.collate import collate
from qdiff.collate.conflicts import with_speaker_conflicts
from qdiff.compare.align import align
from qdiff.compare.match import find_renderings
from qdiff.compare.reference import PassageIndex, build_reference, locate_reference
from qdiff.config import Config
from qdiff.io.corpus import read_reference
from qdiff.model import Article, Corpus, Finding, Reference, Report, Span
from qdiff.pipeline.filters import named_by, only_reference_passages
from qdiff.text import tokenize


def load_reference(
    config: Config, corpus: Corpus, read: Sources | None = None
) -> tuple[Reference | None, Article | None]:
    """The configured reference, taken from the corpus when its file is part of it."""
    if config.reference is None:
        return None, None
    path = config.reference.path.resolve()
    article = next((a for a in corpus.articles if Path(a.path).resolve() == path), None)
    if article is None:
        article = read_reference(path, config.labels.get(path.stem))
    span = locate_reference(article, config.reference.after, config.reference.before)
    quotes = read.of(article).quotes if read else None
    return build_reference(article, span, config.unit, quotes), article


def compare(
    config: Config,
    corpus: Corpus,
    shared: bool = True,
    wanted_passages: Sequence[str] = (),
    wanted_outlets: Sequence[str] = (),
) -> Report:
    """Judge every rendering of every reference passage in the corpus; then, with `shared`,
    collate the quotations outlets share that no reference passage explains. Each article's
    quotations and speakers are found once and shared by every stage. When the passages a view
    asks for (`wanted_passages`, as `--passage` names them) are all the reference's own, the
    collation, whose passages it would leave out, is not run at all; then only the outlets asked
    for (`wanted_outlets`, labels or ids) are judged against the reference, each on its own, so
    a speaker conflict names only them. A collation needs every outlet for its consensus."""
    read = Sources()
    reference, reference_article = load_reference(config, corpus, read)
    if reference is not None and wanted_passages:
        shared = shared and not only_reference_passages(reference.passages, wanted_passages)
    findings: list[Finding] = []
    if reference is not None and reference_article is not None:
        judged = corpus if shared else _narrowed(corpus, wanted_outlets)
        findings = _against_reference(config, judged, reference, read)
    passages = reference.passages if reference else ()
    if shared:
        claimed = _claimed(findings, reference)
        taken = frozenset(p.id for p in passages)
        collated, collated_findings = collate(
            corpus.articles, config.min_words, config.normalise, claimed, taken, read
        )
        passages += collated
        findings += collated_findings
    findings = _with_speakers(findings, corpus.articles, read)
    return Report(
        articles=_with_reference(corpus.articles, reference_article),
        reference=reference,
        passages=with_speaker_conflicts(passages, findings),
        findings=tuple(findings),
        skipped=corpus.skipped,
    )


def _narrowed(corpus: Corpus, outlets: Sequence[str]) -> Corpus:
    """The articles an outlet name (label or id) picks; all of them when none is named. A name
    that picks none is left for the view's filter to report."""
    if not outlets:
        return corpus
    picked = tuple(a for a in corpus.articles if any(named_by(a, name) for name in outlets))
    return replace(corpus, articles=picked)


def _against_reference(
    config: Config, corpus: Corpus, reference: Reference, read: Sources
) -> list[Finding]:
    index = PassageIndex(reference.passages)
    passages = {p.id: p for p in reference.passages}
    renderings = find_renderings(
        reference, corpus.articles, config.min_words, index, lambda a: read.of(a).quote_index
    )
    findings = (
        align(passages[rendering.passage_id], rendering, normalise=config.normalise, index=index)
        for rendering in renderings
    )
    return [f for f in findings if _mostly_the_passage(f)]


def _mostly_the_passage(finding: Finding) -> bool:
    """At least half of a rendering's words are the passage's: another speaker's sentence that
    opens with the same stock phrase (`It has been an enormous privilege to serve ...`) is not."""
    shared = sum(len(tokenize(p.rendering)) for p in finding.pieces if p.verdict.rank <= 1)
    words = sum(len(tokenize(p.rendering)) for p in finding.pieces)
    return 2 * shared >= words


def _claimed(findings: Sequence[Finding], reference: Reference | None) -> dict[str, list[Span]]:
    """What the reference already explains: its own text and every rendering of it."""
    claimed: dict[str, list[Span]] = defaultdict(list)
    if reference is not None:
        claimed[reference.article_id].append(reference.span)
    for finding in findings:
        claimed[finding.rendering.article_id].append(finding.rendering.span)
    return claimed


def _with_speakers(
    findings: Sequence[Finding], articles: Sequence[Article], read: Sources
) -> list[Finding]:
    """Give each quoted rendering that has none the speaker its article names for it."""
    by_id = {a.id: a for a in articles}
    result = []
    for finding in findings:
        rendering = finding.rendering
        if rendering.quoted and rendering.speaker is None:
            source = read.of(by_id[rendering.article_id])
            speaker = source.speaker_at(rendering.tokens[0].start)
            finding = replace(finding, rendering=replace(rendering, speaker=speaker))
        result.append(finding)
    return result


def _with_reference(articles: Sequence[Article], reference: Article | None) -> tuple[Article, ...]:
    if reference is None or any(a.id == reference.id for a in articles):
        return tuple(articles)
    return (*articles, reference)
