"""Tests for qdiff.quotes.extract: quotation spans and segments, and the offset index over them."""

from __future__ import annotations

from pathlib import Path

from qdiff.model import Article, Quote, Span
from qdiff.quotes.extract import QuoteIndex, extract_quotes


def article(text: str, article_id: str = "a") -> Article:
    return Article(id=article_id, label=article_id, path=f"{article_id}.txt", text=text)


def quoted(text: str) -> list[list[str]]:
    """Each quotation of text as the list of its segments' text."""
    return [[text[s.start : s.end] for s in q.segments] for q in extract_quotes(article(text))]


SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# Real passages from the seed articles.
CORBYN_001 = (
    'On Friday, Labour leader Jeremy Corbyn, said the resignation "reveals a Government in '
    "disarray and a chancellor who has lost the credibility to manage the economy in the "
    'interests of the majority of our people."\n'
    "“The Budget has exposed George Osborne’s record of profound unfairness and economic "
    'failure," he added. "Not only must the cuts to support for disabled people be abandoned, '
    "but the Government must change economic course.\n"
    "“The Chancellor has failed the British people. He should follow the honourable course "
    "taken by Iain Duncan Smith and resign.”\n"
    "Earlier, the government was reportedly looking at reversing plans."
)
LETTER_002 = (
    'The letter reads: "I have for some time and rather reluctantly come to believe that the '
    "latest changes to benefits to the disabled and the context in which they've been made are, "
    "a compromise too far.\n\n"
    '"I am unable to watch passively whilst certain policies are enacted," he said in his '
    "resignation letter.\n\n"
    '"Too often my team and I have been pressured.\n\n'
    '"It is therefore with enormous regret that I have decided to resign."\n\n'
    "The former Conservative Party leader had locked horns with the treasury."
)
SIGN_OFF_003 = (
    "There was a ferocious sign-off in Duncan Smith’s resignation letter: “I hope as the "
    "government goes forward you can look again, however, at the balance of cuts you have "
    "insisted upon and wonder if enough has been done to ensure ‘we are all in this "
    "together’.”"
)


