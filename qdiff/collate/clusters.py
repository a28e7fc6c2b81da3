"""Cluster the quoted sentences outlets share: which stretches of which articles render one
another. The first half of reference-free collation; `collate` builds each cluster's base.

Every sentence inside quotation marks is a candidate. The rendering finder looks for it in every
other article (quoted or not); occurrences that render one another, or mostly overlap in one
article, form a cluster, the way a textual scholar groups the witnesses of one text. A sentence
that runs two of another outlet's sentences together is split into them, and sentences quoted
back to back are one cluster.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from rapidfuzz.distance import Indel

from qdiff.compare.match import SENTENCE_CLAIM_SHARE, renderings_in
from qdiff.compare.reference import SEED_WORDS, PassageIndex
from qdiff.lexicon import QUOTE_MARKS, char_class
from qdiff.model import Article, Passage, Quote, Rendering, Span, Token
from qdiff.quotes.extract import QuoteIndex, extract_quotes
from qdiff.quotes.sentences import quote_sentences
from qdiff.speakers.attribute import attribute_speakers
from qdiff.text import is_marker, relative_tokens, tokenize, word_count

_JOINER = re.compile(rf"^[\s{char_class(QUOTE_MARKS)}]*$")


@dataclass(frozen=True, slots=True)
class Node:
    """One occurrence: a stretch of one article that renders the shared words."""

    article: int
    span: Span
    quote: int | None
    """Index of the quotation it stands in, if any."""


class Source:
    """One article's quotations and their speakers: the per-article record every stage of a run
    shares (find, collate, findings), so each is computed once. Speakers are attributed when
    first asked for: most articles of a large corpus quote nothing that is rendered."""

    __slots__ = ("_numbers", "_speakers", "article", "quote_index", "quotes")

    def __init__(self, article: Article) -> None:
        self.article = article
        self.quotes: tuple[Quote, ...] = tuple(extract_quotes(article))
        self.quote_index = QuoteIndex(self.quotes)
        self._numbers = {id(quote): k for k, quote in enumerate(self.quotes)}
        self._speakers: tuple[str | None, ...] | None = None

    def quote_number_at(self, offset: int) -> int | None:
        """The index of the quotation at offset, if any."""
        quote = self.quote_index.quote_at(offset)
        return None if quote is None else self._numbers[id(quote)]

    @property
    def speakers(self) -> tuple[str | None, ...]:
        if self._speakers is None:
            self._speakers = attribute_speakers(self.article, self.quotes)
        return self._speakers

    def speaker_at(self, offset: int) -> str | None:
        """The speaker of the quotation at offset, if any."""
        number = self.quote_number_at(offset)
        return None if number is None else self.speakers[number]


class Sources:
    """The Source of each article of a run, read once, on first use."""

    def __init__(self) -> None:
        self._read: dict[str, Source] = {}

    def of(self, article: Article) -> Source:
        source = self._read.get(article.id)
        if source is None or source.article is not article:
            source = self._read[article.id] = Source(article)
        return source


def find_clusters(
    sources: Sequence[Source], min_words: int, claimed: Mapping[str, Sequence[Span]]
) -> list[list[Node]]:
    """Occurrences that render one another, grouped; `claimed` spans are left out."""
    units = _units(sources, min_words, claimed)
    if not units:
        return []
    edges, copies = _edges(sources, units, min_words, claimed)
    for _ in range(_MAX_SPLIT_ROUNDS):
        composite = _composite_units(units, edges)
        if not composite:
            break
        units = [u for u in units if _key(u[1]) not in composite]
        edges, copies = _edges(sources, units, min_words, claimed)
    return _merge_adjacent(_clusters(units, edges + copies), sources)


def read_source(article: Article) -> Source:
    return Source(article)


def _is_claimed(article_id: str, span: Span, claimed: Mapping[str, Sequence[Span]]) -> bool:
    return any(span.overlaps(other) for other in claimed.get(article_id, ()))


def _units(
    sources: Sequence[Source], min_words: int, claimed: Mapping[str, Sequence[Span]]
) -> list[tuple[Node, Passage]]:
    """Every quoted sentence long enough to be a passage, as a passage of its own (the words of
    an interrupted quotation without the attribution between its pieces). Short sentences of
    one quotation join the next (`"You have no remorse. There are no mitigating factors."`)."""
    units: list[tuple[Node, Passage]] = []
    for a, source in enumerate(sources):
        text = source.article.text
        for q, span, tokens in quoted_sentences(source, min_words):
            if _is_claimed(source.article.id, span, claimed):
                continue
            passage = Passage(
                str(len(units)), text[span.start : span.end], relative_tokens(tokens, span.start)
            )
            units.append((Node(a, span, q), passage))
    return units


def quoted_sentences(source: Source, min_words: int) -> list[tuple[int, Span, tuple[Token, ...]]]:
    """Every quoted sentence of min_words or more (short ones joined), in order: the index of its
    quotation, its span, and its quoted words (without an interrupting attribution)."""
    text = source.article.text
    return [
        (q, span, _quoted_tokens(text, span, source))
        for q, quote in enumerate(source.quotes)
        for span in _long_enough(text, quote_sentences(text, quote), source, min_words)
    ]


def _quoted_tokens(text: str, span: Span, source: Source) -> tuple[Token, ...]:
    return tuple(
        t for t in tokenize(text, span.start, span.end) if source.quote_index.segment_at(t.start)
    )


def _long_enough(
    text: str, sentences: Sequence[Span], source: Source, min_words: int
) -> list[Span]:
    """The sentences of min_words or more, and runs of shorter ones that reach min_words
    together; a short sentence before a long one is left out, not joined to it."""

    def words(span: Span) -> int:
        return word_count(text, _quoted_tokens(text, span, source))

    spans: list[Span] = []
    pending: Span | None = None
    for sentence in sentences:
        if words(sentence) >= min_words:
            spans.append(sentence)
            pending = None
            continue
        pending = Span(pending.start, sentence.end) if pending else sentence
        if words(pending) >= min_words:
            spans.append(pending)
            pending = None
    return spans


def _edges(
    sources: Sequence[Source],
    units: Sequence[tuple[Node, Passage]],
    min_words: int,
    claimed: Mapping[str, Sequence[Span]],
) -> tuple[list[tuple[Node, Node]], list[tuple[Node, Node]]]:
    """Occurrences that render one another: each distinct quoted sentence with its other places
    and its renderings found in every article; then each near copy with its original."""
    passages, occurrences = _distinct(units)
    edges = [(nodes[0], other) for nodes in occurrences for other in nodes[1:]]
    copied = _near_copies(passages)
    copies = [(occurrences[r][0], occurrences[p][0]) for p, r in enumerate(copied) if p != r]
    index = PassageIndex([passages[p] for p, r in enumerate(copied) if p == r])
    in_article: dict[tuple[str, int], list[Node]] = defaultdict(list)
    for p, nodes in enumerate(occurrences):
        for node in nodes:
            in_article[(str(p), node.article)].append(node)
    for a, source in enumerate(sources):
        for rendering in renderings_in(source.article, index, min_words, None, source.quote_index):
            nodes = occurrences[int(rendering.passage_id)]
            if any(n.span.overlaps(rendering.span) for n in in_article[(rendering.passage_id, a)]):
                continue  # the sentence itself
            if _is_claimed(source.article.id, rendering.span, claimed):
                continue
            if not rendering.quoted and not _most_of(
                rendering, passages[int(rendering.passage_id)]
            ):
                continue
            start = rendering.tokens[0].start
            quote_number = source.quote_number_at(start) if rendering.quoted else None
            edges.append((nodes[0], Node(a, rendering.span, quote_number)))
    return edges, copies


_MAX_SPLIT_ROUNDS = 3


def _key(passage: Passage) -> tuple[str, ...]:
    return tuple(t.key for t in passage.tokens if not is_marker(t))


def _composite_units(
    units: Sequence[tuple[Node, Passage]], edges: Sequence[tuple[Node, Node]]
) -> set[tuple[str, ...]]:
    """Quoted sentences that run two or more sentences of another outlet together (a reporter's
    merged sentence, a transcript with no full stops): each whole would chain those sentences'
    clusters into one; without it, its words are found as renderings of each of them."""
    key_of = {node: _key(passage) for node, passage in units}
    occurrences: dict[int, list[Node]] = defaultdict(list)
    for node, _ in units:
        occurrences[node.article].append(node)
    composite = set()
    for unit_node, rendering in edges:
        inside = {
            key_of[node]
            for node in occurrences[rendering.article]
            if key_of[node] != key_of[unit_node] and _within(node.span, rendering.span)
        }
        if len(inside) >= 2:
            composite.add(key_of[unit_node])
    return composite


def _within(inner: Span, outer: Span) -> bool:
    """Most of inner lies inside outer."""
    shared = min(inner.end, outer.end) - max(inner.start, outer.start)
    return 2 * shared > len(inner)


UNQUOTED_SHARE = 0.6
"""A paraphrase joins a quotation's cluster only when it has most of its words: a few shared
words outside quotation marks must not bridge two quotations' clusters."""


