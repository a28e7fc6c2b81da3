"""align(): word alignment of a rendering with its passage, and the kind of every difference."""

from __future__ import annotations

import pytest

from qdiff.compare.align import align
from qdiff.compare.reference import PassageIndex
from qdiff.config import Normalise
from qdiff.model import EditKind, Finding, Passage, Rendering, Span, Verdict
from qdiff.text import tokenize

REFERENCE = (
    "I am unable to watch passively whilst certain policies are enacted in order to meet "
    "the fiscal self imposed restraints."
)


def passage(text: str, passage_id: str = "p") -> Passage:
    return Passage(passage_id, text, tokenize(text))


def finding(
    reference: str, rendering: str, normalise: Normalise | None = None, index=None
) -> Finding:
    rendered = Rendering(
        "p", "a", Span(0, len(rendering)), rendering, True, tokenize(rendering), 1, 1
    )
    return align(passage(reference), rendered, normalise=normalise, index=index)


def kinds(result: Finding) -> list[EditKind]:
    return [e.kind for e in result.edits]


class TestVerbatim:
    def test_identical_text(self) -> None:
        """A text aligned with itself has no edits and full score."""
        result = finding(REFERENCE, REFERENCE)
        assert (result.verdict, result.edits, result.score, result.coverage) == (
            Verdict.VERBATIM,
            (),
            1.0,
            1.0,
        )

    def test_quote_glyphs_apostrophes_and_whitespace(self) -> None:
        """Curly apostrophes, quote marks and line breaks are no difference."""
        result = finding(
            'the context in which they\'ve been made to ensure "we are all in this together".',
            "the context in which they’ve been\nmade to ensure ‘we are all in this together’.",
        )
        assert result.verdict is Verdict.VERBATIM

    def test_comma_for_final_full_stop(self) -> None:
        """`"...," she said`: the comma belongs to the quoting sentence."""
        assert finding(REFERENCE, REFERENCE[:-1] + ",").verdict is Verdict.VERBATIM

    def test_pieces_rebuild_both_texts(self) -> None:
        """The pieces, in order, are the passage on one side and the rendering on the other."""
        rendering = (
            "unable to watch whilst certain policies are enacted to meet the fiscal restraints."
        )
        result = finding(REFERENCE, rendering)
        assert "".join(p.rendering for p in result.pieces) == rendering
        assert "".join(p.reference for p in result.pieces) == REFERENCE


class TestCosmetic:
    def test_case(self) -> None:
        result = finding("placed within a Budget that", "placed within a budget that")
        assert kinds(result) == [EditKind.CASE]
        assert result.verdict is Verdict.COSMETIC

    def test_hyphenation_added(self) -> None:
        result = finding(REFERENCE, REFERENCE.replace("self imposed", "self-imposed"))
        assert kinds(result) == [EditKind.HYPHENATION]

    def test_hyphenation_closed_up(self) -> None:
        """`run up` and `runup` are one word written two ways."""
        result = finding(
            "in the immediate run up to a budget", "in the immediate runup to a budget"
        )
        assert kinds(result) == [EditKind.HYPHENATION]

    def test_punctuation(self) -> None:
        result = finding("they are, a compromise too far", "they are a compromise too far")
        assert kinds(result) == [EditKind.PUNCTUATION]

    def test_spelling_variant(self) -> None:
        result = finding("we must organise the labour market", "we must organize the labor market")
        assert kinds(result) == [EditKind.SPELLING, EditKind.SPELLING]
        assert result.verdict is Verdict.COSMETIC

    def test_contraction(self) -> None:
        """`I've` for `I have`: a transcription choice, the same words."""
        result = finding(
            "I have agreed that the process should begin now",
            "I’ve agreed that the process should begin now",
        )
        assert kinds(result) == [EditKind.CONTRACTION]
        assert result.verdict is Verdict.COSMETIC

    def test_a_change_before_a_cut_end_stays_a_change_then_a_cut(self) -> None:
        """`in the future` for `into the future, and a man has lost his life`: one word changed,
        then the rest trimmed, not ten words substituted."""
        result = finding(
            "young boys that could have become men into the future, and a man has lost his life.",
            "young boys who could have become men in the future,",
        )
        assert kinds(result) == [EditKind.SUBSTITUTION, EditKind.SUBSTITUTION, EditKind.TRUNCATION]

    def test_first_word_capitalised_is_no_difference(self) -> None:
        """A quotation starting mid-sentence capitalises its first word by convention."""
        result = finding(
            "however the public expect government to be conducted properly.",
            "The public expect government to be conducted properly.",
        )
        assert kinds(result) == [EditKind.TRUNCATION]

    def test_normalise_switch_ignores_a_class(self) -> None:
        """With normalise.case on, a case difference is no difference."""
        result = finding("a Budget that", "a budget that", Normalise(case=True))
        assert result.verdict is Verdict.VERBATIM


