"""Round 31 (issue 15): a nickname inside an identifier that is the value's own is no other thing's name.

People and teams name a service's hosts, consumer groups and longer ids after the service or its nickname
(``kt-ingest-02`` for kiln-telemetry's "kt", ``resale-market-listings``, "gridlink-api" for fleet-api's "gridlink";
released histories 20, 23, 25, 29). The learner read every identifier as a name of its own, so the nickname inside it
was a "known name" and never learned. Each positive has a twin: the nearest input that keeps the old reading, an
identifier that is a thing of a kind (a sibling service, a namespace) or that is written beside another value too.
"""

from __future__ import annotations

from detectors.learned_aliases import Exchange, learn_aliases


def ex(question: str, who: str | None, service: str, extra: str = "") -> Exchange:
    return Exchange(question, who, (f'sum(rate(http_requests_total{{service="{service}"{extra},code=~"5.."}}[5m]))',))


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

KT = [ex("sev3s for kt this week", "ana", "kiln-telemetry"),
      ex("any crashloopin kt pods rn", "ben", "kiln-telemetry"),
      ex("which kt box is lagging", "ben", "kiln-telemetry")]


def learned(history: list[Exchange]) -> set[tuple[str, str]]:
    return {(a.alias, a.canonical) for a in learn_aliases(history)}


def test_a_nickname_inside_the_services_own_hosts_is_learned():
    hosts = [ex("errors on kt-ingest-02 only", "cy", "kiln-telemetry", ',host="kt-ingest-02"'),
             ex("kt-ingest-03 5xx last hour", "dee", "kiln-telemetry", ',host="kt-ingest-03"')]
    assert ("kt", "kiln-telemetry") in learned(KT + hosts + OTHERS)


def test_twin_a_host_also_written_beside_another_service_keeps_the_nickname_a_known_name():
    hosts = [ex("errors on kt-ingest-02 only", "cy", "kiln-telemetry", ',host="kt-ingest-02"'),
             ex("kt-ingest-02 errors for trail-report", "dee", "trail-report", ',host="kt-ingest-02"')]
    assert ("kt", "kiln-telemetry") not in learned(KT + hosts + OTHERS)


def test_a_nickname_inside_a_longer_id_people_write_for_the_same_service_is_learned():
    gridlink = [ex("is the gridlink alert still firing", "ana", "fleet-api"),
                ex("weekend crit alerts gridlink", "ben", "fleet-api"),
                ex("did smth deploy to gridlink this arvo", "cy", "fleet-api"),
                ex("gridlink-api p99 now", "dee", "fleet-api")]
    assert ("gridlink", "fleet-api") in learned(gridlink + OTHERS)


def test_twin_a_longer_id_the_queries_name_as_a_service_is_a_sibling():
    gridlink = [ex("is the gridlink alert still firing", "ana", "fleet-api"),
                ex("weekend crit alerts gridlink", "ben", "fleet-api"),
                ex("did smth deploy to gridlink this arvo", "cy", "fleet-api"),
                ex("gridlink-api p99 now", "dee", "gridlink-api")]
    assert ("gridlink", "fleet-api") not in learned(gridlink + OTHERS)


def test_a_part_of_the_name_inside_an_id_that_extends_the_services_id_is_learned():
    resale = [ex("5xx the resale had since 18:00", "ana", "resale-market"),
              ex("ingress 5xx for resale 30m", "ben", "resale-market"),
              ex("resale errs 24h", "cy", "resale-market"),
              Exchange("kafka lag for the listings topic growing?", "dee",
                       ('sum(kafka_consumergroup_lag{consumergroup="resale-market-listings"})',))]
    assert ("resale", "resale-market") in learned(resale + OTHERS)


def test_twin_an_id_that_extends_no_value_keeps_the_part_a_known_name():
    resale = [ex("5xx the resale had since 18:00", "ana", "resale-market"),
              ex("ingress 5xx for resale 30m", "ben", "resale-market"),
              ex("resale errs 24h", "cy", "resale-market"),
              Exchange("kafka lag for the listings topic growing?", "dee",
                       ('sum(kafka_consumergroup_lag{consumergroup="resale-listings"})',))]
    assert ("resale", "resale-market") not in learned(resale + OTHERS)


def test_twin_a_namespace_named_only_beside_the_service_is_still_a_thing_of_its_own():
    shop = [ex("top routes by p95 the shop", "ana", "storefront", ',namespace="web-shop"'),
            ex("is the shop up", "ben", "storefront", ',namespace="web-shop"'),
            ex("crit alerts overnight for the shop", "cy", "storefront", ',namespace="web-shop"')]
    assert ("shop", "storefront") not in learned(shop + OTHERS)


def pod(question: str, who: str, name: str, key: str = "pod") -> Exchange:
    return Exchange(question, who, (f'sum(rate(http_requests_total{{service="storefront",{key}="{name}",code=~"5.."}}[5m]))',))


def test_twin_review_r1_a_component_after_the_services_id_in_its_pods_stays_a_known_name():
    canary = [pod("canary error rate now", "ana", "storefront-canary-7c9d4"),
              pod("is the canary throwing 5xx", "ben", "storefront-canary-7c9d4"),
              pod("canary errors this morning", "cy", "storefront-canary-8f1a2"),
              pod("canary 5xx since deploy", "dee", "storefront-canary-8f1a2"),
              ex("storefront errors today", "ana", "storefront")]
    assert ("canary", "storefront") not in learned(canary + OTHERS)
    bare = [Exchange(e.question, e.who, ('sum(rate(http_requests_total{service="storefront",code=~"5.."}[5m]))',))
            for e in canary[:4]] + [pod("restarts of storefront-canary-7c9d4", "eve", "storefront-canary-7c9d4")]
    assert ("canary", "storefront") not in learned(bare + canary[4:] + OTHERS)  # the component, asked of bare


def test_twin_review_r1_another_workloads_pods_and_a_host_only_the_queries_name_stay_known_names():
    nginx = [pod(q, w, n) for q, w, n in (("nginx 5xx now", "ana", "edge-nginx-7c9d"),
                                          ("nginx latency this morning", "ben", "edge-nginx-8f1a"),
                                          ("is nginx restarting", "cy", "edge-nginx-7c9d"),
                                          ("nginx errors today", "dee", "edge-nginx-8f1a"))]
    assert ("nginx", "storefront") not in learned(nginx + OTHERS)
    redis = [pod(q, w, n, "instance") for q, w, n in (("redis latency now", "ana", "cache-redis-01"),
                                                      ("is redis slow", "ben", "cache-redis-01"),
                                                      ("redis memory this morning", "cy", "cache-redis-02"),
                                                      ("redis evictions today", "dee", "cache-redis-02"))]
    assert ("redis", "storefront") not in learned(redis + OTHERS)
