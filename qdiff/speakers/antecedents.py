"""What a pronoun or a role in an attribution stands for: the person named before it, by
gender and title, or the speaker the article last named. Shared pieces of `attribute`: the
masked context and the units (names, pronouns, roles, verbs) an attribution is read from."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import Enum

from qdiff.lexicon import (
    ANONYMOUS_ROLES,
    INNER_APOSTROPHES,
    QUOTE_MARKS,
    char_class,
)
from qdiff.model import Quote, Span
from qdiff.speakers.names import Cast, Mention, blank_furniture, stands_as_object
from qdiff.speakers.patterns import (
    LOOKBACK_SENTENCES,
    ROLE_TITLES,
    ROLE_WORDS,
    UNIT_RE,
)
from qdiff.text import sentence_spans


class UnitKind(str, Enum):
    """What a piece of the reporter's words around a quotation is, as attribution reads it."""

    NAME = "name"
    PRONOUN = "pron"
    ROLE = "role"
    BODY = "body"
    DOCUMENT = "doc"
    WHO = "who"
    ACCORDING = "according"
    VERB = "verb"
    COMMA = "comma"


SUBJECT_KINDS = frozenset(
    {UnitKind.NAME, UnitKind.PRONOUN, UnitKind.ROLE, UnitKind.BODY, UnitKind.DOCUMENT}
)
"""The units that may be the subject of a speech verb."""


@dataclass(frozen=True, slots=True)
class Unit:
    kind: UnitKind
    start: int
    end: int
    text: str
    mention: Mention | None = None
    obj: bool = False
    """After a preposition or a verb: an object, not a subject."""
    possessive: bool = False
    """Followed by `'s` (`Altman's departure`, `the CEO's death`): it owns the subject."""


def mask_quotes(text: str, quotes: Sequence[Quote]) -> str:
    """The text with every quoted stretch blanked, offsets kept; a stretch's final stop stays,
    so sentence ends still show."""
    pieces: list[str] = []
    cursor = 0
    for seg in sorted(seg for q in quotes for seg in q.segments):
        if seg.start < cursor:
            continue
        end = seg.end - 1 if text[seg.end - 1] in ".!?" else seg.end
        pieces.append(text[cursor : seg.start])
        pieces.append(re.sub(r"[^\n]", " ", text[seg.start : end]))
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


@dataclass(slots=True)
class Context:
    """One article read for attribution: its text, the masked copy, its quotations and people.

    Not frozen: `spoken` grows as attribution reads the quotations in order, since a pronoun may
    stand for the speaker of an earlier one."""

    text: str
    masked: str
    quotes: tuple[Quote, ...]
    sentences: tuple[Span, ...]
    sentence_starts: tuple[int, ...]
    cast: Cast
    spoken: list[str | None] = field(default_factory=list)
    """The speakers found so far, one per quotation before the one being read."""

    @classmethod
    def build(cls, text: str, quotes: Sequence[Quote]) -> Context:
        masked = blank_furniture(mask_quotes(text, quotes))
        sentences = tuple(sentence_spans(text))
        starts = tuple(s.start for s in sentences)
        return cls(text, masked, tuple(quotes), sentences, starts, Cast.of(masked))

    def sentence_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)


_POSSESSIVE_AFTER_RE = re.compile(rf"[{char_class(INNER_APOSTROPHES)}](?:s\b|(?=\s))")


# Phrases whose place in the sentence tells whether they are its subject: `In a statement, X
# said` (the statement is after a preposition), `told the minister`.
_PHRASES = frozenset({UnitKind.ROLE, UnitKind.BODY, UnitKind.DOCUMENT})


def _owns(masked: str, end: int) -> bool:
    return bool(_POSSESSIVE_AFTER_RE.match(masked, end))


def units(ctx: Context, start: int, end: int) -> list[Unit]:
    found = [
        Unit(kind, m.start(), m.end(), m.group(), None, obj, owns)
        for m in UNIT_RE.finditer(ctx.masked, start, end)
        for kind in [UnitKind(m.lastgroup)]
        for obj in [kind in _PHRASES and stands_as_object(ctx.masked, m.start())]
        for owns in [kind in _PHRASES and _owns(ctx.masked, m.end())]
    ]
    taken = [(u.start, u.end) for u in found if u.kind is not UnitKind.COMMA]
    for mention in ctx.cast.between(start, end):
        if any(s <= mention.span.start < e for s, e in taken):
            continue
        obj = mention.prepositional or mention.credit
        span = mention.span
        unit = Unit(UnitKind.NAME, span.start, span.end, mention.display, mention, obj)
        found.append(replace(unit, possessive=mention.possessive))
    found.sort(key=lambda u: u.start)
    return found


def resolve_pronoun(ctx: Context, unit: Unit) -> str | None:
    word = unit.text.casefold()
    if word == "they":
        return None
    gender = "m" if word == "he" else "f"
    found = nearest_person(ctx, unit.start, gender)
    if found is None:  # `he said` of the one woman named: a typo, not a stranger
        people = {ctx.cast.entities.get(m.span) for m in ctx.cast.mentions if m.person} - {None}
        if len(people) == 1:
            return nearest_person(ctx, unit.start, None)
    return found if found is not None else _last_speaker(ctx, unit.start, gender)


