"""Each check renderer over one CheckResult: a failing, a warning and a passing article."""

from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest
from rich.console import Console

from qdiff.check.baseline import BaselineEntry
from qdiff.check.judge import CheckedRendering, CheckResult, Outcome, judge
from qdiff.config import CheckPolicy, Config
from qdiff.io.corpus import load_corpus
from qdiff.model import Edit, EditKind
from qdiff.pipeline.compare import compare
from qdiff.render.check_github import escape_data, escape_property, render_github
from qdiff.render.check_json import SCHEMA_VERSION, check_to_dict, render_check_json
from qdiff.render.check_junit import render_junit
from qdiff.render.check_markdown import render_check_markdown
from qdiff.render.check_text import compact_diff, plain_diff, render_check_text
from qdiff.render.interface import Display
from qdiff.render.markdown import escape
from qdiff.render.styles import Mark

SEED = "seeds/002_532c4fb0224eba5a.txt"
PLAIN = Display(plain=True)
QUOTE_START = "I have for some time and rather reluctantly come to believe that the latest"


@pytest.fixture(scope="module")
def result(
    root: Path, seed_config: Config, tmp_path_factory: pytest.TempPathFactory
) -> CheckResult:
    """Seed 002 three ways: as is (same), "a step too far" (step), quoting later (trim)."""
    folder = tmp_path_factory.mktemp("articles")
    text = (root / SEED).read_text(encoding="utf-8")
    variants = {
        "same.txt": text,
        "step.txt": text.replace("a compromise too far", "a step too far"),
        "trim.txt": text.replace(QUOTE_START, "the latest"),
    }
    for name, body in variants.items():
        (folder / name).write_text(body, encoding="utf-8")
    corpus = load_corpus([folder / name for name in variants])
    report = compare(seed_config, corpus, shared=False)
    return judge(report, CheckPolicy(), articles={a.id for a in corpus.articles})


def failing(result: CheckResult) -> CheckedRendering:
    (item,) = result.with_outcome(Outcome.FAIL)
    return item


def text_of(result: CheckResult, plain: bool, color: bool) -> str:
    buffer = io.StringIO()
    console = Console(
        file=buffer, width=200, force_terminal=color, color_system="truecolor" if color else None
    )
    console.print(render_check_text(result, Display(plain=plain)))
    return buffer.getvalue()


class TestInlineDiff:
    def test_substitution_with_the_separator_outside_the_markers(self, result: CheckResult) -> None:
        assert plain_diff(failing(result)) == "… been made are, a [-compromise-]{+step+} too far."

    def test_long_unchanged_runs_keep_their_edges(self) -> None:
        pieces = (
            Edit(
                "one two three four five six seven eight nine ",
                "one two three four five six seven eight nine ",
            ),
            Edit("ten ", "TEN ", EditKind.SUBSTITUTION),
            Edit("a b c d e f g h i j k", "a b c d e f g h i j k"),
        )
        assert compact_diff(pieces) == (
            (Mark.SAME, "… six seven eight nine "),
            (Mark.REMOVED, "ten"),
            (Mark.ADDED, "TEN"),
            (Mark.SAME, " "),
            (Mark.SAME, "a b c d …"),
        )

    def test_omission_shows_only_the_old_side(self) -> None:
        pieces = (
            Edit("rather ", "rather "),
            Edit("than ", "", EditKind.OMISSION),
            Edit("in", "in"),
        )
        assert "".join(t for _, t in compact_diff(pieces)) == "rather than in"
        assert [m for m, _ in compact_diff(pieces)] == [
            Mark.SAME,
            Mark.REMOVED,
            Mark.SAME,
            Mark.SAME,
        ]


class TestText:
    def test_plain_lists_failures_and_warnings_with_their_diff(self, result: CheckResult) -> None:
        out = text_of(result, plain=True, color=False)
        assert re.search(
            r"step\.txt:13:20  FAIL  altered quotation of passage i-have-for-some-time", out
        )
        assert "[-compromise-]{+step+}" in out
        assert re.search(r"trim\.txt:13:20  warn  trimmed quotation", out)
        assert "same.txt" not in out
        assert "qdiff check: FAIL: 1 failing, 1 warning, 16 passing in 3 articles" in out
        assert "policy: fail on altered; warn on trimmed" in out
        assert "\x1b[" not in out

    def test_colour_replaces_the_markers(self, result: CheckResult) -> None:
        out = text_of(result, plain=False, color=True)
        assert "\x1b[" in out
        assert "[-compromise-]" not in out
        assert "compromise" in out

    def test_stale_baseline_entries_are_mentioned(self, result: CheckResult) -> None:
        stale = replace(result, stale=(BaselineEntry("x.txt", "p", "w"),))
        assert "baseline: 1 entry matches no rendering any more" in text_of(stale, True, False)


