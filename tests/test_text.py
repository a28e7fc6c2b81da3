"""Tests for qdiff.text: tokens with offsets, folds, sentence and paragraph boundaries."""

from __future__ import annotations

from qdiff.model import Span, Token
from qdiff.text import (
    BRACKET_KEY,
    ELLIPSIS_KEY,
    counted,
    doubled,
    fold,
    garbled,
    in_parentheses,
    is_marker,
    line_col,
    paragraph_spans,
    sentence_spans,
    tokenize,
    word_count,
)


def words(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


def keys(text: str) -> list[str]:
    return [t.key for t in tokenize(text)]


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentence_spans(text)]


class TestTokenize:
    def test_words_with_offsets(self) -> None:
        """Each word carries its text, folded key and offsets into the text."""
        assert tokenize("The Chancellor has") == (
            Token("The", "the", 0, 3),
            Token("Chancellor", "chancellor", 4, 14),
            Token("has", "has", 15, 18),
        )

    def test_offsets_slice_back_to_the_word(self) -> None:
        """text[start:end] of every token is exactly the token's text."""
        text = "“The Budget has exposed George Osborne’s record,” he added."
        for token in tokenize(text):
            assert text[token.start : token.end] == token.text

    def test_punctuation_and_quote_marks_are_not_tokens(self) -> None:
        """Commas, stops and quotation marks separate words but are not words."""
        assert words('"A compromise, too far." (Really!)') == [
            "A",
            "compromise",
            "too",
            "far",
            "Really",
        ]

    def test_thousands_separator_keeps_a_number_whole(self) -> None:
        """640,000 is one token, not 640 and 000."""
        assert words("leave 640,000 people") == ["leave", "640,000", "people"]

    def test_currency_and_decimal_stay_one_token(self) -> None:
        """£4.4bn is one token, currency sign and suffix included."""
        assert tokenize("save £4.4bn by") == (
            Token("save", "save", 0, 4),
            Token("£4.4bn", "£4.4bn", 5, 11),
            Token("by", "by", 12, 14),
        )

    def test_currency_with_thousands(self) -> None:
        """£3,500 and £100 are single tokens."""
        assert words("an average of £3,500 a year, up to £100 a week") == [
            "an",
            "average",
            "of",
            "£3,500",
            "a",
            "year",
            "up",
            "to",
            "£100",
            "a",
            "week",
        ]

    def test_number_before_full_stop_excludes_the_stop(self) -> None:
        """The stop after a number ending a sentence is not part of it."""
        assert words("since 2010. Then") == ["since", "2010", "Then"]

    def test_year_range_is_two_words(self) -> None:
        """2020-21 splits at the hyphen, as hyphenated words do."""
        assert words("by 2020-21.") == ["by", "2020", "21"]

    def test_time_of_day_is_one_token(self) -> None:
        """12:30 keeps its colon."""
        assert words("at 12:30 today") == ["at", "12:30", "today"]

    def test_hyphenated_words_split(self) -> None:
        """self-imposed and welfare-to-work are separate words, offsets exact."""
        assert tokenize("self-imposed welfare-to-work") == (
            Token("self", "self", 0, 4),
            Token("imposed", "imposed", 5, 12),
            Token("welfare", "welfare", 13, 20),
            Token("to", "to", 21, 23),
            Token("work", "work", 24, 28),
        )

    def test_inner_apostrophe_keeps_word_whole(self) -> None:
        """they've, Osborne’s and won’t are one word each, apostrophe folded in the key."""
        assert tokenize("they've Osborne’s won’t") == (
            Token("they've", "they've", 0, 7),
            Token("Osborne’s", "osborne's", 8, 17),
            Token("won’t", "won't", 18, 23),
        )

    def test_trailing_apostrophe_is_not_part_of_word(self) -> None:
        """The possessive mark of workers’ is left out of the word."""
        assert tokenize("workers’ pay") == (
            Token("workers", "workers", 0, 7),
            Token("pay", "pay", 9, 12),
        )

    def test_three_dot_ellipsis_is_a_marker(self) -> None:
        """'...' is one token keyed ELLIPSIS_KEY (001's cut in the letter)."""
        text = "I believe are ... distinctly political"
        assert tokenize(text)[3] == Token("...", ELLIPSIS_KEY, 14, 17)

    def test_unicode_ellipsis_is_a_marker(self) -> None:
        """'…' has the same key as '...'."""
        assert tokenize("are … distinctly")[1] == Token("…", ELLIPSIS_KEY, 4, 5)

    def test_spaced_ellipsis_is_one_marker(self) -> None:
        """'. . .' is one ellipsis token spanning its spaces."""
        assert tokenize("are . . . distinctly")[1] == Token(". . .", ELLIPSIS_KEY, 4, 9)

    def test_ellipsis_attached_to_word(self) -> None:
        """'were...' gives the word and then the ellipsis."""
        assert tokenize("were...") == (
            Token("were", "were", 0, 4),
            Token("...", ELLIPSIS_KEY, 4, 7),
        )

    def test_bracketed_insertion_is_one_marker(self) -> None:
        """'[the cuts]' is one token keyed BRACKET_KEY, not two words."""
        assert tokenize("They [the cuts] were") == (
            Token("They", "they", 0, 4),
            Token("[the cuts]", BRACKET_KEY, 5, 15),
            Token("were", "were", 16, 20),
        )

    def test_unclosed_bracket_is_not_a_marker(self) -> None:
        """A lone '[' leaves the following words as words."""
        assert keys("[the cuts") == ["the", "cuts"]

    def test_range_limits_tokens_and_keeps_absolute_offsets(self) -> None:
        """tokenize(text, start, end) gives only that stretch, offsets into the whole text."""
        text = "He said: “I am unable to watch.”"
        assert tokenize(text, 10, 21) == (
            Token("I", "i", 10, 11),
            Token("am", "am", 12, 14),
            Token("unable", "unable", 15, 21),
        )

    def test_range_start_only(self) -> None:
        """With only start, tokens run to the end of the text."""
        assert words_from("one two three", 4) == ["two", "three"]

    def test_empty_text(self) -> None:
        """No text, no tokens."""
        assert tokenize("") == ()

    def test_key_folds_case_accents_and_apostrophes(self) -> None:
        """Keys of 'It’s' and 'it's' are equal; 'Café' keys as 'cafe'."""
        assert keys("It’s it's Café NAÏVE") == ["it's", "it's", "cafe", "naive"]


