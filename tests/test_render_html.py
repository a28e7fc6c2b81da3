"""The HTML pages of compare, facts and quotes: complete, escaped, self-contained, and drawn
with the terminal's marks. (The browser check is test_html_browser.py; the CLI and a corpus of
400 articles are test_cli_html.py.)"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from html_page import Element, marks, parse
from many_outlets import copied_report

from qdiff.config import Config
from qdiff.facts.find import find_facts
from qdiff.io.corpus import load_corpus
from qdiff.model import Corpus, EditKind, Finding, InputKind, Report, Verdict
from qdiff.pipeline.compare import compare
from qdiff.quotes.listing import list_quotes
from qdiff.render import COMPARE, FACTS, QUOTES, Display, TextFormat
from qdiff.render.diff import Sides, inline_diff
from qdiff.render.page_html import GRID_MAX_COLUMNS, MARK_CLASSES, anchors
from qdiff.render.styles import VERDICT_SYMBOLS, Mark

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "qdiff" / "render" / "templates"
SCRIPT = "<script>alert(1)</script>"


def compare_page(report: Report) -> str:
    page = COMPARE[TextFormat.HTML](report, Display())
    assert isinstance(page, str)
    return page


@pytest.fixture(scope="module")
def seed_page(seed_report: Report) -> str:
    return compare_page(seed_report)


@pytest.fixture(scope="module")
def collation(seed_config: Config, seed_corpus: Corpus) -> Report:
    return compare(seed_config.with_overrides(no_reference=True), seed_corpus)


def renderings(page: str) -> list[Element]:
    return parse(page).find_all("article", "rendering")


def in_page_order(report: Report) -> list[Finding]:
    """The findings as the page shows them: passage by passage."""
    return [f for p in report.passages for f in report.findings_for(p.id)]


class TestCompareOnTheSeeds:
    def test_every_outlet_and_passage_is_on_the_page(
        self, seed_report: Report, seed_page: str
    ) -> None:
        tree = parse(seed_page)
        heads = [th.text for th in tree.find_all("table", "grid")[0].find_all("th")]
        assert [a.label for a in seed_report.articles] == heads[1:5]
        for passage in seed_report.passages:
            section = tree.by_id(passage.id)
            assert section is not None, passage.id
            assert " ".join(passage.text.split()) in section.text
        assert len(renderings(seed_page)) == len(seed_report.findings)

    def test_each_rendering_says_its_verdict_speaker_and_line(
        self, seed_report: Report, seed_page: str
    ) -> None:
        for finding, article in zip(in_page_order(seed_report), renderings(seed_page), strict=True):
            verdict = finding.verdict.value
            assert f"v-{verdict}" in article.classes
            badge = article.find_all("span", "badge")[0]
            assert badge.text == f"{VERDICT_SYMBOLS[finding.verdict]} {verdict}"  # not colour
            text = " ".join(article.text.split())
            assert f"line {finding.rendering.line}, column {finding.rendering.column}" in text
            assert f"speaker: {finding.rendering.speaker or 'unknown'}" in text

    def test_the_marks_are_the_terminal_segments(self, seed_report: Report, seed_page: str) -> None:
        """Each side's marked runs are exactly diff.inline_diff's marked segments."""
        changed = 0
        for finding, article in zip(in_page_order(seed_report), renderings(seed_page), strict=True):
            base, outlet = article.find_all("div", "side")
            for side, sides in ((base, Sides.PASSAGE), (outlet, Sides.RENDERING)):
                expected = [
                    (MARK_CLASSES[mark], text)
                    for mark, text in inline_diff(finding.pieces, sides=sides)
                    if mark not in (Mark.SAME, Mark.GAP)
                ]
                assert marks(side) == expected
                changed += bool(expected)
        assert changed >= 10

    def test_each_change_names_its_kind_on_hover_and_focus(self, seed_page: str) -> None:
        kinds = {kind.value for kind in EditKind}
        changes = [
            e
            for e in parse(seed_page).iter()
            if set(e.classes) & {"removed", "added", "cosmetic-old", "cosmetic-new", "trimmed"}
            and e.tag in ("del", "ins", "span")
            and "item" not in e.classes
        ]
        in_text = [e for e in changes if "title" in e.attrs]
        assert len(in_text) >= 10
        for change in in_text:
            assert change.attrs["tabindex"] == "0"
            assert change.attrs["title"] == change.attrs["data-note"]
            assert change.attrs["title"].split()[0] in kinds
        assert 'data-note="splice from passage you-are-aware-that-i"' in seed_page

    def test_the_grid_links_every_cell_to_a_rendering(
        self, seed_report: Report, seed_page: str
    ) -> None:
        tree = parse(seed_page)
        cells = tree.find_all("a", "cell")
        assert len(cells) == len(
            {(f.rendering.passage_id, f.rendering.article_id) for f in seed_report.findings}
        )
        for cell in cells:
            target = tree.by_id(cell.attrs["href"].removeprefix("#"))
            assert target is not None and "rendering" in target.classes
            assert cell.attrs["aria-label"].split(": ")[-1].split()[0] in {v.value for v in Verdict}
        legend = " ".join(tree.find_all("div", "legend")[0].text.split())
        for verdict in Verdict:
            assert f"{VERDICT_SYMBOLS[verdict]} {verdict.value}" in legend

    def test_a_collation_names_the_outlets_sharing_each_change(self, collation: Report) -> None:
        page = compare_page(collation)
        assert "consensus of the outlets&#39; renderings" in page
        notes = re.findall(r'data-note="([^"]*)"', page)
        assert notes
        assert all(re.search(r" · (only in \S+|in \d+ outlets: .+)$", n) for n in notes)
        assert "case · in 2 outlets: 000, 001" in notes
        assert len(renderings(page)) == len(collation.findings)


@pytest.fixture(scope="module")
def escaping(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    """Two articles quoting markup, `&` and quote marks, one changing a word."""
    folder = tmp_path_factory.mktemp("escaping")
    quoted = f"Our plan is simple & fair: {SCRIPT} will never run on this 'page', said they."
    (folder / "a.txt").write_text(
        f'The minister wrote: "{quoted}"\n\nShe said it would cost £4bn in <b>total</b>.\n'
    )
    (folder / "b.txt").write_text(
        f'The minister wrote: "{quoted.replace("fair", "clear")}"\n\n'
        "She said it would cost £4.5bn in total & more.\n"
    )
    return load_corpus([folder / "a.txt", folder / "b.txt"], {})


class TestEscaping:
    """Article text holding markup, `&` and quote marks is shown as text, never run."""

    @staticmethod
    def check(page: str, *texts: str) -> Element:
        assert SCRIPT not in page
        assert "<b>" not in page
        assert page.count("<script>") == 1  # the page's own
        tree = parse(page)
        shown = tree.text
        for text in texts:
            assert text in shown
        return tree

    def test_compare(self, escaping: Corpus) -> None:
        report = compare(Config(base_dir=Path.cwd(), reference=None), escaping)
        assert report.findings
        page = compare_page(report)
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
        tree = self.check(page, SCRIPT, "simple & fair", "simple & clear", "'page'")
        added = [m for side in tree.find_all("div", "side") for m in marks(side) if m[0] == "added"]
        assert len(added) == 1
        assert added[0][1].split(":")[0] in ("clear", "fair")  # the word, its `: <` escaped

    def test_facts(self, escaping: Corpus) -> None:
        page = FACTS[TextFormat.HTML](find_facts(escaping), Display())
        assert isinstance(page, str)
        self.check(page, "in <b>total</b>.", "in total & more.", "£4bn", "£4.5bn")

    def test_quotes(self, escaping: Corpus) -> None:
        page = QUOTES[TextFormat.HTML](list_quotes(escaping.articles, 6), Display())
        assert isinstance(page, str)
        self.check(page, SCRIPT, "simple & fair", "simple & clear")


def test_a_line_in_a_page_counts_in_its_extracted_text(seed_report: Report) -> None:
    """An HTML page's lines are its extracted text's, and the page says so."""
    pages = tuple(replace(a, kind=InputKind.HTML) for a in seed_report.articles)
    page = compare_page(replace(seed_report, articles=pages))
    assert (
        "column 113 of the text extracted from <code>seeds/001_68a864a3ec0d8669.txt</code>" in page
    )
    assert "the text extracted from" not in compare_page(seed_report)


def test_labels_with_markup_and_quote_marks_stay_text_in_attributes(escaping: Corpus) -> None:
    """An outlet's label lands in a title and a note as it is written: `"`, `<`, `&` and all."""
    label = 'The "Daily" <i>Post</i> & Co'
    articles = tuple(replace(a, label=label) if a.id == "b" else a for a in escaping.articles)
    report = compare(
        Config(base_dir=Path.cwd(), reference=None), replace(escaping, articles=articles)
    )
    page = compare_page(report)
    assert "<i>" not in page
    tree = parse(page)
    assert label in [th.text for th in tree.find_all("th")]
    titles = [e.attrs["title"] for e in tree.iter() if "title" in e.attrs]
    assert any(t.startswith(f"{label} · ") for t in titles)  # a grid cell's
    assert any(t.endswith(f"only in {label}") for t in titles)  # a change's note


