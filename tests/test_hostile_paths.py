"""Hostile paths and files, through every command: missing paths, empty and unreadable folders,
pipes, sockets and devices, link loops, unreadable, binary, huge and oddly encoded files.

Each case holds for compare, quotes, facts and check: bad input is one line on stderr and exit
2 when nothing is left to read; otherwise the rest is reported and each skip named (check, which
cannot vouch for an article it did not read, exits 2 after naming it). No case may block: a
FIFO is never opened (each test runs under an alarm). No command writes into its inputs.
"""

from __future__ import annotations

import codecs
import gzip
import hashlib
import json
import os
import shutil
import signal
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from qdiff.cli import app
from qdiff.errors import EXIT_ERROR, EXIT_OK
from qdiff.io import files, paths
from qdiff.io.corpus import expand_paths, load_corpus, read_article
from qdiff.model import Article, Skipped
from qdiff.quotes.extract import extract_quotes

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
REFERENCE = "001_68a864a3ec0d8669.txt"
ARTICLE = "002_532c4fb0224eba5a.txt"
COMMANDS = ("compare", "quotes", "facts", "check")
ALARM_SECONDS = 20

runner = CliRunner()


class Blocked(Exception):
    pass


@pytest.fixture(autouse=True)
def never_blocks() -> Iterator[None]:
    """Fail, rather than hang, when anything blocks (a FIFO opened for reading would)."""

    def _raise(signum: int, frame: FrameType | None) -> None:
        raise Blocked("blocked")

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.alarm(ALARM_SECONDS)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def work(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A short folder under /tmp (a socket's path must be short) with the reference, a good
    article and a config naming the reference; the runs happen in it."""
    folder = Path(tempfile.mkdtemp(prefix="qd", dir="/tmp"))
    shutil.copy(SEEDS / REFERENCE, folder / "reference.txt")
    shutil.copy(SEEDS / ARTICLE, folder / "good.txt")
    (folder / "config.yaml").write_text(
        "corpus: [good.txt]\n"
        "reference:\n  path: reference.txt\n  after: 'resignation letter in full:'\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(folder)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("COLUMNS", "100")
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run(command: str, *args: str):
    extra = ["--format", "json"] if command != "check" else []
    return runner.invoke(app, [command, *extra, *args], catch_exceptions=False)


def one_error_line(result) -> str:  # type: ignore[no-untyped-def]
    assert result.exit_code == EXIT_ERROR, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("qdiff: error: ")
    return lines[0]


def reports_the_rest(command: str, result, skipped: str) -> None:  # type: ignore[no-untyped-def]
    """The good article was reported on and the skipped input named; check exits 2 instead."""
    assert "Traceback" not in result.output
    assert f"qdiff: skipped {skipped}" in result.stderr, result.stderr
    if command == "check":
        assert result.exit_code == EXIT_ERROR
        assert "could not be read; nothing checked" in result.stderr
    else:
        assert result.exit_code == EXIT_OK, result.output
        assert "good" in result.stdout


def fifo(folder: Path, name: str = "pipe.txt") -> Path:
    path = folder / name
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("command", COMMANDS)
class TestEveryCommand:
    def test_missing_path_alone(self, command: str, work: Path) -> None:
        line = one_error_line(run(command, "nowhere.txt"))
        assert line == (
            "qdiff: error: no readable article in the corpus (nowhere.txt: no such file or folder)"
        )

    def test_missing_path_among_others(self, command: str, work: Path) -> None:
        reports_the_rest(command, run(command, "good.txt", "nowhere.txt"), "nowhere.txt")

    def test_glob_matching_nothing_among_others(self, command: str, work: Path) -> None:
        result = run(command, "good.txt", "none/*.txt")
        reports_the_rest(command, result, "none/*.txt: no file matches this pattern")

    def test_empty_folder(self, command: str, work: Path) -> None:
        (work / "empty").mkdir()
        assert "empty: a folder with no article file" in one_error_line(run(command, "empty"))

    def test_folder_with_nothing_readable(self, command: str, work: Path) -> None:
        (work / "junk").mkdir()
        (work / "junk" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
        fifo(work / "junk")
        line = one_error_line(run(command, "junk"))
        assert "image.txt: binary file (NUL byte)" in line
        assert "pipe.txt: a named pipe (FIFO): never read" in line

    def test_fifo_alone_never_blocks(self, command: str, work: Path) -> None:
        fifo(work)
        assert "pipe.txt: a named pipe (FIFO): never read" in one_error_line(
            run(command, "pipe.txt")
        )

    def test_fifo_among_others(self, command: str, work: Path) -> None:
        fifo(work)
        result = run(command, "good.txt", "pipe.txt")
        reports_the_rest(command, result, "pipe.txt: a named pipe (FIFO): never read")

    def test_fifo_named_jsonl_never_blocks(self, command: str, work: Path) -> None:
        fifo(work, "dump.jsonl")
        result = run(command, "good.txt", "dump.jsonl")
        reports_the_rest(command, result, "dump.jsonl: a named pipe (FIFO): never read")

    def test_socket(self, command: str, work: Path) -> None:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
            server.bind(str(work / "sock.txt"))
            result = run(command, "good.txt", "sock.txt")
        reports_the_rest(command, result, "sock.txt: a socket: never read")

    def test_device(self, command: str, work: Path) -> None:
        line = one_error_line(run(command, "/dev/zero"))
        assert "/dev/zero: a device: never read" in line

    def test_link_loop_reads_each_file_once(self, command: str, work: Path) -> None:
        (work / "d").mkdir()
        shutil.move(work / "good.txt", work / "d" / "good.txt")
        (work / "d" / "self").symlink_to(work / "d", target_is_directory=True)
        for pattern in ("d/**/*.txt", "d"):
            result = run(command, pattern)
            assert result.exit_code == EXIT_OK, result.output
            assert result.stderr == ""
            if command == "compare":
                articles = json.loads(result.stdout)["articles"]
                assert [a["path"] for a in articles] == ["d/good.txt", "reference.txt"]

    def test_unreadable_file(
        self, command: str, work: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        (work / "locked.txt").write_text("text", encoding="utf-8")
        deny_opening(monkeypatch, "locked.txt")
        assert "locked.txt: Permission denied" in one_error_line(run(command, "locked.txt"))
        result = run(command, "good.txt", "locked.txt")
        reports_the_rest(command, result, "locked.txt: Permission denied")

    def test_unreadable_folder(
        self, command: str, work: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        (work / "closed").mkdir()
        (work / "closed" / "a.txt").write_text("text", encoding="utf-8")
        deny_listing(monkeypatch, "closed")
        line = one_error_line(run(command, "closed"))
        assert "closed: cannot list the folder: Permission denied" in line
        assert "no .txt" not in line and "no article file" not in line

    def test_binary_file_among_others(self, command: str, work: Path) -> None:
        (work / "blob.txt").write_bytes(b"GIF89a\x00\x01\x02")
        result = run(command, "good.txt", "blob.txt")
        reports_the_rest(command, result, "blob.txt: binary file (NUL byte)")

    @pytest.mark.parametrize(
        ("codec", "bom", "name"),
        [
            ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16"),
            ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16"),
            ("utf-32-le", codecs.BOM_UTF32_LE, "utf-32"),
            ("cp1252", b"", "windows-1252"),
        ],
    )
    def test_other_encodings_are_read_and_named(
        self, command: str, work: Path, codec: str, bom: bytes, name: str
    ) -> None:
        text = (work / "good.txt").read_text(encoding="utf-8")
        if codec == "cp1252":
            text = text.replace("—", "-") + "\nCafé, crème brûlée: “quoted”.\n"
        (work / "good.txt").write_bytes(bom + text.encode(codec))
        result = run(command, "good.txt")
        assert result.exit_code == EXIT_OK, result.output
        assert result.stderr == f"qdiff: note: good.txt is not UTF-8: read as {name}\n"
        if command == "quotes":
            utf8 = work / "utf8.txt"
            utf8.write_text(text, encoding="utf-8")
            same = run(command, "utf8.txt")
            assert _texts(result.stdout) == _texts(same.stdout) != []

    def test_article_over_the_size_limit(
        self, command: str, work: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        set_limit(work, 0.001)  # 1,000 bytes; the seed article has 2,925
        opened = spy_on_opening(monkeypatch)
        line = one_error_line(run(command, "good.txt"))
        assert line == (
            "qdiff: error: no readable article in the corpus (good.txt: larger than the 0.001 MB "
            "limit (0.002925 MB; raise limits.article_mb to read it))"
        )
        assert not any(p.endswith("good.txt") for p in opened), "refused by its size, unopened"

    def test_record_over_the_size_limit(self, command: str, work: Path) -> None:
        set_limit(work, 0.01)
        text = (work / "reference.txt").read_text(encoding="utf-8")[:5000]
        records = [{"id": "big", "text": text * 3}, {"id": "small", "text": text}]
        with gzip.open(work / "dump.jsonl.gz", "wt", encoding="utf-8") as stream:
            stream.writelines(json.dumps(r) + "\n" for r in records)
        result = run(command, "dump.jsonl.gz")
        assert "qdiff: skipped dump.jsonl.gz:1: a record larger than the 0.01 MB" in result.stderr
        assert "Traceback" not in result.output
        if command != "check":
            assert result.exit_code == EXIT_OK, result.output
            assert "small" in result.stdout and '"big"' not in result.stdout

    def test_inputs_never_modified(self, command: str, work: Path) -> None:
        (work / "latin.txt").write_bytes("Caf\u00e9 \u201cso\u201d.".encode("cp1252"))
        (work / "blob.txt").write_bytes(b"\x00\x01")
        before = tree_hashes(work)
        out = Path(tempfile.mkdtemp(prefix="qdout", dir="/tmp"))
        try:
            for args in (("good.txt", "latin.txt", "blob.txt"), (".",), ("good.txt",)):
                run(command, *args)
                run(command, *args, "--output", str(out / "report"))
            assert tree_hashes(work) == before
        finally:
            shutil.rmtree(out)

    def test_output_into_a_read_only_folder(
        self, command: str, work: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        (work / "ro").mkdir()
        (work / "ro").chmod(0o555)
        if os.geteuid() == 0:  # root writes anywhere: make the folder refuse as it would
            deny_writing(monkeypatch, work / "ro")
        line = one_error_line(run(command, "good.txt", "--output", "ro/report.txt"))
        assert line == "qdiff: error: cannot write ro/report.txt: Permission denied"
        assert list((work / "ro").iterdir()) == []

    def test_several_skips_are_counted_with_their_reasons(self, command: str, work: Path) -> None:
        (work / "a.txt").write_bytes(b"\x00")
        (work / "b.txt").write_bytes(b"\x00\x00")
        result = run(command, "good.txt", "a.txt", "b.txt", "gone.txt")
        assert "qdiff: skipped 3 inputs (2 binary file, 1 no such file or folder)" in (
            result.stderr
        )


def _texts(listing: str) -> list[str]:
    return [q["text"] for q in json.loads(listing)["quotes"]]


def set_limit(folder: Path, megabytes: float | str) -> None:
    config = folder / "config.yaml"
    config.write_text(
        config.read_text(encoding="utf-8") + f"limits:\n  article_mb: {megabytes}\n",
        encoding="utf-8",
    )


def tree_hashes(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def deny_opening(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    real = os.open

    def fake(path: object, flags: int, *args: int, **kwargs: object) -> int:
        if str(path).endswith(name):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(files.os, "open", fake)


def deny_listing(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    real = os.scandir

    def fake(path: object) -> object:
        if str(path).endswith(name):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[call-overload]

    monkeypatch.setattr(paths.os, "scandir", fake)


def deny_writing(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    from qdiff import output

    real = tempfile.mkstemp

    def fake(*args: object, **kwargs: object) -> tuple[int, str]:
        if Path(str(kwargs.get("dir"))).resolve() == folder.resolve():
            raise PermissionError(13, "Permission denied", str(folder))
        return real(*args, **kwargs)  # type: ignore[call-overload, no-any-return]

    monkeypatch.setattr(output.tempfile, "mkstemp", fake)


def spy_on_opening(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    opened: list[str] = []
    real = os.open

    def spy(path: object, flags: int, *args: int, **kwargs: object) -> int:
        opened.append(str(path))
        return real(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(files.os, "open", spy)
    return opened


class TestReference:
    def test_reference_that_is_a_folder(self, work: Path) -> None:
        (work / "letters").mkdir()
        line = one_error_line(run("compare", "good.txt", "--reference", "letters"))
        assert line == "qdiff: error: the reference letters is a folder, not a file: name its file"

    def test_reference_that_is_a_fifo(self, work: Path) -> None:
        fifo(work, "letter.txt")
        line = one_error_line(run("compare", "good.txt", "--reference", "letter.txt"))
        assert "letter.txt: a named pipe (FIFO): never read" in line

    def test_missing_reference(self, work: Path) -> None:
        line = one_error_line(run("check", "good.txt", "--reference", "nope.txt"))
        assert line == "qdiff: error: reference file not found: nope.txt"


class TestLibrary:
    def test_two_self_links_do_not_multiply(self, work: Path) -> None:
        """Two links back to the folder would give 2**40 paths to a following glob."""
        (work / "d").mkdir()
        (work / "d" / "a.txt").write_text("a", encoding="utf-8")
        (work / "d" / "x").symlink_to(work / "d", target_is_directory=True)
        (work / "d" / "y").symlink_to(work / "d", target_is_directory=True)
        assert expand_paths(["d/**/*.txt"], work) == [Path("d/a.txt")]

    def test_a_file_named_twice_through_a_link_is_read_once(self, work: Path) -> None:
        (work / "alias.txt").symlink_to(work / "good.txt")
        assert expand_paths(["good.txt", "alias.txt", "*.txt"], work) == [
            Path("good.txt"),
            Path("reference.txt"),
        ]

    def test_recursive_glob_as_glob_does(self, work: Path) -> None:
        """`**` matches no folder or many; hidden names only when the pattern names them."""
        for name in ("top.txt", "a/one.txt", "a/b/two.txt", ".hidden/h.txt", "a/.h.txt"):
            (work / "t" / name).parent.mkdir(parents=True, exist_ok=True)
            (work / "t" / name).write_text("x", encoding="utf-8")
        assert expand_paths(["t/**/*.txt"], work) == [
            Path("t/a/b/two.txt"),
            Path("t/a/one.txt"),
            Path("t/top.txt"),
        ]
        assert expand_paths(["t/**"], work) == [
            Path("t/a/b/two.txt"),
            Path("t/a/one.txt"),
            Path("t/top.txt"),
        ]
        assert expand_paths(["t/a/**/two.txt"], work) == [Path("t/a/b/two.txt")]

    def test_broken_link_is_skipped(self, work: Path) -> None:
        (work / "dangling.txt").symlink_to(work / "nowhere.txt")
        corpus = load_corpus(expand_paths(["good.txt", "dangling.txt"], work))
        assert corpus.skipped == (Skipped("dangling.txt", "No such file or directory"),)

    def test_damaged_utf8_is_not_read_as_windows_1252(self, tmp_path: Path) -> None:
        """Good multi-byte characters before a bad byte: damaged UTF-8, not mojibake."""
        path = tmp_path / "x.txt"
        path.write_bytes("“quoted”".encode() + b" \xff")
        assert read_article(path, "x") == Skipped(str(path), "not UTF-8 text (byte 0xff at 13)")

    def test_other_8_bit_encoding_is_skipped_not_misread(self, tmp_path: Path) -> None:
        path = tmp_path / "ru.txt"
        path.write_bytes(
            ("Президент заявил, что мы не отступим от этого решения. " * 3).encode("cp1251")
        )
        item = read_article(path, "ru")
        assert isinstance(item, Skipped)
        assert "nor Western text in Windows-1252" in item.reason

    def test_one_accented_letter_at_the_end_is_windows_1252(self, tmp_path: Path) -> None:
        path = tmp_path / "x.txt"
        path.write_bytes(b"caf\xe9")
        item = read_article(path, "x")
        assert isinstance(item, Article) and (item.text, item.encoding) == ("café", "windows-1252")

    def test_utf8_cut_inside_a_character_is_skipped(self, tmp_path: Path) -> None:
        path = tmp_path / "x.txt"
        path.write_bytes(b"ab\xe2\x80")
        assert read_article(path, "x") == Skipped(str(path), "not UTF-8 text (byte 0xe2 at 2)")

    def test_undefined_windows_1252_bytes_are_skipped(self, tmp_path: Path) -> None:
        path = tmp_path / "x.txt"
        path.write_bytes(b"abc \x81 def")
        assert read_article(path, "x") == Skipped(
            str(path), "not UTF-8 text (byte 0x81 at 4), nor Windows-1252 (byte 0x81 at 4)"
        )

    def test_bad_utf16_after_its_bom(self, tmp_path: Path) -> None:
        path = tmp_path / "x.txt"
        path.write_bytes(codecs.BOM_UTF16_LE + "ab".encode("utf-16-le") + b"\x00\xd8")
        item = read_article(path, "x")
        assert isinstance(item, Skipped)
        assert item.reason.startswith("not utf-16 text despite its byte-order mark")

    def test_sparse_huge_file_is_refused_by_its_size(self, tmp_path: Path) -> None:
        """A 30 GB file (sparse: it takes no room) is refused at once, never read."""
        path = tmp_path / "huge.txt"
        with path.open("wb") as handle:
            handle.truncate(30 * 10**9)
        item = read_article(path, "huge")
        assert item == Skipped(
            str(path), "larger than the 20 MB limit (30000 MB; raise limits.article_mb to read it)"
        )

    def test_huge_jsonl_line_is_never_held_whole(self, tmp_path: Path) -> None:
        """A line longer than the limit is read past in limit-sized pieces."""
        path = tmp_path / "d.jsonl"
        with path.open("wb") as handle:
            handle.write(b'{"id": "a", "text": "' + b"x" * 3000 + b'"}\n')
            handle.write(b'{"id": "b", "text": "fine"}\n')
        corpus = load_corpus([path], max_bytes=1000)
        assert [a.id for a in corpus.articles] == ["b"]
        assert corpus.skipped[0].path == f"{path}:1"

    def test_html_page_over_the_limit(self, tmp_path: Path) -> None:
        path = tmp_path / "page.html"
        path.write_text("<html><body><p>" + "word " * 1000 + "</p></body></html>")
        item = read_article(path, "page", max_bytes=1000)
        assert isinstance(item, Skipped) and item.reason.startswith("larger than the 0.001 MB")


class TestQuotationLimit:
    def _article(self, words: int) -> Article:
        quoted = " ".join(["word"] * words)
        return Article(id="a", label="a", path="a.txt", text=f'He said: "{quoted}." Then left.')

    def test_at_the_limit_is_a_quotation(self) -> None:
        assert len(extract_quotes(self._article(50), max_words=50)) == 1

    def test_over_the_limit_is_unclosed(self) -> None:
        assert extract_quotes(self._article(51), max_words=50) == []

    def test_default_limit_is_far_above_real_quotations(self) -> None:
        assert len(extract_quotes(self._article(1500))) == 1
        assert extract_quotes(self._article(2500)) == []


class TestConfig:
    @pytest.mark.parametrize("value", ["-1", "0", "1e9", "'big'", "true", "[]"])
    def test_limit_must_be_a_sane_number(self, work: Path, value: str) -> None:
        set_limit(work, value)
        line = one_error_line(run("quotes", "good.txt"))
        assert line.endswith(
            "config.yaml:6: limits.article_mb: must be a number of megabytes from 1e-06 "
            "(one byte) to 1,000,000"
        )

    def test_unknown_limit_is_a_warning(self, work: Path) -> None:
        (work / "config.yaml").write_text("limits:\n  article_megs: 3\n", encoding="utf-8")
        result = run("quotes", "good.txt")
        assert result.exit_code == EXIT_OK
        assert "limits.article_megs: unknown key, ignored (did you mean 'article_mb'?)" in (
            result.stderr
        )


class TestAnyBytes:
    @given(st.binary(max_size=2000))
    def test_decoding_any_bytes_reads_or_says_why(self, data: bytes) -> None:
        """Any bytes are text in a named encoding, or Unreadable with a reason; nothing else."""
        try:
            decoded = files.decode(data)
        except files.Unreadable as exc:
            assert str(exc)
        else:
            assert decoded.encoding in {"utf-8", "utf-16", "utf-32", "windows-1252"}
            assert "\0" not in decoded.text or decoded.encoding in {"utf-16", "utf-32"}

    @given(st.text(max_size=300))
    def test_utf8_text_is_read_as_it_was_written(self, text: str) -> None:
        data = text.encode("utf-8")
        if "\0" in text or data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return
        assert files.decode(data) == files.Decoded(text.removeprefix("\ufeff"), "utf-8")


class TestHtmlEncodings:
    PAGE = (
        "<html><head><title>Resignation</title></head><body><article><p>The minister said: "
        "“I am incredibly proud of the welfare reforms that the Government has delivered.” "
        "She left on Friday, after a long week of talks with colleagues.</p></article>"
        "</body></html>"
    )

    @pytest.mark.parametrize("codec", ["utf-16", "utf-32"])
    def test_a_page_with_a_wide_bom_is_read(self, tmp_path: Path, codec: str) -> None:
        path = tmp_path / "page.html"
        path.write_bytes(self.PAGE.encode(codec))  # Python writes the BOM
        item = read_article(path, "page")
        assert isinstance(item, Article), item
        assert "incredibly proud of the welfare reforms" in item.text

    def test_a_page_with_nul_bytes_and_no_bom_is_binary(self, tmp_path: Path) -> None:
        path = tmp_path / "page.html"
        path.write_bytes(self.PAGE.encode("utf-16-le"))
        assert read_article(path, "page") == Skipped(str(path), "binary file (NUL byte)")


class TestOtherFilesNeverBlock:
    def test_fifo_as_config(self, work: Path) -> None:
        fifo(work, "config.fifo")
        line = one_error_line(run("quotes", "good.txt", "--config", "config.fifo"))
        assert "not a regular file" in line

    def test_fifo_as_baseline(self, work: Path) -> None:
        fifo(work, "baseline.yaml")
        line = one_error_line(run("check", "good.txt", "--baseline", "baseline.yaml"))
        assert "baseline.yaml" in line and "not a regular file" in line
