"""Quote creep: an outlet puts inside quotation marks words the others print as narration.

The narration is the CPSC's recall notice of May 2021 as outlets reported it (a reporter's
sentence about the company, in the third person); the quoted outlet is made up.
"""

from __future__ import annotations

from qdiff.collate.collate import collate
from qdiff.model import Article, EditKind, Verdict

NARRATION = (
    "Consumers who have purchased either treadmill should immediately stop using it and "
    "contact Peloton for a full refund."
)
STATEMENT = (
    "We should have engaged more productively with them from the outset and we apologise to "
    "our members."
)


def article(name: str, text: str) -> Article:
    return Article(name, name, f"{name}.txt", text)


def verdicts(articles: list[Article]) -> dict[str, tuple[Verdict, set[EditKind]]]:
    """Each article's rendering of the sentence other than the statement all of them quote."""
    _, findings = collate(articles, min_words=6)
    return {
        f.rendering.article_id: (f.verdict, {e.kind for e in f.edits if e.kind})
        for f in findings
        if not f.rendering.text.startswith("I want")
    }


SHARED = (
    "I want to be clear, Peloton made a mistake in our initial response to the Consumer Product "
    "Safety Commission's request."
)
"""Foley's statement, which every outlet quotes: reporters quote, they are no source."""


def reporters(sentence: str) -> list[Article]:
    return [
        article("wire", f'Peloton recalled its treadmills. {sentence}\nFoley said: "{SHARED}"\n'),
        article("daily", f'The company has halted sales. {sentence}\n"{SHARED}," Foley said.\n'),
    ]


def test_narration_put_in_quotation_marks_is_quote_creep() -> None:
    quoting = article("blog", f'John Foley said: "{NARRATION}" He added: "{SHARED}"\n')
    found = verdicts([*reporters(NARRATION), quoting])
    assert found["blog"] == (Verdict.ALTERED, {EditKind.QUOTE_CREEP})
    assert found["wire"][0] is Verdict.VERBATIM


def test_one_other_outlet_is_not_enough() -> None:
    quoting = article("blog", f'John Foley said: "{NARRATION}" He added: "{SHARED}"\n')
    found = verdicts([reporters(NARRATION)[0], quoting])
    assert found["blog"][0] is Verdict.VERBATIM


def test_another_outlet_quoting_the_words_clears_it() -> None:
    quoting = article("blog", f'John Foley said: "{NARRATION}" He added: "{SHARED}"\n')
    also = article("times", f'Peloton said: "{NARRATION}"\n')
    found = verdicts([*reporters(NARRATION), quoting, also])
    assert found["blog"][0] is Verdict.VERBATIM


def test_the_speakers_own_words_printed_unquoted_are_no_narration() -> None:
    """A statement in the first person copied without marks is still the speaker's."""
    quoting = article("blog", f'John Foley said: "{STATEMENT}" He added: "{SHARED}"\n')
    found = verdicts([*reporters(STATEMENT), quoting])
    assert EditKind.QUOTE_CREEP not in found["blog"][1]
