"""The evaluation scorer (tests/eval/score.py) itself: its gold-matching helpers, its figures on
canned qdiff output, and, end to end, on a tiny synthetic event where every figure is known."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

SCORE_PATH = Path(__file__).resolve().parent / "eval" / "score.py"
_spec = importlib.util.spec_from_file_location("qdiff_eval_score", SCORE_PATH)
assert _spec is not None and _spec.loader is not None
score = importlib.util.module_from_spec(_spec)
sys.modules["qdiff_eval_score"] = score
_spec.loader.exec_module(score)


QUOTE = "We will build the new bridge across the river next year"
ARTICLES = {
    "01_alpha": (
        "Bridge plan approved\n"
        f'The mayor, Jane Doe, spoke on Monday. "{QUOTE}," Ms Doe said.\n'
        "The bridge will cost $20 million, officials said.\n"
    ),
    "02_beta": (
        "City backs bridge\n"
        f'"{QUOTE}," said Jane Doe, the mayor.\n'
        "The project will cost $20 million.\n"
    ),
    "03_gamma": (
        "Mayor promises bridge\n"
        'Jane Doe said: "We will build the new bridge across the lake next year."\n'
        "The bridge is expected to cost $35 million.\n"
    ),
    "04_delta": (
        "Doe's bridge\n"
        f'"{QUOTE}," Jane Doe told reporters on Monday.\n'
        "Work starts in the spring.\n"
    ),
}


def gold(verdict_03: str = "altered", check_03: Any = None) -> dict[str, Any]:
    def rendering(article: str, text: str, verdict: str) -> dict[str, Any]:
        return {
            "article": article,
            "text": text,
            "quoted": True,
            "verdict": verdict,
            "speaker": "Jane Doe",
        }

    return {
        "event": "A synthetic event: the mayor promises a bridge",
        "sources": {stem: {"outlet": stem} for stem in ARTICLES},
        "quotations": [
            {
                "id": "q1",
                "speaker": "Jane Doe",
                "source": QUOTE + ".",
                "renderings": [
                    rendering("01_alpha", QUOTE + ",", "verbatim"),
                    rendering("02_beta", QUOTE + ",", "verbatim"),
                    rendering(
                        "03_gamma",
                        "We will build the new bridge across the lake next year.",
                        verdict_03,
                    ),
                    rendering("04_delta", QUOTE + ",", "verbatim"),
                ],
            }
        ],
        "check": {
            "01_alpha": "pass",
            "02_beta": "pass",
            "03_gamma": check_03 or {"outcome": "fail", "because": ["q1"]},
            "04_delta": "pass",
        },
        "figures": [
            {
                "id": "f1",
                "what": "the bridge's cost",
                "status": "conflict",
                "values": {"01_alpha": "$20 million", "03_gamma": "$35 million"},
            }
        ],
    }


def make_event(root: Path, gold_doc: dict[str, Any], name: str = "2099-bridge") -> Path:
    event = root / "synthetic" / name
    event.mkdir(parents=True)
    for stem, text in ARTICLES.items():
        (event / f"{stem}.txt").write_text(text, encoding="utf-8")
    (event / "gold.yaml").write_text(yaml.safe_dump(gold_doc, sort_keys=False), encoding="utf-8")
    return event


# ── helpers ──────────────────────────────────────────────────────────────────────────────────


def test_find_span_is_the_substring_position() -> None:
    article = ARTICLES["01_alpha"]
    start, end = score.find_span(article, QUOTE)
    assert article[start:end] == QUOTE
    assert article[start - 1] == '"'
    assert score.find_span(article, "not in the article") is None
    assert score.find_spans("ab ab ab", "ab") == [(0, 2), (3, 5), (6, 8)]


def test_a_bom_is_removed_as_qdiff_does(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbfHello\r\nworld")
    assert score.read_article(path) == "Hello\r\nworld"


def test_overlap_needs_half_of_the_shorter_span() -> None:
    assert score.overlaps_enough((0, 10), (5, 100))  # 5 of the shorter's 10
    assert not score.overlaps_enough((0, 10), (6, 100))
    assert score.overlaps_enough((10, 20), (0, 100))
    assert not score.overlaps_enough((0, 10), (10, 20))


def test_lines_and_offsets() -> None:
    text = "one\ntwo three\nfour"
    assert score.line_of(text, 0) == 1
    assert score.line_of(text, text.index("three")) == 2
    assert score.offset_of(text, 2, 5) == text.index("three")
    assert score.offset_of(text, 3, 1) == text.index("four")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Klopp", "Jurgen Klopp", True),
        ("Jürgen Klopp", "jurgen klopp", True),
        ("Mr. Smith", "Will Smith", True),
        ("Sir Keir Starmer", "Keir Starmer", True),
        ("Dr Jane Doe", "Ms Doe", True),
        ("Will Smith", "Jada Pinkett Smith", False),
        ("Jane Doe", "John Doe", False),
        ("Smith", "Smithers", False),
        ("Klopp", "Jurgen", False),
        ("Steve McCraw", "Steven McCraw", True),
        ("Seb Coe", "Sebastian Coe", True),
        ("Robert Adler", "Robert S. Adler", True),
        ("Robert S. Adler", "Robert S Adler", True),
        ("Robert S. Adler", "Robert T. Adler", False),
        ("Robert Adler", "Robert Stanley Adler", False),
        ("Al Smith", "Alan Smith", False),
        ("Steve McCraw", "Steven Jones", False),
        ("Steve McCraw", "Stephen McCraw", False),
        # the prefix rule cannot tell Jane from Janet, as the last-word rule cannot tell two Smiths
        ("Jane Doe", "Janet Doe", True),
        (None, "Klopp", False),
    ],
)
def test_same_person(a: str | None, b: str | None, same: bool) -> None:
    assert score.same_person(a, b) is same
    assert score.same_person(b, a) is same


def test_gold_speaker_falls_back_to_the_quotation_and_unknown_is_nobody() -> None:
    q = {"speaker": "Jane Doe"}
    assert score.gold_speaker({"speaker": None}, q) == "Jane Doe"
    assert score.gold_speaker({"speaker": "Ms Doe"}, q) == "Ms Doe"
    assert score.gold_speaker({"speaker": "unknown"}, {"speaker": "unknown"}) is None
    assert score.gold_speaker({"speaker": None}, {"speaker": "Unknown"}) is None


def test_speaker_outcome() -> None:
    assert score.speaker_outcome("Jurgen Klopp", "Klopp") == "right"
    assert score.speaker_outcome("Jurgen Klopp", "Mohamed Salah") == "wrong"
    assert score.speaker_outcome("Jurgen Klopp", None) == "unknown"
    assert score.speaker_outcome(None, None) == "right"
    assert score.speaker_outcome(None, "Klopp") == "wrong"
    family = "Bruce Willis's family (Emma Heming Willis, Demi Moore and Rumer Willis)"
    assert score.speaker_outcome(family, "Demi Moore") == "right"
    assert score.speaker_outcome(family, "Bruce Willis") == "wrong"


def test_mutate_changes_one_middle_word_for_a_real_one() -> None:
    article = ARTICLES["02_beta"]
    span = score.find_span(article, QUOTE)
    new, at, old, word = score.mutate(article, span)
    assert (old, word) == ("bridge", "never")
    assert new[at : at + len(word)] == word
    assert new == article.replace("new bridge", "new never", 1)
    # deterministic, and never the same word back
    assert score.mutate(article, span) == (new, at, old, word)
    text = "we will never ever say never ever again ok"
    _, _, old, word = score.mutate(text, (0, len(text)))
    assert old == "never" and word == "always"


def test_mutate_keeps_capitals_and_skips_words_inside_contractions() -> None:
    text = "I've said Liverpool's future matters to me"
    new, _, old, word = score.mutate(text, (0, len(text)))
    assert old in {"said", "future", "matters"} and word == "never"
    assert "Liverpool's" in new
    text = "the club and the Reds and the fans"
    _, _, old, word = score.mutate(text, (0, len(text)))
    assert old == "Reds" and word == "Never"


# ── figures on canned qdiff output ───────────────────────────────────────────────────────────


def compare_doc(*passages: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "schema": "qdiff.compare/2",
        "passages": [{"id": f"p{i}", "renderings": rs} for i, rs in enumerate(passages)],
    }


def rendering_at(event: Any, article: str, text: str, **fields: Any) -> dict[str, Any]:
    start, end = score.find_span(event.texts[article], text)
    return {"article": article, "start": start, "end": end, "line": 2, "text": text, **fields}


def test_renderings_found_verdicts_and_speakers_on_canned_output(tmp_path: Path) -> None:
    event = score.load_event(make_event(tmp_path, gold()))
    doc = compare_doc(
        [
            rendering_at(event, "01_alpha", QUOTE, quoted=True, verdict="verbatim", speaker="Doe"),
            # half of the gold span is enough; the verdict and speaker are wrong
            rendering_at(
                event, "02_beta", QUOTE[:30], quoted=True, verdict="trimmed", speaker="Ann Roe"
            ),
            # in the wrong article: does not count for 03_gamma
            rendering_at(event, "01_alpha", "The bridge will cost", quoted=False),
        ],
        # a passage two articles render that no gold quotation accounts for
        [
            rendering_at(event, "01_alpha", "will cost $20 million", quoted=False),
            rendering_at(event, "02_beta", "will cost $20 million", quoted=True),
        ],
        # one article only: not counted
        [rendering_at(event, "03_gamma", "expected to cost $35 million", quoted=True)],
    )
    r = score.score_renderings(event, doc)
    assert (r["total"], r["found"], r["verdict_right"]) == (4, 2, 1)
    assert (r["speaker_right"], r["speaker_wrong"], r["speaker_unknown"]) == (1, 1, 0)
    assert [m["article"] for m in r["details"]["missed"]] == ["03_gamma", "04_delta"]
    assert r["details"]["verdicts_differ"][0]["qdiff"] == "trimmed"
    assert (r["unmatched"], r["unmatched_quoted"]) == (2, 1)
    assert [u["article"] for u in r["details"]["unmatched"]] == ["01_alpha", "02_beta"]


def test_unquoted_and_short_gold_renderings_are_not_scored(tmp_path: Path) -> None:
    doc = gold()
    doc["quotations"][0]["renderings"][0]["quoted"] = False
    doc["quotations"][0]["renderings"][1]["text"] = "build the new bridge"
    event = score.load_event(make_event(tmp_path, doc))
    assert score.score_renderings(event, {"passages": []})["total"] == 2


def test_gold_text_not_in_the_article_is_a_gold_error(tmp_path: Path) -> None:
    doc = gold()
    doc["quotations"][0]["renderings"][2]["text"] = "words this article never printed at all"
    event = score.load_event(make_event(tmp_path, doc))
    assert len(event.gold_errors) == 1
    assert score.score_renderings(event, {"passages": []})["total"] == 3


def test_figures_grouped_status_and_conflicts_on_canned_output(tmp_path: Path) -> None:
    event = score.load_event(make_event(tmp_path, gold()))

    def value(article: str, text: str) -> dict[str, Any]:
        start, end = score.find_span(event.texts[article], text)
        return {"article": article, "start": start, "end": end, "text": text}

    together = {
        "facts": [
            {
                "id": "money-bridge",
                "status": "conflict",
                "values": [value("01_alpha", "$20 million"), value("03_gamma", "$35 million")],
            },
            {"id": "money-one", "status": "single", "values": [value("02_beta", "$20 million")]},
        ]
    }
    f = score.score_figures(event, together)
    assert (f["total"], f["grouped"], f["status_right"]) == (1, 1, 1)
    assert (f["conflicts_real"], f["conflicts_reported"]) == (1, 1)

    agreeing = {"facts": [{**together["facts"][0], "status": "agree"}]}
    f = score.score_figures(event, agreeing)
    assert (f["grouped"], f["status_right"], f["conflicts_reported"]) == (1, 0, 0)

    apart = {
        "facts": [
            {"id": "a", "status": "conflict", "values": [value("01_alpha", "$20 million")]},
            {"id": "b", "status": "single", "values": [value("03_gamma", "$35 million")]},
        ]
    }
    f = score.score_figures(event, apart)
    assert (f["grouped"], f["conflicts_reported"]) == (0, 0)  # one article: not reported


def test_check_counts_and_exit_codes(tmp_path: Path) -> None:
    event = score.load_event(make_event(tmp_path, gold()))
    runs = {
        "01_alpha": score.Run(1, "{}"),  # false positive
        "02_beta": score.Run(0, "{}"),  # true negative
        "03_gamma": score.Run(2, ""),  # neither: an error, reported
    }
    c = score.score_check(event, runs)
    assert (c["tp"], c["fp"], c["fn"], c["tn"], c["errors"]) == (0, 1, 0, 1, 1)
    c = score.score_check(event, {**runs, "03_gamma": score.Run(0, "{}")})
    assert (c["tp"], c["fp"], c["fn"]) == (0, 1, 1)
    assert score.with_rates({"check": c})["check"]["precision"] == 0.0


# ── end to end, qdiff in-process ─────────────────────────────────────────────────────────────


def test_the_synthetic_event_end_to_end(tmp_path: Path) -> None:
    result = score.score_event(make_event(tmp_path, gold()))
    assert result["errors"] == [] and result["gold_errors"] == []
    ren = result["renderings"]
    assert (ren["total"], ren["found"], ren["verdict_right"]) == (4, 4, 4)
    assert ren["speaker_right"] == 4
    chk = result["check"]
    assert (chk["tp"], chk["fp"], chk["fn"], chk["errors"]) == (1, 0, 0, 0)
    assert (chk["precision"], chk["recall"]) == (1.0, 1.0)
    mis = result["misquotes"]
    # the three verbatim renderings of 8+ words; each made with 'bridge' -> 'never'
    assert mis["made"] == 3
    assert mis["caught"] == 3 and mis["caught_at_word"] == 3
    assert {d["changed"] for d in mis["details"]} == {"bridge -> never"}
    # nothing was written beside the event
    assert sorted(p.name for p in (tmp_path / "synthetic" / "2099-bridge").iterdir()) == [
        "01_alpha.txt",
        "02_beta.txt",
        "03_gamma.txt",
        "04_delta.txt",
        "gold.yaml",
    ]


def test_wrong_gold_lowers_the_figures(tmp_path: Path) -> None:
    """The scorer is not trivially satisfied: gold calling the changed word verbatim and the
    article a pass costs a verdict and makes qdiff's failure a false positive."""
    result = score.score_event(make_event(tmp_path, gold("verbatim", "pass")))
    assert result["renderings"]["verdict_right"] == 3
    chk = result["check"]
    assert (chk["tp"], chk["fp"], chk["fn"]) == (0, 1, 0)
    assert chk["details"]["differ"][0]["article"] == "03_gamma"


