#!/usr/bin/env python
"""Score qdiff against the hand-checked gold of tests/eval (see tests/eval/README.md).

    python tests/eval/score.py [SET_OR_EVENT_DIRS...] [--json OUT] [--details]

Each event folder holds `gold.yaml` and its `NN_outlet.txt` articles (tests/eval/FORMAT.md). qdiff
runs in-process through its command line (typer's CliRunner), with a config written to a
temporary directory; nothing is ever written under tests/eval.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
MIN_WORDS = 6  # gold renderings shorter than this are not scored (qdiff's min_words)
MISQUOTE_MIN_WORDS = 8
MISQUOTES_PER_EVENT = 3
REPLACEMENTS = ("never", "always", "certainly", "rarely")
HONORIFICS = {"mr", "mrs", "ms", "dr", "sir"}
NAME_SUFFIXES = {"jr", "sr", "ii", "iii"}

_WORD = re.compile(r"\w+(?:['’\-]\w+)*")
# a word of 4+ letters standing alone (not part of "body's" or "self-imposed")
_REPLACEABLE = re.compile(r"(?<![\w'’\-])[^\W\d_]{4,}(?![\w'’\-])")

Span = tuple[int, int]


# ── gold matching helpers ────────────────────────────────────────────────────────────────────


def read_article(path: Path) -> str:
    """The article as qdiff reads it: UTF-8, a BOM removed, line ends untouched."""
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    return data.decode("utf-8")


def find_spans(article: str, text: str) -> list[Span]:
    """Every occurrence of `text` in `article` as [start, end) spans, in order."""
    spans: list[Span] = []
    if not text:
        return spans
    i = article.find(text)
    while i >= 0:
        spans.append((i, i + len(text)))
        i = article.find(text, i + 1)
    return spans


def find_span(article: str, text: str) -> Span | None:
    """The first occurrence of `text` in `article`, or None."""
    spans = find_spans(article, text)
    return spans[0] if spans else None


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def overlaps_enough(a: Span, b: Span) -> bool:
    """The spans share at least half of the shorter one."""
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shorter > 0 and 2 * overlap(a, b) >= shorter


def line_of(article: str, offset: int) -> int:
    """1-based line of a character offset."""
    return article.count("\n", 0, offset) + 1


def offset_of(article: str, line: int, column: int) -> int:
    """Character offset of a 1-based line and column."""
    start = 0
    for _ in range(line - 1):
        nl = article.find("\n", start)
        if nl < 0:
            break
        start = nl + 1
    return start + column - 1


def _name_words(name: str | None) -> list[str]:
    if name is None:
        return []
    folded = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    words = [w for w in re.findall(r"[^\W_]+(?:['’\-][^\W_]+)*", folded)]
    while words and words[0] in HONORIFICS:
        words = words[1:]
    while words and words[-1] in NAME_SUFFIXES:
        words = words[:-1]
    return words


MIN_SHORT_FIRST_NAME = 3  # "Seb" for "Sebastian"; "Al" is too short to be sure of


def _short_first_name(a: str, b: str) -> bool:
    """One first name is the other or its short form written as its opening letters (Steve and
    Steven, Seb and Sebastian)."""
    short, full = sorted((a, b), key=len)
    return len(short) >= MIN_SHORT_FIRST_NAME and full.startswith(short)


def _initials_only(words: list[str]) -> bool:
    return all(len(w) == 1 for w in words)


def _same_full_name(wa: list[str], wb: list[str]) -> bool:
    """Two names of 2+ words with the same last name, first names equal or one the other's
    short form, and middle names equal or one side's only middle initials dropped (Robert S.
    Adler and Robert Adler)."""
    if len(wa) < 2 or len(wb) < 2 or wa[-1] != wb[-1]:
        return False
    if not _short_first_name(wa[0], wb[0]):
        return False
    middle_a, middle_b = wa[1:-1], wb[1:-1]
    if middle_a == middle_b:
        return True
    if not middle_a:
        return _initials_only(middle_b)
    return not middle_b and _initials_only(middle_a)


def same_person(a: str | None, b: str | None) -> bool:
    """Both name the same person: equal after case folding, accents and honorifics (Mr, Mrs,
    Ms, Dr, Sir) removed; one is a single word equal to the other's last word (Klopp and
    Jurgen Klopp); or both are full names written differently (_same_full_name)."""
    wa, wb = _name_words(a), _name_words(b)
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    if len(wa) == 1 and wa[0] == wb[-1]:
        return True
    if len(wb) == 1 and wb[0] == wa[-1]:
        return True
    return _same_full_name(wa, wb)


def gold_speaker(rendering: dict[str, Any], quotation: dict[str, Any]) -> str | None:
    """The rendering's speaker, else the quotation's; "unknown" counts as None."""
    name = rendering.get("speaker")
    if name is None or not str(name).strip():
        name = quotation.get("speaker")
    if name is None or str(name).strip().casefold() in ("", "unknown"):
        return None
    return str(name)


def speaker_names(gold: str) -> list[str]:
    """The names a gold speaker stands for: itself, and for a group written with its members in
    parentheses ("Bruce Willis's family (Emma Heming Willis, Demi Moore, ...)") each member."""
    names = [gold]
    m = re.search(r"\(([^)]*)\)", gold)
    if m:
        names.append(gold[: m.start()].strip())
        names.extend(n.strip() for n in re.split(r",|\band\b|&", m.group(1)) if n.strip())
    return names


def speaker_outcome(gold: str | None, qdiff: str | None) -> str:
    """right, wrong or unknown (qdiff says nobody while gold names someone)."""
    if qdiff is None or not _name_words(qdiff):
        return "right" if gold is None else "unknown"
    if gold is None:
        return "wrong"
    return "right" if any(same_person(n, qdiff) for n in speaker_names(gold)) else "wrong"


def mutate(article: str, span: Span) -> tuple[str, int, str, str] | None:
    """The article with one word of 4+ letters near the middle of `span` replaced by a real word
    from REPLACEMENTS (the first that differs from it, case kept). Returns (new article, offset of
    the changed word, old word, new word), or None when the span has no replaceable word."""
    text = article[span[0] : span[1]]
    words = [m for m in _REPLACEABLE.finditer(text)]
    all_words = list(_WORD.finditer(text))
    if not words or len(all_words) < 3:
        return None
    first, last = all_words[0].start(), all_words[-1].start()
    inner = [m for m in words if first < m.start() < last] or words
    middle = len(text) / 2
    best = min(inner, key=lambda m: (abs((m.start() + m.end()) / 2 - middle), m.start()))
    old = best.group()
    new = next(r for r in REPLACEMENTS if r != old.casefold())
    if old[:1].isupper():
        new = new.capitalize()
    at = span[0] + best.start()
    return article[:at] + new + article[at + len(old) :], at, old, new


def _first_words(text: str, n: int = 8) -> str:
    words = text.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


# ── running qdiff ────────────────────────────────────────────────────────────────────────────


@dataclass
class Run:
    exit_code: int
    stdout: str
    error: str | None = None

    def json(self) -> dict[str, Any] | None:
        try:
            doc = json.loads(self.stdout)
        except ValueError:
            return None
        return doc if isinstance(doc, dict) else None


def run_qdiff(args: Sequence[str]) -> Run:
    from typer.testing import CliRunner

    from qdiff.cli import app

    result = CliRunner().invoke(app, list(args))
    error = None
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        error = f"{type(result.exception).__name__}: {result.exception}"
    return Run(result.exit_code, result.stdout, error)


def write_config(directory: Path, articles: Iterable[Path]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    paths = [str(Path(p).resolve()) for p in articles]
    config = {
        "corpus": paths,
        "labels": {Path(p).stem: Path(p).stem for p in paths},
        "min_words": MIN_WORDS,
        "check": {"fail_on": ["altered"], "warn_on": ["trimmed"]},
    }
    path = directory / "config.yaml"
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return path


# ── the event ────────────────────────────────────────────────────────────────────────────────


@dataclass
class GoldRendering:
    qid: str
    index: int  # position among the quotation's renderings
    article: str
    text: str
    quoted: bool
    verdict: str
    speaker: str | None  # resolved: rendering's, else quotation's; None for nobody/unknown
    spans: list[Span] = field(default_factory=list)  # candidate spans in the article

    @property
    def scored(self) -> bool:
        return self.quoted and word_count(self.text) >= MIN_WORDS


@dataclass
class Event:
    path: Path
    gold: dict[str, Any]
    articles: dict[str, Path]  # stem -> path
    texts: dict[str, str]
    renderings: list[GoldRendering]
    gold_errors: list[str]

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def set_name(self) -> str:
        return self.path.parent.name


def load_event(path: Path) -> Event:
    path = path.resolve()
    gold = yaml.safe_load((path / "gold.yaml").read_text(encoding="utf-8")) or {}
    articles = {p.stem: p for p in sorted(path.glob("*.txt"))}
    texts = {stem: read_article(p) for stem, p in articles.items()}
    errors: list[str] = []
    renderings: list[GoldRendering] = []
    for q in gold.get("quotations") or []:
        for i, r in enumerate(q.get("renderings") or []):
            renderings.append(
                GoldRendering(
                    qid=str(q.get("id")),
                    index=i,
                    article=str(r.get("article")),
                    text=str(r.get("text") or ""),
                    quoted=bool(r.get("quoted")),
                    verdict=str(r.get("verdict")),
                    speaker=gold_speaker(r, q),
                )
            )
    # Locate every gold rendering. When an article holds the same text as often as the gold
    # lists it, the k-th rendering is the k-th occurrence; otherwise any occurrence may match.
    groups: dict[tuple[str, str], list[GoldRendering]] = {}
    for g in renderings:
        groups.setdefault((g.article, g.text), []).append(g)
    for (article, text), members in groups.items():
        if article not in texts:
            errors.append(f"rendering in unknown article {article!r} ({members[0].qid})")
            continue
        spans = find_spans(texts[article], text)
        if not spans:
            errors.append(f"{members[0].qid}: text not in {article}: {_first_words(text)!r}")
            continue
        for k, g in enumerate(members):
            g.spans = [spans[k]] if len(spans) == len(members) else list(spans)
    return Event(path, gold, articles, texts, renderings, errors)


# ── 1. renderings ────────────────────────────────────────────────────────────────────────────


def _qdiff_renderings(compare: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for p in compare.get("passages") or []:
        for r in p.get("renderings") or []:
            out.append({**r, "passage": p.get("id")})
    return out


def _best_match(g: GoldRendering, candidates: list[dict[str, Any]]) -> dict[str, Any] | None:
    best: tuple[tuple[int, int, int], dict[str, Any]] | None = None
    for r in candidates:
        if r.get("article") != g.article:
            continue
        rs = (int(r["start"]), int(r["end"]))
        for s in g.spans:
            if not overlaps_enough(s, rs):
                continue
            key = (
                overlap(s, rs),
                int(bool(r.get("quoted")) == g.quoted),
                -abs((rs[1] - rs[0]) - (s[1] - s[0])),
            )
            if best is None or key > best[0]:
                best = (key, r)
    return best[1] if best else None


def score_renderings(event: Event, compare: dict[str, Any]) -> dict[str, Any]:
    ours = _qdiff_renderings(compare)
    found = verdict_right = 0
    speakers = {"right": 0, "wrong": 0, "unknown": 0}
    missed: list[dict[str, Any]] = []
    verdicts: list[dict[str, Any]] = []
    wrong_speakers: list[dict[str, Any]] = []
    unknown_speakers: list[dict[str, Any]] = []
    scored = [g for g in event.renderings if g.scored and g.spans]
    for g in scored:
        text = event.texts[g.article]
        where = {"quotation": g.qid, "article": g.article, "line": line_of(text, g.spans[0][0])}
        r = _best_match(g, ours)
        if r is None:
            missed.append({**where, "text": _first_words(g.text, 12), "gold_verdict": g.verdict})
            continue
        found += 1
        if r.get("verdict") == g.verdict:
            verdict_right += 1
        else:
            verdicts.append(
                {
                    **where,
                    "gold": g.verdict,
                    "qdiff": r.get("verdict"),
                    "text": _first_words(g.text, 12),
                    "edits": [
                        f"{e.get('kind')}: {e.get('reference')!r} -> {e.get('rendering')!r}"
                        for e in r.get("edits") or []
                    ],
                }
            )
        outcome = speaker_outcome(g.speaker, r.get("speaker"))
        speakers[outcome] += 1
        entry = {**where, "gold": g.speaker, "qdiff": r.get("speaker")}
        if outcome == "wrong":
            wrong_speakers.append(entry)
        elif outcome == "unknown":
            unknown_speakers.append(entry)

    # qdiff renderings of shared passages that no gold quotation accounts for
    all_gold = [g for g in event.renderings if g.spans]

    def touches(r: dict[str, Any], enough: bool) -> bool:
        rs = (int(r["start"]), int(r["end"]))
        test = overlaps_enough if enough else (lambda a, b: overlap(a, b) > 0)
        return any(
            g.article == r.get("article") and any(test(s, rs) for s in g.spans) for g in all_gold
        )

    unmatched: list[dict[str, Any]] = []
    for p in compare.get("passages") or []:
        rs = p.get("renderings") or []
        if len({r.get("article") for r in rs}) < 2 or any(touches(r, True) for r in rs):
            continue
        for r in rs:
            if not touches(r, False):
                unmatched.append(
                    {
                        "article": r.get("article"),
                        "line": r.get("line"),
                        "quoted": r.get("quoted"),
                        "passage": p.get("id"),
                        "text": _first_words(str(r.get("text", ""))),
                    }
                )
    return {
        "total": len(scored),
        "found": found,
        "verdict_right": verdict_right,
        "speaker_right": speakers["right"],
        "speaker_wrong": speakers["wrong"],
        "speaker_unknown": speakers["unknown"],
        "unmatched": len(unmatched),
        "unmatched_quoted": sum(1 for u in unmatched if u["quoted"]),
        "details": {
            "missed": missed,
            "verdicts_differ": verdicts,
            "speakers_wrong": wrong_speakers,
            "speakers_unknown": unknown_speakers,
            "unmatched": unmatched,
        },
    }


# ── 2. check ─────────────────────────────────────────────────────────────────────────────────


def gold_check_outcome(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip().casefold() or None
    if isinstance(value, dict) and value.get("outcome") is not None:
        return str(value["outcome"]).strip().casefold()
    return None


def check_outcome(run: Run) -> str:
    if run.error is None and run.exit_code == 1:
        return "fail"
    if run.error is None and run.exit_code == 0:
        return "pass"
    return "error"


def _findings_at(doc: dict[str, Any] | None, outcome: str = "fail") -> list[dict[str, Any]]:
    if doc is None:
        return []
    return [r for r in doc.get("renderings") or [] if r.get("outcome") == outcome]


def finding_span(text: str, finding: dict[str, Any]) -> Span | None:
    """A check finding's [start, end) in its article, from its first word's line and column to
    its last character's."""
    try:
        start = offset_of(text, int(finding["line"]), int(finding["column"]))
        end = offset_of(text, int(finding["end_line"]), int(finding["end_column"])) + 1
    except (KeyError, TypeError, ValueError):
        return None
    return start, end


