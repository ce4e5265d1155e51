from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detectors.query_intent import FILTER_KEYS, INTENT_TYPES, SEVERITIES, SUBJECTS, parse_question

NOW = datetime(2024, 5, 8, 10, 30, tzinfo=UTC)  # a Wednesday


@pytest.mark.parametrize(
    "question, kind, subject, filters",
    [
        ("How many critical alerts in the last 24 hours?", "count", "alerts", {"severity": "critical"}),
        ("count of errors on server-03 today", "count", "errors", {"host": "server-03"}),
        ("number of p1 incidents last week", "count", "incidents", {"severity": "critical"}),
        ("are there any alarms firing in prod", "count", "alerts", {"environment": "production"}),
        ("list warning alerts since 9am", "list", "alerts", {"severity": "warning"}),
        ("show me errors on server-03 in the last hour", "list", "errors", {"host": "server-03"}),
        ("which alerts fired overnight", "list", "alerts", {}),
        ("what are the exceptions in the checkout service since yesterday", "list", "errors",
         {"service": "checkout"}),
        ("show logs for namespace kube-system in the past 30 minutes", "list", "logs",
         {"namespace": "kube-system"}),
        ("show spans for service=payments in the last 15m", "list", "traces", {"service": "payments"}),
        ("top 5 noisiest alerts this week", "top", "alerts", {}),
        ("which service has the most errors since monday", "top", "errors", {}),
        ("busiest hosts by cpu yesterday", "top", "metrics", {}),
        ("slowest traces in staging past day", "top", "traces", {"environment": "staging"}),
        ("cpu trend on db01.prod over the last day", "trend", "metrics", {"host": "db01.prod"}),
        ("is latency increasing on web-7", "trend", "metrics", {"host": "web-7"}),
        ("graph memory on 10.0.0.5 over time", "trend", "metrics", {"host": "10.0.0.5"}),
        ("compare errors today vs yesterday", "compare", "errors", {}),
        ("are there more 5xx today than yesterday", "compare", "errors", {"status_code": "5xx"}),
        ("incidents this week versus last week", "compare", "incidents", {}),
        ("is the checkout service up?", "status", None, {"service": "checkout"}),
        ("is payments down", "status", None, {"service": "payments"}),
        ("is web-7 healthy", "status", None, {"host": "web-7"}),
        ("status of the payments-api", "status", None, {"service": "payments-api"}),
        ("critical alerts in the past day", "count", "alerts", {"severity": "critical"}),
        ("outages in prod since midnight", "count", "incidents", {"environment": "production"}),
        ("how many 500 errors from the checkout service in staging", "count", "errors",
         {"status_code": "500", "service": "checkout", "environment": "staging"}),
        ("404s on the gateway svc last 2 hours", "count", "errors", {"status_code": "404", "service": "gateway"}),
        ("why is KubePodCrashLooping alert firing on node-12", "list", "alerts",
         {"alertname": "kubepodcrashlooping", "host": "node-12"}),
        ("alertname=HighCPU count last 2 weeks", "count", "alerts", {"alertname": "highcpu"}),
        ("error logs from web-3 between 2pm and 3pm", "count", "logs", {"host": "web-3"}),
        ("how many sev2 incidents in the past month", "count", "incidents", {"severity": "high"}),
        ("major incidents yesterday", "count", "incidents", {"severity": "high"}),
        ("high cpu on 10.0.0.5", "count", "metrics", {"host": "10.0.0.5"}),
        ("CRIT alerts in env=uat", "count", "alerts", {"severity": "critical", "environment": "uat"}),
        ("info level logs in dev", "count", "logs", {"severity": "info", "environment": "development"}),
        ("stack traces in the payments service", "count", "errors", {"service": "payments"}),
        ("failed requests on ip-10-0-3-17 in the last 30 mins", "count", "errors", {"host": "ip-10-0-3-17"}),
        ("restarts in the last day on pod api-0", "count", None, {"host": "api-0"}),
        ("alerts since 09:00 in eu-west-1", "count", "alerts", {}),
    ],
)
def test_real_phrasings_read_as_expected(question, kind, subject, filters):
    q = parse_question(question, NOW)
    assert (q.type, q.subject, q.filters) == (kind, subject, filters)


