"""Invariants that hold for any text, checked with Hypothesis."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from qdiff.compare.align import align
from qdiff.compare.match import find_renderings
from qdiff.compare.reference import build_reference
from qdiff.model import Article, EditKind, Passage, Rendering, Span, Unit, Verdict
from qdiff.quotes.extract import extract_quotes
from qdiff.text import fold, tokenize

words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzé", min_size=1, max_size=9)
sentences = st.lists(words, min_size=6, max_size=30, unique_by=fold)
"""Distinct words, as the properties assume: `e` and `é` fold to one key, so not both."""
separators = st.sampled_from([" ", " ", " ", ", ", "; ", " - ", "\n"])
any_text = st.text(
    alphabet=st.sampled_from(list("abc XYZ.,;:!?\n\"'“”‘’…[]()-—0123456789éß")), max_size=300
)


def joined(draw_words: list[str], seps: list[str]) -> str:
    out = draw_words[0]
    for word, sep in zip(draw_words[1:], seps, strict=False):
        out += sep + word
    return out + "."


def aligned(reference: str, rendering: str):
    passage = Passage("p", reference, tokenize(reference))
    rendered = Rendering(
        "p", "a", Span(0, len(rendering)), rendering, True, tokenize(rendering), 1, 1
    )
    return align(passage, rendered)


@given(sentences, st.lists(separators, min_size=30, max_size=30))
def test_a_text_aligned_with_itself_is_verbatim(ws: list[str], seps: list[str]) -> None:
    text = joined(ws, seps)
    result = aligned(text, text)
    assert result.verdict is Verdict.VERBATIM
    assert result.edits == ()


@given(sentences, st.data())
def test_a_word_dropped_inside_is_an_omission(ws: list[str], data: st.DataObject) -> None:
    drop = data.draw(st.integers(min_value=1, max_value=len(ws) - 2))
    reference = " ".join(ws) + "."
    rendering = " ".join(ws[:drop] + ws[drop + 1 :]) + "."
    result = aligned(reference, rendering)
    assert [e.kind for e in result.edits] == [EditKind.OMISSION]
    assert result.edits[0].reference.strip() == ws[drop]
    assert result.verdict is Verdict.ALTERED


@settings(max_examples=150)
@given(sentences, any_text, any_text, st.booleans())
@example(["a", "b", "c", "aa", "aaa", "aaaa"], "':", "[']", False)
def test_offsets_always_slice_to_the_reported_text(
    ws: list[str], before: str, after: str, quoted: bool
) -> None:
    letter = " ".join(ws) + "."
    reference_article = Article("ref", "ref", "ref.txt", letter)
    reference = build_reference(reference_article, Span(0, len(letter)), Unit.SENTENCE)
    body = f"“{letter}”" if quoted else letter
    article = Article("a", "a", "a.txt", before + " " + body + " " + after)
    renderings = list(find_renderings(reference, [article]))
    assert renderings, "the planted sentence is found"
    for r in renderings:
        assert article.text[r.span.start : r.span.end] == r.text
        for token in r.tokens:
            assert r.span.start <= token.start < token.end <= r.span.end


@given(any_text)
@example("‘:0”")  # a stray single mark open when a lost opening mark is recovered
def test_quotations_lie_inside_the_text_in_order(text: str) -> None:
    quotes = extract_quotes(Article("a", "a", "a.txt", text))
    ends = -1
    for quote in quotes:
        for segment in quote.segments:
            assert 0 <= segment.start < segment.end <= len(text)
            assert segment.start >= ends
            ends = segment.end
