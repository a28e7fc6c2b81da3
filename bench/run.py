"""qdiff benchmark: speed and memory figures anyone can reproduce.

    python bench/run.py [--articles N] [--seed S] [--stage all|find]

1. `qdiff compare` end to end on the seed articles, as a user runs it (subprocess), and the
   in-process `compare()` on the same seeds.
2. Throughput of the find stage, and of the whole `compare` (find + align), on a synthetic
   corpus made deterministically from the seed articles' own sentences, with renderings of
   letter passages planted in a share of the articles. Every planted rendering must be found
   (with its planted verdict): the run exits 1 when recall falls below 0.99.
3. Peak memory: peak RSS and the tracemalloc peak while articles are streamed from a generator
   through `find_renderings`, then peak RSS once the whole corpus is held for `compare`.
4. The machine the figures come from.

Standard library and qdiff only. Nothing is written to disk.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import gc
import inspect
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHECKOUT = Path(os.environ.get("QDIFF_BENCH_CHECKOUT", ROOT))
"""The qdiff benchmarked: the checkout this file is in, installed or not; --baseline sets it to
a temporary worktree of another revision for the baseline's subprocess."""
sys.path.insert(0, str(CHECKOUT))

import collation  # noqa: E402
from event import EventCoverage  # noqa: E402

from qdiff.compare.match import find_renderings  # noqa: E402
from qdiff.compare.reference import SEED_WORDS, PassageIndex  # noqa: E402
from qdiff.config import Config, load_config  # noqa: E402
from qdiff.io.corpus import expand_paths, load_corpus  # noqa: E402
from qdiff.model import Article, Corpus, Passage, Reference, Verdict  # noqa: E402
from qdiff.pipeline.compare import compare, load_reference  # noqa: E402
from qdiff.text import is_marker, sentence_spans, tokenize  # noqa: E402

MB = 1_000_000

# The synthetic corpus.
MEAN_ARTICLE_CHARS = 5_000
"""Articles are 2,000 to 8,000 characters: 4,000 of them make about 20 MB."""
PLANTED_SHARE = 0.25
"""Share of articles that quote the letter (1 to 3 passages each)."""
MUTATED_SHARE = 0.5
"""Share of unrelated sentences changed a little (a word swapped, replaced or dropped)."""
MIN_PLANT_WORDS = 10
"""Only passages this long are planted: an elision must leave a trigram on each side."""
INTROS = (
    "The letter said: ",
    "He wrote: ",
    "In his letter, Duncan Smith wrote: ",
    "The resignation letter reads: ",
    "According to the letter, ",
    "He told the Prime Minister: ",
)
QUOTE_MARKS = (('"', '"'), ("“", "”"))

# How each planted variant must be judged. All four are unambiguous by construction: the change
# is one interior word (omission, substitution) or an interior cut marked by an ellipsis.
PLANTED_VERDICT = {
    "verbatim": Verdict.VERBATIM,
    "word dropped": Verdict.ALTERED,
    "word substituted": Verdict.ALTERED,
    "ellipsis cut": Verdict.TRIMMED,
}
RECALL_FLOOR = 0.99
REFERENCE_ONLY = {"shared": False} if "shared" in inspect.signature(compare).parameters else {}
"""compare() against the reference alone: find + align, without collating shared quotations."""
TRACED_ARTICLES = 1000
"""tracemalloc slows the find stage about 6x: it traces the first 1000 streamed articles (what a
streaming stage keeps does not grow with their number)."""
COLLATE_BUDGET = 300.0
"""Seconds past which a size of the collation series is skipped (projected from its growth)."""
TIMING = "timing "
"""Prefix of the lines a baseline subprocess reports its timings on."""


# ---------------------------------------------------------------------------------- utilities


