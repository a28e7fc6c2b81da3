"""Speaker conflicts: outlets crediting the same quoted words to different people.

The sentences are Gareth Southgate's resignation statement (July 2024) as the coverage quoted
it; one page (tests/eval/dev/2024-southgate-resigns/06_archyde) credits a sentence of it to his
assistant Steve Holland. The attributions around them are written in the outlets' own styles.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qdiff.cli import app
from qdiff.collate.conflicts import same_person, speaker_conflict
from qdiff.model import SpeakerCredit

SQUAD = (
    "The squad we took to Germany is full of exciting young talent and they can win the trophy "
    "we all dream of."
)
PROUD = (
    "I am so proud of them, and I hope we get behind the players and the team at St. George's Park."
)

ARTICLES = {
    "wire": f'England manager Gareth Southgate said in a statement: "{SQUAD}"\n',
    "daily": (
        f'Gareth Southgate has stepped down after eight years.\n"{SQUAD[:-1]}," Southgate said.\n'
    ),
    "page": (
        "Southgate's assistant Steve Holland, who also leaves, spoke to the players.\n"
        f'Holland said: "{SQUAD}"\n'
    ),
    "quiet": f'A statement on Tuesday read: "{SQUAD}"\n',
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    for name, text in ARTICLES.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "config.yaml").write_text(
        f"corpus:\n  - {tmp_path}/*.txt\nmin_words: 6\n", encoding="utf-8"
    )
    return tmp_path


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout


class TestSamePerson:
    @pytest.mark.parametrize(
        ("a", "b"),
        [
            ("Southgate", "Gareth Southgate"),
            ("Mr Southgate", "Gareth Southgate"),
            ("Robert Adler", "Robert S. Adler"),
            ("CPSC", "Consumer Product Safety Commission"),
            ("Bruce Willis's family", "Rumer Willis"),
        ],
    )
    def test_forms_of_one_name_are_one_person(self, a: str, b: str) -> None:
        assert same_person(a, b)

    @pytest.mark.parametrize(
        ("a", "b"), [("Gareth Southgate", "Steve Holland"), ("Sundar Pichai", "Ruth Porat")]
    )
    def test_names_sharing_no_word_are_two_people(self, a: str, b: str) -> None:
        assert not same_person(a, b)

    def test_nobody_named_is_no_conflict(self) -> None:
        assert speaker_conflict([("a", "Gareth Southgate"), ("b", None), ("c", "Southgate")]) == ()

    def test_two_people_are_a_conflict(self) -> None:
        assert speaker_conflict(
            [("a", "Gareth Southgate"), ("b", "Steve Holland"), ("c", "Southgate")]
        ) == (
            SpeakerCredit("Gareth Southgate", ("a", "c")),
            SpeakerCredit("Steve Holland", ("b",)),
        )


class TestCompare:
    def test_the_passage_names_who_credits_whom(self, corpus: Path) -> None:
        status, out = run("compare", "-c", str(corpus / "config.yaml"), "--format", "json")
        assert status == 0
        (passage,) = json.loads(out)["passages"]
        assert passage["speaker_conflict"] == [
            {"speaker": "Gareth Southgate", "articles": ["daily", "wire"]},
            {"speaker": "Steve Holland", "articles": ["page"]},
        ]

    @pytest.mark.parametrize("view", ["table", "apparatus"])
    def test_the_views_mark_it(self, corpus: Path, view: str) -> None:
        _, out = run("compare", "-c", str(corpus / "config.yaml"), "--no-color", "--view", view)
        assert "⚠ speakers differ: Gareth Southgate (daily, wire) / Steve Holland (page)" in out

    @pytest.mark.parametrize("output", ["markdown", "html"])
    def test_the_documents_mark_it(self, corpus: Path, output: str) -> None:
        _, out = run("compare", "-c", str(corpus / "config.yaml"), "--format", output)
        plain = out.replace("\\(", "(").replace("\\)", ")")
        assert "⚠ speakers differ: Gareth Southgate (daily, wire) / Steve Holland (page)" in plain

    def test_one_name_in_every_outlet_is_no_conflict(self, corpus: Path) -> None:
        (corpus / "page.txt").unlink()
        _, out = run("compare", "-c", str(corpus / "config.yaml"), "--format", "json")
        assert all(p["speaker_conflict"] == [] for p in json.loads(out)["passages"])


class TestCheck:
    def test_a_misattribution_warns_by_default(self, corpus: Path) -> None:
        config = str(corpus / "config.yaml")
        status, out = run("check", "-c", config, "--format", "json", str(corpus / "page.txt"))
        assert status == 0
        (rendering,) = json.loads(out)["renderings"]
        assert (rendering["outcome"], rendering["speaker"]) == ("warn", "Steve Holland")
        assert {c["speaker"] for c in rendering["speaker_conflict"]} == {
            "Gareth Southgate",
            "Steve Holland",
        }

    def test_it_fails_when_the_policy_says_so(self, corpus: Path) -> None:
        config = str(corpus / "config.yaml")
        args = ("check", "-c", config, "--no-color", "--fail-on", "altered,misattributed")
        status, out = run(*args, str(corpus / "page.txt"))
        assert status == 1
        assert "misattributed quotation" in out
        assert "speakers differ: Gareth Southgate (daily, wire), Steve Holland (this article)" in (
            " ".join(out.split())
        )

    def test_the_right_speaker_passes(self, corpus: Path) -> None:
        config = str(corpus / "config.yaml")
        (corpus / "page.txt").unlink()
        args = ("check", "-c", config, "--fail-on", "altered,misattributed")
        status, _ = run(*args, str(corpus / "daily.txt"))
        assert status == 0
