"""What makes collation grow linearly: near copies searched once, and a medoid that weighs
identical witnesses instead of comparing each pair of them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz.distance import Indel

from qdiff.collate.clusters import _near_copies
from qdiff.collate.collate import collate
from qdiff.collate.consensus import Witness, medoid
from qdiff.model import Article, Passage
from qdiff.text import is_marker, relative_tokens, tokenize

SENTENCE = "The cuts to disability benefits are a compromise too far for this government"


def passage(text: str, passage_id: str = "") -> Passage:
    return Passage(passage_id, text, relative_tokens(tokenize(text), 0))


class TestNearCopies:
    def test_small_edits_and_parts_are_copies_of_the_first(self) -> None:
        texts = [
            SENTENCE,
            "The cuts to disability benefits are a compromise far too far for this government",
            "The cuts to disability benefits are a step too far for this government",
            "The cuts to disability benefits are a compromise too far",
            "cuts to disability benefits ... too far for this government",
        ]
        assert _near_copies([passage(t) for t in texts]) == [0, 0, 0, 0, 0]

    def test_a_sentence_sharing_a_phrase_is_no_copy(self) -> None:
        texts = [SENTENCE, "The cuts to disability benefits will be discussed with the charities"]
        assert _near_copies([passage(t) for t in texts]) == [0, 1]

    def test_a_longer_sentence_is_no_copy_of_its_part(self) -> None:
        texts = ["The cuts to disability benefits are a compromise too far", SENTENCE]
        assert _near_copies([passage(t) for t in texts]) == [0, 1]

    def test_every_outlet_joins_one_passage(self) -> None:
        renderings = [
            SENTENCE,
            "The cuts to disability benefits are a step too far for this government",
            "The cuts to disability benefits are a compromise too far",
            "The cuts to disability benefits are a compromise too far for the government",
        ]
        articles = [
            Article(f"a{n}", f"A{n}", f"a{n}.txt", f'The minister said: "{text}."\n')
            for n, text in enumerate(renderings)
        ]
        passages, findings = collate(articles, min_words=6)
        assert len(passages) == 1
        assert sorted(f.rendering.article_id for f in findings) == ["a0", "a1", "a2", "a3"]


def brute_force_medoid(witnesses: list[Witness]) -> Witness:
    """The medoid by its definition: every witness compared with every other."""
    keys = [[t.key for t in w.tokens] for w in witnesses]

    def agreement(n: int) -> tuple[int, int]:
        others = [o for m, o in enumerate(keys) if m != n]
        distances = [Indel.distance(keys[n], o) for o in others]
        shared = sum(
            (len(keys[n]) + len(o) - d) // 2 for d, o in zip(distances, others, strict=True)
        )
        return shared, -sum(distances)

    best = max(
        range(len(witnesses)),
        key=lambda n: (witnesses[n].quoted, agreement(n), len(keys[n]), -n),
    )
    return witnesses[best]


WORDS = st.lists(st.sampled_from("a b c d e".split()), min_size=1, max_size=5)


@given(st.lists(st.tuples(WORDS, st.booleans()), min_size=1, max_size=8))
def test_the_weighted_medoid_is_the_medoid(drawn: list[tuple[list[str], bool]]) -> None:
    witnesses = []
    for words, quoted in drawn:
        text = " ".join(words)
        tokens = tuple(t for t in tokenize(text) if not is_marker(t))
        witnesses.append(Witness(tokens, text, len(text), quoted))
    assert medoid(witnesses) is brute_force_medoid(witnesses)