def peak_rss_mb() -> float:
    """This process's peak resident set size so far (ru_maxrss: kB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / MB if sys.platform == "darwin" else peak * 1024 / MB


def current_rss_mb() -> float | None:
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / MB
    except (OSError, ValueError, IndexError):
        return None


def qdiff_command() -> list[str]:
    """The `qdiff` script installed beside this interpreter (what a user runs), else
    `python -m qdiff` with the checkout on PYTHONPATH: either way, this interpreter and tree."""
    beside = Path(sys.executable).parent / "qdiff"
    if beside.is_file():
        return [str(beside)]
    return [sys.executable, "-m", "qdiff"]


def git_revision() -> str:
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no", "--", "qdiff"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        ).stdout.strip()
    except OSError:
        return "unknown"
    return f"{head}{' + uncommitted changes in qdiff/' if dirty else ''}" if head else "unknown"


def machine_lines() -> list[str]:
    import rapidfuzz

    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 0
    return [
        f"date        {datetime.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}",
        f"machine     {platform.system()} {platform.release()} {platform.machine()}, "
        f"{os.cpu_count()} CPUs ({usable} usable)",
        f"python      {platform.python_implementation()} {platform.python_version()}",
        f"rapidfuzz   {rapidfuzz.__version__}",
        f"qdiff       {git_revision()}",
    ]


def table(headers: list[str], rows: list[list[str]], indent: str = "  ") -> str:
    widths = [max(len(str(c)) for c in col) for col in zip(headers, *rows, strict=True)]
    lines = []
    for n, row in enumerate([headers, *rows]):
        cells = [
            str(c).ljust(w) if k == 0 else str(c).rjust(w)
            for k, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append(indent + "  ".join(cells).rstrip())
        if n == 0:
            lines.append(indent + "  ".join("-" * w for w in widths))
    return "\n".join(lines)


# ------------------------------------------------------------------------ 1. seeds, end to end


def bench_seeds(config: Config, runs_cli: int = 5, runs_inproc: int = 20) -> list[list[str]]:
    corpus = load_corpus(expand_paths(config.corpus, config.base_dir), config.labels)
    size = sum(len(a.text.encode()) for a in corpus.articles)
    rows = []
    command = qdiff_command()
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)
    env = {**os.environ, "COLUMNS": "100", "PYTHONPATH": path}
    for args in (["compare", "--no-color"], ["compare", "--format", "json"]):
        times, codes = [], set()
        for _ in range(runs_cli):
            start = time.perf_counter()
            done = subprocess.run(
                [*command, *args],
                cwd=ROOT,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=env,
            )
            times.append(time.perf_counter() - start)
            codes.add(done.returncode)
        note = f"exit {','.join(map(str, sorted(codes)))}"
        rows.append(
            [
                f"{Path(command[-1]).name} {' '.join(args)}",
                "subprocess",
                f"median of {runs_cli}",
                ms(times),
                note,
            ]
        )
    times = []
    report = None
    for _ in range(runs_inproc):
        start = time.perf_counter()
        report = compare(config, corpus)
        times.append(time.perf_counter() - start)
    assert report is not None
    note = f"{len(corpus.articles)} articles, {size / 1000:.1f} kB, {len(report.findings)} found"
    rows.append(
        ["compare(config, corpus)", "in-process", f"median of {runs_inproc}", ms(times), note]
    )
    return rows


def ms(times: list[float]) -> str:
    return f"{statistics.median(times) * 1000:.1f} ms"


# ------------------------------------------------------------------------ 2. synthetic corpus


@dataclass(frozen=True, slots=True)
class Plant:
    article_id: str
    passage_id: str
    variant: str
    start: int
    end: int


@dataclass(slots=True)
class Generator:
    """Deterministic articles made of the seeds' own sentences, some quoting the letter."""

    reference: Reference
    seed: int
    sentences: list[tuple[str, tuple[tuple[int, int], ...]]]
    """Seed sentences from outside the letter, each with its words' offsets."""
    vocabulary: list[str]
    passages: list[Passage]
    plants: list[Plant] = field(default_factory=list)
    seconds: float = 0.0
    """Time spent generating, so a consumer's own time can be told apart."""
    chars: int = 0
    bytes: int = 0

    @classmethod
    def from_seeds(cls, config: Config, reference: Reference, seed: int) -> Generator:
        corpus = load_corpus(expand_paths(config.corpus, config.base_dir), config.labels)
        index = PassageIndex(reference.passages)
        sentences, vocabulary = [], set()
        for article in corpus.articles:
            text = article.text
            for token in tokenize(text):
                if token.text.isalpha() and len(token.text) >= 3:
                    vocabulary.add(token.text)
            for span in sentence_spans(text):
                if article.id == reference.article_id and reference.span.overlaps(span):
                    continue  # the letter itself
                sentence = text[span.start : span.end]
                words = [t for t in tokenize(sentence) if not is_marker(t)]
                keys = [w.key for w in words]
                trigrams = zip(keys, keys[1:], keys[2:], strict=False)
                if len(keys) >= SEED_WORDS and not any(k in index.seeds for k in trigrams):
                    # shares vocabulary, but no trigram, with the letter
                    sentences.append((sentence, tuple((w.start, w.end) for w in words)))
        passages = [
            p
            for p in reference.passages
            if sum(1 for t in p.tokens if not is_marker(t)) >= MIN_PLANT_WORDS
            and not any(mark in p.text for mark in "\"“”'‘")
        ]
        return cls(reference, seed, sentences, sorted(vocabulary), passages)

    def articles(self, count: int) -> Iterator[Article]:
        """Yield `count` articles one by one, recording planted renderings as they go."""
        rng = random.Random(self.seed)
        self.plants.clear()
        self.seconds, self.chars, self.bytes = 0.0, 0, 0
        for n in range(count):
            start = time.perf_counter()
            article = self._article(rng, f"synthetic-{n:06d}")
            self.chars += len(article.text)
            self.bytes += len(article.text.encode())
            self.seconds += time.perf_counter() - start
            yield article

    def _article(self, rng: random.Random, article_id: str) -> Article:
        target = rng.randint(2 * MEAN_ARTICLE_CHARS // 5, 8 * MEAN_ARTICLE_CHARS // 5)
        paragraphs: list[str] = []
        size = 0
        while size < target:
            paragraph = " ".join(self._sentence(rng) for _ in range(rng.randint(1, 4)))
            paragraphs.append(paragraph)
            size += len(paragraph) + 1
        planted: list[tuple[int, str, Passage, str]] = []
        if rng.random() < PLANTED_SHARE:
            for passage in rng.sample(self.passages, rng.randint(1, 3)):
                variant = rng.choice(list(PLANTED_VERDICT))
                where = rng.randint(0, len(paragraphs))
                planted.append((where, variant, passage, self._render(rng, passage, variant)))
        # Assemble, noting where each planted rendering lands.
        inserts: dict[int, list[tuple[str, Passage, str]]] = {}
        for where, variant, passage, rendering in planted:
            inserts.setdefault(where, []).append((variant, passage, rendering))
        parts: list[str] = []
        offset = 0
        for k in range(len(paragraphs) + 1):
            for variant, passage, rendering in inserts.get(k, ()):
                opening, closing = rng.choice(QUOTE_MARKS)
                head = rng.choice(INTROS) + opening
                start = offset + len(head)
                self.plants.append(
                    Plant(article_id, passage.id, variant, start, start + len(rendering))
                )
                part = head + rendering + closing
                parts.append(part)
                offset += len(part) + 1
            if k < len(paragraphs):
                parts.append(paragraphs[k])
                offset += len(paragraphs[k]) + 1
        text = "\n".join(parts) + "\n"
        return Article(id=article_id, label=article_id, path=f"<bench>/{article_id}", text=text)

    def _sentence(self, rng: random.Random) -> str:
        """A seed sentence from outside the letter, lightly changed half the time."""
        sentence, words = rng.choice(self.sentences)
        if rng.random() >= MUTATED_SHARE or len(words) < 4:
            return sentence
        k = rng.randrange(1, len(words) - 1)
        (a_start, a_end), (b_start, b_end) = words[k], words[k + 1]
        action = rng.random()
        if action < 0.4:  # two neighbours swapped
            return (
                sentence[:a_start]
                + sentence[b_start:b_end]
                + sentence[a_end:b_start]
                + sentence[a_start:a_end]
                + sentence[b_end:]
            )
        if action < 0.8:  # a word replaced by any word of the seeds (the letter's included)
            return sentence[:a_start] + rng.choice(self.vocabulary) + sentence[a_end:]
        return sentence[:a_start] + sentence[b_start:]  # a word dropped

    def _render(self, rng: random.Random, passage: Passage, variant: str) -> str:
        """The passage as an outlet might quote it: verbatim or with one planted change."""
        base = 0  # a passage's tokens are offsets into its own text
        text = passage.text
        words = [t for t in passage.tokens if not is_marker(t)]
        keys = [w.key for w in words]

        def at(k: int) -> int:
            return words[k].start - base

        if variant == "verbatim":
            return text
        if variant == "word dropped":
            choices = [
                k
                for k in range(1, len(words) - 1)
                if keys[k] not in (keys[k - 1], keys[k + 1])
                and text[words[k].end - base : at(k + 1)] == " "
            ]
            k = rng.choice(choices)
            return text[: at(k)] + text[at(k + 1) :]
        if variant == "word substituted":
            k = rng.randrange(1, len(words) - 1)
            used = set(keys)
            while True:
                word = rng.choice(self.vocabulary)
                if word.casefold() not in used and word.islower() and len(word) >= 4:
                    break
            return text[: at(k)] + word + text[words[k].end - base :]
        # ellipsis cut: 2 to 6 interior words, at least SEED_WORDS kept on each side
        length = rng.randint(2, min(6, len(words) - 2 * SEED_WORDS))
        k = rng.randint(SEED_WORDS, len(words) - SEED_WORDS - length)
        return text[: at(k)] + "... " + text[at(k + length) :]


@dataclass(slots=True)
class Recall:
    planted: int = 0
    found: int = 0
    verdict_ok: int = 0
    by_variant: Counter = field(default_factory=Counter)
    found_by_variant: Counter = field(default_factory=Counter)
    verdict_by_variant: Counter = field(default_factory=Counter)
    wrong: Counter = field(default_factory=Counter)
    unplanted: int = 0

    @property
    def rate(self) -> float:
        return self.found / self.planted if self.planted else 1.0

    @property
    def verdict_rate(self) -> float:
        return self.verdict_ok / self.planted if self.planted else 1.0


Found = tuple[str, str, int, int, "Verdict | None"]
"""A found rendering: article id, passage id, span start and end, verdict (None: not judged)."""


def check_recall(plants: list[Plant], found: list[Found]) -> Recall:
    """Match each planted rendering to a found one: same article and passage, spans overlapping."""
    by_key: dict[tuple[str, str], list[tuple[int, int, Verdict | None]]] = {}
    for article_id, passage_id, start, end, verdict in found:
        by_key.setdefault((article_id, passage_id), []).append((start, end, verdict))
    recall = Recall()
    matched_found: set[tuple[str, str, int, int]] = set()
    for plant in plants:
        recall.planted += 1
        recall.by_variant[plant.variant] += 1
        hits = [
            (s, e, v)
            for s, e, v in by_key.get((plant.article_id, plant.passage_id), ())
            if s < plant.end and plant.start < e
        ]
        if not hits:
            continue
        recall.found += 1
        recall.found_by_variant[plant.variant] += 1
        for s, e, _ in hits:
            matched_found.add((plant.article_id, plant.passage_id, s, e))
        verdicts = {v for _, _, v in hits}
        if None in verdicts or PLANTED_VERDICT[plant.variant] in verdicts:
            recall.verdict_ok += 1
            recall.verdict_by_variant[plant.variant] += 1
        else:
            recall.wrong[(plant.variant, ",".join(sorted(v.value for v in verdicts)))] += 1
    recall.unplanted = len({(a, p, s, e) for a, p, s, e, _ in found} - matched_found)
    return recall


def streamed_find(
    gen: Generator, count: int, reference: Reference, config: Config, traced: bool
) -> tuple[float, int, list[tuple[str, str, int, int, None]], float]:
    """find_renderings over a generator: (seconds in find, renderings, found, tracemalloc peak)."""
    index = PassageIndex(reference.passages)
    found: list[tuple[str, str, int, int, None]] = []
    gc.collect()
    if traced:
        tracemalloc.start()
        tracemalloc.reset_peak()
    start = time.perf_counter()
    for r in find_renderings(reference, gen.articles(count), config.min_words, index):
        found.append((r.article_id, r.passage_id, r.span.start, r.span.end, None))
    wall = time.perf_counter() - start
    peak = 0.0
    if traced:
        peak = tracemalloc.get_traced_memory()[1] / MB
        tracemalloc.stop()
    return wall - gen.seconds, len(found), found, peak


# ------------------------------------------------------------------------------ 2b. collation


def bench_collation(
    config: Config, reference: Reference, gen: Generator, args: argparse.Namespace
) -> None:
    """The collation series for this checkout and, with --baseline, for another revision run in
    a subprocess from a temporary git worktree, one after the other in this run."""
    words = [w for w in gen.vocabulary if w.islower() and len(w) >= 4]
    coverage = EventCoverage(gen.passages, [text for text, _ in gen.sentences], words, args.seed)
    baseline = _baseline_rows(args) if args.baseline and not args.emit else []
    timings = collation.collation_series(
        config,
        coverage,
        lambda n: tuple(gen.articles(n)),
        args.budget,
        [int(n) for n in args.outlets.split(",")],
        [int(n) for n in args.corpus_sizes.split(",")],
    )
    if args.emit:
        for t in timings:
            print(TIMING + json.dumps(dataclasses.asdict(t)))
        return
    rows = baseline + collation.rows(timings, "this checkout")
    print(table(collation.HEADERS, rows))
    print(
        "  ratio: CPU time over the previous size's; per doubling: that ratio per doubling of the"
        "\n  size (x2.0 linear, x4.0 quadratic). CPU time, since other processes share the cores;"
        f"\n  a size projected past {args.budget:.0f} CPU s is skipped"
    )


def _baseline_rows(args: argparse.Namespace) -> list[list[str]]:
    with tempfile.TemporaryDirectory(prefix="qdiff-baseline-") as scratch:
        worktree = Path(scratch) / "qdiff"
        subprocess.run(
            ["git", "worktree", "add", "--detach", "--quiet", str(worktree), args.baseline],
            cwd=ROOT,
            check=True,
        )
        try:
            done = subprocess.run(
                [
                    *(sys.executable, str(Path(__file__).resolve()), "--stage", "collate"),
                    *("--emit", "--seed", str(args.seed), "--budget", str(args.budget)),
                    *("--outlets", args.outlets, "--corpus-sizes", args.corpus_sizes),
                ],
                env={**os.environ, "QDIFF_BENCH_CHECKOUT": str(worktree)},
                capture_output=True,
                text=True,
                check=False,
            )
        finally:
            subprocess.run(
                ["git", "worktree", "remove", "--force", str(worktree)], cwd=ROOT, check=False
            )
    if done.returncode != 0:
        raise SystemExit(f"the baseline run failed:\n{done.stderr}")
    timings = [
        collation.Timing(**json.loads(line[len(TIMING) :]))
        for line in done.stdout.splitlines()
        if line.startswith(TIMING)
    ]
    return collation.rows(timings, f"{args.baseline} (baseline)")


# ------------------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=4000, help="synthetic articles (4000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed of the corpus (1)")
    parser.add_argument(
        "--stage",
        choices=("all", "find", "collate"),
        default="all",
        help="'find': only the streamed find pass (for profiling); 'collate': the collation series",
    )
    parser.add_argument(
        "--baseline",
        metavar="REV",
        help="also run the collation series on git revision REV (e.g. main), in the same run",
    )
    parser.add_argument(
        "--budget",
        type=float,
        default=COLLATE_BUDGET,
        help=f"seconds past which a collation size is skipped ({COLLATE_BUDGET:.0f})",
    )
    parser.add_argument(
        "--outlets",
        default=",".join(map(str, collation.EVENT_OUTLETS)),
        help="collation series: outlets covering one event (10,100,1000)",
    )
    parser.add_argument(
        "--corpus-sizes",
        default=",".join(map(str, collation.CORPUS_ARTICLES)),
        help="collation series: synthetic articles, with and without the shared step (1000,10000)",
    )
    parser.add_argument("--emit", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    config = load_config(ROOT / "config.yaml")
    reference, _ = load_reference(config, Corpus(articles=()))
    if reference is None:
        print("config.yaml names no reference: nothing to benchmark", file=sys.stderr)
        return 2
    gen = Generator.from_seeds(config, reference, args.seed)

    if args.stage == "collate":
        if not args.emit:
            print("qdiff benchmark: collation")
            print("\n".join("  " + line for line in machine_lines()))
        bench_collation(config, reference, gen, args)
        return 0

    if args.stage == "find":
        seconds, count, found, _ = streamed_find(gen, args.articles, reference, config, False)
        recall = check_recall(gen.plants, found)
        print(
            f"find: {args.articles} articles, {gen.bytes / MB:.1f} MB in {seconds:.2f} s "
            f"({gen.bytes / MB / seconds:.2f} MB/s), {count} renderings, "
            f"recall {recall.found}/{recall.planted}"
        )
        return 0 if recall.rate >= RECALL_FLOOR else 1

    print("qdiff benchmark")
    print("\n".join("  " + line for line in machine_lines()))

    print("\n[1] qdiff compare on the seeds (config.yaml), end to end")
    seed_rows = bench_seeds(config)
    print(table(["what", "how", "runs", "time", "note"], seed_rows))

    # [2]+[3], streamed: the find stage with articles generated one at a time.
    rss_start = peak_rss_mb()
    seconds_find, n_find, found_find, _ = streamed_find(
        gen, args.articles, reference, config, False
    )
    rss_find = peak_rss_mb()
    gen_seconds, total_bytes, plants = gen.seconds, gen.bytes, list(gen.plants)
    start = time.perf_counter()
    traced_count = min(args.articles, TRACED_ARTICLES)
    _, _, _, traced_peak = streamed_find(gen, traced_count, reference, config, True)
    seconds_traced = time.perf_counter() - start
    recall_find = check_recall(plants, found_find)
    del found_find

    # [2]+[3], held: the whole compare needs the corpus as a tuple.
    articles = tuple(gen.articles(args.articles))
    corpus = Corpus(articles=articles)
    held_mb = sum(sys.getsizeof(a.text) for a in articles) / MB
    gc.collect()
    start = time.perf_counter()
    report = compare(config, corpus, **REFERENCE_ONLY)
    seconds_compare = time.perf_counter() - start
    rss_compare = peak_rss_mb()
    found_compare = [
        (
            f.rendering.article_id,
            f.rendering.passage_id,
            f.rendering.span.start,
            f.rendering.span.end,
            f.verdict,
        )
        for f in report.findings
        if f.rendering.article_id != reference.article_id
    ]
    recall = check_recall(plants, found_compare)
    planted_articles = len({p.article_id for p in plants})

    mb = total_bytes / MB
    print(
        f"\n[2] throughput, single process, on a synthetic corpus (--seed {args.seed}):\n"
        f"  {args.articles} articles, {mb:.1f} MB of UTF-8, {planted_articles} of them quoting "
        f"the letter ({len(plants)} planted renderings); generated at {mb / gen_seconds:.1f} MB/s"
    )
    print(
        table(
            ["stage", "articles", "MB", "seconds", "MB/s", "renderings"],
            [
                [
                    "find_renderings (streamed)",
                    str(args.articles),
                    f"{mb:.1f}",
                    f"{seconds_find:.2f}",
                    f"{mb / seconds_find:.2f}",
                    str(n_find),
                ],
                [
                    "compare(shared=False): find + align",
                    str(len(report.articles)),
                    f"{mb:.1f}",
                    f"{seconds_compare:.2f}",
                    f"{mb / seconds_compare:.2f}",
                    str(len(report.findings)),
                ],
                [
                    "align + speakers (compare - find)",
                    "",
                    "",
                    f"{seconds_compare - seconds_find:.2f}",
                    "",
                    "",
                ],
            ],
        )
    )
    rows = []
    for variant in PLANTED_VERDICT:
        rows.append(
            [
                variant,
                PLANTED_VERDICT[variant].value,
                str(recall.by_variant[variant]),
                str(recall_find.found_by_variant[variant]),
                str(recall.verdict_by_variant[variant]),
            ]
        )
    rows.append(
        [
            "all",
            "",
            str(recall.planted),
            f"{recall_find.found} ({recall_find.rate:.3f})",
            f"{recall.verdict_ok} ({recall.verdict_rate:.3f})",
        ]
    )
    print("\n  recall: planted renderings found by find_renderings, and judged as planted")
    print(table(["planted as", "verdict", "planted", "found", "found, verdict as planted"], rows))
    print(f"  renderings found that were not planted: {recall_find.unplanted} (find)")
    for (variant, got), n in recall.wrong.most_common(5):
        print(f"  judged differently: {n} x {variant} -> {got}")

    print("\n[2b] collation: one event's coverage, and the corpus with the shared step")
    bench_collation(config, reference, gen, args)

    print("\n[3] memory (this process)")
    rss_now = current_rss_mb()
    print(
        table(
            ["measure", "MB"],
            [
                ["peak RSS before the synthetic runs", f"{rss_start:.1f}"],
                ["peak RSS after streamed find_renderings", f"{rss_find:.1f}"],
                [
                    f"tracemalloc peak, streamed find ({traced_count} articles)",
                    f"{traced_peak:.2f}",
                ],
                ["corpus held for compare: the article strs", f"{held_mb:.1f}"],
                ["peak RSS after compare (corpus held as a tuple)", f"{rss_compare:.1f}"],
                ["current RSS at the end", f"{rss_now:.1f}" if rss_now else "n/a"],
            ],
        )
    )

    print(
        f"  (the tracemalloc pass took {seconds_traced:.1f} s; its peak includes the "
        f"renderings found, which the benchmark keeps for the recall check)"
    )

    ok = recall_find.rate >= RECALL_FLOOR and recall.verdict_rate >= RECALL_FLOOR
    print(
        f"\nsanity: recall {recall_find.rate:.3f}, verdict as planted {recall.verdict_rate:.3f} "
        f"(floor {RECALL_FLOOR}): {'ok' if ok else 'FAILED'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
