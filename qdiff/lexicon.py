"""Every word list and character class qdiff's rules read, defined once.

Quotation marks, apostrophes and dashes; speech verbs; honorifics and titles; the words that
name places, bodies and events rather than people. Rules elsewhere build their regexes from
these; no other module defines a set of quote characters or speech verbs of its own
(tests/test_lexicon.py checks it).
"""

from __future__ import annotations

import re
from functools import cache

# --- characters -------------------------------------------------------------------------------

DOUBLE_QUOTES = '"“”„‟«»'
SINGLE_QUOTES = "'‘’‚‛"
QUOTE_MARKS = DOUBLE_QUOTES + SINGLE_QUOTES
OPENING_DOUBLE_QUOTES = "“„«"
"""Double marks that only ever open a quotation."""
CLOSING_DOUBLE_QUOTES = "”»"
"""Double marks that only ever close one."""
APOSTROPHES = "'’‘ʼ`´"
"""Glyphs written for an apostrophe: `it's`, `it’s`, `itʼs`, `it`s`."""
QUOTE_GLYPHS = QUOTE_MARKS + "`´"
"""Every glyph whose choice is a matter of typography, never of wording."""
CLOSING_QUOTES = CLOSING_DOUBLE_QUOTES + "’"
"""Marks that only ever close a quotation (`’` is also an apostrophe)."""
ENDING_QUOTES = "\"'" + CLOSING_QUOTES
"""Marks that may close a quotation: the straight ones and the closing curly ones."""
STARTING_QUOTES = "\"'" + OPENING_DOUBLE_QUOTES + "‘"
"""Marks that may open a quotation."""
INNER_APOSTROPHES = "'’"
"""The apostrophes running text writes inside a word: `don't`, `O’Neill`."""
DASHES = "-‐‑‒–—―−"


def alternation(words: frozenset[str]) -> str:
    """The words as a regex alternation, longest first so that `says` is tried before `say`."""
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


def char_class(chars: str) -> str:
    """The characters, escaped to stand inside a regex's [...]."""
    return re.escape(chars)


# --- words ------------------------------------------------------------------------------------