def _gold_quotations_at(event: Event, article: str, finding: dict[str, Any]) -> list[str]:
    """The gold quotations whose renderings in `article` the check finding overlaps."""
    span = finding_span(event.texts.get(article, ""), finding)
    if span is None:
        return []
    start, end = span
    ids = []
    for g in event.renderings:
        hit = g.article == article and any(overlaps_enough(s, (start, end)) for s in g.spans)
        if hit and g.qid not in ids:
            ids.append(g.qid)
    return ids


def score_check(event: Event, runs: dict[str, Run]) -> dict[str, Any]:
    gold_check = event.gold.get("check") or {}
    tp = fp = fn = tn = 0
    differ: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    unannotated: list[str] = []
    right_reason = 0
    for stem, run in runs.items():
        outcome = check_outcome(run)
        gold = gold_check_outcome(gold_check.get(stem))
        if outcome == "error":
            errors.append(
                {
                    "article": stem,
                    "exit_code": run.exit_code,
                    "error": run.error or run.stdout[:300],
                }
            )
            continue
        if gold not in ("pass", "fail"):
            unannotated.append(stem)
            continue
        failing = _findings_at(run.json())
        found: list[dict[str, Any]] = [
            {
                "line": f.get("line"),
                "verdict": f.get("verdict"),
                "text": _first_words(str(f.get("text", ""))),
                "gold_quotations": _gold_quotations_at(event, stem, f),
                "edits": [
                    f"{e.get('kind')}: {e.get('reference')!r} -> {e.get('rendering')!r}"
                    for e in f.get("edits") or []
                ],
            }
            for f in failing
        ]
        entry = gold_check.get(stem)
        because: list[str] = []
        if gold == "fail" and isinstance(entry, dict):
            because = [str(q) for q in entry.get("because") or []]
        if gold == "fail" and outcome == "fail":
            tp += 1
            failed: set[str] = {q for f in found for q in f["gold_quotations"]}
            if set(because) & failed:
                right_reason += 1
        elif gold == "pass" and outcome == "fail":
            fp += 1
        elif gold == "fail" and outcome == "pass":
            fn += 1
        else:
            tn += 1
        if gold != outcome:
            differ.append(
                {
                    "article": stem,
                    "gold": gold,
                    "qdiff": outcome,
                    "gold_because": because or None,
                    "qdiff_failures": found,
                }
            )
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "errors": len(errors),
        "tp_right_reason": right_reason,
        "details": {"differ": differ, "errors": errors, "unannotated": unannotated},
    }


