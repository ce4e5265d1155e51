"""Whether two questions that read alike are also worded alike: the same content words, only the grammar apart.

The wording guard (MiniLM cosine >= 0.6 before a hit) stands in for what the word reader may have missed. An
embedding scores "prod crit alerts 1h" against "production critical alerts last hour" at 0.51: it does not know the
short forms the specification declares equal (crit = critical, prod = production, acked = acknowledged, stg =
staging, ns = namespace), which the reader folds. When every word each question holds, after the reader's own
folding, is on the other side too, and only grammar differs (articles, pronouns, auxiliaries, a preposition of
place, politeness, a request verb, "how many"), nothing is left for the reading to have missed: the guard has no
work there. A word only one side writes, whatever the reader made of it ("anything", "up", "went out", a typo),
keeps the guard, and so does code (a pasted query is read in part, and two pastes are compared by the embedding).
Pure functions, no I/O.
"""

from __future__ import annotations

from detectors.query_compare import PASTED_QUERY, SHAPE, Facts, _stem

__all__ = ["worded_alike"]

#: Words that carry no content wherever they stand: articles, the asker and the assistant ("could you tell me",
#: "may I have"), auxiliaries and modals, prepositions of place or attachment (not "to" / "from" / "by" / "per" /
#: "with", which give a direction, a breakdown or a scope), politeness, a request addressed to the assistant, and
#: the question's frame ("how many", "what"). Quantifiers, negators, states, comparisons, time links, "total", a
#: demonstrative ("this" / "that" cluster) and whose things ("my", "our", "we", "us": assigned to me or to the team)
#: are not here: they say which things.
_GRAMMAR_TEXT = (
    "a an the of in on at for i me you it its there is are was were be been being am "
    "do does did have has had can could would will shall should may might must please pls plz kindly tell show "
    "give get let know see list count number how many much what whats which")
_GRAMMAR_WORDS = _GRAMMAR_TEXT.split()
#: (both forms, each as the reader writes it: `query_compare._stem` leaves words of three letters unstemmed)
_GRAMMAR = frozenset(_GRAMMAR_WORDS) | frozenset(map(_stem, _GRAMMAR_WORDS))

#: The short forms of a filter key the specification declares equal ("ns" = namespace), as stems.
_KEY_SHORT = {"ns": "namespac", "svc": "servic", "env": "environ"}


def _content(facts: Facts) -> set[str]:
    """The stemmed words a question holds (marks such as ``ask:`` left out), short keys written in full."""
    return {_KEY_SHORT.get(m, m) for m in facts.mentioned if ":" not in m} - _GRAMMAR


#: Marks of code in a question (a pasted PromQL / LogQL / SQL query, a kubectl command, a metric's unit or place):
#: code is read in part and compared by the embedding, code against code, so the guard stays (round 14).
_CODE_MARKS = (PASTED_QUERY, SHAPE)


def worded_alike(one: Facts, other: Facts, named: frozenset[str] = frozenset()) -> bool:
    """True when both questions hold the same content words and differ only in grammar (module docstring); never
    for a question holding code. ``named`` are words the reader read as one of the org's own names by its shape
    ("rgw" on one side, reader-gateway on the other: `query_compare._org_forms`): folded as "crit" is, they are the
    same content word, which no embedding knows; every other word still has to be on both sides."""
    if any(m.startswith(_CODE_MARKS) for m in one.mentioned | other.mentioned):
        return False
    mine = _content(one) - named
    return bool(mine) and mine == _content(other) - named
