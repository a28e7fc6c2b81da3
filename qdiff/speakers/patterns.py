"""The attribution patterns: regexes built from the word lists in `qdiff.lexicon`, read by
`names` (who is named) and `attribute` (who spoke)."""

from __future__ import annotations

import re

from qdiff.lexicon import (
    ADDRESSING_VERBS,
    DOUBLE_QUOTES,
    ENDING_QUOTES,
    OBJECT_PREPOSITIONS,
    QUOTE_MARKS,
    SPEAKING_BODIES,
    SPEECH_VERBS,
    TELLING_VERBS,
    TITLE_WORDS,
    alternation,
    char_class,
)

# A title standing before a name, after a quotation: `," Superintendent`, `," WHO chief`,
# `," Queensland Police Superintendent`, `," Boeing CEO` (capitalised words or title words).
_TITLE_ALT = "|".join(sorted(TITLE_WORDS, key=len, reverse=True))
LEAD_RE = re.compile(rf"(?:(?:[A-ZÀ-ÖØ-Þ][\w’'&.-]*|(?:{_TITLE_ALT})\b)[ \t]+){{0,8}}")

# --- names: regexes -------------------------------------------------------------------------

# What stands before an object (`to Mr X`, `by his wife X`, `told Mr X`, `, including X`).
OBJECT_BEFORE_RE = re.compile(
    rf"\b(?:{alternation(OBJECT_PREPOSITIONS | ADDRESSING_VERBS)})[ \t]+"
    r"(?:(?:the|a|an|his|her|their|its|our|my)[ \t]+)?(?:[a-z][\w-]*[ \t]+)?$"
    r"|(?:\b(?:his|her|their)|\w['’]s?)[ \t]+"
    r"(?:wife|husband|partner|son|daughter|father|mother|brother|sister)[ \t]+$"
    # `joined him and Queen Camilla`: one joined to an object pronoun is an object too
    r"|\b(?:him|them|us|me)[ \t]+and[ \t]+(?:(?:the|his|her)[ \t]+)?$"
    # `she told former British number one X`: whoever is told, however described, is spoken to
    rf"|\b(?:{alternation(TELLING_VERBS)})[ \t]+"
    r"(?:(?!that\b)[\w’'-]+[ \t]+){0,5}$"
    # `Addressing X as though...`, `Sentencing X, the judge...`: a participle opening a sentence
    rf"|(?:^|[.!?][{char_class(ENDING_QUOTES)}]?[ \t]+|\n[ \t]*)"
    r"(?-i:[A-Z][a-z]{2,}(?:ing|ed))[ \t]+$",
    re.IGNORECASE,
)
# A capitalised participle, which opens a sentence but never a name: `Addressing`, `Asked`.
PARTICIPLE_RE = re.compile(r"[A-Z][a-z]{2,}(?:ing|ed)")
# A photo credit: `Photo: Leon Neal/Getty Images`, `Picture: X/PA`.
CREDIT_BEFORE_RE = re.compile(
    r"\b(?:photo|picture|image|photograph|pic|credit|video)s?(?:\s+credit)?\s*[:/]\s*$", re.I
)
# A byline: a line that starts `By Joshua Manning`.
BYLINE_RE = re.compile(r"[ \t]*(?:written[ \t]+)?by[ \t]+$", re.IGNORECASE)
# Page furniture: ad slots, link lines (`Read more: ...`, with the headline after a bare one),
# and what a headline carries after a bar (`... | Read his full memo`, `... | BBC News`).
FURNITURE_RE = re.compile(
    r"Hide Ad|Advertisement|^[ \t]*read more\b(?::[^\n]*|[ \t]*\n[^\n]*)|[ \t]\|[ \t][^\n]*",
    re.I | re.M,
)

# --- speakers: word lists and regexes ---------------------------------------------------------

# The nouns reporters refer back to the person a story is about by, when no title is printed:
# `the star said`, `the tennis great shares`, `the four-time Olympic gold medalist continued`,
# `the Philadelphia native added`.
EPITHETS = (
    "star|singer|actor|actress|great|legend|icon|medalist|medallist|founder|co-founder|champion|"
    "rapper|comedian|musician|athlete|billionaire|entrepreneur|native"
)
DOCS = "letter|statement|tweet|post|email|e-mail|memo|note|message|blog|announcement|text"
ROLE_WORDS = (
    "prime minister|first minister|minister|director-general|secretary-general|secretary|"
    "chancellor|leader|mp|president|premier|senator|governor|mayor|chairman|chairwoman|"
    "chief executive|ceo|chief|commissioner|superintendent|director|boss|spokesman|"
    "spokeswoman|spokesperson|source|sources|official|officials|aide|adviser|advisor|insider|ally|"
    "judge|king|queen|monarch|\\d+-year-old|" + EPITHETS
)
# Titles that a role's bearer may be printed with instead: `the judge` is `Mr Justice X`.
ROLE_TITLES = {
    "judge": ("judge", "justice"),
    "chief executive": ("chief executive", "ceo"),
    "monarch": ("king", "queen"),
    "king": ("king",),
    "queen": ("queen",),
}