class TestFactsAndQuotesOnTheSeeds:
    def test_facts_every_fact_and_figure(self, seed_corpus: Corpus) -> None:
        report = find_facts(seed_corpus)
        page = FACTS[TextFormat.HTML](report, Display())
        assert isinstance(page, str)
        tree = parse(page)
        for group in report.groups:
            section = tree.by_id(group.id)
            assert section is not None, group.id
            marked = [m.text for m in tree.find_all("mark", "figure")]
            for figure in group.figures:
                assert " ".join(figure.text.split()) in marked
        conflict = tree.by_id(report.groups[0].id)
        assert conflict is not None
        assert "side 1: 001, 002: £4bn (3.8bn to 4.2bn GBP)" in conflict.text
        grid = tree.find_all("table", "grid")[0]
        assert [th.text for th in grid.find_all("thead")[0].find_all("th")][1:] == [
            a.label for a in report.articles
        ]

    def test_quotes_every_quotation(self, seed_corpus: Corpus) -> None:
        listing = list_quotes(seed_corpus.articles, 6)
        page = QUOTES[TextFormat.HTML](listing, Display())
        assert isinstance(page, str)
        tree = parse(page)
        sections = tree.find_all("section", "passage")
        assert len(sections) == len(listing.articles)
        for article, section in zip(listing.articles, sections, strict=True):
            rows = section.find_all("tr")[1:]
            quotes = listing.quotes_of(article.id)
            assert len(rows) == len(quotes)
            for quote, row in zip(quotes, rows, strict=True):
                assert row.find_all("td")[0].text == f"{quote.line}:{quote.column}"
                assert row.find_all("td")[1].text == (quote.speaker or "unknown")


