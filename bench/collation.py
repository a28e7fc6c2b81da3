"""The collation series: how reference-free collation and the shared-quotation step grow.

- One event's coverage of 10, 100 and 1,000 outlets (see event.py), collated without a
  reference (`compare` with no reference: collation, consensus, alignment, speakers).
- The synthetic corpus of run.py at 1,000 and 10,000 articles, `compare` with the reference,
  with and without the shared-quotation step (the CLI default has it).

A size whose projected CPU time (the last size's, times the growth so far) passes the budget
is skipped and said so: the baseline of a quadratic engine would otherwise run for hours.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from event import EventCoverage

from qdiff.config import Config
from qdiff.model import Article, Corpus
from qdiff.pipeline.compare import compare

EVENT_OUTLETS = (10, 100, 1000)
CORPUS_ARTICLES = (1000, 10000)


@dataclass(frozen=True, slots=True)
class Timing:
    series: str
    size: int
    seconds: float | None
    """Wall time; None: skipped, projected past the budget."""
    cpu: float | None = None
    """This process's CPU time: what the ratios are taken on, since other processes share the
    machine (the collation runs in one thread)."""
    passages: int = 0
    findings: int = 0


def collation_series(
    config: Config,
    coverage: EventCoverage,
    corpus: Callable[[int], tuple[Article, ...]],
    budget: float,
    event_outlets: Sequence[int] = EVENT_OUTLETS,
    corpus_articles: Sequence[int] = CORPUS_ARTICLES,
) -> list[Timing]:
    free = replace(config, reference=None)
    compare(free, Corpus(articles=coverage.articles(event_outlets[0])))  # warm up: imports, lists
    timings = _series(
        "event, no reference", event_outlets, coverage.articles, lambda a: compare(free, a), budget
    )
    for shared in (False, True):
        name = f"corpus, reference{' + shared step' if shared else ''}"
        timings += _series(
            name, corpus_articles, corpus, lambda a, s=shared: compare(config, a, s), budget
        )
    return timings


def _series(
    name: str,
    sizes: Sequence[int],
    articles: Callable[[int], tuple[Article, ...]],
    run: Callable[[Corpus], object],
    budget: float,
) -> list[Timing]:
    timings: list[Timing] = []
    for size in sizes:
        if timings and _projected(timings, size) > budget:
            timings.append(Timing(name, size, None))
            continue
        corpus = Corpus(articles=articles(size))
        start, cpu = time.perf_counter(), time.process_time()
        report = run(corpus)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        passages = len(getattr(report, "passages", ()))
        findings = len(getattr(report, "findings", ()))
        timings.append(Timing(name, size, seconds, cpu, passages, findings))
    return timings


def _projected(timings: Sequence[Timing], size: int) -> float:
    """The CPU time size would take: the last two sizes' growth, at least linear (quadratic from
    one size alone); infinite after a skipped size."""
    last = timings[-1]
    if last.cpu is None:
        return math.inf
    if len(timings) < 2 or timings[-2].cpu is None:
        return last.cpu * (size / last.size) ** 2
    return last.cpu * _growth(timings[-2], last, size)


def _growth(before: Timing, last: Timing, size: int) -> float:
    """last's time scaled to size at the growth rate from before to last (at least linear)."""
    assert before.cpu and last.cpu
    exponent = math.log(last.cpu / before.cpu) / math.log(last.size / before.size)
    return float((size / last.size) ** max(exponent, 1.0))


def per_doubling(before: Timing, after: Timing) -> float | None:
    """The time ratio per doubling of the size between two timings: x2 is linear, x4 quadratic."""
    if not before.cpu or not after.cpu:
        return None
    exponent = math.log(after.cpu / before.cpu) / math.log(after.size / before.size)
    return float(2**exponent)


def rows(timings: Sequence[Timing], label: str) -> list[list[str]]:
    result = []
    previous: Timing | None = None
    for t in timings:
        if previous is not None and previous.series != t.series:
            previous = None
        growth = per_doubling(previous, t) if previous else None
        ratio = f"x{t.cpu / previous.cpu:.1f}" if previous and previous.cpu and t.cpu else ""
        result.append(
            [
                label,
                t.series,
                str(t.size),
                f"{t.seconds:.2f}" if t.seconds is not None else "skipped",
                f"{t.cpu:.2f}" if t.cpu is not None else "",
                ratio,
                f"x{growth:.2f}" if growth else "",
                str(t.passages) if t.seconds is not None else "",
                str(t.findings) if t.seconds is not None else "",
            ]
        )
        previous = t
    return result


HEADERS = [
    "code",
    "series",
    "size",
    "wall s",
    "CPU s",
    "ratio",
    "per doubling",
    "passages",
    "findings",
]
