"""Who said each quotation: attribution patterns, pronouns and roles resolved, aliases merged.

Works on a masked copy of the article in which every quotation's words are blanked, so names,
verbs and pronouns are only ever read from the reporter's own words. Offsets are kept.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from qdiff.model import Article, Quote, Span
from qdiff.quotes import extract_quotes
from qdiff.text import is_marker, line_col, sentence_spans, tokenize

# --- word lists -------------------------------------------------------------------------------

SPEECH_VERBS = frozenset(
    """said says say added adds wrote writes told tells tweeted tweets posted posts argued argues
    claimed claims insisted insists warned warns complained complains stated states explained
    explains declared declares noted notes continued continues urged urges replied replies asked
    asks announced announces admitted admits reads read called calls described describes recalled
    conceded concedes suggested suggests acknowledged responded responds commented comments
    remarked stressed stresses emphasised emphasized maintained predicted pledged promised vowed
    joked quipped cautioned alleged confirmed revealed blasted slammed criticised criticized
    saying adding writing telling tweeting posting arguing claiming insisting warning complaining
    stating explaining declaring noting urging replying asking announcing admitting calling
    describing conceding suggesting stressing""".split()
)
_DOCS = "letter|statement|tweet|post|email|e-mail|memo|note|message|blog|announcement|text"
_HONORIFICS = frozenset(
    "mr mrs ms miss dr prof professor rev sir lord lady dame baroness baron".split()
)
_DISPLAY_DROPPED = frozenset("mr mrs ms miss dr prof professor rev".split())
_MALE = frozenset("mr sir lord baron".split())
_FEMALE = frozenset("mrs ms miss lady dame baroness".split())
# Words that, standing in a run of capitalised words, are a title, not part of the name after it.
_TITLE_WORDS = frozenset(
    """secretary minister chancellor mp leader president premier senator governor mayor chairman
    chairwoman chair prime first foreign home shadow deputy tory labour conservative liberal
    democrat democrats republican snp opposition fellow former general attorney justice chief
    executive director king queen prince princess pope bishop archbishop commissioner ambassador
    spokesman spokeswoman speaker councillor judge colonel captain sergeant officer inspector
    superintendent constable professor coach manager""".split()
)
# Capitalised words that begin sentences or name days, places and bodies rather than people.
_STOP_WORDS = frozenset(
    """the a an in on at but and or if when while as after before earlier later yesterday today
    tonight meanwhile however this that these those it he she they we i you his her their our my
    its there here speaking asked what why how who where which neither either both all some many
    most more no not one two three for from with by to of also still then so yet even only just
    monday tuesday wednesday thursday friday saturday sunday january february september october
    november december uk us eu un usa nhs bbc itv pa ap afp reuters britain british england
    english scotland scottish wales welsh ireland irish europe european london westminster
    brussels washington america american edinburgh paris berlin government treasury budget
    parliament commons cabinet tories tory labour conservatives whitehall downing twitter
    facebook instagram""".split()
)
_ORG_WORDS = frozenset(
    """party council union committee commission department ministry office government treasury
    budget institute studies university college school bank fund agency association court house
    street news times post service services trust foundation group company corporation inc ltd
    plc payments payment allowance credit act bill parliament commons lords assembly summit
    conference federation league club society centre center forum network press airport hospital
    police army navy force republic kingdom states nations organisation organization authority
    board cabinet referendum campaign tories conservatives independence pensions media""".split()
)
_ROLE_WORDS = (
    "prime minister|first minister|minister|secretary|chancellor|leader|mp|president|premier|"
    "senator|governor|mayor|chairman|chairwoman|chief executive|director|boss|spokesman|"
    "spokeswoman|spokesperson|source|sources|official|officials|aide|adviser|advisor|insider|ally"
)
_ANONYMOUS_ROLES = frozenset(
    """spokesman spokeswoman spokesperson source sources official officials aide adviser advisor
    insider ally""".split()
)
_MALE_NAMES = frozenset(
    """david john james michael robert william richard thomas peter paul mark george andrew jeremy
    boris keir rishi tony gordon nick ed ed ian iain alan alex alexander simon matt matthew chris
    christopher philip phil jacob liam owen dominic sajid michael kwasi jeremy vince nigel donald
    joe barack bill hillary emmanuel vladimir xi olaf justin jim tom ben sam daniel stephen steve
    martin kevin brian patrick sean charles henry edward jack harry oliver""".split()
)
_FEMALE_NAMES = frozenset(
    """theresa margaret nicola priti liz angela hillary kamala nancy elizabeth mary anne ann jane
    sarah emma emily rachel diane harriet yvette caroline andrea penny suella kemi amber justine
    anna maria julia laura lisa karen susan helen kate catherine sophie lucy ursula jacinda
    michelle melania jill ruth jo joanna louise claire clare natalie rebecca victoria""".split()
)

# --- regexes ---------------------------------------------------------------------------------

_UPPER = "A-ZÀ-ÖØ-Þ"
_CAP_WORD = rf"[{_UPPER}][\w’'.-]*"
_PARTICLE = r"(?:de|da|di|van|von|der|den|del|la|le|bin|al|ibn|du)"
_RUN_RE = re.compile(rf"(?<![\w’'-]){_CAP_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)*{_CAP_WORD})*")
_POSSESSIVE_RE = re.compile(r"['’]s?$")
_DETS = r"the|a|an|his|her|their|its"
_VERB_ALT = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
_MODIFIER = rf"(?:(?!(?:{_DETS}|{_VERB_ALT}|who|that|and)\b)[\w’'-]+\s+)"
_UNIT_RE = re.compile(
    rf"""
      (?P<doc>(?:\b(?:{_DETS})|(?<=\w)['’]s)\s+{_MODIFIER}{{0,2}}?(?:{_DOCS})s?\b)
    | (?P<role>\b(?:{_DETS})\s+{_MODIFIER}{{0,3}}?(?:{_ROLE_WORDS})\b)
    | (?P<pron>\b(?:he|she|they)\b)
    | (?P<who>\bwho\b)
    | (?P<according>\baccording\s+to\b)
    | (?P<verb>\b(?:{_VERB_ALT})\b)
    | (?P<comma>,)
    """,
    re.VERBOSE | re.IGNORECASE,
)
_BY_RE = re.compile(r"[^.\n]{0,40}?\b(?:by|from)\s+", re.IGNORECASE)
_PREPOSITION_BEFORE_RE = re.compile(
    r"\b(?:on|by|to|with|for|against|at|from|of|about|into|toward|towards|over|than)\s+$",
    re.IGNORECASE,
)
_VERB_RE = re.compile(rf"\b(?:{_VERB_ALT})\b", re.IGNORECASE)
_UNNAMED_SUBJECT_RE = re.compile(rf"(?:the|a|an)\s[^,.;:]{{0,40}}?\b(?:{_VERB_ALT})\b", re.I)
_QUOTE_MARKS = "\"'“”‘’„«»‟‚‛"
_POST_SKIP_RE = re.compile(rf"[\s{_QUOTE_MARKS}.,!?:;—–-]*")
_POST_MAX = 120
_SUBJECT_KINDS = frozenset({"name", "pron", "role", "doc"})
_LOOKBACK_SENTENCES = 5


# --- values ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Mention:
    """A capitalised run of words standing for a person or a body, outside every quotation."""

    span: Span
    """Where the name proper stands (titles and a possessive left out)."""
    display: str
    """The name as printed: "Iain Duncan Smith"; honorifics like Mr left out."""
    key: tuple[str, ...]
    """Case-folded words without honorifics: what aliases are matched by."""
    title: str | None
    """A title standing before the name, lower case: "chancellor", "tory mp"."""
    gender: str | None
    """"m" or "f" when an honorific or a first name tells; else None."""
    person: bool
    """False for bodies and places (an organisation word, or a lone unknown word)."""
    possessive: bool
    prepositional: bool
    """True when a preposition stands before it: an object, seldom the subject of a sentence."""


@dataclass(frozen=True, slots=True)
class _Unit:
    kind: str
    start: int
    end: int
    text: str
    mention: Mention | None = None


@dataclass(frozen=True, slots=True)
class SpokenQuote:
    """A quotation as `qdiff quotes` lists it."""

    article_id: str
    span: Span
    segments: tuple[Span, ...]
    line: int
    column: int
    text: str
    """Exactly article.text[span.start:span.end]."""
    words: int
    speaker: str | None


@dataclass(frozen=True, slots=True)
class QuoteListing:
    """Everything `qdiff quotes` shows: the articles, and their quotations in order."""

    articles: tuple[Article, ...]
    quotes: tuple[SpokenQuote, ...]
    min_words: int
    """The shortest quotation listed, in words."""

    def quotes_of(self, article_id: str) -> tuple[SpokenQuote, ...]:
        return tuple(q for q in self.quotes if q.article_id == article_id)


# --- public API ------------------------------------------------------------------------------


def list_quotes(articles: Iterable[Article], min_words: int) -> QuoteListing:
    """Every quotation of min_words words or more in each article, with its speaker."""
    kept: list[Article] = []
    rows: list[SpokenQuote] = []
    for article in articles:
        kept.append(article)
        quotes = extract_quotes(article)
        speakers = attribute_speakers(article, quotes)
        for quote, speaker in zip(quotes, speakers, strict=True):
            words = quote_words(article.text, quote)
            if words >= min_words:
                rows.append(_spoken(article, quote, words, speaker))
    return QuoteListing(tuple(kept), tuple(rows), min_words)


def quote_words(text: str, quote: Quote) -> int:
    """The quotation's own words: its segments' tokens, editors' marks left out."""
    return sum(
        1
        for seg in quote.segments
        for tok in tokenize(text, seg.start, seg.end)
        if not is_marker(tok)
    )


def attribute_speakers(article: Article, quotes: Sequence[Quote]) -> tuple[str | None, ...]:
    """One speaker per quotation, in order: a canonical name, or None when nothing tells."""
    ctx = _Context.build(article.text, quotes)
    speakers: list[str | None] = []
    for i in range(len(quotes)):
        speakers.append(_speaker(ctx, i, speakers))
    return tuple(speakers)


def canonical_name(
    key: tuple[str, ...], full_forms: Iterable[tuple[str, ...]]
) -> list[tuple[str, ...]]:
    """The full forms a name key may stand for: itself, the longer names it ends (Duncan Smith,
    Smith), or the names whose initials it is (IDS). Only maximal full forms are returned."""
    forms = set(full_forms)
    maximal = [f for f in forms if not any(_is_suffix(f, g) for g in forms if g != f)]
    if len(key) == 1 and len(key[0]) >= 2 and key[0].isalpha():
        acronym = [f for f in maximal if len(f) == len(key[0]) and _initials(f) == key[0]]
        if acronym:
            return acronym
    return [f for f in maximal if f == key or _is_suffix(key, f)]


def _is_suffix(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    return len(short) < len(long) and long[-len(short) :] == short


def _initials(key: tuple[str, ...]) -> str:
    return "".join(word[0] for word in key)


def _spoken(article: Article, quote: Quote, words: int, speaker: str | None) -> SpokenQuote:
    line, column = line_col(article.text, quote.span.start)
    text = article.text[quote.span.start : quote.span.end]
    return SpokenQuote(article.id, quote.span, quote.segments, line, column, text, words, speaker)


# --- mentions --------------------------------------------------------------------------------


def find_mentions(masked: str) -> tuple[Mention, ...]:
    """Every capitalised run of words that may name someone, titles and stop words peeled off."""
    raw = [m for run in _RUN_RE.finditer(masked) for m in _split_run(masked, run)]
    multi = {m.key for m in raw if len(m.key) >= 2 and m.person}
    return tuple(_with_person_flag(m, multi) for m in raw)


def _split_run(text: str, run: re.Match[str]) -> list[Mention]:
    """A run like "Britain's Work and Pensions Secretary Iain Duncan Smith" holds a place, a
    title and a name; each possessive or sentence stop ends a piece."""
    mentions: list[Mention] = []
    words = list(re.finditer(r"\S+", run.group()))
    piece: list[re.Match[str]] = []
    for word in words:
        piece.append(word)
        token = word.group()
        ends_sentence = (
            token.endswith(".")
            and len(token.rstrip(".")) > 1
            and (token.rstrip(".").casefold() not in _HONORIFICS)
        )
        if _POSSESSIVE_RE.search(token) or ends_sentence:
            mentions.extend(_mention(text, run.start(), piece))
            piece = []
    if piece:
        mentions.extend(_mention(text, run.start(), piece))
    return mentions


def _mention(text: str, base: int, words: list[re.Match[str]]) -> list[Mention]:
    cleaned = [(w, _POSSESSIVE_RE.sub("", w.group().rstrip("."))) for w in words]
    title_words: list[str] = []
    start = 0
    for i, (_, word) in enumerate(cleaned):
        folded = word.casefold()
        if folded in _TITLE_WORDS:
            title_words = [*title_words, folded] if i == start and title_words else [folded]
            start = i + 1
        elif (folded in _STOP_WORDS and i == start) or _is_compound(word):
            title_words, start = [], i + 1  # "The", "Edinburgh-born"
    name = [(w, word) for w, word in cleaned[start:] if word]
    if not name:
        return []
    return [_make_mention(text, base, name, " ".join(title_words) or None, words)]


def _is_compound(word: str) -> bool:
    return "-" in word and not word.split("-")[1][:1].isupper()


def _make_mention(
    text: str,
    base: int,
    name: list[tuple[re.Match[str], str]],
    title: str | None,
    run: list[re.Match[str]],
) -> Mention:
    first, last = name[0][0], name[-1][0]
    start, end = base + first.start(), base + last.start() + len(name[-1][1])
    folded = [word.casefold() for _, word in name]
    honorific = next((f for f in folded if f in _HONORIFICS), None)
    key = tuple(f for f in folded if f not in _HONORIFICS)
    shown = [_display_word(w, len(name)) for _, w in name if w.casefold() not in _DISPLAY_DROPPED]
    org = any(f in _ORG_WORDS for f in key) or (len(key) == 1 and key[0] in _STOP_WORDS)
    titled = title is not None or honorific is not None
    run_start = base + run[0].start()
    return Mention(
        span=Span(start, end),
        display=" ".join(shown),
        key=key,
        title=title,
        gender=_gender(honorific, key),
        person=bool(key) and not org and (len(key) >= 2 or titled),
        possessive=bool(_POSSESSIVE_RE.search(run[-1].group())),
        prepositional=bool(_PREPOSITION_BEFORE_RE.search(text, max(0, run_start - 12), run_start)),
    )


def _display_word(word: str, name_len: int) -> str:
    if name_len > 1 and len(word) > 3 and word.isupper():
        return word.capitalize()  # "IAIN Duncan Smith" in a tabloid's opening
    return word


def _gender(honorific: str | None, key: tuple[str, ...]) -> str | None:
    if honorific in _MALE or (key and key[0] in _MALE_NAMES and len(key) > 1):
        return "m"
    if honorific in _FEMALE or (key and key[0] in _FEMALE_NAMES and len(key) > 1):
        return "f"
    return None


def _with_person_flag(mention: Mention, multi: set[tuple[str, ...]]) -> Mention:
    """A lone word is a person only when it is an alias of a longer name (Osborne, IDS)."""
    if mention.person or len(mention.key) != 1 or mention.key[0] in _STOP_WORDS:
        return mention
    if any(part in _ORG_WORDS for part in mention.key):
        return mention
    if canonical_name(mention.key, multi):
        return _replace_person(mention)
    return mention


def _replace_person(mention: Mention) -> Mention:
    return Mention(
        mention.span,
        mention.display,
        mention.key,
        mention.title,
        mention.gender,
        True,
        mention.possessive,
        mention.prepositional,
    )


# --- context ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Context:
    text: str
    masked: str
    quotes: tuple[Quote, ...]
    sentences: tuple[Span, ...]
    sentence_starts: tuple[int, ...]
    mentions: tuple[Mention, ...]
    mention_starts: tuple[int, ...]
    entities: dict[Span, tuple[str, ...] | None]
    """The full-form key each person mention resolves to."""
    displays: dict[tuple[str, ...], str]
    genders: dict[tuple[str, ...], str]
    titles: dict[tuple[str, ...], frozenset[str]]

    @classmethod
    def build(cls, text: str, quotes: Sequence[Quote]) -> _Context:
        masked = mask_quotes(text, quotes)
        sentences = tuple(sentence_spans(text))
        mentions = find_mentions(masked)
        people = [m for m in mentions if m.person]
        full = {m.key for m in people if len(m.key) >= 2}
        entities = {m.span: _entity_of(m, people, full) for m in people}
        displays: dict[tuple[str, ...], str] = {}
        genders: dict[tuple[str, ...], str] = {}
        titles: dict[tuple[str, ...], set[str]] = {}
        for m in people:
            entity = entities[m.span]
            if entity is None:
                continue
            if m.key == entity and _better_display(m.display, displays.get(entity)):
                displays[entity] = m.display
            if m.gender:
                genders.setdefault(entity, m.gender)
            if m.title:
                titles.setdefault(entity, set()).add(m.title)
        for entity in set(entities.values()) - {None}:
            displays.setdefault(entity, " ".join(w.capitalize() for w in entity))
            if entity[0] in _MALE_NAMES and entity not in genders:
                genders[entity] = "m"
        return cls(
            text,
            masked,
            tuple(quotes),
            sentences,
            tuple(s.start for s in sentences),
            mentions,
            tuple(m.span.start for m in mentions),
            entities,
            displays,
            genders,
            {k: frozenset(v) for k, v in titles.items()},
        )

    def sentence_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)

    def mention_at(self, start: int, end: int) -> list[Mention]:
        lo = bisect.bisect_left(self.mention_starts, start)
        hi = bisect.bisect_left(self.mention_starts, end)
        return [m for m in self.mentions[lo:hi] if m.span.end <= end]

    def name_of(self, mention: Mention) -> str | None:
        entity = self.entities.get(mention.span)
        return self.displays.get(entity) if entity else None


def _better_display(new: str, old: str | None) -> bool:
    if old is None:
        return True
    return sum(w.isupper() for w in new.split()) < sum(w.isupper() for w in old.split())


def _entity_of(
    mention: Mention, people: list[Mention], full: set[tuple[str, ...]]
) -> tuple[str, ...] | None:
    """The longest full form a mention stands for; when several fit (Smith: Owen or Iain
    Duncan?), the one named nearest before it, else nearest after."""
    candidates = canonical_name(mention.key, full)
    if not candidates:
        return mention.key if mention.person else None
    if len(candidates) == 1:
        return candidates[0]
    before = [m for m in people if m.span.start < mention.span.start and m.key in candidates]
    if before:
        return before[-1].key
    after = [m for m in people if m.key in candidates]
    return after[0].key if after else None


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


# --- attribution -----------------------------------------------------------------------------


_NOT_FOUND = object()


def _speaker(ctx: _Context, i: int, done: list[str | None]) -> str | None:
    quote = ctx.quotes[i]
    first, rest = quote.segments[0], quote.segments[1:]
    for found in (
        _from_post(ctx, first),
        _from_pre(ctx, first.start),
        *(_from_post(ctx, seg) for seg in rest),
    ):
        if found is not _NOT_FOUND:
            return found  # type: ignore[return-value]
    return _from_duplicate(ctx, i, done) or _from_previous(ctx, i, done)


def _units(ctx: _Context, start: int, end: int) -> list[_Unit]:
    units = [
        _Unit(m.lastgroup or "", m.start(), m.end(), m.group())
        for m in _UNIT_RE.finditer(ctx.masked, start, end)
    ]
    taken = [(u.start, u.end) for u in units if u.kind != "comma"]
    for mention in ctx.mention_at(start, end):
        if any(s <= mention.span.start < e for s, e in taken):
            continue
        units.append(_Unit("name", mention.span.start, mention.span.end, mention.display, mention))
    units.sort(key=lambda u: u.start)
    return units


def _from_post(ctx: _Context, seg: Span) -> object:
    """`"...," he said.` / `," said Mr Smith` / `," according to X` right after a stretch."""
    start = _POST_SKIP_RE.match(ctx.text, seg.end).end()
    sentence = ctx.sentences[ctx.sentence_of(max(seg.end - 1, 0))]
    end = min(start + _POST_MAX, len(ctx.text))
    newline = ctx.text.find("\n", start, end)
    end = newline if newline != -1 else end
    end = _next_quote_open(ctx, start, end)
    if sentence.end > seg.end:
        end = min(end, max(sentence.end, start))
    units = [u for u in _units(ctx, start, end) if u.kind != "comma"]
    if len(units) < 2 or units[0].start - start > 2:
        return None if _UNNAMED_SUBJECT_RE.match(ctx.masked, start, end) else _NOT_FOUND
    a, b = units[0], units[1]
    gap = ctx.masked[a.end : b.start]
    if a.kind in _SUBJECT_KINDS and b.kind == "verb" and _short_gap(gap):
        return _resolve(ctx, a, units[1:])
    if a.kind in ("verb", "according") and b.kind in _SUBJECT_KINDS and len(gap) <= 30:
        return _resolve(ctx, b, units[2:])
    if _UNNAMED_SUBJECT_RE.match(ctx.masked, start, end):
        return None  # `," the Liberal Democrats said`: a speaker, but not a person we can name
    return _NOT_FOUND


def _short_gap(gap: str) -> bool:
    return len(gap.split()) <= 2 and "," not in gap


def _next_quote_open(ctx: _Context, start: int, end: int) -> int:
    for quote in ctx.quotes:
        for seg in quote.segments:
            if start <= seg.start - 1 < end:
                return seg.start - 1
    return end


def _from_pre(ctx: _Context, open_at: int) -> object:
    """`X said: "...` / `X, who ..., added that "...` / `according to X, "...` / `X's letter:`."""
    sentence = ctx.sentences[ctx.sentence_of(open_at)]
    start = min(sentence.start, open_at)
    units = _units(ctx, start, open_at)
    verbs = [k for k, u in enumerate(units) if u.kind in ("verb", "according")]
    if not verbs:
        return _from_introduction(ctx, units, start, open_at)
    last = verbs[-1]
    if units[last].kind == "according":
        after = [u for u in units[last + 1 :] if u.kind in _SUBJECT_KINDS]
        return _resolve(ctx, after[0], after[1:]) if after else _NOT_FOUND
    subject = _subject_of_verb(units, last)
    if subject is None:
        return _NOT_FOUND
    return _resolve(ctx, units[subject], units[subject + 1 :])


def _subject_of_verb(units: list[_Unit], verb: int) -> int | None:
    """The verb's subject: after a clause set off by commas, the sentence's first subject; else
    the nearest before it (`Y, who said`: Y), or (`said Mr Smith:`) the first after it."""
    before = units[verb - 1] if verb else None
    subjects_before = [k for k in range(verb) if units[k].kind in _SUBJECT_KINDS]
    people_before = [k for k in subjects_before if _may_be_person(units[k])]
    if before is not None and before.kind == "comma" and people_before:
        return people_before[0]
    if subjects_before:
        return subjects_before[-1]
    after = [k for k in range(verb + 1, len(units)) if units[k].kind in _SUBJECT_KINDS]
    return after[0] if after else None


def _may_be_person(unit: _Unit) -> bool:
    return unit.mention is None or unit.mention.person


def _from_introduction(ctx: _Context, units: list[_Unit], start: int, open_at: int) -> object:
    """`Duncan Smith's resignation letter: "...` (no verb, but a colon and a document)."""
    if not ctx.masked[start:open_at].rstrip(_QUOTE_MARKS + " \t").endswith(":"):
        return _NOT_FOUND
    docs = [k for k, u in enumerate(units) if u.kind == "doc"]
    if docs:
        return _resolve(ctx, units[docs[-1]], units[docs[-1] + 1 :])
    return _NOT_FOUND


def _resolve(ctx: _Context, unit: _Unit, following: list[_Unit]) -> str | None:
    if unit.kind == "name" and unit.mention is not None:
        return ctx.name_of(unit.mention) if unit.mention.person else None
    if unit.kind == "pron":
        return _resolve_pronoun(ctx, unit)
    if unit.kind == "role":
        return _resolve_role(ctx, unit, following)
    if unit.kind == "doc":
        return _resolve_document(ctx, unit)
    return None


def _resolve_pronoun(ctx: _Context, unit: _Unit) -> str | None:
    word = unit.text.casefold()
    if word == "they":
        return None
    return _nearest_person(ctx, unit.start, "m" if word == "he" else "f")


def _resolve_role(ctx: _Context, unit: _Unit, following: list[_Unit]) -> str | None:
    """`the minister` is the nearest person bearing that title, else the nearest person; an
    appositive name (`the Labour leader, Jeremy Corbyn`) wins; a `source` stays unnamed."""
    nxt = next((u for u in following if u.kind != "comma"), None)
    if nxt and nxt.mention and nxt.mention.person and nxt.start - unit.end <= 3:  # `X, Y`
        return ctx.name_of(nxt.mention)
    head = _role_head(unit.text)
    if head in _ANONYMOUS_ROLES:
        return None
    titled = _nearest_person(ctx, unit.start, None, title=head)
    return titled or _nearest_person(ctx, unit.start, None)


def _role_head(text: str) -> str:
    match = re.search(rf"(?:{_ROLE_WORDS})$", text, re.IGNORECASE)
    return match.group().casefold() if match else text.casefold()


def _resolve_document(ctx: _Context, unit: _Unit) -> str | None:
    """A letter is its author's: `X's letter`, `his letter`, `a letter ... by X`; `the letter`
    is the one named nearest before (or after, in the same paragraph), else the nearest person."""
    own = _document_author(ctx, unit)
    if own is not _NOT_FOUND:
        return own  # type: ignore[return-value]
    authored = [
        (u.start, author)
        for u in _units(ctx, 0, len(ctx.masked))
        if u.kind == "doc" and u.start != unit.start
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
    return _nearest_person(ctx, unit.start, None)


def _document_author(ctx: _Context, unit: _Unit) -> object:
    det = unit.text.split()[0].casefold()
    if det in ("'s", "’s"):
        near = ctx.mention_at(max(0, unit.start - 80), unit.start + 2)
        owners = [m for m in near if m.possessive]
        return ctx.name_of(owners[-1]) if owners and owners[-1].person else None
    if det in ("his", "her"):
        return _nearest_person(ctx, unit.start, "m" if det == "his" else "f")
    by = _BY_RE.match(ctx.masked, unit.end)
    if by:
        names = ctx.mention_at(by.end(), by.end() + 60)
        if names and names[0].span.start == by.end() and names[0].person:
            return ctx.name_of(names[0])
    return _NOT_FOUND


def _nearest_person(
    ctx: _Context, offset: int, gender: str | None, title: str | None = None
) -> str | None:
    """The person a pronoun or role at offset stands for: in the nearest sentence before that
    names a fitting person, its subject (a name not after a preposition), else its last name."""
    here = ctx.sentence_of(offset)
    for index in range(here, max(-1, here - _LOOKBACK_SENTENCES), -1):
        sentence = ctx.sentences[index]
        found = [
            m
            for m in ctx.mention_at(sentence.start, min(sentence.end, offset))
            if m.person and _fits(ctx, m, gender, title)
        ]
        if found:
            subjects = [m for m in found if not m.prepositional]
            return ctx.name_of(subjects[0] if subjects else found[-1])
    return None


def _fits(ctx: _Context, mention: Mention, gender: str | None, title: str | None) -> bool:
    entity = ctx.entities.get(mention.span)
    if entity is None:
        return False
    if gender is not None and ctx.genders.get(entity, gender) != gender:
        return False
    if title is not None:
        return any(t == title or t.endswith(" " + title) for t in ctx.titles.get(entity, ()))
    return True


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


def _from_previous(ctx: _Context, i: int, done: list[str | None]) -> str | None:
    """A paragraph that is only quotation goes on in the voice of the quotation before it,
    when that stands in the paragraph just before."""
    if i == 0:
        return None
    start = ctx.quotes[i].span.start
    line_start = ctx.text.rfind("\n", 0, start) + 1
    if ctx.masked[line_start:start].strip(_QUOTE_MARKS + " \t"):
        return None
    line_end = ctx.text.find("\n", start)
    if _VERB_RE.search(ctx.masked, start, len(ctx.text) if line_end == -1 else line_end):
        return None  # the paragraph names its own speaker, one we could not resolve
    previous_paragraph_end = ctx.text[:line_start].rstrip().__len__()
    previous_end = ctx.quotes[i - 1].span.end
    between = ctx.masked[previous_end:previous_paragraph_end]
    if "\n" in between.strip():
        return None
    return done[i - 1]
