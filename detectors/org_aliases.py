"""What an org says its things are also called: "Birch" and "the EHR front end" are ehr-web.

People name a service by its code name or by what it does far more often than by its id, and nothing in
the shape of "Birch" links it to "ehr-web": no initials, no shared part, no history. The org knows, so an
org admin declares it (`{"ehr-web": ["Birch", "the EHR front end"]}`), and a question that says "Birch"
compares with one that says "ehr-web" (or "the EHR front end") as the same name.

Each name and alias is read the way a question is (`query_compare.read_facts`: stemmed content terms and
the pairs of them written next to each other), so "the EHR front end" is the terms {ehr, front, end}
written in that order, found in "errors on the EHR front end" and not in "front door errors at the end of
the EHR shift". A phrase two names claim (both list "the portal") reads as neither: the table cannot say
which one a question means. The comparison only reads an alias where the words would otherwise stand
unmatched (`query_compare.relate`), so an alias that is also a plain word ("login" for auth-gateway) never
takes that word's meaning away from a question that agrees on it.

Pure functions, no I/O: the caller loads the org's table.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from detectors.query_compare import read_facts

__all__ = ["Aliases", "Phrase", "compile_aliases", "phrase_of"]


@dataclass(frozen=True)
class Phrase:
    """One way of writing a name: its terms, and the pairs of them a question must write next to each other."""

    terms: frozenset[str]
    runs: frozenset[str]
    written: str = field(compare=False)


@dataclass(frozen=True)
class Aliases:
    """An org's alias table, compiled: each unambiguous phrase with the canonical name it reads as.

    Attributes
    ----------
    phrases : tuple of (Phrase, str)
        Longest first, so "the lab results system" is read before a shorter phrase inside it.
    by_term : dict
        Term -> indexes into ``phrases`` of the phrases that contain it (only those are tried).
    ambiguous : tuple of str
        Phrases two or more names claim, as written: read as neither, reported to the admin.
    names : frozenset of str
        The canonical names the kept phrases read as, lower case: names the org knows (`query_compare._org_forms`).
        Gathered once here, as hashing the whole table per comparison costs ~20 ms at 500 names of 10 aliases.
    """

    phrases: tuple[tuple[Phrase, str], ...] = ()
    by_term: Mapping[str, tuple[int, ...]] = field(default_factory=dict, compare=False, hash=False)
    ambiguous: tuple[str, ...] = ()
    names: frozenset[str] = field(default=frozenset(), compare=False, hash=False)

    def __bool__(self) -> bool:
        return bool(self.phrases)

    def find(self, terms: Iterable[str], runs: frozenset[str]) -> dict[str, tuple[set[str], str]]:
        """The names written among ``terms`` (one side's unmatched terms): canonical -> (the terms that wrote
        it, the phrase as written). A term serves one phrase only."""
        left = set(terms)
        tried = sorted({i for t in left for i in self.by_term.get(t, ())})
        found: dict[str, tuple[set[str], str]] = {}
        for i in tried:
            phrase, canonical = self.phrases[i]
            if phrase.terms <= left and all(r in runs or _reversed(r) in runs for r in phrase.runs):
                left -= phrase.terms
                used, written = found.get(canonical, (set(), phrase.written))
                found[canonical] = (used | phrase.terms, written)
        return found


def _reversed(run: str) -> str:
    x, _, y = run.partition(" ")
    return f"{y} {x}"


@lru_cache(maxsize=16384)
def phrase_of(text: str) -> Phrase | None:
    """A name or alias read as a question's words are; None when no content word is left ("the", "service")."""
    facts = read_facts(text)
    terms = frozenset(t for t in facts.terms if not t.startswith("!"))
    if not terms or len(terms) != len(facts.terms):
        return None
    return Phrase(terms, frozenset(r for r in facts.runs if set(r.split(" ")) <= terms), text)


def _spellings(name: str) -> list[str]:
    """A canonical id and its parts written apart ("ehr-web", "ehr web"): both are how people write it."""
    apart = " ".join(p for p in name.replace("_", "-").split("-") if p)
    return [name] if apart == name else [name, apart]


def compile_aliases(table: Mapping[str, Iterable[str]]) -> Aliases:
    """Compile ``{canonical: [alias, ...]}``: each canonical name (and its parts written apart) and each alias
    becomes a phrase of that name; a phrase claimed by two names is dropped and listed as ambiguous."""
    claims: dict[Phrase, set[str]] = {}
    for canonical, aliases in table.items():
        for text in [*_spellings(canonical), *aliases]:
            phrase = phrase_of(text)
            if phrase is not None:
                claims.setdefault(phrase, set()).add(canonical)
    kept = [(p, next(iter(names))) for p, names in claims.items() if len(names) == 1]
    kept.sort(key=lambda pc: (-len(pc[0].terms), sorted(pc[0].terms), pc[1]))
    by_term: dict[str, list[int]] = {}
    for i, (phrase, _) in enumerate(kept):
        for t in phrase.terms:
            by_term.setdefault(t, []).append(i)
    ambiguous = tuple(sorted(p.written for p, names in claims.items() if len(names) > 1))
    return Aliases(tuple(kept), {t: tuple(ix) for t, ix in by_term.items()}, ambiguous,
                   frozenset(canonical.lower() for _, canonical in kept))
