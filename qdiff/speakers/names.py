"""Who an article names, in its own words: capitalised runs read as people or bodies, titles and
honorifics peeled off, aliases (Duncan Smith, IDS) merged into one person with a gender.

Works on a masked copy of the article (quotations blanked, offsets kept), so only the reporter's
words are read.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from qdiff.lexicon import (
    ANONYMOUS_ROLES,
    CALENDAR_WORDS,
    DISPLAY_DROPPED,
    DOUBLE_QUOTES,
    ENDING_QUOTES,
    FEMALE,
    GIVEN_NAME_ORG_WORDS,
    HEADLINE_BREAKS,
    HEADLINE_SMALL,
    HONORIFICS,
    MALE,
    ORG_WORDS,
    PAST_ROLE_WORDS,
    PLACE_WORDS,
    REPORTING_VERBS,
    SENTENCE_OPENERS,
    SPEECH_VERBS,
    STOP_WORDS,
    SUBORDINATORS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    alternation,
    char_class,
    word_frequency,
)
from qdiff.model import Span
from qdiff.speakers.first_names import first_name_gender, is_first_name
from qdiff.speakers.patterns import (
    BYLINE_RE,
    CREDIT_BEFORE_RE,
    FURNITURE_RE,
    OBJECT_BEFORE_RE,
    PARTICIPLE_RE,
)
from qdiff.text import skip_over

# --- regexes ---------------------------------------------------------------------------------

_UPPER = "A-ZÀ-ÖØ-Þ"
_CAP_WORD = rf"[{_UPPER}][\w’'.-]*"
_PARTICLE = r"(?:de|da|di|van|von|der|den|del|la|le|bin|al|ibn|du)"
_RUN_RE = re.compile(rf"(?<![\w’'-]){_CAP_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)*{_CAP_WORD})*")
_POSSESSIVE_RE = re.compile(r"['’]s?$")
# What a role's phrase leaves out when it is looked for elsewhere: `the former health secretary`.
_ROLE_DROPPED = frozenset("the a an his her their its former now then ex new outgoing".split())
_PAST_ROLE_BEFORE_RE = re.compile(rf"\b(?:{alternation(PAST_ROLE_WORDS)})[ \t-]+$", re.I)
# What may stand between a printed role and its bearer: `Chancellor of the Exchequer X`.
_ROLE_TAIL_RE = re.compile(r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w&-]*)*[\s,]*")
_VERB_ALT = alternation(SPEECH_VERBS)
_SPEECH_AFTER_RE = re.compile(rf"[ \t]+(?:{_VERB_ALT})\b")
_SPEECH_AFTER_CASED_RE = re.compile(rf"[ \t]+(?:{_VERB_ALT})\b", re.IGNORECASE)  # `X Tells MPs`
_SPEECH_BEFORE_RE = re.compile(rf"\b(?:{_VERB_ALT})[ \t]+$")
_REPORTS_AFTER_RE = re.compile(rf"[ \t]+(?:{'|'.join(sorted(REPORTING_VERBS))})\b")
_AND_BODY_RE = re.compile(rf"[ \t]+(?:and|&)[ \t]+((?:{_CAP_WORD}[ \t]*){{1,4}})")
_ENDING = char_class(ENDING_QUOTES)
_SENTENCE_OPEN_RE = re.compile(rf"(?:^|[.!?][{_ENDING}]?\s+|\n\s*)$")
_CLAUSE_OPEN_RE = re.compile(rf"(?:^|[.!?][{_ENDING}]?\s+|\n\s*|,[ \t]+)$")
# `Southgate progressed:`, `X bid farewell in a statement, which read:`: a verb, then a colon.
_TO_COLON_RE = re.compile(
    r"[ \t]+(?!(?:of|for|in|on|at|and|or|to|from|with|by|who|which|that|were|are|is|was)\b)"
    rf"[a-z](?:(?![A-Z])[^.!?\n:;{char_class(DOUBLE_QUOTES)}])*:"
)
"""No capital on the way: `Special counsel Robert Mueller:` labels the quotation with the name
before the colon, not with the word the line opens with."""

# How common a word must be to be read as a word before a name: seen once in a million words
# (3 on wordfreq's Zipf scale).
_COMMON_ZIPF = 3.0

Key = tuple[str, ...]
"""A name's case-folded words without honorifics: ("iain", "duncan", "smith")."""