def _most_of(rendering: Rendering, passage: Passage) -> bool:
    words = sum(not is_marker(t) for t in rendering.tokens)
    return words >= UNQUOTED_SHARE * sum(not is_marker(t) for t in passage.tokens)


def _distinct(
    units: Sequence[tuple[Node, Passage]],
) -> tuple[list[Passage], list[list[Node]]]:
    """One passage for each different quoted sentence, with every place it stands: a sentence
    wire copy spreads to fifty outlets is searched for once, not fifty times."""
    seen: dict[tuple[str, ...], int] = {}
    passages: list[Passage] = []
    occurrences: list[list[Node]] = []
    for node, passage in units:
        key = _key(passage)
        if key not in seen:
            seen[key] = len(passages)
            passages.append(replace(passage, id=str(len(passages))))
            occurrences.append([])
        occurrences[seen[key]].append(node)
    return passages, occurrences


NEAR_COPY_SHARE = 0.8
"""A quoted sentence this share of whose words stand in another, in order, and enough of whose
words are seeded by the other's trigrams for the finder to claim a sentence like it (the
finder's SENTENCE_CLAIM_SHARE), is a near copy of it: the other with a word changed, dropped,
swapped or cut, or a part of it. What the copy renders, the other renders too, so only the
other is looked for in every article, and the copy joins its cluster: outlets quoting one
sentence with small edits do not make the search grow with their square."""
NEAR_COPY_CANDIDATES = 8
"""The earlier sentences sharing the most trigrams with a sentence that are tried as its
original."""


