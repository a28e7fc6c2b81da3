"""Every value passed between qdiff's stages. No I/O here, no logic beyond properties."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from qdiff.lexicon import (
    CLOSING_DOUBLE_QUOTES,
    DASHES,
    DOUBLE_QUOTES,
    OPENING_DOUBLE_QUOTES,
    QUOTE_MARKS,
    SINGLE_QUOTES,
    char_class,
)


class Verdict(str, Enum):
    """How faithfully a rendering reproduces its passage; ranked, the worst edit wins."""

    VERBATIM = "verbatim"
    COSMETIC = "cosmetic"
    TRIMMED = "trimmed"
    ALTERED = "altered"

    @property
    def rank(self) -> int:
        return _VERDICT_ORDER.index(self)


_VERDICT_ORDER = (Verdict.VERBATIM, Verdict.COSMETIC, Verdict.TRIMMED, Verdict.ALTERED)


class EditKind(str, Enum):
    """One kind of difference between a passage and a rendering of it."""

    CASE = "case"
    PUNCTUATION = "punctuation"
    HYPHENATION = "hyphenation"
    SPELLING = "spelling"
    CONTRACTION = "contraction"
    NUMBER = "number"
    """The same number written another way: `1,500`/`1500`, `seven to 10`/`7-10`."""
    SELECTION = "selection"
    """Whole sentences of a longer passage left out at its start or end: the rendering quotes
    complete sentences of it, as a quotation of one sentence of a statement does."""
    TRUNCATION = "truncation"
    ELISION = "elision"
    INTERPOLATION = "interpolation"
    SUBSTITUTION = "substitution"
    INSERTION = "insertion"
    OMISSION = "omission"
    MOVE = "move"
    SPLICE = "splice"
    QUOTE_CREEP = "quote creep"
    """Words inside quotation marks that the other outlets print only as their own narration,
    outside any: the outlet puts them in the speaker's mouth."""


class Unit(str, Enum):
    """How the reference is cut into passages."""

    SENTENCE = "sentence"
    PARAGRAPH = "paragraph"


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open range of character offsets into an article's text."""

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end


class InputKind(str, Enum):
    """The kind of input an article's text comes from."""

    TEXT = "text"
    """A text or Markdown file: the text is the file, offsets and lines are the file's."""
    HTML = "html"
    """An HTML page: the text is what was extracted from it."""
    JSONL = "jsonl"
    """A JSON Lines record: the text is its text field."""


@dataclass(frozen=True, slots=True)
class Article:
    """One decoded article of the corpus."""

    id: str
    """The file stem, or a JSON Lines record's id; unique within a corpus."""
    label: str
    """What every view shows for this article: its configured label, else its outlet, else
    its id."""
    path: str
    """The file as given; a JSON Lines record is `FILE#ID`."""
    text: str
    """The file decoded (see encoding), a BOM removed, line endings as they were; a JSON Lines
    record's text field; an HTML page's main text as extracted, one paragraph a line."""
    outlet: str | None = None
    """Who published it, when the input says so (a record's outlet, a page's site name)."""
    url: str | None = None
    published: str | None = None
    """The publication date as the input gives it (a page's date as YYYY-MM-DD)."""
    title: str | None = None
    kind: InputKind = InputKind.TEXT
    """What kind of input the text was read from: where a location in the text points."""
    encoding: str = "utf-8"
    """The encoding a text file was read in (`utf-8`, `utf-16`, `utf-32`, `windows-1252`)."""


@dataclass(frozen=True, slots=True)
class Skipped:
    """A corpus file that could not be read, and why."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class Corpus:
    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...] = ()


@dataclass(frozen=True, slots=True)
class Token:
    """A word of a text, with where it stands and the form it is compared by."""

    text: str
    key: str
    """Case-, accent- and apostrophe-folded form: two tokens with one key are the same word."""
    start: int
    end: int


class PassageBase(str, Enum):
    """Where a passage's text comes from."""

    REFERENCE = "reference"
    """The primary source given as the reference."""
    CONSENSUS = "consensus"
    """Built from the outlets' renderings where no reference covers them."""
    SOURCE = "source"
    """An article of the coverage that prints the passage as its source (unquoted, whole)."""