class TestExtractQuotes:
    def test_straight_double_quotes(self) -> None:
        """The span runs from the first quoted character to the last, marks excluded."""
        text = 'Prime Minister David Cameron said he was "puzzled and disappointed" by it.'
        assert extract_quotes(article(text, "000")) == [Quote("000", Span(42, 66), (Span(42, 66),))]

    def test_curly_double_quotes(self) -> None:
        """“ and ” delimit a quotation."""
        text = "a make a “compromise too far”."
        assert extract_quotes(article(text)) == [Quote("a", Span(10, 28), (Span(10, 28),))]

    def test_several_quotations_in_order(self) -> None:
        """Separate quotations in one paragraph are separate Quotes, in order."""
        assert quoted('They will "reconsider" the cuts, "most vulnerable" people.') == [
            ["reconsider"],
            ["most vulnerable"],
        ]

    def test_quote_at_start_of_text(self) -> None:
        """A mark at offset 0 opens a quotation."""
        assert quoted('"Credit to IDS," he wrote.') == [["Credit to IDS,"]]

    def test_quote_at_end_of_text(self) -> None:
        """A closing mark as the last character closes the quotation."""
        assert quoted('He said "yes"') == [["yes"]]

    def test_empty_quotation_is_dropped(self) -> None:
        """A pair of marks with nothing between gives no Quote."""
        assert quoted('He said "" and left.') == []

    def test_nested_single_inside_double_is_one_quotation(self) -> None:
        """003's ‘we are all in this together’ stays inside the outer quotation."""
        start = SIGN_OFF_003.index("I hope")
        end = SIGN_OFF_003.index("’.”") + 2
        assert extract_quotes(article(SIGN_OFF_003)) == [
            Quote("a", Span(start, end), (Span(start, end),))
        ]

    def test_nested_straight_single_inside_double(self) -> None:
        """Straight single marks inside straight doubles are nested, not a new quotation."""
        assert quoted("He said: \"Who said 'we are all in this together' anyway?\" Then left.") == [
            ["Who said 'we are all in this together' anyway?"]
        ]

    def test_apostrophes_are_not_quotes(self) -> None:
        """it's, Osborne’s and the '90s contain no quotation."""
        assert quoted("It's the '90s again for Osborne’s plan, isn't it?") == []

    def test_possessive_apostrophe_at_word_end_inside_double(self) -> None:
        """workers’ inside a double quotation does not close or open anything."""
        assert quoted('"The workers’ pay is low," she said.') == [["The workers’ pay is low,"]]

    def test_inner_apostrophes_inside_curly_quotation(self) -> None:
        """003's Sturgeon quotation: it’s and won’t do not end it."""
        text = (
            "She then said that Cameron “must now reverse the #PIP cuts immediately. If even IDS "
            "won’t justify them, it’s time to admit how wrong they are.”"
        )
        assert quoted(text) == [
            [
                "must now reverse the #PIP cuts immediately. If even IDS won’t justify them, "
                "it’s time to admit how wrong they are."
            ]
        ]

    def test_british_single_quotes_at_top_level(self) -> None:
        """002's 'pessimistic' is a quotation in single marks."""
        text = "Duncan Smith also criticised 'pessimistic' David Cameron."
        assert extract_quotes(article(text)) == [Quote("a", Span(30, 41), (Span(30, 41),))]

    def test_british_quotation_over_paragraphs(self) -> None:
        """Single marks opening each paragraph continue one quotation, one segment each."""
        text = "He wrote: 'First part.\n\n'Second part.\n\n'Last part,' he said.\n\nAfter."
        assert quoted(text) == [["First part.", "Second part.", "Last part,"]]

    def test_multi_paragraph_quotation_from_001(self) -> None:
        """Corbyn's words: interrupted, then carried over a paragraph, one Quote."""
        quotes = extract_quotes(article(CORBYN_001))
        assert [[CORBYN_001[s.start : s.end] for s in q.segments] for q in quotes] == [
            [
                "reveals a Government in disarray and a chancellor who has lost the credibility "
                "to manage the economy in the interests of the majority of our people."
            ],
            [
                "The Budget has exposed George Osborne’s record of profound unfairness and "
                "economic failure,",
                "Not only must the cuts to support for disabled people be abandoned, but the "
                "Government must change economic course.",
                "The Chancellor has failed the British people. He should follow the honourable "
                "course taken by Iain Duncan Smith and resign.",
            ],
        ]

    def test_multi_paragraph_span_covers_all_segments(self) -> None:
        """The span of a multi-paragraph Quote runs from its first segment to its last."""
        quote = extract_quotes(article(CORBYN_001))[1]
        assert quote.span == Span(quote.segments[0].start, quote.segments[-1].end)
        assert CORBYN_001[quote.span.end : quote.span.end + 1] == "”"

    def test_letter_over_paragraphs_from_002(self) -> None:
        """002's letter: an opening mark per paragraph, attribution ends the first quotation."""
        assert quoted(LETTER_002) == [
            [
                "I have for some time and rather reluctantly come to believe that the latest "
                "changes to benefits to the disabled and the context in which they've been made "
                "are, a compromise too far.",
                "I am unable to watch passively whilst certain policies are enacted,",
            ],
            [
                "Too often my team and I have been pressured.",
                "It is therefore with enormous regret that I have decided to resign.",
            ],
        ]

    def test_interrupted_by_attribution(self) -> None:
        """`"...," he said. "..."` is one Quote with two segments."""
        text = (
            '"This is going to be kicked into the long grass," the source told PA. "We need time."'
        )
        assert extract_quotes(article(text)) == [
            Quote("a", Span(1, 84), (Span(1, 48), Span(71, 84)))
        ]

    def test_interrupted_with_comma_attribution(self) -> None:
        """`"...," she added, "..."` joins too."""
        assert quoted('"We must act," she added, "and act now."') == [
            ["We must act,", "and act now."]
        ]

    def test_interrupted_three_times(self) -> None:
        """Several interruptions give one Quote with a segment per piece."""
        assert quoted('"A," he said. "B," he added. "C."') == [["A,", "B,", "C."]]

    def test_full_stop_before_narrative_keeps_quotes_apart(self) -> None:
        """A quotation that ends a sentence is not joined to the next one."""
        assert quoted('"It is over." Then he left the room. "Goodbye."') == [
            ["It is over."],
            ["Goodbye."],
        ]

    def test_long_narrative_between_keeps_quotes_apart(self) -> None:
        """More than a short attribution between two quotations: two Quotes."""
        text = (
            '"I am unable to watch," he said in his letter, which was published on Friday '
            'evening after a long day of talks at Downing Street. "Too often."'
        )
        assert quoted(text) == [["I am unable to watch,"], ["Too often."]]

    def test_unclosed_quote_recovers_at_paragraph_end(self) -> None:
        """A missing closing mark ends the quotation at its paragraph; the next is found."""
        text = 'He said "this never closes\n\nThen "a new one" here.'
        assert extract_quotes(article(text)) == [
            Quote("a", Span(9, 26), (Span(9, 26),)),
            Quote("a", Span(34, 43), (Span(34, 43),)),
        ]

    def test_unclosed_quote_recovers_at_text_end(self) -> None:
        """A quotation still open at the end of the text ends there, trailing space trimmed."""
        text = "He wrote: “Wow. When even IDS thinks it’s a cruel cut too far  \n"
        assert quoted(text) == [["Wow. When even IDS thinks it’s a cruel cut too far"]]

    def test_mixed_glyphs(self) -> None:
        """Opened with “ and closed with a straight mark: one quotation."""
        text = '“We will always protect the most vulnerable," he said.'
        assert quoted(text) == [["We will always protect the most vulnerable,"]]

    def test_mixed_glyphs_straight_then_curly(self) -> None:
        """001's Cameron quotation: opens with a straight mark, closes with ”."""
        text = (
            '"We will always protect the most vulnerable people,” he said. "We are going to '
            "discuss what we've put forward. It's important.\""
        )
        assert quoted(text) == [
            [
                "We will always protect the most vulnerable people,",
                "We are going to discuss what we've put forward. It's important.",
            ]
        ]

    def test_guillemets(self) -> None:
        """« and » delimit a quotation."""
        assert quoted("Il a dit «assez» hier.") == [["assez"]]

    def test_no_marks_no_quotes(self) -> None:
        """Plain narrative has no quotations."""
        assert extract_quotes(article("Iain Duncan Smith has resigned.")) == []

    def test_quote_carries_article_id(self) -> None:
        """Each Quote names the article it was found in."""
        quotes = extract_quotes(article('He was "puzzled".', "003_2ea4bb40d2f84377"))
        assert [q.article_id for q in quotes] == ["003_2ea4bb40d2f84377"]

    def test_seed_003_letter_paragraphs(self) -> None:
        """003's two-paragraph letter quotation is one Quote with two segments."""
        text = (SEEDS / "003_2ea4bb40d2f84377.txt").read_text(encoding="utf-8")
        letter = extract_quotes(article(text))[1]
        assert [text[s.start : s.start + 28] for s in letter.segments] == [
            "You are aware that I believe",
            "I am unable to watch passive",
        ]
        assert text[letter.span.end - 14 : letter.span.end + 1] == "salami-sliced.”"


