"""A large org's index partitioned into lists of similar rows (`exporter/querymem/lists.py`): a search reads the
nearest tenth of the lists, and every promise of the index holds through it: visibility of personal rows,
expired answers kept for the horizon, rows caught up from other replicas by row id, the learning pass's rebuild,
the newest among equal copies, and small orgs scanned exactly.

Not shipped in round 21: at 100k rows of realistic questions the partitioned search's top-10 recall against the
exact scan was 0.991 (questions asked again) and 0.973 (new questions), under the 0.999 its ship rule asked, so the
partition was reverted (bench/RESULTS.md, round 21, qspeed3). These tests keep the wanted behaviour for the next
attempt: until `exporter/querymem/lists.py` returns, each one stops in setup on the missing module (the only
failure the marker accepts, `raises=ModuleNotFoundError`), so "xfailed" here measures nothing; once it returns they
run for real, and their marker has to go.
"""

from __future__ import annotations

import importlib

import numpy as np
import pytest

from exporter.querymem.index import IndexEntry, QueryIndex
from exporter.store import migrate, open_store
from exporter.text.embeddings import DIM, to_blob

pytestmark = pytest.mark.xfail(strict=True, raises=ModuleNotFoundError,
                                reason="the partitioned search was reverted in round 21: its top-10 recall at 100k "
                                       "realistic rows was 0.991 / 0.973, under the 0.999 asked")

NOW = 1_715_000_000.0
N = 12_000  # above the lowered partition threshold below, and above `_EXACT_FEW` rows per visible set


@pytest.fixture(autouse=True)
def _small_partition(monkeypatch):
    """Partition from 8,000 rows, so a test builds one in a second (the product waits for 32,768)."""
    monkeypatch.setattr(importlib.import_module("exporter.querymem.lists"), "PARTITION_ABOVE", 8_000)


def _clustered(rng: np.random.Generator, n: int, topics: int = 60) -> np.ndarray:
    """Unit rows around `topics` directions, as questions of one org gather around its subjects."""
    centers = rng.standard_normal((topics, DIM)).astype(np.float32)
    rows = centers[rng.integers(0, topics, n)] + 0.6 * rng.standard_normal((n, DIM)).astype(np.float32) / DIM**0.5 * 4
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def _index(vecs: np.ndarray, *, user_every: int = 0, horizon: float = 0.0) -> QueryIndex:
    """One org of `vecs` (every `user_every`-th row personal to "ann"), packed as the learning pass packs it."""
    index = QueryIndex(horizon)
    index.add(IndexEntry(i, "acme", v, NOW + 3600, None, "alerts",
                         "ann" if user_every and i % user_every == 0 else None) for i, v in enumerate(vecs))
    index.pack()
    return index


def _block(index: QueryIndex):
    return index._orgs["acme"].block


def test_a_large_org_is_partitioned_and_a_search_reads_about_a_tenth_of_its_rows():
    rng = np.random.default_rng(1)
    index = _index(_clustered(rng, N))
    block = _block(index)
    assert block.lists is not None and block.lists.n == N
    read = [len(block.approximate(q)[0]) for q in _clustered(rng, 50)]
    assert max(read) < 0.3 * N and np.mean(read) < 0.2 * N


def test_a_small_org_is_never_partitioned_and_gets_the_exact_top_k():
    rng = np.random.default_rng(2)
    vecs = _clustered(rng, 6_000)
    index = _index(vecs)
    assert _block(index).lists is None
    for q in _clustered(rng, 10):
        exact = np.argsort(-(vecs @ q), kind="stable")[:5]
        assert [i for i, _ in index.search("acme", q, user=None, now=NOW, k=5)] == [int(i) for i in exact]


def test_an_asked_again_question_finds_its_copy_and_the_scores_are_exact_cosines():
    rng = np.random.default_rng(3)
    vecs = _clustered(rng, N)
    index = _index(vecs)
    for i in rng.integers(0, N, 40):
        found = index.search("acme", vecs[i], user=None, now=NOW, k=10)
        assert found[0] == (int(i), pytest.approx(1.0, abs=1e-5))
        assert all(sim == pytest.approx(float(vecs[j] @ vecs[i]), abs=1e-5) for j, sim in found)


def test_a_personal_row_is_found_for_its_user_only():
    rng = np.random.default_rng(4)
    vecs = _clustered(rng, N)
    index = _index(vecs, user_every=4)
    assert _block(index).lists is not None
    for i in (0, 4, 400, 4000):
        assert index.search("acme", vecs[i], user="ann", now=NOW, k=10)[0][0] == i
        assert i not in {j for j, _ in index.search("acme", vecs[i], user="bob", now=NOW, k=10)}
        assert i not in {j for j, _ in index.search("acme", vecs[i], user=None, now=NOW, k=10)}


