"""HTML input: the main text through trafilatura, its metadata, the missing extra, and where
check's locations point in the page."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from qdiff.check.judge import judge
from qdiff.cli import app
from qdiff.cli.check import in_files
from qdiff.config import CheckPolicy, load_config
from qdiff.errors import InputError
from qdiff.io.corpus import expand_paths, load_corpus, read_article
from qdiff.io.html import read_html
from qdiff.io.locate import SourceLocation, locate_in_file
from qdiff.io.locate import _page as cached_page
from qdiff.model import Article, InputKind, Skipped, Span, Verdict
from qdiff.pipeline.compare import compare
from qdiff.pipeline.witnesses import against_reference
from qdiff.render import CHECK, CheckFormat
from qdiff.render.interface import Display

locate_cache_clear = cached_page.cache_clear

PARAGRAPHS = (
    "The council leader resigned on Tuesday evening after a week of pressure over the budget.",
    "In her letter she wrote: &ldquo;I can no longer defend cuts that fall on the people "
    "who have the least, and I will not try.&rdquo;",
    "Her deputy, Tom Ellis, said the decision was &quot;brave &amp; right&quot; and that "
    "the &pound;4m gap would still have to be closed.",
)
PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Leader quits | The Town Gazette</title>
<meta property="og:site_name" content="The Town Gazette">
<meta property="article:published_time" content="2021-06-01T18:00:00Z">
<link rel="canonical" href="https://gazette.example/leader-quits">
<script>var tracking = "I can no longer defend cuts";</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Tweet this</a></div>
<article><h1>Council leader quits over budget cuts</h1>
{body}
</article>
<footer><p>&copy; 2021 The Town Gazette. All rights reserved. Privacy policy.</p></footer>
</body></html>
"""


def page(tmp_path: Path, body: str | None = None, name: str = "story.html") -> Path:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS) if body is None else body
    path = tmp_path / name
    path.write_text(PAGE.format(body=paragraphs), encoding="utf-8")
    return path


def article(path: Path) -> Article:
    item = read_html(path, path.stem)
    assert isinstance(item, Article), item
    return item