class TestQuoteIndex:
    TEXT = '"Alpha beta," he said. "Gamma." Then "delta".'

    def index(self) -> tuple[QuoteIndex, list[Quote]]:
        quotes = extract_quotes(article(self.TEXT))
        return QuoteIndex(quotes), quotes

    def test_fixture_quotes(self) -> None:
        """The text has two Quotes, the first interrupted."""
        _, quotes = self.index()
        assert [q.segments for q in quotes] == [(Span(1, 12), Span(24, 30)), (Span(38, 43),)]

    def test_segment_at_inside(self) -> None:
        """An offset inside a segment finds that segment."""
        index, _ = self.index()
        assert index.segment_at(25) == Span(24, 30)

    def test_segment_at_start_inclusive_end_exclusive(self) -> None:
        """Segments are half-open: start is inside, end is not."""
        index, _ = self.index()
        assert (index.segment_at(1), index.segment_at(12)) == (Span(1, 12), None)

    def test_segment_at_in_attribution(self) -> None:
        """The attribution between two segments is not quoted."""
        index, _ = self.index()
        assert index.segment_at(16) is None

    def test_quote_at_returns_owner(self) -> None:
        """Both segments of an interrupted quotation belong to one Quote."""
        index, quotes = self.index()
        assert index.quote_at(2) is quotes[0]
        assert index.quote_at(26) is quotes[0]
        assert index.quote_at(40) is quotes[1]

    def test_quote_at_outside(self) -> None:
        """Before the first and after the last quotation, nothing."""
        index, _ = self.index()
        assert (index.quote_at(0), index.quote_at(44), index.quote_at(999)) == (None, None, None)

    def test_empty_index(self) -> None:
        """With no quotations, every offset is unquoted."""
        index = QuoteIndex([])
        assert (index.segment_at(0), index.quote_at(5)) == (None, None)

    def test_unsorted_quotes(self) -> None:
        """Quotes given out of order are still found."""
        late = Quote("a", Span(50, 60), (Span(50, 60),))
        early = Quote("a", Span(10, 20), (Span(10, 20),))
        index = QuoteIndex([late, early])
        assert (index.quote_at(15), index.quote_at(55)) == (early, late)