# ── 3. hand-made misquotes ───────────────────────────────────────────────────────────────────


def misquote_candidates(event: Event) -> list[GoldRendering]:
    """Up to MISQUOTES_PER_EVENT quoted verbatim gold renderings of 8+ words, each located at
    one place: round-robin over the quotations in gold order, so they spread over quotations."""
    by_q: dict[str, list[GoldRendering]] = {}
    for g in event.renderings:
        if (
            g.quoted
            and g.verdict == "verbatim"
            and word_count(g.text) >= MISQUOTE_MIN_WORDS
            and len(g.spans) == 1
            and len(event.articles) >= 2
        ):
            by_q.setdefault(g.qid, []).append(g)
    chosen: list[GoldRendering] = []
    depth = 0
    while len(chosen) < MISQUOTES_PER_EVENT and any(len(v) > depth for v in by_q.values()):
        for members in by_q.values():
            if depth < len(members) and len(chosen) < MISQUOTES_PER_EVENT:
                chosen.append(members[depth])
        depth += 1
    return chosen


def score_misquotes(
    event: Event, tmp: Path, check_runs: dict[str, Run] | None = None
) -> dict[str, Any]:
    made = caught = 0
    items: list[dict[str, Any]] = []
    for k, g in enumerate(misquote_candidates(event)):
        original = event.texts[g.article]
        span = g.spans[0]
        changed = mutate(original, span)
        if changed is None:
            continue
        text, at, old, new = changed
        directory = tmp / f"misquote-{k}"
        directory.mkdir(parents=True, exist_ok=True)
        copy = directory / event.articles[g.article].name
        copy.write_bytes(text.encode("utf-8"))
        others = [p for stem, p in event.articles.items() if stem != g.article]
        config = write_config(directory / "config", others)
        run = run_qdiff(["check", "-c", str(config), "--format", "json", str(copy)])
        line = line_of(text, span[0])
        failing = _findings_at(run.json())
        hit = (
            run.error is None and run.exit_code == 1 and any(f.get("line") == line for f in failing)
        )
        at_word = hit and any(
            (fs := finding_span(text, f)) is not None and fs[0] <= at < fs[1] for f in failing
        )
        before = check_runs.get(g.article) if check_runs else None
        already = before is not None and any(
            f.get("line") == line for f in _findings_at(before.json())
        )
        made += 1
        caught += int(hit)
        items.append(
            {
                "quotation": g.qid,
                "article": g.article,
                "line": line,
                "changed": f"{old} -> {new}",
                "text": _first_words(g.text, 12),
                "exit_code": run.exit_code,
                "caught": hit,
                "caught_at_word": at_word,
                "line_failed_before": already,
                "failing_lines": [f.get("line") for f in failing],
                "error": run.error,
            }
        )
    return {
        "made": made,
        "caught": caught,
        "caught_at_word": sum(1 for i in items if i["caught_at_word"]),
        "caught_line_failed_before": sum(
            1 for i in items if i["caught"] and i["line_failed_before"]
        ),
        "details": items,
    }