# --- regexes ---------------------------------------------------------------------------------

_DETS = r"the|a|an|his|her|their|its"
_VERB_ALT = alternation(SPEECH_VERBS)
_MODIFIER = rf"(?:(?!(?:{_DETS}|{_VERB_ALT}|(?-i:who|that|and))\b)[\w’'-]+\s+)"  # WHO chief
# A bare infinitive after `went on to`, `moved to`, `was quick to`: `X went on to reiterate that`.
_BARE = r"""say|add|reiterate|insist|stress|explain|warn|claim|deny|defend|point\s+out|praise|thank
    |reassure|clarify|emphasise|emphasize|confirm|admit|describe|urge|repeat|tell|dismiss
    |hit\s+back|respond|reply|argue|note|suggest|declare|acknowledge|concede"""
_INFINITIVE = rf"""\b(?:went\s+on|moved|(?:was|were|is|are)\s+(?:quick|keen|careful|eager)|rushed
    |hastened|sought|went\s+further)\s+to\s+(?:{_BARE})\b"""
_BODY_ALT = alternation(SPEAKING_BODIES)
UNIT_RE = re.compile(
    rf"""
      (?P<doc>(?:\b(?:{_DETS})|(?<=\w)['’]s|(?<=s)['’])\s+{_MODIFIER}{{0,2}}?(?:{DOCS})s?\b)
    | (?P<role>\b(?:{_DETS})\s+{_MODIFIER}{{0,3}}?(?:{ROLE_WORDS})\b)
    | (?P<body>\b(?:{_DETS})\s+{_MODIFIER}{{0,2}}?(?:{_BODY_ALT})\b)
    | (?P<pron>\b(?:he|she|they)\b)
    | (?P<who>\b(?-i:who|Who)\b)
    | (?P<according>\baccording\s+to\b)
    | (?P<verb>{_INFINITIVE}|\b(?:{_VERB_ALT})\b)
    | (?P<comma>,)
    """,
    re.VERBOSE | re.IGNORECASE,
)
BY_RE = re.compile(r"[^.\n]{0,40}?\b(?:by|from)\s+", re.IGNORECASE)
BODY_RE = re.compile(
    rf"[^.\n]{{0,40}}?\b(?:by|from|on|of)\s+the\s+({'|'.join(sorted(SPEAKING_BODIES))})\b", re.I
)
VERB_RE = re.compile(rf"{_INFINITIVE}|\b(?:{_VERB_ALT})\b", re.IGNORECASE | re.VERBOSE)
UNNAMED_SUBJECT_RE = re.compile(rf"(?:the|a|an)\s[^,.;:]{{0,40}}?\b(?:{_VERB_ALT})\b", re.I)
# A verb joined to the one before it shares its subject: `X admitted ... but said`.
JOINED_VERB_RE = re.compile(r"\b(?:and|but)\s+(?:(?:also|then|later)\s+)?$", re.IGNORECASE)
# What joins the names of a list: `X, Y and Z`, `X & Y`.
LISTED_RE = re.compile(r"(?:,|,?\s+(?:and|&))\s+(?:(?:his|her|their)\s+[\w-]+\s+)?", re.I)
# A speech verb right after a name, perhaps after an adverb: `X admitted`, `X later said`.
SUBJECT_VERB_RE = re.compile(rf"[ \t]+(?:[a-z]+ly[ \t]+)?(?:{_VERB_ALT})\b")
# Before a speech verb in the passive: `X is said to be`, `was reported`.
PASSIVE_BEFORE_RE = re.compile(r"\b(?:is|was|are|were|been|being)[ \t]+$", re.I)
LOWER_WORD_RE = re.compile(r"[ \t]+[a-z]")
POST_SKIP_RE = re.compile(rf"[\s{QUOTE_MARKS}.,!?:;—–-]*")
POST_MAX = 120
# An appositive between a name and its verb: `, Boeing's chief executive,`, `, 64,`.
APPOSITIVE_RE = re.compile(rf",\s+[^,.;:!?\n{char_class(DOUBLE_QUOTES)}]{{1,60}},\s*")
LOOKBACK_SENTENCES = 8