def words_from(text: str, start: int) -> list[str]:
    return [t.text for t in tokenize(text, start)]


class TestIsMarker:
    def test_ellipsis_and_bracket_are_markers(self) -> None:
        """Both editor's marks are markers."""
        assert [is_marker(t) for t in tokenize("a ... [b] c")] == [False, True, True, False]

    def test_a_word_spelled_like_a_key_is_not_a_marker(self) -> None:
        """Only the marker keys count, not the word 'ellipsis'."""
        assert is_marker(Token("ellipsis", "ellipsis", 0, 8)) is False


class TestFold:
    def test_case(self) -> None:
        """Upper and mixed case fold to lower case."""
        assert fold("IAIN") == "iain"

    def test_accents(self) -> None:
        """Combining accents are dropped."""
        assert fold("Défensé") == "defense"

    def test_curly_apostrophe(self) -> None:
        """’ folds to the straight apostrophe."""
        assert fold("Osborne’s") == "osborne's"

    def test_other_apostrophe_glyphs(self) -> None:
        """‘, ʼ, ` and ´ all fold to the straight apostrophe."""
        assert [fold(w) for w in ("it‘s", "itʼs", "it`s", "it´s")] == ["it's"] * 4

    def test_sharp_s_casefolds(self) -> None:
        """Casefolding, not just lowercasing: ß folds to ss."""
        assert fold("Straße") == "strasse"

    def test_numbers_unchanged(self) -> None:
        """Figures keep their separators and currency sign."""
        assert fold("£4.4BN") == "£4.4bn"


