"""Group the figures of different articles that quantify the same thing, and judge each group."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from itertools import combinations

from rapidfuzz import fuzz

from qdiff.facts.extract import stem
from qdiff.facts.model import Direction, FactGroup, FactStatus, Figure, FigureKind, Value
from qdiff.model import Article
from qdiff.text import tokenize

LINK_SCORE = 60.0
"""The score two figures of different articles need to be linked as one thing."""
SAME_VALUE_BONUS = 25.0
CLOSE_VALUE_BONUS = 20.0
"""Given in full to nearly equal values, shrinking to nothing at CLOSE_DIFFERENCE."""
FAR_VALUE_PENALTY = 30.0
CLOSE_DIFFERENCE = 0.3
SMALL_COUNT = 10
"""Counts up to this differ by whole units: 2 against 3 is one person, not a third."""
SAME_DIRECTION_BONUS = 10.0
YEAR_CONTEXT = 6
"""How many of its nearest words a bare year is compared by."""
_PER_YEAR = {"year": 1, "month": 12, "week": 52, "day": 365}
_PEOPLE = frozenset(
    """people person persons individuals adults residents citizens claimants recipients
    voters workers employees patients""".split()
)
_SYNONYMS = {"house": "home", "dwelling": "home", "kid": "child", "children": "child"}
"""Counted nouns that name the same thing; whether they count the same is for the context."""
_ABOUT_WORDS = 7
_STATUS_ORDER = {FactStatus.CONFLICT: 0, FactStatus.AGREE: 1, FactStatus.SINGLE: 2}


def comparable(figure: Figure) -> tuple[str, Value]:
    """The unit two figures must share to be compared, and the value in that unit. A figure
    that goes down is compared by its size: '($1.13)' a share is the '$1.13' loss a share."""
    if figure.kind is FigureKind.RATE:
        currency, _, period = figure.unit.partition("/")
        if period in _PER_YEAR and isinstance(figure.value, int | float):
            return f"{currency}/year", figure.value * _PER_YEAR[period]
    if figure.kind is FigureKind.COUNT:
        return f"count:{noun_key(figure.unit)}", figure.value
    if figure.direction is Direction.DOWN and isinstance(figure.value, int | float):
        return f"{figure.kind.value}:{figure.unit}", abs(figure.value)
    return f"{figure.kind.value}:{figure.unit}", figure.value


def noun_key(unit: str) -> str:
    """The form two counted nouns are compared by: 'fire-fighters' is 'firefighter', 'houses'
    is 'home', and every word for people is 'people'."""
    if unit in _PEOPLE:
        return "people"
    key = stem(unit.replace("-", ""))
    return _SYNONYMS.get(key, key)


def fold_compounds(figures: Sequence[Figure]) -> list[Figure]:
    """A count of 'fire fighters' counts the 'firefighters' another figure counts: where the
    corpus spells a noun closed, its open spelling takes that unit."""
    closed = {noun_key(f.unit): f.unit for f in figures if f.kind is FigureKind.COUNT}
    folded = []
    for figure in figures:
        words = figure.text.split()
        if figure.kind is FigureKind.COUNT and len(words) > 2 and figure.unit not in _PEOPLE:
            key = noun_key(words[-2].casefold() + figure.unit)
            if key in closed and key != noun_key(figure.unit):
                figure = replace(figure, unit=closed[key])
        folded.append(figure)
    return folded


def compatible(a: Figure, b: Figure) -> bool:
    """Could a and b quantify the same thing? Same kind and unit, not opposite directions,
    and not two figures of one sentence (a sentence that gives two figures means two things)."""
    if a.kind is not b.kind or comparable(a)[0] != comparable(b)[0]:
        return False
    if a.direction and b.direction and a.direction is not b.direction:
        return False
    return not (a.article_id == b.article_id and a.sentence == b.sentence)


def similarity(a: Figure, b: Figure) -> float:
    """How alike the words around two figures are, 0 to 100. Bare years are compared by
    their nearest words only: one story dates many things to the same year."""
    if _is_bare_year(a) and _is_bare_year(b):
        near_a, near_b = a.context[:YEAR_CONTEXT], b.context[:YEAR_CONTEXT]
        return fuzz.token_set_ratio(" ".join(near_a), " ".join(near_b))
    return fuzz.token_set_ratio(" ".join(a.context), " ".join(b.context))


def difference(values: Iterable[Value]) -> float | None:
    """(max - min) / max of numeric values; None for dates and spans, or when max is 0."""
    numbers = [abs(v) for v in values if isinstance(v, int | float)]
    if not numbers or max(numbers) == 0:
        return None
    return round((max(numbers) - min(numbers)) / max(numbers), 4)


def link_score(a: Figure, b: Figure) -> float:
    """Context similarity, raised for equal or close values and for the same direction,
    lowered for values far apart: the number alone never links two figures. A bare year
    ('in 2019') dates many things in one story, so only the words around it count."""
    score = similarity(a, b)
    if _is_bare_year(a):
        return score
    va, vb = comparable(a)[1], comparable(b)[1]
    gap = 0.0 if va == vb else _gap(a.kind, va, vb)
    if gap == 0.0:
        score += SAME_VALUE_BONUS
    elif gap is not None and gap < CLOSE_DIFFERENCE:
        score += CLOSE_VALUE_BONUS * (1 - gap / CLOSE_DIFFERENCE)
    else:
        score -= FAR_VALUE_PENALTY
    if a.direction is not None and a.direction is b.direction:
        score += SAME_DIRECTION_BONUS
    return score


def group_figures(
    figures: Sequence[Figure], articles: Sequence[Article] = ()
) -> tuple[FactGroup, ...]:
    """Cluster figures of different articles by what they are about; conflicts first."""
    clusters = _cluster(fold_compounds(figures))
    texts = {a.id: a.text for a in articles}
    order = {a.id: i for i, a in enumerate(articles)}
    groups = [_judge(members, texts) for members in clusters]
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
    return [sorted((figures[x] for x in group), key=_reading_order) for group in members.values()]


def _mutual_best_links(figures: Sequence[Figure]) -> list[tuple[float, int, int]]:
    best: dict[tuple[int, str], tuple[float, int]] = {}
    scores: dict[tuple[int, int], float] = {}
    for i, j in combinations(range(len(figures)), 2):
        a, b = figures[i], figures[j]
        if a.article_id == b.article_id or not compatible(a, b):
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


def _can_merge(figures: Sequence[Figure], left: list[int], right: list[int]) -> bool:
    return all(compatible(figures[x], figures[y]) for x in left for y in right)


def _attach_repeats(
    figures: Sequence[Figure], owner: list[int], members: dict[int, list[int]]
) -> None:
    """A figure left alone joins the group holding the same value from its own article:
    an article that repeats a figure repeats the same fact (but not a bare year)."""
    for i, figure in enumerate(figures):
        if len(members[owner[i]]) > 1 or _is_bare_year(figure):
            continue
        for cluster, indices in list(members.items()):
            twin = any(
                figures[x].article_id == figure.article_id
                and comparable(figures[x]) == comparable(figure)
                for x in indices
            )
            if twin and len(indices) > 1 and _can_merge(figures, indices, [i]):
                members.pop(owner[i])
                owner[i] = cluster
                indices.append(i)
                break


def _gap(kind: FigureKind, va: Value, vb: Value) -> float | None:
    """How far apart two values are for linking. Small counts are measured against
    SMALL_COUNT, so 'two taken to hospital' stays close to 'three'."""
    if kind is FigureKind.COUNT and isinstance(va, int | float) and isinstance(vb, int | float):
        return abs(va - vb) / max(abs(va), abs(vb), SMALL_COUNT)
    return difference((va, vb))


def _is_bare_year(figure: Figure) -> bool:
    return figure.kind is FigureKind.DATE and figure.unit == "year"


def _reading_order(figure: Figure) -> tuple[str, int]:
    return figure.article_id, figure.span.start


def _position(figure: Figure, order: dict[str, int]) -> tuple[int, str, int]:
    return order.get(figure.article_id, len(order)), figure.article_id, figure.span.start


def _judge(figures: list[Figure], texts: dict[str, str]) -> FactGroup:
    values = [comparable(f)[1] for f in figures]
    articles = {f.article_id for f in figures}
    gap = None
    if len(articles) == 1:
        status = FactStatus.SINGLE
    elif len(set(values)) == 1:
        status = FactStatus.AGREE
    else:
        status = FactStatus.CONFLICT
        gap = difference(values)
    about = describe(figures, texts)
    return FactGroup(
        id="",
        about=about,
        kind=figures[0].kind,
        status=status,
        figures=tuple(figures),
        difference=gap,
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
        result.append(_replace_id(group, gid))
    return result


def _replace_id(group: FactGroup, gid: str) -> FactGroup:
    return FactGroup(gid, group.about, group.kind, group.status, group.figures, group.difference)
