"""Pair the unmatched terms of two questions without testing every pair, with exactly the pairs a full scan finds.

Why: :func:`detectors.query_compare.relate` pairs the terms only one side has (a slip "memroy" / "memory", a
narrowing "prod" / "prod-eu") by a scan over every pair, the first partner in sorted order taking each term. Two
questions of 4 KB with a thousand names each cost a million checks (seconds per cached candidate, issue 15 round 16).
A pair check that can only hold when both terms share some key (the name without its number, a half of the word)
lets each term look up the few it could pair with. As long as every pair the check accepts shares a key, the
candidates hold every partner the full scan would reach first, and trying them in the same sorted order takes the
same one: the result is the full scan's, in time near the size of the two sets.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable


def pair_first(one: set[str], other: set[str], keys_one: Callable[[str], Iterable[Hashable]],
               keys_other: Callable[[str], Iterable[Hashable]], match: Callable[[str, str], bool]) -> list[tuple[str, str]]:
    """For each ``x`` of ``one`` in sorted order, the first ``y`` of ``other`` in sorted order that is still unpaired
    and ``match(x, y)``; both are taken out of their sets. Returns the pairs in the order found.

    ``keys_one(x)`` and ``keys_other(y)`` must share a key whenever ``match(x, y)`` holds (a key of another kind
    only adds a candidate, which ``match`` then rejects)."""
    index: dict[Hashable, list[str]] = {}
    for y in sorted(other):
        for k in set(keys_other(y)):
            index.setdefault(k, []).append(y)
    pairs = []
    for x in sorted(one):
        candidates = sorted({y for k in set(keys_one(x)) for y in index.get(k, ()) if y in other})
        for y in candidates:
            if match(x, y):
                one.discard(x)
                other.discard(y)
                pairs.append((x, y))
                break
    return pairs