class TestSentenceSpans:
    def test_simple_sentences(self) -> None:
        """Two sentences, spans exact and stripped."""
        text = "He resigned. She did not."
        assert sentence_spans(text) == [Span(0, 12), Span(13, 25)]

    def test_question_and_exclamation(self) -> None:
        """? and ! end sentences (000's Peter Bone quotation)."""
        text = (
            "IDS has always been a man of conviction! Tonight, yet again he put the country first."
        )
        assert sentences(text) == [
            "IDS has always been a man of conviction!",
            "Tonight, yet again he put the country first.",
        ]

    def test_title_abbreviation_does_not_end_sentence(self) -> None:
        """Mr. and Dr. are followed by names, not new sentences."""
        assert sentences("Mr. Smith met Dr. Jones. They talked.") == [
            "Mr. Smith met Dr. Jones.",
            "They talked.",
        ]

    def test_initial_does_not_end_sentence(self) -> None:
        """'George W. Bush' stays one sentence."""
        assert sentences("George W. Bush spoke. He left.") == ["George W. Bush spoke.", "He left."]

    def test_dotted_abbreviation_does_not_end_sentence(self) -> None:
        """'U.S.' and 'e.g.' in mid-sentence do not split it."""
        assert sentences("He met U.S. officials, e.g. Kerry. They agreed.") == [
            "He met U.S. officials, e.g. Kerry.",
            "They agreed.",
        ]

    def test_decimal_figure_before_stop_ends_sentence(self) -> None:
        """A sentence ending in £4.4bn ends there: a decimal point is not an abbreviation."""
        assert sentences("It will save £4.4bn. Critics disagree.") == [
            "It will save £4.4bn.",
            "Critics disagree.",
        ]

    def test_plain_number_before_stop_ends_sentence(self) -> None:
        """'since 2010.' ends a sentence."""
        assert sentences("He has served since 2010. He quit.") == [
            "He has served since 2010.",
            "He quit.",
        ]

    def test_no_before_a_number_is_an_abbreviation(self) -> None:
        """'No. 10' does not end a sentence."""
        assert sentences("He went to No. 10 today. Then home.") == [
            "He went to No. 10 today.",
            "Then home.",
        ]

    def test_the_word_no_ends_a_sentence(self) -> None:
        """'He said no.' ends there; 'no' is an abbreviation only before a number."""
        assert sentences("Voters said no. The plan failed.") == [
            "Voters said no.",
            "The plan failed.",
        ]

    def test_closing_double_quote_stays_with_sentence(self) -> None:
        """The closing mark after the stop belongs to the sentence it closes."""
        text = "“The Chancellor has failed the British people.” He should resign."
        assert sentences(text) == [
            "“The Chancellor has failed the British people.”",
            "He should resign.",
        ]

    def test_closing_straight_quote_after_stop(self) -> None:
        """Straight closing quote goes with the sentence too."""
        assert sentences('He said "yes." Then he left.') == ['He said "yes."', "Then he left."]

    def test_closing_single_quote_and_paren(self) -> None:
        """’ and ) after a stop stay with their sentence."""
        assert sentences("He wrote ‘enough.’ (It was.) Then he left.") == [
            "He wrote ‘enough.’",
            "(It was.)",
            "Then he left.",
        ]

    def test_sentence_starting_with_opening_quote(self) -> None:
        """A sentence may start with a quotation mark."""
        assert sentences('He wrote. "I am unable to watch."') == [
            "He wrote.",
            '"I am unable to watch."',
        ]

    def test_stop_inside_a_quotation_ends_sentence(self) -> None:
        """000's 'Credit to IDS. I'll say no more' is two sentences."""
        text = '"Credit to IDS. I\'ll say no more tonight."'
        assert sentences(text) == ['"Credit to IDS.', "I'll say no more tonight.\""]

    def test_sentence_starting_with_figure(self) -> None:
        """A sentence may start with a number or currency sign."""
        assert sentences("It was cut. £4bn went. 640,000 lost out.") == [
            "It was cut.",
            "£4bn went.",
            "640,000 lost out.",
        ]

    def test_ellipsis_at_end(self) -> None:
        """A trailing '…' ends a sentence."""
        assert sentences("No… Maybe.") == ["No…", "Maybe."]

    def test_paragraph_break_always_ends_sentence(self) -> None:
        """A line break ends a sentence even without a stop."""
        text = "Duncan Smith's resignation letter in full:\nI am incredibly proud."
        assert sentence_spans(text) == [Span(0, 42), Span(43, 65)]

    def test_abbreviation_at_paragraph_end_still_ends(self) -> None:
        """'Mr.' at the end of a paragraph cannot carry the sentence over the break."""
        assert sentences("He thanked Mr.\nThen left.") == ["He thanked Mr.", "Then left."]

    def test_no_space_after_stop_does_not_split(self) -> None:
        """'a.b' is not a boundary: a space must follow the stop."""
        assert sentences("See bbc.co.uk for more.") == ["See bbc.co.uk for more."]

    def test_crlf_line_endings(self) -> None:
        """Windows line endings: spans exclude the carriage return."""
        assert sentence_spans("One.\r\nTwo.\r\n") == [Span(0, 4), Span(6, 10)]

    def test_blank_text(self) -> None:
        """Whitespace only: no sentences."""
        assert sentence_spans(" \n\n \t") == []

    def test_range(self) -> None:
        """Only sentences inside text[start:end], offsets absolute."""
        text = "Intro. One here. Two here. Outro."
        assert sentence_spans(text, 7, 26) == [Span(7, 16), Span(17, 26)]

    def test_reference_letter_first_paragraph(self) -> None:
        """The first two sentences of the letter in 001 split as a reader would."""
        text = (
            "I am incredibly proud of the welfare reforms that the Government has delivered "
            "over the last five years. Those reforms have helped to generate record rates of "
            "employment and in particular a substantial reduction in workless households."
        )
        assert sentence_spans(text) == [Span(0, 104), Span(105, 235)]


