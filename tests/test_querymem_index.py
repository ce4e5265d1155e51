"""The in-memory index of live cache entries, and the TTL policy that decides when entries leave it."""

from __future__ import annotations

import numpy as np
import pytest

from exporter.querymem.index import IndexEntry, QueryIndex
from exporter.querymem.policy import MemoryPolicy, parse_ttls
from exporter.text.embeddings import DIM

NOW = 1_715_000_000.0


def _unit(rng: np.random.Generator, n: int) -> np.ndarray:
    v = rng.standard_normal((n, DIM)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def _entries(vecs: np.ndarray, org: str = "acme", user: str | None = None, ttl: float = 3600) -> list[IndexEntry]:
    return [IndexEntry(i, org, v, NOW + ttl, f"k{i % 3}", "alerts", user) for i, v in enumerate(vecs)]


def test_search_finds_the_nearest_live_entry_exactly():
    rng = np.random.default_rng(1)
    vecs = _unit(rng, 500)
    index = QueryIndex()
    index.add(_entries(vecs))
    for i in rng.integers(0, 500, 20):
        assert index.search("acme", vecs[i], user=None, now=NOW, subject="alerts", k=3)[0] == (int(i), pytest.approx(1.0))


def test_expired_entries_never_match_and_are_evicted():
    rng = np.random.default_rng(2)
    vecs = _unit(rng, 10)
    index = QueryIndex()
    index.add(_entries(vecs[:5], ttl=60) + [IndexEntry(i + 5, "acme", v, NOW + 7200, "k", "alerts", None)
                                            for i, v in enumerate(vecs[5:])])
    assert {i for i, _ in index.search("acme", vecs[0], user=None, now=NOW + 61, k=10)} == set(range(5, 10))
    assert index.evict_expired(NOW + 61) == 5 and len(index) == 5
    assert index.same_key("acme", "k0", vecs[0], user=None, now=NOW + 61) == []


def test_personal_entries_match_only_their_user_and_orgs_stay_apart():
    rng = np.random.default_rng(3)
    vecs = _unit(rng, 3)
    index = QueryIndex()
    index.add([IndexEntry(1, "acme", vecs[0], NOW + 60, "k", "alerts", "alice"),
               IndexEntry(2, "globex", vecs[1], NOW + 60, "k", "alerts", None)])
    assert [i for i, _ in index.search("acme", vecs[0], user="alice", now=NOW)] == [1]
    assert index.search("acme", vecs[0], user="bob", now=NOW) == []
    assert index.search("acme", vecs[0], user=None, now=NOW) == []
    assert [i for i, _ in index.search("globex", vecs[0], user=None, now=NOW)] == [2]


def test_removing_entries_keeps_the_rest_searchable():
    rng = np.random.default_rng(4)
    vecs = _unit(rng, 40)
    index = QueryIndex()
    index.add(_entries(vecs[:20], ttl=10) + [IndexEntry(i + 20, "acme", v, NOW + 999, "k", "alerts", None)
                                             for i, v in enumerate(vecs[20:])])
    index.evict_expired(NOW + 11)
    for i in range(20, 40):
        assert index.search("acme", vecs[i], user=None, now=NOW + 11, k=1)[0][0] == i


def test_ttl_per_subject_is_bounded_to_one_to_four_hours():
    assert parse_ttls("alerts=3600, metrics=14400") == {"alerts": 3600.0, "metrics": 14400.0}
    policy = MemoryPolicy(default_ttl=7200, ttl_by_subject=parse_ttls("alerts=3600"))
    assert policy.ttl("alerts") == 3600 and policy.ttl("logs") == 7200 and policy.ttl(None) == 7200
    for bad in ("alerts=60", "alerts=20000", "alerts", "=3600"):
        with pytest.raises(ValueError):
            parse_ttls(bad)


def test_a_fresh_answer_is_found_behind_many_expired_copies_of_the_same_question():
    rng = np.random.default_rng(5)
    vec = _unit(rng, 1)[0]
    index = QueryIndex(horizon=7 * 86400)
    old = [IndexEntry(i, "acme", vec, NOW - 86400 * (i + 1) + 3600, "k", "alerts", None) for i in range(6)]
    index.add(old + [IndexEntry(99, "acme", vec, NOW + 600, "k", "alerts", None)])
    assert 99 in {i for i, _ in index.search("acme", vec, user=None, now=NOW, k=3)}
    assert index.same_key("acme", "k", vec, user=None, now=NOW)[0][0] == 99


def test_a_large_org_gets_the_exact_top_k_through_the_int8_first_pass():
    """Above `_APPROX_ABOVE` entries the scan runs in int8 and rescores near the k-th best exactly: the
    answer is the float32 top k (up to float32's own summation noise), with exact cosines, even when
    thousands of entries sit in a band narrower than int8's step."""
    from exporter.querymem.index import _APPROX_ABOVE

    rng = np.random.default_rng(4)
    n = _APPROX_ABOVE + 1000
    query = _unit(rng, 1)[0]
    other = _unit(rng, n)
    other -= np.outer(other @ query, query)
    other /= np.linalg.norm(other, axis=1, keepdims=True)
    cos = (0.5 + rng.uniform(0, 2e-3, n)).astype(np.float32)
    vecs = (cos[:, None] * query + np.sqrt(1 - cos**2)[:, None] * other).astype(np.float32)
    index = QueryIndex()
    index.add(_entries(vecs))
    got = index.search("acme", query, user=None, now=NOW, k=10)
    exact = vecs @ query
    kth = np.sort(exact)[-10]
    assert len(got) == 10
    assert all(abs(s - exact[i]) < 1e-5 and s >= kth - 1e-5 for i, s in got)
    assert np.sum(exact > min(s for _, s in got) + 1e-5) < 10


def test_the_int8_first_pass_stays_exact_as_entries_come_and_go():
    """Rows get their int8 copy in one batch when first scanned; a removal moves the last row into the hole,
    quantised or not. Whatever the order of adds, scans and removals, each search is the exact top k."""
    from exporter.querymem.index import _APPROX_ABOVE

    rng = np.random.default_rng(11)
    n = _APPROX_ABOVE + 600
    vecs = _unit(rng, n + 400)
    # Near-copies of a few directions, as real questions are: many scores within the first pass's error.
    vecs[::7] = _unit(rng, 1)[0] + 0.02 * vecs[::7]
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    entries = _entries(vecs)
    index = QueryIndex()
    index.add(entries[:n])
    alive = set(range(n))

    def check() -> None:
        for q in list(vecs[rng.choice(sorted(alive), 3)]) + list(_unit(rng, 2)):
            got = index.search("acme", q, user=None, now=NOW, k=8)
            ids = np.array(sorted(alive))
            exact = vecs[ids] @ q
            kth = np.sort(exact)[-8]
            assert len(got) == 8
            assert all(abs(s - float(vecs[i] @ q)) < 1e-5 and s >= kth - 1e-5 for i, s in got)

    check()  # quantises the first n rows
    index.add(entries[n:])  # 400 rows with no int8 copy yet
    alive |= set(range(n, n + 400))
    for row in rng.choice(n, 300, replace=False):  # holes in the quantised rows, filled from the tail
        index._remove("acme", entries[int(row)].id)
        alive.discard(int(row))
    check()


def test_among_equally_similar_entries_the_newest_is_returned():
    """Copies of one question (identical vectors) tie; the place goes to the most recent row, whose
    range is the one most likely to still overlap the question asked now."""
    rng = np.random.default_rng(7)
    vec = _unit(rng, 1)[0]
    index = QueryIndex()
    index.add([IndexEntry(i, "acme", vec, NOW + 600, "k", "alerts", None) for i in range(30)])
    assert [i for i, _ in index.search("acme", vec, user=None, now=NOW, k=3)] == [29, 28, 27]


def test_an_answer_without_its_own_ttl_lives_as_long_as_its_range_stays_the_same_range():
    """Default TTL: the subject's, or 15% of the range the answer covers (the specification's tolerance)
    when that is longer, at most answer_ttl_max; a TTL sent with the answer still wins."""
    policy = MemoryPolicy(default_ttl=7200, ttl_by_subject=parse_ttls("alerts=3600"))
    assert policy.answer_ttl(None, "logs", 3600) == 7200  # last hour: 9 min < the default
    assert policy.answer_ttl(None, "alerts", 86400) == pytest.approx(0.15 * 86400)  # last 24 h: 3.6 h
    assert policy.answer_ttl(None, "alerts", 7 * 86400) == 24 * 3600  # last 7 days: capped
    assert policy.answer_ttl(600, "alerts", 7 * 86400) == 600  # the helper's own TTL wins
    assert MemoryPolicy(ttl_window_ratio=0).answer_ttl(None, None, 7 * 86400) == 7200  # off


def test_the_packed_first_pass_stays_within_its_bound_and_exact_as_entries_come_and_go():
    """After `pack` (start-up, the learning pass) a large org is scanned with fbgemm's packed int8 rows; the
    query is rounded to a grid fbgemm reproduces, so each first-pass score is within the stated bound of the
    float32 one. Rows added or moved into holes after packing are scored exactly, and each search is the exact
    top k, also with thousands of near-copies inside the first pass's error."""
    from exporter.querymem import packed
    from exporter.querymem.index import _APPROX_ABOVE

    if not packed.available():
        pytest.skip("no fbgemm in this torch build")
    rng = np.random.default_rng(12)
    n = _APPROX_ABOVE + 800
    vecs = _unit(rng, n + 300)
    vecs[::5] = _unit(rng, 1)[0] + 0.02 * vecs[::5]
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    entries = _entries(vecs)
    index = QueryIndex()
    index.add(entries[:n])
    index.pack()
    block = index._orgs["acme"].block
    assert block.packed is not None and block.packed.n == n
    for q in list(vecs[rng.choice(n, 5)]) + list(_unit(rng, 5)):
        first, bound = block.packed.scores(q)
        assert np.abs(first - vecs[:n] @ q).max() <= bound
    alive = set(range(n))

    def check() -> None:
        assert block.packed.usable(block.n)  # the packed pass, not the int8 kernel, answered
        for q in list(vecs[rng.choice(sorted(alive), 3)]) + list(_unit(rng, 2)):
            got = index.search("acme", q, user=None, now=NOW, k=8)
            ids = np.array(sorted(alive))
            kth = np.sort(vecs[ids] @ q)[-8]
            assert len(got) == 8
            assert all(i in alive and abs(s - float(vecs[i] @ q)) < 1e-5 and s >= kth - 1e-5 for i, s in got)

    check()
    for row in rng.choice(n, 200, replace=False):  # holes in the packed rows, filled from the tail
        index._remove("acme", entries[int(row)].id)
        alive.discard(int(row))
    index.add(entries[n:])  # appended after packing: some into packed slots freed by the removals
    alive |= set(range(n, n + 300))
    assert block.packed.stale
    check()


def test_a_rebuild_a_request_waits_for_does_not_pack(monkeypatch):
    """Delete-my-data rebuilds the index inside its request: packing 100k rows costs seconds there, so that
    rebuild leaves the rows unpacked (the int8 kernel answers until the learning pass packs them)."""
    from exporter.querymem import index as index_mod

    calls = []
    monkeypatch.setattr(index_mod.QueryIndex, "pack", lambda self: calls.append(1))

    class _NoRows:
        def query(self, sql, params):
            return []

    index_mod.QueryIndex().rebuild(_NoRows(), 0.0, pack=False)
    assert calls == []
    index_mod.QueryIndex().rebuild(_NoRows(), 0.0)
    assert calls == [1]


def test_the_kth_best_floor_from_chunk_maxima_never_rises_above_the_kth_best():
    """`_kth_floor` (the k-th best first-pass score a search rescores down from) may sit below the k-th
    largest score, never above: above it, a row of the exact top k would be left out. Planted: the k best
    all in one chunk (the floor then falls to another chunk's maximum), masks leaving fewer than k chunks
    with a finite score, and plain random scores; each checked against the k-th largest by sorting."""
    from exporter.querymem.index import _CHUNK, _kth_floor

    rng = np.random.default_rng(21)
    k = 10
    for trial in range(200):
        n = int(rng.integers(_CHUNK * 16, _CHUNK * 40))
        scores = rng.normal(0, 0.05, n).astype(np.float32)
        if trial % 4 == 1:  # the k best together in one chunk
            start = int(rng.integers(0, n // _CHUNK)) * _CHUNK
            scores[start:start + k] = 0.9 + rng.uniform(0, 0.01, k)
        elif trial % 4 == 2:  # a mask that leaves rows in fewer than k chunks
            keep = np.zeros(n, dtype=bool)
            for c in rng.choice(n // _CHUNK, size=int(rng.integers(1, k)), replace=False):
                keep[c * _CHUNK:(c + 1) * _CHUNK] = True
            scores = np.where(keep, scores, -np.inf).astype(np.float32)
        elif trial % 4 == 3:  # ties: many rows sharing the k-th value
            scores[rng.integers(0, n, 3 * k)] = np.float32(0.5)
        kth = np.sort(scores)[-k]
        floor = _kth_floor(scores, k)
        assert floor <= kth
        assert np.count_nonzero(scores >= floor) >= k
        if trial % 4 in (0, 3):  # the k best in k chunks: the floor is the k-th largest itself, or one of the few below
            assert np.count_nonzero(scores >= floor) <= 3 * k + 2


def test_a_large_org_whose_best_rows_share_one_chunk_still_gets_the_exact_top_k():
    """The search's floor drops when the best entries sit side by side (one chunk of the first pass's
    scores): the result must still be the exact top k, here the k copies planted together."""
    from exporter.querymem.index import _APPROX_ABOVE, _CHUNK

    rng = np.random.default_rng(22)
    n = _APPROX_ABOVE + 3000
    vecs = _unit(rng, n)
    query = _unit(rng, 1)[0]
    start = 7 * _CHUNK + 3
    near = query + 0.3 * _unit(rng, 12)  # cosines ~0.95, spread well beyond the 1e-6 tie rule
    vecs[start:start + 12] = near / np.linalg.norm(near, axis=1, keepdims=True)
    index = QueryIndex()
    index.add(_entries(vecs))
    index.pack()
    got = index.search("acme", query, user=None, now=NOW, k=10)
    exact = vecs @ query
    assert [i for i, _ in got] == [int(i) for i in np.argsort(-exact, kind="stable")[:10]]
    assert all(start <= i < start + 12 for i, _ in got)


def _brute_force(index: QueryIndex, org: str, vec: np.ndarray, now: float, k: int) -> list[tuple[int, float]]:
    """The search's answer computed the long way: every row's expiry tested (the path `soonest` lets a search skip)."""
    shard = index._orgs[org]
    block = shard.block
    saved, block.soonest = block.soonest, -np.inf  # never past the horizon: the row-by-row masks run
    try:
        return index.search(org, vec, user=None, now=now, k=k)
    finally:
        block.soonest = saved


def test_a_search_that_skips_the_expiry_test_finds_what_the_row_by_row_test_finds():
    """While every row is fresh the search takes no expiry mask; once one row's TTL passes (by time, by an added
    row, or a row moved into a hole) the masks run again, and the expired-but-kept row takes its own place."""
    rng = np.random.default_rng(11)
    vecs = _unit(rng, 6000)
    index = QueryIndex(horizon=600)
    index.add(_entries(vecs[:5000], ttl=3600))
    index.pack()
    query = vecs[7]
    assert index.search("acme", query, user=None, now=NOW, k=4) == _brute_force(index, "acme", query, NOW, 4)
    # a row whose TTL is already over when it is added (kept for the horizon): only the row-by-row test finds it
    index.add([IndexEntry(9000, "acme", query, NOW - 1, "k", "alerts", None)])
    found = index.search("acme", query, user=None, now=NOW, k=4)
    assert found == _brute_force(index, "acme", query, NOW, 4) and len(found) == 5 and found[0][0] == 9000
    index._remove("acme", 9000)
    # time passing: at NOW + 3601 every row is past its TTL and inside the horizon, so all go to the expired side
    late = index.search("acme", query, user=None, now=NOW + 3601, k=4)
    assert late == _brute_force(index, "acme", query, NOW + 3601, 4) and len(late) == 4 and late[0][0] == 7
    # a search that finds every row fresh makes the bound exact again (the removed row had lowered it)
    index.search("acme", query, user=None, now=NOW, k=4)
    assert index._orgs["acme"].block.soonest == NOW + 3600 + 600
    more = _entries(vecs[5000:], ttl=1800)
    index.add([IndexEntry(e.id + 5000, e.org_id, e.vector, e.expires_at, e.intent_key, e.subject, None) for e in more])
    for now in (NOW, NOW + 1801, NOW + 3601):
        for i in rng.integers(0, 6000, 5):
            assert index.search("acme", vecs[i], user=None, now=now, k=4) == _brute_force(index, "acme", vecs[i], now, 4)