# --- mentions --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Mention:
    """A capitalised run of words standing for a person or a body, outside every quotation."""

    span: Span
    """Where the name proper stands (titles and a possessive left out)."""
    display: str
    """The name as printed: "Iain Duncan Smith"; honorifics like Mr left out."""
    key: Key
    """Case-folded words without honorifics: what aliases are matched by."""
    title: str | None
    """A title standing before the name, lower case: "chancellor", "tory mp"."""
    gender: str | None
    """"m" or "f" when an honorific or a first name tells; else None."""
    person: bool
    """False for bodies and places (an organisation word, or a lone unknown word)."""
    possessive: bool
    prepositional: bool
    """True when a preposition or a verb stands before it (`to X`, `by his wife X`, `told X`,
    `, including X`): an object, seldom the subject of a sentence."""
    credit: bool = False
    """True in a photo credit (`Photo: X/Getty`), a byline (`By X`) or a title-case headline
    (`Burnley Sack Sean Dyche`): never a person, never a speaker."""


def blank_furniture(masked: str) -> str:
    """The text with ad slots and `Read more` link lines blanked, offsets and lines kept."""
    return FURNITURE_RE.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), masked)


def find_mentions(masked: str) -> tuple[Mention, ...]:
    """Every capitalised run of words that may name someone, titles and stop words peeled off."""
    raw = [
        m if not (m.person and _joins_a_body(masked, run)) else dataclasses.replace(m, person=False)
        for run in _RUN_RE.finditer(masked)
        for m in _split_run(masked, run)
    ]
    multi = {m.key for m in raw if len(m.key) >= 2 and m.person}
    return _listed_objects(masked, [_with_person_flag(masked, m, multi) for m in raw])


_LIST_JOIN_RE = re.compile(r"(?:,|,?[ \t]+(?:and|or|&))[ \t]+")


def _listed_objects(text: str, mentions: list[Mention]) -> tuple[Mention, ...]:
    """`gowns by Ralph Lauren, Sergio Hudson, and Danielle Frankel`: a name listed after an
    object is an object too, when `and` joins it or another name of the list follows it (not
    `shot by X, Williams poses`: a comma alone may end the phrase)."""
    result: list[Mention] = []
    for k, mention in enumerate(mentions):
        previous = result[-1] if result else None
        if previous is None or not previous.prepositional or mention.prepositional:
            result.append(mention)
            continue
        join = _LIST_JOIN_RE.fullmatch(text, previous.span.end, mention.span.start)
        following = mentions[k + 1] if k + 1 < len(mentions) else None
        listed = join is not None and (
            join.group().strip() != ","
            or (
                following is not None
                and _LIST_JOIN_RE.fullmatch(text, mention.span.end, following.span.start)
                is not None
            )
        )
        result.append(dataclasses.replace(mention, prepositional=True) if listed else mention)
    return tuple(result)


def _joins_a_body(text: str, run: re.Match[str]) -> bool:
    """`Queensland Fire and Emergency Services ...`: a run joined by `and` to the words of a
    body's name is part of that name, unless it opens with a known first name."""
    joined = _AND_BODY_RE.match(text, run.end())
    if joined is None or is_first_name(run.group().split()[0]):
        return False
    for word in joined.group(1).split():
        folded = word.casefold()
        if folded in TITLE_WORDS or is_first_name(folded):
            return False
        if folded in ORG_WORDS:
            return True
    return False


def stands_as_object(text: str, start: int) -> bool:
    """Whether a preposition or a verb stands right before start (`to`, `by his wife`, `told`)."""
    return bool(OBJECT_BEFORE_RE.search(text, max(0, start - 40), start))