NUMBER_WORDS = (
    {
        word: str(value)
        for value, word in enumerate(
            """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
        fifteen sixteen seventeen eighteen nineteen twenty""".split()
        )
    }
    | {"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70"}
    | {
        "eighty": "80",
        "ninety": "90",
        "hundred": "100",
        "thousand": "1000",
    }
)
"""Numbers written as words, and the digits they stand for: `seven` is `7`."""
PERCENT_WORDS = frozenset({"percent", "per", "cent"})
"""How `%` is written out: `10 percent`, `10 per cent`."""
NUMBER_SIGN_WORDS = frozenset({"no", "number"})
"""How `#` is written out before a number: `No. 1` or `number 1` for `#1`."""
RANGE_WORDS = frozenset({"to"})
"""What stands between the ends of a range written out: `seven to 10` for `7-10`."""

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
    shared shares sharing asserts asserted boasted began begins testified testifies testifying
    shouted shouts yelled yells screamed screams assured assures confessed confesses pleaded
    lamented laments recounted recounts mused""".split()
)
# Verbs by which someone puts out a document that is theirs: `X issued a statement`.
ISSUING_VERBS = frozenset("issued issues released releases published publishes".split())
# Verbs whose object is the one spoken to (`told Mr X`, `thanked X`): never the speaker.
TELLING_VERBS = frozenset("told tells telling thanked thanking asked asking".split())
# Verbs and prepositions whose object is never the subject of the sentence (`criticised X`,
# `met X`, `to X`, `including X`).
ADDRESSING_VERBS = TELLING_VERBS | frozenset(
    """urged urging accused accusing attacked criticised criticized praised met meeting backed
    replaced succeeded watching watched joined joining""".split()
)
OBJECT_PREPOSITIONS = frozenset(
    """on in by to with for against at from of about into toward towards over than including
    alongside following amid under despite between among behind like via per""".split()
)
# Words a speaker uses of themselves (and their own side): words in the first person are the
# speaker's own, never a reporter's narration about them.
FIRST_PERSON = frozenset("i me my mine myself we us our ours ourselves".split())
# The plain verbs of saying, which credit a figure to the name beside them: `, X said`.
PLAIN_SPEECH_VERBS = frozenset({"said", "says", "told"})
assert PLAIN_SPEECH_VERBS <= SPEECH_VERBS
# Capitalised words that end a name in a title-case headline or link line: "Read X's letter",
# "X Tells MPs", "Watch: X"; "States" stays, for the United States.
HEADLINE_BREAKS = (SPEECH_VERBS - {"states"}) | frozenset("watch listen see".split())

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
    president-elect ceo cfo coo chairperson spokesperson assistant acting detective administrator
    director-general secretary-general attorney-general""".split()
)
# Days and the months that are no first name or common word: a name never ends with one, so
# `the CPSC Wednesday` names the CPSC, on a Wednesday.
CALENDAR_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february september october
    november december""".split()
)
# The common words that begin sentences, capitalised there but no name; written in capitals
# before `said`, an acronym (`WHO said`).
SENTENCE_OPENERS = frozenset(
    """the a an in on at but and or if when while as after before earlier later yesterday today
    tonight meanwhile however this that these those it he she they we i you his her their our my
    its there here speaking asked what why how who where which neither either both all some many
    most more no not one two three for from with by to of also still then so yet even only
    just""".split()
)
# Capitalised words that begin sentences or name days, places and bodies rather than people.
STOP_WORDS = (
    SENTENCE_OPENERS
    | frozenset(
        """uk us eu un usa nhs bbc itv pa ap afp reuters britain british england
    english scotland scottish wales welsh ireland irish europe european london westminster
    brussels washington america american edinburgh paris berlin government budget
    parliament commons cabinet tories tory labour conservatives twitter
    facebook instagram""".split()
    )
    | CALENDAR_WORDS
)
# The words that carry grammar rather than meaning: articles, pronouns, prepositions,
# conjunctions, auxiliaries. Two witnesses that differ only in these (`knows that I'm` against
# `knows I'm`, `on whatever channel` against `or whatever channel`) differ in how a sentence was
# heard or tidied, not in what was said. Negations and modals are not among them: `not`,
# `never`, `would`/`could` change what is said.
FUNCTION_WORDS = frozenset(
    """a an the this that these those some any each every all both either neither such what
    which who whom whose whatever whichever i me my mine we us our ours you your yours he him
    his she her hers it its they them their theirs one myself ourselves yourself himself herself
    itself themselves there here in on at to of for from with by about as into onto upon over
    under off out up down through than then so and or but if because while when whether though
    although also just even too very is are was were be been being am do does did done have has
    had having 's 're 've 'll 'd 'm""".split()
)


def is_function_word(key: str) -> bool:
    """A grammar word, contractions of two included (`it's`, `they're`)."""
    if key in FUNCTION_WORDS:
        return True
    head, apostrophe, tail = key.partition("'")
    return bool(apostrophe) and head in FUNCTION_WORDS and f"'{tail}" in FUNCTION_WORDS


# Words that open a subordinate clause: `Although X had admitted ..., Kaplan said`, `While Fox
# released a statement ..., Stephanopoulos noted`. Capitalised at a sentence's start, never a name.
SUBORDINATORS = frozenset(
    """although though while whilst when whenever because since unless until whereas if once
    after before as""".split()
)
ORG_WORDS = frozenset(
    """party council union committee commission department ministry office government treasury
    budget institute studies university college school bank fund agency association court house
    street news times post service services trust foundation group company corporation inc ltd
    plc act bill parliament commons lords assembly summit
    conference federation league club society centre center forum network press airport hospital
    police army navy force republic kingdom states nations organisation organization authority
    board cabinet referendum campaign tories conservatives independence pensions media election
    elections poll vote images fire rescue emergency ambulance academy""".split()
)
# Organisation words that are also common first names: opening a name of two or more words
# (`Bill Nelson`, `Bill Gates`) they are the first name, not `the Finance Bill`.
GIVEN_NAME_ORG_WORDS = frozenset({"bill"})
assert GIVEN_NAME_ORG_WORDS <= ORG_WORDS
# Words that make a role a past one: `former President X` is not `the president`.
PAST_ROLE_WORDS = frozenset("former ex then ousted one-time".split())
# Abbreviated titles whose full stop does not end a sentence: `Sen. Bernie Sanders`.
TITLE_ABBREVIATIONS = frozenset("sen rep gov gen lt col sgt cllr st".split())
# Nouns that end the name of a place, an event or a building, never a person's: `Great
# Depression`, `New Zealand`, `Civil War`, `Downing Street`, `United Kingdom`; a country ends a
# body's name (`Meta Ireland`, `Athletics Kenya`), not a person's.
PLACE_WORDS = frozenset(
    """depression recession war wars revolution crisis pandemic zealand york jersey kingdom states
    emirates islands island republic street avenue road square lane memorial centre center cup
    league championship olympics games day week house hall palace museum stadium park bridge
    river sea ocean valley coast county province region city town village airport station moor
    capitol slam open championships wimbledon olympic paralympics prix tournament trophy final
    finals series beach headquarters heights springs harbour harbor
    ireland britain england scotland wales france germany spain italy portugal netherlands
    belgium switzerland austria sweden norway denmark finland poland greece russia ukraine china
    japan india pakistan canada mexico brazil argentina australia kenya ethiopia nigeria egypt
    europe asia africa america""".split()
)
# Bodies that may speak for themselves (`the club statement`, `Burnley Football Club said`).
SPEAKING_BODIES = frozenset(
    """club company party council union committee commission department ministry office
    government treasury institute university bank fund agency association trust foundation group
    corporation federation league society police authority board house academy firm
    family""".split()
)
# Buildings and streets that stand for the body they house, as in `Downing Street said`,
# `the White House said`, `Buckingham Palace said`.
SEAT_WORDS = frozenset("house street palace".split())
# Words that tell nothing of what a figure counts or measures: function words, speech verbs, and
# the words every figure's sentence has (`per cent`, `year`, `total`, `nearly`).
FIGURE_FILLER_WORDS = SPEECH_VERBS | frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is
    it its itself just me more most my myself no nor not now of off on once only or other our
    ours out over own same she should so some such than that the their theirs them themselves
    then there these they this those through to too under until up very was we were what when
    where which while who whom why will with would you your yours according who's it's he's
    she's they've they're we've we're i've i'm that's there's per cent year years week month
    months day days around almost nearly estimated figure figures total number last first new
    earlier later yesterday today mr mrs ms dr bn billion million m k""".split()
)
# Verbs that credit a figure to its source besides the speech verbs: `analysts estimated`.
ESTIMATE_VERBS = frozenset(
    """estimated estimates estimate calculated calculates forecast forecasts believes believe
    reported reports found finds revealed reveals showed shows predicted predicts claim""".split()
)
# Verbs that credit a source only when no place or time follows: `announced on Monday` does not.
PASSIVE_PRONE_VERBS = frozenset("announced confirmed reported found revealed".split())
# Verbs that make a lone surname at a sentence's start a person: `Biden opens with a reminder`.
REPORTING_VERBS = frozenset(
    """opens opened reflects reflected praises praised touts touted frames framed recalls
    reminds reminded highlights highlighted underscores underscored emphasizes emphasises
    believes believed thanks thanked""".split()
)


