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
from exporter.text.embeddings import DIM, from_blob, one_blas_thread, torch_scan_threads

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


# Above this many entries an org is scanned in float16 first (half the bytes of a memory-bound scan), then
# the entries within `_MARGIN` of the k-th best are scored again exactly: the result is the exact top k.
_APPROX_ABOVE = 4096
# Bound on how far a float16 score can be from the exact cosine of two unit vectors (inputs rounded to
# 11 bits, the output to float16: under 1.5e-3 each), doubled: nothing of the exact top k is left out.
_MARGIN = 4e-3
# Copies of one question score a few float32 steps apart with their row's place in the BLAS kernel's blocks:
# scores within this are one tie, and among tied entries the newest wins.
_TIE = 1e-6


class _Block:
    """All live entries of one org, every subject in one contiguous matrix (one scan, no concatenation),
    a float16 copy of it for the first pass of large scans, and parallel columns."""

    def __init__(self) -> None:
        self.vecs = np.zeros((16, DIM), dtype=np.float32)
        self.half = np.zeros((16, DIM), dtype=np.float16)
        self.ids = np.zeros(16, dtype=np.int64)
        self.expires = np.zeros(16, dtype=np.float64)
        self.owner = np.zeros(16, dtype=np.int32)
        self.subject = np.zeros(16, dtype=np.int32)
        self.n = 0
        self.slot: dict[int, int] = {}

    _COLUMNS = ("vecs", "half", "ids", "expires", "owner", "subject")

    def add(self, entry: IndexEntry, owner: int, subject: int) -> None:
        if entry.id in self.slot:
            return
        if self.n == len(self.ids):
            cap = 2 * len(self.ids)
            for name in self._COLUMNS:
                col = getattr(self, name)
                setattr(self, name, np.resize(col, (cap, *col.shape[1:])))
        i = self.n
        self.vecs[i] = entry.vector
        self.half[i] = entry.vector
        self.ids[i] = entry.id
        self.expires[i] = entry.expires_at
        self.owner[i] = owner
        self.subject[i] = subject
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
            for name in self._COLUMNS:
                col = getattr(self, name)
                col[i] = col[last]
            self.slot[moved] = i
        self.n = last

    def approximate(self, vec: np.ndarray) -> np.ndarray:
        """Every entry's similarity: exact for a small org; for a large one the float16 first pass, on
        torch's pool (the one the embedding just used: no second pool left spinning)."""
        n = self.n
        if n <= _APPROX_ABOVE:
            with one_blas_thread():
                return self.vecs[:n] @ vec
        import torch  # loaded already by the embedding model; imported here so the index alone stays light

        with torch_scan_threads():
            return torch.mv(torch.from_numpy(self.half[:n]), torch.from_numpy(vec.astype(np.float16))).numpy()

    def best(self, vec: np.ndarray, approx: np.ndarray, mask: np.ndarray, k: int) -> list[tuple[int, float]]:
        """The exact k most similar entries among `mask`, as (row id, cosine), best first; among equally
        similar ones the newest (highest id)."""
        masked = np.where(mask, approx, -np.inf)
        if int(mask.sum()) > k:
            kth = np.partition(masked, -k)[-k]
            margin = _TIE if self.n <= _APPROX_ABOVE else _MARGIN
            pos = np.flatnonzero(masked >= kth - margin)
        else:
            pos = np.flatnonzero(mask)
        if not len(pos):
            return []
        with one_blas_thread():
            exact = self.vecs[pos] @ vec
        ids = self.ids[pos]
        order = np.lexsort((-ids, -np.round(exact, 6)))[:k]
        return [(int(ids[i]), float(exact[i])) for i in order]


class _OrgShard:
    def __init__(self) -> None:
        self.block = _Block()
        self.subjects: dict[str, int] = {}
        self.by_key: dict[str, set[int]] = {}
        self.keys: dict[int, str | None] = {}  # id -> intent key
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

    def subject_code(self, subject: str | None) -> int:
        return self.subjects.setdefault(subject or "", len(self.subjects))


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
            return sum(len(s.keys) for s in self._orgs.values())

    def add(self, entries: Iterable[IndexEntry]) -> None:
        with self._lock:
            for e in entries:
                shard = self._orgs.setdefault(e.org_id, _OrgShard())
                if e.id in shard.keys:
                    continue
                owner = _ORG_SCOPE if e.personal_user is None else shard.owner_code(e.personal_user, True)
                kept = IndexEntry(e.id, e.org_id, e.vector, e.expires_at + self.horizon, e.intent_key, e.subject,
                                  e.personal_user)
                shard.block.add(kept, owner, shard.subject_code(e.subject))
                shard.keys[e.id] = e.intent_key
                if e.intent_key:
                    shard.by_key.setdefault(e.intent_key, set()).add(e.id)
                heapq.heappush(self._expiry, (e.expires_at + self.horizon, e.id, e.org_id))

    def _remove(self, org: str, row_id: int) -> None:
        shard = self._orgs.get(org)
        if shard is None or row_id not in shard.keys:
            return
        key = shard.keys.pop(row_id)
        shard.block.remove(row_id)
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

        With a subject only that subject's entries (and those whose subject was not read) may match;
        without one, all of the org's. Among equally similar entries the newest wins a place.
        """
        with self._lock:
            shard = self._orgs.get(org)
            if shard is None or not shard.block.n:
                return []
            block, n = shard.block, shard.block.n
            owner = shard.owner_code(user, False)
            allowed = (block.expires[:n] > now) & ((block.owner[:n] == _ORG_SCOPE) | (block.owner[:n] == owner))
            if subject is not None:
                wanted = [shard.subjects[s] for s in (subject, "") if s in shard.subjects]
                allowed &= np.isin(block.subject[:n], wanted)
            approx = block.approximate(vec)
            # The k best fresh entries and the k best expired ones: a question asked every day would otherwise
            # fill the k places with last week's copies (similarity 1.0 each) and hide today's fresh answer.
            fresh = block.expires[:n] - self.horizon > now
            found = block.best(vec, approx, allowed & fresh, k) + block.best(vec, approx, allowed & ~fresh, k)
        return sorted(found, key=lambda p: (-round(p[1], 6), -p[0]))

    def same_key(self, org: str, key: str, vec: np.ndarray, *, user: str | None, now: float) -> list[tuple[int, float]]:
        """Live entries with exactly this intent key that the user may match, with their similarity."""
        with self._lock:
            shard = self._orgs.get(org)
            if shard is None:
                return []
            owner = shard.owner_code(user, False)
            out = []
            block = shard.block
            for row_id in shard.by_key.get(key, ()):
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
