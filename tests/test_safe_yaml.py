"""Hand-written YAML that could hang or flood qdiff is refused at once, in one clear line."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qdiff import safe_yaml
from qdiff.check.baseline import read_baseline
from qdiff.cli import app
from qdiff.config import load_config, parse_config
from qdiff.errors import ConfigError, InputError

BOMB = """\
a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
"""


def config_error(text: str) -> str:
    with pytest.raises(ConfigError) as info:
        parse_config(text, Path("config.yaml"))
    return str(info.value)


@pytest.mark.parametrize("key", ["check:\n  fail_on", "check:\n  warn_on", "passages:\n  unit"])
def test_an_alias_bomb_is_refused_before_it_expands(key: str) -> None:
    lines = BOMB.replace("\n", "\n  ").rstrip()
    text = f"x:\n  {lines}\n{key}: *h\n"
    started = time.monotonic()
    message = config_error(text)
    assert time.monotonic() - started < 1.0
    assert "expands to more than 1,000,000 values (an alias bomb?)" in message


def test_a_few_aliases_are_fine() -> None:
    config = parse_config("x: &gate [altered, trimmed]\ncheck:\n  fail_on: *gate\n", Path("c"))
    assert {k.value for k in config.check.fail_on} == {"altered", "trimmed"}


def test_deep_nesting_is_refused_before_the_parser_sees_it() -> None:
    started = time.monotonic()
    assert config_error("corpus: " + "[" * 20_000 + "]" * 20_000 + "\n") == (
        "config.yaml:1: is nested more than 100 levels deep"
    )
    assert time.monotonic() - started < 1.0


def test_block_nesting_past_the_recursion_limit_is_an_error_not_a_crash() -> None:
    text = "".join(f"{' ' * n}k{n}:\n" for n in range(1000)) + " " * 1000 + "x: 1\n"
    assert config_error(text) == "config.yaml: is nested too deeply to read"


def test_a_key_written_twice_names_both_lines() -> None:
    assert config_error("corpus: a\nmin_words: 3\ncorpus: b\n") == (
        "config.yaml:3: key 'corpus' is written twice (lines 1 and 3)"
    )
    assert "key 'a' is written twice" in config_error("labels:\n  a: A\n  a: B\n")


def test_a_tag_that_would_build_an_object_is_refused() -> None:
    message = config_error("corpus: !!python/object/apply:os.system ['true']\n")
    assert message.startswith("config.yaml:1: invalid YAML: could not determine a constructor")


def test_a_config_path_that_is_a_folder(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="a folder, not a file"):
        load_config(tmp_path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_never_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "config.yaml"
    os.mkfifo(fifo)
    with pytest.raises(ConfigError, match="not a regular file"):
        load_config(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        read_baseline(fifo)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_device_is_never_read() -> None:
    with pytest.raises(ConfigError, match="not a regular file"):
        load_config(Path("/dev/zero"))


def test_a_huge_file_is_refused_unread(tmp_path: Path) -> None:
    big = tmp_path / "config.yaml"
    big.write_text("# " + "x" * safe_yaml.MAX_BYTES + "\n")
    with pytest.raises(ConfigError, match="larger than 1,000,000 bytes"):
        load_config(big)


def test_the_baseline_refuses_duplicates_and_bombs(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.yaml"
    baseline.write_text("version: 1\nversion: 1\naccepted: []\n")
    with pytest.raises(InputError, match="key 'version' is written twice"):
        read_baseline(baseline)


def test_the_command_line_warns_of_an_unknown_key_and_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text('She said: "We will never give up on this town."\n')
    (tmp_path / "config.yaml").write_text("corpus: ['*.txt']\nmin_word: 3\n")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["quotes"])
    assert result.exit_code == 0
    assert (
        "qdiff: warning: config.yaml:2: min_word: unknown key, ignored (did you mean "
        "'min_words'?)" in result.output.replace(str(tmp_path) + "/", "")
    )
