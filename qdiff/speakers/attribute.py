"""Who said each quotation: attribution patterns before and after it, pronouns and roles resolved.

Works on a masked copy of the article in which every quotation's words are blanked, so names,
verbs and pronouns are only ever read from the reporter's own words. Offsets are kept. Finding
the people named, and merging their aliases, is `names`; what a pronoun or a role stands
for, and the masked context itself, is `antecedents`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum
from typing import Final, Literal

from qdiff.lexicon import (
    ADDRESSING_VERBS,
    ISSUING_VERBS,
    OBJECT_PREPOSITIONS,
    PLACE_WORDS,
    QUOTE_MARKS,
    SEAT_WORDS,
    SPEAKING_BODIES,
    SPEECH_VERBS,
    STARTING_QUOTES,
    SUBORDINATORS,
    alternation,
    char_class,
)
from qdiff.model import Article, Quote, Span
from qdiff.speakers.antecedents import (
    SUBJECT_KINDS,
    UnitKind,
    mask_quotes,
    resolve_pronoun,
    resolve_role,
)
from qdiff.speakers.antecedents import Context as _Context
from qdiff.speakers.antecedents import Unit as _Unit
from qdiff.speakers.antecedents import nearest_person as _nearest_person
from qdiff.speakers.antecedents import units as _units
from qdiff.speakers.names import (
    Mention,
    canonical_name,
    find_mentions,
)
from qdiff.speakers.patterns import (
    APPOSITIVE_RE,
    BODY_RE,
    BY_RE,
    JOINED_VERB_RE,
    LEAD_RE,
    LISTED_RE,
    LOWER_WORD_RE,
    PASSIVE_BEFORE_RE,
    POST_MAX,
    POST_SKIP_RE,
    SUBJECT_VERB_RE,
    UNNAMED_SUBJECT_RE,
    VERB_RE,
)
from qdiff.text import skip_over, tokenize

__all__ = [
    "SPEECH_VERBS",
    "Mention",
    "attribute_speakers",
    "canonical_name",
    "find_mentions",
    "mask_quotes",
]

# --- values ----------------------------------------------------------------------------------


# --- public API ------------------------------------------------------------------------------


def attribute_speakers(article: Article, quotes: Sequence[Quote]) -> tuple[str | None, ...]:
    """One speaker per quotation, in order: a canonical name, or None when nothing tells."""
    ctx = _Context.build(article.text, quotes)
    for i in range(len(quotes)):
        ctx.spoken.append(_speaker(ctx, i, ctx.spoken))
    return tuple(ctx.spoken)


# --- attribution -----------------------------------------------------------------------------


class _Unfound(Enum):
    """A place that holds no attribution, so the search goes on; None is an attribution that
    names nobody qdiff can tell (`the Liberal Democrats said`), and ends it."""

    UNFOUND = "unfound"


_NOT_FOUND: Final = _Unfound.UNFOUND
_Found = str | None | Literal[_Unfound.UNFOUND]


def _speaker(ctx: _Context, i: int, done: list[str | None]) -> str | None:
    quote = ctx.quotes[i]
    first, rest = quote.segments[0], quote.segments[1:]
    pre = _from_pre(ctx, first.start)
    post = _NOT_FOUND if _in_subordinate_clause(ctx, first) else _from_post(ctx, first)
    if isinstance(pre, str) and isinstance(post, str) and pre != post:
        return None  # `Y, who noted that "...," X admitted`: two readings, neither sure
    for found in (post, pre, *(_from_post(ctx, seg) for seg in rest)):
        if found is not _NOT_FOUND:
            return found
    return (
        _from_duplicate(ctx, i, done)
        or _from_previous(ctx, i, done)
        or _from_paragraph_before(ctx, i)
        or _from_statement_before(ctx, i)
    )


def _from_statement_before(ctx: _Context, i: int) -> str | None:
    """`Google CEO X has released a statement which discloses that ... "I have some difficult
    news to share."`: a quotation opening the sentence (or paragraph) right after one in which a
    named author issues a statement, and naming nobody itself, is that statement's."""
    open_at = ctx.quotes[i].segments[0].start
    index = ctx.sentence_of(open_at)
    sentence = ctx.sentences[index]
    if index == 0 or ctx.masked[sentence.start : open_at].strip(QUOTE_MARKS + " \t\n"):
        return None
    previous = ctx.sentences[index - 1]
    if any(line.strip() for line in ctx.masked[previous.end : open_at].split("\n")[1:-1]):
        return None  # another paragraph between
    if any(previous.start <= q.span.start < previous.end for q in ctx.quotes):
        return None
    docs = [u for u in _units(ctx, previous.start, previous.end) if u.kind is UnitKind.DOCUMENT]
    for doc in reversed(docs):
        author = _document_author(ctx, doc)
        if isinstance(author, str):
            return author
    return None


