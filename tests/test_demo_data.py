"""The demo generator's promises: repeatable, inside its window, API-shaped, carrying what PLANTED says."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta

import pytest

from exporter.demo import DEMO_ORGS, FIRING_ENDS_AT, PLANTED, generate_demo
from exporter.demo import fingerprint as label_fingerprint
from exporter.ingest.schemas import (
    EVENT_KINDS,
    RATINGS,
    SESSION_TYPES,
    AlertmanagerWebhook,
    AuditEvent,
    QuerySummary,
)

# A Friday evening with sub-second noise, so window edges and the latest planted Friday are both exercised.
NOW = datetime(2026, 11, 20, 18, 30, 15, 123456, tzinfo=UTC)
START = NOW - timedelta(weeks=8)
SOURCES = {"prometheus", "loki", "tempo", "grafana"}
OTHER_SEEDS = (7, 2024)


_cache: dict[int, object] = {}


def demo_for(seed: int):
    if seed not in _cache:
        _cache[seed] = generate_demo(NOW, seed=seed)
    return _cache[seed]


@pytest.fixture(scope="module")
def demo():
    return demo_for(42)


def ts(value: str) -> datetime:
    return datetime.fromisoformat(value)


def alert_starts(data, org: str, **labels: str) -> list[datetime]:
    """Each alert occurrence once (fingerprint and start), however many payloads mention it."""
    seen = {}
    for payload in data.orgs[org].alert_webhooks:
        for a in payload["alerts"]:
            if all(a["labels"].get(k) == v for k, v in labels.items()):
                seen[(a["fingerprint"], a["startsAt"])] = ts(a["startsAt"])
    return sorted(seen.values())


def weeks_ago(t: datetime) -> int:
    return int((NOW - t) / timedelta(weeks=1))


def sessions(data, org: str = "acme") -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for ev in data.orgs[org].events:
        out[ev["session_id"]].append(ev)
    return out


def user_queries(data, org: str = "acme") -> list[dict]:
    return [e for e in data.orgs[org].events if e["kind"] == "user_query"]


# -- repeatable, bounded, API-shaped -------------------------------------------------------------------


def test_same_inputs_give_identical_output(demo):
    again = generate_demo(NOW)
    assert again == demo
    assert (
        generate_demo(NOW, seed=43, weeks=1).orgs["acme"].events
        != generate_demo(NOW, weeks=1).orgs["acme"].events
    )


def test_naive_now_is_taken_as_utc():
    assert generate_demo(NOW.replace(tzinfo=None), weeks=1) == generate_demo(NOW, weeks=1)


def test_everything_lies_in_the_window(demo):
    for org in DEMO_ORGS:
        d = demo.orgs[org]
        stamps = [e["timestamp"] for e in d.events]
        stamps += [q[k] for q in d.queries for k in ("range_start", "range_end", "executed_at")]
        for payload in d.alert_webhooks:
            for a in payload["alerts"]:
                stamps.append(a["startsAt"])
                if a["status"] == "resolved":
                    stamps.append(a["endsAt"])
                else:
                    assert a["endsAt"] == FIRING_ENDS_AT
        assert all(s.endswith("Z") for s in stamps)
        times = [ts(s) for s in stamps]
        assert min(times) >= START and max(times) <= NOW


def test_a_shorter_window_stays_inside_itself():
    short = generate_demo(NOW, weeks=2)
    events = short.orgs["acme"].events
    assert events and ts(events[0]["timestamp"]) >= NOW - timedelta(weeks=2)
    with pytest.raises(ValueError):
        generate_demo(NOW, weeks=0)


def test_every_payload_passes_the_api_schemas(demo):
    for d in demo.orgs.values():
        for e in d.events:
            AuditEvent.model_validate(e)
        for q in d.queries:
            QuerySummary.model_validate(q)
        for p in d.alert_webhooks:
            AlertmanagerWebhook.model_validate(p)


def test_events_have_required_keys_and_valid_enums(demo):
    required = {"id", "timestamp", "user", "session_id", "session_type", "kind", "text"}
    for org in DEMO_ORGS:
        for e in demo.orgs[org].events:
            assert required <= e.keys()
            assert e["session_type"] in SESSION_TYPES and e["kind"] in EVENT_KINDS
            assert re.fullmatch(rf"u-{org}-\d\d", e["user"])
            assert set(e.get("data_sources", [])) <= SOURCES
            if e["kind"] == "feedback":
                assert e["rating"] in RATINGS
            else:
                assert "rating" not in e
            if e["kind"] in ("action", "execution_result"):
                assert e["command"]
            if e["kind"] == "execution_result":
                assert isinstance(e["success"], bool) and e["execution_time_seconds"] >= 0
            if e["kind"] == "page_context":
                assert e["page"]["url"].startswith(f"https://grafana.{org}.example/") and e["page"]["title"]
            if e["kind"] in ("llm_request", "llm_response"):
                assert e["model"] in ("gpt-4o", "claude-sonnet", "llama3-70b")
            if e["kind"] == "llm_response":
                assert e["execution_time_seconds"] > 0 and isinstance(e["success"], bool)


def test_ids_are_unique_stable_strings_and_feedback_points_at_an_answer(demo):
    for org in DEMO_ORGS:
        d = demo.orgs[org]
        ids = [e["id"] for e in d.events]
        assert len(set(ids)) == len(ids)
        assert all(re.fullmatch(rf"demo-{org}-evt-\d{{6}}", i) for i in ids)
        assert all(re.fullmatch(rf"demo-{org}-qry-\d{{6}}", q["id"]) for q in d.queries)
        assert all(re.fullmatch(rf"demo-{org}-ses-\d{{6}}", e["session_id"]) for e in d.events)
        assert [e["timestamp"] for e in d.events] == sorted(e["timestamp"] for e in d.events)
        by_id = {e["id"]: e for e in d.events}
        for fb in (e for e in d.events if e["kind"] == "feedback"):
            answer = by_id[fb["target_id"]]
            assert answer["kind"] == "llm_response" and answer["session_id"] == fb["session_id"]


def test_query_summaries_have_the_documented_shape(demo):
    keys = {
        "id",
        "user",
        "session_id",
        "query_text",
        "relative_expression",
        "range_start",
        "range_end",
        "result_summary",
        "headline_value",
        "key_insights",
        "data_sources",
        "execution_time_seconds",
        "success",
        "executed_at",
        "personal",
    }
    for org in DEMO_ORGS:
        qs = demo.orgs[org].queries
        session_ids = {e["session_id"] for e in demo.orgs[org].events}
        for q in qs:
            assert q.keys() == keys
            assert q["session_id"] in session_ids
            assert set(q["data_sources"]) <= SOURCES
            assert ts(q["range_start"]) <= ts(q["range_end"])
            assert (q["headline_value"] is not None) == q["success"]
        assert 0 < sum(q["personal"] for q in qs) < 0.1 * len(qs)
        assert any(q["relative_expression"] is None for q in qs)


def test_alert_counts_in_answers_agree_with_the_alert_history(demo):
    starts = defaultdict(list)
    for p in demo.orgs["acme"].alert_webhooks:
        for a in p["alerts"]:
            if a["labels"]["severity"] == "critical":
                starts[(a["fingerprint"], a["startsAt"])] = ts(a["startsAt"])
    critical = list(starts.values())
    asked = [
        q for q in demo.orgs["acme"].queries if q["relative_expression"] == "last 24 hours" and q["success"]
    ]
    assert len(asked) > 20
    for q in asked:
        lo, hi = ts(q["range_start"]), ts(q["range_end"])
        assert q["headline_value"] == sum(lo <= t <= hi for t in critical)


# -- alert payloads ------------------------------------------------------------------------------------


def test_fingerprints_are_alertmanager_style_and_stable_per_label_set(demo):
    by_labels: dict[tuple, set[str]] = defaultdict(set)
    for p in demo.orgs["acme"].alert_webhooks:
        assert p["version"] == "4" and p["receiver"] == "learning-exporter"
        assert p["externalURL"] == "http://alertmanager.example:9093"
        for a in p["alerts"]:
            assert re.fullmatch(r"[0-9a-f]{16}", a["fingerprint"])
            assert a["fingerprint"] == label_fingerprint(a["labels"])
            assert {"alertname", "severity", "service", "instance"} <= a["labels"].keys()
            assert a["annotations"]["summary"] and a["annotations"]["description"]
            by_labels[tuple(sorted(a["labels"].items()))].add(a["fingerprint"])
            assert a["labels"].items() >= p["commonLabels"].items()
    assert all(len(fps) == 1 for fps in by_labels.values())


def test_each_alert_fires_before_it_resolves_and_some_payloads_batch(demo):
    for org in DEMO_ORGS:
        fired: dict[tuple[str, str], int] = {}
        resolved = 0
        for i, p in enumerate(demo.orgs[org].alert_webhooks):
            assert {a["status"] for a in p["alerts"]} == {p["status"]}
            for a in p["alerts"]:
                key = (a["fingerprint"], a["startsAt"])
                if a["status"] == "firing":
                    fired[key] = i
                else:
                    resolved += 1
                    assert fired[key] < i and ts(a["endsAt"]) > ts(a["startsAt"])
        assert resolved > 0.9 * len(fired)
        if org == "acme":
            assert any(len(p["alerts"]) > 1 for p in demo.orgs[org].alert_webhooks)


@pytest.mark.parametrize("seed", (42, *OTHER_SEEDS))
def test_friday_reports_peak_is_visible(seed):
    spec = PLANTED["friday_peak"]
    starts = alert_starts(demo_for(seed), spec["org"], **spec["group"])
    by_hour = Counter((t.weekday(), t.hour) for t in starts)
    peak = by_hour[(spec["weekday"], spec["hour"])]
    others = (len(starts) - peak) / (7 * 24 - 1)
    assert peak >= 3 * others
    in_peak = [t for t in starts if (t.weekday(), t.hour) == (spec["weekday"], spec["hour"])]
    weeks_with_peak = {weeks_ago(t) for t in in_peak}
    assert len(weeks_with_peak) >= 6 and {0, 1, 2, 3} <= weeks_with_peak


def test_friday_peak_alerts_name_the_weekly_reports_job(demo):
    spec = PLANTED["friday_peak"]
    for p in demo.orgs["acme"].alert_webhooks:
        for a in p["alerts"]:
            t = ts(a["startsAt"])
            planted = (t.weekday(), t.hour) == (spec["weekday"], spec["hour"])
            planted = planted and weeks_ago(t) not in spec["absent_weeks_ago"]
            if planted and (a["labels"]["alertname"], a["labels"]["service"]) == (
                "DBSlowQueries",
                "orders-db",
            ):
                assert "weekly reports job" in a["annotations"]["description"]


@pytest.mark.parametrize("seed", (42, *OTHER_SEEDS))
def test_monday_morning_spike_is_visible(seed):
    spec = PLANTED["monday_spike"]
    starts = alert_starts(demo_for(seed), spec["org"])
    monday = [t for t in starts if t.weekday() == spec["weekday"] and t.hour in spec["hours"]]
    weekdays = [t for t in starts if t.weekday() in (1, 2, 3, 4) and t.hour in spec["hours"]]
    assert len(monday) / 8 >= 2 * len(weekdays) / 32
    spiking = Counter(weeks_ago(t) for t in monday)
    assert sum(1 for k in range(8) if spiking[k] >= 4) >= 6
    for group in spec["groups"]:
        assert any(
            t.weekday() == spec["weekday"] and t.hour in spec["hours"]
            for t in alert_starts(demo_for(seed), spec["org"], **group)
        )


@pytest.mark.parametrize("seed", (42, *OTHER_SEEDS))
def test_checkout_latency_alerts_double_after_the_deploy(seed):
    spec = PLANTED["level_shift"]
    starts = alert_starts(demo_for(seed), spec["org"], **spec["group"])
    deploy = NOW - spec["starts_before_now"]
    after = sum(t >= deploy for t in starts) / (NOW - deploy).total_seconds()
    before = sum(t < deploy for t in starts) / (deploy - START).total_seconds()
    assert after >= 1.7 * before


def test_planted_alert_patterns_stay_in_acme(demo):
    acme_only = {"orders-db", "checkout-api", "payments-api"}
    services = {a["labels"]["service"] for p in demo.orgs["globex"].alert_webhooks for a in p["alerts"]}
    assert services and not services & acme_only
    assert len(alert_starts(demo, "globex")) < len(alert_starts(demo, "acme")) / 2


# -- questions, habits, preferences --------------------------------------------------------------------


def test_a_repeated_question_comes_back_within_hours(demo):
    last_seen: dict[str, datetime] = {}
    repeats = 0
    for e in user_queries(demo):
        t, text = ts(e["timestamp"]), e["text"].lower()
        if text in last_seen and t - last_seen[text] <= timedelta(hours=3) and text != "explain more":
            repeats += 1
        last_seen[text] = t
    assert repeats >= 20


def test_paraphrases_of_the_same_question_are_asked(demo):
    asked = {e["text"] for e in user_queries(demo)}
    for phrasing in PLANTED["questions"]["critical_alerts_24h"]:
        assert phrasing in asked
    hosts = set()
    for text in asked:
        m = re.fullmatch(r"errors on (\S+) in the last (hour|2 hours)", text)
        if m:
            hosts.add(m.group(1))
    assert len(hosts) >= 3


def test_monday_morning_alert_habit(demo):
    habit = PLANTED["habits"]["monday_alerts"]
    weeks = {
        weeks_ago(t)
        for e in user_queries(demo)
        if e["user"] == habit["user"]
        and (t := ts(e["timestamp"])).weekday() == habit["weekday"]
        and abs(t.hour * 60 + t.minute - habit["hour"] * 60) <= 40
        and "alerts" in e["text"]
    }
    assert len(weeks) >= 8 - len(habit["absent_weeks_ago"]) - 1


def test_month_end_disk_habit(demo):
    habit = PLANTED["habits"]["month_end_disk"]
    disk = re.compile("|".join(p.replace("{host}", r"\S+") for p in PLANTED["questions"]["disk_space"]))
    asked = [
        ts(e["timestamp"])
        for e in user_queries(demo)
        if e["user"] == habit["user"] and e["session_type"] == "general" and disk.fullmatch(e["text"])
    ]
    assert len(asked) >= 2
    for t in asked:
        next_month = (t.date().replace(day=28) + timedelta(days=4)).replace(day=1)
        assert (next_month - t.date()).days <= habit["last_days_of_month"]


def test_user_preferences_show_in_the_events(demo):
    prefs = PLANTED["preferences"]
    events = demo.orgs["acme"].events
    models = {e["model"] for e in events if e["user"] == "u-acme-02" and "model" in e}
    assert models == {prefs["u-acme-02"]["model"]}
    assert (
        sum(prefs["u-acme-03"]["marker"] in e["text"] for e in user_queries(demo) if e["user"] == "u-acme-03")
        >= 10
    )
    follow = Counter(
        e["user"]
        for e in user_queries(demo)
        if e["text"].startswith(("explain more", "can you explain more"))
    )
    assert follow["u-acme-04"] == max(follow.values())
    globex_models = {
        e["model"] for e in demo.orgs["globex"].events if e["user"] == "u-globex-01" and "model" in e
    }
    assert globex_models == {prefs["u-globex-01"]["model"]}


def test_feedback_is_mostly_helpful(demo):
    ratings = Counter(e["rating"] for e in demo.orgs["acme"].events if e["kind"] == "feedback")
    assert set(ratings) == set(RATINGS)
    assert 0.5 <= ratings["helpful"] / sum(ratings.values()) <= 0.9


def test_page_context_points_at_grafana_dashboards(demo):
    pages = [e["page"] for e in demo.orgs["acme"].events if e["kind"] == "page_context"]
    assert len(pages) > 100
    assert any("/d/" in p["url"] and p.get("dashboard_uid") for p in pages)


def test_planted_secrets_are_there_to_be_redacted(demo):
    blob = "\n".join(
        e["text"] + "\n" + e.get("command", "") for org in DEMO_ORGS for e in demo.orgs[org].events
    )
    for secret in PLANTED["secrets"].values():
        assert secret in blob


# -- troubleshooting -----------------------------------------------------------------------------------


def troubleshooting(data, org: str = "acme") -> list[list[dict]]:
    return [evs for evs in sessions(data, org).values() if evs[0]["session_type"] == "troubleshooting"]


def test_troubleshooting_sessions_state_a_problem_run_commands_and_confirm_a_fix():
    data = demo_for(42)
    for org in DEMO_ORGS:
        found = troubleshooting(data, org)
        assert len(found) >= 4
        for evs in found:
            asks = [e for e in evs if e["kind"] == "user_query"]
            actions = [e for e in evs if e["kind"] == "action"]
            results = [e for e in evs if e["kind"] == "execution_result"]
            assert len(asks) >= 2 and "fixed" not in asks[0]["text"]
            assert len(actions) >= 2 and len(results) == len(actions)
            assert [a["command"] for a in actions] == [r["command"] for r in results]
            assert "fixed" in asks[-1]["text"] and asks[-1]["timestamp"] > actions[-1]["timestamp"]
            assert evs[-1]["kind"] == "feedback"


def test_a_recurring_problem_comes_back_on_other_hosts_with_the_same_fix(demo):
    spec = PLANTED["troubleshooting"]["high_cpu"]
    fixed_on = {}
    for evs in troubleshooting(demo):
        commands = {e["command"] for e in evs if e["kind"] == "action"}
        if spec["fix"]["prod"] in commands:
            host = re.search(
                r"server-\d\d", evs[1]["text"] if evs[0]["kind"] == "page_context" else evs[0]["text"]
            )
            fixed_on[host.group(0)] = ts(evs[0]["timestamp"])
    assert {h for h, _, _ in spec["occurrences"]} <= fixed_on.keys()
    assert fixed_on["server-01"] < fixed_on["server-03"]


def test_the_same_problem_is_fixed_differently_in_prod_and_dev(demo):
    spec = PLANTED["troubleshooting"]["econnrefused"]
    seen = Counter()
    for evs in troubleshooting(demo):
        problem = next(e["text"] for e in evs if e["kind"] == "user_query")
        if "ECONNREFUSED" not in problem:
            continue
        env = "prod" if "(prod)" in problem else "dev"
        assert f"({env})" in problem
        commands = {e["command"] for e in evs if e["kind"] == "action"}
        other = "dev" if env == "prod" else "prod"
        assert spec["fix"][env] in commands and spec["fix"][other] not in commands
        seen[env] += 1
    assert seen["prod"] >= 1 and seen["dev"] >= 1


# -- volume and speed ----------------------------------------------------------------------------------


def test_volume(demo):
    acme, globex = len(demo.orgs["acme"].events), len(demo.orgs["globex"].events)
    assert 5_000 <= acme <= 15_000 and 0 < globex < acme / 2
    assert len(demo.orgs["acme"].queries) > len(demo.orgs["globex"].queries) > 50