HEADLINE_SMALL = frozenset("a an the of in on at to for and or but by with from as is v".split())

ANONYMOUS_ROLES = frozenset(
    """spokesman spokeswoman spokesperson source sources official officials aide adviser advisor
    insider ally""".split()
)


@cache
def word_frequency(word: str) -> float:
    """How common an English word is, on wordfreq's Zipf scale: 0 for a word wordfreq has never
    seen, about 7.7 for `the`. The list loads on the first call."""
    from wordfreq import zipf_frequency  # loading the list takes a quarter of a second

    return float(zipf_frequency(word, "en"))


# --- figures ----------------------------------------------------------------------------------

# The words that qualify a figure, by how they widen it (facts/interval.py gives each class its
# interval): `about 12,000` may be a little either side, `nearly 20` is a little under,
# `fewer than 10` is under, `more than 70` is 70 or over.
APPROXIMATE_HEDGES = frozenset(
    """about|around|roughly|approximately|some|an estimated|estimated|an average of|average
    |close to|circa|in the region of""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)
NEARLY_HEDGES = frozenset(
    "nearly|almost|just under|up to|as many as|as much as|at most|a maximum of|just shy of".split(
        "|"
    )
)
BELOW_HEDGES = frozenset("less than|fewer than|under|below|well under|well below".split("|"))
ABOVE_HEDGES = frozenset(
    """more than|over|at least|in excess of|upwards of|above|a minimum of|just over|well over
    |as few as|as little as""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)
