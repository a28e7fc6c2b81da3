"""Tests for qdiff.config: defaults, validation, and errors that name file, line and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from qdiff.config import (
    DEFAULT_CORPUS,
    DEFAULT_MIN_WORDS,
    CheckPolicy,
    Config,
    JsonlFields,
    Normalise,
    ReferenceConfig,
    load_config,
    parse_config,
    parse_field_option,
    parse_gate_kinds,
)
from qdiff.errors import EXIT_ERROR, ConfigError
from qdiff.model import Unit, Verdict

ROOT = Path(__file__).resolve().parent.parent
KNOWN_TOP = "check, corpus, jsonl, labels, limits, min_words, normalise, passages, reference"


def error_of(text: str, path: Path = Path("config.yaml")) -> str:
    """The message of the ConfigError that parsing text raises."""
    with pytest.raises(ConfigError) as info:
        parse_config(text, path)
    return str(info.value)


class TestParseConfigDefaults:
    def test_empty_file_gives_defaults(self, tmp_path: Path) -> None:
        """An empty config is every default, based in the file's folder."""
        path = tmp_path / "config.yaml"
        assert parse_config("", path) == Config(base_dir=tmp_path, source=path)

    def test_comments_only(self, tmp_path: Path) -> None:
        """A file of comments is an empty config."""
        path = tmp_path / "config.yaml"
        assert parse_config("# nothing here\n", path) == Config(base_dir=tmp_path, source=path)

    def test_default_values(self) -> None:
        """The defaults are the documented ones."""
        config = parse_config("", Path("config.yaml"))
        assert (config.corpus, config.unit, config.min_words, config.reference) == (
            DEFAULT_CORPUS,
            Unit.SENTENCE,
            DEFAULT_MIN_WORDS,
            None,
        )
        assert config.normalise == Normalise(
            quotes=True,
            dashes=True,
            whitespace=True,
            case=False,
            punctuation=False,
            hyphenation=False,
            spelling=False,
        )
        assert config.check == CheckPolicy(
            fail_on=frozenset({Verdict.ALTERED}), warn_on=frozenset({Verdict.TRIMMED})
        )

    def test_empty_sections_are_defaults(self) -> None:
        """Keys present with no value fall back to their defaults."""
        config = parse_config("labels:\npassages:\nnormalise:\ncheck:\n", Path("c.yaml"))
        assert (config.labels, config.unit, config.normalise, config.check) == (
            {},
            Unit.SENTENCE,
            Normalise(),
            CheckPolicy(),
        )


