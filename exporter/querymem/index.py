"""In-memory vector index of the live cache entries, per org, so a lookup never scans the table.

Entries inside their TTL, and expired ones for `horizon` seconds more (an expired answer is still
a partial: "1 hour ago you found 15 critical alerts"), are kept: a lookup costs one pass over the
org's entries (a large org's sign bits, `_APPROX_ABOVE`). Whether an entry is fresh is the judge's call, from the row.
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


# Above this many entries an org is searched in two passes: every row's 384 sign bits (48 bytes, an eighth of an
# int8 row, a 32nd of the float32 one) against the question's, then the `_RESCORE` rows nearest in Hamming distance
# scored exactly. The result is the exact top k of those rows, not of all: on real question embeddings at 100k rows
# it held the exact top 10 with recall >= 0.99 (bench/query_binary_recall.py, bench/RESULTS.md). What may be lost
# is a candidate, never a wrong answer: a missed candidate can only make a hit or a partial a miss, and rows with
# the question's own structured key are judged anyway (`same_key`, scored exactly).
_APPROX_ABOVE = 4096
_RESCORE = 1024
_WORDS = DIM // 64
_FAR = DIM + 1  # a Hamming distance no row has: masked-out rows
# Copies of one question score a few float32 steps apart with their row's place in the BLAS kernel's blocks:
# scores within this are one tie, and among tied entries the newest wins.
_TIE = 1e-6


def _sign_bits(vecs: np.ndarray) -> np.ndarray:
    """(n, 384) -> (n, 6) uint64: each coordinate's sign, one bit."""
    return np.packbits(np.asarray(vecs) > 0, axis=-1).view(np.uint64)


# Rows per chunk when the k-th best first-pass score is bounded from the chunks' maxima (`_kth_floor`).
_CHUNK = 128


def _kth_floor(scores: np.ndarray, k: int) -> np.floating:
    """A score at or below the k-th largest of `scores` (which holds more than k finite ones), close to it.

    The k-th largest of the maxima of `_CHUNK`-row chunks: k chunks hold a row at least that high, so at
    least k rows are, and the k-th largest score is at or above it. It is the k-th largest itself unless two
    of the k best share a chunk (then a few more rows are rescored, never fewer). At 100k rows it is a
    partition of 782 maxima instead of 100k scores (0.09 ms against 0.60 ms at p50, load 7). With fewer than
    k chunks holding a finite score (a mask leaving a few chunks), the exact k-th largest.
    """
    if len(scores) >= _CHUNK * max(16, 2 * k):
        tops = np.maximum.reduceat(scores, np.arange(0, len(scores), _CHUNK))
        floor = np.partition(tops, -k)[-k]
        if floor > -np.inf:
            return floor
    return np.partition(scores, -k)[-k]


