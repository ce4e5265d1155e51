"""The lexical weight learned from the org's own confirmed matches, through the API (round 25, issue 17).

A match request that names a session, then a resolved outcome (or a helpful rating) of a case in that session, is
the org confirming that the report belongs to that case. Once an org holds `pairs.MIN_PAIRS` such pairs, the lexical
scale whose fusion ranked the confirmed cases best serves its matches (`exporter.cases.pairs`).

The library is round 24's misleading one (`tests/test_cases_library_scale.py`): a model whose vectors follow a
hidden topic per case, and decoy words each case shares with its neighbour, so a report that names its topic by an
unused word and a decoy twice has the decoy's case first under the full lexical weights and its topic's case first by
meaning. The org's confirmed reports are of that kind, so its pairs choose a small scale.
"""

from __future__ import annotations

import pytest

from exporter.cases import matching, pairs
from tests.conftest import auth
from tests.test_cases_library_scale import N, decoy, misleading_case, topic, topic_model  # noqa: F401

PROBE = f"The {topic('zed', 3)} service is down, {decoy(7)} everywhere, {decoy(7)} errors in every log."
pytestmark = pytest.mark.usefixtures("topic_model", "words_at_full_weight")


@pytest.fixture
def words_at_full_weight(monkeypatch):
    """The probe reads 0.8 to its topic's case, in `matching.SURE_MEANING`'s range (round 26), where the report's own
    nearness in meaning already shrinks the words; held off here, so what moves the ranking is the pairs alone."""
    monkeypatch.setattr(matching, "SURE_MEANING", (1.0, 1.0, 1.0))
CONFIRMED = [k for k in range(N) if k not in (2, 3, 6, 7, 8)]  # history away from the probe's cases


def record(client, token="tok-acme"):
    ids = []
    for i in range(N):
        r = client.post("/api/v1/cases", json={"title": f"case {i}", "problem": {"statement": misleading_case(i)},
                                               "solution": {"immediate_fix": "restart it"}}, headers=auth(token))
        assert r.status_code == 201, r.get_json()
        ids.append(r.get_json()["id"])
    return ids


def ranking(client, token="tok-acme", problem=PROBE):
    r = client.post("/api/v1/cases/match", json={"problem": problem, "limit": N}, headers=auth(token))
    assert r.status_code == 200, r.get_json()
    return [(m["case_id"], m["why"]["relevance"]) for m in r.get_json()["matches"]]


def confirm(client, ids, count, token="tok-acme", start=0, door="outcome"):
    """`count` sessions: a report naming case k's topic by its unused word and another case's decoy twice, matched in
    the session, then case k confirmed in it (a resolved outcome, or a helpful rating)."""
    for n in range(start, start + count):
        k = CONFIRMED[n % len(CONFIRMED)]
        j = (k + 5) % N
        session = f"{token}-s{n}"
        report = f"The {topic('zed', k)} service is down, {decoy(j)} everywhere, {decoy(j)} errors in every log."
        r = client.post("/api/v1/cases/match", json={"problem": report, "session_id": session}, headers=auth(token))
        assert r.status_code == 200, r.get_json()
        if door == "outcome":
            r = client.post(f"/api/v1/cases/{ids[k]}/outcome", json={"status": "resolved", "session_id": session},
                            headers=auth(token))
            assert r.status_code == 200, r.get_json()
        else:
            r = client.post("/api/v1/feedback", json={"target": "case", "id": ids[k], "rating": door,
                                                      "session_id": session}, headers=auth(token))
            assert r.status_code == 201, r.get_json()


def test_the_probe_ranks_the_decoys_case_first_without_confirmations(client):
    ids = record(client)
    assert ranking(client)[0][0] in (ids[7], ids[8])


def test_an_org_with_too_few_confirmed_pairs_ranks_as_today(client):
    ids = record(client)
    today = ranking(client)
    confirm(client, ids, pairs.MIN_PAIRS - 1)
    # Every case's relevance as before (the outcomes move the confirmed cases' quality, as they always did, and
    # quality reorders only cases of equal relevance here), and the decoy's case still first.
    assert dict(ranking(client)) == dict(today)
    assert ranking(client)[0] == today[0]


def test_enough_confirmed_pairs_choose_the_scale_that_ranked_them_best(client):
    ids = record(client)
    confirm(client, ids, pairs.MIN_PAIRS)
    assert ranking(client)[0][0] == ids[3]


def test_helpful_ratings_in_the_session_confirm_as_resolved_outcomes_do(client):
    ids = record(client)
    confirm(client, ids, pairs.MIN_PAIRS, door="helpful")
    assert ranking(client)[0][0] == ids[3]


def test_ratings_that_are_not_helpful_confirm_nothing(client):
    ids = record(client)
    today = ranking(client)
    confirm(client, ids, pairs.MIN_PAIRS, door="not_helpful")
    assert [c for c, _ in ranking(client)][:3] == [c for c, _ in today][:3]


def test_one_orgs_confirmations_never_move_another_orgs_ranking(client):
    ids = record(client)
    record(client, "tok-globex")
    theirs = ranking(client, "tok-globex")
    confirm(client, ids, pairs.MIN_PAIRS)
    assert ranking(client)[0][0] == ids[3]
    assert ranking(client, "tok-globex") == theirs