class TestHardWrappedText:
    def test_quotation_over_a_soft_line_break_stays_one_segment(self) -> None:
        """A hard-wrapped paragraph: the line break inside the quotation is no paragraph end."""
        text = (
            'He said: "We will not cut a single penny from the\ndisability budget this year." Then.'
        )
        (quote,) = extract_quotes(Article("a", "a", "a.txt", text))
        assert [text[s.start : s.end] for s in quote.segments] == [
            "We will not cut a single penny from the\ndisability budget this year."
        ]

    def test_unclosed_quotation_still_ends_at_its_line(self) -> None:
        """No closing mark on the next line: the quotation ends with its paragraph."""
        text = 'Then "one more\nAnother paragraph without a close.'
        (quote,) = extract_quotes(Article("a", "a", "a.txt", text))
        assert text[quote.span.start : quote.span.end] == "one more"


class TestSlips:
    """Quotation marks as real pages print them, slips included."""

    def quoted(self, text: str) -> list[list[str]]:
        quotes = extract_quotes(Article("a", "a", "a.txt", text))
        return [[text[s.start : s.end] for s in q.segments] for q in quotes]

    def test_space_after_the_opening_mark(self) -> None:
        text = 'He wrote: " The public expect it. "I recognise this may be my last job."'
        assert self.quoted(text) == [
            ["The public expect it.", "I recognise this may be my last job."]
        ]

    def test_stray_opening_mark_inside_a_quotation_goes_on(self) -> None:
        """Paragraphs run together leave their opening marks: one quotation, two segments."""
        text = "He said: “I think it was a mistake. “I apologise to everybody.” Then he left."
        assert self.quoted(text) == [["I think it was a mistake.", "I apologise to everybody."]]

    def test_closing_glyph_used_to_open_a_paragraph(self) -> None:
        text = "Javid resigned.\n\n”I have spoken to the Prime Minister,” tweeted Sajid."
        assert self.quoted(text) == [["I have spoken to the Prime Minister,"]]

    def test_forgotten_closing_mark_before_attribution(self) -> None:
        """`“I apologise, Kurtz began, adding that “all of us ...”`: the reporter's words are no
        part of the quotation."""
        text = (
            "“I want to apologise to you all, Kurtz began his statement, adding that “all of us"
            " understand.”"
        )
        assert self.quoted(text) == [["I want to apologise to you all,", "all of us understand."]]

    def test_narration_between_two_fragments_does_not_join_them(self) -> None:
        """`"A", he admitted defeat, simply saying "B"`: two quotations, not one interrupted."""
        text = 'Calling it "best job in the world", he admitted defeat, simply saying "so be it".'
        assert self.quoted(text) == [["best job in the world"], ["so be it"]]

    def test_attribution_between_pieces_joins_them(self) -> None:
        text = '"We will not cut," said Mr Smith, "a single penny from the budget."'
        assert self.quoted(text) == [["We will not cut,", "a single penny from the budget."]]


