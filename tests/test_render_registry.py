"""The renderers' registry: every format of every command has a renderer of one signature."""

from __future__ import annotations

import json
from collections.abc import Mapping
from enum import Enum

import pytest
from rich.console import Console

from qdiff.check.judge import judge
from qdiff.config import CheckPolicy
from qdiff.facts.find import find_facts
from qdiff.model import Corpus, Report
from qdiff.quotes.listing import list_quotes
from qdiff.render import (
    CHECK,
    COMPARE,
    COMPARE_VIEWS,
    FACTS,
    QUOTES,
    CheckFormat,
    Display,
    Rendered,
    TextFormat,
    View,
)


def drawn(rendered: Rendered) -> str:
    """What a renderer's output prints as: a string as it is, a view through a plain console."""
    if isinstance(rendered, str):
        return rendered
    console = Console(width=100, no_color=True, color_system=None)
    with console.capture() as captured:
        console.print(rendered)
    return captured.get()


@pytest.mark.parametrize(
    ("registry", "formats"),
    [(COMPARE, TextFormat), (QUOTES, TextFormat), (FACTS, TextFormat), (CHECK, CheckFormat)],
    ids=["compare", "quotes", "facts", "check"],
)
def test_every_format_has_a_renderer(registry: Mapping[Enum, object], formats: type[Enum]) -> None:
    assert set(registry) == set(formats)


def test_every_compare_view_has_a_renderer() -> None:
    assert set(COMPARE_VIEWS) == set(View)


SCHEMA_VERSIONS = {"compare": 2, "quotes": 1, "facts": 2, "check": 2}


def check_json_schema(command: str, text: str) -> None:
    assert json.loads(text)["schema"] == f"qdiff.{command}/{SCHEMA_VERSIONS[command]}"


def check_html_title(title: str, text: str) -> None:
    assert text.startswith("<!DOCTYPE html>\n")
    assert f"<title>{title}</title>" in text


class TestOnTheSeeds:
    """Each renderer over the seeds: JSON formats a document, the others a view or text."""

    @pytest.mark.parametrize("fmt", list(TextFormat))
    def test_compare(self, seed_report: Report, fmt: TextFormat) -> None:
        out = drawn(COMPARE[fmt](seed_report, Display()))
        if fmt is TextFormat.JSON:
            check_json_schema("compare", out)
        elif fmt is TextFormat.HTML:
            check_html_title("qdiff compare · reference: 001, 20 passages", out)
        else:
            heading = "### " if fmt is TextFormat.MARKDOWN else ""
            assert out.startswith(f"{heading}qdiff compare · reference: 001, 20 passages\n")

    @pytest.mark.parametrize("view", list(View))
    def test_compare_views(self, seed_report: Report, view: View) -> None:
        out = drawn(COMPARE[TextFormat.TERMINAL](seed_report, Display(view=view)))
        title = {
            View.TABLE: "qdiff compare · reference",
            View.APPARATUS: "qdiff compare · apparatus",
        }
        assert out.startswith(title[view])

    @pytest.mark.parametrize("fmt", list(TextFormat))
    def test_quotes(self, seed_corpus: Corpus, fmt: TextFormat) -> None:
        out = drawn(QUOTES[fmt](list_quotes(seed_corpus.articles, 6), Display()))
        if fmt is TextFormat.JSON:
            check_json_schema("quotes", out)
        elif fmt is TextFormat.HTML:
            check_html_title("qdiff quotes · 4 articles, 25 quotations of 6 words or more", out)
        elif fmt is TextFormat.MARKDOWN:
            assert out.startswith("### qdiff quotes · 4 articles")
        else:
            assert out.startswith("000  ")

    @pytest.mark.parametrize("fmt", list(TextFormat))
    def test_facts(self, seed_corpus: Corpus, fmt: TextFormat) -> None:
        out = drawn(FACTS[fmt](find_facts(seed_corpus), Display()))
        if fmt is TextFormat.JSON:
            check_json_schema("facts", out)
        elif fmt is TextFormat.HTML:
            check_html_title("qdiff facts · 4 articles, 18 facts", out)
        elif fmt is TextFormat.MARKDOWN:
            assert out.startswith("### qdiff facts · 4 articles")
        else:
            assert out.startswith("qdiff facts  4 articles")

    @pytest.mark.parametrize("fmt", list(CheckFormat))
    def test_check(self, seed_report: Report, fmt: CheckFormat) -> None:
        result = judge(seed_report, CheckPolicy())
        out = drawn(CHECK[fmt](result, Display()))
        first_line = {
            CheckFormat.TEXT: "",
            CheckFormat.JSON: "{",
            CheckFormat.GITHUB: "::",
            CheckFormat.JUNIT: "<?xml version='1.0' encoding='utf-8'?>",
            CheckFormat.MARKDOWN: "### ",
        }
        assert out.splitlines()[0].startswith(first_line[fmt])
        if fmt is CheckFormat.JSON:
            check_json_schema("check", out)