# ── 4. figures ───────────────────────────────────────────────────────────────────────────────


def score_figures(event: Event, facts: dict[str, Any]) -> dict[str, Any]:
    groups = facts.get("facts") or []
    gold_figures = event.gold.get("figures") or []

    def groups_at(article: str, span: Span) -> list[int]:
        return [
            i
            for i, f in enumerate(groups)
            for v in f.get("values") or []
            if v.get("article") == article and overlap(span, (int(v["start"]), int(v["end"]))) > 0
        ]

    total = grouped = status_right = 0
    errors: list[str] = []
    not_grouped: list[dict[str, Any]] = []
    wrong_status: list[dict[str, Any]] = []
    conflict_values: list[dict[str, Span]] = []  # gold conflict figures: article -> span
    for fig in gold_figures:
        values = fig.get("values") or {}
        located: dict[str, Span] = {}
        for article, value in values.items():
            span = find_span(event.texts.get(str(article), ""), str(value))
            if span is None:
                errors.append(f"{fig.get('id')}: value not in {article}: {value!r}")
            else:
                located[str(article)] = span
        if len(located) != len(values) or not values:
            continue
        gold_status = str(fig.get("status"))
        if gold_status == "conflict":
            conflict_values.append(located)
        total += 1
        sets = [set(groups_at(a, s)) for a, s in located.items()]
        common = sorted(set.intersection(*sets)) if sets else []
        if not common:
            not_grouped.append(
                {
                    "figure": fig.get("id"),
                    "what": fig.get("what"),
                    "values": {
                        a: {
                            "gold": values[a],
                            "qdiff_groups": [
                                groups[i].get("id") for i in sorted(set(groups_at(a, s)))
                            ],
                        }
                        for a, s in located.items()
                    },
                }
            )
            continue
        grouped += 1
        group = groups[common[0]]
        ours = "conflict" if group.get("status") == "conflict" else "agree"
        if ours == gold_status:
            status_right += 1
        else:
            wrong_status.append(
                {
                    "figure": fig.get("id"),
                    "what": fig.get("what"),
                    "gold": gold_status,
                    "qdiff": group.get("status"),
                    "group": group.get("id"),
                    "values": [
                        f"{v.get('article')}: {v.get('text')}" for v in group.get("values") or []
                    ],
                }
            )

    reported = real = 0
    conflicts: list[dict[str, Any]] = []
    for group in groups:
        vals = group.get("values") or []
        if group.get("status") != "conflict" or len({v.get("article") for v in vals}) < 2:
            continue
        reported += 1
        is_real = False
        for located in conflict_values:
            hit_articles = {
                v.get("article")
                for v in vals
                if v.get("article") in located
                and overlap(located[str(v.get("article"))], (int(v["start"]), int(v["end"]))) > 0
            }
            if len(hit_articles) >= 2:
                is_real = True
        real += int(is_real)
        conflicts.append(
            {
                "group": group.get("id"),
                "real": is_real,
                "values": [f"{v.get('article')}: {v.get('text')}" for v in vals],
            }
        )
    return {
        "total": total,
        "grouped": grouped,
        "status_right": status_right,
        "conflicts_reported": reported,
        "conflicts_real": real,
        "details": {
            "gold_errors": errors,
            "not_grouped": not_grouped,
            "status_differs": wrong_status,
            "conflicts": conflicts,
        },
    }