@pytest.fixture(scope="module")
def wide(seed_report: Report) -> Report:
    return copied_report(seed_report, GRID_MAX_COLUMNS + 6)


class TestManyOutlets:
    """Past GRID_MAX_COLUMNS outlets the grid gives way to a sortable table of outlets."""

    def test_a_table_of_outlets_instead_of_the_grid(self, wide: Report) -> None:
        tree = parse(compare_page(wide))
        assert not tree.find_all("table", "grid")
        table = tree.find_all("table", "outlets-table")[0]
        assert "sortable" in table.classes
        rows = table.find_all("tbody")[0].find_all("tr")
        assert len(rows) == len(wide.articles)
        altered = [int(row.find_all("td")[5].text) for row in rows]
        assert altered == sorted(altered, reverse=True)  # the worst first
        for button in table.find_all("thead")[0].find_all("button"):
            assert button.attrs["type"] == "button"  # a sort the keyboard reaches

    def test_verbatim_renderings_fold_into_a_list(self, wide: Report) -> None:
        page = compare_page(wide)
        tree = parse(page)
        changed = sum(f.verdict is not Verdict.VERBATIM for f in wide.findings)
        assert len(renderings(page)) == changed
        folded = [li for d in tree.find_all("details", "folded") for li in d.find_all("li")]
        assert len(folded) == len(wide.findings) - changed
        ids = {e.attrs.get("id") for e in tree.iter()}
        for row in tree.find_all("table", "outlets-table")[0].find_all("a"):
            assert row.attrs["href"].removeprefix("#") in ids


