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

from exporter.querymem import packed
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


# Above this many entries an org is scanned in int8 first (a quarter of the bytes of a memory-bound scan),
# then the entries within `margin` of the k-th best are scored again exactly: the result is the exact top k.
_APPROX_ABOVE = 4096
# Rounding in the int8 kernel beyond each row's own quantisation error (bounded row by row, `_Block.lost`): the
# query, the row's scale and the output are each rounded to bfloat16 (8-bit mantissa, relative error at most
# 2^-9 of a value at most 1 in size), plus float32 accumulation, rounded up.
_BF16_ROUNDING = 3 * 2.0**-9 + 1e-5
# Copies of one question score a few float32 steps apart with their row's place in the BLAS kernel's blocks:
# scores within this are one tie, and among tied entries the newest wins.
_TIE = 1e-6


def _int8_rows(vecs: np.ndarray) -> tuple[np.ndarray, np.ndarray, float]:
    """Rows as int8 with one scale each (as bfloat16 bits, the kernel's scale type), and the longest length
    that rounding lost: |q.x - q.x8| <= that length for any unit query q (Cauchy-Schwarz), so the first
    pass's error is known from the rows, not guessed."""
    scale = np.abs(vecs).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    bits = _bf16_bits(scale)
    kept = (bits.astype(np.uint32) << 16).view(np.float32)  # the scale the kernel will multiply by
    q8 = np.clip(np.rint(vecs / kept[:, None]), -127, 127).astype(np.int8)
    lost = np.linalg.norm(vecs - q8.astype(np.float32) * kept[:, None], axis=1)
    return q8, bits.view(np.int16), float(lost.max(initial=0.0))