class TestParseConfigValues:
    def test_corpus_string_becomes_tuple(self) -> None:
        """A single corpus pattern is a one-item tuple."""
        assert parse_config("corpus: news/*.txt\n", Path("c.yaml")).corpus == ("news/*.txt",)

    def test_corpus_list(self) -> None:
        """A list of patterns is kept in order."""
        config = parse_config("corpus:\n  - a.txt\n  - dir\n  - '*.md'\n", Path("c.yaml"))
        assert config.corpus == ("a.txt", "dir", "*.md")

    def test_labels(self) -> None:
        """Labels map stems to strings."""
        text = 'labels:\n  000_6a5c37876d70fb0b: "000"\n  other: Outlet\n'
        assert parse_config(text, Path("c.yaml")).labels == {
            "000_6a5c37876d70fb0b": "000",
            "other": "Outlet",
        }

    def test_numeric_looking_stems_keep_their_spelling(self) -> None:
        """A stem written 001 or 2016_03_19 is that string, not the int YAML reads."""
        text = "labels:\n  001: Seed one\n  2016_03_19: Daily\n  three: 003\n"
        assert parse_config(text, Path("c.yaml")).labels == {
            "001": "Seed one",
            "2016_03_19": "Daily",
            "three": "003",
        }

    def test_reference_string_is_path_relative_to_config(self, tmp_path: Path) -> None:
        """`reference: x` resolves x against the config file's folder."""
        config = parse_config("reference: seeds/001.txt\n", tmp_path / "config.yaml")
        assert config.reference == ReferenceConfig(path=tmp_path / "seeds" / "001.txt")

    def test_reference_mapping_with_markers(self, tmp_path: Path) -> None:
        """after and before are kept as written."""
        text = 'reference:\n  path: r.txt\n  after: "resignation letter in full:"\n  before: End\n'
        assert parse_config(text, tmp_path / "config.yaml").reference == ReferenceConfig(
            path=tmp_path / "r.txt", after="resignation letter in full:", before="End"
        )

    def test_paragraph_unit(self) -> None:
        """passages.unit may be paragraph."""
        assert parse_config("passages:\n  unit: paragraph\n", Path("c.yaml")).unit is Unit.PARAGRAPH

    def test_min_words(self) -> None:
        """min_words takes a positive whole number."""
        assert parse_config("min_words: 1\n", Path("c.yaml")).min_words == 1

    def test_normalise_switches(self) -> None:
        """Switches given override defaults; the rest stay."""
        config = parse_config("normalise:\n  quotes: false\n  case: true\n", Path("c.yaml"))
        assert config.normalise == Normalise(quotes=False, case=True)

    def test_check_lists_and_strings(self) -> None:
        """fail_on as a list and warn_on as a comma string both parse."""
        text = "check:\n  fail_on: [altered, trimmed]\n  warn_on: 'cosmetic'\n"
        assert parse_config(text, Path("c.yaml")).check == CheckPolicy(
            fail_on=frozenset({Verdict.ALTERED, Verdict.TRIMMED}),
            warn_on=frozenset({Verdict.COSMETIC}),
        )

    def test_check_empty_list(self) -> None:
        """An empty fail_on fails on nothing."""
        config = parse_config("check:\n  fail_on: []\n", Path("c.yaml"))
        assert config.check.fail_on == frozenset()

    def test_source_and_base_dir(self, tmp_path: Path) -> None:
        """The config remembers its file and resolves paths from its folder."""
        path = tmp_path / "sub" / "qdiff.yaml"
        config = parse_config("", path)
        assert (config.source, config.base_dir) == (path, tmp_path / "sub")

    def test_project_config(self) -> None:
        """The project's own config.yaml parses to what it says."""
        path = ROOT / "config.yaml"
        config = parse_config(path.read_text(encoding="utf-8"), path)
        assert config.corpus == ("seeds/*.txt",)
        assert config.labels["003_2ea4bb40d2f84377"] == "003"
        assert config.reference == ReferenceConfig(
            path=ROOT / "seeds" / "001_68a864a3ec0d8669.txt", after="resignation letter in full:"
        )
        assert (config.unit, config.min_words) == (Unit.SENTENCE, 6)