def _in_subordinate_clause(ctx: _Context, seg: Span) -> bool:
    """`While Fox released a statement saying it "...," Y noted`: a quotation introduced by a
    speech verb inside a clause that opens with a subordinator is not what the main clause's
    verb after it reports."""
    opened = ctx.sentences[ctx.sentence_of(seg.start)].start
    before = ctx.masked[opened : max(opened, seg.start - 1)]
    first = re.match(r"[\s" + QUOTE_MARKS + r"]*(\w+)", before)
    return bool(first and first.group(1).casefold() in SUBORDINATORS and VERB_RE.search(before))


def _from_post(ctx: _Context, seg: Span) -> _Found:
    """`"...," he said.` / `," said Mr Smith` / `," according to X` right after a stretch."""
    start = skip_over(POST_SKIP_RE, ctx.text, seg.end)
    if "\n" in ctx.text[seg.end : start]:
        return _NOT_FOUND  # an attribution stands in the quotation's own paragraph
    sentence = ctx.sentences[ctx.sentence_of(max(seg.end - 1, 0))]
    end = min(start + POST_MAX, len(ctx.text))
    newline = ctx.text.find("\n", start, end)
    end = newline if newline != -1 else end
    end = _next_quote_open(ctx, start, end)
    if sentence.end > seg.end:
        end = min(end, max(sentence.end, start))
    units = _after_lead(
        [u for u in _units(ctx, start, end) if u.kind is not UnitKind.COMMA], ctx, start
    )
    if units and units[0].kind is UnitKind.PRONOUN and _relative_clause(ctx, seg, start):
        return _NOT_FOUND
    if len(units) >= 2:
        a, b = units[0], units[1]
        verb = next((u for u in units[1:] if u.kind is UnitKind.VERB), b)
        if a.kind is UnitKind.NAME and _appositive(ctx.masked[a.end : verb.start]):
            b = verb  # `X, Boeing's chief executive, said`, `X, 64, said`
        gap = ctx.masked[a.end : b.start]
        if a.possessive:  # `," the star's lawyer said`: the star owns the speaker
            return _NOT_FOUND
        if a.kind in SUBJECT_KINDS and b.kind is UnitKind.VERB and _short_gap(gap):
            return _resolve(ctx, a, units[1:])
        if (
            a.kind in (UnitKind.VERB, UnitKind.ACCORDING)
            and b.kind in SUBJECT_KINDS
            and len(gap) <= 30
            and not (a.kind is UnitKind.VERB and b.obj)  # `said the lawyer for X`
        ):
            return _resolve(ctx, b, units[2:])
    # `," the Liberal Democrats said`: a speaker, but not a person we can name
    return None if UNNAMED_SUBJECT_RE.match(ctx.masked, start, end) else _NOT_FOUND


def _relative_clause(ctx: _Context, seg: Span, after: int) -> bool:
    """`Goss said her claims were "one of many lies" she told`: a quotation inside a sentence,
    with no comma or stop before the pronoun, is the object of the clause after it."""
    opened = ctx.sentences[ctx.sentence_of(seg.start)].start
    before = ctx.masked[opened : seg.start].strip(QUOTE_MARKS + " \t\n")
    return bool(before) and not re.search(r"[,.!?:;—–-]", ctx.text[seg.end - 1 : after])


