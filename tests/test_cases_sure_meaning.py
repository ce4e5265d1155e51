"""The lexical weights shrink for a report whose nearest case reads as nearly the same text (round 26, issue 17).

Where a case reads as nearly the same text as the report (best cosine from `matching.SURE_MEANING[0]`), meaning
decides and the words report and case share weigh less (to a quarter from `SURE_MEANING[1]`); where meaning is
unsure, the words keep their full weight (`matching.meaning_sure_scale`). The library is round 24's misleading one
(`tests/test_cases_library_scale.py`: vectors follow a hidden topic per case, cosine 1 for a text naming only case
k's topic) and one more case that holds the report's own words, a quarter of it case 3's topic and the rest case 4's (cosine
0.48 to a text of case 3's topic alone).
"""

from __future__ import annotations

import pytest

from tests.conftest import auth
from tests.test_cases_confirmed_pairs import record
from tests.test_cases_library_scale import topic, topic_model  # noqa: F401

pytestmark = pytest.mark.usefixtures("topic_model")
NEIGHBOUR = (f"The {topic('vex', 3)} service logs wobblex flapping. Operators saw {topic('mor', 4)} alarms. "
             f"Logs mention {topic('tal', 4)} and wobblex flapping overnight. The team restarted {topic('pin', 4)}.")


def library(client):
    ids = record(client)
    r = client.post("/api/v1/cases", json={"title": "neighbour", "problem": {"statement": NEIGHBOUR},
                                           "solution": {"immediate_fix": "restart it"}}, headers=auth("tok-acme"))
    assert r.status_code == 201, r.get_json()
    return ids, r.get_json()["id"]


def matches(client, problem):
    r = client.post("/api/v1/cases/match", json={"problem": problem, "limit": 13}, headers=auth("tok-acme"))
    assert r.status_code == 200, r.get_json()
    return r.get_json()["matches"]


def test_a_report_that_reads_as_a_cases_own_text_is_ranked_by_its_meaning(client):
    # Case 3's topic named four times by its unused fifth name (cosine 1 to case 3), and the neighbour's words twice:
    # under the full lexical weights the neighbour was first; meaning is sure here, so case 3 is.
    ids, neighbour = library(client)
    zed = topic("zed", 3)
    shown = matches(client, f"The {zed} {zed} service is down, {zed} {zed} alarms, wobblex flapping everywhere.")
    assert shown[0]["case_id"] == ids[3]
    assert max(m["why"]["semantic_similarity"] for m in shown) >= 0.9  # the sure range's top (`SURE_MEANING`)


def test_a_report_unsure_in_meaning_keeps_the_words_case_first(client):
    # The twin: three topics named once each (cosine 0.68 at most, below the sure range), the same words: the words
    # decide, as they always did.
    ids, neighbour = library(client)
    shown = matches(client, f"The {topic('zed', 3)} service is down, {topic('zed', 5)} and {topic('zed', 9)} too, "
                            "wobblex flapping everywhere.")
    assert shown[0]["case_id"] == neighbour
    assert max(m["why"]["semantic_similarity"] for m in shown) < 0.7  # below the sure range
