"""The word lists attribution reads by: speech verbs, honorifics and titles, words that begin
sentences or name places, bodies and events rather than people, and first names that tell a
gender. Shared by `names` (who is named) and `attribute` (who spoke)."""

from __future__ import annotations

import re

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
    describing conceding suggesting stressing concluded concludes reiterated reiterates
    shared shares sharing asserts asserted boasted""".split()
)
# Capitalised words that end a name in a title-case headline or link line: "Read X's letter",
# "X Tells MPs", "Watch: X"; "States" stays, for the United States.
HEADLINE_BREAKS = (SPEECH_VERBS - {"states"}) | frozenset("watch listen see savages quits".split())

HONORIFICS = frozenset(
    "mr mrs ms miss dr prof professor rev sir lord lady dame baroness baron".split()
)
DISPLAY_DROPPED = frozenset("mr mrs ms miss dr prof professor rev".split())
MALE = frozenset("mr sir lord baron king prince duke".split())
FEMALE = frozenset("mrs ms miss lady dame baroness queen princess duchess".split())
"""Honorifics and titles that tell a gender: `Queen Camilla` is a woman, `King Charles` a man."""
# Words that, standing in a run of capitalised words, are a title, not part of the name after it.
TITLE_WORDS = frozenset(
    """secretary minister chancellor mp leader president premier senator governor mayor chairman
    chairwoman chair prime first foreign home shadow deputy tory labour conservative liberal
    democrat democrats republican snp opposition fellow former general attorney justice chief
    executive director king queen prince princess duke duchess pope bishop archbishop
    commissioner ambassador spokesman spokeswoman speaker councillor judge colonel captain
    sergeant officer inspector superintendent constable professor coach manager exchequer pm sen
    rep gov gen lt col sgt cllr
    president-elect ceo cfo coo chairperson spokesperson assistant acting detective
    director-general secretary-general attorney-general""".split()
)
# A title standing before a name, after a quotation: `," Superintendent`, `," WHO chief`,
# `," Queensland Police Superintendent`, `," Boeing CEO` (capitalised words or title words).
_TITLE_ALT = "|".join(sorted(TITLE_WORDS, key=len, reverse=True))
LEAD_RE = re.compile(rf"(?:(?:[A-ZÀ-ÖØ-Þ][\w’'&.-]*|(?:{_TITLE_ALT})\b)[ \t]+){{0,8}}")
# Capitalised words that begin sentences or name days, places and bodies rather than people.
STOP_WORDS = frozenset(
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
ORG_WORDS = frozenset(
    """party council union committee commission department ministry office government treasury
    budget institute studies university college school bank fund agency association court house
    street news times post service services trust foundation group company corporation inc ltd
    plc payments payment allowance credit act bill parliament commons lords assembly summit
    conference federation league club society centre center forum network press airport hospital
    police army navy force republic kingdom states nations organisation organization authority
    board cabinet referendum campaign tories conservatives independence pensions media election
    elections poll vote images fire rescue emergency ambulance""".split()
)
MALE_NAMES = frozenset(
    """david john james michael robert william richard thomas peter paul mark george andrew jeremy
    boris keir rishi tony gordon nick ed ian iain alan alex alexander simon matt matthew chris
    christopher philip phil jacob liam owen dominic sajid kwasi vince nigel donald joe barack bill
    emmanuel vladimir xi olaf justin jim tom ben sam daniel stephen steve martin kevin
    brian patrick sean charles henry edward jack harry oliver tim grant""".split()
)
FEMALE_NAMES = frozenset(
    """theresa margaret nicola priti liz angela hillary kamala nancy elizabeth mary anne ann jane
    sarah emma emily rachel diane harriet yvette caroline andrea penny suella kemi amber justine
    anna maria julia laura lisa karen susan helen kate catherine sophie lucy ursula jacinda
    michelle melania jill ruth jo joanna louise claire clare natalie rebecca victoria""".split()
)

FIRST_NAMES = MALE_NAMES | FEMALE_NAMES
# Abbreviated titles whose full stop does not end a sentence: `Sen. Bernie Sanders`.
TITLE_ABBREVIATIONS = frozenset("sen rep gov gen lt col sgt cllr st".split())
# Nouns that end the name of a place, an event or a building, never a person's: `Great
# Depression`, `New Zealand`, `Civil War`, `Downing Street`, `United Kingdom`.
PLACE_WORDS = frozenset(
    """depression recession war wars revolution crisis pandemic zealand york jersey kingdom states
    emirates islands island republic street avenue road square lane memorial centre center cup
    league championship olympics games day week house hall palace museum stadium park bridge
    river sea ocean valley coast county province region city town village airport station moor
    capitol slam open championships wimbledon olympic paralympics prix tournament trophy final
    finals series""".split()
)
# Bodies that may speak for themselves (`the club statement`, `Burnley Football Club said`).
SPEAKING_BODIES = frozenset(
    """club company party council union committee commission department ministry office
    government treasury institute university bank fund agency association trust foundation group
    corporation federation league society police authority board house""".split()
)
# Verbs that make a lone surname at a sentence's start a person: `Biden opens with a reminder`.
REPORTING_VERBS = frozenset(
    """opens opened reflects reflected praises praised touts touted frames framed recalls
    reminds reminded highlights highlighted underscores underscored emphasizes emphasises
    believes believed thanks thanked""".split()
)


# --- names: regexes -------------------------------------------------------------------------

# What stands before an object (`to Mr X`, `by his wife X`, `told Mr X`, `, including X`).
OBJECT_BEFORE_RE = re.compile(
    r"\b(?:on|in|by|to|with|for|against|at|from|of|about|into|toward|towards|over|than|including"
    r"|alongside|following|amid|under|despite|between|among|behind|like|via"
    r"|told|tells|telling|thanked|thanking|urged|urging|asked|asking|accused|accusing|attacked"
    r"|criticised|criticized|praised|met|meeting|backed|replaced|succeeded|watching|watched|joined"
    r"|joining)[ \t]+"
    r"(?:(?:the|a|an|his|her|their|its|our|my)[ \t]+)?(?:[a-z][\w-]*[ \t]+)?$"
    r"|\b(?:his|her|their)[ \t]+(?:wife|husband|partner|son|daughter|father|mother|brother|sister)"
    r"[ \t]+$"
    # `joined him and Queen Camilla`: one joined to an object pronoun is an object too
    r"|\b(?:him|them|us|me)[ \t]+and[ \t]+(?:(?:the|his|her)[ \t]+)?$"
    # `she told former British number one X`: whoever is told, however described, is spoken to
    r"|\b(?:told|tells|telling|thanked|thanking|asked|asking)[ \t]+"
    r"(?:(?!that\b)[\w’'-]+[ \t]+){0,5}$"
    # `Addressing X as though...`, `Sentencing X, the judge...`: a participle opening a sentence
    r"|(?:^|[.!?][\"”’']?[ \t]+|\n[ \t]*)(?-i:[A-Z][a-z]{2,}(?:ing|ed))[ \t]+$",
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
HEADLINE_SMALL = frozenset("a an the of in on at to for and or but by with from as is v".split())
# Page furniture: ad slots, and link lines (`Read more: ...`, with the headline after a bare one).
FURNITURE_RE = re.compile(
    r"Hide Ad|Advertisement|^[ \t]*read more\b(?::[^\n]*|[ \t]*\n[^\n]*)", re.I | re.M
)

# --- speakers: word lists and regexes ---------------------------------------------------------

DOCS = "letter|statement|tweet|post|email|e-mail|memo|note|message|blog|announcement|text"
ROLE_WORDS = (
    "prime minister|first minister|minister|director-general|secretary-general|secretary|"
    "chancellor|leader|mp|president|premier|senator|governor|mayor|chairman|chairwoman|"
    "chief executive|ceo|chief|commissioner|superintendent|director|boss|spokesman|"
    "spokeswoman|spokesperson|source|sources|official|officials|aide|adviser|advisor|insider|ally|"
    "judge|king|queen|monarch|\\d+-year-old"
)
# Titles that a role's bearer may be printed with instead: `the judge` is `Mr Justice X`.
ROLE_TITLES = {
    "judge": ("judge", "justice"),
    "chief executive": ("chief executive", "ceo"),
    "monarch": ("king", "queen"),
    "king": ("king",),
    "queen": ("queen",),
}
ANONYMOUS_ROLES = frozenset(
    """spokesman spokeswoman spokesperson source sources official officials aide adviser advisor
    insider ally""".split()
)

# --- regexes ---------------------------------------------------------------------------------

_DETS = r"the|a|an|his|her|their|its"
_VERB_ALT = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
_MODIFIER = rf"(?:(?!(?:{_DETS}|{_VERB_ALT}|(?-i:who|that|and))\b)[\w’'-]+\s+)"  # WHO chief
# A bare infinitive after `went on to`, `moved to`, `was quick to`: `X went on to reiterate that`.
_BARE = r"""say|add|reiterate|insist|stress|explain|warn|claim|deny|defend|point\s+out|praise|thank
    |reassure|clarify|emphasise|emphasize|confirm|admit|describe|urge|repeat|tell|dismiss
    |hit\s+back|respond|reply|argue|note|suggest|declare|acknowledge|concede"""
_INFINITIVE = rf"""\b(?:went\s+on|moved|(?:was|were|is|are)\s+(?:quick|keen|careful|eager)|rushed
    |hastened|sought|went\s+further)\s+to\s+(?:{_BARE})\b"""
UNIT_RE = re.compile(
    rf"""
      (?P<doc>(?:\b(?:{_DETS})|(?<=\w)['’]s)\s+{_MODIFIER}{{0,2}}?(?:{DOCS})s?\b)
    | (?P<role>\b(?:{_DETS})\s+{_MODIFIER}{{0,3}}?(?:{ROLE_WORDS})\b)
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
LOWER_WORD_RE = re.compile(r"[ \t]+[a-z]")
QUOTE_MARKS = "\"'“”‘’„«»‟‚‛"
POST_SKIP_RE = re.compile(rf"[\s{QUOTE_MARKS}.,!?:;—–-]*")
POST_MAX = 120
# An appositive between a name and its verb: `, Boeing's chief executive,`, `, 64,`.
APPOSITIVE_RE = re.compile(r",\s+[^,.;:!?\n\"“”]{1,60},\s*")
SUBJECT_KINDS = frozenset({"name", "pron", "role", "doc"})
LOOKBACK_SENTENCES = 8
