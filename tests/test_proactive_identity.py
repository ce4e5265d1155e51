"""A recommendation keeps its identity across passes, store figures come from the store at scrape,
and every rating is counted, whichever door it came through."""

from __future__ import annotations

import pytest
from prometheus_client import CollectorRegistry, Gauge
from prometheus_client.core import GaugeMetricFamily

from exporter import metrics
from exporter.learning.params import LearningParams
from exporter.learning.recommend import Recommendation, keep_identity, store_recommendations
from tests.conftest import auth
from tests.test_ingest_api import event

HOUR, DAY = 3600.0, 86400.0
T0 = 1_790_000_000.0
GROUP = "HighLatency/warning/checkout-api"


def spike(start: float, end: float, group: str = GROUP) -> Recommendation:
    return Recommendation(org="acme", kind="spike", group=group, text=f"spike at {start}",
                          evidence={"start": start, "end": end}, dedupe_key=f"spike:{group}:{int(start)}",
                          expires_at=end + 7 * DAY, span=(start, end))


def shift(at: float, before: float = 0.3, after: float = 0.8) -> Recommendation:
    return Recommendation(org="acme", kind="change_point", group=GROUP, text=f"shift at {at}",
                          evidence={"time": at, "level_before_per_hour": before, "level_after_per_hour": after},
                          dedupe_key=f"change_point:{GROUP}:{int(at)}", expires_at=at + 28 * DAY, span=(at, at))


def announce(store, recs: list[Recommendation], now: float) -> list[str]:
    recs = keep_identity(store, "acme", recs, LearningParams())
    with store.transaction() as conn:
        store_recommendations(conn, recs, now)
    return [r.id for r in recs]


def ids(store, kind: str) -> list[str]:
    return [r["id"] for r in store.query("SELECT id FROM recommendations WHERE kind = :k ORDER BY id", {"k": kind})]


def test_a_spike_seen_again_with_another_first_hour_is_the_same_recommendation(store):
    [first] = announce(store, [spike(T0, T0 + 4 * HOUR)], T0 + 5 * HOUR)
    # The next pass judges the first hour against a new usual level: it starts an hour later, ends later.
    [again] = announce(store, [spike(T0 + HOUR, T0 + 5 * HOUR)], T0 + 6 * HOUR)
    assert again == first and ids(store, "spike") == [first]
    text = store.scalar("SELECT text FROM recommendations WHERE id = :i", {"i": first})
    assert text == f"spike at {T0 + HOUR}", "updated, not frozen"


def test_a_later_spike_and_another_groups_spike_are_new_recommendations(store):
    [first] = announce(store, [spike(T0, T0 + 2 * HOUR)], T0 + 3 * HOUR)
    later, other = announce(store, [spike(T0 + DAY, T0 + DAY + HOUR), spike(T0, T0 + 2 * HOUR, "Other/critical/x")],
                            T0 + DAY + 2 * HOUR)
    assert len({first, later, other}) == 3


def test_a_change_point_redated_by_a_later_pass_keeps_its_id_but_a_reversal_is_new(store):
    [first] = announce(store, [shift(T0)], T0 + 4 * DAY)
    [again] = announce(store, [shift(T0 + DAY)], T0 + 5 * DAY)
    assert again == first
    [back_down] = announce(store, [shift(T0 + 2 * DAY, before=0.8, after=0.3)], T0 + 6 * DAY)
    assert back_down != first and len(ids(store, "change_point")) == 2


def test_two_shifts_found_in_one_pass_never_share_one_id(store):
    announce(store, [shift(T0)], T0 + 4 * DAY)
    a, b = announce(store, [shift(T0 + HOUR), shift(T0 + 2 * DAY)], T0 + 5 * DAY)
    assert a != b