@dataclass(frozen=True, slots=True)
class Passage:
    """One unit (sentence or paragraph) of the base the renderings are judged against."""

    id: str
    text: str
    tokens: tuple[Token, ...]
    """The passage's words, with offsets into `text`."""
    base: PassageBase = PassageBase.REFERENCE
    """What the text is: the reference's own words, a consensus of the outlets', or the words of
    the article in the coverage that prints the source."""
    source: str | None = None
    """With base SOURCE, the id of the article whose words the text is."""
    speaker_conflict: tuple[SpeakerCredit, ...] = ()
    """When outlets credit the passage's quoted words to different people: who credits whom."""

    @property
    def consensus(self) -> bool:
        """True for a passage collated from the outlets' renderings (their consensus, or the
        source one of them prints), with no reference behind it."""
        return self.base is not PassageBase.REFERENCE


@dataclass(frozen=True, slots=True)
class SpeakerCredit:
    """One speaker a passage's quoted words are credited to, and the articles that do so."""

    speaker: str
    articles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Reference:
    """The primary source the renderings are judged against."""

    article_id: str
    span: Span
    passages: tuple[Passage, ...]


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation in an article: the text between its marks, across paragraphs and breaks."""

    article_id: str
    span: Span
    """From the first quoted character to the last, without the enclosing marks."""
    segments: tuple[Span, ...]
    """The quoted stretches: one per paragraph or per piece of an interrupted quotation."""


@dataclass(frozen=True, slots=True)
class Rendering:
    """A span of an article that renders a passage, in whole or in part."""

    passage_id: str
    article_id: str
    span: Span
    text: str
    """Exactly article.text[span.start:span.end]."""
    quoted: bool
    """True when every word of the rendering stands inside quotation marks."""
    tokens: tuple[Token, ...]
    """The rendering's own words (attribution inside an interrupted quotation left out)."""
    line: int
    """1-based line of the rendering's first character in the article."""
    column: int
    """1-based column of that character."""
    speaker: str | None = None
    """Who the article says is speaking, when it says so."""


@dataclass(frozen=True, slots=True)
class Edit:
    """One piece of an alignment: words of the passage and the words that render them.

    The pieces of a finding, in order, reproduce the passage on one side and the rendering on
    the other, separators included. A piece with no kind is a run of the same words.
    """

    reference: str
    """The passage's words, exactly as the passage has them (empty for an insertion)."""
    rendering: str
    """The rendering's words, exactly as the article has them (empty for an omission)."""
    kind: EditKind | None = None
    source: str | None = None
    """For a splice, the id of the passage the spliced words come from."""
    outlets: tuple[str, ...] = ()
    """In a collation, the ids of the articles whose renderings share this edit."""
    tie_with: tuple[str, ...] = ()
    """In a collation, the articles that read the base where this edit is, when they are as many
    as make the edit: the base is one side's reading, so the edit says that the rendering
    differs from them, not which side changed the words."""

    @property
    def verdict(self) -> Verdict:
        return VERDICT_OF_KIND[self.kind] if self.kind else Verdict.VERBATIM

    @property
    def tie(self) -> bool:
        return bool(self.tie_with)

    @property
    def words(self) -> tuple[str, str]:
        """Both sides as a reader wants them listed: white space folded, and, unless the edit
        is about punctuation, without the punctuation that follows the last word."""
        rendering = _ATTRIBUTION.sub(" ", self.rendering)
        sides = (" ".join(self.reference.split()), " ".join(rendering.split()))
        if self.kind in _PUNCTUATION_KINDS:
            return sides
        return (sides[0].rstrip(_TRAILING), sides[1].rstrip(_TRAILING))