class TestParagraphSpans:
    def test_lines_are_paragraphs(self) -> None:
        """Each non-blank line is one paragraph, stripped."""
        text = "  First line. \n\nSecond line.\n"
        assert paragraph_spans(text) == [Span(2, 13), Span(16, 28)]

    def test_blank_lines_skipped(self) -> None:
        """Whitespace-only lines give no paragraph."""
        assert paragraph_spans("\n \n\t\n") == []

    def test_range_offsets_absolute(self) -> None:
        """A range gives paragraphs within it, offsets into the whole text."""
        text = "Aaa.\nBbb.\nCcc."
        assert paragraph_spans(text, 5, 14) == [Span(5, 9), Span(10, 14)]

    def test_range_cuts_a_line(self) -> None:
        """A range ending mid-line stops the paragraph there."""
        assert paragraph_spans("hello world", 0, 5) == [Span(0, 5)]

    def test_crlf(self) -> None:
        """The carriage return is not part of a paragraph."""
        assert paragraph_spans("One.\r\nTwo.") == [Span(0, 4), Span(6, 10)]

    def test_hard_wrapped_paragraph_is_one(self) -> None:
        """A line that stops mid-sentence and runs on in lower case is the same paragraph."""
        text = "We will not cut a single penny from the\ndisability budget.\nNext one."
        assert paragraph_spans(text) == [Span(0, 58), Span(59, 68)]

    def test_ellipsis_before_a_lower_case_word_ends_nothing(self) -> None:
        """`I believe are ... distinctly political` is one sentence."""
        text = "I believe are ... distinctly political. Next one."
        assert [text[s.start : s.end] for s in sentence_spans(text)] == [
            "I believe are ... distinctly political.",
            "Next one.",
        ]

    def test_run_on_transcript_is_cut_at_its_lines(self) -> None:
        """A phrase a line, no full stops, over 40 words: each line is a sentence."""
        lines = [f"and we will keep going with phrase number {n} of this speech" for n in range(5)]
        text = "\n".join(lines)
        assert [text[s.start : s.end] for s in sentence_spans(text)] == lines

    def test_a_full_stop_ends_a_line_paragraph(self) -> None:
        """001's style: one paragraph a line, each ending its sentence."""
        assert paragraph_spans("It is done.\nthe rest") == [Span(0, 11), Span(12, 20)]


