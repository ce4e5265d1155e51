"""In-memory vector index of the live cache entries, per org, so a lookup never scans the table.

Entries inside their TTL, and expired ones for `horizon` seconds more (an expired answer is still
a partial: "1 hour ago you found 15 critical alerts"), are kept: a lookup costs one matrix-vector
product over the org's entries. Whether an entry is fresh is the judge's call, from the row.
Vectors are unit length, so the dot product is the cosine similarity.

The index is a cache of the store, never the truth: it is warmed from the store at start, fed by
the recorder in this process, caught up with rows other replicas recorded (`sync`, by row id), and
rebuilt by the learning pass. Every candidate is re-read from the store with the caller's
visibility before it is answered, so a stale or uncommitted entry can cost a little time but can
never leak a row or serve an expired one.
"""

from __future__ import annotations

import heapq
import threading
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from exporter.store import Store, from_json
from exporter.text.embeddings import DIM, from_blob, one_blas_thread

_ORG_SCOPE = -1  # owner code of rows everyone in the org may see


@dataclass(frozen=True)
class IndexEntry:
    id: int
    org_id: str
    vector: np.ndarray
    expires_at: float
    intent_key: str | None
    subject: str | None
    personal_user: str | None  # set only for scope='user' rows: only that user may match them


class _Block:
    """One subject's live entries in one org: a growable matrix plus parallel columns."""

    def __init__(self) -> None:
        self.vecs = np.zeros((16, DIM), dtype=np.float32)
        self.ids = np.zeros(16, dtype=np.int64)
        self.expires = np.zeros(16, dtype=np.float64)
        self.owner = np.zeros(16, dtype=np.int32)
        self.n = 0
        self.slot: dict[int, int] = {}

    def add(self, entry: IndexEntry, owner: int) -> None:
        if entry.id in self.slot:
            return
        if self.n == len(self.ids):
            cap = 2 * len(self.ids)
            self.vecs = np.resize(self.vecs, (cap, DIM))
            self.ids = np.resize(self.ids, cap)
            self.expires = np.resize(self.expires, cap)
            self.owner = np.resize(self.owner, cap)
        i = self.n
        self.vecs[i] = entry.vector
        self.ids[i] = entry.id
        self.expires[i] = entry.expires_at
        self.owner[i] = owner
        self.slot[entry.id] = i
        self.n += 1

    def remove(self, row_id: int) -> None:
        """Swap the last entry into the hole: O(1), order does not matter to a scan."""
        i = self.slot.pop(row_id, None)
        if i is None:
            return
        last = self.n - 1
        if i != last:
            moved = int(self.ids[last])
            self.vecs[i] = self.vecs[last]
            self.ids[i] = moved
            self.expires[i] = self.expires[last]
            self.owner[i] = self.owner[last]
            self.slot[moved] = i
        self.n = last

    def scores(self, vec: np.ndarray, now: float, owner: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Similarity of every visible live entry (others score -inf), and each entry's kept-until time."""
        n = self.n
        with one_blas_thread():
            sims = self.vecs[:n] @ vec
        allowed = (self.expires[:n] > now) & ((self.owner[:n] == _ORG_SCOPE) | (self.owner[:n] == owner))
        sims[~allowed] = -np.inf
        return self.ids[:n].copy(), sims, self.expires[:n].copy()


class _OrgShard:
    def __init__(self) -> None:
        self.blocks: dict[str, _Block] = {}
        self.by_key: dict[str, set[int]] = {}
        self.where: dict[int, tuple[str, str | None]] = {}  # id -> (block name, intent key)
        self.users: dict[str, int] = {}

    def owner_code(self, user: str | None, create: bool) -> int:
        if user is None:
            return _ORG_SCOPE - 1  # matches no personal row
        code = self.users.get(user)
        if code is None:
            if not create:
                return _ORG_SCOPE - 1
            code = self.users[user] = len(self.users)
        return code


class QueryIndex:
    """Live cache entries by org and subject; thread-safe (Flask serves requests on threads)."""

    def __init__(self, horizon: float = 0.0) -> None:
        self.horizon = horizon  # seconds an entry stays matchable after its TTL
        self._orgs: dict[str, _OrgShard] = {}
        self._expiry: list[tuple[float, int, str]] = []  # min-heap (expires_at, id, org)
        self._lock = threading.RLock()
        self.high_water = 0  # largest row id read from the store by warm/sync

    def __len__(self) -> int:
        with self._lock:
            return sum(len(s.where) for s in self._orgs.values())

    def add(self, entries: Iterable[IndexEntry]) -> None:
        with self._lock:
            for e in entries:
                shard = self._orgs.setdefault(e.org_id, _OrgShard())
                if e.id in shard.where:
                    continue
                name = e.subject or ""
                owner = _ORG_SCOPE if e.personal_user is None else shard.owner_code(e.personal_user, True)
                kept = IndexEntry(e.id, e.org_id, e.vector, e.expires_at + self.horizon, e.intent_key, e.subject,
                                  e.personal_user)
                shard.blocks.setdefault(name, _Block()).add(kept, owner)
                shard.where[e.id] = (name, e.intent_key)
                if e.intent_key:
                    shard.by_key.setdefault(e.intent_key, set()).add(e.id)
                heapq.heappush(self._expiry, (e.expires_at + self.horizon, e.id, e.org_id))

    def _remove(self, org: str, row_id: int) -> None:
        shard = self._orgs.get(org)
        if shard is None or row_id not in shard.where:
            return
        name, key = shard.where.pop(row_id)
        shard.blocks[name].remove(row_id)
        if key:
            ids = shard.by_key.get(key)
            if ids is not None:
                ids.discard(row_id)
                if not ids:
                    del shard.by_key[key]

    def evict_expired(self, now: float) -> int:
        """Drop entries past their expiry; searches already ignore them, this frees the memory."""
        n = 0
        with self._lock:
            while self._expiry and self._expiry[0][0] <= now:
                _, row_id, org = heapq.heappop(self._expiry)
                self._remove(org, row_id)
                n += 1
        return n

    def search(
        self,
        org: str,
        vec: np.ndarray,
        *,
        user: str | None,
        now: float,
        subject: str | None = None,
        k: int = 8,
    ) -> list[tuple[int, float]]:
        """The `k` most similar fresh entries and the `k` most similar expired-but-kept ones this user may
        match, best first, as (row id, cosine).

        With a subject only that subject's entries (and those whose subject was not read) are
        scanned; without one, all of the org's.
        """
        with self._lock:
            shard = self._orgs.get(org)
            if shard is None:
                return []
            owner = shard.owner_code(user, False)
            names = list(shard.blocks) if subject is None else [subject, ""]
            id_parts, sim_parts, kept_parts = [], [], []
            for name in names:
                block = shard.blocks.get(name)
                if block is not None and block.n:
                    ids, sims, kept = block.scores(vec, now, owner)
                    id_parts.append(ids)
                    sim_parts.append(sims)
                    kept_parts.append(kept)
        if not sim_parts:
            return []
        ids, sims, kept = (np.concatenate(p) if len(p) > 1 else p[0] for p in (id_parts, sim_parts, kept_parts))
        # The k best fresh entries and the k best expired ones: a question asked every day would otherwise
        # fill the k places with last week's copies (similarity 1.0 each) and hide today's fresh answer.
        fresh = kept - self.horizon > now
        top = np.concatenate([_top(np.where(mask, sims, -np.inf), k) for mask in (fresh, ~fresh)])
        top = top[np.argsort(-sims[top], kind="stable")]
        return [(int(ids[i]), float(sims[i])) for i in top]

    def same_key(self, org: str, key: str, vec: np.ndarray, *, user: str | None, now: float) -> list[tuple[int, float]]:
        """Live entries with exactly this intent key that the user may match, with their similarity."""
        with self._lock:
            shard = self._orgs.get(org)
            if shard is None:
                return []
            owner = shard.owner_code(user, False)
            out = []
            for row_id in shard.by_key.get(key, ()):
                block = shard.blocks[shard.where[row_id][0]]
                i = block.slot[row_id]
                if block.expires[i] > now and block.owner[i] in (_ORG_SCOPE, owner):
                    out.append((row_id, float(block.vecs[i] @ vec), bool(block.expires[i] - self.horizon > now)))
        return [(row_id, sim) for row_id, sim, _ in sorted(out, key=lambda p: (not p[2], -p[1]))]  # fresh first

    # -- keeping up with the store -------------------------------------------------------------

    _LIVE_SQL = (
        "SELECT id, org_id, user_id, scope, intent, intent_key, embedding, expires_at FROM query_executions "
        "WHERE id > :after AND expires_at > :kept AND success = 1 AND embedding IS NOT NULL ORDER BY id"
    )

    def sync(self, store: Store, now: float) -> int:
        """Add live rows recorded since the last read (by this or another replica); returns how many."""
        rows = store.query(self._LIVE_SQL, {"after": self.high_water, "kept": now - self.horizon})
        self.add(entry_from_row(r) for r in rows)
        if rows:
            with self._lock:
                self.high_water = max(self.high_water, int(rows[-1]["id"]))
        return len(rows)

    def rebuild(self, store: Store, now: float) -> int:
        """Replace everything with the store's live rows: the learning pass's full resync."""
        fresh = QueryIndex(self.horizon)
        fresh.sync(store, now)
        with self._lock:
            self._orgs, self._expiry, self.high_water = fresh._orgs, fresh._expiry, fresh.high_water
        return len(self)


def _top(sims: np.ndarray, k: int) -> np.ndarray:
    """Positions of the ``k`` largest finite values."""
    top = np.argpartition(sims, -k)[-k:] if len(sims) > k else np.arange(len(sims))
    return top[np.isfinite(sims[top])]


def entry_from_row(row: dict) -> IndexEntry:
    intent = from_json(row.get("intent"), {}) or {}
    return IndexEntry(
        id=int(row["id"]),
        org_id=row["org_id"],
        vector=from_blob(row["embedding"]),
        expires_at=float(row["expires_at"]),
        intent_key=row.get("intent_key"),
        subject=intent.get("subject"),
        personal_user=row.get("user_id") if row.get("scope") == "user" else None,
    )