def _split_run(text: str, run: re.Match[str]) -> list[Mention]:
    """A run like "Britain's Work and Pensions Secretary Iain Duncan Smith" holds a place, a
    title and a name; each possessive or sentence stop ends a piece."""
    mentions: list[Mention] = []
    piece: list[re.Match[str]] = []
    for word in re.finditer(r"\S+", run.group()):
        token = word.group()
        folded = _POSSESSIVE_RE.sub("", token.rstrip(".:")).casefold()
        if folded in HEADLINE_BREAKS or folded in CALENDAR_WORDS:
            mentions.extend(_mention(text, run.start(), piece) if piece else [])
            piece = []
            continue
        if piece and is_first_name(folded) and any(_is_org(w.group()) for w in piece):
            mentions.extend(_mention(text, run.start(), piece))  # "Home News Boris Johnson"
            piece = []
        piece.append(word)
        bare = token.rstrip(".").casefold()
        abbreviation = bare in HONORIFICS or bare in TITLE_ABBREVIATIONS
        ends_sentence = token.endswith(".") and len(bare) > 1 and not abbreviation
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
        if folded in TITLE_WORDS:
            title_words = [*title_words, folded] if i == start and title_words else [folded]
            start = i + 1
        elif _speaking_acronym(text, base, words[i], len(cleaned)):
            pass  # `Continuing, WHO said:`: an acronym spelled like a function word
        elif (folded in STOP_WORDS | SUBORDINATORS and i == start) or _is_compound(word):
            title_words, start = [], i + 1  # "The", "Edinburgh-born"
        elif i == 0 and len(cleaned) > 1 and _opens_with_participle(text, base, words[0]):
            start = 1  # `Addressing Grey as though she were present`: Grey is its object
    start += _glued_lead(cleaned[start:])
    name = [(w, word) for w, word in cleaned[start:] if word]
    if not name:
        return []
    lead = next((w.casefold() for _, w in cleaned[:start] if w.casefold() in HONORIFICS), None)
    lead = lead or next((t for t in reversed(title_words) if t in MALE or t in FEMALE), None)
    title = " ".join(title_words) or None
    return [_make_mention(text, base, name, title, words, lead)]  # lead: `Mr Justice X`


def _speaking_acronym(text: str, base: int, word: re.Match[str], run_length: int) -> bool:
    """A lone function word in capitals right before a speech verb is an acronym (`WHO
    said`): no function word is ever the subject of `said`. Named stop words (`BBC`, `US`)
    stay what the lexicon says they are."""
    token = word.group()
    return (
        run_length == 1
        and len(token) >= 3
        and token.isupper()
        and token.casefold() in SENTENCE_OPENERS
        and bool(_SPEECH_AFTER_RE.match(text, base + word.end()))
    )


def _glued_lead(words: list[tuple[re.Match[str], str]]) -> int:
    """How many words before a person's name are page furniture or a description glued to it:
    `Full Roger Federer statement`, `Detectives Joseph Kenny`, `Dominion Voting Systems John
    Poulos`. A name's first word is a known first name with a surname after it; the words before
    it are none of them a first name, an honorific or an initial, and one of them is a common
    English word (so `Rumer Willis` keeps Rumer)."""
    folded = [word.casefold() for _, word in words]
    for k in range(1, len(folded) - 1):
        lead = folded[:k]
        if any(is_first_name(w) or w in HONORIFICS or len(w) == 1 for w in lead):
            return 0  # `Mr John Smith`, `E. Jean Carroll`
        if is_first_name(folded[k]) and any(word_frequency(w) >= _COMMON_ZIPF for w in lead):
            return k
    return 0


def _opens_with_a_word(text: str, start: int, key: Key) -> bool:
    """`Attention Peloton fans`, `Texas Senate`, `New Delhi` opening a sentence: a common word
    that is no first name, capitalised because it opens the sentence, does not open a person's
    name (first names come first)."""
    return (
        len(key) >= 2
        and len(key[0]) > 1  # not an initial: `E. Jean Carroll`
        and not is_first_name(key[0])
        and word_frequency(key[0]) >= _COMMON_ZIPF
        and bool(_SENTENCE_OPEN_RE.search(text, max(0, start - 3), start))
    )


_THE_BEFORE_RE = re.compile(r"\b[Tt]he[ \t]+$")
_LOWER_AFTER_RE = re.compile(r"[ \t]+([a-z][a-z-]*)\b")


def _modifies_a_noun(text: str, start: int, end: int) -> bool:
    """`the OceanGate Titan submersible`, `the Bruce Willis family`: a name between `the` and a
    common noun describes a thing; it is not a person named."""
    after = _LOWER_AFTER_RE.match(text, end)
    if not after or not _THE_BEFORE_RE.search(text, max(0, start - 5), start):
        return False
    word = after.group(1)
    return not (
        word in STOP_WORDS or word in SPEECH_VERBS or word in REPORTING_VERBS or word.endswith("ed")
    )


def _opens_with_participle(text: str, base: int, word: re.Match[str]) -> bool:
    at = base + word.start()
    return (
        bool(PARTICIPLE_RE.fullmatch(word.group()))
        and not is_first_name(word.group())
        and bool(_SENTENCE_OPEN_RE.search(text, max(0, at - 3), at))
    )


