"""The plain views read on their own: what colour would show is in the text itself."""

from __future__ import annotations

from dataclasses import replace

from rich.console import Console

from qdiff.facts.find import find_facts
from qdiff.facts.model import Figure, FigureKind
from qdiff.model import Corpus, Edit, Passage, PassageBase, Report, Span
from qdiff.render import COMPARE, Display, TextFormat, View
from qdiff.render.bases import unpaired_quote_marks, without_unpaired_quote_marks
from qdiff.render.facts_terminal import snippet_bounds
from qdiff.text import tokenize


def drawn(renderable: object, width: int = 100) -> str:
    console = Console(width=width, no_color=True, color_system=None)
    with console.capture() as captured:
        console.print(renderable)
    return captured.get()


class TestApparatus:
    def test_the_scope_of_a_reading_shows_without_colour(self, seed_report: Report) -> None:
        out = drawn(COMPARE[TextFormat.TERMINAL](seed_report, Display(view=View.APPARATUS)))
        assert "are, ‹a compromise› [001: compromised] too far." in " ".join(out.split())
        assert "key: ‹words› [outlets: their reading there]" in out

    def test_colour_underlines_instead(self, seed_report: Report) -> None:
        rendered = COMPARE[TextFormat.TERMINAL](
            seed_report, Display(plain=False, view=View.APPARATUS)
        )
        console = Console(width=100, force_terminal=True, color_system="standard")
        with console.capture() as captured:
            console.print(rendered)
        assert "‹" not in captured.get()
        assert "\x1b[4m" in captured.get()


class TestUnpairedQuoteMarks:
    def test_a_closing_mark_whose_opening_was_lost(self) -> None:
        text = "If the only question was can I battle on for another few months?', then yes."
        assert unpaired_quote_marks(text) == {text.index("'")}

    def test_pairs_apostrophes_and_possessives_are_kept(self) -> None:
        for text in (
            "She said 'we are all in this together' and left.",
            "The players' union won't say \u201cno\u201d to \"that\".",
            "It's the government's vision.",
        ):
            assert unpaired_quote_marks(text) == frozenset(), text

    def test_an_opening_mark_that_never_closes(self) -> None:
        text = 'to ensure "we are all in this together.'
        assert unpaired_quote_marks(text) == {text.index('"')}

    def test_a_consensus_base_loses_the_mark_in_its_text_and_its_findings(
        self, seed_report: Report
    ) -> None:
        text = "We asked can I go on?', and the answer was no."
        passage = Passage("p", text, tokenize(text), PassageBase.CONSENSUS)
        model = seed_report.findings[0]
        pieces = (
            Edit("We asked can I go on?', ", "We asked can I go on? "),
            Edit("and the answer was no.", "and the answer was no."),
        )
        finding = replace(model, rendering=replace(model.rendering, passage_id="p"), pieces=pieces)
        report = replace(seed_report, passages=(passage,), findings=(finding,), reference=None)
        shown = without_unpaired_quote_marks(report)
        assert shown.passages[0].text == "We asked can I go on?, and the answer was no."
        assert [t.text for t in shown.passages[0].tokens] == [t.text for t in passage.tokens]
        assert shown.passages[0].tokens[-1].start == shown.passages[0].text.index("no")
        assert shown.findings[0].pieces[0].reference == "We asked can I go on?, "
        for fmt in (TextFormat.TERMINAL, TextFormat.MARKDOWN, TextFormat.HTML):
            assert "?'" not in drawn(COMPARE[fmt](report, Display())), fmt
        assert "?'" in drawn(COMPARE[TextFormat.JSON](report, Display()))

    def test_a_mark_before_the_first_word(self, seed_report: Report) -> None:
        text = "'We asked can I go on, and the answer was no."
        passage = Passage("p", text, tokenize(text), PassageBase.CONSENSUS)
        model = seed_report.findings[0]
        pieces = (Edit("We asked can I go on, ", "We asked can I go on, "),)
        finding = replace(model, rendering=replace(model.rendering, passage_id="p"), pieces=pieces)
        report = replace(seed_report, passages=(passage,), findings=(finding,), reference=None)
        shown = without_unpaired_quote_marks(report)
        assert shown.passages[0].text == text[1:]
        assert shown.passages[0].tokens[0].start == 0
        assert shown.findings[0].pieces == pieces

    def test_a_reference_base_is_left_as_it_is(self, seed_report: Report) -> None:
        assert without_unpaired_quote_marks(seed_report) is seed_report


class TestFactSnippets:
    def test_cut_only_where_a_word_ends(self) -> None:
        text = "Officials said that 640,000 people would lose up to £100 a week under the plan."
        start = text.index("£100")
        figure = Figure(
            article_id="a",
            span=Span(start, start + 4),
            text="£100",
            kind=FigureKind.MONEY,
            value=100,
            unit="GBP",
            hedge=None,
            source=None,
            direction=None,
            sentence=Span(0, len(text)),
            context=(),
        )
        for context in range(1, 40):
            low, high = snippet_bounds(text, figure, context)
            assert low == 0 or text[low - 1] == " ", (context, text[low:high])
            assert high == len(text) or text[high] == " ", (context, text[low:high])
            assert low <= figure.span.start and figure.span.end <= high

    def test_the_seed_facts_snippets(self, seed_corpus: Corpus) -> None:
        from qdiff.render import FACTS

        out = drawn(FACTS[TextFormat.TERMINAL](find_facts(seed_corpus), Display()), width=200)
        assert "640…" not in out
        assert "…ependent" not in out