def _after_lead(units: list[_Unit], ctx: _Context, start: int) -> list[_Unit]:
    """The units from the one opening the attribution: right at start, or a person's name
    after a title and an organisation (`Superintendent X`, `WHO chief X`, `Boeing CEO X`,
    `NASA's Administrator X`), or after a job written in lower case right before its verb
    (`agency administrator X told`)."""
    opening = units[0] if units else None
    if (
        opening
        and opening.start - start <= 2
        and _may_be_person(opening)
        and not opening.possessive
    ):
        return units
    lead = skip_over(LEAD_RE, ctx.masked, start)
    for k, unit in enumerate(units):
        if unit.start >= lead or unit.kind is UnitKind.VERB:
            break
        if _names_a_person(unit) and not unit.possessive:
            return units[k:]
    described = _LOWER_LEAD_RE.match(ctx.masked, start)
    if (
        described
        and opening
        and opening.start == described.end()
        and _names_a_person(opening)
        and not opening.obj
        and SUBJECT_VERB_RE.match(ctx.masked, opening.end)
    ):
        return units
    if units and (units[0].start - start <= 2 or _the_body(ctx, units[0], start)):
        return units
    return []


_DETERMINERS = ("the", "a", "an", "his", "her", "their", "its", "our", "my", "this", "that")
# Up to three lower-case words describing the name after them, as a bare job (`agency
# administrator X`, `lead detective X`): no article (`the lawyer for X said` is the lawyer), no
# preposition or verb, no participle (`a lawyer representing X`), no speech verb.
_NOT_DESCRIBING = alternation(
    SPEECH_VERBS | OBJECT_PREPOSITIONS | ADDRESSING_VERBS | frozenset(_DETERMINERS)
)
_LOWER_LEAD_RE = re.compile(
    rf"(?:(?!(?:{_NOT_DESCRIBING})\b)(?![a-z]+ing\b)[a-z][\w-]*[ \t]+){{1,3}}"
)


def _names_a_person(unit: _Unit) -> bool:
    return unit.kind is UnitKind.NAME and unit.mention is not None and unit.mention.person


def _the_body(ctx: _Context, unit: _Unit, start: int) -> bool:
    """A body is written with its article: `," the White House said`, `," the Kremlin said`."""
    mention = unit.mention
    return (
        mention is not None
        and ctx.masked[start : unit.start].strip().casefold() == "the"
        and _speaking_body(mention)
    )


def _short_gap(gap: str) -> bool:
    return (len(gap.split()) <= 2 and "," not in gap) or _appositive(gap)


def _appositive(gap: str) -> bool:  # `, Boeing's chief executive,`, `, 64,`: no verb
    return bool(APPOSITIVE_RE.fullmatch(gap)) and not VERB_RE.search(gap)


def _next_quote_open(ctx: _Context, start: int, end: int) -> int:
    opens = (seg.start - 1 for quote in ctx.quotes for seg in quote.segments)
    return next((at for at in opens if start <= at < end), end)


def _from_pre(ctx: _Context, open_at: int) -> _Found:
    """`X said: "...` / `X, who ..., added that "...` / `according to X, "...` / `X's letter:`."""
    index = ctx.sentence_of(open_at)
    start = min(ctx.sentences[index].start, open_at)
    if index and not ctx.masked[start:open_at].strip(QUOTE_MARKS + " \t\n"):
        previous = ctx.sentences[index - 1]  # `A statement on the club's website read:` above
        if ctx.masked[previous.start : previous.end].rstrip().endswith(":"):
            start = previous.start
    # `Google's Alphabet Layoffs 2023: Pichai said ...`: a clause after a colon stands alone
    colons = list(_COLON_CLAUSE_RE.finditer(ctx.masked, start, open_at))
    start = colons[-1].end() if colons else start
    units = _units(ctx, start, open_at)
    verbs = [k for k, u in enumerate(units) if u.kind in (UnitKind.VERB, UnitKind.ACCORDING)]
    if not verbs:
        return _from_introduction(ctx, units, start, open_at)
    last = verbs[-1]
    if units[last].kind is UnitKind.ACCORDING:
        after = [u for u in units[last + 1 :] if u.kind in SUBJECT_KINDS]
        return _resolve(ctx, after[0], after[1:]) if after else _NOT_FOUND
    subject = _subject_of_verb(ctx, units, last)
    if subject is None:
        return _NOT_FOUND
    return _resolve(ctx, units[subject], units[subject + 1 :])


_COLON_CLAUSE_RE = re.compile(r":[ \t]+(?=[A-Z])")