def _last_speaker(ctx: Context, offset: int, gender: str) -> str | None:
    """`He added:` paragraphs after the judge was last named: the article's last named speaker,
    when that person may be of this gender and nobody else of it is named since."""
    said = [(q, s) for q, s in zip(ctx.quotes, ctx.spoken, strict=False) if s is not None]
    said = [(q, s) for q, s in said if q.span.end <= offset]
    if not said:
        return None
    quote, speaker = said[-1]
    entity = next((k for k, v in ctx.cast.displays.items() if v == speaker), None)
    if entity is None or ctx.cast.genders.get(entity, gender) != gender:
        return None
    for m in ctx.cast.between(quote.span.end, offset):
        other = ctx.cast.entities.get(m.span)
        if m.person and other not in (None, entity) and ctx.cast.genders.get(other) == gender:
            return None
    return speaker


def resolve_role(ctx: Context, unit: Unit, following: list[Unit]) -> str | None:
    """`the minister` is the nearest person bearing that title, else the nearest person; an
    appositive name (`the Labour leader, Jeremy Corbyn`) wins; a `source` stays unnamed."""
    nxt = next((u for u in following if u.kind is not UnitKind.COMMA), None)
    if nxt and nxt.mention and nxt.mention.person and nxt.start - unit.end <= 3:  # `X, Y`
        return ctx.cast.name_of(nxt.mention)
    head = role_head(unit.text)
    if head in ANONYMOUS_ROLES or _INDEFINITE_RE.match(unit.text):
        return None  # `a source`, `a minister`, `a fellow singer`: someone not named
    bearer = role_bearer(ctx, unit)
    if bearer is None and head in _TITLE_ONLY:  # `the King said`, no King named: unknown
        return None
    return ctx.cast.name_of(bearer) if bearer else nearest_person(ctx, unit.start, None)


_INDEFINITE_RE = re.compile(r"an?\s", re.IGNORECASE)
# Roles only a titled person may fill: `the King` is never the nearest stranger.
_TITLE_ONLY = frozenset({"king", "queen", "monarch"})


def role_bearer(ctx: Context, unit: Unit) -> Mention | None:
    """Who carries a printed role: `the chancellor` printed elsewhere with a name, else (for
    `the judge`, `the monarch`) the person printed with the matching title."""
    bearer = ctx.cast.bearer_of(ctx.masked, unit.text, Span(unit.start, unit.end))
    head = role_head(unit.text)
    if bearer is None and head in ROLE_TITLES:  # `the judge`: `Mr Justice X`
        bearer = _titled(ctx, unit.start, ROLE_TITLES[head])
    return bearer


def _titled(ctx: Context, offset: int, titles: tuple[str, ...]) -> Mention | None:
    """The person printed with one of these titles nearest before offset, else the first after
    standing as a subject (not `his mother Queen X`)."""
    titled = [
        m
        for m in ctx.cast.mentions
        if m.person and (m.title or "").split()[-1:] in [[t] for t in titles]
    ]
    before = [m for m in titled if m.span.start < offset]
    after = [m for m in titled if m.span.start > offset and not m.prepositional]
    return before[-1] if before else (after[0] if after else None)


def nearest_person(ctx: Context, offset: int, gender: str | None) -> str | None:
    """The person a pronoun or role at offset stands for. Walking back over the sentences
    (wholly quoted ones not counted), the first fitting person standing as a subject (not after
    a preposition or a verb) wins, or a role standing as a subject gives its bearer; pronouns
    and unresolved roles defer to the sentences before, and a sentence whose subject is a role
    that names nobody yields none of its later names, nor does one whose subject is a pronoun
    (it continues the sentences before). Names only as objects stay unused.
    A pronoun prefers a person known to be of its gender to a nearer one of unknown gender."""
    index, seen = ctx.sentence_of(offset), 0
    unknown: str | None = None
    while index >= 0 and seen < LOOKBACK_SENTENCES:
        sentence = ctx.sentences[index]
        index -= 1
        end = min(sentence.end, offset)
        if not ctx.masked[sentence.start : end].strip(QUOTE_MARKS + " \t\n.,;:!?"):
            continue
        seen += 1
        for k, unit in enumerate(units(ctx, sentence.start, end)):
            if k == 0 and unit.kind is UnitKind.PRONOUN:
                break  # `He beat Hamilton to the title`: the rest is his predicate, so look back
            if unit.obj or unit.kind not in (UnitKind.NAME, UnitKind.ROLE):
                continue
            if unit.kind is UnitKind.ROLE and role_head(unit.text) not in ANONYMOUS_ROLES:
                bearer = role_bearer(ctx, unit)
                if bearer is None and k == 0 and not unit.possessive:
                    break  # `The First Minister has inspired ... of, say, Liz Truss`: not Truss
            else:
                bearer = unit.mention if unit.mention and unit.mention.person else None
            if bearer is None or not ctx.cast.fits(bearer, gender, None):
                continue
            entity = ctx.cast.entities.get(bearer.span)
            if gender is None or (entity is not None and ctx.cast.genders.get(entity) == gender):
                return ctx.cast.name_of(bearer)
            unknown = unknown or ctx.cast.name_of(bearer)
    return unknown


def role_head(text: str) -> str:
    match = re.search(rf"(?:{ROLE_WORDS})$", text, re.IGNORECASE)
    return match.group().casefold() if match else text.casefold()