@pytest.fixture
def without_trafilatura(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if the html extra were not installed: importing trafilatura fails."""
    monkeypatch.setitem(sys.modules, "trafilatura", None)


class TestExtraction:
    def test_main_text_one_paragraph_a_line(self, tmp_path: Path) -> None:
        lines = article(page(tmp_path)).text.splitlines()
        assert lines == [
            "Council leader quits over budget cuts",
            PARAGRAPHS[0],
            "In her letter she wrote: “I can no longer defend cuts that fall on the people who "
            "have the least, and I will not try.”",
            'Her deputy, Tom Ellis, said the decision was "brave & right" and that the £4m gap '
            "would still have to be closed.",
        ]

    def test_no_furniture(self, tmp_path: Path) -> None:
        text = article(page(tmp_path)).text
        for furniture in ("Home", "Share on Facebook", "Tweet", "rights reserved", "tracking"):
            assert furniture not in text

    def test_metadata(self, tmp_path: Path) -> None:
        found = article(page(tmp_path))
        assert (found.outlet, found.label, found.title) == (
            "The Town Gazette",
            "The Town Gazette",
            "Council leader quits over budget cuts",
        )
        assert (found.url, found.published) == (
            "https://gazette.example/leader-quits",
            "2021-06-01",
        )
        assert found.kind is InputKind.HTML
        assert found.path == str(tmp_path / "story.html")

    def test_a_configured_label_beats_the_site_name(self, tmp_path: Path) -> None:
        found = read_html(page(tmp_path), "story", "Gazette")
        assert isinstance(found, Article)
        assert (found.label, found.outlet) == ("Gazette", "The Town Gazette")

    def test_a_page_in_its_declared_encoding(self, tmp_path: Path) -> None:
        path = tmp_path / "latin.html"
        body = "<p>Le maire a déclaré: « Nous ne céderons pas, ni aujourd'hui ni demain. »</p>"
        html = PAGE.format(body=body * 3).replace('charset="utf-8"', 'charset="iso-8859-1"')
        path.write_bytes(html.encode("iso-8859-1"))
        assert "déclaré" in article(path).text

    def test_read_article_and_directories_take_pages(self, tmp_path: Path) -> None:
        page(tmp_path, name="a.html")
        page(tmp_path, name="b.HTM")
        (tmp_path / "c.txt").write_text("Plain.", encoding="utf-8")
        (tmp_path / "d.jsonl").write_text('{"id": "rec", "text": "Record."}\n', encoding="utf-8")
        (tmp_path / "e.css").write_text("p {}", encoding="utf-8")
        paths = expand_paths([str(tmp_path)])
        assert [p.name for p in paths] == ["a.html", "b.HTM", "c.txt", "d.jsonl"]
        corpus = load_corpus(paths)
        assert [(a.id, a.kind) for a in corpus.articles] == [
            ("a", InputKind.HTML),
            ("b", InputKind.HTML),
            ("c", InputKind.TEXT),
            ("rec", InputKind.JSONL),
        ]
        assert isinstance(read_article(tmp_path / "a.html", "a"), Article)


class TestUnreadablePages:
    def test_no_article_text(self, tmp_path: Path) -> None:
        path = tmp_path / "empty.html"
        path.write_text("<html><head><title>Gone</title></head><body></body></html>", "utf-8")
        assert read_html(path, "empty") == Skipped(
            str(path), "no article text found in the HTML page"
        )

    def test_binary(self, tmp_path: Path) -> None:
        path = tmp_path / "image.html"
        path.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0")
        assert read_html(path, "image") == Skipped(str(path), "binary file (NUL byte)")

    def test_check_refuses_a_page_it_could_not_read(self, tmp_path: Path) -> None:
        path = tmp_path / "empty.html"
        path.write_text("<html><body><script>var page = 1;</script></body></html>", "utf-8")
        (tmp_path / "other.txt").write_text("Other words.", encoding="utf-8")
        result = CliRunner().invoke(app, ["check", str(path), str(tmp_path / "other.txt")])
        assert result.exit_code == 2
        assert f"qdiff: skipped {path}: no article text found" in result.stderr
        assert result.stderr.endswith("1 article could not be read; nothing checked\n")


class TestWithoutTheExtra:
    @pytest.mark.usefixtures("without_trafilatura")
    def test_an_error_that_says_how_to_install_it(self, tmp_path: Path) -> None:
        with pytest.raises(InputError, match=r"pip install 'qdiff\[html\]'$"):
            load_corpus([page(tmp_path)])

    @pytest.mark.usefixtures("without_trafilatura")
    @pytest.mark.parametrize("command", ["compare", "check", "quotes", "facts"])
    def test_cli_exit_2_one_line(self, tmp_path: Path, command: str) -> None:
        path = page(tmp_path)
        (tmp_path / "other.txt").write_text("Other words.", encoding="utf-8")
        args = [command, str(path), str(tmp_path / "other.txt")]
        result = CliRunner().invoke(
            app, args + (["--no-reference"] if command == "compare" else [])
        )
        assert result.exit_code == 2, result.output
        assert result.stderr == (
            "qdiff: error: reading HTML needs the html extra (trafilatura is missing): "
            "pip install 'qdiff[html]'\n"
        )

    @pytest.mark.usefixtures("without_trafilatura")
    def test_text_files_need_no_extra(self, tmp_path: Path) -> None:
        (tmp_path / "a.txt").write_text("Words.", encoding="utf-8")
        assert [a.id for a in load_corpus([tmp_path / "a.txt"]).articles] == ["a"]


class TestLocations:
    def test_the_quoted_words_in_the_page(self, tmp_path: Path) -> None:
        path = page(tmp_path)
        found = article(path)
        start = found.text.index("I can no longer")
        end = found.text.index("not try.") + len("not try.")
        location = locate_in_file(found, Span(start, end))
        source_lines = path.read_text(encoding="utf-8").splitlines()
        assert location is not None
        line = source_lines[location.line - 1]
        assert line[location.column - 1 :].startswith("I can no longer")
        assert source_lines[location.end_line - 1][location.end_column - 1] == "."
        assert location.line == location.end_line == 11

    def test_across_inline_markup_and_entities(self, tmp_path: Path) -> None:
        body = (
            "<p><span class='dropcap'>T</span>he mayor said: &ldquo;We <em>will</em> rebuild\n"
            "the bridge, whatever it costs &ndash; and we&rsquo;ll start in May.&rdquo;</p>"
        )
        path = page(tmp_path, body + "\n" + "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS))
        found = article(path)
        start = found.text.index("We will")
        end = found.text.index("in May.") + len("in May.")
        # `We` after &ldquo; on line 10; `May.` before &rdquo; on line 11
        assert locate_in_file(found, Span(start, end)) == SourceLocation(10, 56, 11, 67)
        start = found.text.index("The mayor")
        # the drop cap's `T`, then `he mayor` after its closing tag
        assert locate_in_file(found, Span(start, start + 9)) == SourceLocation(10, 26, 10, 41)

    def test_the_same_words_twice(self, tmp_path: Path) -> None:
        """The second quotation of the same words is found at the page's second place."""
        repeated = (
            "<p>&ldquo;Never again,&rdquo; she said, and later: &ldquo;Never again.&rdquo;</p>"
        )
        path = page(tmp_path, "\n".join([repeated, *(f"<p>{p}</p>" for p in PARAGRAPHS)]))
        found = article(path)
        second = found.text.index("Never again", found.text.index("Never again") + 1)
        location = locate_in_file(found, Span(second, second + len("Never again")))
        assert location is not None
        assert (location.line, location.column) == (10, 59)  # after `later: &ldquo;`

    def test_words_the_page_does_not_hold(self, tmp_path: Path) -> None:
        found = article(page(tmp_path))
        changed = replace(found, text=found.text + "\nWords that were never on the page.")
        start = changed.text.index("Words that")
        assert locate_in_file(changed, Span(start, len(changed.text))) is None

    def test_text_files_and_records(self, tmp_path: Path) -> None:
        text = Article("a", "a", "a.txt", "one\ntwo three")
        assert locate_in_file(text, Span(4, 13)) == SourceLocation(2, 1, 2, 9)
        record = replace(text, kind=InputKind.JSONL)
        assert locate_in_file(record, Span(4, 13)) is None


class TestCheckLocations:
    REFERENCE = (
        "I can no longer defend cuts that fall on the people who have the least, "
        "and I will not try."
    )

    def setup(self, tmp_path: Path) -> list[str]:
        (tmp_path / "letter.txt").write_text(self.REFERENCE + "\n", encoding="utf-8")
        (tmp_path / "config.yaml").write_text("reference: letter.txt\n", encoding="utf-8")
        return ["check", "story.html", "--format", "json"]

    def test_in_the_page(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        page(tmp_path)
        monkeypatch.chdir(tmp_path)
        result = CliRunner().invoke(app, self.setup(tmp_path))
        assert result.exit_code == 0, result.output
        (rendering,) = json.loads(result.stdout)["renderings"]
        line = Path("story.html").read_text(encoding="utf-8").splitlines()[10]
        assert (rendering["line"], rendering["column"], rendering["located_in"]) == (11, 36, "file")
        assert line[35:].startswith("I can no longer")
        assert rendering["end_line"] == 11
        assert line[: rendering["end_column"]].endswith("I will not try.")

    def test_not_found_in_the_page(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """Words the page does not hold as such are placed in the extracted text, and every
        format says so; GitHub gets an annotation on the file, not on a wrong line."""
        page(tmp_path)
        self.setup(tmp_path)
        monkeypatch.chdir(tmp_path)
        corpus = load_corpus([Path("story.html")])
        config = load_config(tmp_path / "config.yaml")
        report = against_reference(compare(config, corpus, shared=False), corpus, 6)
        result = judge(report, CheckPolicy(fail_on=frozenset({Verdict.VERBATIM})))
        # The page changed after it was read: its words no longer stand in it.
        Path("story.html").write_text(PAGE.format(body="<p>Nothing.</p>"), encoding="utf-8")
        locate_cache_clear()
        (item,) = in_files(result, {a.id: a for a in corpus.articles}).renderings
        assert item.in_text is InputKind.HTML
        assert (item.line, item.column) == (3, 27)  # where the words stand in the extracted text
        moved = replace(result, renderings=(item,))
        display = Display(plain=True, width=200)
        text = str(render_plain(CHECK[CheckFormat.TEXT](moved, display)))
        assert "story.html:3:27 (in the text extracted from the page)" in text
        github = str(CHECK[CheckFormat.GITHUB](moved, display))
        assert github.startswith("::error file=story.html,title=")
        assert "At line 3, column 27 in the text extracted from the page." in github
        assert (
            json.loads(str(CHECK[CheckFormat.JSON](moved, display)))["renderings"][0]["located_in"]
            == "text"
        )


def render_plain(renderable: object) -> str:
    console = Console(width=200, no_color=True, color_system=None)
    with console.capture() as captured:
        console.print(renderable)
    return captured.get()