class TestTyposAndCombinations:
    """A slip into a non-word is a spelling edit; cosmetic differences stay cosmetic together."""

    @pytest.mark.parametrize(
        ("right", "slip"), [("the", "teh"), ("shining", "shinning"), ("your", "yuor")]
    )
    def test_a_typo_is_a_spelling_edit(self, right: str, slip: str) -> None:
        result = finding(f"We saw {right} light on the hill.", f"We saw {slip} light on the hill.")
        assert kinds(result) == [EditKind.SPELLING]
        assert result.verdict is Verdict.COSMETIC

    @pytest.mark.parametrize(
        ("one", "other"), [("would", "could"), ("cash", "crash"), ("clear", "dear")]
    )
    def test_a_real_word_for_another_stays_a_substitution(self, one: str, other: str) -> None:
        result = finding(f"It {one} be the end of it all.", f"It {other} be the end of it all.")
        assert kinds(result) == [EditKind.SUBSTITUTION]

    @pytest.mark.parametrize("masked", ["f***ing", "f-----", "f——"])
    def test_a_masked_word_is_the_word(self, masked: str) -> None:
        """Coverage of the 2022 Oscars: outlets print Will Smith's expletive masked."""
        result = finding(
            "Keep my wife's name out of your fucking mouth.",
            f"Keep my wife's name out of your {masked} mouth.",
        )
        assert result.verdict is Verdict.COSMETIC

    def test_a_masked_word_is_not_another_word(self) -> None:
        result = finding("Get out of my sight now.", "Get out of my f***ing now.")
        assert result.verdict is Verdict.ALTERED

    @pytest.mark.parametrize(("one", "other"), [("1,500", "1500"), ("seven to 10", "7-10")])
    def test_number_style_is_cosmetic(self, one: str, other: str) -> None:
        result = finding(f"I have played {one} matches.", f"I have played {other} matches.")
        assert kinds(result) == [EditKind.NUMBER]

    def test_another_number_is_a_substitution(self) -> None:
        result = finding("I have played 1,500 matches.", "I have played 1,600 matches.")
        assert kinds(result) == [EditKind.SUBSTITUTION]

    def test_contraction_and_spelling_together_are_cosmetic(self) -> None:
        """`I am ... honoured` against `I'm ... honored`: two cosmetic differences, no change."""
        result = finding(
            "I am certainly honoured to be here tonight.",
            "I'm certainly honored to be here tonight.",
        )
        assert result.verdict is Verdict.COSMETIC


class TestTrimmed:
    def test_truncation_at_start_and_end(self) -> None:
        result = finding(REFERENCE, "unable to watch passively whilst certain policies are enacted")
        assert kinds(result) == [EditKind.TRUNCATION, EditKind.TRUNCATION]
        assert result.verdict is Verdict.TRIMMED
        assert result.edits[0].reference.strip() == "I am"

    def test_quote_starting_at_a_repeated_word_is_truncated(self) -> None:
        """`I believe ...` of `I recognise ..., but I believe ...`: cut at the second `I`."""
        result = finding(
            "I recognise this may be my last job, but I believe these standards are worth it.",
            "I believe these standards are worth it.",
        )
        assert kinds(result) == [EditKind.TRUNCATION]
        assert result.edits[0].reference.strip() == "I recognise this may be my last job, but"

    def test_quote_ending_at_a_repeated_word_is_truncated(self) -> None:
        result = finding(
            "We must act now and we must act together with our allies abroad.",
            "We must act now and we must",
        )
        assert [e.kind for e in result.edits] == [EditKind.TRUNCATION]

    def test_words_shared_between_two_drops_stay_matched(self) -> None:
        """`sad to be giving up` of `how sad I am to be giving up`: a cut, then `I am` dropped."""
        result = finding(
            "I want you to know how sad I am to be giving up the best job in the world.",
            "sad to be giving up the best job in the world.",
        )
        assert kinds(result) == [EditKind.TRUNCATION, EditKind.OMISSION]
        assert result.edits[1].reference.strip() == "I am"

    def test_elision_marked_by_ellipsis(self) -> None:
        result = finding(REFERENCE, REFERENCE.replace("whilst certain policies are enacted", "..."))
        assert kinds(result) == [EditKind.ELISION]
        assert result.edits[0].reference.strip() == "whilst certain policies are enacted"

    def test_unicode_ellipsis(self) -> None:
        result = finding(REFERENCE, REFERENCE.replace("passively whilst", "…"))
        assert kinds(result) == [EditKind.ELISION]

    def test_bracketed_insertion(self) -> None:
        """`[the cuts]` for `they`: the reporter says so, as with an ellipsis."""
        result = finding(
            "While they are defensible in narrow terms",
            "While [the cuts] are defensible in narrow terms",
        )
        assert kinds(result) == [EditKind.INTERPOLATION]
        assert result.verdict is Verdict.TRIMMED