def _subject_of_verb(ctx: _Context, units: list[_Unit], verb: int) -> int | None:
    """The verb's subject: after a clause set off by commas, or for a verb joined to another
    (`X admitted ... the government but said`), the sentence's first subject; else the nearest
    before it (`Y, who said`: Y), or (`said Mr Smith:`) the first after it."""
    before = units[verb - 1] if verb else None
    who = next(
        (k for k in range(verb - 1, -1, -1) if units[k].kind in (UnitKind.WHO, UnitKind.VERB)), None
    )
    if who is not None and units[who].kind is UnitKind.WHO:  # `praised by Y, who said`: Y
        named = [k for k in range(who) if units[k].kind in SUBJECT_KINDS and _may_speak(units[k])]
        if named:
            return named[-1]
    subjects_before = [k for k in range(verb) if _may_be_subject(units[k])]
    people_before = [k for k in subjects_before if _may_be_person(units[k])]
    at = units[verb].start
    joined = before is not None and bool(JOINED_VERB_RE.search(ctx.masked, max(0, at - 30), at))
    if subjects_before and _RELATIVE_RE.search(ctx.masked, units[subjects_before[-1]].end, at):
        return None  # `X asked Y if ..., to which the executive replied`: its subject unnamed
    if before is not None and (before.kind is UnitKind.COMMA or joined) and people_before:
        # `X reports that, ..., Y has condemned it, calling it "...`: the reported clause's
        that = [m.end() for m in re.finditer(r"\bthat\b", ctx.masked[units[0].start : at])]
        opened = units[0].start + that[-1] if that else at
        reported = [k for k in subjects_before if opened < units[k].start]
        return (reported or people_before)[0]
    if subjects_before:
        return subjects_before[-1]
    # `said Mr Smith:`; not `concluded he was`, whose pronoun opens a reported clause
    after = [
        k
        for k in range(verb + 1, len(units))
        if _may_be_subject(units[k], after=True) and units[k].kind is not UnitKind.PRONOUN
    ]
    return after[0] if after else None


_RELATIVE_RE = re.compile(r"\b(?:to|at|in|on|by|with|for|from)\s+(?:which|whom)\b", re.I)


def _may_be_subject(unit: _Unit, *, after: bool = False) -> bool:
    """A subject, not what it owns: in `Altman's departure follows` or `the CEO's death`, the
    name owns the subject; before the verb, not an object either (`to X`)."""
    return unit.kind in SUBJECT_KINDS and not unit.possessive and (after or not unit.obj)


def _may_speak(unit: _Unit) -> bool:  # not `Addressing` in `Addressing the nurse, who ...`
    return unit.mention is None or unit.mention.person or _speaking_body(unit.mention)


def _may_be_person(unit: _Unit) -> bool:
    if unit.kind is UnitKind.BODY:
        return False
    return unit.mention is None or unit.mention.person


def _from_introduction(ctx: _Context, units: list[_Unit], start: int, open_at: int) -> _Found:
    """`Duncan Smith's resignation letter: "...` (no verb, but a colon and a document)."""
    if not ctx.masked[start:open_at].rstrip(QUOTE_MARKS + " \t\n").endswith(":"):
        return _NOT_FOUND
    commas = [k for k, u in enumerate(units) if u.kind is UnitKind.COMMA]
    if commas and commas[-1] + 1 < len(units):  # `On the club's website, Southgate progressed:`
        clause = units[commas[-1] + 1]
        if _opens_clause(ctx, clause):
            return _resolve(ctx, clause, [])
        if clause.kind in (UnitKind.ROLE, UnitKind.BODY) and not clause.obj:
            # `On Monday, an academy spokesman offered the following statement:`
            return _resolve(ctx, clause, [])
    docs = [k for k, u in enumerate(units) if u.kind is UnitKind.DOCUMENT]
    if docs:
        return _resolve(ctx, units[docs[-1]], units[docs[-1] + 1 :])
    # `X praised the resilience of the people: "...`: the sentence's subject, before any verb
    first = next((u for u in units if u.kind is not UnitKind.COMMA), None)
    if first is None or first.kind not in ("name", "pron") or first.obj:
        return _NOT_FOUND
    if _labels_the_quotation(ctx, first, start, open_at):
        return _resolve(ctx, first, [])
    opening = ctx.masked[start : first.start].strip(QUOTE_MARKS + " \t\n")
    possessive = first.mention is not None and first.mention.possessive
    if opening or possessive or not LOWER_WORD_RE.match(ctx.masked, first.end):
        return _NOT_FOUND
    return _resolve(ctx, first, [])