class _Block:
    """All live entries of one org, every subject in one contiguous matrix (one scan, no concatenation), each
    row's sign bits for the first pass of large scans (one contiguous array per 64-bit word: a word of every
    row is one vector operation), and parallel columns."""

    def __init__(self) -> None:
        self.vecs = np.zeros((16, DIM), dtype=np.float32)
        self.bits = np.zeros((_WORDS, 16), dtype=np.uint64)
        self.ids = np.zeros(16, dtype=np.int64)
        self.expires = np.zeros(16, dtype=np.float64)
        self.owner = np.zeros(16, dtype=np.int32)
        self.subject = np.zeros(16, dtype=np.int32)
        self.n = 0
        self.personal = 0  # rows only one user may match: none, and a search skips the owner test
        self.slot: dict[int, int] = {}

    _COLUMNS = ("vecs", "ids", "expires", "owner", "subject")

    def add(self, entry: IndexEntry, owner: int, subject: int) -> None:
        if entry.id in self.slot:
            return
        if self.n == len(self.ids):
            cap = 2 * len(self.ids)
            for name in self._COLUMNS:
                col = getattr(self, name)
                setattr(self, name, np.resize(col, (cap, *col.shape[1:])))
            bits = np.zeros((_WORDS, cap), dtype=np.uint64)
            bits[:, : self.n] = self.bits[:, : self.n]
            self.bits = bits
        i = self.n
        self.vecs[i] = entry.vector
        self.bits[:, i] = _sign_bits(self.vecs[i][None])[0]
        self.ids[i] = entry.id
        self.expires[i] = entry.expires_at
        self.owner[i] = owner
        self.personal += owner != _ORG_SCOPE
        self.subject[i] = subject
        self.slot[entry.id] = i
        self.n += 1

    def remove(self, row_id: int) -> None:
        """Swap the last entry into the hole: O(1), order does not matter to a scan."""
        i = self.slot.pop(row_id, None)
        if i is None:
            return
        self.personal -= int(self.owner[i]) != _ORG_SCOPE
        last = self.n - 1
        if i != last:
            moved = int(self.ids[last])
            for name in self._COLUMNS:
                col = getattr(self, name)
                col[i] = col[last]
            self.bits[:, i] = self.bits[:, last]
            self.slot[moved] = i
        self.n = last

    def hamming(self, vec: np.ndarray) -> np.ndarray:
        """Every row's Hamming distance to the question's sign bits (uint16). At 100k rows 4.8 MB are read
        instead of the int8 pass's 38 MB, so the model's weights stay in cache beside it."""
        n, q = self.n, _sign_bits(vec[None])[0]
        word = np.empty(n, dtype=np.uint64)
        count = np.empty(n, dtype=np.uint8)
        dist = np.zeros(n, dtype=np.uint16)
        for w in range(_WORDS):
            np.bitwise_xor(self.bits[w, :n], q[w], out=word)
            np.add(dist, np.bitwise_count(word, out=count), out=dist)
        return dist

    def nearest(self, dist: np.ndarray, mask: np.ndarray | None, keep: int) -> np.ndarray:
        """Rows among `mask` (None: every row) whose Hamming distance is among the `keep` smallest, and every
        row tied with the last of them: all of them when there are at most `keep`."""
        count = self.n if mask is None else int(np.count_nonzero(mask))
        if count <= keep:
            return np.arange(self.n) if mask is None else np.flatnonzero(mask)
        masked = dist if mask is None else np.where(mask, dist, np.uint16(_FAR))
        cut = int(np.searchsorted(np.cumsum(np.bincount(masked, minlength=_FAR + 1)), keep))
        return np.flatnonzero(masked <= cut)

    def near_best(self, approx: np.ndarray, margin: float, mask: np.ndarray | None, k: int) -> np.ndarray:
        """Rows among `mask` that may be in its exact top k: all of them when there are at most k, else those
        within `margin` of the k-th best score or of a floor below it (`_kth_floor`: a few more rows, never
        fewer). `mask` None means every row."""
        count = self.n if mask is None else int(np.count_nonzero(mask))
        if count <= k:
            return np.arange(self.n) if mask is None else np.flatnonzero(mask)
        masked = approx if mask is None else np.where(mask, approx, -np.inf)
        kth = _kth_floor(masked, k)
        return np.flatnonzero(masked >= kth - margin)

    def candidates(self, vec: np.ndarray, masks: list[np.ndarray | None], k: int) -> list[np.ndarray]:
        """For each mask, the rows whose exact similarity decides its top k: in a small org the exact top k
        (every row scored in float32), in a large one the `_RESCORE` nearest by sign bits (`hamming`)."""
        if self.n <= _APPROX_ABOVE:
            with one_blas_thread():
                scores = self.vecs[: self.n] @ vec
            return [self.near_best(scores, _TIE, mask, k) for mask in masks]
        dist = self.hamming(vec)
        return [self.nearest(dist, mask, _RESCORE) for mask in masks]

    def exact_best(self, vec: np.ndarray, pos: np.ndarray, k: int) -> list[tuple[int, float]]:
        """The k rows of `pos` most similar to `vec`, scored in float32, as (row id, cosine), best first;
        among equally similar ones the newest (highest id). Call inside `one_blas_thread`."""
        if not len(pos):
            return []
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
            expires = block.expires[:n]
            allowed = expires > now
            if block.personal:  # only an org with personal rows needs the owner test
                owner = shard.owner_code(user, False)
                allowed &= (block.owner[:n] == _ORG_SCOPE) | (block.owner[:n] == owner)
            if subject is not None:
                wanted = [shard.subjects[s] for s in (subject, "") if s in shard.subjects]
                allowed &= np.isin(block.subject[:n], wanted)
            # The k best fresh entries and the k best expired ones: a question asked every day would otherwise
            # fill the k places with last week's copies (similarity 1.0 each) and hide today's fresh answer.
            fresh = expires - self.horizon > now
            fresh_allowed = allowed & fresh
            expired_allowed = allowed & ~fresh
            masks = [None if m.all() else m for m in (fresh_allowed, expired_allowed)]
            pos_fresh, pos_expired = block.candidates(np.ascontiguousarray(vec, dtype=np.float32), masks, k)
            with one_blas_thread():
                found = block.exact_best(vec, pos_fresh, k) + block.exact_best(vec, pos_expired, k)
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