# ── one event, and the totals ────────────────────────────────────────────────────────────────

COUNTS = (
    ("articles", "articles"),
    ("renderings", "total"),
    ("renderings", "found"),
    ("renderings", "verdict_right"),
    ("renderings", "speaker_right"),
    ("renderings", "speaker_wrong"),
    ("renderings", "speaker_unknown"),
    ("renderings", "unmatched"),
    ("renderings", "unmatched_quoted"),
    ("check", "tp"),
    ("check", "fp"),
    ("check", "fn"),
    ("check", "tn"),
    ("check", "errors"),
    ("check", "tp_right_reason"),
    ("misquotes", "made"),
    ("misquotes", "caught"),
    ("misquotes", "caught_at_word"),
    ("misquotes", "caught_line_failed_before"),
    ("figures", "total"),
    ("figures", "grouped"),
    ("figures", "status_right"),
    ("figures", "conflicts_reported"),
    ("figures", "conflicts_real"),
)


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def with_rates(figures: dict[str, Any]) -> dict[str, Any]:
    check = figures["check"]
    check["precision"] = _ratio(check["tp"], check["tp"] + check["fp"])
    check["recall"] = _ratio(check["tp"], check["tp"] + check["fn"])
    return figures


def score_event(path: Path) -> dict[str, Any]:
    started = time.perf_counter()
    event = load_event(path)
    result: dict[str, Any] = {
        "set": event.set_name,
        "event": event.name,
        "path": str(event.path),
        "articles": {"articles": len(event.articles)},
        "gold_errors": event.gold_errors,
        "errors": [],
    }
    with tempfile.TemporaryDirectory(prefix="qdiff-eval-") as tmp_name:
        tmp = Path(tmp_name)
        config = write_config(tmp / "event", event.articles.values())

        compare = run_qdiff(["compare", "-c", str(config), "--no-reference", "--format", "json"])
        doc = compare.json()
        if compare.exit_code != 0 or doc is None:
            result["errors"].append(f"compare: exit {compare.exit_code}: {compare.error}")
            doc = {}
        result["renderings"] = score_renderings(event, doc)

        runs = {
            stem: run_qdiff(["check", "-c", str(config), "--format", "json", str(p)])
            for stem, p in event.articles.items()
        }
        result["check"] = score_check(event, runs)

        result["misquotes"] = score_misquotes(event, tmp, runs)

        facts = run_qdiff(["facts", "-c", str(config), "--format", "json"])
        fdoc = facts.json()
        if facts.exit_code != 0 or fdoc is None:
            result["errors"].append(f"facts: exit {facts.exit_code}: {facts.error}")
            fdoc = {}
        result["figures"] = score_figures(event, fdoc)
    result["seconds"] = round(time.perf_counter() - started, 2)
    return with_rates(result)


