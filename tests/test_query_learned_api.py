"""Aliases learned from executed queries, end to end: the summary's `executed` field through the API, stored
redacted, learned in the learning pass, read by lookups, decided by an admin (API and CLI), scoped to the org,
gone with the summaries they came from, counted in a metric; on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from click.testing import CliRunner

from exporter.querymem import learned
from tests.conftest import auth
from tests.test_querymem_api import lookup, record

T0 = datetime(2024, 5, 10, 9, 0, tzinfo=UTC)
RAN = [{"datasource": "prometheus", "query": 'sum(rate(http_requests_total{service="permit-gateway"}[5m]))'}]
ASKED = [("how many errors on passbook today", "alice"), ("passbook p99 latency in the past hour", "bob"),
         ("is passbook up right now", "alice")]


OTHERS = [("errors on hut-reservations today", "alice", "hut-reservations"),
          ("trail-report latency this week", "bob", "trail-report"),
          ("restarts of beacon-ingest today", "alice", "beacon-ingest"),
          ("deploys to notify-relay this week", "carol", "notify-relay"),
          ("is guide-market up", "bob", "guide-market"),
          ("hut-reservations p95 since noon", "carol", "hut-reservations"),
          ("trail-report 5xx today", "alice", "trail-report"),
          ("beacon-ingest lag now", "bob", "beacon-ingest"),
          ("guide-market restarts this week", "carol", "guide-market")]


def history(client, token="tok-acme", executed=RAN, asked=ASKED):
    for i, (text, who) in enumerate(asked):
        record(client, text, T0 - timedelta(days=1, hours=i), token=token, user=who, executed=executed)
    for i, (text, who, service) in enumerate(OTHERS):  # the org asks about other services too
        ran = [{"datasource": "prometheus", "query": f'up{{service="{service}"}}'}] if executed else []
        record(client, text, T0 - timedelta(days=2, hours=i), token=token, user=who, executed=ran)
    record(client, "how many 5xx on permit-gateway in the last hour", T0, token=token)


def learn(app, org="acme"):
    return app.extensions["learning"].query_memory.learn_aliases(org)


def listed(client, token="tok-acme-admin"):
    res = client.get("/api/v1/org/aliases/learned", headers=auth(token))
    assert res.status_code == 200, res.get_json()
    return [(a["alias"], a["canonical"], a["state"]) for a in res.get_json()["learned"]]


def decide(client, state, alias="passbook", canonical="permit-gateway", token="tok-acme-admin"):
    return client.put("/api/v1/org/aliases/learned", json={"alias": alias, "canonical": canonical, "state": state},
                      headers=auth(token))


def asked(client, token="tok-acme"):
    return lookup(client, "how many 5xx on passbook in the last hour", T0 + timedelta(minutes=5), token=token)


def test_executed_queries_are_validated_and_bounded(client):
    for bad in ([{"datasource": "prometheus"}], [{"query": ""}], [{"query": "x" * 8193}], "up",
                [{"query": "up", "extra": 1}], [{"query": "up"}] * 21):
        res = client.post("/api/v1/queries", json=[{"query_text": "errors today", "executed": bad}],
                          headers=auth("tok-acme"))
        assert res.status_code == 400, (bad, res.get_json())
        assert "executed" in json.dumps(res.get_json()["errors"]), res.get_json()
    good = client.post("/api/v1/queries", json=[{"query_text": "errors today", "executed": RAN}],
                       headers=auth("tok-acme"))
    assert good.status_code == 201


def test_executed_queries_are_stored_redacted(client, store):
    secret = 'sum(up{service="permit-gateway"}) # token ghp_0123456789abcdefghijklmnopqrstuvwxyzAB'
    record(client, "is passbook up", T0, executed=[{"datasource": "prometheus", "query": secret}])
    stored = json.loads(store.scalar("SELECT executed FROM query_executions"))
    assert "ghp_0123456789" not in json.dumps(stored) and "<redacted:" in stored[0]["query"]
    assert 'service="permit-gateway"' in stored[0]["query"]


def test_the_openapi_document_shows_the_field(client):
    doc = client.get("/api/v1/openapi.json").get_json()
    assert "executed" in json.dumps(doc) and "/api/v1/org/aliases/learned" in doc["paths"]


def test_a_learned_alias_is_read_by_lookups_of_its_org_only(client, app):
    history(client)
    assert asked(client)["decision"] == "miss"  # twin: nothing learned yet
    assert learn(app)["proposed"] == 1
    assert listed(client) == [("passbook", "permit-gateway", "proposed")]
    out = asked(client)
    assert out["decision"] == "hit", out["why"]
    history(client, token="tok-globex", executed=[])
    learn(app, "globex")
    assert asked(client, token="tok-globex")["decision"] == "miss"


def test_an_admin_rejects_or_accepts_a_learned_alias(client, app):
    history(client)
    learn(app)
    assert decide(client, "rejected", token="tok-acme").status_code == 403
    assert decide(client, "rejected").status_code == 200
    assert asked(client)["decision"] == "miss"
    learn(app)  # a rejected alias is not proposed again
    assert listed(client) == [("passbook", "permit-gateway", "rejected")]
    assert decide(client, "accepted").status_code == 200
    assert asked(client)["decision"] == "hit"
    assert decide(client, "accepted", alias="pgw").status_code == 404
    assert decide(client, "maybe").status_code == 400


def test_the_admins_table_wins(client, app):
    history(client)
    learn(app)
    res = client.put("/api/v1/org/aliases", json={"aliases": {"hut-reservations": ["passbook"]}},
                     headers=auth("tok-acme-admin"))
    assert res.status_code == 200
    assert asked(client)["decision"] == "miss"


def test_learned_aliases_leave_with_the_questions_they_came_from(client, app):
    history(client)
    learn(app)
    res = client.delete("/api/v1/users/me/data", headers=auth("tok-acme-bob"))
    assert res.status_code in (200, 202), res.get_json()
    assert listed(client) == []  # bob's question was one of the three: two are not enough
    assert asked(client)["decision"] == "miss"


def test_the_learning_pass_learns_and_the_metric_counts_by_state(client, app):
    from exporter.jobs import run_learning

    history(client)
    run_learning(app.extensions["learning"])
    assert listed(client) == [("passbook", "permit-gateway", "proposed")]
    app.extensions["learning"].snapshot.refresh()
    scrape = client.get("/metrics").get_data(as_text=True)
    assert 'aihelper_query_cache_learned_aliases{state="proposed"} 1.0' in scrape
    assert 'aihelper_query_cache_learned_aliases{state="accepted"} 0.0' in scrape


def test_the_cli_lists_accepts_and_rejects(client, store, settings, monkeypatch):
    from exporter.cli import main

    history(client)
    monkeypatch.setenv("LEARNING_EXPORTER_DATABASE_URL", settings.database_url)
    out = CliRunner().invoke(main, ["aliases", "learned", "--org", "acme", "--learn"])
    assert out.exit_code == 0, out.output
    assert [a["alias"] for a in json.loads(out.output)] == ["passbook"]
    assert CliRunner().invoke(main, ["aliases", "accept", "--org", "acme", "passbook", "permit-gateway"]).exit_code == 0
    assert learned.listing(store, "acme")[0]["state"] == "accepted"
    bad = CliRunner().invoke(main, ["aliases", "reject", "--org", "acme", "pgw", "permit-gateway"])
    assert bad.exit_code == 2 and "refused" in bad.output


def test_an_org_whose_summaries_did_not_change_is_not_read_again(client, app):
    history(client)
    assert learn(app)["proposed"] == 1
    assert learn(app) == {"unchanged": True}
    record(client, "guide-market deploys this week", T0, user="bob",
           executed=[{"datasource": "argocd", "query": 'application="guide-market"'}])
    assert learn(app)["proposed"] == 1  # read again: one more summary


def test_two_measures_of_one_service_stay_two_questions(client, app):
    """Review R8 through the API: "refunds" and "chargebacks", each asked only of payment-gateway, are the metric
    names' words (`refunds_failed_total`), not payment-gateway's names, so they are not learned as its aliases and
    the two questions stay a miss."""
    from tests.test_learned_aliases import MEASURES, ORDINARY

    for i, (text, who, metric) in enumerate(MEASURES):
        ran = [{"datasource": "prometheus", "query": f'sum(increase({metric}{{service="payment-gateway"}}[1d]))'}]
        record(client, text, T0 - timedelta(days=1, hours=i), user=who, executed=ran)
    for i, e in enumerate(ORDINARY):
        record(client, e.question, T0 - timedelta(days=2, hours=i), user=e.who,
               executed=[{"datasource": "prometheus", "query": e.executed[0]}])
    record(client, "how many refunds failed today", T0)
    learn(app)
    assert listed(client) == []
    out = lookup(client, "how many chargebacks failed today", T0 + timedelta(minutes=5))
    assert out["decision"] == "miss", out["why"]
    assert lookup(client, "how many refunds failed today", T0 + timedelta(minutes=5))["decision"] == "hit"  # twin


def ran(service: str, more: str = "") -> list[dict]:
    return [{"datasource": "prometheus", "query": f'sum(rate(http_requests_total{{service="{service}"{more}}}[5m]))'}]


def test_a_nickname_is_learned_a_measures_or_an_endpoints_word_is_not(client, app):
    """Round 23 through the API and the learning pass: "the portal", asked by three people of customer-portal, is
    learned (round 22 never learned a part of the name) and a lookup reads it; "burnt batches", asked twice of the one
    oven service, is not (ordinary words need three questions, review R1); "refund",
    asked only with queries filtering the route /v2/refunds of payment-gateway, names the endpoint and is not (review
    R8's second guard), so a refunds question and one about the whole service stay apart."""
    history(client)
    for i, (text, who) in enumerate((("5xx on the portal today", "alice"), ("is the portal slow now", "bob"),
                                     ("portal deploys this week", "carol"))):
        record(client, text, T0 - timedelta(days=3, hours=i), user=who, executed=ran("customer-portal"))
    for i, (text, who) in enumerate((("how many burnt batches today", "alice"), ("burnt batches this week?", "bob"))):
        record(client, text, T0 - timedelta(days=5, hours=i), user=who, executed=[
            {"datasource": "prometheus", "query": 'sum(increase(oven_faults_total{service="oven-control"}[1d]))'}])
    for i, (text, who) in enumerate((("refund errors today", "alice"), ("refund latency now", "bob"),
                                     ("refund 5xx this week", "carol"))):
        record(client, text, T0 - timedelta(days=4, hours=i), user=who,
               executed=ran("payment-gateway", ',route="/v2/refunds"'))
    learn(app)
    got = {(a, c) for a, c, _ in listed(client)}
    assert ("portal", "customer-portal") in got and not any(a.startswith(("refund", "burnt", "batch")) for a, _ in got)
    record(client, "how many 5xx on customer-portal in the last hour", T0)
    out = lookup(client, "how many 5xx on the portal in the last hour", T0 + timedelta(minutes=5))
    assert out["decision"] == "hit", out["why"]
    out = lookup(client, "how many 5xx on hut-reservations in the last hour", T0 + timedelta(minutes=5))
    assert out["decision"] == "miss", out["why"]  # twin: another service
    record(client, "how many burnt batches in the last 24 hours", T0)
    out = lookup(client, "how many oven-control batches in the last 24 hours", T0 + timedelta(minutes=5))
    assert out["decision"] != "hit", out["why"]  # review R1: a measure's word is no name
    record(client, "how many refund errors today", T0)
    out = lookup(client, "how many errors on payment-gateway today", T0 + timedelta(minutes=5))
    assert out["decision"] != "hit", out["why"]


def argocd(app: str, more: str = "") -> list[dict]:
    return [{"datasource": "argocd", "query": f"app={app}{more} since=2024-05-01T00:00Z"}]


def containers(name: str, metric: str = "container_cpu_usage_seconds_total") -> list[dict]:
    return [{"datasource": "prometheus", "query": f'sum(rate({metric}{{namespace="money",container="{name}"}}[5m]))'}]


def test_a_nickname_asked_of_bare_filters_and_containers_is_learned_for_its_org(client, app):
    """Round 25 (writers 23 and 24): helpers write Argo CD's and kubectl's filters bare (``app=session-api
    since=...``) and read a service's pods by its container (``container="session-api"``). "park-svc", asked of those by
    two people, is learned and read by a lookup; the cluster written beside it is not; "lpr", a sibling's nickname, is
    learned for the sibling and stays a miss against session-api; a container no service key names ("app") teaches
    nothing; another org never reads any of them."""
    history(client)
    for i, (text, who, executed) in enumerate((
            ("argocd deploys park-svc prod-sae1-a today", "alice", argocd("session-api", " cluster=prod-sae1-a")),
            ("park-svc cpu in the last 6 hours", "bob", containers("session-api")),
            ("any deploys to lpr this week", "alice", argocd("plate-reader")),
            ("lpr pods memory now", "carol", containers("plate-reader", "container_memory_working_set_bytes")),
            ("errors on session-api since noon", "carol", ran("session-api")),
            ("plate-reader p95 today", "bob", ran("plate-reader")),
            ("wdgt cpu now", "alice", containers("app")), ("wdgt memory today", "bob", containers("app")))):
        record(client, text, T0 - timedelta(days=6, hours=i), user=who, executed=executed)
    learn(app)
    got = {(a, c) for a, c, _ in listed(client)}
    assert {("park-svc", "session-api"), ("lpr", "plate-reader")} <= got, got
    assert not any("prod-sae1-a" in a or "wdgt" in a for a, _ in got), got
    record(client, "how many 5xx on session-api in the last hour", T0)
    out = lookup(client, "how many 5xx on park-svc in the last hour", T0 + timedelta(minutes=5))
    assert out["decision"] == "hit", out["why"]
    out = lookup(client, "how many 5xx on lpr in the last hour", T0 + timedelta(minutes=5))
    assert out["decision"] == "miss", out["why"]  # twin: the sibling's nickname
    record(client, "how many 5xx on session-api in the last hour", T0, token="tok-globex")
    out = lookup(client, "how many 5xx on park-svc in the last hour", T0 + timedelta(minutes=5), token="tok-globex")
    assert out["decision"] != "hit", out["why"]  # twin: another org never reads acme's names


def test_a_state_asked_of_two_measures_is_no_name_a_nickname_asked_three_times_is(client, app):
    """Round 25 review R1: "late", asked by two people of two of route-planner's measures (late parcels, late scans),
    is what they asked about, not what they call it: not learned, and a question about lateness stays a miss against
    one about the service's errors. Its twin "the van booker", asked by three people of pickup-scheduler's deploys,
    incidents and errors, is learned and read (ordinary words need three questions, round 23's review R1)."""
    history(client)
    for i, (text, who, executed) in enumerate((
            ("any late parcels today", "alice", [
                {"datasource": "prometheus", "query": 'sum(rate(parcel_sla_breaches_total{service="route-planner"}[5m]))'}]),
            ("are the drivers' scans late this morning", "bob", [
                {"datasource": "prometheus",
                 "query": 'sum(rate(scan_upload_delay_seconds_count{service="route-planner"}[5m]))'}]),
            ("did the van booker have failed deploys this week", "alice",
             [{"datasource": "argocd", "query": 'application="pickup-scheduler",status="Failed"'}]),
            ("any sev2s for the van booker while I was out", "bob",
             [{"datasource": "incidents", "query": 'service="pickup-scheduler",severity="sev2"'}]),
            ("errors on the van booker since noon", "carol", ran("pickup-scheduler")))):
        record(client, text, T0 - timedelta(days=6, hours=i), user=who, executed=executed)
    learn(app)
    got = {(a, c) for a, c, _ in listed(client)}
    assert ("van booker", "pickup-scheduler") in got, got
    assert not any("late" in a for a, _ in got), got
    record(client, "how many 5xx on pickup-scheduler in the last hour", T0)
    out = lookup(client, "how many 5xx on the van booker in the last hour", T0 + timedelta(minutes=5))
    assert out["decision"] == "hit", out["why"]
    record(client, "how many 5xx on route-planner in the last hour", T0)
    out = lookup(client, "how many late parcels in the last hour", T0 + timedelta(minutes=5))
    assert out["decision"] != "hit", out["why"]  # twin


@pytest.mark.xfail(strict=True, reason="round 26's waiver reverted: naming a measure says nothing of whether the "
                   "other phrase is a name (review R1: 'new' of 'from the new release'); ordinary words need three")
def test_an_ordinary_word_asked_of_named_measures_is_learned_at_two_questions(client, app):
    """Round 26 (writers 19-23: "the map", "the gatekeeper", "the door scanners" asked twice, by two people, of a
    measure named in the reader's subject words): "the map", asked for deploys and for traces, names the thing, so it is
    learned at the base bar of two questions and read by a lookup. Twin: "the dial", asked twice by two people the same
    way but with no subject word or statistic ("how was the dial yesterday"), may be what they asked about, as "burnt
    batches" was (review R1): not learned at two questions, and stays a miss."""
    history(client)
    tempo = [{"datasource": "tempo", "query": '{ resource.service.name = "seatmap-api" && duration > 1s }'}]
    for i, (text, who, executed) in enumerate((
            ("deploys of the map this week", "alice", argocd("seatmap-api")),
            ("slowest traces for the map in the past hour", "bob", tempo),
            ("how was the dial yesterday", "alice", ran("tuner-api")),
            ("the dial this morning?", "bob", ran("tuner-api")))):
        record(client, text, T0 - timedelta(days=6, hours=i), user=who, executed=executed)
    learn(app)
    got = {(a, c) for a, c, _ in listed(client)}
    assert ("map", "seatmap-api") in got, got
    assert not any("dial" in a for a, _ in got), got
    record(client, "how many 5xx on seatmap-api in the last hour", T0)
    out = lookup(client, "how many 5xx on the map in the last hour", T0 + timedelta(minutes=5))
    assert out["decision"] == "hit", out["why"]
    record(client, "how many 5xx on tuner-api in the last hour", T0)
    out = lookup(client, "how many 5xx on the dial in the last hour", T0 + timedelta(minutes=5))
    assert out["decision"] != "hit", out["why"]  # twin


@pytest.mark.xfail(strict=True, reason="round 26's waiver reverted: its twin 'the till screen' needs three questions "
                   "again (review R1); the negative half holds at the round start too")
def test_a_phrase_of_when_beside_a_named_measure_is_no_name(client, app):
    """Round 26 review R1: "during the flash sale" and "since / after the new release", asked by two people beside a
    named measure (error rate, latency) of one service each, say when, not what: neither the event, its words ("new"),
    nor the clause's own word ("during") is learned at two questions, and a flash-sale question stays a miss against
    the service's. Twin: "the till screen", asked the same way but as the thing measured ("error rate on the till
    screen"), is learned and read."""
    history(client)
    for i, (text, who, service) in enumerate((
            ("error rate during the flash sale", "alice", "storefront"),
            ("p95 latency during the flash sale yesterday", "bob", "storefront"),
            ("error rate since the new release", "alice", "search-api"),
            ("average latency after the new release", "bob", "search-api"),
            ("error rate on the till screen", "alice", "pos-api"),
            ("p95 latency of the till screen yesterday", "bob", "pos-api"))):
        record(client, text, T0 - timedelta(days=6, hours=i), user=who, executed=ran(service))
    learn(app)
    got = {(a, c) for a, c, _ in listed(client)}
    assert ("till screen", "pos-api") in got, got
    assert not any(w in a.split() for a, _ in got for w in ("flash", "sale", "during", "new", "release")), got
    record(client, "how many 5xx on pos-api in the last hour", T0)
    out = lookup(client, "how many 5xx on the till screen in the last hour", T0 + timedelta(minutes=5))
    assert out["decision"] == "hit", out["why"]  # twin
    record(client, "how many 5xx on storefront in the last hour", T0)
    out = lookup(client, "how many 5xx during the flash sale in the last hour", T0 + timedelta(minutes=5))
    assert out["decision"] != "hit", out["why"]


def read_as(client, canonical: str, asked: str, hit: bool) -> None:
    """A lookup of "5xx on ``asked``" against the recorded "5xx on ``canonical``": a hit or not, as ``hit`` says."""
    record(client, f"how many 5xx on {canonical} in the last hour", T0)
    out = lookup(client, f"how many 5xx on {asked} in the last hour", T0 + timedelta(minutes=5))
    assert (out["decision"] == "hit") is hit, out["why"]


def q(datasource: str, query: str) -> list[dict]:
    return [{"datasource": datasource, "query": query}]


def asked_of(client, rows, days=7) -> None:
    for i, (text, who, executed) in enumerate(rows):
        record(client, text, T0 - timedelta(days=days, hours=i), user=who, executed=executed)


def learned_but_not(client, app, learned_: tuple[str, str], not_learned: tuple[str, str]) -> None:
    """After the learning pass: ``learned_`` (alias, canonical) is listed and read as a hit, ``not_learned``'s word is
    in no listed alias and stays a miss against its canonical's question."""
    learn(app)
    got = {(a, c) for a, c, _ in listed(client)}
    assert learned_ in got, got
    assert not any(not_learned[0] in a for a, _ in got), got
    read_as(client, learned_[1], learned_[0], hit=True)
    read_as(client, not_learned[1], not_learned[0], hit=False)


def test_a_nickname_beside_a_pasted_query_is_learned_one_beside_the_name_is_not(client, app):
    """Round 27 (writers 19, 24, 25, 26 paste the query they ran and say in their own words what it is about): the
    pasted ``service="envelope-store"`` writes the canonical value because the query does, so "envstore" in the prose
    is evidence for it, learned beside two questions with no paste (review R2 of round 28) by two people and read by a
    lookup. Twin: "vaultkeep", asked alike but whose pasted question writes its service in the prose too ("ledger-api
    and vaultkeep"), stays unlearned and a miss."""
    history(client)
    pasted = 'sum(rate(http_requests_total{service="%s",code="500"}[5m]))'
    asked_of(client, (
        (f"{pasted % 'envelope-store'} -- envstore 500s last 30m", "alice", q("prometheus", pasted % "envelope-store")),
        ("envstore restarts today", "bob", ran("envelope-store")),
        ("is envstore slow rn", "carol", ran("envelope-store")),
        (f"{pasted % 'ledger-api'} -- ledger-api and vaultkeep 500s", "alice", q("prometheus", pasted % "ledger-api")),
        ("vaultkeep deploys today", "bob", ran("ledger-api")),
        ("is vaultkeep slow rn", "carol", ran("ledger-api"))))
    learn(app)
    got = {(a, c) for a, c, _ in listed(client)}
    assert ("envstore", "envelope-store") in got, got
    assert not any("vaultkeep" in a or a == c for a, c in got), got
    read_as(client, "envelope-store", "envstore", hit=True)
    read_as(client, "ledger-api", "vaultkeep", hit=False)  # twin


def test_a_coined_word_written_only_beside_pasted_queries_is_no_name_one_also_asked_alone_is(client, app):
    """Round 28 review R1 (High): beside a pasted query people write who asked, where and why as often as what they
    call the thing, and those words are often coined (a handle, a region's shorthand): "tzwick", written by four people
    only beside pastes of ``service="quarry-api"``, is not learned, and a question with it stays a miss against
    quarry-api's. Twin: "slatr", written beside two pastes of slate-api and asked twice with no paste, is learned and
    read (round 29: twice, as review R2 of round 28 asks of the questions with no paste; the test below)."""
    history(client)
    asked_of(client, (
        ('sum(rate(http_requests_total{service="quarry-api",code=~"5.."}[5m])) for tzwick', "alice",
         ran("quarry-api", ',code=~"5.."')),
        ('up{service="quarry-api"} tzwick asked', "bob", q("prometheus", 'up{service="quarry-api"}')),
        ('rate(quarry_commit_seconds_count{service="quarry-api"}[5m]) ping tzwick', "carol",
         q("prometheus", 'rate(quarry_commit_seconds_count{service="quarry-api"}[5m])')),
        ('sum(rate(http_requests_total{service="quarry-api"}[1m])) tzwick?', "dave",
         q("prometheus", 'sum(rate(http_requests_total{service="quarry-api"}[1m]))')),
        ('sum(rate(http_requests_total{service="slate-api"}[5m])) -- slatr 5xx last 30m', "alice", ran("slate-api")),
        ('up{service="slate-api"} -- is slatr down?', "bob", q("prometheus", 'up{service="slate-api"}')),
        ("slatr restarts today", "carol", ran("slate-api")),
        ("is slatr slow rn", "dave", ran("slate-api"))))
    learned_but_not(client, app, ("slatr", "slate-api"), ("tzwick", "quarry-api"))  # and its twin


def test_one_plain_question_does_not_make_a_word_written_beside_pastes_a_name_two_do(client, app):
    """Round 28 review R2 (Medium): a handle (a person's, a repo's) written by four people beside pastes of
    ``service="quarry-api"`` and once in a question with no paste ("anything broken for tzwick today?") was learned:
    one plain question made it a name. A paste says nothing of what the words beside it are, so the questions with no
    paste must reach the bar any phrase needs (two): "tzwick" is not learned and stays a miss against quarry-api's.
    Twin: "qorvi", the same four pastes of slate-api and three plain questions by three people (two before round
    30), is learned and read."""
    history(client)
    rows = []
    for name, service in (("tzwick", "quarry-api"), ("qorvi", "slate-api")):
        rows += [(f'sum(rate(http_requests_total{{service="{service}",code=~"5.."}}[5m])) for {name}', "alice",
                  ran(service, ',code=~"5.."')),
                 (f'up{{service="{service}"}} {name} asked', "bob", q("prometheus", f'up{{service="{service}"}}')),
                 (f'rate(http_requests_total{{service="{service}"}}[5m]) ping {name}', "carol",
                  q("prometheus", f'rate(http_requests_total{{service="{service}"}}[5m])')),
                 (f'sum(rate(http_requests_total{{service="{service}"}}[1m])) {name}?', "dave",
                  q("prometheus", f'sum(rate(http_requests_total{{service="{service}"}}[1m]))')),
                 (f"anything broken for {name} today?", "erin", ran(service))]
    rows.append(("is qorvi slow rn", "frank", ran("slate-api")))
    # (round 30: "qorvi asked" and "ping qorvi" beside two of its pastes write it where a person stands, which counts
    # against its share (review R2), so the twin asks of it as the thing once more)
    rows.append(("qorvi error rate since noon", "gina", ran("slate-api")))
    asked_of(client, rows)
    learned_but_not(client, app, ("qorvi", "slate-api"), ("tzwick", "quarry-api"))  # and its twin

@pytest.mark.xfail(strict=True, reason="round 30 review R2: a person's place ('qorvi asked', 'ping qorvi' beside two pastes) "
                   "counts against the word's share, so round 28's twin no longer holds on its own input (4 of 6)")
def test_round_28s_twin_on_its_own_input_a_word_pinged_beside_pastes_and_asked_twice_is_learned(client, app):
    """Round 28's twin as it was written (review R3 of round 30: kept, not rewritten): "qorvi" beside four pastes of
    slate-api, two of which write it where a person stands, and in two plain questions by two people, learned and
    read. Since round 30 those two pastes count against its share: not learned (the recall R2's fix costs)."""
    history(client)
    service = "slate-api"
    asked_of(client, (
        (f'sum(rate(http_requests_total{{service="{service}",code=~"5.."}}[5m])) for qorvi', "alice",
         ran(service, ',code=~"5.."')),
        (f'up{{service="{service}"}} qorvi asked', "bob", q("prometheus", f'up{{service="{service}"}}')),
        (f'rate(http_requests_total{{service="{service}"}}[5m]) ping qorvi', "carol",
         q("prometheus", f'rate(http_requests_total{{service="{service}"}}[5m])')),
        (f'sum(rate(http_requests_total{{service="{service}"}}[1m])) qorvi?', "dave",
         q("prometheus", f'sum(rate(http_requests_total{{service="{service}"}}[1m]))')),
        ("anything broken for qorvi today?", "erin", ran(service)),
        ("is qorvi slow rn", "frank", ran(service))))
    learn(app)
    assert ("qorvi", "slate-api") in {(a, c) for a, c, _ in listed(client)}
    read_as(client, "slate-api", "qorvi", hit=True)


def test_words_beside_a_pasted_query_or_a_services_own_metric_are_no_name(client, app):
    """Round 27 review R1 and R3 (High): what people write beside a query they paste is often when or who wants it
    ("any timeouts since the new release?", "finance asked"), and a service's own metrics (``checkout_http_errors_total``,
    no service key) say nothing of the words beside the measure ("on black friday"): none of "new", "release",
    "finance", "black", "friday" is learned, and a question with one stays a miss against the service's. The twin,
    "envstore" beside a pasted query, is learned (test above)."""
    history(client)
    logs = '{service="checkout"} |= "timeout"'
    asked_of(client, (
        (f"{logs} -- any timeouts since the new release?", "alice", q("loki", logs)),
        ('sum(rate({service="checkout"} |= "error" [5m])) new release errors', "bob",
         q("loki", 'sum(rate({service="checkout"} |= "error" [5m]))')),
        ('errors after the new release: {service="checkout", level="error"}', "carol",
         q("loki", '{service="checkout", level="error"}')),
        ('sum(rate(http_requests_total{service="ledger-api",code=~"5.."}[5m])) -- finance asked about this', "alice",
         ran("ledger-api", ',code=~"5.."')),
        ('up{service="ledger-api"} for finance', "bob", q("prometheus", 'up{service="ledger-api"}')),
        ('finance wants up{service="ledger-api"} for the week', "carol", q("prometheus", 'up{service="ledger-api"}')),
        ("error rate on black friday", "alice", q("prometheus", "sum(rate(checkout_http_errors_total[5m]))")),
        ("p95 latency on black friday", "bob",
         q("prometheus", "histogram_quantile(0.95, sum by (le) (rate(checkout_request_seconds_bucket[5m])))")),
        ("how many 5xx on black friday", "carol",
         q("prometheus", 'sum(increase(checkout_http_errors_total{code=~"5.."}[1d]))'))))
    learn(app)
    got = {(a, c) for a, c, _ in listed(client)}
    assert not any(w in a.split() for a, _ in got for w in ("new", "release", "finance", "black", "friday")), got
    record(client, "how many 5xx on checkout in the last hour", T0)
    for word in ("new", "black"):
        out = lookup(client, f"how many 5xx on {word} in the last hour", T0 + timedelta(minutes=5))
        assert out["decision"] != "hit", out["why"]


def test_a_question_about_several_things_by_other_names_does_not_count_against_a_nickname(client, app):
    """Round 27 (writers 24 and 26): "crit alerts 24h inkpot+docvault" ran ``service=~"sign-api|envelope-store"``: it is
    about both by other names, so "inkpot" may name either and the question counts neither for nor against its share;
    asked of sign-api alone three times, "inkpot" is learned and read. Twin: "quillpen", asked the same way but beside
    questions that name both services themselves ("ledger-api and vault-api"), may not be their name: those count
    against its share, so it is not learned and stays a miss."""
    history(client)
    both = 'severity="critical",service=~"%s|%s" since=24h'
    asked_of(client, (
        ("inkpot 5xx last 1h?", "alice", ran("sign-api")),
        ("cpu inkpot 1h", "bob", ran("sign-api")),
        ("crit alerts 24h inkpot+docvault", "carol", q("alertmanager", both % ("sign-api", "envelope-store"))),
        ("inkpot or docvault paging?", "dave", q("alertmanager", both % ("sign-api", "envelope-store"))),
        ("quillpen 5xx last 1h?", "alice", ran("ledger-api")),
        ("cpu quillpen 1h", "bob", ran("ledger-api")),
        ("crit alerts 24h quillpen: ledger-api and vault-api", "carol", q("alertmanager", both % ("ledger-api", "vault-api"))),
        ("quillpen paging? ledger-api or vault-api", "dave", q("alertmanager", both % ("ledger-api", "vault-api")))))
    learn(app)
    got = {(a, c) for a, c, _ in listed(client)}
    assert ("inkpot", "sign-api") in got, got
    assert not any("quillpen" in a or "docvault" in a for a, _ in got), got
    read_as(client, "sign-api", "inkpot", hit=True)
    read_as(client, "ledger-api", "quillpen", hit=False)  # twin


def test_a_threshold_beside_a_nickname_is_no_part_of_it(client, app):
    """Round 27 (writer 25): "gsaas-api slower than 2s" reads as "gsaas-api above 2s"; the threshold's direction is
    the reader's word of comparison, never a name, so "gsaas-api above" is not learned beside "gsaas-api" (as an alias
    it would read "above" away). Twin: "gsaas-api" itself is learned and read."""
    history(client)
    tempo = q("tempo", '{ resource.service.name = "customer-api" && duration > 2s }')
    asked_of(client, (
        ("traces for gsaas-api slower than 2s", "alice", tempo),
        ("is gsaas-api slower than 1s today", "bob", ran("customer-api")),
        ("was gsaas-api slower than 3s this week?", "carol", ran("customer-api")),
        ("gsaas-api 429s today", "dave", ran("customer-api"))))
    learn(app)
    got = {(a, c) for a, c, _ in listed(client)}
    assert ("gsaas-api", "customer-api") in got, got  # twin
    assert not any(len(a.split()) > 1 and a.startswith("gsaas-api") for a, _ in got), got
    read_as(client, "customer-api", "gsaas-api", hit=True)


def test_a_kubernetes_object_named_after_a_service_is_that_service_one_no_service_key_names_is_not(client, app):
    """Round 29 (writers 19, 23, 27 ask of an autoscaler, an event's object, a job's pods): the object a Kubernetes
    query names (``kind=HorizontalPodAutoscaler name=waitroom``, ``involvedObject=waitroom``) is named after its
    service, as a container is, where the history names that service by a service key too: "wroomz", asked so by two
    people, is learned for waitroom and read. Twin: "gatezo", asked alike of an object no service key of the history
    names (``edge-gate``), is not learned and stays a miss (a name no service key confirms says nothing of which
    service)."""
    history(client)
    hpa = "namespace=storefront kind=HorizontalPodAutoscaler name=%s reason=SuccessfulRescale since=12h"
    events = "namespace=storefront involvedObject=%s since=1h"
    asked_of(client, (
        ("did the wroomz autoscaler add replicas overnight?", "alice", q("kubernetes", hpa % "waitroom")),
        ("wroomz events last hour", "bob", q("kubernetes", events % "waitroom")),
        ("waitroom 5xx today", "carol", ran("waitroom")),
        ("did the gatezo autoscaler add replicas overnight?", "alice", q("kubernetes", hpa % "edge-gate")),
        ("gatezo events last hour", "bob", q("kubernetes", events % "edge-gate"))))
    learned_but_not(client, app, ("wroomz", "waitroom"), ("gatezo", "edge-gate"))  # and its twin


def test_a_question_writing_all_but_one_of_its_values_names_the_one_left_by_its_other_words(client, app):
    """Round 29 (writers 19, 26, 27): "deploys zippo + pickup-scheduler since fri" ran
    ``application=~"route-planner|pickup-scheduler"``; it writes pickup-scheduler by its name, so its other words name
    route-planner, as a question about one value does: "zippo", asked so and twice alone, is learned and read (the
    round start counted that question against it: two of three). Twin: "zappo", whose question writes one of three
    values and leaves two, names neither for sure and still counts against it: not learned, a miss."""
    history(client)
    asked_of(client, (
        ("deploys zippo + pickup-scheduler since fri", "alice",
         q("argocd", 'application=~"route-planner|pickup-scheduler"')),
        ("zippo restarts today", "bob", ran("route-planner")),
        ("is zippo slow rn", "carol", ran("route-planner")),
        ("deploys zappo + pickup-scheduler since fri", "alice",
         q("argocd", 'application=~"tag-tracker|slate-api|pickup-scheduler"')),
        ("zappo restarts today", "bob", ran("tag-tracker")),
        ("is zappo slow rn", "carol", ran("tag-tracker"))))
    learned_but_not(client, app, ("zippo", "route-planner"), ("zappo", "tag-tracker"))  # and its twin


def test_a_persons_handle_beside_pastes_and_asked_of_twice_is_no_name(client, app):
    """Round 29 review R1 (Medium, the reviewer's h4; fixed in round 30): "kwozniak" stands where a person stands
    ("ping kwozniak", "kwozniak asked for ...", "kwozniak wants ...") beside pastes of ledger-api and in two plain
    questions: a handle, not ledger-api's name, so it must stay unlearned and a miss. Twin: "passbook", asked alike as
    the thing ("passbook 5xx last hour", "passbook p99 now"), is learned and read."""
    history(client)
    ledger = 'sum(rate(http_requests_total{service="ledger-api"}[5m]))'
    asked_of(client, (
        (f"{ledger} -- ping kwozniak", "erin", q("prometheus", ledger)),
        (f"{ledger} kwozniak asked", "frank", q("prometheus", ledger)),
        ('up{service="ledger-api"} for kwozniak', "gina", q("prometheus", 'up{service="ledger-api"}')),
        ("kwozniak asked for the error rate since noon", "erin", q("prometheus", ledger)),
        ("kwozniak wants p99 latency now", "gina", q("prometheus", ledger))))
    learned_but_not(client, app, ("passbook", "permit-gateway"), ("kwozniak", "ledger-api"))  # and its twin


def test_a_word_written_where_a_person_stands_is_no_name_of_what_was_asked(client, app):
    """Round 30 (review R1 of round 29): a question that writes a word where a person stands, after a verb whose
    object is a person ("cc", "remind") or before a verb of speech ("says"), as the redaction gate reads those places,
    is no evidence that the word names the service asked of, nor against it: "dmarek", in three such questions of
    three people about vault-api, is not learned and stays a miss (the round start learned it). Twins: "zorvex", asked
    in the same words as the thing, is learned and read; and "quillo", written once after "ping" (a host pinged, as ops
    people write) beside three ordinary questions, is learned by those."""
    history(client)
    asked_of(client, (
        ("cc dmarek: 5xx rate since noon", "erin", ran("vault-api")),
        ("dmarek says p99 is bad right now", "frank", ran("vault-api")),
        ("remind dmarek about restarts today", "gina", ran("vault-api")),
        ("zorvex: 5xx rate since noon", "erin", ran("sign-api")),
        ("zorvex p99 is bad right now", "frank", ran("sign-api")),
        ("restarts of zorvex today", "gina", ran("sign-api")),
        ("can you ping quillo from the bastion", "erin", ran("ledger-api")),
        ("quillo 5xx rate since noon", "frank", ran("ledger-api")),
        ("quillo p99 right now", "gina", ran("ledger-api")),
        ("restarts of quillo today", "erin", ran("ledger-api"))))
    learned_but_not(client, app, ("zorvex", "sign-api"), ("dmarek", "vault-api"))  # and its first twin
    assert ("quillo", "ledger-api") in {(a, c) for a, c, _ in listed(client)}  # the second twin
    read_as(client, "ledger-api", "quillo", hit=True)


@pytest.mark.xfail(strict=True, reason="round 30's reading of 'the' + an ordinary phrase as a name, withdrawn before the "
                   "ship run: probes in the same words learned 'customers' ('are the customers ok'), 'east' ('errors "
                   "in the east region') and 'flash sale' ('error rate in the flash sale'); ordinary words need three")
def test_a_phrase_of_ordinary_words_written_after_the_is_a_name_two_questions_bare_are_not(client, app):
    """Round 30 (writers 19, 20, 23, 24, 27, 29 name a thing with the definite article: "the van booker", "the map",
    "the gatekeeper", "the charge planner"): "the bread slicer", asked so by two people of slicer-api, is learned and
    read (the round start asked words of the language for a third question). Twin: "crumb tray", asked twice bare, as
    people write what they counted ("crumb tray errors today", "crumb tray p99 now"), still needs the third question:
    not learned, a miss."""
    history(client)
    asked_of(client, (
        ("is the bread slicer slow right now?", "erin", ran("slicer-api")),
        ("restarts of the bread slicer today", "frank", ran("slicer-api")),
        ("crumb tray 5xx rate since noon", "erin", ran("tray-api")),
        ("crumb tray p99 right now", "frank", ran("tray-api"))))
    learned_but_not(client, app, ("bread slicer", "slicer-api"), ("crumb tray", "tray-api"))  # and its twin


def test_a_word_copied_in_and_addressed_elsewhere_is_a_person_not_the_service_asked_of(client, app):
    """Round 30 review R2 (High): "tkaur" opens two questions about vault-api as the one spoken to ("tkaur: ...") and
    is copied in or pinged in three plain questions about other services ("cc tkaur", "ping tkaur"): those three show
    a person and count against the word's share, so it is not learned and stays a miss (with them neutral it was
    learned at two of two). Twin: "brisko", asked the same way as the thing in two questions ("brisko: ...") and
    written in no person's place, is learned and read."""
    history(client)
    asked_of(client, (
        ("tkaur: 5xx rate on vault since noon?", "erin", ran("vault-api")),
        ("tkaur: p99 of vault right now?", "frank", ran("vault-api")),
        ("cc tkaur errors on hut-reservations today", "erin", ran("hut-reservations")),
        ("restarts of beacon-ingest today, cc tkaur", "frank", ran("beacon-ingest")),
        ("trail-report latency this week, ping tkaur", "gina", ran("trail-report")),
        ("brisko: 5xx rate since noon?", "erin", ran("sign-api")),
        ("brisko: p99 right now?", "frank", ran("sign-api"))))
    learned_but_not(client, app, ("brisko", "sign-api"), ("tkaur", "vault-api"))  # and its twin


def test_a_handle_copied_in_beside_pastes_counts_against_it_as_in_plain_questions(client, app):
    """Round 30 review R2 (High, second look): "lbrandt" opens two questions about vault-api as the one spoken to, and
    three pastes of other services' queries copy in or ping lbrandt ("-- cc lbrandt"): beside a paste a person's
    place shows a person as it does in a plain question, so they count against the word's share and it is not
    learned. Twin: "brisko", asked alike as the thing and never in a person's place, is learned and read."""
    history(client)
    asked_of(client, (
        ("lbrandt: 5xx rate on vault since noon?", "erin", ran("vault-api")),
        ("lbrandt: p99 of vault right now?", "frank", ran("vault-api")),
        ('up{service="hut-reservations"} -- cc lbrandt', "erin", q("prometheus", 'up{service="hut-reservations"}')),
        ('up{service="beacon-ingest"} -- ping lbrandt', "frank", q("prometheus", 'up{service="beacon-ingest"}')),
        ('up{service="trail-report"} cc lbrandt', "gina", q("prometheus", 'up{service="trail-report"}')),
        ("brisko: 5xx rate since noon?", "erin", ran("sign-api")),
        ("brisko: p99 right now?", "frank", ran("sign-api"))))
    learned_but_not(client, app, ("brisko", "sign-api"), ("lbrandt", "vault-api"))  # and its twin


def test_a_value_named_only_in_a_regex_alternative_fails_neither_the_learning_pass_nor_a_forget_request(client, app):
    """Round 29 review R2 (High): "checkout-api and zorbo errors today" ran ``service=~"checkout-api|ledger-api"`` and
    writes checkout-api, so "zorbo" is read as ledger-api; a history naming ledger-api nowhere else has no base rate
    for it, and the pass raised (the org's learning stage failed every pass, and a forget request, whose hooks re-learn
    the org's aliases, never finished). Now such a value's evidence is never told from chance: nothing is learned, the
    pass returns and the forget request is done. Twin: the same history with ledger-api asked of by its name once
    learns "zorbo" for it."""
    history(client)
    alt = q("prometheus", 'sum(rate(http_requests_total{service=~"checkout-api|ledger-api"}[5m])) by (service)')
    asked_of(client, (("checkout-api and zorbo errors today", "erin", alt),
                      ("errors on checkout-api vs zorbo last hour", "frank", alt)))
    assert learn(app)["proposed"] >= 0
    assert not any("zorbo" in a for a, _, _ in listed(client))
    done = client.delete("/api/v1/users/me/data?user=erin", headers=auth("tok-acme-admin"))
    assert done.status_code == 200, done.get_json()
    asked_of(client, (("ledger-api p99 now", "gina", q("prometheus", 'up{service="ledger-api"}')),
                      ("checkout-api and zorbo errors today", "erin", alt)), days=3)  # twin
    learn(app)
    assert ("zorbo", "ledger-api") in {(a, c) for a, c, _ in listed(client)}
