"""One event's coverage: N outlets quoting the same statement, each with realistic edits.

Every outlet writes its own report (filler sentences from the seeds, outside the letter) and
quotes three to six sentences of the letter, the popular ones more often, each after an
attribution that names the speaker, in straight or curly quotes. Each quotation is verbatim
(half of them) or edited as outlets edit: a word dropped, a word changed, a cut marked by an
ellipsis, or only the sentence's opening or closing words quoted.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from qdiff.model import Article, Passage
from qdiff.text import is_marker

SPEAKER_INTROS = (
    "Iain Duncan Smith said: ",
    "In his letter, Duncan Smith wrote: ",
    "Mr Duncan Smith told the Prime Minister: ",
    "The former work and pensions secretary wrote: ",
)
EDITS = ("verbatim", "verbatim", "word dropped", "word substituted", "ellipsis cut", "partial")
PARTIAL_WORDS = 8
"""A partial quotation keeps at least this many of the sentence's words."""


@dataclass(frozen=True, slots=True)
class EventCoverage:
    """Builds the coverage of one event from the letter's passages and seed filler."""

    passages: Sequence[Passage]
    filler: Sequence[str]
    vocabulary: Sequence[str]
    seed: int

    def articles(self, outlets: int) -> tuple[Article, ...]:
        rng = random.Random(self.seed)
        weights = [1.0 / (rank + 1) for rank in range(len(self.passages))]
        return tuple(self._article(rng, weights, n) for n in range(outlets))

    def _article(self, rng: random.Random, weights: list[float], n: int) -> Article:
        quoted: list[Passage] = []
        while len(quoted) < rng.randint(3, 6):
            passage = rng.choices(self.passages, weights)[0]
            if passage not in quoted:
                quoted.append(passage)
        paragraphs = [" ".join(rng.sample(self.filler, rng.randint(1, 3))) for _ in range(6)]
        for passage in quoted:
            opening, closing = rng.choice((('"', '"'), ("“", "”")))
            rendering = self._render(rng, passage, rng.choice(EDITS))
            where = rng.randint(1, len(paragraphs))
            paragraphs.insert(where, rng.choice(SPEAKER_INTROS) + opening + rendering + closing)
        article_id = f"outlet-{n:05d}"
        text = "\n\n".join(paragraphs) + "\n"
        return Article(id=article_id, label=article_id, path=f"<event>/{article_id}", text=text)

    def _render(self, rng: random.Random, passage: Passage, edit: str) -> str:
        text = passage.text
        words = [t for t in passage.tokens if not is_marker(t)]

        def start(k: int) -> int:
            return words[k].start

        def end(k: int) -> int:
            return words[k].end

        k = rng.randrange(1, len(words) - 1)
        if edit == "word dropped":
            return text[: start(k)] + text[start(k + 1) :]
        if edit == "word substituted":
            return text[: start(k)] + rng.choice(self.vocabulary) + text[end(k) :]
        if edit == "ellipsis cut" and len(words) >= 10:
            cut = rng.randint(2, 4)
            k = rng.randint(3, len(words) - 3 - cut)
            return text[: start(k)] + "... " + text[start(k + cut) :]
        if edit == "partial" and len(words) > PARTIAL_WORDS + 2:
            keep = rng.randint(PARTIAL_WORDS, len(words) - 2)
            if rng.random() < 0.5:
                return text[: end(keep - 1)]
            return text[start(len(words) - keep) :]
        return text