def totals(results: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "events": len(results),
        "articles": {},
        "renderings": {},
        "check": {},
        "misquotes": {},
        "figures": {},
    }
    for section, key in COUNTS:
        out[section][key] = sum(int(r[section].get(key, 0)) for r in results)
    out["seconds"] = round(sum(r.get("seconds", 0) for r in results), 2)
    return with_rates(out)


# ── output ───────────────────────────────────────────────────────────────────────────────────

HEADERS = (
    "event",
    "art",
    "found",
    "verdict",
    "speaker r/w/u",
    "TP/FP/FN",
    "prec",
    "recall",
    "misq",
    "fig grouped",
    "status",
    "confl real/rep",
    "unmatched",
)


def _frac(a: int, b: int) -> str:
    return f"{a}/{b}"


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}"


def row(name: str, r: dict[str, Any]) -> list[str]:
    ren, chk, mis, fig = r["renderings"], r["check"], r["misquotes"], r["figures"]
    return [
        name,
        str(r["articles"]["articles"]),
        _frac(ren["found"], ren["total"]),
        _frac(ren["verdict_right"], ren["found"]),
        f"{ren['speaker_right']}/{ren['speaker_wrong']}/{ren['speaker_unknown']}",
        f"{chk['tp']}/{chk['fp']}/{chk['fn']}"
        + (f" ({chk['errors']} err)" if chk["errors"] else ""),
        _pct(chk["precision"]),
        _pct(chk["recall"]),
        _frac(mis["caught"], mis["made"]),
        _frac(fig["grouped"], fig["total"]),
        _frac(fig["status_right"], fig["grouped"]),
        _frac(fig["conflicts_real"], fig["conflicts_reported"]),
        str(ren["unmatched"]),
    ]