def _is_org(word: str) -> bool:
    folded = _POSSESSIVE_RE.sub("", word.rstrip(".:")).casefold()
    return folded in ORG_WORDS and folded not in GIVEN_NAME_ORG_WORDS


def _is_org_word(folded: str, position: int, length: int) -> bool:
    """An organisation word in a name's key, unless a first name opens the name (`Bill Nelson`)."""
    if position == 0 and length > 1 and folded in GIVEN_NAME_ORG_WORDS:
        return False
    return folded in ORG_WORDS


def _is_compound(word: str) -> bool:
    return "-" in word and not word.split("-")[1][:1].isupper()


def _make_mention(
    text: str,
    base: int,
    name: list[tuple[re.Match[str], str]],
    title: str | None,
    run: list[re.Match[str]],
    lead: str | None = None,
) -> Mention:
    first, last = name[0][0], name[-1][0]
    start, end = base + first.start(), base + last.start() + len(name[-1][1])
    folded = [word.casefold() for _, word in name]
    honorific = next((f for f in folded if f in HONORIFICS), lead)
    # A middle initial is left out, so that `Lewis A. Kaplan` and `Lewis Kaplan` are one name.
    middle = {i for i, f in enumerate(folded[1:-1], 1) if len(f) == 1 and f.isalpha()}
    key = tuple(f for i, f in enumerate(folded) if f not in HONORIFICS and i not in middle)
    shown = [
        _display_word(w, len(name)) + ("." if len(w) == 1 and m.group().endswith(".") else "")
        for i, (m, w) in enumerate(name)
        if w.casefold() not in DISPLAY_DROPPED and i not in middle
    ]
    org = any(_is_org_word(f, i, len(key)) for i, f in enumerate(key))
    org = org or (len(key) == 1 and key[0] in STOP_WORDS)
    org = org or (bool(key) and key[-1] in PLACE_WORDS)
    titled = title is not None or honorific is not None
    org = org or (not titled and _opens_with_a_word(text, start, key))
    org = org or (not titled and _modifies_a_noun(text, start, end))
    initial = len(key) == 1 and len(key[0]) == 1  # `President O.`: a title and an initial
    run_start = base + run[0].start()
    credit = (
        bool(CREDIT_BEFORE_RE.search(text, max(0, run_start - 25), run_start))
        or text.startswith("/", end)
        or (in_heading(text, start) and not _SPEECH_AFTER_CASED_RE.match(text, end))
    )
    return Mention(
        span=Span(start, end),
        display=" ".join(shown),
        key=key,
        title=title,
        gender=_gender(honorific, key),
        person=bool(key) and not org and not credit and (len(key) >= 2 or titled) and not initial,
        possessive=bool(_POSSESSIVE_RE.search(run[-1].group())),
        prepositional=stands_as_object(text, run_start) or stands_as_object(text, start),
        credit=credit,
    )


def in_heading(text: str, offset: int) -> bool:
    """Whether offset lies in a byline (`By X • 15 April`) or a headline: a line of three or more
    capitalised words (small words aside) with no full stop at its end."""
    line_start = text.rfind("\n", 0, offset) + 1
    if BYLINE_RE.fullmatch(text, line_start, offset):
        return True
    line_end = text.find("\n", offset)
    line = text[line_start : len(text) if line_end == -1 else line_end].strip()
    if not line or line[-1] in ".!?;" + ENDING_QUOTES:
        return False
    words = re.findall(r"[^\W\d_][\w’'-]*", line)
    words = [w for w in words if w.casefold() not in HEADLINE_SMALL]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


def _display_word(word: str, name_len: int) -> str:
    if name_len > 1 and len(word) > 3 and word.isupper():
        return word.capitalize()  # "IAIN Duncan Smith" in a tabloid's opening
    return word


def _gender(honorific: str | None, key: Key) -> str | None:
    if honorific in MALE:
        return "m"
    if honorific in FEMALE:
        return "f"
    return first_name_gender(key[0]) if len(key) > 1 else None


def _reports_at_sentence_start(text: str, start: int, end: int) -> bool:
    """`Biden opens with a reminder`: a lone name opening a sentence before a reporting verb."""
    opens = _SENTENCE_OPEN_RE.search(text, max(0, start - 3), start)
    return bool(opens and _REPORTS_AFTER_RE.match(text, end))