class TestParseConfigErrors:
    def test_bad_unit_names_file_line_and_key(self) -> None:
        """Like the documented example: the line of passages.unit, and its dotted key."""
        text = "corpus:\n  - a.txt\nlabels:\n  a: A\n\n# passages\npassages:\n  unit: chapter\n"
        assert error_of(text) == "config.yaml:8: passages.unit: must be 'sentence' or 'paragraph'"

    def test_bad_unit_line_is_the_keys_line(self) -> None:
        """The line is where the offending key is written."""
        text = "min_words: 6\npassages:\n  unit: word\n"
        assert error_of(text) == "config.yaml:3: passages.unit: must be 'sentence' or 'paragraph'"

    def test_error_names_the_path_as_given(self, tmp_path: Path) -> None:
        """The file in the message is the path the config was read from."""
        path = tmp_path / "conf" / "qdiff.yaml"
        assert error_of("min_words: 0\n", path) == (
            f"{path}:1: min_words: must be a whole number of 1 or more"
        )

    def test_unknown_top_level_key(self) -> None:
        """An unknown key is ignored with a warning naming its line and the key it misspells."""
        config = parse_config("corpus: a\nlabel: {}\n", Path("config.yaml"))
        assert config.warnings == (
            "config.yaml:2: label: unknown key, ignored (did you mean 'labels'?)",
        )
        assert config.corpus == ("a",)

    def test_an_unknown_key_like_none_lists_the_known_ones(self) -> None:
        config = parse_config("corpus: a\nzzz: 3\n", Path("config.yaml"))
        assert config.warnings == (
            f"config.yaml:2: zzz: unknown key, ignored (known: {KNOWN_TOP})",
        )

    def test_unknown_passages_key(self) -> None:
        """passages takes only unit; the rest is ignored, and said."""
        config = parse_config("passages:\n  unit: paragraph\n  size: 2\n", Path("config.yaml"))
        assert config.warnings == (
            "config.yaml:3: passages.size: unknown key, ignored (known: unit)",
        )
        assert config.unit is Unit.PARAGRAPH

    def test_unknown_reference_key(self) -> None:
        """reference takes path, after, before."""
        config = parse_config("reference:\n  path: r.txt\n  afterr: x\n", Path("config.yaml"))
        assert config.warnings == (
            "config.yaml:3: reference.afterr: unknown key, ignored (did you mean 'after'?)",
        )
        assert config.reference is not None and config.reference.after is None

    def test_unknown_check_key(self) -> None:
        """A misspelt gate key is warned of, and the default policy stays in force."""
        config = parse_config("check:\n  fail_onn: [trimmed]\n", Path("config.yaml"))
        assert config.warnings == (
            "config.yaml:2: check.fail_onn: unknown key, ignored (did you mean 'fail_on'?)",
        )
        assert config.check == CheckPolicy()

    def test_unknown_normalise_switch(self) -> None:
        config = parse_config("normalise:\n  capitals: true\n", Path("config.yaml"))
        assert config.warnings == (
            "config.yaml:2: normalise.capitals: unknown key, ignored (known: case, dashes, "
            "hyphenation, punctuation, quotes, spelling, whitespace)",
        )

    def test_normalise_switch_not_boolean(self) -> None:
        """A switch must be true or false."""
        assert error_of("normalise:\n  case: sometimes\n") == (
            "config.yaml:2: normalise.case: must be true or false"
        )

    def test_unknown_verdict(self) -> None:
        """A misspelt verdict names itself and the known ones."""
        assert error_of("check:\n  warn_on: [trimmed]\n  fail_on: [alterd]\n") == (
            "config.yaml:3: check.fail_on: unknown verdict 'alterd' in check.fail_on "
            "(known: verbatim, cosmetic, trimmed, altered, unjudged, misattributed)"
        )

    def test_verdicts_not_a_list(self) -> None:
        """A number is not a list of verdicts."""
        assert error_of("check:\n  fail_on: 3\n") == (
            "config.yaml:2: check.fail_on: check.fail_on must be a list of verdicts"
        )

    @pytest.mark.parametrize("value", ["0", "-2", "1.5", "'6'", "true"])
    def test_min_words_must_be_positive_int(self, value: str) -> None:
        """Zero, negatives, fractions, strings and booleans are refused."""
        assert error_of(f"min_words: {value}\n") == (
            "config.yaml:1: min_words: must be a whole number of 1 or more"
        )

    @pytest.mark.parametrize("value", ["[]", "[1, 2]", "5", "{a: b}"])
    def test_corpus_must_be_paths(self, value: str) -> None:
        """An empty list, numbers or a mapping are not a corpus."""
        assert error_of(f"corpus: {value}\n") == (
            "config.yaml:1: corpus: must be a path or glob, or a list of them"
        )

    def test_labels_must_be_mapping(self) -> None:
        """A list of labels is refused."""
        assert error_of("labels: [a, b]\n") == (
            "config.yaml:1: labels: must map article ids (file stems) to labels"
        )

    def test_empty_label(self) -> None:
        """A blank label names its stem, as written, and its line."""
        assert error_of("labels:\n  000: ok\n  001: '  '\n") == (
            "config.yaml:3: labels.001: a label must be a non-empty string"
        )

    def test_label_not_a_string(self) -> None:
        """A list as a label is refused."""
        assert error_of("labels:\n  a: [x]\n") == (
            "config.yaml:2: labels.a: a label must be a non-empty string"
        )

    def test_reference_without_path(self) -> None:
        """A reference mapping needs its path."""
        assert error_of("reference:\n  after: x\n") == "config.yaml:1: reference: needs a 'path'"

    def test_reference_of_wrong_type(self) -> None:
        """A number is not a reference."""
        assert error_of("reference: 5\n") == (
            "config.yaml:1: reference: must be a path or a mapping with 'path'"
        )

    def test_empty_reference_marker(self) -> None:
        """after must not be empty."""
        assert error_of("reference:\n  path: r.txt\n  after: ''\n") == (
            "config.yaml:3: reference.after: must be a non-empty string"
        )

    def test_passages_not_a_mapping(self) -> None:
        """`passages: sentence` is a common slip; the message says what is wanted."""
        assert error_of("passages: sentence\n") == (
            "config.yaml:1: passages: must be a mapping with 'unit'"
        )

    def test_top_level_not_a_mapping(self) -> None:
        """A YAML list at the top is refused, naming the file without a line."""
        assert (
            error_of("- a\n- b\n") == "config.yaml: the config must be a mapping of keys to values"
        )

    def test_invalid_yaml_names_line(self) -> None:
        """A syntax error names the line it was found on."""
        assert error_of("corpus: a\nlabels:\n  a: b\n c: d\n") == (
            "config.yaml:4: invalid YAML: expected <block end>, but found '<block mapping start>'"
        )

    def test_tab_indentation(self) -> None:
        """A tab is reported as invalid YAML on its line."""
        assert error_of("corpus: a\n\tmin_words: 3\n") == (
            "config.yaml:2: invalid YAML: found character '\\t' that cannot start any token"
        )

    def test_unsafe_tag_refused(self) -> None:
        """The safe loader refuses Python object tags instead of running them."""
        assert error_of("corpus: !!python/object/apply:os.system ['true']\n") == (
            "config.yaml:1: invalid YAML: could not determine a constructor for the tag "
            "'tag:yaml.org,2002:python/object/apply:os.system'"
        )

    def test_config_error_exit_code(self) -> None:
        """A ConfigError exits with the error status."""
        with pytest.raises(ConfigError) as info:
            parse_config("passages: 1\n", Path("c.yaml"))
        assert info.value.exit_code == EXIT_ERROR


