"""Views that hold at 400 outlets: the synthetic corpus of the seed letter's sentences (conftest,
built in tmp), its compare summary and its facts tables."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rich.console import Console, RenderableType

from qdiff.facts.find import find_facts
from qdiff.facts.model import FactsReport, FactStatus
from qdiff.model import Corpus, Report, Verdict
from qdiff.render import COMPARE, FACTS, Display, TextFormat
from qdiff.render.compare_summary import outlet_rows

OUTLETS = 400
WIDTH = 100
_BOX_ONLY = re.compile(r"^[\s│┌┬┐├┼┤└┴┘─]+$")
_ROW = re.compile(r"^\s+(outlet-\d{3})\s{2,}")


@pytest.fixture(scope="module")
def synthetic(synthetic_report: Report, synthetic_corpus: Corpus) -> tuple[Report, FactsReport]:
    assert len(synthetic_corpus.articles) == OUTLETS + 1
    return synthetic_report, find_facts(synthetic_corpus)


def drawn(renderable: RenderableType, width: int = WIDTH) -> list[str]:
    console = Console(width=width, no_color=True, color_system=None)
    with console.capture() as captured:
        console.print(renderable)
    return [line.rstrip() for line in captured.get().splitlines()]


def summary_lines(report: Report, width: int = WIDTH) -> list[str]:
    lines = drawn(COMPARE[TextFormat.TERMINAL](report, Display(width=width)), width)
    return lines[next(n for n, line in enumerate(lines) if line.startswith("Outlets, the")) :]


class TestCompareSummary:
    def test_one_row_per_outlet_worst_first(self, synthetic: tuple[Report, FactsReport]) -> None:
        report = synthetic[0]
        lines = summary_lines(report)
        assert lines[0] == f"Outlets, the worst first ({OUTLETS})"
        rows = [line.split() for line in lines[3 : 3 + OUTLETS]]
        assert sorted(r[0] for r in rows) == sorted(f"outlet-{n:03d}" for n in range(OUTLETS))
        counts = [tuple(int(c) for c in row[1:5]) for row in rows]
        assert counts == sorted(counts, reverse=True)
        assert counts[0][0] > counts[-1][0]

    def test_the_matrix_holds_what_fits_and_says_what_it_leaves_out(
        self, synthetic: tuple[Report, FactsReport]
    ) -> None:
        report = synthetic[0]
        lines = summary_lines(report)
        start = lines.index("Summary (worst verdict)")
        matrix = lines[start:]
        assert all(len(line) <= WIDTH for line in matrix)
        heads = matrix[1].split()[1:]
        assert heads == [chr(ord("A") + n) for n in range(len(heads))] and len(heads) > 3
        worst = [row.article.label for row in outlet_rows(report)][: len(heads)]
        key = " ".join(line for line in matrix if line.startswith("outlets: ") or "outlet-" in line)
        assert f"A {worst[0]}, B {worst[1]}" in key
        note = " ".join(matrix[-6:])
        assert f"not shown in the matrix: {OUTLETS - len(heads)} outlets" in note

    def test_no_blank_run_and_no_endless_legend(
        self, synthetic: tuple[Report, FactsReport]
    ) -> None:
        lines = summary_lines(synthetic[0])
        text = "\n".join(lines)
        assert "\n\n\n" not in text
        assert len(lines) < OUTLETS + 80

    def test_a_narrow_terminal_still_fits(self, synthetic: tuple[Report, FactsReport]) -> None:
        lines = summary_lines(synthetic[0], width=60)
        matrix = lines[lines.index("Summary (worst verdict)") :]
        assert all(len(line) <= 60 for line in matrix)
        assert matrix[1].split()[1:3] == ["A", "B"]


class TestFactsTables:
    def test_a_row_per_outlet_odd_ones_out_first(
        self, synthetic: tuple[Report, FactsReport]
    ) -> None:
        facts = synthetic[1]
        conflict = next(g for g in facts.groups if g.status is FactStatus.CONFLICT)
        lines = drawn(FACTS[TextFormat.TERMINAL](facts, Display()))
        assert not any(_BOX_ONLY.match(line) and "│" in line for line in lines)
        minority = min(conflict.sides, key=lambda s: len(s.article_ids))
        first_rows = [m[1] for line in lines if (m := _ROW.match(line))]
        labels = [facts.article(a).label for a in minority.article_ids]
        assert first_rows[: len(labels)] == labels
        for article_id in conflict.article_ids:
            assert facts.article(article_id).label in first_rows

    def test_the_heading_names_a_few_outlets_and_counts_the_rest(
        self, synthetic: tuple[Report, FactsReport]
    ) -> None:
        lines = drawn(FACTS[TextFormat.TERMINAL](synthetic[1], Display()))
        text = " ".join(lines)
        assert re.search(r"outlet-\d{3} and \d+ more: £", text)

    def test_the_seeds_keep_their_outlets_side_by_side(self, root: Path) -> None:
        golden = (root / "tests" / "golden" / "facts-terminal.txt").read_text(encoding="utf-8")
        assert "┬" in golden and "and 1 more" not in golden


def test_verdicts_of_the_synthetic_corpus_are_mixed(
    synthetic: tuple[Report, FactsReport],
) -> None:
    """The corpus exercises the summary: every verdict but verbatim-only outlets."""
    counts = synthetic[0].verdict_counts()
    assert counts.get(Verdict.ALTERED) and counts.get(Verdict.VERBATIM)
