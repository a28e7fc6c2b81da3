"""Work is done once per article: a compare run finds each article's quotations once and
attributes their speakers once, whichever stages (find, collate, findings) use them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace

import pytest

import qdiff.collate.clusters
import qdiff.compare.match
import qdiff.compare.reference
from qdiff.config import Config
from qdiff.model import Article, Corpus, Quote
from qdiff.pipeline.compare import compare
from qdiff.quotes.extract import extract_quotes
from qdiff.speakers.attribute import attribute_speakers

EXTRACTING = (qdiff.collate.clusters, qdiff.compare.match, qdiff.compare.reference)


def _counted(
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[Counter[str], Counter[str]]:
    extracted: Counter[str] = Counter()
    attributed: Counter[str] = Counter()

    def counting_extract(article: Article) -> list[Quote]:
        extracted[article.id] += 1
        return extract_quotes(article)

    def counting_attribute(article: Article, quotes: Sequence[Quote]) -> tuple[str | None, ...]:
        attributed[article.id] += 1
        return attribute_speakers(article, quotes)

    for module in EXTRACTING:
        monkeypatch.setattr(module, "extract_quotes", counting_extract)
    monkeypatch.setattr(qdiff.collate.clusters, "attribute_speakers", counting_attribute)
    return extracted, attributed


RUNS: dict[str, Callable[[Config], Config]] = {
    "reference and shared quotations": lambda config: config,
    "reference-free collation": lambda config: replace(config, reference=None),
}


@pytest.mark.parametrize("run", RUNS)
def test_each_article_is_read_once(
    run: str, seed_config: Config, seed_corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    extracted, attributed = _counted(monkeypatch)
    report = compare(RUNS[run](seed_config), seed_corpus)
    ids = [a.id for a in seed_corpus.articles]
    assert len(ids) == 4
    assert report.findings
    assert extracted == Counter(ids)
    assert attributed == Counter(ids)


def test_the_reference_alone_reads_each_article_once(
    seed_config: Config, seed_corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    extracted, attributed = _counted(monkeypatch)
    compare(seed_config, seed_corpus, shared=False)
    assert set(extracted.values()) == {1}
    assert set(attributed.values()) <= {1}