class TestThePage:
    @pytest.mark.parametrize("command", ["compare", "facts", "quotes"])
    def test_self_contained(self, command: str, seed_report: Report, seed_corpus: Corpus) -> None:
        pages = {
            "compare": lambda: compare_page(seed_report),
            "facts": lambda: FACTS[TextFormat.HTML](find_facts(seed_corpus), Display()),
            "quotes": lambda: QUOTES[TextFormat.HTML](
                list_quotes(seed_corpus.articles, 6), Display()
            ),
        }
        page = pages[command]()
        assert isinstance(page, str) and page.startswith("<!DOCTYPE html>")
        tree = parse(page)
        assert not [e for e in tree.iter() if "src" in e.attrs]
        assert not tree.find_all("link")
        hrefs = [e.attrs["href"] for e in tree.iter() if "href" in e.attrs]
        assert hrefs and all(h.startswith("#") for h in hrefs)
        style = tree.find_all("style")[0].children[0]
        assert isinstance(style, str)
        assert "url(" not in style and "@import" not in style and "@font-face" not in style
        assert "@media print" in style and "@media (max-width: 48rem)" in style
        csp = [
            m
            for m in tree.find_all("meta")
            if m.attrs.get("http-equiv") == "Content-Security-Policy"
        ]
        assert csp[0].attrs["content"].startswith("default-src 'none'")
        assert len(tree.find_all("script")) == 1

    @pytest.mark.parametrize("command", ["compare", "facts", "quotes"])
    def test_no_two_elements_share_an_id(
        self, command: str, seed_report: Report, seed_corpus: Corpus
    ) -> None:
        pages = {
            "compare": lambda: compare_page(seed_report),
            "facts": lambda: FACTS[TextFormat.HTML](find_facts(seed_corpus), Display()),
            "quotes": lambda: QUOTES[TextFormat.HTML](
                list_quotes(seed_corpus.articles, 6), Display()
            ),
        }
        page = pages[command]()
        assert isinstance(page, str)
        ids = [e.attrs["id"] for e in parse(page).iter() if "id" in e.attrs]
        assert len(ids) == len(set(ids)) > 5
        labelled = [
            e.attrs["aria-labelledby"] for e in parse(page).iter() if "aria-labelledby" in e.attrs
        ]
        assert set(labelled) <= set(ids)

    def test_templates_ship_as_package_data(self) -> None:
        pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
        found = re.search(
            r'^\[tool\.setuptools\.package-data\]\n"qdiff\.render" = \[(.*)\]$', pyproject, re.M
        )
        assert found, "pyproject.toml ships no package data for qdiff.render"
        globs = re.findall(r'"([^"]+)"', found.group(1))
        templates = sorted(TEMPLATES.iterdir())
        assert templates
        for template in templates:
            assert any(template.match(f"*/render/{glob}") for glob in globs), template.name


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_colours_meet_wcag_aa() -> None:
    """Every --x-fg on its --x-bg, and every text colour on the paper, is 4.5:1 or better."""
    css = (TEMPLATES / "style.css.j2").read_text(encoding="utf-8")
    colours = dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-f]{6});", css))
    pairs = [
        (colours[f"{n[:-3]}-fg"], colours[f"{n[:-3]}-bg"]) for n in colours if n.endswith("-bg")
    ]
    texts = [
        "ink",
        "muted",
        "link",
        *(n for n in colours if n.endswith("-fg") and colours[n] != "#ffffff"),
    ]
    pairs += [(colours[n], colours["paper"]) for n in texts]
    assert len(pairs) > 20
    for fg, bg in pairs:
        assert contrast(fg, bg) >= 4.5, (fg, bg)


def test_anchors_are_unique_and_never_the_pages_own() -> None:
    found = anchors(["a-b", "a b", "a--b", "summary", "", "über-alles", "a-b"], "passage")
    assert found == ("a-b", "a_b", "a-b-2", "summary-2", "passage-5", "über-alles", "a-b-3")
    assert not any("--" in a for a in found)