def _bf16_bits(values: np.ndarray) -> np.ndarray:
    """float32 rounded to bfloat16 (nearest, ties to even), as its 16 bits: numpy has no bfloat16, torch
    views the bits as one without a copy."""
    b = np.ascontiguousarray(values, dtype=np.float32).view(np.uint32)
    return ((b + 0x7FFF + ((b >> 16) & 1)) >> 16).astype(np.uint16)


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
    """All live entries of one org, every subject in one contiguous matrix (one scan, no concatenation),
    an int8 copy of it with a scale per row for the first pass of large scans, and parallel columns."""

    def __init__(self) -> None:
        self.vecs = np.zeros((16, DIM), dtype=np.float32)
        self.q8 = np.zeros((16, DIM), dtype=np.int8)
        self.scale = np.zeros(16, dtype=np.int16)  # bfloat16 bits, the kernel's scale type
        self.lost = 0.0  # the largest quantisation error of any row quantised (never lowered: a safe bound)
        self.quantised = 0  # rows [0, quantised) have their int8 copy; the rest get it in one batch when scanned
        self.ids = np.zeros(16, dtype=np.int64)
        self.expires = np.zeros(16, dtype=np.float64)
        self.owner = np.zeros(16, dtype=np.int32)
        self.subject = np.zeros(16, dtype=np.int32)
        self.n = 0
        self.personal = 0  # rows only one user may match: none, and a search skips the owner test
        # At or below every row's `expires` (never raised by a removal: a lower bound, made exact again by a search
        # that finds every row fresh): while it is past the TTL's horizon, a search needs no expiry test row by row.
        self.soonest = np.inf
        self.slot: dict[int, int] = {}
        self.packed: packed.PackedRows | None = None  # fbgemm's copy of the rows, made by `pack`

    _COLUMNS = ("vecs", "q8", "scale", "ids", "expires", "owner", "subject")

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
        self.ids[i] = entry.id
        self.expires[i] = entry.expires_at
        self.soonest = min(self.soonest, entry.expires_at)
        self.owner[i] = owner
        self._written(i)
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
            self.slot[moved] = i
            self._written(i)
            if i < self.quantised <= last:
                self._quantise(i, i + 1)  # the moved row had no int8 copy yet
        self.n = last
        self.quantised = min(self.quantised, self.n)

    def _written(self, i: int) -> None:
        if self.packed is not None and i < self.packed.n:
            self.packed.stale.add(i)

    def pack(self) -> None:
        """Pack every row for fbgemm's first pass (slow: only where no request waits, `QueryIndex.rebuild`)."""
        self.packed = None
        if self.n <= _APPROX_ABOVE or not packed.available():
            return
        self._quantise_rest()
        self.packed = packed.PackedRows(self.q8[: self.n], self.scale[: self.n], self.lost)

    def _quantise_rest(self) -> None:
        """Give the rows added since the last scan their int8 copy, in one batch."""
        if self.quantised < self.n:
            self._quantise(self.quantised, self.n)
            self.quantised = self.n

    def _quantise(self, start: int, stop: int) -> None:
        q8, scale, lost = _int8_rows(self.vecs[start:stop])
        self.q8[start:stop], self.scale[start:stop] = q8, scale
        self.lost = max(self.lost, lost)

    def approximate(self, vec: np.ndarray) -> tuple[np.ndarray, float]:
        """Every entry's similarity and how far below the k-th best first-pass score an entry of the exact
        top k can sit (twice the first pass's error: the k-th score and the entry each off by that much).

        Exact for a small org. For a large one a first pass on torch's pool (the one the embedding just used:
        no second pool left spinning): fbgemm's packed rows (`packed`) while they are current, else torch's
        weight-only int8 kernel (int8 rows times a bfloat16 query, a quarter of float32's bytes).
        """
        n = self.n
        if n <= _APPROX_ABOVE:
            with one_blas_thread():
                return self.vecs[:n] @ vec, _TIE
        vec = np.ascontiguousarray(vec, dtype=np.float32)
        found = None
        if self.packed is not None and self.packed.usable(n):
            with torch_scan_threads():
                found = self.packed.scores(vec)
        if found is not None:
            return self._patched(vec, *found)
        import torch  # loaded already by the embedding model; imported here so the index alone stays light

        self._quantise_rest()
        query = torch.from_numpy(vec).to(torch.bfloat16)[None]
        with torch_scan_threads():
            out = torch._weight_int8pack_mm(query, torch.from_numpy(self.q8[:n]),
                                            torch.from_numpy(self.scale[:n]).view(torch.bfloat16))
        return out[0].float().numpy(), 2 * (self.lost + _BF16_ROUNDING)

    def _patched(self, vec: np.ndarray, first: np.ndarray, bound: float) -> tuple[np.ndarray, float]:
        """The packed rows' scores, with rows written since packing (appended, or moved into a hole) scored
        exactly: their packed copy is another row's or missing."""
        n, packed_n = self.n, self.packed.n
        if n <= packed_n:
            approx = first[:n]
        else:
            approx = np.empty(n, dtype=np.float32)
            approx[:packed_n] = first
        stale = np.fromiter((i for i in self.packed.stale if i < n), dtype=np.int64)
        if n <= packed_n and not len(stale):
            return approx, 2 * bound
        with one_blas_thread():
            if n > packed_n:
                approx[packed_n:] = self.vecs[packed_n:n] @ vec
            if len(stale):
                approx[stale] = self.vecs[stale] @ vec
        return approx, 2 * bound

    def near_best(self, approx: np.ndarray, margin: float, mask: np.ndarray | None, k: int) -> np.ndarray:
        """Rows among `mask` that may be in its exact top k: all of them when there are at most k, else those
        within `margin` of the k-th best first-pass score or of a floor below it (`_kth_floor`: a few more rows,
        never fewer). `mask` None means every row."""
        count = self.n if mask is None else int(np.count_nonzero(mask))
        if count <= k:
            return np.arange(self.n) if mask is None else np.flatnonzero(mask)
        masked = approx if mask is None else np.where(mask, approx, -np.inf)
        kth = _kth_floor(masked, k)
        return np.flatnonzero(masked >= kth - margin)

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
            block = shard.block
            approx, margin = block.approximate(vec)
            pos_fresh, pos_expired = self._near_best(shard, approx, margin, user=user, now=now, subject=subject, k=k)
            with one_blas_thread():
                found = block.exact_best(vec, pos_fresh, k) + block.exact_best(vec, pos_expired, k)
        return sorted(found, key=lambda p: (-round(p[1], 6), -p[0]))

    def _near_best(self, shard: _OrgShard, approx: np.ndarray, margin: float, *, user: str | None, now: float,
                   subject: str | None, k: int) -> tuple[np.ndarray, np.ndarray]:
        """The rows that may be among the `k` best fresh ones and among the `k` best expired-but-kept ones that
        `user` may match (`_Block.near_best`). Call under the lock."""
        block, n = shard.block, shard.block.n
        if subject is None and not block.personal and block.soonest - self.horizon > now:
            # Every row fresh (each `expires` is at or above `soonest`) and every one the asker's: the masks below
            # would all be whole and the expired set empty. Two passes over the 8-byte expiry column and four over
            # the masks saved, ~0.2 ms at 100k rows once the model has evicted them from the caches.
            return block.near_best(approx, margin, None, k), np.empty(0, dtype=np.int64)
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
        if fresh.all():
            block.soonest = float(expires.min())  # exact again after removals lowered it: the next search is quick
        fresh_allowed = allowed & fresh
        expired_allowed = allowed & ~fresh
        return (block.near_best(approx, margin, None if fresh_allowed.all() else fresh_allowed, k),
                block.near_best(approx, margin, None if expired_allowed.all() else expired_allowed, k))

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

    def pack(self) -> None:
        """Pack every large org's rows for the fast first pass (`packed`): seconds at 100k rows, so only
        before this index serves (`rebuild`), never under a request."""
        with self._lock:
            for shard in self._orgs.values():
                shard.block.pack()

    def rebuild(self, store: Store, now: float, *, pack: bool = True) -> int:
        """Replace everything with the store's live rows: the learning pass's full resync. A rebuild that a
        request waits for (delete-my-data) skips the packing, whose seconds the next learning pass pays."""
        fresh = QueryIndex(self.horizon)
        fresh.sync(store, now)
        if pack:
            fresh.pack()
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