def _with_person_flag(text: str, mention: Mention, multi: set[Key]) -> Mention:
    """A lone word is a person only when it is an alias of a longer name (Osborne, IDS), or
    when a speech verb stands right by it (`Javid said:`, `said Javid`), or when it opens a
    clause whose verb leads to a colon (`Southgate progressed:`)."""
    if mention.person or len(mention.key) != 1 or mention.credit:
        return mention
    word = mention.key[0]
    acronym = mention.display.isupper() and word in SENTENCE_OPENERS  # `WHO said`
    common = word in STOP_WORDS or word in ORG_WORDS or word in TITLE_WORDS or word in PLACE_WORDS
    if common and not acronym:
        return mention
    start, end = mention.span.start, mention.span.end
    after = _SPEECH_AFTER_RE.match(text, end) or _reports_at_sentence_start(text, start, end)
    speaks = bool(after or _SPEECH_BEFORE_RE.search(text, max(0, start - 20), start))
    speaks = speaks or (
        word not in ANONYMOUS_ROLES
        and not PARTICIPLE_RE.fullmatch(text[start:end])
        and bool(_CLAUSE_OPEN_RE.search(text, max(0, start - 3), start))
        and bool(_TO_COLON_RE.match(text, end))
    )
    if not speaks and not canonical_name(mention.key, multi):
        return mention
    return dataclasses.replace(mention, person=True)


# --- aliases ---------------------------------------------------------------------------------


def canonical_name(key: Key, full_forms: Iterable[Key]) -> list[Key]:
    """The full forms a name key may stand for: itself, the longer names it ends (Duncan Smith,
    Smith), the names whose initials it is (IDS), or the one name its lone word begins (Sajid,
    Tedros). Only maximal full forms are returned."""
    forms = set(full_forms)
    maximal = [f for f in forms if not any(_is_suffix(f, g) for g in forms if g != f)]
    if len(key) == 1 and len(key[0]) >= 2 and key[0].isalpha():
        acronym = [f for f in maximal if len(f) == len(key[0]) and _initials(f) == key[0]]
        if acronym:
            return acronym
    named = [f for f in maximal if f == key or _is_suffix(key, f)]
    if not named and len(key) == 1:  # `tweeted Sajid`, `Tedros added`
        firsts = [f for f in maximal if len(f) > 1 and f[0] == key[0]]
        return firsts if len(firsts) == 1 else []
    return named


def _is_suffix(short: Key, long: Key) -> bool:
    return len(short) < len(long) and long[-len(short) :] == short


def _initials(key: Key) -> str:
    return "".join(word[0] for word in key)


