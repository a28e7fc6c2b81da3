"""Reference-free collation: the quotations outlets share, each judged against their consensus.

`clusters` groups the occurrences of each shared quotation; here each cluster's base is the
consensus of its witnesses (see `consensus`), and each witness is classified against it, every
edit naming the outlets that make it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace

from qdiff.collate.clusters import Node, Source, Sources, find_clusters
from qdiff.collate.consensus import Witness, consensus_text, medoid
from qdiff.collate.creep import with_quote_creep
from qdiff.collate.source import ClusterWitnesses, covering, source_articles
from qdiff.collate.ties import mark_ties
from qdiff.compare.align import BlockTag, align, word_blocks
from qdiff.compare.reference import PassageIndex, passage_id_for
from qdiff.config import Normalise
from qdiff.model import Article, Edit, EditKind, Finding, Passage, PassageBase, Rendering, Span
from qdiff.text import is_marker, line_col, tokenize, word_keys


def collate(
    articles: Sequence[Article],
    min_words: int = 6,
    normalise: Normalise | None = None,
    claimed: Mapping[str, Sequence[Span]] | None = None,
    taken_ids: frozenset[str] = frozenset(),
    read: Sources | None = None,
) -> tuple[tuple[Passage, ...], tuple[Finding, ...]]:
    """Passages two or more articles share (one quoting them at least), and their findings.

    `claimed` spans (per article id) are already explained, by a reference, and left out.
    `read` holds the articles' quotations where the run has read them already.
    """
    read = read or Sources()
    sources = [read.of(a) for a in articles]
    clusters = find_clusters(sources, min_words, claimed or {})
    witnessed = [
        found
        for nodes in clusters
        if len({n.article for n in nodes}) >= 2 and any(n.quote is not None for n in nodes)
        if (found := _witnessed(nodes, sources, min_words)) is not None
    ]
    chosen = source_articles([w.cluster for w in witnessed], min_words)
    collated: list[tuple[Passage, list[tuple[Node, Rendering]]]] = []
    used = set(taken_ids)
    for found, source in zip(witnessed, chosen, strict=True):
        based = _based(found, source, used)
        used.add(based[0].id)
        collated.append(based)
    printing = {p.source for p, _ in collated if p.source is not None}
    index = PassageIndex([passage for passage, _ in collated])
    findings: list[Finding] = []
    for passage, witnesses in collated:
        judged = [
            align(passage, rendering, normalise=normalise, index=index)
            for _, rendering in witnesses
        ]
        shared = _share_edits(with_quote_creep(passage, judged, printing))
        findings.extend(shared if passage.base is PassageBase.SOURCE else mark_ties(shared))
    return tuple(passage for passage, _ in collated), tuple(findings)


@dataclass(frozen=True, slots=True)
class _Witnessed:
    """A cluster's occurrences that witness its passage, with their renderings and words."""

    nodes: tuple[Node, ...]
    renderings: tuple[Rendering, ...]
    cluster: ClusterWitnesses


def _witnessed(
    nodes: Sequence[Node], sources: Sequence[Source], min_words: int
) -> _Witnessed | None:
    """The occurrences that share enough of the cluster's words; None when fewer than two
    articles do."""
    renderings = [rendering_of(node, sources) for node in nodes]
    witnesses = [
        Witness(
            tuple(t for t in r.tokens if not is_marker(t)),
            sources[n.article].article.text,
            r.span.end,
            r.quoted,
        )
        for n, r in zip(nodes, renderings, strict=True)
    ]
    kept = _substantial(witnesses, min_words)
    if len({renderings[k].article_id for k in kept}) < 2:
        return None
    kept_witnesses = tuple(witnesses[k] for k in kept)
    cluster = ClusterWitnesses(
        tuple(nodes[k].article for k in kept), kept_witnesses, medoid(kept_witnesses)
    )
    return _Witnessed(tuple(nodes[k] for k in kept), tuple(renderings[k] for k in kept), cluster)


def _based(
    found: _Witnessed, source: int | None, used: Collection[str]
) -> tuple[Passage, list[tuple[Node, Rendering]]]:
    """A cluster's passage and the renderings that witness it: the base is the source's words
    where an article prints the passage as its source, else the witnesses' consensus."""
    if source is None:
        base = consensus_text(found.cluster.witnesses)
        kind, source_id = PassageBase.CONSENSUS, None
    else:
        base = consensus_text([covering(found.cluster.witnesses[source], found.cluster.quoted)])
        kind, source_id = PassageBase.SOURCE, found.renderings[source].article_id
    tokens = tokenize(base)
    passage = Passage(passage_id_for(tokens, used), base, tokens, kind, source=source_id)
    return passage, [
        (n, replace(r, passage_id=passage.id))
        for n, r in zip(found.nodes, found.renderings, strict=True)
    ]


def _substantial(witnesses: Sequence[Witness], min_words: int) -> list[int]:
    """The witnesses that share at least min_words words with the medoid, and a good share of
    their own words: another sentence that shares a phrase and a name is no witness."""
    pivot = medoid(witnesses)
    pivot_keys = [t.key for t in pivot.tokens]
    kept = []
    for k, witness in enumerate(witnesses):
        blocks = word_blocks(pivot_keys, [t.key for t in witness.tokens])
        shared = sum(b.i2 - b.i1 for b in blocks if b.tag is BlockTag.EQUAL)
        if shared >= min_words and shared >= WITNESS_SHARE * len(witness.tokens):
            kept.append(k)
    return kept


WITNESS_SHARE = 0.4


def rendering_of(node: Node, sources: Sequence[Source]) -> Rendering:
    """The rendering a node stands for, its quoted words only, with its speaker."""
    source = sources[node.article]
    text = source.article.text
    span = node.span
    inside = node.quote is not None
    tokens = tuple(
        t
        for t in tokenize(text, span.start, span.end)
        if not inside or source.quote_index.segment_at(t.start)
    )
    line, column = line_col(text, span.start)
    speaker = source.speakers[node.quote] if node.quote is not None else None
    return Rendering(
        "",
        source.article.id,
        span,
        text[span.start : span.end],
        inside,
        tokens,
        line,
        column,
        speaker,
    )


def _share_edits(findings: Sequence[Finding]) -> list[Finding]:
    """Name, on every edit, the articles whose renderings make the same edit."""

    def signature(edit: Edit) -> tuple[EditKind | None, tuple[str, ...], tuple[str, ...]]:
        return (edit.kind, word_keys(edit.reference), word_keys(edit.rendering))

    sharing: dict[tuple[EditKind | None, tuple[str, ...], tuple[str, ...]], list[str]] = (
        defaultdict(list)
    )
    for finding in findings:
        for edit in {signature(e) for e in finding.edits}:
            sharing[edit].append(finding.rendering.article_id)
    return [
        replace(
            f,
            pieces=tuple(
                replace(p, outlets=tuple(sorted(set(sharing[signature(p)])))) if p.kind else p
                for p in f.pieces
            ),
        )
        for f in findings
    ]