class Clock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def test_store_figures_are_recomputed_once_the_cache_is_older_than_its_age():
    clock, calls = Clock(), []

    def producer():
        calls.append(clock.t)
        family = GaugeMetricFamily("aihelper_test_figure", "A figure.")
        family.add_metric([], len(calls))
        return [family]

    snapshot = metrics.SnapshotCollector(max_age=10.0, clock=clock)
    snapshot.store_up = lambda: True
    snapshot.register(producer)
    assert [m.samples[0].value for m in snapshot.collect()] == [1]
    clock.t = 9.0
    assert [m.samples[0].value for m in snapshot.collect()] == [1], "within the cache age: not recomputed"
    clock.t = 10.0
    assert [m.samples[0].value for m in snapshot.collect()] == [2]


def test_a_failing_producer_keeps_its_previous_figures_and_the_others_still_refresh():
    clock, state = Clock(), {"fail": False, "n": 0}

    def flaky():
        if state["fail"]:
            raise ConnectionError("store down")
        return [GaugeMetricFamily("aihelper_test_flaky", "Flaky.", value=1)]

    def steady():
        state["n"] += 1
        return [GaugeMetricFamily("aihelper_test_steady", "Steady.", value=state["n"])]

    snapshot = metrics.SnapshotCollector(max_age=0.0, clock=clock)
    snapshot.store_up = lambda: True
    snapshot.register(flaky)
    snapshot.register(steady)
    snapshot.collect()
    state["fail"] = True
    served = {m.name: m.samples[0].value for m in snapshot.collect()}
    assert served == {"aihelper_test_flaky": 1, "aihelper_test_steady": 2}


def test_a_store_figure_clashing_with_a_live_metric_is_refused_at_registration():
    snapshot = metrics.SnapshotCollector()
    snapshot.store_up = lambda: True
    snapshot.register(lambda: [GaugeMetricFamily("aihelper_test_clash", "From the store.", value=1)])
    live = CollectorRegistry()
    Gauge("aihelper_test_clash", "Live.", registry=live)
    registry = CollectorRegistry(auto_describe=True)
    registry.register(metrics._Delegate(live))
    with pytest.raises(ValueError, match="aihelper_test_clash"):
        registry.register(snapshot)


def test_while_the_store_is_down_a_scrape_serves_the_previous_figures_without_waiting():
    calls = []
    snapshot = metrics.SnapshotCollector(max_age=0.0)
    snapshot.register(lambda: calls.append(1) or [GaugeMetricFamily("aihelper_test_kept", "Kept.", value=1)])
    up = {"ok": True}
    snapshot.store_up = lambda: up["ok"]
    snapshot.collect()
    up["ok"] = False
    assert [m.name for m in snapshot.collect()] == ["aihelper_test_kept"] and len(calls) == 1


def feedback_count(client, target: str, rating: str) -> float:
    text = client.get("/metrics").get_data(as_text=True)
    line = f'aihelper_feedback_total{{rating="{rating}",target="{target}"}} '
    return float(next(ln for ln in text.splitlines() if ln.startswith(line)).split()[-1])


def test_feedback_sent_as_audit_events_is_counted_once(client):
    before = feedback_count(client, "answer", "not_helpful")
    rated = event(7, kind="feedback", rating="not_helpful", text="wrong cluster")
    for _ in range(2):  # a retry stores and counts nothing twice
        assert client.post("/api/v1/events", json=[rated], headers=auth("tok-acme")).status_code < 300
    assert feedback_count(client, "answer", "not_helpful") == before + 1


def test_http_requests_are_counted_by_route_template_and_status(client):
    client.get("/api/v1/recommendations", headers=auth("tok-acme"))
    client.get("/api/v1/cases/not-a-case-id", headers=auth("tok-acme"))
    client.get("/no/such/path")
    text = client.get("/metrics").get_data(as_text=True)
    assert 'aihelper_http_requests_total{method="GET",route="/api/v1/recommendations",status="200"}' in text
    assert 'route="/api/v1/cases/<case_id>"' in text
    assert 'route="unmatched",status="404"' in text
    assert "not-a-case-id" not in text, "ids never become label values"
    assert "process_resident_memory_bytes" in text and "python_info" in text
