"""Whether two ways of writing a name are one name: the same letters in the same order, only the separators differ.

People write one identifier in several forms: `order-checkout`, `OrderCheckout`, `orderCheckout`, `ordercheckout`,
`order_checkout`, `seat-map-api` for `seatmap-api`, "seat map api". Case, hyphens, underscores, dots and the spaces
between words written next to each other carry nothing but the writer's habit; the letters and digits, in their
order, are the name. So a name written with a separator on one side and the same letters on the other, as one word
or as words next to each other, is the same name: no guess from a short form's shape (a part, a contraction,
initials: `detectors.org_name_forms`, which stays at most partial), since nothing is left out or cut. A sibling keeps
its own letters (checkout-api / checkout-worker, us-east-1 / us-east-2, siding-spring-1 / siding-spring-2) and stays
a conflict. Pure functions, no I/O.
"""

from __future__ import annotations

import re

from detectors.word_lists import is_word

__all__ = ["join_same_letters", "letters"]

#: What people put between the words of one identifier: hyphen, underscore, dot (a slash starts a path: another thing).
_SEPARATORS = re.compile(r"[-_.]")
#: A run of separators with a letter on at least one side (dropped), and one between two digits (kept as "-").
_NEXT_TO_LETTER = re.compile(r"(?<=[^\W\d_])[-_.]+|[-_.]+(?=[^\W\d_])")
_BETWEEN_DIGITS = re.compile(r"(?<=\d)[-_.]+(?=\d)")
#: Fewest letters a name so compared has: "ab-c" / "abc" is too short to be told from a chance spelling.
_FEWEST = 5
#: Most words a name is written apart in (four parts of an identifier, as `_join_compounds` reads alert names).
_MOST_WORDS = 4


def letters(word: str) -> str:
    """The name's letters and digits in order, lower case, without the separators next to a letter ("Order_Checkout"
    -> "ordercheckout", "us-east-1" -> "useast1"). A separator between two digits is kept (as "-"): there it is what
    tells 1-23 from 12-3 (host octets ip-10-0-1-23 / ip-10-0-12-3, ordinals kafka-1-0 / kafka-10, versions 1.2.3 /
    12.3: review R1), not the writer's habit."""
    return _BETWEEN_DIGITS.sub("-", _NEXT_TO_LETTER.sub("", word.lower()))


def _chain(key: str, first: str, other: set[str], lets: dict[str, str], follows: dict[str, set[str]]) -> list[str] | None:
    """Words of ``other`` written next to each other from ``first`` on, whose letters run together are ``key``."""
    chain, rest = [first], key[len(lets[first]):]
    while rest and len(chain) < _MOST_WORDS:
        nxt = [y for y in follows.get(chain[-1], ()) if y in other and y not in chain and lets.get(y)
               and rest.startswith(lets[y])]
        if len(nxt) != 1:
            return None
        chain.append(nxt[0])
        rest = rest[len(lets[nxt[0]]):]
    return chain if not rest and len(chain) > 1 else None


def _follows(runs: frozenset[str]) -> dict[str, set[str]]:
    """Each word and the words written right after it: ``b in _follows(runs)[a]`` exactly when "a b" is a run."""
    after: dict[str, set[str]] = {}
    for run in runs:
        for i, c in enumerate(run):
            if c == " ":
                after.setdefault(run[:i], set()).add(run[i + 1:])
    return after


def join_same_letters(one: set[str], other: set[str], one_surface: dict[str, str], other_surface: dict[str, str],
                      other_runs: frozenset[str], used: set[str] | None = None) -> list[str]:
    """Each name of ``one`` written with a separator ("order-checkout", "seatmap-api") whose letters the other side
    writes as one other term ("OrderCheckout", "seat-map-api"; a glued word that is a word of the language, "restore"
    for re-store, is not read) or as words next to each other, in order ("seat map api"), is that name: both are
    taken out of the unmatched terms and added to ``used`` (the wording guard folds them as one content word:
    `query_wording.worded_alike`, which no embedding knows for `useast1` / us-east-1). Returns the names joined
    (terms both sides share, as `_join_split_names`'), at most one reading per name: two ways to spell it is none.
    A look-up per prefix of each name and a walk along the words written after the first: linear in the terms (the
    round's first form scanned every term for each name, quadratic: tests/test_term_pairs.py)."""
    joined: list[str] = []
    names = sorted(t for t in one if not t.startswith("!") and _SEPARATORS.search(t))
    if not names:
        return joined  # (most questions write no separated name: build no index for them on the lookup's path)
    lets = {y: letters(other_surface.get(y, y)) for y in other if not y.startswith("!")}
    by_letters: dict[str, set[str]] = {}
    for y, key in lets.items():
        by_letters.setdefault(key, set()).add(y)
    follows = _follows(other_runs)

    def written(y: str) -> str:
        return other_surface.get(y, y)

    for term in names:
        key = letters(one_surface.get(term, term))
        if len(key) < _FEWEST or not any(c.isalpha() for c in key):
            continue
        same = {y for y in by_letters.get(key, set())
                if y != term and not (written(y).isalpha() and is_word(written(y)))}
        # a chain starts with a word whose letters open the name: one look-up per prefix of the name, not a scan
        starts = sorted(y for n in range(1, len(key)) for y in by_letters.get(key[:n], ()) if y in other)
        chains = [c for y in starts for c in [_chain(key, y, other, lets, follows)] if c]
        found = [[y] for y in sorted(same)] + chains
        if len(found) == 1 and term in one:
            one.discard(term)
            other.difference_update(found[0])
            joined.append(term)
            if used is not None:
                used.update([term, *found[0]])
    return joined