def _near_copies(passages: Sequence[Passage]) -> list[int]:
    """For each passage, the earlier passage it is a near copy of (itself if none)."""
    keys = [_key(p) for p in passages]
    originals: dict[tuple[str, ...], list[int]] = defaultdict(list)
    copied = []
    for p, mine in enumerate(keys):
        trigrams = [mine[j : j + SEED_WORDS] for j in range(len(mine) - SEED_WORDS + 1)]
        shared: dict[int, set[int]] = defaultdict(set)
        for j, trigram in enumerate(trigrams):
            for r in originals.get(trigram, ()):
                shared[r].add(j)
        tried = sorted(shared, key=lambda r: (-len(shared[r]), r))[:NEAR_COPY_CANDIDATES]
        original = next(
            (r for r in tried if _near_copy(mine, keys[r], shared[r])),
            p,
        )
        copied.append(original)
        if original == p:
            for trigram in set(trigrams):
                originals[trigram].append(p)
    return copied


def _near_copy(keys: Sequence[str], other: Sequence[str], seeds: set[int]) -> bool:
    """Enough of keys are seeded (the trigrams at `seeds` are other's), and most stand in other
    in order."""
    seeded = len({j + k for j in seeds for k in range(SEED_WORDS)})
    if seeded < SENTENCE_CLAIM_SHARE * len(keys):
        return False
    in_order = (len(keys) + len(other) - Indel.distance(keys, other)) // 2
    return in_order >= NEAR_COPY_SHARE * len(keys)


def _clusters(
    units: Sequence[tuple[Node, Passage]], edges: Sequence[tuple[Node, Node]]
) -> list[list[Node]]:
    """Connected occurrences; overlapping occurrences in one article are one node."""
    nodes = [n for n, _ in units] + [n for edge in edges for n in edge]
    canonical = _merge_overlaps(nodes)
    parent = {n: n for n in canonical.values()}

    def find(n: Node) -> Node:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for left, right in edges:
        parent[find(canonical[left])] = find(canonical[right])
    groups: dict[Node, list[Node]] = defaultdict(list)
    for node in sorted(set(canonical.values()), key=lambda n: (n.article, n.span.start)):
        groups[find(node)].append(node)
    return sorted(groups.values(), key=lambda g: (g[0].article, g[0].span.start))