def print_table(rows: list[list[str]], out: Any = None) -> None:
    cells = [list(HEADERS), *(r for r in rows if r != [""])]
    widths = [max(len(r[i]) for r in cells) for i in range(len(HEADERS))]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        )

    print(line(HEADERS), file=out)
    print("  ".join("─" * w for w in widths), file=out)
    for r in rows:
        if r and r[0] == "":
            print("", file=out)
        else:
            print(line(r), file=out)


def print_details(result: dict[str, Any], out: Any = None) -> None:
    def p(*parts: Any) -> None:
        print(*parts, file=out)

    def at(x: dict[str, Any]) -> str:
        return f"{x['quotation']} {x['article']}:{x['line']}"

    p(f"\n=== {result['set']}/{result['event']}")
    for e in result["gold_errors"] + result["figures"]["details"]["gold_errors"]:
        p(f"  gold error: {e}")
    for e in result["errors"]:
        p(f"  qdiff error: {e}")
    d = result["renderings"]["details"]
    for m in d["missed"]:
        p(f"  missed     {at(m)} ({m['gold_verdict']}) {m['text']}")
    for v in d["verdicts_differ"]:
        p(f"  verdict    {at(v)} gold {v['gold']}, qdiff {v['qdiff']}: {v['text']}")
        for e in v["edits"]:
            p(f"               {e}")
    for s in d["speakers_wrong"]:
        p(f"  speaker    {at(s)} gold {s['gold']!r}, qdiff {s['qdiff']!r}")
    for s in d["speakers_unknown"]:
        p(f"  no speaker {at(s)} gold {s['gold']!r}")
    for u in d["unmatched"]:
        q = "quoted" if u["quoted"] else "paraphrase"
        p(f"  unmatched  {u['article']}:{u['line']} ({q}) {u['text']}")
    c = result["check"]["details"]
    for x in c["differ"]:
        because = f" (because {x['gold_because']})" if x["gold_because"] else ""
        p(f"  check      {x['article']}: gold {x['gold']}{because}, qdiff {x['qdiff']}")
        for f in x["qdiff_failures"]:
            p(f"               line {f['line']} {f['verdict']} {f['gold_quotations']}: {f['text']}")
            for e in f["edits"]:
                p(f"                 {e}")
    for x in c["errors"]:
        p(f"  check err  {x['article']}: exit {x['exit_code']}: {x['error']}")
    for m in result["misquotes"]["details"]:
        mark = "caught" if m["caught"] else "MISSED"
        if m["caught"] and not m["caught_at_word"]:
            mark = "caught (line only, no failing finding covers the word)"
        extra = " (line failed before the change)" if m["line_failed_before"] else ""
        p(
            f"  misquote   {mark} {at(m)} {m['changed']}{extra}; "
            f"exit {m['exit_code']}, failing lines {m['failing_lines']}"
        )
    f = result["figures"]["details"]
    for x in f["not_grouped"]:
        p(f"  figure     {x['figure']} not grouped ({x['what']}):")
        for a, v in x["values"].items():
            p(f"               {a}: {v['gold']!r} in {v['qdiff_groups'] or 'no qdiff figure'}")
    for x in f["status_differs"]:
        p(f"  status     {x['figure']} gold {x['gold']}, qdiff {x['qdiff']} ({x['group']}):")
        p(f"               {x['values']}")
    for x in f["conflicts"]:
        if not x["real"]:
            p(f"  conflict   not in gold: {x['group']}: {x['values']}")


