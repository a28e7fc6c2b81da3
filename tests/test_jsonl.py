"""JSON Lines input: records, malformed lines, gzip, standard input, duplicate ids, field names."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from qdiff.cli import app
from qdiff.config import JsonlFields
from qdiff.errors import InputError
from qdiff.io.corpus import expand_paths, iter_articles, load_corpus
from qdiff.io.jsonl import iter_records, lookup
from qdiff.model import Article, InputKind, Skipped

QUOTE = 'The minister said: \\"We will never give up on the people of this town, not ever.\\"'


def dump(path: Path, *lines: str | dict[str, Any]) -> Path:
    text = "".join((json.dumps(x) if isinstance(x, dict) else x) + "\n" for x in lines)
    path.write_text(text, encoding="utf-8")
    return path


DEFAULT = JsonlFields()


def records(path: Path, fields: JsonlFields = DEFAULT) -> list[Article | Skipped]:
    return [item for _, item in iter_records(path, fields)]


class TestRecords:
    def test_every_field(self, tmp_path: Path) -> None:
        path = dump(
            tmp_path / "news.jsonl",
            {
                "id": "bbc-1",
                "text": "Line one.\nLine two.",
                "outlet": "BBC News",
                "url": "https://bbc.example/1",
                "published": "2016-03-19",
                "title": "A headline",
                "extra": [1, 2],
            },
        )
        (article,) = records(path)
        assert article == Article(
            id="bbc-1",
            label="BBC News",
            path=f"{path}#bbc-1",
            text="Line one.\nLine two.",
            outlet="BBC News",
            url="https://bbc.example/1",
            published="2016-03-19",
            title="A headline",
            kind=InputKind.JSONL,
        )

    def test_only_id_and_text(self, tmp_path: Path) -> None:
        (article,) = records(dump(tmp_path / "a.jsonl", {"id": 7, "text": "Words."}))
        assert isinstance(article, Article)
        assert (article.id, article.label, article.outlet, article.title) == ("7", "7", None, None)

    def test_a_configured_label_beats_the_outlet(self, tmp_path: Path) -> None:
        path = dump(tmp_path / "a.jsonl", {"id": "x", "text": "t", "outlet": "Wire"})
        ((_, article),) = iter_records(path, JsonlFields(), {"x": "Label"})
        assert isinstance(article, Article)
        assert (article.label, article.outlet) == ("Label", "Wire")

    def test_a_number_as_published_is_kept_as_written(self, tmp_path: Path) -> None:
        path = dump(tmp_path / "a.jsonl", {"id": "x", "text": "t", "published": 1458345600})
        (article,) = records(path)
        assert isinstance(article, Article)
        assert article.published == "1458345600"

    def test_byte_order_mark_and_crlf(self, tmp_path: Path) -> None:
        path = tmp_path / "a.jsonl"
        path.write_bytes(
            b'\xef\xbb\xbf{"id": "a", "text": "one"}\r\n{"id": "b", "text": "two"}\r\n'
        )
        assert [a.id for a in records(path) if isinstance(a, Article)] == ["a", "b"]

    def test_a_text_keeps_its_quotation_marks(self, tmp_path: Path) -> None:
        """A JSON string's escaped quotes are the article's quotation marks, and the JSON's own
        quotes are not: the text is the decoded string."""
        path = tmp_path / "a.jsonl"
        path.write_text('{"id": "a", "text": "' + QUOTE + '"}\n', encoding="utf-8")
        (article,) = records(path)
        assert isinstance(article, Article)
        assert article.text.startswith('The minister said: "We will')
        assert article.text.endswith('not ever."')


class TestMalformedLines:
    def test_each_is_skipped_with_its_line_number(self, tmp_path: Path) -> None:
        path = dump(
            tmp_path / "news.jsonl",
            {"id": "a", "text": "one"},
            "{not json",
            "",
            '["a", "list"]',
            {"text": "no id"},
            {"id": "c"},
            {"id": "d", "text": 5},
            {"id": True, "text": "a boolean id"},
            {"id": "e", "text": "t", "outlet": {"name": "nested"}},
            {"id": "f", "text": "t", "title": True},
            {"id": "  ", "text": "blank id"},
            {"id": "z", "text": "last"},
        )
        items = records(path)
        assert [a.id for a in items if isinstance(a, Article)] == ["a", "z"]
        assert [(s.path, s.reason) for s in items if isinstance(s, Skipped)] == [
            (f"{path}:2", "not JSON: Expecting property name enclosed in double quotes (column 2)"),
            (f"{path}:4", "not a JSON object but an array"),
            (f"{path}:5", "no 'id' field"),
            (f"{path}:6", "no 'text' field"),
            (f"{path}:7", "'text' is a number, not a string"),
            (f"{path}:8", "'id' is a boolean, not a string or whole number"),
            (f"{path}:9", "'outlet' is an object, not a string"),
            (f"{path}:10", "'title' is a boolean, not a string"),
            (f"{path}:11", "'id' is an empty string, not a string or whole number"),
        ]

    def test_a_line_that_is_not_utf8(self, tmp_path: Path) -> None:
        path = tmp_path / "a.jsonl"
        path.write_bytes(b'{"id": "a", "text": "caf\xe9"}\n{"id": "b", "text": "ok"}\n')
        items = records(path)
        assert items[0] == Skipped(f"{path}:1", "not UTF-8 text (byte 0xe9 at column 25)")
        assert isinstance(items[1], Article)

    def test_the_corpus_reports_what_it_could_read(self, tmp_path: Path) -> None:
        path = dump(tmp_path / "a.jsonl", {"id": "a", "text": "one"}, "oops")
        corpus = load_corpus([path])
        assert [a.id for a in corpus.articles] == ["a"]
        assert [s.path for s in corpus.skipped] == [f"{path}:2"]

    def test_nothing_readable_is_an_error(self, tmp_path: Path) -> None:
        path = dump(tmp_path / "a.jsonl", "oops", "[]", "{}", "1", "2")
        with pytest.raises(InputError, match=r"no readable article .*; and 2 more\)$"):
            load_corpus([path])


class TestGzip:
    def test_read(self, tmp_path: Path) -> None:
        path = tmp_path / "a.jsonl.gz"
        path.write_bytes(gzip.compress(b'{"id": "a", "text": "one"}\n{"id": "b", "text": "2"}\n'))
        assert [a.id for a in records(path) if isinstance(a, Article)] == ["a", "b"]

    def test_not_gzip(self, tmp_path: Path) -> None:
        path = tmp_path / "a.jsonl.gz"
        path.write_bytes(b'{"id": "a", "text": "one"}\n')
        (item,) = records(path)
        assert isinstance(item, Skipped)
        assert item.path == str(path)
        assert "Not a gzipped file" in item.reason

    def test_cut_short(self, tmp_path: Path) -> None:
        """The records before the break are read; the break is named after the last line."""
        lines = b"".join(b'{"id": "%d", "text": "%s"}\n' % (n, b"x" * 50) for n in range(200))
        data = gzip.compress(lines)
        path = tmp_path / "a.jsonl.gz"
        path.write_bytes(data[: len(data) - 20])
        items = records(path)
        read = [a for a in items if isinstance(a, Article)]
        assert 0 < len(read) < 200
        assert items[-1] == Skipped(
            str(path),
            f"compressed file ended before its end-of-stream marker (after line {len(read)})",
        )


class _Lines(io.RawIOBase):
    """A stream that counts the lines taken from it."""

    def __init__(self, lines: list[bytes]) -> None:
        self.lines = iter(lines)
        self.taken = 0

    def readline(self, size: int | None = -1) -> bytes:
        line = next(self.lines, b"")
        self.taken += bool(line)
        return line


class TestStandardInput:
    def test_dash_is_standard_input(self, tmp_path: Path) -> None:
        assert expand_paths(["-", "-"], tmp_path) == [Path("-")]

    def test_read_line_by_line(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """The first record is yielded before the second line is read: the dump is streamed."""
        stream = _Lines([b'{"id": "a", "text": "one"}\n', b'{"id": "b", "text": "two"}\n'])
        monkeypatch.setattr(sys, "stdin", type("Stdin", (), {"buffer": stream})())
        articles = iter_articles([Path("-")])
        first = next(articles)
        assert isinstance(first, Article)
        assert (first.id, first.path, stream.taken) == ("a", "<stdin>#a", 1)
        assert [a.id for a in articles if isinstance(a, Article)] == ["b"]

    def test_cli(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.chdir(tmp_path)
        lines = [{"id": "x", "text": "He said: “I will not stand by and watch this happen.”"}]
        stdin = "".join(json.dumps(x) + "\n" for x in lines) + "garbage\n"
        result = CliRunner().invoke(app, ["quotes", "-", "--format", "json"], input=stdin)
        assert result.exit_code == 0, result.output
        assert [q["article"] for q in json.loads(result.stdout)["quotes"]] == ["x"]
        assert "qdiff: skipped <stdin>:2: not JSON: Expecting value (column 1)" in result.stderr


class TestDuplicateIds:
    def test_within_a_dump(self, tmp_path: Path) -> None:
        path = dump(
            tmp_path / "a.jsonl",
            {"id": "x", "text": "one"},
            {"id": "y", "text": "two"},
            {"id": "x", "text": "three"},
        )
        with pytest.raises(InputError) as info:
            load_corpus([path])
        assert str(info.value) == f"duplicate id 'x' at {path}:3 (first at {path}:1)"

    def test_across_dumps_and_files(self, tmp_path: Path) -> None:
        story = tmp_path / "story.txt"
        story.write_text("A story.", encoding="utf-8")
        path = dump(tmp_path / "a.jsonl", {"id": "story", "text": "one"})
        with pytest.raises(InputError, match=rf"duplicate id 'story' at {path}:1 \(first at "):
            load_corpus([story, path])

    def test_cli_one_line_exit_2(self, tmp_path: Path) -> None:
        path = dump(tmp_path / "a.jsonl", {"id": 1, "text": "one"}, {"id": "1", "text": "two"})
        result = CliRunner().invoke(app, ["compare", "--no-reference", str(path)])
        assert result.exit_code == 2
        assert result.stderr == f"qdiff: error: duplicate id '1' at {path}:2 (first at {path}:1)\n"


class TestFieldNames:
    def test_configured_keys(self, tmp_path: Path) -> None:
        """A key spelled with a dot is read before the nested object it could name."""
        record = {"uuid": "u1", "body": "Words.", "source": {"name": "Wire"}, "source.name": "Dot"}
        path = dump(tmp_path / "a.jsonl", record)
        (article,) = records(path, JsonlFields(id="uuid", text="body", outlet="source.name"))
        assert isinstance(article, Article)
        assert (article.id, article.text, article.outlet) == ("u1", "Words.", "Dot")

    def test_dotted_keys_read_nested_objects(self) -> None:
        record = {"source": {"name": "Wire", "meta": {"lang": "en"}}}
        assert lookup(record, "source.name") == "Wire"
        assert lookup(record, "source.meta.lang") == "en"
        assert lookup(record, "source.missing") is None
        assert lookup({"source": "flat"}, "source.name") is None

    def test_config_file(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        dump(tmp_path / "a.jsonl", {"uuid": "u1", "body": "Words.", "site": {"name": "Wire"}})
        (tmp_path / "config.yaml").write_text(
            "corpus: a.jsonl\njsonl:\n  id: uuid\n  text: body\n  outlet: site.name\n",
            encoding="utf-8",
        )
        monkeypatch.chdir(tmp_path)
        result = CliRunner().invoke(app, ["quotes", "--format", "json"])
        assert result.exit_code == 0, result.output
        (article,) = json.loads(result.stdout)["articles"]
        assert (article["id"], article["outlet"]) == ("u1", "Wire")

    def test_cli_option(self, tmp_path: Path) -> None:
        path = dump(tmp_path / "a.jsonl", {"uuid": "u1", "body": "Words."})
        args = ["quotes", str(path), "--format", "json", "--jsonl-field", "id=uuid"]
        result = CliRunner().invoke(app, [*args, "--jsonl-field", "text=body"])
        assert result.exit_code == 0, result.output
        assert [a["id"] for a in json.loads(result.stdout)["articles"]] == ["u1"]

    @pytest.mark.parametrize(
        ("value", "message"),
        [("body", "expected FIELD=KEY"), ("summary=body", "unknown field 'summary'")],
    )
    def test_bad_cli_option(self, tmp_path: Path, value: str, message: str) -> None:
        path = dump(tmp_path / "a.jsonl", {"id": "a", "text": "t"})
        result = CliRunner().invoke(app, ["quotes", str(path), "--jsonl-field", value])
        assert result.exit_code == 2
        assert message in result.output

    def test_without_the_configured_text_key(self, tmp_path: Path) -> None:
        """Records read with the wrong key are skipped and named, so the mistake shows."""
        path = dump(tmp_path / "a.jsonl", {"id": "a", "text": "t"})
        result = CliRunner().invoke(app, ["quotes", str(path), "--jsonl-field", "text=body"])
        assert result.exit_code == 2
        assert f"{path}:1: no 'body' field" in result.stderr


class TestCheck:
    def test_a_malformed_line_stops_the_check(self, tmp_path: Path) -> None:
        """CI cannot vouch for a record it could not read."""
        path = dump(tmp_path / "a.jsonl", {"id": "a", "text": "t"}, "{oops")
        result = CliRunner().invoke(app, ["check", str(path)])
        assert result.exit_code == 2
        assert f"qdiff: skipped {path}:2: not JSON" in result.stderr
        assert "1 article could not be read; nothing checked" in result.stderr

    def test_the_dump_is_not_modified(self, tmp_path: Path) -> None:
        path = dump(tmp_path / "a.jsonl", {"id": "a", "text": "He said: “Not one word.”"})
        before = path.read_bytes(), path.stat().st_mtime_ns
        CliRunner().invoke(app, ["compare", "--no-reference", str(path)])
        assert (path.read_bytes(), path.stat().st_mtime_ns) == before
