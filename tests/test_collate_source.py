"""Primary-source detection in collation, on real coverage and on small made-up cases.

The dev events' gold names the article that prints the source itself (`primary_source`); the
scorer never tells qdiff which one, so qdiff must find it from the text alone.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from qdiff.collate.collate import collate
from qdiff.io.corpus import expand_paths, load_corpus
from qdiff.model import Article, PassageBase

DEV = Path(__file__).resolve().parent / "eval" / "dev"

FOUND = (
    "2022-bruce-willis-aphasia",
    "2022-federer-retires",
    "2022-will-smith-apology",
    "2023-ardern-resignation",
    "2023-google-layoffs-memo",
    "2023-titan-submersible-implosion",
    "2024-nypd-tisch-unitedhealthcare-ceo-shooting",
)
"""Events whose gold primary source prints the quoted words unquoted."""
QUOTED_SOURCE = ("2022-truss-resignation", "2024-kelvin-kiptum-killed-in-crash")
"""Events whose primary source prints the statement inside quotation marks: a quoted witness,
never the base, however full (another outlet may still print it unquoted)."""
NONE = (
    "2021-judge-cahill-chauvin-sentencing",
    "2021-osaka-withdraws-french-open",
    "2022-celine-dion-stiff-person-syndrome",
    "2022-nasa-dart-result",
    "2022-texas-dps-mccraw-uvalde-testimony",
    "2023-dominion-ceo-fox-settlement-interview",
    "2024-biden-remarks-trump-rally-shooting",
    "2024-southgate-resigns",
)
"""Events with no primary source in the gold, where reporters quote and paraphrase."""


def sources_of(event: str) -> Counter[str]:
    folder = DEV / event
    corpus = load_corpus(expand_paths([str(folder)], folder), {})
    passages, _ = collate(corpus.articles, min_words=6)
    return Counter(p.source for p in passages if p.base is PassageBase.SOURCE and p.source)


def gold_source(event: str) -> str | None:
    gold = yaml.safe_load((DEV / event / "gold.yaml").read_text(encoding="utf-8"))
    return gold.get("primary_source")


@pytest.mark.parametrize("event", FOUND)
def test_the_gold_primary_source_is_found(event: str) -> None:
    found = sources_of(event)
    expected = gold_source(event)
    assert expected is not None
    assert found.most_common(1)[0][0] == expected, found


@pytest.mark.parametrize("event", QUOTED_SOURCE)
def test_a_source_printed_inside_quotation_marks_is_not_the_base(event: str) -> None:
    assert gold_source(event) not in sources_of(event)


@pytest.mark.parametrize("event", NONE)
def test_no_source_where_the_coverage_has_none(event: str) -> None:
    assert gold_source(event) is None
    assert sources_of(event) == Counter()


def article(name: str, text: str) -> Article:
    return Article(name, name, f"{name}.txt", text)


LETTER = (
    "Dear colleagues, I have made the difficult decision to step down as chief executive at "
    "the end of the year. It has been the privilege of my working life to lead this company "
    "through its hardest decade."
)


def test_a_letter_printed_in_full_is_the_base_and_wins_over_a_lone_outlet() -> None:
    """The outlet's `hard` for the letter's `difficult` is its own departure, not the base's."""
    articles = [
        article("letter", f"Read the letter in full below.\n{LETTER}\n"),
        article(
            "wire",
            'In a note to staff she wrote: "I have made the difficult decision to step down as '
            'chief executive at the end of the year."',
        ),
        article(
            "daily",
            'She told staff: "I have made the hard decision to step down as chief executive at '
            'the end of the year."',
        ),
    ]
    passages, findings = collate(articles, min_words=6)
    (passage,) = [p for p in passages if p.text.startswith("I have made")]
    assert (passage.base, passage.source) == (PassageBase.SOURCE, "letter")
    assert "difficult decision" in passage.text
    verdicts = {f.rendering.article_id: f.verdict.value for f in findings}
    assert verdicts["daily"] == "altered"
    assert verdicts["wire"] == "verbatim"


def test_a_reporters_close_paraphrase_is_no_source() -> None:
    """`She said she had made the difficult decision ...` is the reporter's sentence."""
    articles = [
        article(
            "report",
            "She said that I have made the difficult decision to step down as chief executive at "
            "the end of the year, in a note seen by reporters.",
        ),
        article(
            "wire",
            'She wrote: "I have made the difficult decision to step down as chief executive at '
            'the end of the year."',
        ),
    ]
    passages, _ = collate(articles, min_words=6)
    assert passages
    assert all(p.base is PassageBase.CONSENSUS for p in passages)


def test_an_outlet_that_mostly_quotes_is_no_source() -> None:
    """An unquoted copy of one sentence, in an article that quotes the rest, is narration."""
    second = "It has been the privilege of my working life to lead this company."
    articles = [
        article(
            "copy",
            "Dear colleagues, I have made the difficult decision to step down as chief executive "
            f'at the end of the year.\nShe added: "{second}"\n',
        ),
        article(
            "wire",
            'She wrote: "I have made the difficult decision to step down as chief executive at '
            f'the end of the year." And: "{second}"',
        ),
        article("daily", f'The note went on: "{second}"'),
    ]
    passages, _ = collate(articles, min_words=6)
    assert all(p.base is PassageBase.CONSENSUS for p in passages)
