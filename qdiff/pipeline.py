"""compare(config, corpus) -> Report: the stages composed, nothing else."""

from __future__ import annotations

from collections.abc import Sequence

from qdiff.align import align
from qdiff.config import Config
from qdiff.corpus import read_article
from qdiff.errors import InputError
from qdiff.match import PassageIndex, find_renderings
from qdiff.model import Article, Corpus, Finding, Reference, Report
from qdiff.reference import build_reference, locate_reference


def load_reference(config: Config, corpus: Corpus) -> tuple[Reference | None, Article | None]:
    """The configured reference, taken from the corpus when its file is part of it."""
    if config.reference is None:
        return None, None
    path = config.reference.path.resolve()
    article = next((a for a in corpus.articles if _same_file(a.path, path)), None)
    if article is None:
        if not path.is_file():
            raise InputError(f"reference file not found: {config.reference.path}")
        loaded = read_article(path, path.stem, config.labels.get(path.stem))
        if not isinstance(loaded, Article):
            raise InputError(f"cannot read reference {loaded.path}: {loaded.reason}")
        article = loaded
    span = locate_reference(article, config.reference.after, config.reference.before)
    return build_reference(article, span, config.unit), article


def _same_file(article_path: str, path) -> bool:
    from pathlib import Path

    return Path(article_path).resolve() == path


def compare(config: Config, corpus: Corpus) -> Report:
    """Find every rendering of every reference passage in the corpus and judge it."""
    reference, reference_article = load_reference(config, corpus)
    findings: list[Finding] = []
    if reference is not None and reference_article is not None:
        index = PassageIndex(reference.passages)
        passages = {p.id: p for p in reference.passages}
        texts = {a.id: a.text for a in corpus.articles}
        for rendering in find_renderings(reference, corpus.articles, config.min_words, index):
            finding = align(
                passages[rendering.passage_id],
                rendering,
                reference_article.text,
                texts[rendering.article_id],
                config.normalise,
                index,
            )
            findings.append(finding)
    return Report(
        articles=_with_reference(corpus.articles, reference_article),
        reference=reference,
        passages=reference.passages if reference else (),
        findings=tuple(findings),
        skipped=corpus.skipped,
    )


def _with_reference(articles: Sequence[Article], reference: Article | None) -> tuple[Article, ...]:
    if reference is None or any(a.id == reference.id for a in articles):
        return tuple(articles)
    return (*articles, reference)