@pytest.mark.parametrize(
    "question, expression",
    [
        ("How many critical alerts in the last 24 hours?", "in the last 24 hours"),
        ("errors on 2024-05-01", "on 2024-05-01"),
        ("error logs from web-3 between 2pm and 3pm", "between 2pm and 3pm"),
        ("is latency increasing since 9am", "since 9am"),
    ],
)
def test_time_phrase_is_kept_with_the_intent(question, expression):
    assert parse_question(question, NOW).time_range.expression == expression


def test_same_question_in_other_words_has_the_same_key_and_length():
    a = parse_question("critical alerts in the past day", NOW)
    b = parse_question("how many critical alerts in the last 24 hours", NOW)
    assert a.key() == b.key()
    assert a.time_range.duration_seconds == b.time_range.duration_seconds
    assert a.same_question(b)


def test_other_window_differs_in_key_or_range():
    a = parse_question("warning alerts in the last 24 hours", NOW)
    b = parse_question("warning alerts in the last 7 days", NOW)
    assert a.key() != b.key() or not a.time_range.same_window(b.time_range)
    assert not a.same_question(b)
    assert a.key() != parse_question("critical alerts in the last 24 hours", NOW).key()


def test_last_24_hours_asked_today_is_not_yesterdays_question():
    asked = parse_question("errors in the last 24 hours", NOW)
    assert asked.same_question(parse_question("errors in the last 24 hours", NOW + timedelta(seconds=20)))
    assert not asked.same_question(parse_question("errors in the last 24 hours", NOW + timedelta(days=1)))
    assert asked.key() == parse_question("errors in the last 24 hours", NOW + timedelta(days=1)).key()


def test_comparison_keeps_its_baseline_range():
    q = parse_question("compare errors today vs yesterday", NOW)
    assert q.time_range.expression == "today" and q.compare_to.expression == "yesterday"
    assert "compared with: 'yesterday'" in q.notes


def test_missing_and_ambiguous_time_is_a_note_not_an_error():
    q = parse_question("how many alerts on checkout", NOW)
    assert q.time_range is None and "no time range found: semantic match only" in q.notes
    q = parse_question("how many alerts at 3", NOW)
    assert q.time_range is None and "ambiguous time: 'at 3'" in q.notes


def test_confidence_follows_how_much_was_understood():
    full = parse_question("How many critical alerts in the last 24 hours?", NOW).confidence
    bare = parse_question("critical alerts in the past day", NOW).confidence
    vague = parse_question("how many alerts in the last few hours", NOW).confidence
    nothing = parse_question("hello there", NOW).confidence
    assert full == 1.0 and nothing == 0.0
    assert full > bare > nothing and full > vague
    assert parse_question("is checkout up", NOW).confidence == 1.0


def test_key_is_canonical():
    q = parse_question("how many critical alerts on web-7 in prod", NOW)
    assert q.key() == "count:alerts;environment=production;host=web-7;severity=critical"


def test_calendar_phrases_use_the_askers_zone():
    q = parse_question("errors yesterday", NOW, tz="Asia/Tokyo")
    assert q.time_range.start == datetime(2024, 5, 6, 15, tzinfo=UTC)


words = st.sampled_from(
    ["how many", "show", "top", "trend", "vs", "is", "up", "critical", "alerts", "errors", "on", "web-7",
     "last", "24", "hours", "since", "yesterday", "service", "=", "namespace", "prod", "5xx", "KubeDown", "?",
     "between", "2pm", "and", "at", "3", "alertname=", "host", "'", '"', "-n"]
)


@settings(deadline=None, max_examples=200)
@given(st.one_of(st.text(max_size=100), st.lists(words, max_size=12).map(" ".join)))
def test_any_text_gives_a_well_formed_intent(text):
    q = parse_question(text, NOW, "Europe/Berlin")
    assert q.type in INTENT_TYPES and (q.subject is None or q.subject in SUBJECTS)
    assert set(q.filters) <= set(FILTER_KEYS) and all(v == v.lower() for v in q.filters.values())
    assert q.filters.get("severity", "critical") in SEVERITIES
    assert 0.0 <= q.confidence <= 1.0
    assert q.key() == parse_question(text, NOW + timedelta(days=3), "Europe/Berlin").key()