_TRAILING = " ,.;:!?)" + QUOTE_MARKS + DASHES
_DOUBLE = char_class(DOUBLE_QUOTES)
_SINGLE = char_class(SINGLE_QUOTES)
_QUOTES = char_class(QUOTE_MARKS)
_ATTRIBUTION = re.compile(
    rf"[\"{CLOSING_DOUBLE_QUOTES}]\s*[^{_DOUBLE}]*\s*[\"{OPENING_DOUBLE_QUOTES}]"
    rf"|[\"{CLOSING_DOUBLE_QUOTES}]\s*[^{_DOUBLE}]*$"
    # British single marks close only after punctuation, so an apostrophe never counts
    rf"|(?<=[,.!?;:—–-])[{_SINGLE}]\s[^{_QUOTES}]*\s[{_SINGLE}]"
    rf"|(?<=[,.!?;:—–-])[{_SINGLE}]\s[^{_QUOTES}]*$"
)
"""The attribution between two pieces of an interrupted quotation: `," he writes, "`."""


_PUNCTUATION_KINDS = frozenset(
    {EditKind.PUNCTUATION, EditKind.HYPHENATION, EditKind.ELISION, EditKind.INTERPOLATION}
)

VERDICT_OF_KIND: dict[EditKind, Verdict] = {
    EditKind.CASE: Verdict.COSMETIC,
    EditKind.PUNCTUATION: Verdict.COSMETIC,
    EditKind.HYPHENATION: Verdict.COSMETIC,
    EditKind.SPELLING: Verdict.COSMETIC,
    EditKind.CONTRACTION: Verdict.COSMETIC,
    EditKind.NUMBER: Verdict.COSMETIC,
    EditKind.SELECTION: Verdict.VERBATIM,
    EditKind.TRUNCATION: Verdict.TRIMMED,
    EditKind.ELISION: Verdict.TRIMMED,
    EditKind.INTERPOLATION: Verdict.TRIMMED,
    EditKind.SUBSTITUTION: Verdict.ALTERED,
    EditKind.INSERTION: Verdict.ALTERED,
    EditKind.OMISSION: Verdict.ALTERED,
    EditKind.MOVE: Verdict.ALTERED,
    EditKind.SPLICE: Verdict.ALTERED,
    EditKind.QUOTE_CREEP: Verdict.ALTERED,
}


class Concern(str, Enum):
    """What the gate may fail or warn on besides a rendering's verdict."""

    UNJUDGED = "unjudged"
    """An article none of whose quotations any witness (the reference or another article)
    renders: a gate that must not pass silently fails it."""
    MISATTRIBUTED = "misattributed"
    """A quotation credited to one person where other outlets credit the same words to another
    (both named): it warns, and fails when the policy says so."""

    @property
    def rank(self) -> int:
        return len(Verdict) + list(Concern).index(self)


GateKind = Verdict | Concern
"""A name `check.fail_on`, `check.warn_on`, `--fail-on` and `--warn-on` take."""


class Basis(str, Enum):
    """What a checked quotation was judged against."""

    REFERENCE = "reference"
    """The configured primary source."""
    MAJORITY = "majority"
    """Two or more other articles, place by place: a place is the checked article's fault only
    when no witness there reads as it does, and the base reads as most of them do."""
    SINGLE = "single witness"
    """The one other article that quotes it."""


@dataclass(frozen=True, slots=True)
class WitnessLine:
    """An article a quotation was judged against, and where it renders the quotation."""

    article_id: str
    line: int
    speaker: str | None = None
    """Whom that article credits the words to, when it names someone."""


