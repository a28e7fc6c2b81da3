"""The compiled prefilter never rejects an article the exhaustive seed scan would seed."""

from __future__ import annotations

import random
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from qdiff.compare import match
from qdiff.compare.match import find_renderings
from qdiff.compare.prefilter import Prefilter
from qdiff.compare.reference import PassageIndex, build_reference
from qdiff.model import Article, Span, Unit
from qdiff.text import is_marker, search_form, tokenize

ROOT = Path(__file__).resolve().parent.parent
LETTER = (ROOT / "examples" / "newsroom" / "sources" / "ids-letter.txt").read_text("utf-8")


def article(text: str, name: str = "a") -> Article:
    return Article(name, name, f"{name}.txt", text)


REFERENCE = build_reference(article(LETTER, "ref"), Span(0, len(LETTER)), Unit.SENTENCE)
INDEX = PassageIndex(REFERENCE.passages)
PREFILTER = Prefilter(INDEX)
PASSAGE_WORDS = sorted({t.text for p in REFERENCE.passages for t in p.tokens})


def seeded(text: str) -> bool:
    """What the exhaustive scan sees: any passage trigram among the article's words."""
    keys = [t.key for t in tokenize(text) if not is_marker(t)]
    return any(tuple(keys[i : i + 3]) in INDEX.seeds for i in range(len(keys) - 2))


glue = st.sampled_from(
    [" ", " ", " ", ", ", "\n", " … ", "... ", " [sic] ", " [the cuts] ", "—", " (", ") ", "_"]
)
dressing = st.sampled_from(["", "", "upper", "title", "curly", "accent"])


def dressed(word: str, how: str) -> str:
    if how == "upper":
        return word.upper()
    if how == "title":
        return word.title()
    if how == "curly":
        return word.replace("'", "’")
    if how == "accent" and "e" in word:
        return word.replace("e", "é", 1)
    return word


@st.composite
def passage_runs(draw: st.DrawFn) -> list[str]:
    """Runs of a passage's words in order, with stray passage words between them."""
    words: list[str] = []
    for _ in range(draw(st.integers(1, 3))):
        passage = draw(st.sampled_from(REFERENCE.passages))
        tokens = [t.text for t in passage.tokens]
        start = draw(st.integers(0, max(len(tokens) - 3, 0)))
        words += tokens[start : start + draw(st.integers(3, 8))]
        words += draw(st.lists(st.sampled_from(PASSAGE_WORDS), max_size=3))
    return words


@settings(max_examples=400, deadline=None)
@given(
    passage_runs(),
    st.lists(glue, min_size=40, max_size=40),
    st.lists(dressing, min_size=40, max_size=40),
)
def test_an_article_the_seeds_would_find_is_never_rejected(
    words: list[str], seps: list[str], dress: list[str]
) -> None:
    text = "".join(dressed(w, d) + s for w, s, d in zip(words, seps, dress, strict=False))
    if seeded(text):
        assert PREFILTER.may_render(text), text


def test_search_form_folds_as_tokens_fold() -> None:
    assert search_form("Café  [sic] “I’m” naïve—ÉTÉ_x ﬁne") == "cafe i m naive ete x fine"


def test_it_rejects_what_shares_nothing() -> None:
    assert PREFILTER.active
    assert not PREFILTER.may_render("The weather in Leeds was mild all week, forecasters said.")


def test_findings_are_those_of_the_exhaustive_scan(monkeypatch) -> None:
    """On the seeds, the newsroom's coverage and 300 articles made of their sentences."""
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [p.read_text("utf-8") for p in sorted((ROOT / "examples").rglob("*.txt"))]
    pool = [s for t in texts for s in t.replace("\n", " ").split(". ") if s]
    rng = random.Random(7)
    texts += [". ".join(rng.sample(pool, 6)) + "." for _ in range(300)]
    articles = [article(t, f"a{n}") for n, t in enumerate(texts)]
    filtered = list(find_renderings(REFERENCE, articles))
    monkeypatch.setattr(match.Prefilter, "may_render", lambda self, text: True)
    exhaustive = list(find_renderings(REFERENCE, articles))
    assert filtered == exhaustive
    assert len({r.article_id for r in exhaustive}) > 10
