"""How the console script ends when the run cannot finish: Ctrl-C, a closed pipe, a bug."""

from __future__ import annotations

from pathlib import Path

import pytest

import qdiff.cli as cli


def ended(monkeypatch: pytest.MonkeyPatch, raised: BaseException) -> int:
    def app(**_: object) -> None:
        raise raised

    monkeypatch.setattr(cli, "app", app)
    with pytest.raises(SystemExit) as info:
        cli.main()
    assert isinstance(info.value.code, int)
    return info.value.code


def test_ctrl_c_is_one_line_and_130(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    assert ended(monkeypatch, KeyboardInterrupt()) == 130
    assert capsys.readouterr().err == "qdiff: interrupted\n"


def test_a_closed_pipe_ends_quietly_with_141(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setattr(cli, "_quiet_stdout", lambda: None)  # pytest owns stdout here
    assert ended(monkeypatch, BrokenPipeError()) == 141
    assert capsys.readouterr().err == ""


def test_a_bug_is_one_line_naming_the_trace_file_and_3(
    monkeypatch: pytest.MonkeyPatch, capsys, tmp_path: Path
) -> None:
    monkeypatch.delenv("QDIFF_DEBUG", raising=False)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr("tempfile.tempdir", None)
    assert ended(monkeypatch, ValueError("offsets out of step")) == 3
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("qdiff: internal error: ValueError: offsets out of step (a bug; ")
    trace = Path(line.rsplit("the trace is in ", 1)[1].rstrip(")"))
    assert trace.parent == tmp_path
    assert "ValueError: offsets out of step" in trace.read_text(encoding="utf-8")


def test_qdiff_debug_raises_the_bug(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QDIFF_DEBUG", "1")

    def app(**_: object) -> None:
        raise ValueError("shown whole")

    monkeypatch.setattr(cli, "app", app)
    with pytest.raises(ValueError, match="shown whole"):
        cli.main()