@dataclass(frozen=True, slots=True)
class Reading:
    """Words at one place of a quotation, and the witnesses that read them so."""

    text: str
    articles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Place:
    """A place where witnesses read otherwise than the checked article."""

    checked: str
    """The checked article's words there ('' where it has none)."""
    readings: tuple[Reading, ...]
    """The witnesses' other readings, the most shared first."""
    agreeing: tuple[str, ...] = ()
    """The witnesses that read as the checked article does."""
    doubted: bool = False
    """True when one witness alone reads otherwise here, and that witness itself departs from
    two or more others that agree elsewhere, unless it reads one wholly different word for one
    (no slip of its own): no proof against the checked article."""
    lone: bool = False
    """True when one witness alone covers the place and what differs is no single real word
    changed for another (words added, dropped or moved, grammar words, or one of several
    differences): one witness against one, and either of the two may have it wrong."""

    @property
    def disputed(self) -> bool:
        """True when some witnesses read as the checked article does (but no more of them than
        read otherwise), or the one that reads otherwise is doubted or alone: not its fault, a
        warning. False otherwise: its own departure."""
        return bool(self.agreeing) or self.doubted or self.lone


@dataclass(frozen=True, slots=True)
class Evidence:
    """What a checked quotation was judged against: the gate's grounds for its outcome."""

    basis: Basis
    witnesses: tuple[WitnessLine, ...]
    places: tuple[Place, ...] = ()
    """Every place where witnesses read otherwise, more of them than read with the article: the
    undisputed ones are its own departures, the disputed ones warn and never fail by themselves."""
    base: str = ""
    """The text the quotation was aligned with: the witnesses' reading at its departures."""

    @property
    def disputes(self) -> tuple[Place, ...]:
        return tuple(p for p in self.places if p.disputed)


@dataclass(frozen=True, slots=True)
class Finding:
    """A rendering with its alignment to the passage and the verdict that follows."""

    rendering: Rendering
    pieces: tuple[Edit, ...]
    """The whole alignment: same runs and edits, in order."""
    verdict: Verdict
    score: float
    """Word-level similarity of the rendering to the part of the passage it covers, 0 to 1."""
    coverage: float
    """Share of the passage's words that the rendering reproduces, 0 to 1."""
    evidence: Evidence | None = None
    """For a checked quotation judged against other articles: what it was judged against."""

    @property
    def edits(self) -> tuple[Edit, ...]:
        return tuple(piece for piece in self.pieces if piece.kind is not None)

    @property
    def differs_from(self) -> tuple[str, ...]:
        """When every edit that alters the words is a tie, the articles that read otherwise at
        those places: the rendering is one reading against theirs, not a misquote they show."""
        altering = [e for e in self.edits if e.verdict is Verdict.ALTERED]
        if not altering or not all(e.tie for e in altering):
            return ()
        return tuple(sorted({article for e in altering for article in e.tie_with}))


@dataclass(frozen=True, slots=True)
class Tally:
    """How much of one checked article could be judged."""

    article_id: str
    quotations: int
    """Its quotations (sentences of min_words or more inside quotation marks)."""
    judged: int
    """Those that some witness (the reference, or another article) renders."""
    witnesses: int
    """How many articles they were judged against."""

    @property
    def unjudged(self) -> int:
        return self.quotations - self.judged


@dataclass(frozen=True, slots=True)
class Report:
    """Everything `qdiff compare` found: the one value every renderer formats."""

    articles: tuple[Article, ...]
    reference: Reference | None
    passages: tuple[Passage, ...]
    findings: tuple[Finding, ...]
    skipped: tuple[Skipped, ...] = ()
    tallies: tuple[Tally, ...] = ()
    """For `qdiff check`: how much of each checked article could be judged."""

    def findings_for(self, passage_id: str) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.rendering.passage_id == passage_id)

    def verdict_counts(self) -> dict[Verdict, int]:
        """How many findings have each verdict, in verdict order, zeros left out."""
        counts = {v: sum(1 for f in self.findings if f.verdict is v) for v in Verdict}
        return {v: n for v, n in counts.items() if n}

    def article(self, article_id: str) -> Article:
        for article in self.articles:
            if article.id == article_id:
                return article
        raise KeyError(article_id)
