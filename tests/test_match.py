"""find_renderings(): which spans of which articles render which passages."""

from __future__ import annotations

from qdiff.compare.match import find_renderings
from qdiff.compare.reference import build_reference, locate_reference
from qdiff.model import Article, Reference, Rendering, Span, Unit

LETTER = (
    "I have for some time and rather reluctantly come to believe that the latest changes to "
    "benefits to the disabled and the context in which they've been made are, a compromise too "
    "far. While they are defensible in narrow terms, given the continuing deficit, they are not "
    "defensible in the way they were placed within a Budget that benefits higher earning "
    "taxpayers. It is therefore with enormous regret that I have decided to resign."
)


def reference_of(text: str = LETTER) -> tuple[Article, Reference]:
    article = Article("letter", "letter", "letter.txt", text)
    return article, build_reference(article, Span(0, len(text)), Unit.SENTENCE)


def found(text: str, min_words: int = 6) -> list[Rendering]:
    _, reference = reference_of()
    return list(find_renderings(reference, [Article("a", "A", "a.txt", text)], min_words))


def by_passage(renderings: list[Rendering]) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    for r in renderings:
        result.setdefault(r.passage_id, []).append(r.text)
    return result


class TestQuoted:
    def test_whole_sentence_in_straight_quotes(self) -> None:
        text = 'He wrote: "It is therefore with enormous regret that I have decided to resign."'
        assert by_passage(found(text)) == {
            "it-is-therefore-with-enormous": [
                "It is therefore with enormous regret that I have decided to resign."
            ]
        }

    def test_partial_quote_woven_into_paraphrase(self) -> None:
        """Only the quoted words are the rendering; the short quote before them is not."""
        text = (
            'He had "reluctantly" come to understand that the "latest changes to benefits to the '
            "disabled and the context in which they've been made are compromised too far.\""
        )
        (rendering,) = found(text)
        assert rendering.quoted
        assert rendering.text.startswith("latest changes to benefits")
        assert rendering.text.endswith("compromised too far.")

    def test_one_quotation_covering_two_sentences(self) -> None:
        """It appears under both passages, each with the span that renders that passage."""
        text = (
            "The letter reads: “I have for some time and rather reluctantly come to believe that "
            "the latest changes to benefits to the disabled and the context in which they’ve been "
            "made are, a compromise too far. While they are defensible in narrow terms, given the "
            "continuing deficit, they are not defensible in the way they were placed within a "
            "Budget that benefits higher earning taxpayers.”"
        )
        renderings = by_passage(found(text))
        assert renderings["i-have-for-some-time"] == [
            text[text.index("I have") : text.index("far.") + 4]
        ]
        assert renderings["while-they-are-defensible-in"] == [
            text[text.index("While") : text.index("taxpayers.") + 10]
        ]

    def test_two_passages_run_into_one_quoted_sentence_are_split(self) -> None:
        """A reporter's one sentence rendering two passages: each passage gets its stretch (the
        joining word, which the source does not have, goes with the first)."""
        text = (
            'He wrote: "While they are defensible in narrow terms, given the continuing deficit, '
            "they are not defensible in the way they were placed within a Budget that benefits "
            "higher earning taxpayers and it is therefore with enormous regret that I have decided "
            'to resign."'
        )
        renderings = by_passage(found(text))
        assert renderings["while-they-are-defensible-in"] == [
            text[text.index("While") : text.index(" it is")]
        ]
        assert renderings["it-is-therefore-with-enormous"] == [
            text[text.index("it is therefore") : text.rindex('"')]
        ]

    def test_quotation_over_two_paragraphs(self) -> None:
        """An opening mark at each paragraph, a closing one only at the end."""
        text = (
            '"I have for some time and rather reluctantly come to believe that the latest changes '
            "to benefits to the disabled and the context in which they've been made are, a "
            'compromise too far.\n\n"It is therefore with enormous regret that I have decided to '
            'resign."'
        )
        assert set(by_passage(found(text))) == {
            "i-have-for-some-time",
            "it-is-therefore-with-enormous",
        }

    def test_quotation_interrupted_by_attribution(self) -> None:
        """`"...," he said, "..."`: one rendering, its words without the attribution."""
        text = '"It is therefore with enormous regret," he said, "that I have decided to resign."'
        (rendering,) = found(text)
        words = [t.text for t in rendering.tokens]
        assert "said" not in words
        assert words[-3:] == ["decided", "to", "resign"]

    def test_quote_shorter_than_min_words_is_left_out(self) -> None:
        text = 'He called the cuts "a compromise too far".'
        assert found(text) == []


