"""Quote creep: words an outlet puts inside quotation marks that the others print only as their
own narration, outside any. The outlet puts the words in the speaker's mouth.

Conservative on purpose (a false `altered` costs a user more than a blank). A quoted rendering
is flagged only when every one of these holds:

- it is the only quotation of the passage: every other article that carries the words carries
  them unquoted;
- two or more other articles carry them so, each printing CREEP_SHARE of the passage's words
  (the words really are the same, not a looser paraphrase);
- the passage's base is not a source the coverage prints, and no carrier is the source of any
  passage: a source's unquoted words are its author's own, so quoting them is no creep;
- the words have no first-person word (`I`, `we`, `our`): a reporter's narration speaks of the
  speaker in the third person, while unquoted words in the first person are the speaker's,
  printed without marks (a statement copied whole).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from qdiff.compare.classify import verdict_of
from qdiff.lexicon import FIRST_PERSON
from qdiff.model import EditKind, Finding, Passage, PassageBase

CREEP_SHARE = 0.9
"""Share of the passage's words an unquoted carrier prints to count as carrying them."""
CREEP_CARRIERS = 2
"""Other articles that must carry the words unquoted."""


def with_quote_creep(
    passage: Passage, findings: Sequence[Finding], sources: Collection[str] = ()
) -> list[Finding]:
    """The passage's findings, the one quoted rendering marked `quote creep` where the rule above
    holds; unchanged otherwise. `sources`: the ids of the articles that are a passage's source."""
    quoted = [f for f in findings if f.rendering.quoted]
    if passage.base is PassageBase.SOURCE or len({f.rendering.article_id for f in quoted}) != 1:
        return list(findings)
    own = quoted[0].rendering.article_id
    carriers = {
        f.rendering.article_id
        for f in findings
        if not f.rendering.quoted
        and f.rendering.article_id != own
        and f.rendering.article_id not in sources
        and f.coverage >= CREEP_SHARE
        and f.score >= CREEP_SHARE
    }
    if len(carriers) < CREEP_CARRIERS or any(t.key in FIRST_PERSON for t in passage.tokens):
        return list(findings)
    return [crept(f) if f.rendering.quoted else f for f in findings]


def crept(finding: Finding) -> Finding:
    """The finding with the words it shares with the base marked as quote creep."""
    pieces = tuple(
        replace(p, kind=EditKind.QUOTE_CREEP) if p.kind is None and p.rendering.strip() else p
        for p in finding.pieces
    )
    return replace(finding, pieces=pieces, verdict=verdict_of(p.kind for p in pieces))
