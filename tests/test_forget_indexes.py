"""Delete-my-data reaches the in-memory indexes too: the case matcher (vectors and BM25 vocabulary)
and the query memory's vector index forget the person at once, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.conftest import auth
from tests.test_cases_api import case, match, post_case


def test_after_delete_my_data_a_match_no_longer_searches_the_persons_case(app, client, store):
    indexes = app.extensions["learning"].case_indexes
    alice = post_case(client, case("zorblax daemon wedged after quuxfile rotation", "systemctl restart zorblax",
                                   cause="quuxfile handle leak"), token="tok-acme-alice")
    bob = post_case(client, case("disk full on build agents", "prune docker images", cause="image cache growth"),
                    token="tok-acme-bob")
    r = client.post("/api/v1/cases/match", json={"problem": "zorblax wedged again"}, headers=auth("tok-acme"))
    assert r.get_json()["searched"] == 2 and r.get_json()["matches"][0]["case_id"] == alice
    assert "zorblax" in indexes.get(store, "acme").df

    assert client.delete("/api/v1/users/me/data", headers=auth("tok-acme-alice")).status_code == 200

    r = client.post("/api/v1/cases/match", json={"problem": "zorblax wedged again"}, headers=auth("tok-acme"))
    assert r.get_json()["searched"] == 1
    assert alice not in {m["case_id"] for m in r.get_json()["matches"]}
    index = indexes.get(store, "acme")
    assert index.ids == [bob]
    assert not {"zorblax", "quuxfile"} & set(index.df)
    assert match(client, "docker images filling the disk")[0]["case_id"] == bob


def test_after_delete_my_data_the_query_index_holds_none_of_the_persons_questions(app, client):
    memory = app.extensions["learning"].query_memory
    now = datetime.now(UTC).isoformat()
    for token, text in (("tok-acme-alice", "how many critical alerts in the last 24 hours"),
                        ("tok-acme-bob", "error rate of checkout-api in the last hour")):
        r = client.post("/api/v1/queries", json=[{"query_text": text, "executed_at": now, "result_summary": "x"}],
                        headers=auth(token))
        assert r.status_code == 201
    ids = {r["user_id"]: r["id"] for r in app.extensions["learning"].store.query(
        "SELECT id, user_id FROM query_executions")}
    assert len(memory.index) == 2

    assert client.delete("/api/v1/users/me/data", headers=auth("tok-acme-alice")).status_code == 200

    assert len(memory.index) == 1
    shard = memory.index._orgs["acme"]
    assert set(shard.block.slot) == {ids["bob"]}