@dataclass(frozen=True, slots=True)
class Cast:
    """The people a masked article names: every mention in order, and the person each stands for
    once aliases are merged, with that person's printed name, gender and titles."""

    mentions: tuple[Mention, ...]
    starts: tuple[int, ...]
    """Each mention's span.start, for bisecting."""
    entities: Mapping[Span, Key | None]
    """The full-form key each person mention resolves to."""
    displays: Mapping[Key, str]
    genders: Mapping[Key, str]
    titles: Mapping[Key, frozenset[str]]

    @classmethod
    def of(cls, masked: str) -> Cast:
        mentions = find_mentions(masked)
        people = [m for m in mentions if m.person]
        full = {m.key for m in people if len(m.key) >= 2}
        entities = {m.span: _entity_of(m, people, full) for m in people}
        displays: dict[Key, str] = {}
        genders: dict[Key, str] = {}
        titles: dict[Key, set[str]] = {}
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
        for entity in {e for e in entities.values() if e is not None}:
            displays.setdefault(entity, " ".join(w.capitalize() for w in entity))
            gender = first_name_gender(entity[0]) if len(entity) > 1 else None
            if gender is not None:
                genders.setdefault(entity, gender)
        return cls(
            mentions,
            tuple(m.span.start for m in mentions),
            entities,
            displays,
            genders,
            {k: frozenset(v) for k, v in titles.items()},
        )

    def between(self, start: int, end: int) -> list[Mention]:
        """The mentions lying wholly in [start, end)."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return [m for m in self.mentions[lo:hi] if m.span.end <= end]

    def name_of(self, mention: Mention) -> str | None:
        entity = self.entities.get(mention.span)
        return self.displays.get(entity) if entity else None

    def fits(self, mention: Mention, gender: str | None, title: str | None) -> bool:
        """Whether the mention is a person of that gender bearing that title (None: any)."""
        entity = self.entities.get(mention.span)
        if entity is None:
            return False
        if gender is not None and self.genders.get(entity, gender) != gender:
            return False
        if title is not None:
            return any(t == title or t.endswith(" " + title) for t in self.titles.get(entity, ()))
        return True

    def bearer_of(self, masked: str, role: str, span: Span) -> Mention | None:
        """Who carries a role in this article: `the former health secretary` at span is the
        person printed elsewhere as `Health Secretary X`, `X, the health secretary` or `X ...
        as health secretary`, the nearest such before span, else the first after."""
        words = [w for w in role.casefold().split() if w not in _ROLE_DROPPED]
        phrase = r"\s+".join(map(re.escape, words))
        # `the president` is not the one printed `former President X`, nor the reverse.
        was = any(w in PAST_ROLE_WORDS for w in re.split(r"[\s-]+", role.casefold()))
        before: Mention | None = None
        after: Mention | None = None
        for found in re.finditer(rf"(?<![\w-])(?<!shadow )(?<!deputy ){phrase}\b", masked, re.I):
            at = found.start()
            if bool(_PAST_ROLE_BEFORE_RE.search(masked, max(0, at - 12), at)) != was:
                continue
            inside = span.start <= found.start() < span.end
            bearer = None if inside else self._bearer_at(masked, found)
            if bearer is not None and found.start() < span.start:
                before = bearer
            elif bearer is not None and after is None:
                after = bearer
        return before or after

    def _bearer_at(self, masked: str, found: re.Match[str]) -> Mention | None:
        """The person a printed role belongs to: the name right after it (`Chancellor of the
        Exchequer X`, `the chancellor, X`) or right before it (`X, the chancellor`), or the
        subject of `X ... as chancellor`."""
        at = skip_over(_ROLE_TAIL_RE, masked, found.end())
        people = [m for m in self.between(at, at + 80) if m.person]
        if people and people[0].span.start == at:
            return people[0]
        start = max(masked.rfind(stop, 0, found.start()) for stop in (". ", "! ", "? ", "\n")) + 1
        people = [m for m in self.between(start, found.start()) if m.person]
        gap = masked[people[-1].span.end : found.start()] if people else ""
        if people and re.fullmatch(r",\s+(?:the\s+|a\s+)?(?:\w+\s+)?", gap):
            return people[-1]
        if re.search(r"\bas\s+(?:the\s+)?$", masked[start : found.start()], re.I):
            subjects = [m for m in people if not m.prepositional]
            return subjects[0] if subjects else None
        return None


def _better_display(new: str, old: str | None) -> bool:
    if old is None:
        return True
    return sum(w.isupper() for w in new.split()) < sum(w.isupper() for w in old.split())


def _entity_of(mention: Mention, people: list[Mention], full: set[Key]) -> Key | None:
    """The longest full form a mention stands for. When several fit (Smith: Owen or Iain
    Duncan?), those of another gender drop out, then the one named most often as a subject
    (not `by his wife X`) before it wins, a tie going to the one named nearest before it;
    with none before, the one named nearest after."""
    candidates = canonical_name(mention.key, full)
    if not candidates and mention.title is None and mention.gender is None:
        candidates = _misspelt(mention.key, full)
    if not candidates:
        return mention.key if mention.person else None
    if mention.gender:
        genders = {m.key: m.gender for m in people if m.key in candidates and m.gender}
        candidates = [c for c in candidates if genders.get(c, mention.gender) == mention.gender]
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    before = [m for m in people if m.span.start < mention.span.start and m.key in candidates]
    if before:
        weight = {c: 0 for c in candidates}
        for rank, m in enumerate(before):
            weight[m.key] += (1 if m.prepositional else 3) * len(people) + rank
        return max(candidates, key=lambda c: weight[c])
    after = [m for m in people if m.key in candidates]
    return after[0].key if after else None


_MISSPELT_MIN = 5  # `Arden` for `Ardern`; shorter surnames are too often each other's (Lee, Lea)


def _misspelt(key: Key, full: set[Key]) -> list[Key]:
    """`Arden said` in an article naming `Jacinda Ardern`: a bare lone word of five letters or
    more that no name has, one letter off (left out, added, changed or swapped) from the surname
    of exactly one full name, is that name misspelt."""
    if len(key) != 1 or len(key[0]) < _MISSPELT_MIN:
        return []
    near = {f for f in full if _one_letter_off(key[0], f[-1])}
    return list(near) if len(near) == 1 else []


def _one_letter_off(a: str, b: str) -> bool:
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    swapped = i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    return a[i + 1 :] == b[i + 1 :] or swapped
