"""`--format markdown` for compare, facts and quotes: complete on the seeds, escaped, and cut to
fit a GitHub comment (65,536 characters) saying what it left out. Read back with markdown-it
(rich's own Markdown parser) with GitHub's tables and strikethrough."""

from __future__ import annotations

import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from qdiff.cli import app
from qdiff.config import load_config
from qdiff.facts.find import find_facts
from qdiff.facts.model import FactStatus
from qdiff.io.corpus import expand_paths, load_corpus
from qdiff.model import Corpus, Report, Verdict
from qdiff.pipeline.compare import compare
from qdiff.quotes.listing import list_quotes
from qdiff.render import COMPARE, FACTS, QUOTES, Display, TextFormat
from qdiff.render.diff import Segment
from qdiff.render.markdown import COMMENT_LIMIT, escape, fit_comment, marked
from qdiff.render.styles import Mark

MD = TextFormat.MARKDOWN
GFM = MarkdownIt("commonmark").enable(["table", "strikethrough"])


class _Cells(HTMLParser):
    """The text of every table cell, row by row, and every tag seen."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self.tags: list[str] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.tags.append(tag)
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append("".join(self._cell))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def parsed(markdown: str) -> _Cells:
    cells = _Cells()
    cells.feed(GFM.render(markdown))
    return cells


class TestOnTheSeeds:
    def test_compare_has_every_outlet_and_passage(self, seed_report: Report) -> None:
        out = COMPARE[MD](seed_report, Display())
        assert isinstance(out, str) and out.startswith("### qdiff compare · reference: 001")
        for finding in seed_report.findings:
            assert (
                f"**{seed_report.article(finding.rendering.article_id).label}**<br>line "
                f"{finding.rendering.line}" in out
            )
        for passage in seed_report.passages:
            if seed_report.findings_for(passage.id):
                assert f"#### `{passage.id}`" in out
        rows = parsed(out).rows
        assert sum(len(r) == 3 for r in rows) == len(seed_report.findings) + sum(
            bool(seed_report.findings_for(p.id)) for p in seed_report.passages
        )
        assert "Left out" not in out

    def test_changes_are_struck_and_bold(self, seed_report: Report) -> None:
        out = COMPARE[MD](seed_report, Display())
        assert "are ~~a compromise~~ **compromised** too far." in out
        html = GFM.render(out)
        assert "<s>a compromise</s> <strong>compromised</strong>" in html

    def test_facts_has_every_figure(self, seed_corpus: Corpus) -> None:
        report = find_facts(seed_corpus)
        out = FACTS[MD](report, Display())
        assert isinstance(out, str) and out.startswith("### qdiff facts · 4 articles")
        shared = [g for g in report.groups if g.status is not FactStatus.SINGLE]
        assert out.count("\n#### ") == len(shared) + 1
        figures = sum(len(g.figures) for g in report.groups)
        assert sum(len(r) == 3 for r in parsed(out).rows) == figures + len(shared) + 1
        for group in report.groups:
            for figure in group.figures:
                assert f"**{escape(figure.text)}**" in out

    def test_quotes_has_every_quotation(self, seed_corpus: Corpus) -> None:
        listing = list_quotes(seed_corpus.articles, 6)
        out = QUOTES[MD](listing, Display())
        assert isinstance(out, str) and out.startswith("### qdiff quotes · 4 articles")
        rows = parsed(out).rows
        assert len(rows) == len(listing.quotes) + len(listing.articles)
        assert "Credit to IDS. I'll say no more tonight" in out


HOSTILE = "A *bold* _claim_ | with `ticks`, ~~tildes~~ & <script>alert(1)</script> inside it"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Report, Corpus]:
    folder = tmp_path_factory.mktemp("hostile")
    sentence = f"The minister wrote that {HOSTILE} for £4bn of cuts this year."
    (folder / "letter.txt").write_text(f"The letter:\n{sentence}\n", encoding="utf-8")
    outlet = sentence.replace("minister wrote", "minister claimed").replace("£4bn", "£5bn")
    (folder / "a |`b`*c*.txt").write_text(f'She said: "{outlet}"\n', encoding="utf-8")
    (folder / "config.yaml").write_text(
        "corpus:\n  - '*.txt'\nreference:\n  path: letter.txt\n  after: 'The letter:'\n",
        encoding="utf-8",
    )
    config = load_config(folder / "config.yaml")
    corpus = load_corpus(expand_paths(config.corpus, config.base_dir), config.labels)
    return compare(config, corpus), corpus


class TestEscaping:
    def test_escape_keeps_every_special_character_text(self) -> None:
        html = GFM.render(escape(HOSTILE))
        assert "<script>" not in html and "<strong>" not in html and "<em>" not in html
        assert "<s>" not in html and "<code>" not in html
        text = re.sub(r"<[^>]+>", "", html).strip()
        assert text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") == HOSTILE

    @pytest.mark.parametrize("command", ["compare", "facts", "quotes"])
    def test_article_text_and_file_names_stay_text(
        self, hostile: tuple[Report, Corpus], command: str
    ) -> None:
        report, corpus = hostile
        out = {
            "compare": lambda: COMPARE[MD](report, Display()),
            "facts": lambda: FACTS[MD](find_facts(corpus), Display()),
            "quotes": lambda: QUOTES[MD](list_quotes(corpus.articles, 6), Display()),
        }[command]()
        assert isinstance(out, str)
        cells = parsed(out)
        assert "script" not in cells.tags
        whole = "_claim_ | with `ticks`, ~~tildes~~ & <script>alert(1)</script>"
        assert any(whole in cell for row in cells.rows for cell in row), out
        if command == "quotes":
            assert "a \\|'b'*c*.txt`" in out

    def test_the_hostile_change_is_marked(self, hostile: tuple[Report, Corpus]) -> None:
        out = COMPARE[MD](hostile[0], Display())
        assert "~~wrote~~ **claimed**" in out


@pytest.fixture(scope="module")
def at_scale(synthetic_report: Report, synthetic_corpus: Corpus) -> tuple[Report, Corpus]:
    return synthetic_report, synthetic_corpus


class TestCommentLimit:
    def test_400_outlets_fit_a_comment_with_the_changed_renderings(
        self, at_scale: tuple[Report, Corpus]
    ) -> None:
        report = at_scale[0]
        out = COMPARE[MD](report, Display())
        assert isinstance(out, str) and len(out) <= COMMENT_LIMIT
        assert "#### Outlets, the worst first (400)" in out
        verbatim = sum(f.verdict is Verdict.VERBATIM for f in report.findings)
        assert f"> **Left out** to fit a comment of 65,536 characters: {verbatim} verbatim" in out
        assert "= verbatim<br>" not in out
        assert "<br>line " in out
        rows = parsed(out).rows
        outlet_rows = [r for r in rows if len(r) == 6 and r[0].startswith("outlet-")]
        assert len(outlet_rows) == 400

    def test_facts_and_quotes_at_400_outlets_fit_too(self, at_scale: tuple[Report, Corpus]) -> None:
        corpus = at_scale[1]
        facts = FACTS[MD](find_facts(corpus), Display())
        quotes = QUOTES[MD](list_quotes(corpus.articles, 6), Display())
        assert isinstance(facts, str) and isinstance(quotes, str)
        assert len(facts) <= COMMENT_LIMIT and len(quotes) <= COMMENT_LIMIT
        assert "and 306 more" in facts or "more:" in facts
        assert "**Left out**" in quotes and re.search(r"the last \d+ of 401 articles", quotes)

    def test_cut_further_and_still_say_so(self) -> None:
        blocks = [f"block {n} " + "x" * 100 for n in range(50)]
        out = fit_comment(["# head", ""], blocks, ["3 verbatim renderings"], "Hint.", limit=1000)
        assert len(out) <= 1000
        assert out.startswith("# head\n\nblock 0 ")
        assert re.search(r"3 verbatim renderings; the last \d+ of 50 sections\. Hint\.\n$", out)

    def test_a_head_too_long_is_cut_by_lines_and_never_over(self) -> None:
        head = [f"| row {n} |" for n in range(500)]
        out = fit_comment(head, ["body"], [], "Hint.", limit=2000)
        assert len(out) <= 2000 and "lines of the summary" in out

    def test_nothing_left_out_means_no_note(self) -> None:
        assert fit_comment(["# head"], ["body"], [], "Hint.") == "# head\nbody\n"


def test_marked_keeps_words_apart() -> None:
    segments = [
        Segment(Mark.SAME, "made are "),
        Segment(Mark.REMOVED, "a compromise"),
        Segment(Mark.SAME, " "),
        Segment(Mark.ADDED, "compromised"),
        Segment(Mark.SAME, " too far."),
    ]
    assert marked(segments) == "made are ~~a compromise~~ **compromised** too far."


@pytest.mark.parametrize("command", ["compare", "facts", "quotes"])
def test_the_cli_writes_markdown_whole(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, root: Path
) -> None:
    monkeypatch.chdir(root)
    target = tmp_path / "report.md"
    result = CliRunner().invoke(app, [command, "-f", "markdown", "-o", str(target)])
    assert result.exit_code == 0 and result.stdout == ""
    printed = CliRunner().invoke(app, [command, "--format", "markdown"])
    assert target.read_text(encoding="utf-8") == printed.stdout
    assert printed.stdout.startswith(f"### qdiff {command}")


def test_nothing_found_says_so(seed_report: Report, seed_corpus: Corpus) -> None:
    empty = replace(seed_report, findings=())
    assert COMPARE[MD](empty, Display()).endswith("_No renderings found._\n")
    facts = replace(find_facts(seed_corpus), groups=())
    assert FACTS[MD](facts, Display()).endswith("_No figures found._\n")