def test_main_writes_json_and_refuses_holdout_details(tmp_path: Path, capsys: Any) -> None:
    event = make_event(tmp_path, gold())
    out = tmp_path / "out.json"
    assert score.main([str(event.parent), "--json", str(out)]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["overall"]["renderings"]["found"] == 4
    assert doc["sets"]["synthetic"]["check"]["tp"] == 1
    assert "synthetic/2099-bridge" in capsys.readouterr().out

    holdout = tmp_path / "holdout9"
    holdout.mkdir()
    event.rename(holdout / event.name)
    with pytest.raises(SystemExit):
        score.main([str(holdout), "--details"])


def test_a_misquote_is_caught_only_by_a_failure_at_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    event = score.load_event(make_event(tmp_path, gold()))

    def failing_at(line: int, column: int, end_column: int) -> Any:
        finding = {"line": line, "column": column, "end_line": line, "end_column": end_column}
        doc = {"renderings": [{**finding, "outcome": "fail", "verdict": "altered"}]}
        return lambda args: score.Run(1, json.dumps(doc))

    monkeypatch.setattr(score, "run_qdiff", failing_at(3, 1, 20))  # another line
    m = score.score_misquotes(event, tmp_path / "work")
    assert (m["made"], m["caught"], m["caught_at_word"]) == (3, 0, 0)

    monkeypatch.setattr(score, "run_qdiff", failing_at(2, 1, 3))  # the line, not the word
    m = score.score_misquotes(event, tmp_path / "work2")
    assert (m["made"], m["caught"], m["caught_at_word"]) == (3, 3, 0)

    monkeypatch.setattr(score, "run_qdiff", lambda args: score.Run(0, "{}"))  # passes
    assert score.score_misquotes(event, tmp_path / "work3")["caught"] == 0


def test_table_of_several_sets_keeps_its_blank_separators(capsys: Any) -> None:
    """Per-event rows of two sets are separated by a blank line, which has no cells."""
    one = ["x"] * len(score.HEADERS)
    score.print_table([one, [""], one])
    lines = capsys.readouterr().out.splitlines()
    assert lines[3] == "" and len(lines) == 5
