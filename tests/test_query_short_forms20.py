"""A short form alone never serves a hit (issue 15, round 20, review S34 and S20), through the lookup API.

A word that only its shape ties to one of the org's known names (a contraction: "webapp" / webshop-app, "authn" /
auth-notifier; a part beside a kind: "infra" / infra-service; initials: "lh" / lighthouse) is most often that name,
and sometimes the trade's own word for something else, which no list of such words ever holds in full. So such a
pair is offered as a partial (the earlier answer as context, `why` naming the reading), never as the answer. A name
the org declared in its alias table, or wrote out, stays a hit. Each case beside a twin that must stay as it is; the
org's names here are invented, the short words are the trade's (devops, dataops, authz, webhook, k8s ...).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.conftest import auth

T0 = datetime(2024, 5, 10, 9, 0, tzinfo=UTC)
LATER = T0 + timedelta(minutes=2)


def record(client, text: str) -> None:
    item = {
        "query_text": text,
        "executed_at": T0.isoformat(),
        "result_summary": "12 errors",
        "headline_value": 12,
    }
    res = client.post("/api/v1/queries", json=[item], headers=auth("tok-acme"))
    assert res.status_code == 201, res.get_json()


def lookup(client, text: str) -> dict:
    res = client.post(
        "/api/v1/queries/lookup", json={"text": text, "now": LATER.isoformat()}, headers=auth("tok-acme")
    )
    assert res.status_code == 200, res.get_json()
    return res.get_json()


def declare(client, table: dict[str, list[str]]) -> None:
    res = client.put("/api/v1/org/aliases", json={"aliases": table}, headers=auth("tok-acme-admin"))
    assert res.status_code == 200, res.get_json()


#: (the org's earlier question, which makes the name known; the same question with the name as a short word; that
#: word declared in the org's alias table)
BY_SHAPE = [
    # the review's three (S34): contractions with one part whole that are the trade's words for other things
    (
        "how many 5xx on webshop-app in the last hour",
        "how many 5xx on webapp in the last hour",
        {"webshop-app": ["webapp"]},
    ),
    (
        "auth-notifier failures in the last hour",
        "authn failures in the last hour",
        {"auth-notifier": ["authn"]},
    ),
    (
        "cloud-watcher alerts firing right now",
        "cloudwatch alerts firing right now",
        {"cloud-watcher": ["cloudwatch"]},
    ),
    # more of the trade's words a contraction of some org's name spells
    ("auth-zoner denials in the last hour", "authz denials in the last hour", {"auth-zoner": ["authz"]}),
    (
        "data-opsboard error logs in the last 2 hours",
        "dataops error logs in the last 2 hours",
        {"data-opsboard": ["dataops"]},
    ),
    # the trade's words as the one distinctive part beside a kind of component
    ("devops-api alerts in the last hour", "devops alerts in the last hour", {"devops-api": ["devops"]}),
    ("infra-service error count today", "infra error count today", {"infra-service": ["infra"]}),
    (
        "webhook-worker p99 latency in the last hour",
        "webhook p99 latency in the last hour",
        {"webhook-worker": ["webhook"]},
    ),
    # a part clipped, or written only with the same stem, beside the name's kind (round 20's review, R1): the
    # trade's words for production, external, notifications
    (
        "how many 5xx on product-api in the last hour",
        "how many 5xx on prod api in the last hour",
        {"product-api": ["prod api"]},
    ),
    (
        "p99 latency of extension-gateway in the last hour",
        "p99 latency of ext gateway in the last hour",
        {"extension-gateway": ["ext gateway"]},
    ),
    (
        "how many 5xx on notification-worker in the last hour",
        "how many 5xx on notif worker in the last hour",
        {"notification-worker": ["notif worker"]},
    ),
    # initials of the one known name (round 11's reading)
    (
        "p99 latency of route-planner in the last hour",
        "p99 latency of rp in the last hour",
        {"route-planner": ["rp"]},
    ),
]


@pytest.mark.parametrize("earlier, asked, declared", BY_SHAPE)
def test_a_name_read_only_by_a_short_forms_shape_is_a_partial_that_says_so(client, earlier, asked, declared):
    record(client, earlier)
    out = lookup(client, asked)
    assert out["decision"] == "partial", out["why"]
    assert out["why"]["terms"]["read_by_shape"], out["why"]
    assert "short form" in out["why"]["rule"]
    assert out["message"].startswith("2 minutes ago you found")


@pytest.mark.parametrize("earlier, asked, declared", BY_SHAPE)
def test_twin_the_same_words_declared_in_the_orgs_alias_table_are_a_hit(client, earlier, asked, declared):
    declare(client, declared)
    record(client, earlier)
    out = lookup(client, asked)
    assert out["decision"] == "hit", out["why"]
    assert "read_by_shape" not in out["why"]["terms"]


@pytest.mark.parametrize(
    "earlier, asked",
    [
        # the name written out: apart, or the same short word on both sides
        ("how many 5xx on webshop-app in the last hour", "how many 5xx on webshop app in the last hour"),
        ("how many 5xx on webapp in the last hour", "How many 5xx on webapp in the last hour?"),
        ("authn failures in the last hour", "authn failures in the last hour"),
        # every part written out: whole, inflected, or the kind abbreviated (round 17's reading, R1's twins)
        ("how many 5xx on product-api in the last hour", "how many 5xx on product api in the last hour"),
        ("errors on roaming-hub in the last hour", "errors on roam hub in the last hour"),
        ("how many 5xx on kiosk-gateway in the last hour", "how many 5xx on kiosk gw in the last hour"),
    ],
)
def test_twin_a_name_written_out_stays_a_hit(client, earlier, asked):
    record(client, earlier)
    assert lookup(client, asked)["decision"] == "hit"


@pytest.mark.parametrize(
    "earlier, asked",
    [
        # a short form with a digit is read as no name at all; another known name is a sibling
        ("k8s-gateway errors in the last hour", "k8s errors in the last hour"),
        ("how many 5xx on webshop-app in the last hour", "how many 5xx on webhook-worker in the last hour"),
    ],
)
def test_twin_no_reading_and_a_sibling_stay_a_miss(client, earlier, asked):
    record(client, earlier)
    assert lookup(client, asked)["decision"] == "miss"


# -- S20: an org with an alias table keeps the shape readings of the names it lists ---------------------------


def test_a_listed_name_written_short_is_still_read_by_its_shape(client):
    # round 19: listing patron-auth (with any alias) hid "pauth" / patron-auth, a miss; now the partial it is
    declare(client, {"patron-auth": ["the patron login"]})
    record(client, "patron-auth errors today")
    out = lookup(client, "pauth errors today")
    assert out["decision"] == "partial", out["why"]
    assert out["why"]["terms"]["read_by_shape"] == ["patron-auth = pauth (patron-auth)"]


def test_the_names_the_table_declares_are_known_names(client):
    # the org wrote only the alias; the table's canonical name is what "pauth" contracts
    declare(client, {"patron-auth": ["the patron login"]})
    record(client, "errors on the patron login today")
    out = lookup(client, "pauth errors today")
    assert out["decision"] == "partial", out["why"]
    assert any("pauth" in r and "patron-auth" in r for r in out["why"]["terms"]["read_by_shape"])


def test_twin_the_declared_alias_stays_a_hit(client):
    declare(client, {"patron-auth": ["the patron login"]})
    record(client, "patron-auth errors today")
    out = lookup(client, "errors on the patron login today")
    assert out["decision"] == "hit", out["why"]


def test_twin_a_word_the_table_gives_another_name_is_read_only_as_declared(client):
    declare(client, {"hub-auth": ["hauth"], "heron-auth": ["the heron"]})
    record(client, "heron-auth errors today")
    assert lookup(client, "hauth errors today")["decision"] == "miss"


@pytest.mark.parametrize(
    "word, part, out, clip",
    [
        ("product", "product", True, False),
        ("loans", "loan", True, False),
        ("roam", "roaming", True, False),
        ("production", "product", False, False),  # a derivation: another word with the same stem
        ("notif", "notification", False, True),
        ("sched", "scheduler", False, True),
        ("gw", "gateway", False, True),
    ],
)
def test_a_part_written_out_is_the_word_or_its_inflection_and_a_clipping_is_not(word, part, out, clip):
    from detectors.name_short_forms import clipped, written_out

    assert written_out(word, part) is out
    assert clipped(word, part) is clip