def _labels_the_quotation(ctx: _Context, unit: _Unit, start: int, open_at: int) -> bool:
    """`Google CEO Sundar Pichai: "..."`: a person's name, perhaps after titles, then only a
    colon before the quotation, labels it, as headlines and transcripts do."""
    return (
        _names_a_person(unit)
        and not unit.possessive
        and skip_over(LEAD_RE, ctx.masked, start) >= unit.start
        and not ctx.masked[unit.end : open_at].strip(QUOTE_MARKS + " \t:")
        and ":" in ctx.masked[unit.end : open_at]
    )


def _opens_clause(ctx: _Context, unit: _Unit) -> bool:
    """A person's name right after a comma, before a lower-case verb: `, Southgate progressed`."""
    mention = unit.mention
    return (
        unit.kind is UnitKind.NAME
        and mention is not None
        and mention.person
        and not unit.obj
        and not mention.possessive
        and not ctx.masked[ctx.masked.rfind(",", 0, unit.start) + 1 : unit.start].strip()
        and bool(LOWER_WORD_RE.match(ctx.masked, unit.end))
    )


def _resolve(ctx: _Context, unit: _Unit, following: list[_Unit]) -> str | None:
    if unit.kind is UnitKind.NAME and unit.mention is not None:
        if unit.mention.person:
            if _listed_after_others(ctx, unit.mention):
                return None  # `his children Lucy, Robert and Tim said`: a group speaks
            return ctx.cast.name_of(unit.mention)
        return unit.mention.display if _speaking_body(unit.mention) else None
    if unit.kind is UnitKind.PRONOUN:
        return resolve_pronoun(ctx, unit)
    if unit.kind is UnitKind.ROLE:
        return resolve_role(ctx, unit, following)
    if unit.kind is UnitKind.BODY:  # `the company said`: the one named with that word, or None
        return _body_named(ctx, unit.text.split()[-1].casefold(), unit.start)
    if unit.kind is UnitKind.DOCUMENT:
        return _resolve_document(ctx, unit)
    return None


def _speaking_body(mention: Mention) -> bool:
    """An organisation that may speak for itself (`Burnley Football Club said`), not a place."""
    key = mention.key
    if mention.credit:
        return False
    if len(key) >= 2 and key[-1] in SEAT_WORDS:
        return True  # the building for the body it houses: `the White House said`
    return any(w in SPEAKING_BODIES for w in key) and key[-1] not in PLACE_WORDS


def _body_named(ctx: _Context, word: str, offset: int) -> str | None:
    """The body a lower-case `the club` stands for: the nearest speaking body before offset
    whose name holds that word (`Burnley Football Club`), else the first after; else None."""
    bodies = [m for m in ctx.cast.mentions if word in m.key and not m.person and _speaking_body(m)]
    if not bodies:  # named only in its own statement: `'Northtown Football Club can confirm`
        named = find_mentions(re.sub(rf"(?<!\w)[{char_class(STARTING_QUOTES)}]", " ", ctx.text))
        bodies = [m for m in named if word in m.key and not m.person and _speaking_body(m)]
    before = [m for m in bodies if m.span.start < offset]
    found = before[-1] if before else (bodies[0] if bodies else None)
    return found.display if found else None


def _resolve_document(ctx: _Context, unit: _Unit) -> str | None:
    """A letter is its author's: `X's letter`, `his letter`, `a letter ... by X`; `the letter`
    is the one named nearest before (or after, in the same paragraph), else the nearest person.
    `the statement` is an earlier statement, never `a post` by someone else."""
    own = _document_author(ctx, unit)
    if own is not _NOT_FOUND:
        return own
    head = unit.text.split()[-1].casefold()
    authored = [
        (u.start, author)
        for u in _units(ctx, 0, len(ctx.masked))
        if u.kind is UnitKind.DOCUMENT
        and u.start != unit.start
        and u.text.split()[-1].casefold() == head
        for author in [_document_author(ctx, u)]
        if isinstance(author, str)
    ]
    before = [a for s, a in authored if s < unit.start]
    if before:
        return before[-1]
    paragraph_end = ctx.text.find("\n\n", unit.end)
    paragraph_end = len(ctx.text) if paragraph_end == -1 else paragraph_end
    after = [a for s, a in authored if unit.start < s < paragraph_end]
    if after:
        return after[0]
    return _continued_statement(ctx, unit) if unit.text.split()[0].casefold() == "the" else None


