"""The seeds as HTML pages and as JSON Lines give the findings the .txt seeds give.

tests/data/formats holds the four seeds written as news pages (navigation, share bar, related
links and footer around the paragraphs, characters as entities) and as one JSON Lines dump, plain
and gzipped; generate.py writes them from seeds/.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from qdiff.cli import app

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ROOT / "tests" / "data" / "formats"
AFTER = "resignation letter in full:"
HTML_REFERENCE = "tests/data/formats/html/001_68a864a3ec0d8669.html"
CHECKED = ("002_532c4fb0224eba5a", "003_2ea4bb40d2f84377")

sys.path.insert(0, str(FORMATS))
generate: Any = importlib.import_module("generate")


@pytest.fixture(autouse=True)
def at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def run(*args: str, status: int = 0, stdin: str | None = None) -> Any:
    result = CliRunner().invoke(app, [*args, "--format", "json"], input=stdin)
    assert result.exit_code == status, result.output
    return json.loads(result.stdout)


def findings(document: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Each rendering of each passage: what qdiff found, whatever the offsets."""
    return sorted(
        (
            passage["text"],
            passage["base"],
            rendering["article"],
            rendering["text"],
            rendering["quoted"],
            rendering["speaker"],
            rendering["verdict"],
            json.dumps(rendering["edits"], sort_keys=True),
        )
        for passage in document["passages"]
        for rendering in passage["renderings"]
    )


def checked(document: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (r["passage"], r["text"], r["verdict"], r["outcome"], r["quoted"])
        for r in document["renderings"]
    ]


class TestTheDataIsWhatGenerateWrites:
    def test_files(self) -> None:
        for path, data in generate.outputs().items():
            if path.suffix == ".gz":  # zlib versions may compress the same bytes differently
                assert gzip.decompress(path.read_bytes()) == gzip.decompress(data), path
            else:
                assert path.read_bytes() == data, path

    def test_pages_carry_furniture_and_entities(self) -> None:
        page = (FORMATS / "html" / "001_68a864a3ec0d8669.html").read_text(encoding="utf-8")
        for furniture in ("<nav", "Share on Facebook", "More from Politics", "<footer", "<script"):
            assert furniture in page
        assert "&ldquo;" in page and "&pound;" in page and "&rsquo;" in page


@pytest.fixture(scope="module")
def txt_compare() -> dict[str, Any]:
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        return run("compare")


class TestCompare:
    def test_the_seeds_have_findings(self, txt_compare: dict[str, Any]) -> None:
        verdicts = {f[6] for f in findings(txt_compare)}
        assert {"verbatim", "trimmed", "altered"} <= verdicts
        assert len(findings(txt_compare)) >= 20

    def test_html_pages(self, txt_compare: dict[str, Any]) -> None:
        document = run(
            "compare",
            "tests/data/formats/html",
            "--reference",
            HTML_REFERENCE,
            "--reference-after",
            AFTER,
        )
        assert findings(document) == findings(txt_compare)

    @pytest.mark.parametrize("dump", ["seeds.jsonl", "seeds.jsonl.gz"])
    def test_json_lines(self, txt_compare: dict[str, Any], dump: str) -> None:
        document = run("compare", f"tests/data/formats/jsonl/{dump}")
        assert findings(document) == findings(txt_compare)

    def test_json_lines_on_standard_input(self, txt_compare: dict[str, Any]) -> None:
        dump = (FORMATS / "jsonl" / "seeds.jsonl").read_text(encoding="utf-8")
        assert findings(run("compare", "-", stdin=dump)) == findings(txt_compare)

    def test_collation_without_a_reference(self) -> None:
        txt = run("compare", "--no-reference")
        html = run("compare", "--no-reference", "tests/data/formats/html")
        jsonl = run("compare", "--no-reference", "tests/data/formats/jsonl/seeds.jsonl")
        assert findings(txt)
        assert findings(html) == findings(txt)
        assert findings(jsonl) == findings(txt)

    def test_quotes_and_speakers(self) -> None:
        def listed(document: dict[str, Any]) -> list[tuple[str, str, Any]]:
            """Paragraph breaks folded: 002's .txt has a blank line between paragraphs."""
            return [
                (q["article"], " ".join(q["text"].split()), q["speaker"])
                for q in document["quotes"]
            ]

        txt = run("quotes")
        assert listed(run("quotes", "tests/data/formats/html")) == listed(txt)
        assert listed(run("quotes", "tests/data/formats/jsonl/seeds.jsonl")) == listed(txt)

    def test_metadata_and_labels(self) -> None:
        """The configured labels win; the outlet is kept as metadata."""
        (article, *_) = run("compare", "tests/data/formats/html")["articles"]
        assert article["outlet"] == "000"
        assert article["metadata"] == {
            "outlet": "The Northern Courier",
            "url": "https://northern-courier.example/politics/2016/03/duncan-smith-resigns",
            "published": "2016-03-18",
            "title": "Iain Duncan Smith resigns over disability benefit cuts",
        }

    def test_outlet_is_the_label_when_none_is_configured(self, tmp_path: Path) -> None:
        config = tmp_path / "config.yaml"
        config.write_text(f"corpus: [{FORMATS / 'jsonl' / 'seeds.jsonl'}]\n", encoding="utf-8")
        outlets = [a["outlet"] for a in run("compare", "--config", str(config))["articles"]]
        assert outlets == [
            "The Northern Courier",
            "Daily Ledger",
            "Metro Evening Post",
            "The Scottish Record",
        ]


class TestCheck:
    @pytest.mark.parametrize(("stem", "status"), list(zip(CHECKED, (0, 1), strict=True)))
    def test_an_html_page_is_judged_as_its_text(self, stem: str, status: int) -> None:
        txt = run("check", f"seeds/{stem}.txt", status=status)
        html = run("check", f"tests/data/formats/html/{stem}.html", status=status)
        assert checked(txt)
        assert checked(html) == checked(txt)
        assert html["summary"] == txt["summary"]

    def test_json_lines(self) -> None:
        txt = run("check", *(f"seeds/{stem}.txt" for stem in CHECKED), status=1)
        dump = "".join(
            line + "\n"
            for line in (FORMATS / "jsonl" / "seeds.jsonl").read_text("utf-8").splitlines()
            if json.loads(line)["id"] in CHECKED
        )
        jsonl = run("check", "-", status=1, stdin=dump)
        assert checked(jsonl) == checked(txt)
        assert {r["located_in"] for r in jsonl["renderings"]} == {"text"}
        assert {r["path"] for r in jsonl["renderings"]} == {f"<stdin>#{s}" for s in CHECKED}

    def test_html_locations_point_into_the_page(self) -> None:
        page = FORMATS / "html" / "003_2ea4bb40d2f84377.html"
        lines = page.read_text(encoding="utf-8").splitlines()
        document = run("check", str(page.relative_to(ROOT)), status=1)
        assert document["renderings"]
        for rendering in document["renderings"]:
            assert rendering["located_in"] == "file"
            line = lines[rendering["line"] - 1]
            first_word = rendering["text"].split()[0].strip("“\"'‘")
            column = rendering["column"] - 1
            assert line[column : column + len(first_word)] == first_word, rendering
            end = lines[rendering["end_line"] - 1][rendering["end_column"] - 1]
            assert end == rendering["text"].rstrip()[-1], rendering