class TestUnquoted:
    def test_paraphrase_outside_quotes_is_found_unquoted(self) -> None:
        text = (
            "He said that it was with enormous regret that I have decided to resign, according "
            "to aides."
        )
        (rendering,) = found(text)
        assert not rendering.quoted
        assert rendering.text == "with enormous regret that I have decided to resign"

    def test_a_short_passage_inside_a_long_other_sentence_is_no_rendering(self) -> None:
        """Most of a six-word passage inside a thirty-word sentence of another statement."""
        _, reference = reference_of("A public health emergency of international concern.")
        text = (
            "He said: \"The committee's advice to me, and that of the African centres, which on"
            " Tuesday declared a public health emergency of regional security, are aligned and"
            ' we will act on it together now."'
        )
        assert list(find_renderings(reference, [Article("a", "A", "a.txt", text)])) == []

    def test_shared_names_alone_make_no_paraphrase(self) -> None:
        """News writing that shares two names with a statement is not a rendering of it."""
        _, reference = reference_of(
            "Burnley Football Club can confirm the club has parted company with manager Sean"
            " Dyche and his staff."
        )
        text = "Burnley Football Club has sacked longtime manager Sean Dyche, the club said."
        assert list(find_renderings(reference, [Article("a", "A", "a.txt", text)])) == []

    def test_a_paraphrase_stays_within_one_line(self) -> None:
        """A headline and the lead under it that repeat words of the passage are no single
        rendering across the paragraph break."""
        text = (
            "He decided to resign with enormous regret\n\nIt is with enormous regret that I have"
            " decided to resign, he told aides."
        )
        renderings = found(text)
        assert len(renderings) == 1
        assert "\n" not in renderings[0].text
        assert renderings[0].text.startswith("with enormous regret that I have decided")

    def test_unrelated_text_has_no_rendering(self) -> None:
        text = "The Chancellor has failed the British people and should resign, he said."
        assert found(text) == []


class TestReferencePrintedAsQuotations:
    def test_the_reporters_attribution_is_no_part_of_a_passage(self) -> None:
        """A speech printed "in full" as quotations: `," the King said.` belongs to no passage,
        and a faithful quotation of the sentence before it is verbatim."""
        source = (
            'Here it is in full.\n\n"Many festivals are celebrated with a special meal. A chance'
            ' for family and friends to come together across generations," the King said.\n\n'
            '"For some, faith will be uppermost in their hearts this winter."'
        )
        article = Article("src", "src", "src.txt", source)
        reference = build_reference(
            article, locate_reference(article, "in full.", None), Unit.SENTENCE
        )
        texts = [p.text for p in reference.passages]
        assert texts[1] == "A chance for family and friends to come together across generations,"
        assert all("King said" not in text for text in texts)


class TestReferenceRegion:
    def test_reference_text_is_never_its_own_rendering(self) -> None:
        """Only the part of the reference article outside the reference is searched."""
        text = (
            'Earlier he said "It is therefore with enormous regret that I have decided to '
            'resign." The letter in full:\n' + LETTER
        )
        article = Article("src", "src", "src.txt", text)
        span = locate_reference(article, "The letter in full:", None)
        reference = build_reference(article, span, Unit.SENTENCE)
        renderings = list(find_renderings(reference, [article]))
        assert len(renderings) == 1
        assert renderings[0].span.end < span.start
