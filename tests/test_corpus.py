"""Tests for qdiff.io.corpus: path expansion, decoding, skips and article ids."""

from __future__ import annotations

from pathlib import Path

import pytest

from qdiff.errors import EXIT_ERROR, InputError
from qdiff.io.corpus import expand_paths, iter_articles, load_corpus, read_article
from qdiff.io.paths import as_named
from qdiff.model import Article, Corpus, Skipped

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_001_OPENING = "Iain Duncan Smith said on Friday he is resigning as Work and Pensions Secretary"


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """a/one.txt, a/two.md, a/notes.csv, a/deep/three.txt, b/one.txt."""
    write(tmp_path / "a" / "one.txt", "one")
    write(tmp_path / "a" / "two.md", "two")
    write(tmp_path / "a" / "notes.csv", "x,y")
    write(tmp_path / "a" / "deep" / "three.txt", "three")
    write(tmp_path / "b" / "one.txt", "other one")
    return tmp_path


class TestExpandPaths:
    def test_file_relative_to_base(self, tree: Path) -> None:
        """A relative file path is resolved against base_dir."""
        assert expand_paths(["a/one.txt"], tree) == [tree / "a" / "one.txt"]

    def test_absolute_file(self, tree: Path, tmp_path: Path) -> None:
        """An absolute path ignores base_dir."""
        target = tree / "b" / "one.txt"
        assert expand_paths([str(target)], tmp_path / "elsewhere") == [target]

    def test_file_of_any_suffix_named_explicitly(self, tree: Path) -> None:
        """A file named outright is taken whatever its suffix."""
        assert expand_paths(["a/notes.csv"], tree) == [tree / "a" / "notes.csv"]

    def test_directory_gives_txt_and_md_recursively(self, tree: Path) -> None:
        """A directory gives its .txt and .md files, subfolders included, sorted; not .csv."""
        assert expand_paths(["a"], tree) == [
            tree / "a" / "deep" / "three.txt",
            tree / "a" / "one.txt",
            tree / "a" / "two.md",
        ]

    def test_glob(self, tree: Path) -> None:
        """A glob gives the matching files, sorted."""
        assert expand_paths(["*/one.txt"], tree) == [tree / "a" / "one.txt", tree / "b" / "one.txt"]

    def test_recursive_glob(self, tree: Path) -> None:
        """'**' descends into subfolders."""
        assert expand_paths(["a/**/*.txt"], tree) == [
            tree / "a" / "deep" / "three.txt",
            tree / "a" / "one.txt",
        ]

    def test_glob_skips_directories(self, tree: Path) -> None:
        """A glob that also matches folders gives only the files."""
        assert expand_paths(["a/*"], tree) == [
            tree / "a" / "notes.csv",
            tree / "a" / "one.txt",
            tree / "a" / "two.md",
        ]

    def test_order_kept_and_duplicates_dropped(self, tree: Path) -> None:
        """Patterns are expanded in order; a file named twice appears once, first place."""
        assert expand_paths(["b/one.txt", "a/*.txt", "b", "a/one.txt"], tree) == [
            tree / "b" / "one.txt",
            tree / "a" / "one.txt",
        ]

    def test_no_patterns(self, tree: Path) -> None:
        """No patterns, no paths."""
        assert expand_paths([], tree) == []

    def test_glob_matching_nothing(self, tree: Path) -> None:
        """A glob that names nothing is Skipped in its place, quoting the pattern."""
        assert expand_paths(["a/*.txt", "seeds/*.xml"], tree) == [
            tree / "a" / "one.txt",
            Skipped("seeds/*.xml", "no file matches this pattern"),
        ]

    def test_missing_file(self, tree: Path) -> None:
        """A path that does not exist is Skipped, quoting the path as given."""
        assert expand_paths(["a/missing.txt"], tree) == [
            Skipped("a/missing.txt", "no such file or folder")
        ]

    def test_directory_without_text_files(self, tmp_path: Path) -> None:
        """A folder with no article file of a kind qdiff reads is Skipped, naming it."""
        write(tmp_path / "data" / "table.csv", "x")
        assert expand_paths(["data"], tmp_path) == [
            Skipped(
                "data",
                "a folder with no article file (.txt, .md, .html, .htm, .jsonl, .jsonl.gz) in it",
            )
        ]

    def test_nothing_found_is_an_input_error(self, tmp_path: Path) -> None:
        """When the patterns name nothing readable, loading the corpus is an InputError."""
        with pytest.raises(InputError) as info:
            load_corpus(expand_paths(["nothing-*.txt"], tmp_path))
        assert info.value.exit_code == EXIT_ERROR
        assert str(info.value) == (
            "no readable article in the corpus (nothing-*.txt: no file matches this pattern)"
        )

    def test_seed_glob(self) -> None:
        """The default corpus glob finds the four seed articles in order."""
        assert [p.name for p in expand_paths(["seeds/*.txt"], SEEDS.parent)] == [
            "000_6a5c37876d70fb0b.txt",
            "001_68a864a3ec0d8669.txt",
            "002_532c4fb0224eba5a.txt",
            "003_2ea4bb40d2f84377.txt",
        ]