def test_a_set_of_few_visible_rows_is_scored_whole_even_in_lists_left_unread():
    """A user's few personal rows (at most `_EXACT_FEW` with the org's) are all scored: the list a row sits in
    does not decide whether its user finds it. The twin: a partitioned set above that size is not read whole."""
    rng = np.random.default_rng(5)
    vecs = _clustered(rng, N)
    index = QueryIndex()
    index.add(IndexEntry(i, "acme", v, NOW + 3600, None, "alerts", "ann") for i, v in enumerate(vecs))
    index.add([IndexEntry(N + i, "acme", vecs[i], NOW + 3600, None, "alerts", "bob") for i in range(3)])
    index.pack()
    q = _clustered(rng, 1)[0]
    exact = sorted(range(N, N + 3), key=lambda j: -float(vecs[j - N] @ q))
    assert [j for j, _ in index.search("acme", q, user="bob", now=NOW, k=10)] == exact
    pos, _, _ = _block(index).approximate(q)
    assert importlib.import_module("exporter.querymem.index")._EXACT_FEW < N and len(pos) < N  # ann's set is too large to read whole: the probed lists answer


def test_expired_answers_stay_candidates_until_the_horizon_and_not_after():
    rng = np.random.default_rng(6)
    vecs = _clustered(rng, N)
    index = _index(vecs, horizon=7200)
    q = vecs[17]
    later = NOW + 3600 + 60  # every row past its TTL, within the horizon
    found = index.search("acme", q, user=None, now=later, k=10)
    assert found[0][0] == 17
    assert index.search("acme", q, user=None, now=NOW + 3600 + 7200 + 1, k=10) == []


def test_rows_caught_up_from_the_store_are_found_before_the_next_partition(tmp_path):
    """Rows another replica recorded (`sync`, by row id) join no list until the next rebuild: they are scored on
    every search, so a question asked again finds its new copy at once; the rebuild then partitions them too."""
    rng = np.random.default_rng(7)
    vecs = _clustered(rng, N + 40)
    url = f"sqlite:///{tmp_path}/q.db"
    migrate(url)
    store = open_store(url)
    insert = ("INSERT INTO query_executions (id, org_id, scope, query_text, embedding, executed_at, expires_at) "
              "VALUES (:id, 'acme', 'org', 'q', :embedding, :at, :expires)")

    def write(ids: range) -> None:
        with store.transaction() as conn:
            conn.executemany(insert, [{"id": i + 1, "embedding": to_blob(vecs[i]), "at": NOW,
                                       "expires": NOW + 3600} for i in ids])

    write(range(N))
    index = QueryIndex()
    index.rebuild(store, NOW)
    assert _block(index).lists is not None
    write(range(N, N + 40))
    assert index.sync(store, NOW) == 40
    for i in range(N, N + 40, 7):
        assert index.search("acme", vecs[i], user=None, now=NOW, k=10)[0][0] == i + 1
    index.rebuild(store, NOW)
    assert _block(index).lists.n == N + 40 and not _block(index).lists.stale
    assert index.search("acme", vecs[N + 3], user=None, now=NOW, k=10)[0][0] == N + 4
    store.close()


def test_removals_after_the_partition_keep_every_live_row_findable():
    rng = np.random.default_rng(8)
    vecs = _clustered(rng, N)
    index = _index(vecs)
    gone = set(rng.choice(N, 300, replace=False).tolist())
    for i in gone:
        index._remove("acme", i)
    assert _block(index).lists.usable(_block(index).n)
    for i in [j for j in rng.integers(0, N, 200).tolist() if j not in gone][:60]:
        assert index.search("acme", vecs[i], user=None, now=NOW, k=10)[0][0] == i
    for i in list(gone)[:20]:
        assert i not in {j for j, _ in index.search("acme", vecs[i], user=None, now=NOW, k=10)}


def test_among_equal_copies_in_a_partitioned_org_the_newest_wins():
    rng = np.random.default_rng(9)
    vecs = _clustered(rng, N)
    vecs[N - 5:] = vecs[100]  # five later copies of row 100's question
    index = _index(vecs)
    assert [i for i, _ in index.search("acme", vecs[100], user=None, now=NOW, k=3)] == [N - 1, N - 2, N - 3]


def test_past_an_eighth_of_rows_written_since_the_partition_the_whole_org_is_scanned():
    rng = np.random.default_rng(10)
    vecs = _clustered(rng, N + N // 5)
    index = _index(vecs[:N])
    index.add(IndexEntry(i, "acme", vecs[i], NOW + 3600, None, "alerts", None) for i in range(N, len(vecs)))
    block = _block(index)
    assert not block.lists.usable(block.n)
    assert block.approximate(vecs[0])[0] is None  # every row scored


def test_a_row_added_into_a_slot_freed_after_the_partition_is_found_by_its_own_question():
    """An eviction frees the last slot, the next synced row takes it: inside a list's range, it must be scored
    with its own int8 copy, never the evicted row's (review R1)."""
    rng = np.random.default_rng(11)
    vecs = _clustered(rng, N + 40)
    index = _index(vecs[:N])
    block = _block(index)
    for t in range(40):
        index._remove("acme", int(block.ids[block.n - 1]))
        index.add([IndexEntry(N + t, "acme", vecs[N + t], NOW + 3600, None, "alerts", None)])
        assert index.search("acme", vecs[N + t], user=None, now=NOW, k=8)[0][0] == N + t
