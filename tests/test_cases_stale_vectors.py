"""A case stored before round 21 holds the vector of its first 256 word pieces; the learning pass reads it again
whole (`exporter.cases.stale_vectors`), so an upgraded service matches its long cases as a fresh one does, and a
case within the window is only stamped, its vector untouched and no model call made."""

from __future__ import annotations

import numpy as np

from exporter.cases import repo, stale_vectors
from exporter.jobs import run_learning
from exporter.store import from_json
from exporter.text import embeddings
from tests.test_cases_api import case, match, post_case
from tests.test_cases_long_reports import CERT, DISK, OPENING, REPORT


def _stored(store, case_id):
    return store.query("SELECT title, problem, embedding, embedding_version FROM cases WHERE id = :id",
                       {"id": case_id})[0]


def _as_before_round_21(store, case_id):
    """The row as round 20's code wrote it: its text cut at the model's window, no reading named."""
    row = _stored(store, case_id)
    text = repo.embedding_text({"title": row["title"], "problem": from_json(row["problem"], {})})
    with store.transaction() as conn:
        conn.execute("UPDATE cases SET embedding = :e, embedding_version = 1 WHERE id = :id",
                     {"e": embeddings.to_blob(embeddings.embed([text])[0]), "id": case_id})
        repo.bump_version(conn, "acme")
    return text


def test_a_case_stored_before_the_windows_is_read_whole_by_the_learning_pass(client, store):
    disk = post_case(client, case(f"{OPENING} {DISK}", "free space on the data volume",
                                  cause="backup wrote to the data disk"))
    cert = post_case(client, case(f"{OPENING} {CERT}", "renew the certificate", cause="certificate renewal had failed"))
    text = _as_before_round_21(store, cert)
    before = {m["case_id"]: m["why"]["semantic_similarity"] for m in match(client, REPORT)}
    assert stale_vectors.stale_orgs(client.application.extensions["learning"], 0.0) == ["acme"]
    summary = run_learning(client.application.extensions["learning"])
    assert summary["stages"]["case_vectors"]["acme"] == {"read_again": 1, "stamped": 0}
    row = _stored(store, cert)
    assert row["embedding_version"] == embeddings.VECTOR_VERSION
    assert np.allclose(embeddings.from_blob(row["embedding"]), embeddings.whole_text_vectors([text])[0], atol=1e-6)
    after = {m["case_id"]: m["why"]["semantic_similarity"] for m in match(client, REPORT)}
    assert after[cert] != before[cert]  # the served index reloaded
    assert after[cert] > after[disk] + 0.005  # its ending counts, as for a case recorded today
    assert stale_vectors.stale_orgs(client.application.extensions["learning"], 0.0) == []


def test_a_short_case_is_only_stamped_its_vector_untouched(client, store):
    short = post_case(client, case("Disk full on db-3, writes fail", "free space", cause="backup on the data disk"))
    text = _as_before_round_21(store, short)
    kept = _stored(store, short)["embedding"]
    calls = []
    result = stale_vectors.read_again(store, "acme", lambda texts: calls.append(texts) or embeddings.embed(texts))
    assert result == {"read_again": 0, "stamped": 1} and calls == []
    row = _stored(store, short)
    assert bytes(row["embedding"]) == bytes(kept) and row["embedding_version"] == embeddings.VECTOR_VERSION
    assert len(embeddings.windows(text)) == 1


def test_a_new_case_names_the_reading_that_made_its_vector(client, store):
    new = post_case(client, case(f"{OPENING} {CERT}", "renew the certificate", cause="certificate renewal had failed"))
    assert _stored(store, new)["embedding_version"] == embeddings.VECTOR_VERSION
    assert stale_vectors.stale_orgs(client.application.extensions["learning"], 0.0) == []


def test_one_pass_reads_at_most_its_share_and_the_next_pass_goes_on(client, store):
    ids = [post_case(client, case(f"{OPENING} {DISK} Host db-{i}.", "free space", cause="backup on the data disk"))
           for i in range(3)]
    for case_id in ids:
        _as_before_round_21(store, case_id)
    assert stale_vectors.read_again(store, "acme", most=2) == {"read_again": 2, "stamped": 0}
    assert stale_vectors.read_again(store, "acme", most=2) == {"read_again": 1, "stamped": 0}
    assert all(_stored(store, i)["embedding_version"] == embeddings.VECTOR_VERSION for i in ids)