class TestJson:
    def test_document(self, result: CheckResult) -> None:
        doc = json.loads(render_check_json(result, PLAIN))
        assert doc["schema"] == SCHEMA_VERSION == "qdiff.check/2"
        assert doc["status"] == "fail"
        assert doc["policy"] == {"fail_on": ["altered"], "warn_on": ["trimmed"]}
        assert doc["summary"] == {
            "fail": 1, "warn": 1, "pass": 16, "accepted": 0, "info": 0, "judged": 0, "unjudged": 0
        }  # fmt: skip
        assert doc["reference"].endswith("seeds/001_68a864a3ec0d8669.txt")
        assert len(doc["articles"]) == 3
        assert doc["stale_baseline"] == []

    def test_rendering_fields(self, result: CheckResult) -> None:
        doc = check_to_dict(result)
        (fail,) = [r for r in doc["renderings"] if r["outcome"] == "fail"]
        assert set(fail) == {
            "path", "line", "column", "end_line", "end_column", "passage", "passage_text", "text",
            "quoted", "verdict", "outcome", "score", "coverage", "edits", "evidence", "located_in",
            "speaker", "speaker_conflict",
        }  # fmt: skip
        assert (fail["line"], fail["column"], fail["verdict"]) == (13, 20, "altered")
        assert fail["edits"] == [
            {
                "kind": "substitution",
                "reference": "compromise",
                "rendering": "step",
                "source": None,
            }
        ]

    def test_sorted_by_file_line_column(self, result: CheckResult) -> None:
        keys = [(r["path"], r["line"], r["column"]) for r in check_to_dict(result)["renderings"]]
        assert keys == sorted(keys)


class TestGithub:
    def test_one_command_per_failure_or_warning(self, result: CheckResult) -> None:
        lines = render_github(result, PLAIN).splitlines()
        assert len(lines) == 2
        error = next(line for line in lines if line.startswith("::error "))
        assert re.match(
            r"::error file=\S+/step\.txt,line=13,col=20,endLine=13,endColumn=\d+,", error
        )
        assert "title=qdiff%3A altered quotation (i-have-for-some-time)::" in error
        assert "[-compromise-]{+step+}" in error
        assert "%0A" in error
        assert sum(line.startswith("::warning ") for line in lines) == 1

    def test_nothing_for_a_clean_result(self, result: CheckResult) -> None:
        clean = replace(result, renderings=result.with_outcome(Outcome.PASS))
        assert render_github(clean, PLAIN) == ""

    def test_escaping(self) -> None:
        assert escape_data("50% a\r\nb: c, d") == "50%25 a%0D%0Ab: c, d"
        assert escape_property("50% a\nb: c, d") == "50%25 a%0Ab%3A c%2C d"

    def test_paths_are_escaped_as_properties(self, result: CheckResult) -> None:
        item = replace(failing(result), path="news/a,b:c.txt")
        out = render_github(replace(result, renderings=(item,)), PLAIN)
        assert out.startswith("::error file=news/a%2Cb%3Ac.txt,line=13,")
        assert out.count("\n") == 1


class TestJunit:
    def test_parses_with_the_right_counts(self, result: CheckResult) -> None:
        root = ET.fromstring(render_junit(result, PLAIN))
        suite = root.find("testsuite")
        assert suite is not None
        assert (suite.get("tests"), suite.get("failures"), suite.get("skipped")) == ("18", "1", "0")
        assert root.get("tests") == "18"
        cases = suite.findall("testcase")
        assert len(cases) == 18
        failures = [c for c in cases if c.find("failure") is not None]
        assert len(failures) == 1
        assert failures[0].get("classname", "").endswith("step.txt")
        assert failures[0].get("line") == "13"
        assert "[-compromise-]{+step+}" in (failures[0].find("failure").text or "")

    def test_accepted_renderings_are_skipped_and_text_is_escaped(self, result: CheckResult) -> None:
        item = replace(failing(result), outcome=Outcome.ACCEPTED, path='a&b<"c">.txt')
        xml = render_junit(replace(result, renderings=(item,)), PLAIN)
        root = ET.fromstring(xml)
        case = root.find("testsuite/testcase")
        assert case is not None and case.get("file") == 'a&b<"c">.txt'
        assert case.find("skipped") is not None
        assert root.find("testsuite").get("skipped") == "1"

    def test_deterministic(self, result: CheckResult) -> None:
        assert render_junit(result, PLAIN) == render_junit(result, PLAIN)
        assert "timestamp" not in render_junit(result, PLAIN)


class TestMarkdown:
    def test_summary_and_table(self, result: CheckResult) -> None:
        md = render_check_markdown(result, PLAIN)
        assert md.startswith("### ❌ qdiff check: quotations fail the policy\n")
        assert "**1** failing · **1** warning · **16** passing" in md
        rows = [
            line for line in md.splitlines() if line.startswith("| ❌") or line.startswith("| ⚠️")
        ]
        assert len(rows) == 2
        assert "~~compromise~~ **step**" in md

    def test_passing_result(self, result: CheckResult) -> None:
        clean = replace(result, renderings=result.with_outcome(Outcome.PASS))
        md = render_check_markdown(clean, PLAIN)
        assert md.startswith("### ✅ qdiff check: every quotation passes")
        assert "| Where |" not in md

    def test_escape_keeps_quoted_text_in_its_cell(self) -> None:
        assert escape("a | b *c* <d>\n[e]") == r"a \| b \*c\* \<d\> \[e\]"