def _continued_statement(ctx: _Context, unit: _Unit) -> str | None:
    """`Federer wrote, "..."` then `"I am 41 years old," the statement continues.`: `the
    statement` no author is named for is the one just quoted, when that quotation ends in the
    same paragraph or the one before and nobody else is named as a voice in between."""
    said = [
        (q, s) for q, s in zip(ctx.quotes, ctx.spoken, strict=False) if q.span.end <= unit.start
    ]
    if not said or said[-1][1] is None:
        return None
    quote, speaker = said[-1]
    lines_between = ctx.text[quote.span.end : unit.start].split("\n")[1:-1]
    if any(line.strip() for line in lines_between):
        return None
    for m in ctx.cast.between(quote.span.end, unit.start):
        voice = (m.person or _speaking_body(m)) and not m.prepositional
        if voice and ctx.cast.name_of(m) != speaker:
            return None
    # `The club later released a statement.`: another document, or another subject, between
    others = [u for u in _units(ctx, quote.span.end, unit.start) if u.kind in _OTHER_VOICES]
    return None if any(not u.obj for u in others) else speaker


_OTHER_VOICES = frozenset({UnitKind.PRONOUN, UnitKind.ROLE, UnitKind.BODY, UnitKind.DOCUMENT})


def _document_author(ctx: _Context, unit: _Unit) -> _Found:
    det = unit.text.split()[0].casefold()
    owned = re.search(r"\w['’]s\s", unit.text)
    if owned and det not in ("'s", "’s"):  # `the King's message`, `the company's statement`
        owning = [u for u in _units(ctx, unit.start, unit.start + owned.end() - 3) if u.possessive]
        return _resolve(ctx, owning[-1], []) if owning else None
    if det in ("'s", "’s", "'", "’"):  # `Fox's statement`, `Fox News’ statement`
        near = ctx.cast.between(max(0, unit.start - 80), unit.end)  # `here’s Fox’s statement`
        owners = [m for m in near if m.possessive]
        return _author(ctx, owners[-1]) if owners else None
    if det in ("his", "her"):
        return _nearest_person(ctx, unit.start, "m" if det == "his" else "f")
    said_in = _SAID_IN_RE.search(ctx.masked, max(0, unit.start - 40), unit.start)
    issued = _ISSUED_RE.search(ctx.masked, max(0, unit.start - 40), unit.start)
    subject = _subject_saying_in(ctx, unit) if said_in or issued else None
    if subject is not None:  # `X said in a statement released by the CPSC`: X's statement
        return subject
    by = BY_RE.match(ctx.masked, unit.end)
    if by:
        # `a statement by WHO Director Dr. X`, `a statement from OceanGate`: titles may lead
        lead = skip_over(LEAD_RE, ctx.masked, by.end())
        names = ctx.cast.between(by.end(), max(lead, by.end() + 60))
        if names and names[0].span.start <= lead:
            if names[0].possessive or _listed_with_others(ctx, names[0]):
                return None  # `signed by X's wife, Y, ...`, `signed by X, Y and Z`: a group
            return _author(ctx, names[0])
    body = BODY_RE.match(ctx.masked, unit.end)
    if body:  # `a statement from the club`, `a statement on the club's website`
        return _body_named(ctx, body.group(1).casefold(), unit.start)
    body_words = [w for w in re.findall(r"\w+", unit.text.casefold()) if w in SPEAKING_BODIES]
    if body_words:  # `the club statement`
        return _body_named(ctx, body_words[-1], unit.start)
    return None if said_in else _NOT_FOUND


_SAID_IN_RE = re.compile(rf"\b(?:{alternation(SPEECH_VERBS)})[ \t]+in[ \t]+$")
# `X issued a statement`, `X has released a statement`: the issuer is the author.
_ISSUED_RE = re.compile(rf"\b(?:(?:has|have|had)[ \t]+)?(?:{alternation(ISSUING_VERBS)})[ \t]+$")