def _merge_overlaps(nodes: Sequence[Node]) -> dict[Node, Node]:
    """Map each node to the union of the nodes of its article it mostly overlaps: a partial
    quotation inside a longer one joins it; two sentences whose spans merely touch do not
    (a transcript printed whole would otherwise chain every passage into one)."""
    mapping: dict[Node, Node] = {}
    by_article: dict[int, list[Node]] = defaultdict(list)
    for node in set(nodes):
        by_article[node.article].append(node)
    for article, group in by_article.items():
        group.sort(key=lambda n: (n.span.start, n.span.end))
        runs: list[list[Node]] = []
        for node in group:
            if runs and _mostly_overlap(node.span, _union(runs[-1])):
                runs[-1].append(node)
            else:
                runs.append([node])
        for run in runs:
            quote = _dominant_quote(run)
            merged = Node(article, _union(run), quote)
            mapping.update({n: merged for n in run})
    return mapping


def _union(run: Sequence[Node]) -> Span:
    return Span(run[0].span.start, max(n.span.end for n in run))


def _mostly_overlap(a: Span, b: Span) -> bool:
    shared = min(a.end, b.end) - max(a.start, b.start)
    return shared > 0 and 2 * shared >= min(len(a), len(b))


def _dominant_quote(run: Sequence[Node]) -> int | None:
    """The quotation of merged occurrences, if quoted ones make up most of them."""
    start, end = run[0].span.start, max(n.span.end for n in run)
    quoted = [n for n in run if n.quote is not None]
    if not quoted or 2 * max(len(n.span) for n in quoted) < end - start:
        return None
    return max(quoted, key=lambda n: len(n.span)).quote


def _merge_adjacent(clusters: list[list[Node]], sources: Sequence[Source]) -> list[list[Node]]:
    """Join two clusters when, in two outlets or more, one's occurrences stand right before the
    other's in one quotation, and always do from one side: every occurrence of the first is
    followed by the second, or every occurrence of the second follows the first. Sentences
    quoted back to back are one passage; an outlet quoting only one of them trims it.

    Only clusters with an occurrence in a quotation the first also stands in are tried."""
    merged = True
    while merged:
        merged = False
        holding = _clusters_by_quotation(clusters)
        for i, first in enumerate(clusters):
            tried = {j for n in first if n.quote is not None for j in holding[(n.article, n.quote)]}
            for j in sorted(tried - {i}):
                if _back_to_back(first, clusters[j], sources):
                    clusters[i] = _joined_clusters(first, clusters[j], sources)
                    del clusters[j]
                    merged = True
                    break
            if merged:
                break
    return clusters


def _clusters_by_quotation(clusters: Sequence[Sequence[Node]]) -> dict[tuple[int, int], set[int]]:
    """The clusters with an occurrence in each quotation (article, quote number)."""
    holding: dict[tuple[int, int], set[int]] = defaultdict(set)
    for k, cluster in enumerate(clusters):
        for node in cluster:
            if node.quote is not None:
                holding[(node.article, node.quote)].add(k)
    return holding


def _back_to_back(first: Sequence[Node], second: Sequence[Node], sources: Sequence[Source]) -> bool:
    after = _by_quotation(second)
    followers = {n: _follower(n, after, sources) for n in first}
    linked = [n for n, f in followers.items() if f is not None]
    if len({n.article for n in linked}) < 2:
        return False
    return len(linked) == len(first) or {followers[n] for n in linked} == set(second)


def _joined_clusters(
    first: Sequence[Node], second: Sequence[Node], sources: Sequence[Source]
) -> list[Node]:
    after = _by_quotation(second)
    joined, used = [], set()
    for node in first:
        follower = _follower(node, after, sources)
        if follower is None:
            joined.append(node)
        else:
            used.add(follower)
            joined.append(Node(node.article, Span(node.span.start, follower.span.end), node.quote))
    return joined + [n for n in second if n not in used]


def _by_quotation(cluster: Sequence[Node]) -> dict[tuple[int, int], list[Node]]:
    """A cluster's quoted occurrences by quotation (article, quote number), in cluster order."""
    found: dict[tuple[int, int], list[Node]] = defaultdict(list)
    for node in cluster:
        if node.quote is not None:
            found[(node.article, node.quote)].append(node)
    return found


def _follower(
    node: Node, after: Mapping[tuple[int, int], Sequence[Node]], sources: Sequence[Source]
) -> Node | None:
    """The first occurrence of a cluster (`after`, by quotation) that follows node in its
    quotation with nothing but space and quotation marks between."""
    if node.quote is None:
        return None
    text = sources[node.article].article.text
    for other in after.get((node.article, node.quote), ()):
        if other.span.start >= node.span.end and _JOINER.match(
            text[node.span.end : other.span.start]
        ):
            return other
    return None
