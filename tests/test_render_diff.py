"""The one inline-diff builder: segments of a finding's pieces, and how they are drawn."""

from __future__ import annotations

from rich.text import Text

from qdiff.model import Edit, EditKind
from qdiff.render.diff import (
    Segment,
    Sides,
    Spacing,
    append_segments,
    elide_context,
    elide_words,
    inline_diff,
    plain_text,
)
from qdiff.render.styles import Mark

SUBSTITUTION = (
    Edit("made are, ", "made are, "),
    Edit("a compromise ", "compromised ", EditKind.SUBSTITUTION),
    Edit("too far.", "too far."),
)
CASE = (Edit("the ", "the "), Edit("Budget ", "budget ", EditKind.CASE), Edit("cuts", "cuts"))
OMISSION_AFTER_A_WORD = (Edit("rather", "rather"), Edit("than in", "", EditKind.OMISSION))
LONG_TRUNCATION = (
    Edit("one two three four five six seven eight nine ", "", EditKind.TRUNCATION),
    Edit("ten", "ten"),
)


class TestReadable:
    def test_a_replaced_run_is_a_word_apart_from_its_replacement(self) -> None:
        diff = plain_text(inline_diff(SUBSTITUTION))
        assert diff == "made are, [-a compromise-] {+compromised+} too far."

    def test_a_cosmetic_pair_touches(self) -> None:
        assert plain_text(inline_diff(CASE)) == "the [~Budget~]{~budget~} cuts"

    def test_white_space_is_folded_and_kept_outside_the_marks(self) -> None:
        pieces = (Edit("said  that\n", "said\nthis  ", EditKind.SUBSTITUTION),)
        assert inline_diff(pieces) == (
            Segment(Mark.REMOVED, "said that"),
            Segment(Mark.SAME, " "),
            Segment(Mark.ADDED, "said this"),
            Segment(Mark.SAME, " "),
        )

    def test_a_removal_after_a_word_is_spaced_only_where_words_would_touch(self) -> None:
        """Plain markers keep `rather` and `than` apart; colour needs the space."""
        segments = inline_diff(OMISSION_AFTER_A_WORD)
        assert plain_text(segments) == "rather [-than in-] "
        assert append_segments(Text(), segments, plain=False).plain == "rather than in "
        after_a_marked_word = (Edit("Budget", "budget", EditKind.CASE), *OMISSION_AFTER_A_WORD[1:])
        assert plain_text(inline_diff(after_a_marked_word)) == "[~Budget~]{~budget~}[-than in-] "

    def test_a_long_trimmed_run_keeps_four_words_and_three(self) -> None:
        diff = plain_text(inline_diff(LONG_TRUNCATION))
        assert diff == "[…one two three four … seven eight nine…] ten"

    def test_one_side_at_a_time(self) -> None:
        passage = inline_diff(SUBSTITUTION, sides=Sides.PASSAGE)
        rendering = inline_diff(SUBSTITUTION, sides=Sides.RENDERING)
        assert plain_text(passage) == "made are, [-a compromise-] too far."
        assert plain_text(rendering) == "made are, {+compromised+} too far."

    def test_colour_draws_styles_instead_of_markers(self) -> None:
        text = append_segments(Text(), inline_diff(CASE), plain=False)
        assert text.plain == "the Budgetbudget cuts"
        styled = [(text.plain[s.start : s.end], str(s.style)) for s in text.spans]
        assert styled == [("Budget", "yellow strike"), ("budget", "bold yellow")]

    def test_a_cut_after_punctuation_keeps_its_space(self) -> None:
        """Paragraph mode: `too far, […While`, never `too far,[…While`."""
        pieces = (
            Edit("too far. ", "too far,"),
            Edit("While they are defensible.", "", EditKind.SELECTION),
        )
        assert plain_text(inline_diff(pieces)).rstrip() == "too far, […While they are defensible.…]"
        coloured = append_segments(Text(), inline_diff(pieces), plain=False)
        assert coloured.plain.rstrip() == "too far, While they are defensible."

    def test_a_cut_after_an_opening_mark_needs_no_space(self) -> None:
        pieces = (Edit("(", "("), Edit("in part ", "", EditKind.OMISSION), Edit("now)", "now)"))
        assert plain_text(inline_diff(pieces)) == "([-in part-] now)"


class TestCompact:
    def test_the_replacement_follows_what_it_replaces(self) -> None:
        diff = plain_text(inline_diff(SUBSTITUTION, spacing=Spacing.COMPACT))
        assert diff == "made are, [-a compromise-]{+compromised+} too far."

    def test_text_is_kept_as_written(self) -> None:
        pieces = (Edit("said  that\n", "said\nthis\n", EditKind.SUBSTITUTION),)
        assert inline_diff(pieces, spacing=Spacing.COMPACT) == (
            Segment(Mark.REMOVED, "said  that"),
            Segment(Mark.ADDED, "said\nthis"),
            Segment(Mark.SAME, "\n"),
        )

    def test_an_insertion_keeps_its_own_trailing_space(self) -> None:
        pieces = (Edit("", "You are aware that I ", EditKind.INSERTION), Edit("have", "have"))
        diff = plain_text(inline_diff(pieces, spacing=Spacing.COMPACT))
        assert diff == "{+You are aware that I +}have"

    def test_in_colour_a_removed_and_an_added_word_never_touch(self) -> None:
        segments = inline_diff(SUBSTITUTION, spacing=Spacing.COMPACT)
        coloured = append_segments(Text(), segments, plain=False)
        assert coloured.plain == "made are, a compromise compromised too far."
        styled = [(coloured.plain[s.start : s.end], str(s.style)) for s in coloured.spans]
        assert styled == [("a compromise", "bold red strike"), ("compromised", "bold green")]

    def test_context_around_a_change_is_elided(self) -> None:
        pieces = (
            Edit("a b c d e f ", "a b c d e f "),
            Edit("g ", "G ", EditKind.SUBSTITUTION),
            Edit("h i j k l m", "h i j k l m"),
        )
        segments = elide_context(inline_diff(pieces, spacing=Spacing.COMPACT), 2)
        assert plain_text(segments) == "… e f [-g-]{+G+} h i …"


class TestElideWords:
    def test_short_text_is_kept(self) -> None:
        assert elide_words("one two three", 1, 1) == "one two three"

    def test_edges_around_an_ellipsis_with_the_outer_space_kept(self) -> None:
        assert elide_words(" one two three four ", 1, 1) == " one … four "

    def test_only_the_start_or_only_the_end(self) -> None:
        assert elide_words("one two three four", 1, 0) == "one …"
        assert elide_words("one two three four", 0, 1) == "… four"

    def test_nothing_kept_means_nothing_elided(self) -> None:
        assert elide_words("one two three four", 0, 0) == "one two three four"


def test_a_cut_the_article_marks_with_an_ellipsis_shows_one_ellipsis_per_side() -> None:
    """`[…cut]...`, never `[…cut…]...`: the article's own ellipsis already says where it cut."""
    after = [
        Segment(Mark.TRIMMED, "more and more"),
        Segment(Mark.MARKER, "..."),
        Segment(Mark.SAME, " distinctly political"),
    ]
    assert plain_text(after) == "[…more and more]... distinctly political"
    before = [Segment(Mark.SAME, "are "), Segment(Mark.MARKER, "…"), Segment(Mark.TRIMMED, "so")]
    assert plain_text(before) == "are …[so…]"
    alone = [Segment(Mark.SAME, "are "), Segment(Mark.TRIMMED, "more")]
    assert plain_text(alone) == "are […more…]"