def _subject_saying_in(ctx: _Context, unit: _Unit) -> str | None:
    """`"...," OceanGate said in a statement.`: the statement is the speaking verb's subject's when
    that stands right before the verb, so that `the statement continued` later in the article is
    theirs too (not `X ..., his family announced in a statement`: a group's)."""
    opened = max(ctx.masked.rfind(stop, 0, unit.start) for stop in (". ", "! ", "? ", "\n")) + 1
    found = [u for u in _units(ctx, opened, unit.start) if u.kind is not UnitKind.COMMA]
    verb_at = _ISSUED_RE.search(ctx.masked, max(opened, unit.start - 40), unit.start)
    if verb_at:  # `X has released a statement`: the issuing verb stands for the speech verb
        found = [u for u in found if u.start < verb_at.start()]
        found.append(_Unit(UnitKind.VERB, verb_at.start(), verb_at.end(), verb_at.group()))
    verbs = [k for k, u in enumerate(found) if u.kind is UnitKind.VERB]
    if not verbs or verbs[-1] == 0:
        return None
    subject = found[verbs[-1] - 1]
    if (
        subject.kind not in _SAYING_IN_KINDS
        or ctx.masked[subject.end : found[verbs[-1]].start].strip()
    ):
        return None
    return _resolve(ctx, subject, found[verbs[-1] :])


_SAYING_IN_KINDS = frozenset({UnitKind.NAME, UnitKind.BODY})


def _author(ctx: _Context, mention: Mention) -> str | None:
    """Who a document is by when a name owns it or follows `by`/`from`: a person, or a body
    named without an organisation word (`Fox's statement`, `a statement from OceanGate`);
    never a place, a byline or a photo credit."""
    if mention.person:
        return ctx.cast.name_of(mention)
    if _speaking_body(mention):
        return mention.display
    if mention.credit or mention.key[-1] in PLACE_WORDS:
        return None
    return mention.display


def _listed_with_others(ctx: _Context, mention: Mention) -> bool:
    """`X, Y and Z`, `X and Y`: a name followed by another person's, joined by a comma or and."""
    joined = LISTED_RE.match(ctx.masked, mention.span.end)
    if joined is None:
        return False
    after = ctx.cast.between(joined.end(), joined.end() + 60)
    return bool(after) and after[0].span.start == joined.end() and after[0].person


def _listed_after_others(ctx: _Context, mention: Mention) -> bool:
    """`X, Y and Z`, `Apple and Google`: the last of several named together, after `and`
    (whoever the others are: names the cast does not know as people's count too). A comma
    alone is an apposition (`the World Health Organisation, WHO,`), not a list."""
    before = ctx.cast.between(max(mention.span.start - 60, 0), mention.span.start)
    if not before:
        return False
    joined = LISTED_RE.fullmatch(ctx.masked, before[-1].span.end, mention.span.start)
    return joined is not None and joined.group().strip() != ","


def _from_duplicate(ctx: _Context, i: int, done: list[str | None]) -> str | None:
    """A quotation printed twice in one article has one speaker (an outlet's pull quote)."""
    words = _quote_key(ctx, ctx.quotes[i])
    if len(words.split()) < 6:
        return None
    for j, other in enumerate(ctx.quotes[:i]):
        if done[j] is not None and words in _quote_key(ctx, other):
            return done[j]
    return None


def _quote_key(ctx: _Context, quote: Quote) -> str:
    keys = (t.key for s in quote.segments for t in tokenize(ctx.text, s.start, s.end))
    return " " + " ".join(keys) + " "


def _continues_after_attribution(ctx: _Context, i: int, done: list[str | None]) -> bool:
    """`"...," wrote Biden, 82. "..."`: a quotation opening the sentence after the previous
    quotation's attribution, in the same paragraph, naming nobody else, goes on in its voice."""
    between = ctx.masked[ctx.quotes[i - 1].span.end : ctx.quotes[i].span.start]
    bare = between.strip(QUOTE_MARKS + " \t")
    if done[i - 1] is None or "\n" in between or len(bare) > 100 or bare[-1:] not in ".!?":
        return False
    if not VERB_RE.search(bare):
        return False
    start = ctx.quotes[i - 1].span.end
    named = ctx.cast.between(start, ctx.quotes[i].span.start)
    # `he said, per Budman.`, `said in remarks from the Rehoboth Beach police department.`: the
    # object of a preposition in the attribution's own sentence is no new voice
    stop = _SENTENCE_STOP_RE.search(ctx.masked, start, ctx.quotes[i].span.start)
    attribution_end = stop.start() if stop else start
    voices = [
        m
        for m in named
        if (m.person or _speaking_body(m))
        and not (m.prepositional and m.span.end <= attribution_end)
    ]
    return all(ctx.cast.name_of(m) == done[i - 1] for m in voices)