class TestLoadConfig:
    def test_reads_file(self, tmp_path: Path) -> None:
        """load_config parses the named file."""
        path = tmp_path / "config.yaml"
        path.write_text("min_words: 9\n", encoding="utf-8")
        assert load_config(path) == Config(min_words=9, base_dir=tmp_path, source=path)

    def test_bom_tolerated(self, tmp_path: Path) -> None:
        """A UTF-8 BOM at the start of the file is not a YAML error."""
        path = tmp_path / "config.yaml"
        path.write_bytes(b"\xef\xbb\xbfmin_words: 7\n")
        assert load_config(path).min_words == 7

    def test_missing_file(self, tmp_path: Path) -> None:
        """A named file that does not exist is a ConfigError naming it."""
        path = tmp_path / "nope.yaml"
        with pytest.raises(ConfigError) as info:
            load_config(path)
        assert str(info.value) == f"config file not found: {path}"

    def test_undecodable_file(self, tmp_path: Path) -> None:
        """A file that is not UTF-8 is a ConfigError naming it."""
        path = tmp_path / "config.yaml"
        path.write_bytes(b"labels:\n  a: caf\xe9\n")
        with pytest.raises(ConfigError) as info:
            load_config(path)
        assert str(info.value).startswith(f"cannot read config file {path}: ")

    def test_error_carries_line(self, tmp_path: Path) -> None:
        """Errors from a loaded file name the file and line."""
        path = tmp_path / "config.yaml"
        path.write_text("corpus: a\npassages:\n  unit: page\n", encoding="utf-8")
        with pytest.raises(ConfigError) as info:
            load_config(path)
        assert str(info.value) == f"{path}:3: passages.unit: must be 'sentence' or 'paragraph'"

    def test_none_without_default_file(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """No path and no ./config.yaml: the defaults, based in the working directory."""
        monkeypatch.chdir(tmp_path)
        assert load_config(None) == Config(base_dir=tmp_path)

    def test_none_reads_default_file(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """No path but a ./config.yaml: that file is read."""
        (tmp_path / "config.yaml").write_text("min_words: 3\n", encoding="utf-8")
        monkeypatch.chdir(tmp_path)
        config = load_config(None)
        assert (config.min_words, config.source) == (3, tmp_path / "config.yaml")


class TestParseVerdicts:
    def test_comma_string(self) -> None:
        """'altered, trimmed' gives both verdicts."""
        assert parse_gate_kinds("altered, trimmed") == frozenset({Verdict.ALTERED, Verdict.TRIMMED})

    def test_list(self) -> None:
        """A list of names works too."""
        assert parse_gate_kinds(["cosmetic", "verbatim"]) == frozenset(
            {Verdict.COSMETIC, Verdict.VERBATIM}
        )

    def test_case_and_space_insensitive(self) -> None:
        """Names are trimmed and lower-cased."""
        assert parse_gate_kinds(" Altered ,TRIMMED ") == frozenset(
            {Verdict.ALTERED, Verdict.TRIMMED}
        )

    def test_empty_items_ignored(self) -> None:
        """Blank items, as from a trailing comma, are dropped."""
        assert parse_gate_kinds("altered,,") == frozenset({Verdict.ALTERED})

    def test_empty_string(self) -> None:
        """An empty string is no verdicts."""
        assert parse_gate_kinds("") == frozenset()

    def test_unknown_name(self) -> None:
        """An unknown name raises ValueError naming it and where it came from."""
        with pytest.raises(ValueError) as info:
            parse_gate_kinds("altered, wrong", "--fail-on")
        assert str(info.value) == (
            "unknown verdict 'wrong' in --fail-on "
            "(known: verbatim, cosmetic, trimmed, altered, unjudged, misattributed)"
        )

    def test_not_a_list(self) -> None:
        """Neither a string nor a list is a ValueError."""
        with pytest.raises(ValueError) as info:
            parse_gate_kinds(42)
        assert str(info.value) == "value must be a list of verdicts"


class TestJsonlFields:
    def test_defaults_are_the_fields_own_names(self) -> None:
        fields = parse_config("", Path("config.yaml")).jsonl
        assert fields == JsonlFields("id", "text", "outlet", "url", "published", "title")

    def test_keys_rename_fields(self) -> None:
        config = parse_config("jsonl:\n  text: body\n  outlet: source.name\n", Path("c.yaml"))
        assert config.jsonl == JsonlFields(text="body", outlet="source.name")

    def test_an_unknown_field_is_ignored_with_a_warning(self) -> None:
        text = "min_words: 6\njsonl:\n  text: body\n  titel: headline\n  summary: abstract\n"
        config = parse_config(text, Path("config.yaml"))
        assert config.warnings == (
            "config.yaml:4: jsonl.titel: unknown key, ignored (did you mean 'title'?)",
            "config.yaml:5: jsonl.summary: unknown key, ignored "
            "(known: id, outlet, published, text, title, url)",
        )
        assert config.jsonl == JsonlFields(text="body")

    @pytest.mark.parametrize("value", ["''", "[a, b]", "3"])
    def test_a_key_must_be_a_string(self, value: str) -> None:
        assert error_of(f"jsonl:\n  text: {value}\n") == (
            "config.yaml:2: jsonl.text: a key must be a non-empty string"
        )

    def test_must_be_a_mapping(self) -> None:
        assert error_of("jsonl: body\n") == (
            "config.yaml:1: jsonl: must map article fields to the records' keys"
        )

    def test_the_command_line_renames_field_by_field(self) -> None:
        config = parse_config("jsonl:\n  text: body\n", Path("c.yaml"))
        changed = config.with_overrides(jsonl_fields={"id": "uuid"})
        assert changed.jsonl == JsonlFields(id="uuid", text="body")
        assert config.with_overrides().jsonl == config.jsonl

    @pytest.mark.parametrize(
        ("value", "parsed"), [("text=body", ("text", "body")), (" id = a=b ", ("id", "a=b"))]
    )
    def test_field_option(self, value: str, parsed: tuple[str, str]) -> None:
        assert parse_field_option(value) == parsed

    @pytest.mark.parametrize("value", ["text", "=body", "text="])
    def test_bad_field_option(self, value: str) -> None:
        with pytest.raises(ValueError, match="expected FIELD=KEY"):
            parse_field_option(value)