def test_delete_my_data_removes_the_persons_pairs_and_their_weight(client, app):
    ids = record(client)
    today = ranking(client)
    confirm(client, ids, pairs.MIN_PAIRS, token="tok-acme-alice")
    assert ranking(client)[0][0] == ids[3]
    r = client.delete("/api/v1/users/me/data", headers=auth("tok-acme-alice"))
    assert r.status_code == 200, r.get_json()
    store = app.extensions["learning"].store
    for table in ("case_reports", "case_pairs"):
        assert store.scalar(f"SELECT COUNT(*) FROM {table} WHERE org_id = 'acme'") == 0
    assert ranking(client)[0][0] == today[0][0]


def test_delete_my_data_keeps_the_other_peoples_pairs(client, app):
    ids = record(client)
    confirm(client, ids, pairs.MIN_PAIRS, token="tok-acme-bob")
    confirm(client, ids, 2, token="tok-acme-alice")
    assert client.delete("/api/v1/users/me/data", headers=auth("tok-acme-alice")).status_code == 200
    store = app.extensions["learning"].store
    assert store.scalar("SELECT COUNT(*) FROM case_pairs WHERE org_id = 'acme'") == pairs.MIN_PAIRS
    assert ranking(client)[0][0] == ids[3]


def test_a_service_tokens_session_pairs_leave_with_the_sessions_person(client, app):
    # The AI helper matches with its service token; the audit log names the session's person, and delete-my-data
    # for that person removes the pairs of their sessions.
    ids = record(client)
    events = [{"id": f"ev-{n}", "timestamp": "2026-12-01T10:00:00Z", "session_id": f"tok-acme-s{n}",
               "session_type": "troubleshooting", "user": "alice", "kind": "user_query", "text": "it is down"}
              for n in range(pairs.MIN_PAIRS)]
    assert client.post("/api/v1/events", json=events, headers=auth("tok-acme")).status_code == 201
    confirm(client, ids, pairs.MIN_PAIRS)
    store = app.extensions["learning"].store
    assert store.scalar("SELECT COUNT(*) FROM case_pairs WHERE org_id = 'acme' AND user_id = 'alice'") == \
        pairs.MIN_PAIRS
    assert client.delete("/api/v1/users/me/data?user=alice", headers=auth("tok-acme-admin")).status_code == 200
    assert store.scalar("SELECT COUNT(*) FROM case_pairs WHERE org_id = 'acme'") == 0


def test_an_opted_out_persons_pairs_leave_the_choice_at_the_next_pass(client, app):
    ids = record(client)
    today = ranking(client)
    confirm(client, ids, pairs.MIN_PAIRS, token="tok-acme-alice")
    assert ranking(client)[0][0] == ids[3]
    r = client.put("/api/v1/users/me/preferences", json={"contribute": False}, headers=auth("tok-acme-alice"))
    assert r.status_code == 200, r.get_json()
    svc = app.extensions["learning"]
    stage = next(s for s in svc.learning_stages if s[0] == "case_lexical_scale")
    stage[1](svc, 0.0)
    assert ranking(client)[0][0] == today[0][0]


@pytest.mark.parametrize(("mrr", "n", "scale"), [
    ({0.25: 0.9, 0.5: 0.9, 1.0: 0.9}, 100, 1.0),  # a tie keeps the fusion as fixed
    ({0.25: 0.91, 0.5: 0.9, 1.0: 0.9}, 100, 1.0),  # less than the margin
    ({0.25: 0.95, 0.5: 0.95, 1.0: 0.9}, 100, 0.5),  # two that beat it equally: the one nearest 1
    ({0.25: 0.99, 0.5: 0.95, 1.0: 0.9}, pairs.MIN_PAIRS - 1, 1.0),  # too few pairs
])
def test_the_choice_keeps_the_default_unless_enough_pairs_prefer_another(mrr, n, scale):
    assert pairs.decide(mrr, n) == scale


@pytest.mark.parametrize("personal", [True, False])
def test_pairs_of_cases_others_cannot_read_choose_nothing_for_them(client, app, personal):
    # Alice's confirmed cases are hers alone (scope 'user'; round 27, review R2): her pairs must not choose the scale
    # that ranks the service token's matches over the cases it may read. The twin: the same cases hers but shared,
    # and her pairs choose for everyone, as before.
    ids = record(client)
    store = app.extensions["learning"].store
    with store.transaction() as conn:
        for k in CONFIRMED:
            conn.execute("UPDATE cases SET user_id = 'alice', scope = :s WHERE id = :id",
                         {"s": "user" if personal else "org", "id": ids[k]})
        conn.execute("UPDATE case_index_versions SET version = version + 1 WHERE org_id = 'acme'")
    today = ranking(client)
    assert today[0][0] in (ids[7], ids[8])
    confirm(client, ids, pairs.MIN_PAIRS, token="tok-acme-alice")
    assert ranking(client)[0][0] == (today[0][0] if personal else ids[3])