class TestAltered:
    def test_substitution(self) -> None:
        result = finding("are, a compromise too far.", "are, a step too far.")
        assert kinds(result) == [EditKind.SUBSTITUTION]
        assert (result.edits[0].reference.strip(), result.edits[0].rendering.strip()) == (
            "compromise",
            "step",
        )
        assert result.verdict is Verdict.ALTERED

    def test_silent_omission(self) -> None:
        result = finding(
            "distinctly political rather than in the national",
            "distinctly political rather in the national",
        )
        assert kinds(result) == [EditKind.OMISSION]

    def test_the_word_dropped_is_the_one_that_differs_from_what_stays(self) -> None:
        """`Café cafe` for `Café`: the plain `cafe` went, so nothing is left but an omission."""
        result = finding("She ran the cafe café shop.", "She ran the café shop.")
        assert kinds(result) == [EditKind.OMISSION]
        assert result.edits[0].reference.strip() == "cafe"

    def test_an_added_word_beside_its_twin_is_the_one_that_differs(self) -> None:
        result = finding("She ran the café shop.", "She ran the cafe café shop.")
        assert kinds(result) == [EditKind.INSERTION]
        assert result.edits[0].rendering.strip() == "cafe"

    def test_insertion(self) -> None:
        result = finding("I have decided to resign.", "I have reluctantly decided to resign.")
        assert kinds(result) == [EditKind.INSERTION]

    def test_move(self) -> None:
        result = finding(
            "we have made enormous strides towards building a system",
            "we have made strides towards building enormous a system",
        )
        assert kinds(result) == [EditKind.MOVE, EditKind.MOVE]

    def test_splice_names_its_source(self) -> None:
        """Words from another passage of the source are a splice from that passage."""
        other = passage("You are aware that I believe the cuts would have been fairer.", "aware")
        this = passage("I have for some time come to believe that the latest changes are too far.")
        index = PassageIndex([other, this])
        rendering = "You are aware that I believe that the latest changes are too far."
        rendered = Rendering(
            "p", "a", Span(0, len(rendering)), rendering, True, tokenize(rendering), 1, 1
        )
        result = align(this, rendered, index=index)
        splices = [e for e in result.edits if e.kind is EditKind.SPLICE]
        assert len(splices) == 1 and splices[0].source == "aware"
        assert result.verdict is Verdict.ALTERED

    def test_worst_edit_wins(self) -> None:
        """A case change and a substitution: altered."""
        result = finding("placed within a Budget that", "placed in a budget that")
        assert set(kinds(result)) == {EditKind.SUBSTITUTION, EditKind.CASE}
        assert result.verdict is Verdict.ALTERED

    def test_score_and_coverage(self) -> None:
        """Coverage counts passage words reproduced; score ignores what was trimmed."""
        result = finding("one two three four five six seven eight", "three four five six")
        assert result.coverage == 0.5
        assert result.score == 1.0


class TestSelection:
    """Quoting whole sentences of a longer passage trims none of them."""

    STATEMENT = (
        "I came into office at a time of great instability. "
        "We have agreed there will be a leadership election. "
        "I will remain as prime minister until a successor has been chosen."
    )

    @pytest.mark.parametrize(
        "quoted",
        [
            "I came into office at a time of great instability.",
            "We have agreed there will be a leadership election.",
            "I will remain as prime minister until a successor has been chosen.",
            "We have agreed there will be a leadership election. I will remain as prime "
            "minister until a successor has been chosen.",
        ],
    )
    def test_whole_sentences_are_a_verbatim_selection(self, quoted: str) -> None:
        result = finding(self.STATEMENT, quoted)
        assert result.verdict is Verdict.VERBATIM
        assert set(kinds(result)) <= {EditKind.SELECTION}
        assert EditKind.SELECTION in kinds(result)

    def test_a_cut_inside_a_sentence_is_still_trimmed(self) -> None:
        result = finding(self.STATEMENT, "We have agreed there will be a leadership")
        assert result.verdict is Verdict.TRIMMED
        assert EditKind.TRUNCATION in kinds(result)

    def test_a_cut_after_an_abbreviation_is_still_trimmed(self) -> None:
        result = finding("I told Mr. Smith the plan would work.", "Smith the plan would work.")
        assert result.verdict is Verdict.TRIMMED

    def test_a_selection_with_a_changed_word_is_altered(self) -> None:
        result = finding(self.STATEMENT, "We have agreed there must be a leadership election.")
        assert result.verdict is Verdict.ALTERED


@pytest.mark.parametrize(
    ("reference", "rendering"),
    [
        ("Sales fell 10% in the year to March.", "Sales fell 10 percent in the year to March."),
        ("Sales fell 10 per cent in the year.", "Sales fell 10% in the year."),
    ],
)
def test_percent_sign_spelled_out_is_number_style(reference: str, rendering: str) -> None:
    result = finding(reference, rendering)
    assert (result.verdict, kinds(result)) == (Verdict.COSMETIC, [EditKind.NUMBER])


def test_percent_after_a_word_is_still_an_insertion() -> None:
    assert finding("Sales fell in the year.", "Sales fell percent in the year.").verdict is (
        Verdict.ALTERED
    )
