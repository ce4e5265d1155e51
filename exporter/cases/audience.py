"""Who may see each case of an org's in-memory index: a match is ranked from what its asker may see (issue 17).

The org's index (`matching.CaseIndex`) holds every active case, and the ranking reads statistics of the whole
library for each report: the best cosine that shrinks the lexical weights (`matching.meaning_sure_scale`), the gap
shares that weigh the overlap, the terms' idf and BM25's average case length, the candidates cut before the rows are
filtered, the rankings a session keeps for its confirmation, the `searched` count. A case the asker may not read (a
person's shared case after they opted out of contributing, a personal case, `scoping.visible`) would move them all:
what one cannot see changed one's ranking, and so told of it. So an asker who may not see every case is ranked on a
view of the org's index holding exactly the cases they may see (`matching.VisibleCases`, made in memory from the org's
index, no read of the store: review R1), kept beside the org's while the version holds (`Views`); an asker who sees
them all (every asker of an org where no one opted out and no case is personal) is ranked on the org's index as
before, with one more count read in the same lookup.

`hidden` mirrors `scoping.visible` for cases (shared: `scope <> 'user'` and its owner contributes; or the asker's
own), so the choice of view costs a comparison of arrays, not a query per match; the rows a match returns are still
read through `scoping.visible` (`repo.visible_rows`), so a disagreement could hide a case from the ranking, never show
one the asker may not read.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

import numpy as np

NO_ONE = -1  # owner code of a case without a person (a service token's): shared whatever anyone chose
VIEWS = 64  # askers' views kept per org and version (each a few arrays per term and per case: ~1-2 MB at 100k)


@dataclass(frozen=True)
class Audience:
    """Per case of an index, in its order: the owner's code (`NO_ONE` without a person) and whether it is shared."""

    owners: np.ndarray
    shared: np.ndarray
    codes: dict[str, int]

    @classmethod
    def of(cls, owners: Sequence[str | None], scopes: Sequence[str | None]) -> Audience:
        codes: dict[str, int] = {}
        owner = np.array([codes.setdefault(u, len(codes)) if u else NO_ONE for u in owners], dtype=np.int64)
        shared = np.array([s is not None and s != "user" for s in scopes], dtype=bool)  # SQL: NULL <> 'user' is not true
        return cls(owner, shared, codes)

    @classmethod
    def everyone(cls, n: int) -> Audience:
        """n cases without a person, all shared: an index built from texts alone (the benches')."""
        return cls(np.full(n, NO_ONE, dtype=np.int64), np.ones(n, dtype=bool), {})

    def hidden(self, user: str | None, opted_out: Collection[str]) -> np.ndarray:
        """Positions of the cases `user` (None: a service token acting for no one) may not read, given the org's
        opted-out people: a case is readable when it is shared and its owner contributes, or when it is the asker's."""
        quiet = [self.codes[u] for u in opted_out if u in self.codes]
        if not quiet and bool(self.shared.all()):
            return np.zeros(0, dtype=np.int64)
        readable = self.shared & ~np.isin(self.owners, quiet)
        mine = self.codes.get(user) if user else None
        if mine is not None:
            readable |= self.owners == mine
        return np.flatnonzero(~readable)


class Views:
    """The askers' indexes of one org's index version, by the positions they may not see (at most `VIEWS`)."""

    def __init__(self) -> None:
        self._by_hidden: dict[bytes, object] = {}

    def get(self, hidden: np.ndarray) -> object | None:
        return self._by_hidden.get(hidden.tobytes())

    def put(self, hidden: np.ndarray, index: object) -> None:
        while len(self._by_hidden) >= VIEWS:
            self._by_hidden.pop(next(iter(self._by_hidden)))
        self._by_hidden[hidden.tobytes()] = index
