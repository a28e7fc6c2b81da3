"""How each kind of edit is drawn: by its verdict, in colour and with the plain markers."""

from __future__ import annotations

import pytest

from qdiff.model import VERDICT_OF_KIND, Edit, EditKind, Verdict
from qdiff.render.diff import Segment, inline_diff, plain_text
from qdiff.render.styles import MARKS_OF_VERDICT, STYLES, Mark, drawn_as, marks_for

PLAIN_DRAWING = {
    Verdict.COSMETIC: "[~old words~]{~new words~} ",
    Verdict.TRIMMED: "[…old words…] new words ",
    Verdict.ALTERED: "[-old words-] {+new words+} ",
}
"""A piece of each verdict, `old words ` rendered as `new words `, with the plain markers."""
COLOUR = {
    Verdict.COSMETIC: ("yellow strike", "bold yellow"),
    Verdict.TRIMMED: ("dim strike", "cyan"),
    Verdict.ALTERED: ("bold red strike", "bold green"),
}
"""The passage side's style and the rendering side's, by verdict."""


class TestByVerdict:
    @pytest.mark.parametrize("kind", list(EditKind))
    def test_plain_markers_follow_the_verdict(self, kind: EditKind) -> None:
        """Every kind of edit is drawn with its verdict's plain markers."""
        pieces = (Edit("old words ", "new words ", kind),)
        assert plain_text(inline_diff(pieces)) == PLAIN_DRAWING[drawn_as(kind)]

    @pytest.mark.parametrize("kind", list(EditKind))
    def test_colours_follow_the_verdict(self, kind: EditKind) -> None:
        """Every kind of edit is drawn in its verdict's two styles."""
        old, new = marks_for(kind)
        assert (STYLES[old].style, STYLES[new].style) == COLOUR[drawn_as(kind)]

    @pytest.mark.parametrize("kind", list(EditKind))
    def test_only_a_selection_is_drawn_unlike_its_verdict(self, kind: EditKind) -> None:
        """Sentences left unquoted are verbatim, but drawn as the cut they are."""
        expected = Verdict.TRIMMED if kind is EditKind.SELECTION else VERDICT_OF_KIND[kind]
        assert drawn_as(kind) is expected
        assert VERDICT_OF_KIND[EditKind.SELECTION] is Verdict.VERBATIM

    def test_a_contraction_is_drawn_as_cosmetic(self) -> None:
        """`do not` for `don't` is cosmetic in the verdict table, so not red and green."""
        pieces = (Edit("do not ", "don't ", EditKind.CONTRACTION),)
        assert inline_diff(pieces) == (
            Segment(Mark.COSMETIC_OLD, "do not"),
            Segment(Mark.COSMETIC_NEW, "don't"),
            Segment(Mark.SAME, " "),
        )

    def test_same_words_are_unmarked(self) -> None:
        assert marks_for(None) == (Mark.SAME, Mark.SAME)
        assert plain_text(inline_diff((Edit("same words", "same words"),))) == "same words"

    def test_every_verdict_has_its_marks(self) -> None:
        assert set(MARKS_OF_VERDICT) == set(Verdict)


def test_every_mark_has_a_style() -> None:
    assert set(STYLES) == set(Mark)