class TestBlockquotes:
    def test_markdown_blockquote_is_a_quotation(self) -> None:
        """Lines opening with `>` are quoted, a segment a line; marks inside belong to it."""
        text = (
            'The letter in full:\n\n> I have come to believe the cuts\n> went "too far".\n>\n'
            "> It is with regret that I resign.\n\nHe left."
        )
        (quote,) = extract_quotes(Article("a", "a", "a.md", text))
        assert [text[s.start : s.end] for s in quote.segments] == [
            "I have come to believe the cuts",
            'went "too far".',
            "It is with regret that I resign.",
        ]

    def test_greater_than_inside_a_line_is_no_blockquote(self) -> None:
        assert extract_quotes(Article("a", "a", "a.txt", "Growth was > 3% this year.")) == []


class TestLostAndDoubledMarks:
    """Real slips of quotation marks, each from coverage that printed it."""

    def test_a_doubled_opening_mark_opens_once(self) -> None:
        text = "Truss said, “”I recognise though given the situation I cannot deliver the mandate.”"
        assert quoted(text) == [
            ["I recognise though given the situation I cannot deliver the mandate."]
        ]

    def test_an_empty_pair_of_marks_is_still_no_quotation(self) -> None:
        text = 'The sign read "" and nothing else, he said.'
        assert quoted(text) == []

    def test_a_lost_opening_mark_after_a_colon(self) -> None:
        text = (
            "Holmes spoke from a prepared statement:I am devastated by my failures. I regret my"
            " failings with every cell of my body.”\nShe was sentenced."
        )
        assert quoted(text) == [
            ["I am devastated by my failures. I regret my failings with every cell of my body."]
        ]

    def test_a_closing_mark_with_no_colon_before_it_quotes_nothing(self) -> None:
        text = "He left the room without a word.” Then the meeting ended."
        assert quoted(text) == []

    def test_a_statement_over_paragraphs_marked_only_at_its_ends(self) -> None:
        text = (
            "The following is a statement by the Director-General:\n"
            "“In the past two weeks, the number of cases has increased 13-fold.\n"
            "There are now more than 118,000 cases in 114 countries.\n"
            "Thousands more are fighting for their lives in hospitals.\n"
            "We have therefore made the assessment that it is a pandemic.”\n"
            "The WHO said more later."
        )
        (segments,) = quoted(text)
        assert segments[0] == "In the past two weeks, the number of cases has increased 13-fold."
        assert "There are now more than 118,000 cases in 114 countries." in segments
        assert "fighting for their lives" in " ".join(segments)
        assert segments[-1].endswith("it is a pandemic.")

    def test_a_quotation_opened_mid_paragraph_still_ends_with_it(self) -> None:
        """Only a statement printed from a paragraph's start runs on; a reporter's sentence
        that forgets its closing mark ends with its paragraph."""
        text = (
            "He said “we will not cut a penny\n"
            "The budget was published on Friday.\n"
            "Critics called it “cruel.”"
        )
        assert quoted(text) == [["we will not cut a penny"], ["cruel."]]


def test_a_statement_to_the_article_s_end_whose_closing_mark_was_lost() -> None:
    """News Tennis prints Williams's essay from `“Retirement has never been a word I’ve loved.`
    to the page's end with no closing mark and no other mark after it."""
    text = (
        "At the US Open, Serena Williams will call it quits.\n"
        "“Retirement has never been a word I’ve loved.\n"
        "It doesn’t strike me as a contemporary word.\n"
        "I soon afterward began a family.\n"
    )
    assert quoted(text) == [
        [
            "Retirement has never been a word I’ve loved.",
            "It doesn’t strike me as a contemporary word.",
            "I soon afterward began a family.",
        ]
    ]
