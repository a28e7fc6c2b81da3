"""Group the figures of different articles that quantify the same thing, and judge each group."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from itertools import combinations

from qdiff.facts.context import own_words, stem
from qdiff.facts.interval import judge
from qdiff.facts.link import (
    LINK_SCORE,
    can_both_be_right,
    comparable,
    fold_compounds,
    is_bare_year,
    link_score,
    may_be_one,
    name_generic_counts,
    similarity,
)
from qdiff.facts.model import FactGroup, FactStatus, Figure, FigureKind, Side, Value
from qdiff.model import Article
from qdiff.text import tokenize

CONFLICT_SIMILARITY = 70.0
CONFLICT_NEAR_SHARE = 0.5
"""How alike the words around two figures must be, values aside, before their different
values are reported as a conflict: their contexts as a whole (CONFLICT_SIMILARITY) and the
share of their NEAR_WORDS nearest words in common (CONFLICT_NEAR_SHARE). Names and places
make any two sentences of one story look alike; the words next to a figure say what it
counts. A false conflict costs a reader more than a missed one."""
NEAR_WORDS = 8
NOUN_PHRASE_QUALIFIERS = 2
"""How many words a count's own phrase must qualify its noun by to name one thing plainly:
'Olympic gold medals', not just 'Tread machines'."""
DIRECTED_CONFLICT_SIMILARITY = 40.0
"""The wording two figures that move their subject the same way need to conflict."""
_ABOUT_WORDS = 7
_STATUS_ORDER = {
    FactStatus.CONFLICT: 0,
    FactStatus.AGREE: 1,
    FactStatus.ROUNDED: 1,
    FactStatus.HEDGED: 1,
    FactStatus.SINGLE: 2,
}


def difference(values: Iterable[Value]) -> float | None:
    """(max - min) / max of numeric values; None for dates and spans, or when max is 0."""
    numbers = [abs(v) for v in values if isinstance(v, int | float)]
    if not numbers or max(numbers) == 0:
        return None
    return round((max(numbers) - min(numbers)) / max(numbers), 4)


def group_figures(
    figures: Sequence[Figure], articles: Sequence[Article] = ()
) -> tuple[FactGroup, ...]:
    """Cluster figures of different articles by what they are about; conflicts first."""
    clusters = _cluster(name_generic_counts(fold_compounds(figures)))
    texts = {a.id: a.text for a in articles}
    order = {a.id: i for i, a in enumerate(articles)}
    groups = [group for members in clusters for group in _judge(members, texts)]
    groups.sort(key=lambda g: (_STATUS_ORDER[g.status], *_position(g.figures[0], order)))
    return tuple(_with_unique_ids(groups))


def _cluster(figures: Sequence[Figure]) -> list[list[Figure]]:
    """Link each figure to its best match in each other article when that choice is mutual,
    strongest links first; two clusters merge only if every pair across them is compatible."""
    edges = _mutual_best_links(figures)
    owner = list(range(len(figures)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(figures))}
    for _, i, j in sorted(edges, key=lambda e: (-e[0], e[1], e[2])):
        ci, cj = owner[i], owner[j]
        if ci != cj and _can_merge(figures, members[ci], members[cj]):
            for x in members[cj]:
                owner[x] = ci
            members[ci].extend(members.pop(cj))
    _attach_repeats(figures, owner, members)
    _attach_strays(figures, owner, members)
    return [sorted((figures[x] for x in group), key=_reading_order) for group in members.values()]


def _mutual_best_links(figures: Sequence[Figure]) -> list[tuple[float, int, int]]:
    """Only figures of one block (the same comparable unit) are ever scored against each
    other, so the work grows with the sizes of the blocks, not with the square of the corpus."""
    best: dict[tuple[int, str], tuple[float, int]] = {}
    scores: dict[tuple[int, int], float] = {}
    for block in _blocks(figures):
        for i, j in combinations(block, 2):
            a, b = figures[i], figures[j]
            if a.article_id == b.article_id or not may_be_one(a, b):
                continue
            score = link_score(a, b)
            if score < LINK_SCORE:
                continue
            scores[i, j] = score
            for x, y in ((i, j), (j, i)):
                slot = (x, figures[y].article_id)
                if slot not in best or score > best[slot][0]:
                    best[slot] = (score, y)
    return [
        (score, i, j)
        for (i, j), score in scores.items()
        if best[i, figures[j].article_id][1] == j and best[j, figures[i].article_id][1] == i
    ]


def _blocks(figures: Sequence[Figure]) -> list[list[int]]:
    """The indices of the figures, by the unit they must share to be compared."""
    blocks: dict[str, list[int]] = {}
    for i, figure in enumerate(figures):
        blocks.setdefault(comparable(figure), []).append(i)
    return list(blocks.values())


def _can_merge(figures: Sequence[Figure], left: list[int], right: list[int]) -> bool:
    """Is every pair across two clusters of one block compatible?"""
    return all(may_be_one(figures[x], figures[y]) for x in left for y in right)


def _attach_repeats(
    figures: Sequence[Figure], owner: list[int], members: dict[int, list[int]]
) -> None:
    """An article that repeats a figure (its headline, then its body) repeats the same fact:
    clusters holding the same value from one article are one, when every pair across them
    is compatible and their values can all be right together (a repeat never makes a
    conflict). Bare years are not repeats: a story dates many things to the same year."""
    seen: dict[tuple[str, str, Value], int] = {}
    for i, figure in enumerate(figures):
        if is_bare_year(figure):
            continue
        key = (figure.article_id, comparable(figure), figure.value)
        if key not in seen:
            seen[key] = i
            continue
        left, right = owner[seen[key]], owner[i]
        if left == right or not _can_join(figures, members[left], members[right]):
            continue
        for x in members[right]:
            owner[x] = left
        members[left].extend(members.pop(right))


def _can_join(figures: Sequence[Figure], left: list[int], right: list[int]) -> bool:
    """Can two clusters merge without a pair across them that is incompatible or disagrees?"""
    for x in left:
        for y in right:
            a, b = figures[x], figures[y]
            if not may_be_one(a, b):
                return False
            if a.article_id != b.article_id and not can_both_be_right(a, b):
                return False
    return True


def _attach_strays(
    figures: Sequence[Figure], owner: list[int], members: dict[int, list[int]]
) -> None:
    """A figure still alone joins the group it links to best, when its value agrees with every
    figure there: a mutual best link is strict, and an article's headline can take it from
    the same figure in its body ('over 20 years' and '22 1/2 years'). A stray never makes a
    conflict."""
    keys = [comparable(f) for f in figures]
    for i, figure in enumerate(figures):
        if len(members[owner[i]]) > 1 or is_bare_year(figure):
            continue
        best: tuple[float, int] | None = None
        for cluster, indices in members.items():
            if len(indices) < 2 or keys[indices[0]] != keys[i]:
                continue
            if not _can_merge(figures, indices, [i]):
                continue
            if not all(can_both_be_right(figure, figures[x]) for x in indices):
                continue
            score = max(link_score(figure, figures[x]) for x in indices)
            if score >= LINK_SCORE and (best is None or score > best[0]):
                best = (score, cluster)
        if best is not None:
            members.pop(owner[i])
            owner[i] = best[1]
            members[best[1]].append(i)


def _reading_order(figure: Figure) -> tuple[str, int]:
    return figure.article_id, figure.span.start


def _position(figure: Figure, order: dict[str, int]) -> tuple[int, str, int]:
    return order.get(figure.article_id, len(order)), figure.article_id, figure.span.start


def _judge(figures: list[Figure], texts: dict[str, str]) -> list[FactGroup]:
    """The group's status; a conflict whose sides are not plainly about the same thing is
    taken apart into its sides, each judged alone."""
    if len({f.article_id for f in figures}) == 1:
        return [_group(figures, texts, FactStatus.SINGLE)]
    status, sides = judge(figures)
    if status is not FactStatus.CONFLICT:
        return [_group(figures, texts, status)]
    if not _sides_about_one_thing(sides):
        return [g for side in sides for g in _judge(list(side.figures), texts)]
    gap = difference(f.value for f in figures)
    return [_group(figures, texts, status, gap, sides)]


def _sides_about_one_thing(sides: Sequence[Side]) -> bool:
    """Is every side's wording close to another side's, values aside? A reading only one
    outlet gives must be worded plainly alike; one that several outlets share may be the same
    move in related wording. Or one outlet is the odd one out, its own phrase naming the
    thing ('three Olympic gold medals') beside every figure of the other reading."""
    if len(sides) == 2 and any(_odd_one_out(side, sides) for side in sides):
        return True
    for side in sides:
        others = _others(side, sides)
        pairs = [(a, b) for a in side.figures for b in others if a.article_id != b.article_id]
        shared = len(side.article_ids) > 1
        if not any(_plainly_alike(a, b) or (shared and _same_move(a, b)) for a, b in pairs):
            return False
    return True


def _others(side: Side, sides: Sequence[Side]) -> list[Figure]:
    return [f for other in sides if other is not side for f in other.figures]


def _odd_one_out(side: Side, sides: Sequence[Side]) -> bool:
    if len(side.article_ids) != 1:
        return False
    others = [f for f in _others(side, sides) if f.article_id not in side.article_ids]
    return bool(others) and any(all(_phrase_beside(a, b) for b in others) for a in side.figures)


def _plainly_alike(a: Figure, b: Figure) -> bool:
    """Close wording all round and next to the figures (beside them: a figure's own words,
    'Grand Slam singles titles', say what it counts, not that two outlets mean one count)."""
    near_a, near_b = set(_beside(a)), set(_beside(b))
    shared = len(near_a & near_b) / max(1, min(len(near_a), len(near_b)))
    return similarity(a, b) >= CONFLICT_SIMILARITY and shared >= CONFLICT_NEAR_SHARE


def _beside(figure: Figure) -> list[str]:
    own = set(own_words(figure.text))
    return [w for w in figure.context if w not in own][:NEAR_WORDS]


def _phrase_beside(one: Figure, other: Figure) -> bool:
    """A count that names its thing in a phrase of its own ('three Olympic gold medals') whose
    qualifiers all stand beside the other figure ('the four-time Olympic gold medalist')."""
    if one.kind is not FigureKind.COUNT:
        return False
    qualifiers = set(own_words(one.text)) - {stem(one.unit)}
    beside = set(other.context[:NEAR_WORDS])
    return len(qualifiers) >= NOUN_PHRASE_QUALIFIERS and qualifiers <= beside


def _same_move(a: Figure, b: Figure) -> bool:
    """The same move ('£4bn of cuts', '£4.4 billion cut') in related wording."""
    same = a.direction is not None and a.direction is b.direction
    return same and similarity(a, b) >= DIRECTED_CONFLICT_SIMILARITY


def _group(
    figures: list[Figure],
    texts: dict[str, str],
    status: FactStatus,
    gap: float | None = None,
    sides: tuple[Side, ...] = (),
) -> FactGroup:
    figures = sorted(figures, key=_reading_order)
    return FactGroup(
        id="",
        about=describe(figures, texts),
        kind=figures[0].kind,
        status=status,
        figures=tuple(figures),
        difference=gap,
        sides=sides,
    )


def describe(figures: Sequence[Figure], texts: dict[str, str]) -> str:
    """What the figures are about: the words their contexts share, in the order of a sentence."""
    counts: dict[str, int] = {}
    for figure in figures:
        for word in set(figure.context):
            counts[word] = counts.get(word, 0) + 1
    shared = {w for w, n in counts.items() if n > 1} if len(figures) > 1 else set()
    if len(shared) < 2:
        shared = set(figures[0].context[:_ABOUT_WORDS])
    best = max(figures, key=lambda f: len(shared & set(f.context)))
    text = texts.get(best.article_id)
    if text is None:
        return " ".join(w for w in best.context if w in shared)[:80]
    words = [
        t.text
        for t in tokenize(text, best.sentence.start, best.sentence.end)
        if stem(t.key) in shared and not best.span.start <= t.start < best.span.end
    ]
    return " ".join(list(dict.fromkeys(words))[:_ABOUT_WORDS])


def _with_unique_ids(groups: list[FactGroup]) -> list[FactGroup]:
    seen: dict[str, int] = {}
    result = []
    for group in groups:
        slug = "-".join(re.findall(r"[a-z0-9]+", group.about.casefold())[:4]) or "figure"
        base = f"{group.kind.value}-{slug}"
        seen[base] = seen.get(base, 0) + 1
        gid = base if seen[base] == 1 else f"{base}-{seen[base]}"
        result.append(replace(group, id=gid))
    return result
