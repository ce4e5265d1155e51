"""The learner of an org's own names (`detectors.learned_aliases`): its evidence rule, each with a twin."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detectors.learned_aliases import (
    Exchange,
    canonical_values,
    chance,
    learn_aliases,
    measure_terms,
    named_values,
    question_bar,
    question_ids,
)


def ex(question: str, who: str | None, service: str, *more: str) -> Exchange:
    return Exchange(question, who, (f'sum(rate(http_requests_total{{service="{service}",code=~"5.."}}[5m]))', *more))


PASSBOOK = [ex("how many errors on passbook today", "ana", "permit-gateway"),
            ex("passbook p99 latency over the last hour", "ben", "permit-gateway"),
            ex("is passbook up right now", "ana", "permit-gateway")]
OTHERS = [ex("errors on hut-reservations since 9am", "ben", "hut-reservations"),
          ex("hut-reservations latency this morning", "cy", "hut-reservations"),
          ex("deploys to notify-relay this week", "cy", "notify-relay"),
          ex("trail-report 5xx since noon", "ana", "trail-report"),
          ex("restarts of beacon-ingest today", "ben", "beacon-ingest"),
          ex("guide-market checkout latency now", "cy", "guide-market"),
          ex("is notify-relay up", "ana", "notify-relay"),
          ex("trail-report p95 today", "ben", "trail-report"),
          ex("beacon-ingest lag this week", "cy", "beacon-ingest"),
          ex("guide-market deploys since monday", "ana", "guide-market"),
          ex("hut-reservations restarts now", "dee", "hut-reservations"),
          ex("notify-relay errors since noon", "dee", "notify-relay")]


#: A coined nickname (no word of the language): two questions by two people are enough for it in a short history.
PGW = [ex("how many errors on pgw today", "ana", "permit-gateway"),
       ex("pgw p99 latency over the last hour", "ben", "permit-gateway"),
       ex("is pgw up right now", "ana", "permit-gateway")]


def learned(history) -> set[tuple[str, str]]:
    return {(a.alias, a.canonical) for a in learn_aliases(history)}


def test_a_name_asked_for_by_two_people_in_three_questions_is_learned():
    got = learn_aliases(PASSBOOK + OTHERS)
    assert [(a.alias, a.canonical, a.kind, a.questions, a.people) for a in got] == [
        ("passbook", "permit-gateway", "service", 3, 2)]


def test_two_questions_by_two_people_are_enough_in_a_short_history():
    assert learned(PGW[:2] + OTHERS) == {("pgw", "permit-gateway")}  # round 22 asked three
    assert learned(PGW[:1] + OTHERS) == set()  # twin: one question is not
    one_person = [Exchange(e.question, "ana", e.executed) for e in PGW]
    assert learned(one_person + OTHERS) == set()  # nor one person's three
    unknown_people = [Exchange(e.question, None, e.executed) for e in PGW]  # a history that says no one
    assert learned(unknown_people + OTHERS) == set()  # needs twice the questions
    more = [ex(q, None, "permit-gateway") for q in ("pgw deploys this week", "pgw 5xx since 9am",
                                                    "restarts of pgw today")]
    assert learned(unknown_people[:1] + more + OTHERS) == {("pgw", "permit-gateway")}


def filler(n: int) -> list[Exchange]:
    """``n`` distinct ordinary questions, each about a service of its own: a long history."""
    return [ex(f"errors on fleet-svc{i} today", ("ana", "ben", "cy", "dee")[i % 4], f"fleet-svc{i}") for i in range(n)]


def test_the_bar_rises_with_the_history():
    assert [question_bar(n) for n in (1, 80, 100, 199, 200, 400, 2000)] == [2, 2, 2, 2, 3, 4, 6]
    long = filler(400)
    assert learned(PGW + long) == set()  # 3 questions in a history of 403: four needed
    fourth = ex("pgw restarts since noon", "cy", "permit-gateway")
    assert learned([*PGW, fourth, *long]) == {("pgw", "permit-gateway")}  # twin


def test_one_person_asking_alike_again_is_one_question():
    again = [ex("how many errors on pgw today", "ana", "permit-gateway"),
             ex("how many errors on pgw this week pls", "ana", "permit-gateway"),
             ex("pgw p99 latency over the last hour", "ben", "permit-gateway")]
    long = filler(200)  # three questions needed
    assert learned(again + long) == set()
    others = [Exchange(e.question, w, e.executed) for e, w in zip(again, ("ana", "cy", "ben"), strict=True)]
    assert learned(others + long) == {("pgw", "permit-gateway")}  # twin: two people asking alike are two


def test_one_question_re_sent_is_one_question():
    resent = [ex("how many errors on pgw today", w, "permit-gateway") for w in ("ana", "ana", "ben")]
    assert learned(resent + OTHERS) == set()
    assert learned(resent[:2] + PGW[1:2] + OTHERS) == {("pgw", "permit-gateway")}  # twin: two texts


def test_a_word_asked_about_every_service_is_not_learned():
    errors = [ex(f"errors on {n} today", w, n) for n, w in (("permit-gateway", "a"), ("hut-reservations", "b"))]
    got = learned(PASSBOOK + OTHERS + errors)
    assert ("errors", "permit-gateway") not in got and ("error", "permit-gateway") not in got
    assert ("passbook", "permit-gateway") in got


def test_a_word_written_beside_the_name_itself_is_not_its_alias():
    quota = [ex(f"quota rejections on pgw-old {when}", w, "permit-gateway") for when, w in
             (("today", "a"), ("this week", "b"), ("now", "c"))]
    alone = learned(quota + OTHERS)
    assert ("quota rejections", "permit-gateway") in alone  # twin: seen only instead of the name
    assert ("quota", "permit-gateway") not in alone  # round 25: written only inside the kept pair, the pair is kept
    beside = [ex("permit-gateway quota rejections", "d", "permit-gateway"),
              ex("quota on permit-gateway since noon", "e", "permit-gateway")]
    assert ("quota", "permit-gateway") not in learned(quota + OTHERS + beside)


def test_a_query_naming_two_services_is_no_evidence_for_either():
    both = [Exchange(e.question, e.who, (*e.executed, '{service="hut-reservations"}')) for e in PASSBOOK]
    assert learned(both + OTHERS) == set()


def test_negative_and_regex_matchers_name_no_value():
    negative = [Exchange(e.question, e.who, ('sum(rate(x{service!="permit-gateway"}[5m]))',)) for e in PASSBOOK]
    regex = [Exchange(e.question, e.who, ('sum(rate(x{service=~"permit-gateway|hut-reservations"}[5m]))',))
             for e in PASSBOOK]
    assert learned(negative + OTHERS) == set() and learned(regex + OTHERS) == set()


def test_a_phrase_seen_with_two_values_is_dropped():
    other = [ex(f"passbook queue depth {when}", w, "hut-reservations") for w, when in
             (("x", "now"), ("y", "today"), ("z", "this week"), ("q", "since noon"))]
    assert ("passbook", "hut-reservations") in {(a.alias, a.canonical) for a in learn_aliases(other + OTHERS)}
    assert ("passbook", "permit-gateway") not in learned(PASSBOOK + OTHERS + other)


def test_a_known_name_is_never_learned_as_an_alias():
    bookings = [ex(f"errors in the bookings namespace {when}", w, "permit-gateway") for when, w in
                (("today", "a"), ("this week", "b"), ("now", "c"))]
    assert ("bookings", "permit-gateway") in learned(bookings + OTHERS)  # twin: no one names a namespace bookings
    ns = [Exchange("pods restarting", "d", ('kube_pod_container_status_restarts_total{namespace="bookings"}',))]
    assert ("bookings", "permit-gateway") not in learned(bookings + OTHERS + ns)
    assert all(a.alias != "bookings" for a in learn_aliases(bookings + OTHERS, known=["bookings"]))


def test_canonical_values_read_the_query_languages_helpers_run():
    assert canonical_values('{resource.service.name = "hut-reservations" && span.http.status_code >= 500}') == {
        ("service", "hut-reservations")}
    assert canonical_values("kubectl -n bookings get events --field-selector type=Warning") == {
        ("namespace", "bookings")}
    assert canonical_values("SELECT count(*) FROM incidents WHERE team = 'switchback' AND sev = 'SEV1'") == {
        ("team", "switchback")}
    assert canonical_values('{app="trail-report", cluster="alp-prod-2"} |= "timeout"') == {
        ("service", "trail-report"), ("cluster", "alp-prod-2")}
    assert canonical_values('up{instance="10.0.0.1:9100", severity="critical"}') == set()
    assert canonical_values("kubectl -n field rollout status deployment/beacon-ingest") == {
        ("namespace", "field"), ("service", "beacon-ingest")}
    assert canonical_values('rate(x{service=~"beacon-ingest"}[5m])') == {("service", "beacon-ingest")}
    assert canonical_values('rate(x{service=~"beacon-.*"}[5m])') == set()
    assert canonical_values('kube_pod_container_status_restarts_total{pod=~"beacon-ingest-.*"}') == {
        ("service", "beacon-ingest")}
    assert canonical_values('kube_pod_container_status_restarts_total{pod=~"beacon-(a|b)-.*"}') == set()


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet='service="=~!{}, \'\nab-', max_size=300))
def test_any_query_text_reads_without_error(query):
    assert isinstance(canonical_values(query), set)


def test_long_adversarial_queries_read_in_linear_time():
    for bad in ('a' * 50_000 + '="', 'service=' * 10_000, ('x="' + 'y' * 99) * 500, "-n " * 20_000):
        started = time.perf_counter()
        canonical_values(bad)
        assert time.perf_counter() - started < 0.5, bad[:20]


def test_a_value_or_key_of_any_label_the_queries_filter_on_is_no_alias():
    plants = [ex(f"wash errors at gdansk {when}", w, "wash-telemetry") for when, w in
              (("today", "a"), ("this week", "b"), ("now", "c"))]
    assert ("gdansk", "wash-telemetry") in learned(plants + OTHERS)  # twin: the queries never filter on the plant
    by_plant = [Exchange(e.question, e.who, (*e.executed, 'max(dryer_temp{plant="gdansk"})')) for e in plants]
    assert ("gdansk", "wash-telemetry") not in learned(by_plant + OTHERS)
    by_key = [Exchange(e.question, e.who, (*e.executed, 'max(dryer_temp{gdansk="1"})')) for e in plants]
    assert ("gdansk", "wash-telemetry") not in learned(by_key + OTHERS)
    kilns = [ex(f"kiln 14 temperature {when}", w, "kiln-telemetry") for when, w in
             (("today", "a"), ("this week", "b"), ("now", "c"))]
    assert all(a != "14" for a, _ in learned(kilns + OTHERS))  # a number names no thing


def test_measured_words_and_scrape_jobs_are_not_learned():
    node = [Exchange("cpu usage on the db hosts", "ana", ('rate(node_cpu_seconds_total{job="node",instance=~"db.*"}[5m])',)),
            Exchange("memory pressure on kafka brokers", "ben", ('node_memory_MemAvailable_bytes{job="node"}',)),
            Exchange("disk usage on the db hosts", "cy", ('node_filesystem_avail_bytes{job="node"}',)),
            Exchange("cpu of the db hosts now", "ben", ('rate(node_cpu_seconds_total{job="node"}[5m])',)),
            Exchange("which pods restarted today", "ana", ('kube_pod_container_status_restarts_total{job="ksm"}',)),
            Exchange("memory of the db hosts", "cy", ('node_memory_MemAvailable_bytes{job="node"}',))]
    assert learned(node + PASSBOOK + OTHERS) == {("passbook", "permit-gateway")}
    cpu = [ex(f"cpu of pgw-old {when}", w, "permit-gateway") for when, w in (("now", "a"), ("today", "b"),
                                                                            ("this week", "c"))]
    got = learned(cpu + OTHERS)
    assert ("cpu", "permit-gateway") not in got and ("pgw-old", "permit-gateway") in got  # twin: the name is


def test_redaction_stand_ins_are_not_learned():
    mails = [ex(f"errors for <redacted:email> on the portal {n}", w, "permit-gateway") for n, w in
             (("today", "ana"), ("this week", "ben"), ("since 9am", "cy"))]
    got = {a for a, _ in learned(mails + OTHERS)}
    assert not got & {"email", "redacted", "<redacted:email>"} and "portal" in got  # twin: the real word is


def test_a_value_every_query_carries_is_no_evidence():
    scoped = [Exchange(e.question, e.who, (*e.executed, 'up{cluster="prod-eu-1"}')) for e in PASSBOOK + OTHERS]
    customers = [ex(f"is web-frontend broken for customers {when}", w, "web-frontend", 'up{cluster="prod-eu-1"}')
                 for when, w in (("today", "ana"), ("now", "ben"), ("this week", "cy"))]
    storefront = [ex(f"storefront slow {when}", w, "web-frontend", 'up{cluster="prod-eu-1"}')
                  for when, w in (("today", "ana"), ("now", "ben"), ("this week", "cy"))]
    got = learned(scoped + customers + storefront)
    assert ("customers", "prod-eu-1") not in got and ("storefront", "web-frontend") in got
    assert ("passbook", "permit-gateway") in got
    other = [Exchange(e.question, e.who, (*e.executed, 'up{cluster="prod-us-1"}')) for e in PASSBOOK + OTHERS]
    assert ("customers", "prod-eu-1") in learned(other + customers)  # twin: the cluster chosen, not constant


def pay(metric: str) -> str:
    return f'sum(increase({metric}{{service="payment-gateway"}}[1d]))'


#: The reviewer's history (review R8): payments' own measures, each asked of one service, beside ordinary questions.
MEASURES = [("how many refunds failed today", "ana", "refunds_failed_total"),
            ("refund failures since noon", "ben", "refunds_failed_total"),
            ("are refunds stuck again", "cy", "refunds_pending"),
            ("chargeback count this week", "ana", "chargebacks_total"),
            ("any new chargebacks today", "ben", "chargebacks_total"),
            ("chargeback rate vs last week", "dee", "chargebacks_total")]
ORDINARY = [ex(f"{what} {s} {when}", w, s) for (what, when), s, w in zip(
    [("errors on", "today"), ("latency of", "now"), ("5xx on", "this week"), ("how slow is", "today")] * 3,
    ["search-api", "checkout-api", "catalog-api", "web-frontend", "inventory-api"] * 3, ["ana", "ben", "cy", "dee"] * 3,
    strict=False)][:11]


def test_a_word_the_query_writes_outside_its_label_values_names_a_measure_not_a_thing():
    history = [Exchange(q, w, (pay(m),)) for q, w, m in MEASURES] + ORDINARY
    assert learned(history) == set()  # refunds, chargeback: the metric names' words, not payment-gateway's names
    nicknamed = [Exchange(q.replace("today", "on paybox").replace("week", "week on paybox"), w, (pay(m),))
                 for q, w, m in MEASURES]
    assert learned(nicknamed + ORDINARY) == {("paybox", "payment-gateway")}  # twin: the nickname still is
    logql = [Exchange(q, w, ('{service="payment-gateway"} |= "refund"',)) for q, w, _ in MEASURES[:3]]
    assert ("refunds", "payment-gateway") not in learned(logql + ORDINARY)  # a line filter's text: a measure
    generic = [Exchange(q, w, (pay("http_requests_total"),)) for q, w, _ in MEASURES[:3]]
    assert ("refunds", "payment-gateway") in learned(generic + ORDINARY)  # twin: the query never writes the word


def test_measure_terms_are_the_query_text_outside_label_values():
    got = measure_terms(pay("refunds_failed_total"))
    assert {"refund", "fail"} <= got and not got & {"payment", "gateway"}
    assert "refund" in measure_terms('{app="payment-gateway"} |= "refund"')
    assert not measure_terms("kubectl -n bookings get events") & {"bookings", "booking"}


def test_a_part_of_its_own_name_is_learned_a_part_two_names_share_is_not():
    portal = [ex(f"5xx on the portal {when}", w, "customer-portal") for when, w in
              (("today", "ana"), ("now", "ben"), ("this week", "cy"))]
    assert ("portal", "customer-portal") in learned(portal + OTHERS)  # round 22: inside a known name, never
    checkout = [ex(f"is checkout slow {when}", w, "checkout-api") for when, w in
                (("today", "ana"), ("now", "ben"), ("this week", "cy"))]
    assert ("checkout", "checkout-api") in learned(checkout + OTHERS)
    worker = [ex("checkout-worker backlog today", "dee", "checkout-worker")]
    assert ("checkout", "checkout-api") not in learned(checkout + worker + OTHERS)  # twin: a sibling has it too,
    # so the next pass after the sibling is first named drops it (review R2)


def test_the_most_asked_service_is_learned_when_the_phrase_says_more_than_its_popularity():
    busy = [ex(f"{what} on web-frontend {when}", w, "web-frontend") for what, when, w in
            (("errors", "today", "ana"), ("latency", "now", "ben"), ("deploys", "this week", "cy"),
             ("restarts", "today", "dee"), ("5xx", "since noon", "ana"), ("p95", "this morning", "ben"),
             ("traffic", "now", "cy"), ("pods", "today", "dee"))]
    shopfront = [ex(f"shopfront {what}", w, "web-frontend") for what, w in
                 (("slow today", "ana"), ("down?", "ben"), ("errors now", "cy"), ("latency this week", "dee"),
                  ("deploys", "ana"))]
    assert ("shopfront", "web-frontend") in learned(busy + shopfront + OTHERS)  # 13 of 25: round 22 learned none
    assert ("shopfront", "web-frontend") not in learned(busy + shopfront[:2] + OTHERS)  # twin: two at a base rate
    # of 0.45 are what chance gives


def test_a_word_the_questions_own_query_filters_as_an_endpoint_is_no_evidence():
    routed = [Exchange(f"refund {what}", w, ('sum(rate(http_requests_total{service="payment-gateway",'
                                              'route="/v2/refunds"}[5m]))',))
              for what, w in (("errors today", "ana"), ("latency now", "ben"), ("5xx this week", "cy"))]
    assert ("refund", "payment-gateway") not in learned(routed + OTHERS)  # the endpoint's word (review R8, guard 2)
    plain = [Exchange(e.question, e.who, ('sum(rate(http_requests_total{service="payment-gateway"}[5m]))',))
             for e in routed]
    assert ("refund", "payment-gateway") in learned(plain + OTHERS)  # twin: the queries never write the word


def test_a_word_the_orgs_metrics_write_is_learned_from_the_questions_whose_queries_do_not():
    notify = [ex(f"pager {what}", w, "text-relay") for what, w in
              (("errors today", "ana"), ("latency now", "ben"), ("5xx this week", "cy"), ("deploys", "dee"))]
    sms = [Exchange("pager sms failures today", "ana", ('sum(increase(pager_sms_failed_total'
                                                          '{service="text-relay"}[1d]))',))]
    assert ("pager", "text-relay") in learned(notify + sms + OTHERS)  # round 22: the metric's word, never
    all_sms = [Exchange(e.question, e.who, sms[0].executed) for e in notify]
    assert ("pager", "text-relay") not in learned(all_sms + sms + OTHERS)  # twin: every answer measured it


def test_a_value_of_a_regex_or_negative_matcher_is_a_known_name():
    bookings = [ex(f"errors in bookings {when}", w, "permit-gateway") for when, w in
                (("today", "a"), ("this week", "b"), ("now", "c"))]
    assert ("bookings", "permit-gateway") in learned(bookings + OTHERS)  # twin: no one names anything bookings
    regex = [Exchange("pods restarting", "d", ('kube_pod_container_status_restarts_total{namespace=~"bookings|pay"}',))]
    assert ("bookings", "permit-gateway") not in learned(bookings + OTHERS + regex)
    negative = [Exchange("pods restarting", "d", ('kube_pod_container_status_restarts_total{team!="bookings"}',))]
    assert ("bookings", "permit-gateway") not in learned(bookings + OTHERS + negative)


def test_an_endpoint_path_or_method_is_never_learned():
    posts = [ex(f"POST /v2/pickups latency {when}", w, "pickup-scheduler") for when, w in
             (("today", "a"), ("this week", "b"), ("now", "c"))]
    got = {a for a, _ in learned(posts + OTHERS)}
    assert not any("/" in a or a.startswith("http-") for a in got)
    named = [ex(f"vanbook latency {when}", w, "pickup-scheduler") for when, w in (("today", "a"), ("now", "b"))]
    assert ("vanbook", "pickup-scheduler") in learned(named + OTHERS)  # twin: a word people call it


def test_ordinary_words_need_one_question_more_than_a_coined_name():
    """Review R1: "burnt batches" asked twice by two people of the one oven service names what they measured."""
    burnt = [Exchange(q, w, ('sum(increase(oven_faults_total{service="oven-control"}[1d]))',))
             for q, w in (("how many burnt batches today", "mo"), ("burnt batches this week?", "lu"))]
    got = learned(burnt + OTHERS)
    assert not {a for a, _ in got} & {"burnt", "batches", "burnt batches", "batch"}
    assert ("pgw", "permit-gateway") in learned(PGW[:2] + OTHERS)  # twin: a coined name at two questions


def test_the_chance_of_the_evidence_is_computed_for_any_history_size():
    """Review R3: the exact sum overflowed a float from ~1,030 questions on; the pass reads up to 2,000."""
    assert chance(3, 3, 0.5) == pytest.approx(0.125) and chance(2, 5, 0.2) == pytest.approx(0.26272)
    assert chance(0, 4, 0.3) == pytest.approx(1.0) and chance(4, 4, 1.0) == pytest.approx(1.0)
    assert 0.0 <= chance(1400, 2000, 0.5) < 1e-60 and chance(840, 1200, 0.5) < 1e-40
    assert chance(1400, 2000, 0.75) > 0.99  # twin: a share below the base rate is what chance gives


def test_bare_filters_name_values_a_quoted_texts_words_do_not():
    """Round 25: Argo CD's and kubectl's filters are written bare (writers 23 and 24)."""
    assert canonical_values("app=session-api cluster=prod-sae1-a since=2024-03-14T00:00-08:00") == {
        ("service", "session-api"), ("cluster", "prod-sae1-a")}
    assert canonical_values("kubectl get pods -l app=pay-hub,tier=api") == {("service", "pay-hub")}
    assert canonical_values('sum(rate(nginx_ingress_controller_requests{exported_service="resale-market"}[5m]))') == {
        ("service", "resale-market")}
    assert canonical_values('{namespace="money"} |= "service=pay-hub"') == {("namespace", "money")}  # twin: a line filter
    assert canonical_values("cluster=stg-eus1 condition=Ready=false") == {("cluster", "stg-eus1")}
    assert canonical_values('app=~"pay-hub|session-api" status=Failed') == set()  # twin: two values


def test_a_container_is_a_service_only_where_a_service_key_names_it():
    cpu = 'sum(rate(container_cpu_usage_seconds_total{{container="{}"}}[5m]))'
    history = [Exchange("park-svc cpu", "a", (cpu.format("session-api"),)),
               Exchange("errors", "b", ('up{service="session-api"}',)),
               Exchange("dns cpu", "c", (cpu.format("coredns"),))]
    assert named_values(history) == [{("service", "session-api")}, {("service", "session-api")}, set()]



def test_a_pasted_question_is_read_by_its_prose_and_stays_apart_by_its_pasted_matchers():
    """Round 28: a question that pastes a query is read once, by its prose (the learner's one reading of it); its id
    keeps the matchers it pastes, so one person pasting two queries that differ only in a matcher asked two questions
    (as the whole question's reading said before), while the same paste re-asked with the prose reworded is one.
    Twin: the same prose pasting another service is another question."""
    paste = 'sum(rate(http_requests_total{service="%s"}[5m])) -- snowglobe 5xx %s'
    asked = [Exchange(paste % ("frost-ledger", "now"), "ana", ()),
             Exchange(paste % ("frost-ledger", "now pls"), "ana", ()),
             Exchange(paste % ("ember-queue", "now"), "ana", ())]
    ids = question_ids(asked)
    assert ids[0] == ids[1]
    assert ids[0] != ids[2]  # twin
