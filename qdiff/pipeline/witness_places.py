"""How one place of a checked quotation is weighed against the witnesses that cover it: their
readings grouped, whether the article's reading combines theirs, and when one witness against
one still proves the article's fault."""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz.distance import OSA

from qdiff.compare.classify import block_kind
from qdiff.config import Normalise
from qdiff.lexicon import is_function_word
from qdiff.model import VERDICT_OF_KIND, Passage, Token, Verdict
from qdiff.pipeline.witness_view import WitnessView, touch
from qdiff.text import doubled


def lone_fault(passage: Passage, view: WitnessView, i1: int, i2: int) -> bool:
    """Whether a place where one witness alone covers the quotation, and reads otherwise, is
    still the checked article's fault. Three kinds are. Words of meaning the witness has and the
    article lacks (`to apply the law to facts` against the witness's `to specific facts`: a
    reporter drops words far more often than one invents them, so the fuller copy shows them),
    unless the article has them elsewhere (a move) or the witness rewords the sentence. A real
    word changed for another as the two copies' only difference (`approach to our operations`
    printed `approach to our practices`): how a misquote shows against the copy it was taken
    from. A word the article types twice (`some some`). Anything else is one witness against
    one, and either may have it wrong: words only the article has, grammar words (`on` for
    `or`, a dropped `that`), or several differences at once (`the catastrophic loss` against
    `a catastrophic implosion`: two versions of a statement)."""
    j1, j2 = view.words_for(i1, i2)
    theirs = [t.key for t in view.tokens[j1:j2]]
    ours = [t.key for t in passage.tokens[i1:i2]]
    if not theirs and i2 - i1 == 1 and doubled(passage.text, passage.tokens, i1):
        return True  # the article's own slip: a word typed twice (`some some`)
    if all(is_function_word(w) for w in ours + theirs):
        return False
    if not ours:
        return not _moved(passage, view, theirs) and not _reworded(view)
    return bool(theirs) and len(view.deviations) == 1 and len(ours) == len(theirs)


REWORDED_SHARE = 3
"""A witness reads a sentence in other words when it differs at one place or more for every this
many words it shares with the checked quotation."""


def _reworded(view: WitnessView) -> bool:
    """A witness that reads the quotation otherwise at many places (a synonym-spun page:
    `scarcely ever discussed it` for `hardly talked about it`) is no evidence of which words the
    speaker said, nor of words the article left out."""
    return len(view.deviations) * REWORDED_SHARE > view.matched


SLIP_DISTANCE = 2
"""Letters a careless copy's slip changes in a word (`last` for `past`, `in` for `into`)."""


def wholly_other_word(passage: Passage, view: WitnessView, i1: int, i2: int) -> bool:
    """One word for one wholly different word (`people` against the article's `never`): no slip
    of a careless witness's own, which misreads a word a letter or two away (`last` for
    `past`), so its doubt does not excuse the article."""
    j1, j2 = view.words_for(i1, i2)
    if i2 - i1 != 1 or j2 - j1 != 1:
        return False
    ours, theirs = passage.tokens[i1].key, view.tokens[j1].key
    return OSA.distance(ours, theirs) > SLIP_DISTANCE and not (ours in theirs or theirs in ours)


def _moved(passage: Passage, view: WitnessView, words: list[str]) -> bool:
    """True when the words the witness has at one place stand, in the article only, at another."""
    return any(
        d.j1 == d.j2 and [t.key for t in passage.tokens[d.i1 : d.i2]] == words
        for d in view.deviations
    )


def answered(
    covering: Sequence[WitnessView], readings: Sequence[Sequence[WitnessView]], i1: int, i2: int
) -> list[WitnessView]:
    """Where the witnesses split over a run of words, the ones that read with the article at
    each of the others' changes there, when every change has some: `was a` against `were`,
    `were a` and `was` combines what the witnesses read, it departs from none of them. A change
    of several words is answered word by word (`was a` for `were`: `was` and `a` each have a
    witness). Never when most of the witnesses there read one way (`that part` in six of ten:
    the one reading `that the art` only happens to share the article's `the`), nor when the
    article reads more words there than any witness does: reading both of two alternatives
    (`though that` against `though` and `that`) adds a word no one has."""
    if 2 * len(readings[0]) > len(covering):
        return []
    longest = max(len(range(*group[0].words_for(i1, i2))) for group in readings)
    if longest < i2 - i1:
        return []
    answering: list[WitnessView] = []
    for view in covering:
        for change in view.deviations:
            if not touch(change.i1, change.i2, i1, i2):
                continue
            others = [w for w in covering if w is not view and not w.deviates(change.i1, change.i2)]
            if not others and change.i2 - change.i1 > 1:
                each = [[w for w in covering if w.reads(i)] for i in range(change.i1, change.i2)]
                others = [w for w in covering if all(each) and any(w in e for e in each)]
            if not others:
                return []
            answering.extend(w for w in others if w not in answering)
    return answering


def readings_at(
    dissenting: Sequence[WitnessView], i1: int, i2: int, normalise: Normalise
) -> list[list[WitnessView]]:
    """The dissenting witnesses grouped by what they read at the place, the largest group first;
    readings that differ only cosmetically are one (`they are on` and `they’re on`)."""
    groups: list[list[WitnessView]] = []
    for view in dissenting:
        words = _read(view, i1, i2)
        for group in groups:
            if _same_reading(_read(group[0], i1, i2), words, normalise):
                group.append(view)
                break
        else:
            groups.append([view])
    return sorted(groups, key=len, reverse=True)


def _read(view: WitnessView, i1: int, i2: int) -> tuple[Token, ...]:
    j1, j2 = view.words_for(i1, i2)
    return view.tokens[j1:j2]


def _same_reading(a: Sequence[Token], b: Sequence[Token], normalise: Normalise) -> bool:
    if [t.key for t in a] == [t.key for t in b]:
        return True
    if not a or not b:
        return False
    kind = block_kind(a, b, False, normalise, None)
    return kind is None or VERDICT_OF_KIND[kind] is Verdict.COSMETIC