_SENTENCE_STOP_RE = re.compile(r"[.!?][\s" + QUOTE_MARKS + r"]")


def _from_previous(ctx: _Context, i: int, done: list[str | None]) -> str | None:
    """A paragraph that is only quotation goes on in the voice of the quotation before it,
    when that stands in the paragraph just before."""
    if i == 0:
        return None
    start = ctx.quotes[i].span.start
    if _continues_after_attribution(ctx, i, done):
        return done[i - 1]
    line_start = ctx.text.rfind("\n", 0, start) + 1
    if ctx.masked[line_start:start].strip(QUOTE_MARKS + " \t"):
        return None
    line_end = ctx.text.find("\n", start)
    if VERB_RE.search(ctx.masked, start, len(ctx.text) if line_end == -1 else line_end):
        return None  # the paragraph names its own speaker, one we could not resolve
    previous_paragraph_end = len(ctx.text[:line_start].rstrip())
    previous_end = ctx.quotes[i - 1].span.end
    between = ctx.masked[previous_end:previous_paragraph_end]
    if "\n" in between.strip():
        return None
    # `"...," X admitted the statement was not his.` after Y's quotation: X speaks on
    speaking = {
        ctx.cast.name_of(m)
        for m in ctx.cast.between(previous_end, previous_paragraph_end)
        if m.person and not m.prepositional and SUBJECT_VERB_RE.match(ctx.masked, m.span.end)
    }
    if speaking - {done[i - 1]}:
        return speaking.pop() if len(speaking) == 1 else None
    return done[i - 1]


def _speaks(ctx: _Context, unit: _Unit) -> bool:
    """A document, or a speech verb in the active voice (not `is said to be`)."""
    if unit.kind is UnitKind.DOCUMENT:
        return True
    return unit.kind is UnitKind.VERB and not PASSIVE_BEFORE_RE.search(
        ctx.masked, max(0, unit.start - 12), unit.start
    )


def _from_paragraph_before(ctx: _Context, i: int) -> str | None:
    """A paragraph that is only quotation, right after a paragraph with no quotation whose
    subject is a person (`Southgate has left a message to fans.`), is that person's."""
    start = ctx.quotes[i].span.start
    line_start = ctx.text.rfind("\n", 0, start) + 1
    line_end = ctx.text.find("\n", start)
    line_end = len(ctx.text) if line_end == -1 else line_end
    after = ctx.masked[ctx.quotes[i].span.end : max(line_end, ctx.quotes[i].span.end)]
    if ctx.masked[line_start:start].strip(QUOTE_MARKS + " \t") or re.search(r"\w", after):
        return None
    end = len(ctx.text[:line_start].rstrip())
    opened = ctx.text.rfind("\n", 0, end) + 1
    if not ctx.text[opened:end].strip() or any(opened <= q.span.start < end for q in ctx.quotes):
        return None
    units = [u for u in _units(ctx, opened, end) if u.kind is not UnitKind.COMMA]
    first = units[0] if units else None
    if first is None or ctx.masked[opened : first.start].strip() or first.obj:
        return None
    if not any(_speaks(ctx, u) for u in units) and ctx.masked[end - 1 : end] != ":":
        return None  # `X is said to be considering another go`: about X, not X speaking
    if _another_speaks(ctx, opened, end, first):
        return None  # `X is stepping away from acting, his family announced in a statement.`
    if first.kind is UnitKind.NAME and first.mention is not None and not first.mention.possessive:
        person = first.mention.person and LOWER_WORD_RE.match(ctx.masked, first.end)
        return _resolve(ctx, first, units[1:]) if person else None
    # `She said she was elected to change the issues facing the country.` then her words
    speaking = first.kind is UnitKind.PRONOUN and SUBJECT_VERB_RE.match(ctx.masked, first.end)
    return _resolve(ctx, first, units[1:]) if first.kind is UnitKind.ROLE or speaking else None


def _another_speaks(ctx: _Context, start: int, end: int, first: _Unit) -> bool:
    """Whether the first speech verb in [start, end) has a subject other than first."""
    found = _units(ctx, start, end)
    verb = next(
        (k for k, u in enumerate(found) if u.kind is UnitKind.VERB and _speaks(ctx, u)), None
    )
    if verb is None:
        return False
    subject = _subject_of_verb(ctx, found, verb)
    return subject is not None and found[subject].start != first.start