def event_dirs(paths: Sequence[Path]) -> list[Path]:
    dirs: list[Path] = []
    for path in paths:
        if (path / "gold.yaml").is_file():
            dirs.append(path)
        elif path.is_dir():
            found = sorted(p.parent for p in path.glob("*/gold.yaml"))
            if not found:
                raise SystemExit(f"score.py: no event (a folder with gold.yaml) in {path}")
            dirs.extend(found)
        else:
            raise SystemExit(f"score.py: no such directory: {path}")
    return dirs


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score qdiff against tests/eval's gold.")
    parser.add_argument(
        "paths", nargs="*", type=Path, help="set or event folders (default: tests/eval/dev)"
    )
    parser.add_argument("--json", type=Path, metavar="OUT", help="write every figure and detail")
    parser.add_argument(
        "--details", action="store_true", help="print the failures of each event (dev/ only)"
    )
    parser.add_argument(
        "--totals", action="store_true", help="print only the totals per set and overall"
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    dirs = event_dirs(args.paths or [HERE / "dev"])
    if args.details and any(d.resolve().parent.name.startswith("holdout") for d in dirs):
        parser.error("--details is for dev/ only: holdout events are judged by their totals")
    results = [score_event(d) for d in dirs]

    by_set: dict[str, list[dict[str, Any]]] = {}
    for r in results:
        by_set.setdefault(r["set"], []).append(r)
    rows: list[list[str]] = []
    for set_name, members in by_set.items():
        if not args.totals:
            rows.extend(row(f"{set_name}/{m['event']}", m) for m in members)
        rows.append(row(f"{set_name} total ({len(members)} events)", totals(members)))
        if not args.totals:
            rows.append([""])
    overall = totals(results)
    if len(by_set) > 1:
        rows.append(row(f"overall ({len(results)} events)", overall))
    elif rows and rows[-1] == [""]:
        rows.pop()
    print_table(rows)
    elapsed = round(time.perf_counter() - started, 2)
    ren = overall["renderings"]
    gold_errors = sum(
        len(r["gold_errors"]) + len(r["figures"]["details"]["gold_errors"]) for r in results
    )
    print(
        f"\n{len(results)} events in {elapsed} s · gold errors: {gold_errors}"
        f" · qdiff errors: {sum(len(r['errors']) + r['check']['errors'] for r in results)}"
        f" · unmatched renderings: {ren['unmatched']} ({ren['unmatched_quoted']} quoted)"
        f" · misquotes caught with a failing finding covering the changed word: "
        f"{overall['misquotes']['caught_at_word']}/{overall['misquotes']['made']}"
        f" ({overall['misquotes']['caught_line_failed_before']} caught on a line that already"
        " failed)"
        f" · check TPs with a gold reason among their failures: "
        f"{overall['check']['tp_right_reason']}/{overall['check']['tp']}"
    )
    if args.details:
        for r in results:
            print_details(r)
    if args.json:
        document = {
            "schema": "qdiff.eval/1",
            "seconds": elapsed,
            "overall": overall,
            "sets": {name: totals(members) for name, members in by_set.items()},
            "events": results,
        }
        args.json.write_text(
            json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
