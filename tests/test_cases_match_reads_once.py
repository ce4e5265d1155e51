"""A match request reads the org's library state once and fuses each lexical scale once (round 26, issue 17; round 25's
review left items).

`POST /api/v1/cases/match` read the org's index state twice (`IndexCache.get`: once to rank, once more to explain
and count), so a case recorded between the two reads could be explained from another library than it was ranked in;
and a match in a session fused the org's own scale twice (once for the shown cases, once more among `pairs.SCALES`
for the rankings it keeps). The twins: a match without a session fuses once as before, and the ranking a session
keeps for the org's scale orders the cases the match shows by their relevance.
"""

from __future__ import annotations

import json

import pytest

from exporter.cases import matching, pairs, repo
from tests.conftest import auth
from tests.test_cases_confirmed_pairs import PROBE, record
from tests.test_cases_library_scale import topic_model  # noqa: F401

pytestmark = pytest.mark.usefixtures("topic_model")


@pytest.fixture
def counted(monkeypatch):
    """Calls of the org's index-state read and of the fusion, counted."""
    calls = {"state": 0, "fused": 0}
    state, fused = repo.index_state, matching.CaseIndex.relevance

    def count_state(*a, **k):
        calls["state"] += 1
        return state(*a, **k)

    def count_fused(self, *a, **k):
        calls["fused"] += 1
        return fused(self, *a, **k)

    monkeypatch.setattr(repo, "index_state", count_state)
    monkeypatch.setattr(matching.CaseIndex, "relevance", count_fused)
    return calls


def match(client, session=None):
    body = {"problem": PROBE, "limit": 5} | ({"session_id": session} if session else {})
    r = client.post("/api/v1/cases/match", json=body, headers=auth("tok-acme"))
    assert r.status_code == 200, r.get_json()
    return r.get_json()


def test_a_match_reads_the_orgs_library_state_once(client, counted):
    record(client)
    match(client)  # the index built once before counting
    counted["state"] = 0
    match(client, session="s-1")
    assert counted["state"] == 1


def test_a_match_in_a_session_fuses_each_scale_once(client, counted):
    record(client)
    match(client)
    counted["fused"] = 0
    match(client, session="s-1")
    assert counted["fused"] == len(pairs.SCALES)


def test_a_match_without_a_session_fuses_once(client, counted):
    record(client)
    match(client)
    counted["fused"] = 0
    match(client)
    assert counted["fused"] == 1


def test_the_ranking_a_session_keeps_for_the_orgs_scale_orders_the_shown_cases_by_their_relevance(client, app):
    record(client)
    shown = {m["case_id"]: m["why"]["relevance"] for m in match(client, session="s-1")["matches"]}
    store = app.extensions["learning"].store
    kept = json.loads(store.scalar("SELECT ranked FROM case_reports WHERE org_id = 'acme' AND session_id = 's-1'"))
    order = [c for c in kept[f"{pairs.DEFAULT:g}"] if c in shown]
    assert sorted(order) == sorted(shown)
    assert all(shown[a] >= shown[b] for a, b in zip(order, order[1:], strict=False))
