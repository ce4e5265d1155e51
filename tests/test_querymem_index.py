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


def test_a_small_org_gets_the_exact_top_k_even_inside_a_narrow_band():
    """Up to `_APPROX_ABOVE` entries every row is scored in float32: the exact top k, with exact cosines,
    even when thousands of entries sit within 2e-3 of each other (where sign bits cannot tell them apart)."""
    from exporter.querymem.index import _APPROX_ABOVE

    rng = np.random.default_rng(4)
    n = _APPROX_ABOVE
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


def _paraphrases(rng: np.random.Generator, query: np.ndarray, n: int, low: float, high: float) -> np.ndarray:
    """n unit rows at cosines spread over [low, high] from `query`, as a question's rewordings sit."""
    other = _unit(rng, n)
    other -= np.outer(other @ query, query)
    other /= np.linalg.norm(other, axis=1, keepdims=True)
    cos = np.linspace(high, low, n, dtype=np.float32)
    return (cos[:, None] * query + np.sqrt(1 - cos**2)[:, None] * other).astype(np.float32)


def test_a_large_org_finds_a_questions_rewordings_through_the_sign_bits_with_exact_cosines():
    """Above `_APPROX_ABOVE` entries the first pass compares sign bits and only the nearest `_RESCORE` rows
    are scored: rows at cosine 0.5-0.95 to the question among thousands of unrelated ones are all found, in
    the exact order, with float32 cosines, as brute force finds them."""
    from exporter.querymem.index import _APPROX_ABOVE

    rng = np.random.default_rng(5)
    n = _APPROX_ABOVE + 4000
    for _ in range(5):
        query = _unit(rng, 1)[0]
        vecs = _unit(rng, n)
        planted = rng.choice(n, 12, replace=False)
        vecs[planted] = _paraphrases(rng, query, 12, 0.5, 0.95)
        index = QueryIndex()
        index.add(_entries(vecs))
        got = index.search("acme", query, user=None, now=NOW, k=10)
        exact = vecs @ query
        assert [i for i, _ in got] == [int(i) for i in np.argsort(-exact, kind="stable")[:10]]
        assert all(abs(s - exact[i]) < 1e-5 for i, s in got)


def test_the_sign_bits_follow_their_rows_as_entries_come_and_go():
    """A removal moves the last row into the hole, and an add may grow the block: each row's sign bits must
    move with it, or the first pass would rank a row by another's bits. Checked against the bits of the rows
    themselves after 300 removals and 900 adds, and by searches for stored rows' rewordings."""
    from exporter.querymem.index import _APPROX_ABOVE, _sign_bits

    rng = np.random.default_rng(11)
    n = _APPROX_ABOVE + 600
    vecs = _unit(rng, n + 900)
    entries = _entries(vecs)
    index = QueryIndex()
    index.add(entries[:n])
    alive = set(range(n))
    for row in rng.choice(n, 300, replace=False):  # holes filled from the tail
        index._remove("acme", entries[int(row)].id)
        alive.discard(int(row))
    index.add(entries[n:])  # grows the block past its capacity
    alive |= set(range(n, n + 900))
    block = index._orgs["acme"].block
    assert block.n == len(alive)
    assert np.array_equal(block.bits[:, : block.n].T, _sign_bits(block.vecs[: block.n]))
    assert np.array_equal(block.vecs[: block.n], vecs[block.ids[: block.n]])
    ids = np.array(sorted(alive))
    for i in rng.choice(ids, 10, replace=False):
        q = vecs[i] + 0.5 * _unit(rng, 1)[0]  # a rewording: cosine ~0.9 to the stored row
        q /= np.linalg.norm(q)
        got = index.search("acme", q, user=None, now=NOW, k=8)
        assert got[0] == (int(i), pytest.approx(float(vecs[i] @ q), abs=1e-5))


def test_a_large_org_applies_expiry_and_owners_before_the_sign_bit_cut():
    """The first pass keeps the nearest `_RESCORE` rows among those the asker may match, fresh and expired
    apart: 5,000 expired copies of the question and 1,500 copies that are another user's (each at Hamming
    distance 0) must not crowd out one fresh reworded answer the asker may see among 2,000 unrelated ones."""
    from exporter.querymem.index import _APPROX_ABOVE, _RESCORE

    rng = np.random.default_rng(12)
    query = _unit(rng, 1)[0]
    assert _RESCORE < 2000 and _APPROX_ABOVE < 5000
    expired = [IndexEntry(i, "acme", query, NOW - 60, "k", "alerts", None) for i in range(5000)]
    personal = [IndexEntry(5000 + i, "acme", query, NOW + 600, "k", "alerts", "bob") for i in range(1500)]
    unrelated = [IndexEntry(7000 + i, "acme", v, NOW + 600, "k", "alerts", None) for i, v in enumerate(_unit(rng, 2000))]
    reworded = _paraphrases(rng, query, 1, 0.8, 0.8)[0]
    index = QueryIndex(horizon=3600)
    index.add(expired + personal + unrelated + [IndexEntry(9999, "acme", reworded, NOW + 600, "k", "alerts", None)])
    got = index.search("acme", query, user="alice", now=NOW, k=3)
    assert 9999 in [i for i, _ in got]
    assert not {i for i, _ in got} & {e.id for e in personal}
    assert [i for i, _ in index.search("acme", query, user="bob", now=NOW, k=3)][:3] == [6499, 6498, 6497]


def test_in_a_large_org_copies_tied_at_the_cut_all_compete_and_the_newest_wins():
    """Every row tied with the last one the sign-bit cut keeps is kept too: among 6,000 identical copies
    (all at distance 0, far more than `_RESCORE`) the newest are returned, as in a small org."""
    rng = np.random.default_rng(13)
    vec = _unit(rng, 1)[0]
    index = QueryIndex()
    index.add([IndexEntry(i, "acme", vec, NOW + 600, "k", "alerts", None) for i in range(6000)])
    assert [i for i, _ in index.search("acme", vec, user=None, now=NOW, k=3)] == [5999, 5998, 5997]


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


def test_an_org_whose_best_rows_share_one_chunk_still_gets_the_exact_top_k():
    """The exact search's floor (an org of `_APPROX_ABOVE` rows, scored in float32) drops when the best
    entries sit side by side in one chunk of the scores: the result must still be the exact top k, here
    the k copies planted together."""
    from exporter.querymem.index import _APPROX_ABOVE, _CHUNK

    rng = np.random.default_rng(22)
    n = _APPROX_ABOVE
    vecs = _unit(rng, n)
    query = _unit(rng, 1)[0]
    start = 7 * _CHUNK + 3
    near = query + 0.3 * _unit(rng, 12)  # cosines ~0.95, spread well beyond the 1e-6 tie rule
    vecs[start:start + 12] = near / np.linalg.norm(near, axis=1, keepdims=True)
    index = QueryIndex()
    index.add(_entries(vecs))
    got = index.search("acme", query, user=None, now=NOW, k=10)
    exact = vecs @ query
    assert [i for i, _ in got] == [int(i) for i in np.argsort(-exact, kind="stable")[:10]]
    assert all(start <= i < start + 12 for i, _ in got)