class TestReadArticle:
    def test_utf8_text(self, tmp_path: Path) -> None:
        """A UTF-8 file becomes an Article with its text, id, label and path."""
        path = write(tmp_path / "003.txt", "George Osborne’s plans to cut £4.4bn")
        assert read_article(path, "003", "The Outlet") == Article(
            id="003",
            label="The Outlet",
            path=str(path),
            text="George Osborne’s plans to cut £4.4bn",
        )

    def test_label_defaults_to_id(self, tmp_path: Path) -> None:
        """Without a label, the id is shown."""
        path = write(tmp_path / "x.txt", "text")
        article = read_article(path, "x")
        assert isinstance(article, Article)
        assert article.label == "x"

    def test_bom_removed(self, tmp_path: Path) -> None:
        """A UTF-8 byte-order mark is not part of the text."""
        path = write(tmp_path / "bom.txt", b"\xef\xbb\xbf\xe2\x80\x9cQuote\xe2\x80\x9d")
        article = read_article(path, "bom")
        assert isinstance(article, Article)
        assert article.text == "“Quote”"

    def test_line_endings_kept(self, tmp_path: Path) -> None:
        """CRLF line endings are left as they were, so offsets match the file."""
        path = write(tmp_path / "crlf.txt", b"one\r\ntwo\r\n")
        article = read_article(path, "crlf")
        assert isinstance(article, Article)
        assert article.text == "one\r\ntwo\r\n"

    def test_nul_byte_is_binary(self, tmp_path: Path) -> None:
        """A NUL byte marks a binary file: skipped, not decoded."""
        path = write(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00")
        assert read_article(path, "image") == Skipped(str(path), "binary file (NUL byte)")

    def test_latin1_is_read_as_windows_1252(self, tmp_path: Path) -> None:
        """Text that is not UTF-8 but is Windows-1252 (latin-1's printable characters among
        them) is read so, and says so."""
        path = write(tmp_path / "latin1.txt", "cut £4bn".encode("latin-1"))
        article = read_article(path, "latin1")
        assert isinstance(article, Article)
        assert (article.text, article.encoding) == ("cut £4bn", "windows-1252")

    def test_invalid_utf8_after_bom_offset_is_into_file(self, tmp_path: Path) -> None:
        """After a BOM, the reported offset and byte are those of the file, not the text."""
        path = write(tmp_path / "bad.txt", b"\xef\xbb\xbfab\xffcd")
        assert read_article(path, "bad") == Skipped(str(path), "not UTF-8 text (byte 0xff at 5)")

    def test_truncated_multibyte_sequence(self, tmp_path: Path) -> None:
        """A file cut inside a character is skipped, offset at the sequence's start."""
        path = write(tmp_path / "cut.txt", b"ab\xe2\x80")
        assert read_article(path, "cut") == Skipped(str(path), "not UTF-8 text (byte 0xe2 at 2)")

    def test_missing_file_is_skipped(self, tmp_path: Path) -> None:
        """A file that vanished is skipped with the OS's reason."""
        path = tmp_path / "gone.txt"
        assert read_article(path, "gone") == Skipped(str(path), "No such file or directory")

    def test_seed_article(self) -> None:
        """A seed article decodes, curly quotes and pound signs intact."""
        article = read_article(SEEDS / "001_68a864a3ec0d8669.txt", "001")
        assert isinstance(article, Article)
        assert article.text.startswith(SEED_001_OPENING)
        assert "£4bn of planned cuts" in article.text


class TestIterArticles:
    def test_ids_are_stems(self, tree: Path) -> None:
        """Each article's id is its file stem."""
        items = list(iter_articles([tree / "a" / "one.txt", tree / "a" / "two.md"]))
        assert [a.id for a in items if isinstance(a, Article)] == ["one", "two"]

    def test_duplicate_stems_get_unique_ids(self, tree: Path) -> None:
        """A second one.txt is told apart by its folder; the first keeps the bare stem."""
        items = list(iter_articles([tree / "a" / "one.txt", tree / "b" / "one.txt"]))
        assert [(a.id, a.text) for a in items if isinstance(a, Article)] == [
            ("one", "one"),
            ("b/one", "other one"),
        ]

    def test_same_stem_in_same_named_folders(self, tmp_path: Path) -> None:
        """x/one/one.txt and y/one/one.txt after one.txt climb a further folder."""
        paths = [
            write(tmp_path / "one.txt", "0"),
            write(tmp_path / "x" / "one" / "one.txt", "1"),
            write(tmp_path / "y" / "one" / "one.txt", "2"),
        ]
        assert [a.id for a in iter_articles(paths)] == ["one", "one/one", "y/one/one"]

    def test_labels_by_id(self, tree: Path) -> None:
        """Labels are looked up by article id."""
        items = list(iter_articles([tree / "a" / "one.txt"], {"one": "Outlet One"}))
        assert [a.label for a in items if isinstance(a, Article)] == ["Outlet One"]

    def test_skips_stream_in_order(self, tmp_path: Path) -> None:
        """Skipped files appear where they come, between articles."""
        good = write(tmp_path / "good.txt", "ok")
        bad = write(tmp_path / "bad.txt", b"\x00")
        items = list(iter_articles([bad, good]))
        assert items == [
            Skipped(str(bad), "binary file (NUL byte)"),
            Article("good", "good", str(good), "ok"),
        ]


class TestLoadCorpus:
    def test_articles_and_skips(self, tmp_path: Path) -> None:
        """Readable files become articles; unreadable ones are recorded, not fatal."""
        good = write(tmp_path / "good.txt", "Iain Duncan Smith has resigned.")
        binary = write(tmp_path / "binary.txt", b"ab\x00cd")
        garbled = write(tmp_path / "garbled.txt", b"caf\x81")
        assert load_corpus([binary, good, garbled]) == Corpus(
            articles=(Article("good", "good", str(good), "Iain Duncan Smith has resigned."),),
            skipped=(
                Skipped(str(binary), "binary file (NUL byte)"),
                Skipped(
                    str(garbled),
                    "not UTF-8 text (byte 0x81 at 3), nor Windows-1252 (byte 0x81 at 3)",
                ),
            ),
        )

    def test_nothing_readable_is_an_error(self, tmp_path: Path) -> None:
        """With every file skipped, InputError lists each file and reason."""
        binary = write(tmp_path / "binary.txt", b"\x00")
        with pytest.raises(InputError) as info:
            load_corpus([binary])
        assert str(info.value) == (
            f"no readable article in the corpus ({binary}: binary file (NUL byte))"
        )

    def test_no_files_is_an_error(self) -> None:
        """An empty list of paths is an InputError too."""
        with pytest.raises(InputError) as info:
            load_corpus([])
        assert str(info.value) == "no readable article in the corpus (no files given)"

    def test_labels_applied(self, tmp_path: Path) -> None:
        """Labels given by stem reach the articles."""
        path = write(tmp_path / "000_6a5c37876d70fb0b.txt", "text")
        corpus = load_corpus([path], {"000_6a5c37876d70fb0b": "000"})
        assert [(a.id, a.label) for a in corpus.articles] == [("000_6a5c37876d70fb0b", "000")]

    def test_seed_corpus(self) -> None:
        """The four seeds load with no skips."""
        corpus = load_corpus(expand_paths(["seeds"], SEEDS.parent))
        assert ([a.id[:3] for a in corpus.articles], corpus.skipped) == (
            ["000", "001", "002", "003"],
            (),
        )


def test_paths_are_shown_tidy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Under the working directory, relative and normalised; outside it, absolute: never
    `proj/../inputs/a.txt`."""
    (tmp_path / "inputs").mkdir()
    (tmp_path / "proj").mkdir()
    monkeypatch.chdir(tmp_path)
    assert as_named(Path("proj/../inputs/a.txt")) == Path("inputs/a.txt")
    monkeypatch.chdir(tmp_path / "proj")
    assert as_named(tmp_path / "proj" / ".." / "inputs" / "a.txt") == tmp_path / "inputs" / "a.txt"