MEANING_HEDGES = frozenset("only|just|barely".split("|"))
"""Words before a figure that stress it without widening it: `only 12`."""
HEDGES = APPROXIMATE_HEDGES | NEARLY_HEDGES | BELOW_HEDGES | ABOVE_HEDGES | MEANING_HEDGES
# Nouns that count people, whatever else they say of them: a count of `12,000 jobs` and one of
# `12,000 employees` count the same people.
PEOPLE_NOUNS = frozenset(
    """people person persons individuals adults residents citizens claimants recipients voters
    workers employees staff staffers personnel jobs positions roles posts patients
    folk passengers souls layoffs redundancies""".split()
)
# Nouns that name the same thing in a figure's words (in the singular form `stem` gives), by
# the one form they are compared in; whether two figures count the same is for their context.
# Parts of an organisation: `three divisions`, `three segments`, `three core businesses`. A
# saving is a cost cut: `$5.5 billion in savings` is the `$5.5 billion in costs` cut.
FIGURE_NOUN_SYNONYMS = {
    "house": "home",
    "dwelling": "home",
    "kid": "child",
    "children": "child",
    "trophy": "title",
    "championship": "title",
    "crown": "title",
    "division": "division",
    "segment": "division",
    "section": "division",
    "business": "division",
    "saving": "cost",
    "match": "game",
}
# Nouns that count things without saying what they are: `125,000 Tread+ machines` counts the
# `125,000 treadmills` another outlet names.
GENERIC_THING_NOUNS = frozenset("products machines units devices items models".split())
# Nouns that name no subject of their own after a figure: `15-year jail time`, `a six-month
# period`; the figure is compared by its context instead.
GENERIC_MEASURE_NOUNS = frozenset("time period span stretch spell".split())
# Nouns that count without a plural -s: `20 sheep`, `300 police`.
UNMARKED_PLURALS = frozenset(
    "people men women children staff police personnel cattle sheep fish deer folk".split()
)
# Ordinals from `third` up, and the rank they give: `his third marathon`, `the 48th
# commissioner`. `first`, `second` and `last` are left out: copy writes them for order in the
# story (`for the first time`, `a second term`) far more than as a figure.
ORDINAL_WORDS = {
    word: rank
    for rank, word in enumerate(
        """third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth
        fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth""".split(),
        start=3,
    )
}
# Verbs that multiply what they move, by how much: `has tripled`, `doubling`.
MULTIPLYING_VERBS = {
    **dict.fromkeys(("doubled", "doubling"), 2),
    **dict.fromkeys(("tripled", "tripling", "trebled", "trebling"), 3),
    **dict.fromkeys(("quadrupled", "quadrupling"), 4),
}
# The parts a share is written in, and their size: `two-thirds of`, `a quarter of`.
FRACTION_PARTS = {
    "half": 1 / 2,
    "third": 1 / 3,
    "thirds": 1 / 3,
    "quarter": 1 / 4,
    "quarters": 1 / 4,
    "fifth": 1 / 5,
    "fifths": 1 / 5,
}
# Words after `N times` that make it a multiple (`25 times more`, `25 times the minimum`),
# not a count of occasions (`arrested three times`).
MULTIPLE_AFTER = frozenset(
    """more less fewer higher lower larger bigger smaller greater faster slower longer as that
    the over what""".split()
)
# Words that make `2-1` the score of a game: `lost 2-1 to Spain`, `a painful 2-1 loss`, `beat
# the Netherlands 2-1`.
RESULT_WORDS = frozenset(
    """won win wins winning lost lose loses losing beat beaten beating defeated defeat defeats
    edged edging drew draw drawn victory loss thrashed thrashing triumph triumphed routed
    scoreline""".split()
)