class TestLineCol:
    def test_start_of_text(self) -> None:
        """Offset 0 is line 1, column 1."""
        assert line_col("abc\ndef", 0) == (1, 1)

    def test_within_first_line(self) -> None:
        """Columns are 1-based."""
        assert line_col("abc\ndef", 2) == (1, 3)

    def test_after_newline(self) -> None:
        """The character after a newline is column 1 of the next line."""
        assert line_col("abc\ndef", 4) == (2, 1)

    def test_the_newline_itself(self) -> None:
        """The newline belongs to the line it ends."""
        assert line_col("abc\ndef", 3) == (1, 4)

    def test_third_line(self) -> None:
        """Several lines counted."""
        assert line_col("a\n\nxyz", 5) == (3, 3)

    def test_end_of_text(self) -> None:
        """The offset just past the end is valid."""
        assert line_col("ab\ncd", 5) == (2, 3)


class TestInParentheses:
    def test_a_gloss_in_parentheses(self) -> None:
        """`(Google Stock Unit)`: the three words stand alone inside parentheses."""
        text = "16 weeks of GSU (Google Stock Unit) vesting"
        assert in_parentheses(text, tokenize(text), 4, 7)

    def test_part_of_a_parenthesis_is_not_one(self) -> None:
        """Two words of three inside the parentheses are not a parenthesis of their own."""
        text = "16 weeks of GSU (Google Stock Unit) vesting"
        assert not in_parentheses(text, tokenize(text), 5, 7)

    def test_words_around_a_parenthesis_are_not_in_one(self) -> None:
        """`(a) and (b)`: the run from `a` to `b` holds a closing and an opening parenthesis."""
        text = "options (a) and (b) remain"
        assert not in_parentheses(text, tokenize(text), 1, 4)

    def test_no_words_are_not_in_parentheses(self) -> None:
        assert not in_parentheses("a () b", tokenize("a () b"), 1, 1)


class TestDoubled:
    def test_a_word_typed_twice(self) -> None:
        """Either of the twins is doubled."""
        text = "give you some some peace"
        assert doubled(text, tokenize(text), 2) and doubled(text, tokenize(text), 3)

    def test_a_repetition_with_a_comma_is_the_speaker_s(self) -> None:
        """`hugely, hugely` is rhetoric, not a slip."""
        text = "a hugely, hugely influential person"
        assert not doubled(text, tokenize(text), 1)

    def test_a_word_once_is_not_doubled(self) -> None:
        text = "give you some peace"
        assert not any(doubled(text, tokenize(text), j) for j in range(4))


class TestGarbled:
    def test_a_letter_of_another_script_for_an_apostrophe(self) -> None:
        """`Iβm`: a page's mis-decoded `I’m`."""
        assert garbled("iβm", "i'm") and garbled("i'm", "iβm")

    def test_the_replacement_character(self) -> None:
        assert garbled("don\ufffdt", "don't")

    def test_two_words_of_one_script_are_not(self) -> None:
        """`cash`/`cast`, `naive`/`naïve` (folded the same elsewhere): no glyph out of place."""
        assert not garbled("cash", "cast") and not garbled("naïve", "naive")

    def test_a_word_wholly_in_another_script_is_not(self) -> None:
        assert not garbled("мост", "most") and not garbled("i", "β")


class TestWordCount:
    def test_a_hyphenated_compound_is_one_word(self) -> None:
        """`short-term` is two tokens to compare by, one word to count."""
        text = "not reaction to short-term pressures"
        assert len(tokenize(text)) == 6 and word_count(text, tokenize(text)) == 5

    def test_a_spaced_dash_separates_words(self) -> None:
        text = "tough love - but love"
        assert word_count(text, tokenize(text)) == 4

    def test_editors_marks_are_no_words(self) -> None:
        text = "we will … give [them] up"
        assert word_count(text, tokenize(text)) == 4


def test_counted_is_plural_unless_one() -> None:
    assert [counted(n, "fact") for n in (0, 1, 2)] == ["0 facts", "1 fact", "2 facts"]
