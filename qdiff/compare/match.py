"""Find the renderings of reference passages in articles.

Locating and aligning are two steps. Here, word trigrams shared with a passage are the seeds;
seeds close together in the article, moving forward through the passage, chain into a region
(gaps allowed, so cuts, splices and changed words do not break it). A region that lies in a
quotation becomes the quotation's sentences it covers (a reporter vouches for every word inside
the marks); a region outside quotation marks is a paraphrase and keeps just the shared words.
`align` then compares each rendering with its passage word by word.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from rapidfuzz.distance import Indel

from qdiff.compare.prefilter import Prefilter
from qdiff.compare.reference import SEED_WORDS, PassageIndex
from qdiff.lexicon import DOUBLE_QUOTES
from qdiff.model import Article, Reference, Rendering, Span, Token
from qdiff.quotes.extract import QuoteIndex, extract_quotes
from qdiff.quotes.sentences import QuoteSentences
from qdiff.text import is_marker, line_col, strip_span, tokenize, word_count

MAX_ARTICLE_GAP = 12
"""Words between two seeds of one rendering: a splice or a rewritten stretch."""
MAX_PASSAGE_JUMP = 80
"""Passage words between two seeds of one rendering: what one elision may cut."""
MAX_BACKTRACK = 4
SENTENCE_CLAIM_SHARE = 0.6
"""A quotation sentence renders a passage when this share of its words are seeded from it
(a sentence that merely opens with the passage's stock phrase does not), when ten or more are,
or when the seeds cover most of the passage (WHOLE_PASSAGE_SHARE)."""
SENTENCE_CLAIM_WORDS = 10
RIVAL_SHARE = 0.5
"""A passage keeps a sentence other passages also claim only with half the best claim's seeds..."""
WHOLE_PASSAGE_SHARE = 0.6
"""...or when its seeds cover this share of the passage's words..."""
PASSAGE_IN_SENTENCE_SHARE = 0.25
"""...and a notable share of the sentence's: a six-word phrase in a thirty-word sentence of
another statement does not make it a rendering."""

SHORT_SENTENCE = 20
"""A quotation sentence this short, against a passage of about its length, is also judged by
all the words they share in order, not only by exact trigrams: a one-word change in a short
partial quote leaves few seeds."""

UNQUOTED_RUN_WORDS = 5
"""A paraphrase shares at least this many words in a row with the passage: two names it shares
(`Burnley Football Club ... manager Sean Dyche`) make news writing, not a rendering."""
UNQUOTED_TAIL_WORDS = 2
"""Words a paraphrase may run on past its last shared word to reach its sentence's end."""


@dataclass(slots=True)
class _Chain:
    passage: int
    last_i: int
    last_j: int
    covered: set[int] = field(default_factory=set)


def find_renderings(
    reference: Reference | None,
    articles: Iterable[Article],
    min_words: int = 6,
    index: PassageIndex | None = None,
    quotes_of: Callable[[Article], QuoteIndex] | None = None,
) -> Iterator[Rendering]:
    """Every rendering of every passage, article by article; nothing kept between articles.
    `quotes_of` gives an article's quotations where a run has them already."""
    if reference is None or not reference.passages:
        return
    index = index or PassageIndex(reference.passages)
    prefilter = Prefilter(index)
    for article in articles:
        excluded = reference.span if article.id == reference.article_id else None
        if excluded is None and not prefilter.may_render(article.text):
            continue
        quotes = quotes_of(article) if quotes_of else None
        yield from renderings_in(article, index, min_words, excluded, quotes)


def renderings_in(
    article: Article,
    index: PassageIndex,
    min_words: int,
    excluded: Span | None = None,
    quotes: QuoteIndex | None = None,
) -> list[Rendering]:
    """The renderings in one article, in order of passage then place (`quotes`: the article's
    quotations, found here when not given)."""
    tokens = [
        t for t in tokenize(article.text) if excluded is None or not excluded.contains(t.start)
    ]
    words = [t for t in tokens if not is_marker(t)]
    if len(words) < SEED_WORDS:
        return []
    chains = _chain_seeds(words, index)
    if not chains:
        return []
    quotes = quotes or QuoteIndex(extract_quotes(article))
    sentences = QuoteSentences(article.text, quotes, words)
    quoted, unquoted = _split_claims(chains, sentences, min_words, index, words)
    unquoted = [c for c in (_within_a_line(c, article.text, words) for c in unquoted) if c]
    renderings = _quoted_renderings(article, index, quoted, sentences, words, tokens, quotes)
    renderings = [r for r in renderings if word_count(article.text, r.tokens) >= min_words]
    renderings += _unquoted_renderings(article, index, unquoted, words, tokens, renderings)
    order = {p.id: n for n, p in enumerate(index.passages)}
    renderings.sort(key=lambda r: (order[r.passage_id], r.span.start))
    return renderings


def _chain_seeds(words: Sequence[Token], index: PassageIndex) -> list[_Chain]:
    keys = [w.key for w in words]
    open_chains: dict[int, list[_Chain]] = defaultdict(list)
    chains: list[_Chain] = []
    seeds = index.seeds
    for i in range(len(keys) - SEED_WORDS + 1):
        hits = seeds.get((keys[i], keys[i + 1], keys[i + 2]))
        if not hits:
            continue
        for p, j in hits:
            chain = _best_chain(open_chains[p], i, j)
            if chain is None:
                chain = _Chain(p, i, j)
                open_chains[p].append(chain)
                chains.append(chain)
            chain.last_i, chain.last_j = i, j
            chain.covered.update(range(i, i + SEED_WORDS))
    return chains


def _best_chain(candidates: list[_Chain], i: int, j: int) -> _Chain | None:
    """The open chain of the passage that seed (i, j) continues best, if any. Chains the article
    has left behind are dropped from the candidates, so a long article stays linear."""
    candidates[:] = [c for c in candidates if i - c.last_i <= MAX_ARTICLE_GAP + SEED_WORDS]
    best, best_drift = None, None
    for chain in candidates:
        step = j - chain.last_j
        if not -MAX_BACKTRACK <= step <= MAX_PASSAGE_JUMP:
            continue
        drift = abs((i - j) - (chain.last_i - chain.last_j))
        if best_drift is None or drift < best_drift:
            best, best_drift = chain, drift
    return best


@dataclass(slots=True)
class _Claim:
    passage: int
    sentence_seeds: dict[int, int]
    covered: set[int]


def _split_claims(
    chains: Sequence[_Chain],
    sentences: QuoteSentences,
    min_words: int,
    index: PassageIndex,
    words: Sequence[Token],
) -> tuple[list[_Claim], list[_Chain]]:
    """Chains seeded inside quotations claim those sentences; the rest may be paraphrase."""
    passage_sizes = index.sizes
    quoted: list[_Claim] = []
    unquoted: list[_Chain] = []
    for chain in chains:
        per_sentence: dict[int, int] = defaultdict(int)
        for i in chain.covered:
            s = sentences.of_word[i]
            if s >= 0:
                per_sentence[s] += 1
        most_of_passage = WHOLE_PASSAGE_SHARE * passage_sizes[chain.passage]
        claimed = {}
        for s, n in per_sentence.items():
            if n < SEED_WORDS:
                continue
            size = sentences.size[s]
            if n < SENTENCE_CLAIM_SHARE * size and _comparable(size, passage_sizes[chain.passage]):
                n = max(n, _shared_words(sentences.keys(s, words), index.keys[chain.passage]))
            if (
                (n >= most_of_passage and n >= PASSAGE_IN_SENTENCE_SHARE * sentences.size[s])
                or n >= SENTENCE_CLAIM_WORDS
                or n >= SENTENCE_CLAIM_SHARE * sentences.size[s]
            ):
                claimed[s] = n
        outside = len(chain.covered) - sum(per_sentence.values())
        mostly_outside = 2 * outside > len(chain.covered) and outside >= min_words
        if claimed and not mostly_outside:
            quoted.append(_Claim(chain.passage, claimed, chain.covered))
        elif mostly_outside and _longest_run(chain.covered) >= UNQUOTED_RUN_WORDS:
            unquoted.append(chain)
        # else: a few words a quotation shares with the passage, not a rendering of it
    _settle_rivals(quoted, passage_sizes)
    quoted = [c for c in quoted if c.sentence_seeds]
    quoted = [c for c in quoted if sum(sentences.size[s] for s in c.sentence_seeds) >= min_words]
    return quoted, unquoted


def _comparable(sentence_size: int, passage_size: int) -> bool:
    """A short sentence and a passage of about its length (two partial quotes of one phrase)."""
    return sentence_size <= SHORT_SENTENCE and passage_size <= 1.5 * sentence_size


def _shared_words(keys: Sequence[str], passage_keys: Sequence[str]) -> int:
    """Words a short sentence shares with a passage, in order (their longest common run of
    words): `no longer had enough in the tank` shares six of seven with `... no longer have ...`,
    where exact trigrams see only four."""
    return (len(keys) + len(passage_keys) - Indel.distance(keys, passage_keys)) // 2


def _within_a_line(chain: _Chain, text: str, words: Sequence[Token]) -> _Chain | None:
    """A paraphrase stays within one line: a headline, a paragraph break and the lead that
    repeats its phrase are no rendering together. The line with most shared words is kept."""
    by_line: dict[int, set[int]] = defaultdict(set)
    for i in chain.covered:
        by_line[text.count("\n", 0, words[i].start)].add(i)
    covered = max(by_line.values(), key=len)
    if _longest_run(covered) < UNQUOTED_RUN_WORDS:
        return None
    return _Chain(chain.passage, chain.last_i, chain.last_j, covered)


def _longest_run(positions: set[int]) -> int:
    longest = run = 0
    for i in sorted(positions):
        run = run + 1 if i - 1 in positions else 1
        longest = max(longest, run)
    return longest


def _settle_rivals(claims: list[_Claim], passage_sizes: Sequence[int]) -> None:
    """A sentence claimed by several passages stays with those seeded nearly as well as the best,
    and with any passage it renders most of (a reporter may run two passages into one)."""
    best: dict[int, int] = defaultdict(int)
    for claim in claims:
        for s, n in claim.sentence_seeds.items():
            best[s] = max(best[s], n)
    for claim in claims:
        whole = len(claim.covered) >= WHOLE_PASSAGE_SHARE * passage_sizes[claim.passage]
        claim.sentence_seeds = {
            s: n for s, n in claim.sentence_seeds.items() if whole or n >= RIVAL_SHARE * best[s]
        }


def _quoted_renderings(
    article: Article,
    index: PassageIndex,
    claims: Sequence[_Claim],
    sentences: QuoteSentences,
    words: Sequence[Token],
    tokens: Sequence[Token],
    quotes: QuoteIndex,
) -> list[Rendering]:
    claims = _merge_same_passage(claims)
    parts = _sentence_parts(article.text, claims, sentences, words)
    renderings = []
    for k, claim in enumerate(claims):
        for run in _consecutive_runs(sorted(claim.sentence_seeds), sentences.quote_of):
            span = Span(parts[(k, run[0])].start, parts[(k, run[-1])].end)
            # whole tokens only: a marker token (`[']`) may start inside the span, end past it
            inside = tuple(
                t
                for t in tokens
                if span.start <= t.start and t.end <= span.end and quotes.segment_at(t.start)
            )
            renderings.append(_rendering(article, index, claim.passage, span, inside, True))
    return renderings


def _merge_same_passage(claims: Sequence[_Claim]) -> list[_Claim]:
    """Two chains of one passage that claim a sentence in common are one rendering."""
    merged: list[_Claim] = []
    for claim in sorted(claims, key=lambda c: (c.passage, min(c.sentence_seeds))):
        last = merged[-1] if merged else None
        if (
            last
            and last.passage == claim.passage
            and last.sentence_seeds.keys() & claim.sentence_seeds.keys()
        ):
            for s, n in claim.sentence_seeds.items():
                last.sentence_seeds[s] = max(n, last.sentence_seeds.get(s, 0))
            last.covered |= claim.covered
        else:
            merged.append(_Claim(claim.passage, dict(claim.sentence_seeds), set(claim.covered)))
    return merged


def _sentence_parts(
    text: str, claims: Sequence[_Claim], sentences: QuoteSentences, words: Sequence[Token]
) -> dict[tuple[int, int], Span]:
    """Each claim's part of each sentence it claims: the whole sentence, or, where a reporter
    ran two passages into one sentence, the stretch from its seeded words to the next
    passage's. Claims whose seeded words overlap render the same words and share a part."""
    sharers: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for k, claim in enumerate(claims):
        for s in claim.sentence_seeds:
            seeded = [i for i in claim.covered if sentences.of_word[i] == s]
            sharers[s].append((min(seeded), max(seeded), k))
    parts: dict[tuple[int, int], Span] = {}
    for s, entries in sharers.items():
        groups: list[list[tuple[int, int, int]]] = []
        for entry in sorted(entries):
            if groups and entry[0] <= max(e[1] for e in groups[-1]):
                groups[-1].append(entry)
            else:
                groups.append([entry])
        sentence = sentences.spans[s]
        for n, group in enumerate(groups):
            start = sentence.start if n == 0 else words[group[0][0]].start
            end = sentence.end if n + 1 == len(groups) else words[groups[n + 1][0][0]].start
            part = strip_span(text, start, end) or Span(start, end)
            parts.update({(k, s): part for _, _, k in group})
    return parts


def _consecutive_runs(indices: Sequence[int], quote_of: Sequence[int]) -> list[list[int]]:
    """Runs of sentences that follow one another inside one quotation."""
    runs: list[list[int]] = []
    for i in indices:
        if runs and i == runs[-1][-1] + 1 and quote_of[i] == quote_of[i - 1]:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _unquoted_renderings(
    article: Article,
    index: PassageIndex,
    chains: Sequence[_Chain],
    words: Sequence[Token],
    tokens: Sequence[Token],
    quoted: Sequence[Rendering],
) -> list[Rendering]:
    renderings = []
    for chain in chains:
        first, last = min(chain.covered), _to_sentence_end(article.text, words, max(chain.covered))
        span = Span(words[first].start, words[last].end)
        passage_id = index.passages[chain.passage].id
        if any(r.passage_id == passage_id and r.span.overlaps(span) for r in quoted):
            continue
        inside = tuple(t for t in tokens if span.start <= t.start and t.end <= span.end)
        renderings.append(_rendering(article, index, chain.passage, span, inside, False))
    return renderings


def _to_sentence_end(text: str, words: Sequence[Token], last: int) -> int:
    """A paraphrase that stops a word or two short of its sentence's end goes on to it."""
    for step in range(UNQUOTED_TAIL_WORDS + 1):
        k = last + step
        if k >= len(words):
            break
        after = text[words[k].end : words[k + 1].start if k + 1 < len(words) else len(text)]
        if any(stop in after for stop in ".!?\n"):
            return k
        if any(mark in after for mark in ",;:—–()" + DOUBLE_QUOTES):
            return last  # `..., he added.`: the reporter's words, not the source's
    return last


def _rendering(
    article: Article,
    index: PassageIndex,
    passage: int,
    span: Span,
    tokens: tuple[Token, ...],
    quoted: bool,
) -> Rendering:
    line, column = line_col(article.text, span.start)
    return Rendering(
        passage_id=index.passages[passage].id,
        article_id=article.id,
        span=span,
        text=article.text[span.start : span.end],
        quoted=quoted,
        tokens=tokens,
        line=line,
        column=column,
    )
