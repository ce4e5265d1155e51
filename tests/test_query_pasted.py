"""Questions pasted as PromQL or LogQL against the same question in prose (issue 15, round 13).

Each rule case sits beside a twin that must stay apart: a sibling value, a complement or another grouping."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from detectors.query_compare import PASTED_QUERY, relate
from exporter.querymem.lookup import judge
from exporter.querymem.policy import MemoryPolicy
from exporter.querymem.reading import read_question
from exporter.store import to_json

T0 = datetime(2026, 3, 10, 12, 0, tzinfo=UTC).timestamp()


def facts(text: str):
    """What is asked, the time phrases taken out as the product reads a question."""
    return read_question(text, T0, "UTC").facts


def kind(a: str, b: str) -> str:
    return relate(facts(a), facts(b)).kind


@pytest.mark.parametrize("query, prose", [
    # a LogQL range aggregation counts log lines; the parser stage says how a line is split
    ('sum(count_over_time({app="emu-web", stream="access"} | json | status="503" [1h]))',
     "count of 503s in the emu-web access logs"),
    ('{app="yak-auth", stream="audit"} |= "denied"', "the denied entries in the yak-auth audit log"),
    ('sum by (level) (count_over_time({app="vole-api"} | logfmt | level=~"error|fatal" [6h]))',
     "error + fatal log lines from vole-api, split by level"),
    # the rate of a counter of seconds is a usage; container_ says where it was measured
    ('sum(rate(container_cpu_usage_seconds_total{cluster="tapir-prod", pod=~"emu-web-.*"}[5m]))',
     "cpu usage of emu-web in tapir-prod"),
    ('topk(5, sum by (pod) (count_over_time({namespace="lynx"} |= "OOMKilled" [24h])))',
     "top 5 pods in the lynx namespace by OOMKilled log lines"),
])
def test_a_pasted_query_reads_as_the_same_question_in_prose(query, prose):
    assert kind(query, prose) == "same"
    assert relate(facts(query), facts(prose)).intent_same


@pytest.mark.parametrize("query, prose", [
    ('sum(count_over_time({app="emu-web", stream="access"} | json | status="503" [1h]))',
     "count of 500s in the emu-web access logs"),  # another status code
    ('{app="yak-auth", stream="audit"} |= "denied"', "the granted entries in the yak-auth audit log"),
    ('{app="yak-auth", stream="audit"} != "denied"', "the denied entries in the yak-auth audit log"),  # complement
    ('sum(rate(container_memory_usage_bytes_total{cluster="tapir-prod", pod=~"emu-web-.*"}[5m]))',
     "cpu usage of emu-web in tapir-prod"),  # memory is not cpu
])
def test_twins_of_a_pasted_query_stay_apart(query, prose):
    assert kind(query, prose) == "conflict"


def test_grouping_in_promql_is_the_breakdown_in_prose():
    by_code = 'sum by (code) (rate(http_requests_total{service="emu-web"}[5m]))'
    assert relate(facts(by_code), facts("emu-web request rate broken down by status code")).intent_same
    assert facts(by_code).intent == "breakdown" and "by-code" in facts(by_code).terms
    assert "by-service" in facts('sum by (service) (rate(http_requests_total[5m]))').terms
    assert facts("errors split by level").intent == facts("errors broken down by level").intent == "breakdown"


def test_log_lines_entries_and_logs_are_one_subject_and_lines_alone_are_log_lines():
    assert kind("error log lines from vole-api", "error logs from vole-api") == "same"
    assert kind("error log entries from vole-api", "error logs from vole-api") == "same"
    assert kind('vole-api "timeout" line count', 'count of "timeout" logs on vole-api') == "same"
    assert kind("audit log lines from vole-api", "error log lines from vole-api") == "conflict"


@pytest.mark.parametrize("text, pasted", [
    ('histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="emu"}[5m])))', True),
    ('count_over_time({app="emu"} |= "x" [1h])', True),
    ("p95 latency of emu over the last hour", False),
    # operators the reader does not read: a ratio of two series, a shift in time, a comparison
    ('sum(rate(errors_total{service="emu"}[5m])) / sum(rate(requests_total{service="emu"}[5m]))', False),
    ('rate(http_requests_total{service="emu"}[5m] offset 1d)', False),
    ('rate(http_requests_total{service="emu"}[5m]) > 10', False),
])
def test_only_a_paste_the_reader_reads_whole_is_marked(text, pasted):
    assert (PASTED_QUERY in facts(text).mentioned) is pasted


def _row(text: str, at: float) -> dict:
    reading = read_question(text, at, "UTC")
    return {"intent": to_json(reading.as_dict()), "query_text": text, "executed_at": at, "expires_at": at + 600,
            "range_start": None, "range_end": None}


def test_the_wording_guard_is_not_held_against_a_pasted_query_and_is_held_against_prose():
    policy = MemoryPolicy()
    low = policy.hit_similarity - 0.2  # what MiniLM gives code against prose (0.44-0.53 on dev pairs)
    row = _row("p95 latency for emu-web /v3/license over the last hour", T0)
    pasted = 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="emu-web", ' \
             'handler="/v3/license"}[5m]))) for the past 60 min'
    asked = read_question(pasted, T0 + 120, "UTC")
    c = judge(asked, row, low, T0 + 120, policy)
    assert c.decision == "hit" and "PromQL" in c.why["wording"]
    # prose against prose keeps the guard where a word stands on one side only ("just"); the same content words
    # alone, only the grammar apart, are no longer held to it (round 17: `detectors.query_wording`)
    prose = read_question("just the 95th percentile latency of emu-web /v3/license, past 60 min", T0 + 120, "UTC")
    assert judge(prose, row, low, T0 + 120, policy).decision == "partial"
    same = read_question("95th percentile latency of emu-web /v3/license, past 60 min", T0 + 120, "UTC")
    assert judge(same, row, low, T0 + 120, policy).decision == "hit"
    other = read_question(pasted.replace("emu-web", "yak-web"), T0 + 120, "UTC")
    assert judge(other, row, low, T0 + 120, policy).decision == "miss"  # the guard was never what kept siblings apart


@pytest.mark.parametrize("a, b", [
    ("Please confirm how many warning alerts are firing for yak-web right now",
     "number of warn alerts currently firing for yak-web"),
    ("Could you share the incidents for the tapir team since Monday, thank you", "list the incidents for the tapir team"),
    ("emu-web error rate, past 60 mins - what's the number?", "emu-web error rate in the last hour"),
    ("Where are we on the emu-web error rate for the last hour?", "emu-web error rate in the last hour"),
])
def test_a_polite_request_verb_and_a_closing_ask_for_the_value_say_nothing_of_the_substance(a, b):
    rel = relate(facts(a), facts(b))
    assert rel.kind == "same" and rel.intent_same


@pytest.mark.parametrize("a, b", [
    ("what share of emu-web requests failed", "how many emu-web requests failed"),  # a share is no count
    ("confirmed incidents for the tapir team", "incidents for the tapir team"),  # a state, not a request verb
    ("where are the emu-web pods running", "emu-web pods running"),  # a real "where"
])
def test_twins_where_the_same_words_carry_the_question(a, b):
    rel = relate(facts(a), facts(b))
    assert rel.kind != "same" or not rel.intent_same


def test_what_was_done_asks_which_things_and_a_count_answers_it_only_in_part():
    listing, count = facts("What was deployed on yak-web yesterday?"), facts("How many deploys on yak-web yesterday?")
    assert listing.intent == "list" and not relate(listing, count).intent_same
    assert relate(listing, facts("which deploys went to yak-web yesterday")).intent_same
    assert facts("what was the error rate of yak-web").intent is None  # a value, no list
    # the place it went to is no value (round 14: "deployed to" had been left out with "set to 5")
    assert facts("What was deployed to yak-web yesterday?").intent == "list"
    assert not relate(facts("What was deployed to yak-web yesterday?"), facts("yak-web deploy count yesterday")).intent_same
    assert facts("what was yak-web scaled to 10 replicas").intent != "list"


def test_a_log_query_returns_its_lines_so_a_count_of_them_answers_it_only_in_part():
    """Round 14: the one wrong hit round 13's rules served on test13 was a LogQL log query (lines) against the same
    selector under count_over_time (a number); the guard no longer stood between them, so the paste must carry its
    intent."""
    lines = '{app="emu-web", env="prod"} |= "level=error" last 15m'
    counted = 'sum(count_over_time({app="emu-web", env="prod"} |= "level=error" [15m]))'
    assert facts(lines).intent == "list" and facts(counted).intent == "count"
    assert not relate(facts(lines), facts(counted)).intent_same
    row = _row(lines, T0)
    asked = read_question(counted, T0 + 60, "UTC")
    assert judge(asked, row, MemoryPolicy().hit_similarity - 0.1, T0 + 60, MemoryPolicy()).decision == "partial"
    # twins: the same lines asked in prose, and the lines parsed by a stage, stay the same question
    for prose in ("emu-web prod error-level logs, past 15 minutes", "show the emu-web prod error logs, last 15 min"):
        rel = relate(facts(lines), facts(prose))
        assert rel.kind == "same" and rel.intent_same
    assert facts('{app="emu-web"} | logfmt | level="error"').intent == "list"
    assert facts('rate({app="emu-web"} |= "timeout" [5m])').intent != "list"  # a range aggregation is a number


@pytest.mark.parametrize("a, b", [
    # an aggregation by a label keeps its statistic: the max per pod is not the total per pod
    ('max by (pod) (rate(container_cpu_usage_seconds_total{namespace="emu"}[5m]))',
     'sum by (pod) (rate(container_cpu_usage_seconds_total{namespace="emu"}[5m]))'),
    ('avg by (pod) (rate(container_cpu_usage_seconds_total{namespace="emu"}[5m]))', "cpu usage per pod in the emu namespace"),
    # a histogram's _count (how many) and _sum (the total observed) are two measures, not the words count and sum
    ('sum(rate(http_request_duration_seconds_count{service="emu"}[5m]))',
     'sum(rate(http_request_duration_seconds_sum{service="emu"}[5m]))'),
])
def test_pastes_that_differ_in_an_aggregation_or_a_histogram_series_are_not_the_same_question(a, b):
    """Adversarial twins of the wording-guard exemption (round 14): with the similarity forced below any guard,
    neither order is a hit."""
    policy = MemoryPolicy()
    for x, y in ((a, b), (b, a)):
        assert judge(read_question(y, T0 + 60, "UTC"), _row(x, T0), 0.3, T0 + 60, policy).decision != "hit"


def test_a_sum_or_count_by_a_label_is_still_the_plain_breakdown():
    assert kind('sum by (level) (count_over_time({app="vole-api"} | logfmt | level=~"error|fatal" [6h]))',
                "error + fatal log lines from vole-api, split by level") == "same"
    assert facts('max by (pod) (rate(container_cpu_usage_seconds_total[5m]))').stat == "max"


@pytest.mark.parametrize("a, b, expected", [
    # a kubectl command (round 14): -n is the namespace, grep -c / wc -l count the lines kept
    ("how many pods in CrashLoopBackOff in ns lynx right now", "kubectl get pods -n lynx | grep -c CrashLoopBackOff",
     "same"),
    ("how many pods in CrashLoopBackOff in ns lynx right now", "kubectl get pods -n tapir | grep -c CrashLoopBackOff",
     "conflict"),
    ("pods in CrashLoopBackOff in ns lynx", "kubectl get pods -n lynx | grep Pending", "conflict"),
    ("kubectl get pods -n lynx | grep Running", "kubectl get pods -n lynx | grep -v Running", "conflict"),
])
def test_a_pasted_kubectl_command_reads_as_its_namespace_filter_and_count(a, b, expected):
    assert kind(a, b) == expected
    if expected == "same":
        assert facts(b).intent == "count" and relate(facts(a), facts(b)).intent_same


def test_may_i_is_the_verb_not_the_month():
    """"May I see ..." left an unread time word "may" on one side, so the polite question asked something of the range
    the other did not (round 14, dev13)."""
    polite = facts("May I please see the trend of lynx queue depth over the last 7 days?")
    assert relate(polite, facts("how has the lynx queue depth trended during the past week")).intent_same
    assert not relate(facts("lynx queue depth, may"), facts("lynx queue depth")).intent_same  # the month, unread


def test_a_statistic_over_time_of_a_metric_reads_as_that_statistic_and_its_unit_is_no_filter():
    hottest = facts('max(max_over_time(lynx_motor_temp_celsius{yard="ald"}[2h]))')
    assert hottest.stat == "max" and "abov" not in hottest.terms and not any("celsius" in t for t in hottest.terms)
    assert facts("quantile_over_time(0.99, lynx_lag_seconds[1h])").stat == "p99"
    # twins: another statistic, and a ratio (a measure, not a unit) against a count
    assert not relate(facts("max_over_time(lynx_temp_celsius[2h])"), facts("min_over_time(lynx_temp_celsius[2h])")).stat_same
    assert kind("lynx_cache_hit_ratio", "lynx_cache_hit_total") != "same"


def _not_a_hit_either_way(a: str, b: str) -> None:
    """Judged as the product judges a pair, with the wording guard passed (MiniLM gives such twins 0.89-0.98), so
    only the reading can keep them apart (review of round 14)."""
    policy = MemoryPolicy()
    for x, y in ((a, b), (b, a)):
        assert judge(read_question(y, T0 + 60, "UTC"), _row(x, T0), 0.99, T0 + 60, policy).decision != "hit", (x, y)


@pytest.mark.parametrize("a, b", [
    ('max_over_time(ups_output_volts{site="ald"}[1h])', 'max_over_time(ups_output_amperes{site="ald"}[1h])'),
    ('lynx_pump_watts{yard="ald"}', 'lynx_pump_joules{yard="ald"}'),
    ('max_over_time(lynx_temp_celsius{yard="ald"}[2h])', 'max_over_time(lynx_temp_fahrenheit{yard="ald"}[2h])'),
])
def test_two_different_units_are_two_quantities(a, b):
    _not_a_hit_either_way(a, b)
    assert kind(a, b) == "conflict"


def test_a_unit_against_a_side_naming_none_is_still_no_filter():
    assert kind('max(max_over_time(lynx_motor_temp_celsius{yard="ald"}[2h]))', "max lynx motor temp in ald") \
        == "same"
    assert kind("max_over_time(lynx_temp_celsius[2h])", "max_over_time(lynx_temp_celsius[2h])") == "same"


def test_a_node_metric_and_a_container_metric_are_two_things():
    node = 'sum(rate(node_network_receive_bytes_total{cluster="tapir"}[5m]))'
    _not_a_hit_either_way(node, node.replace("node_", "container_"))
    assert kind(node, node.replace("node_", "container_")) == "conflict"
    assert kind('sum(rate(container_cpu_usage_seconds_total{cluster="tapir-prod", pod=~"emu-web-.*"}[5m]))',
                "cpu usage of emu-web in tapir-prod") == "same"  # a side naming none


def test_a_counters_rate_and_the_raw_counter_are_two_statistics():
    rate = 'rate(container_cpu_usage_seconds_total{pod="emu-web-1"}[5m])'
    raw = 'container_cpu_usage_seconds_total{pod="emu-web-1"}'
    _not_a_hit_either_way(rate, raw)
    assert not relate(facts(rate), facts(raw)).stat_same
    assert relate(facts(rate), facts("sum(" + rate + ")")).stat_same  # the same rate, only summed


@pytest.mark.parametrize("a, b", [
    ("kubectl top pods -n lynx", "kubectl get pods -n lynx"),
    ("kubectl logs deploy/emu-web -n lynx", "kubectl describe deploy/emu-web -n lynx"),
    ("kubectl -n lynx top pods", "kubectl -n lynx get pods"),
])
def test_a_kubectl_verb_is_what_the_command_asks_for(a, b):
    _not_a_hit_either_way(a, b)
    assert kind(a, b) == "conflict"
    assert kind(a, a.replace("lynx", "lynx ")) == "same"


def test_a_kubectl_list_piped_into_grep_is_a_list_and_a_count_answers_it_only_in_part():
    paste, prose = "kubectl get pods -n lynx | grep CrashLoopBackOff", "how many pods in CrashLoopBackOff in ns lynx"
    _not_a_hit_either_way(paste, prose)
    assert facts(paste).intent == "list"
    assert facts(paste + " | wc -l").intent == "count" and kind(paste + " | wc -l", prose) == "same"


@pytest.mark.parametrize("a, b", [
    ('count by (pod) (kube_pod_container_status_restarts_total{namespace="lynx"})',
     'sum by (pod) (kube_pod_container_status_restarts_total{namespace="lynx"})'),
    ('sum by (code) (rate(http_requests_total{service="emu"}[5m]))',
     'count by (code) (rate(http_requests_total{service="emu"}[5m]))'),
])
def test_a_count_and_a_sum_by_a_label_are_two_statistics(a, b):
    _not_a_hit_either_way(a, b)
    assert not relate(facts(a), facts(b)).stat_same


def test_the_wording_guard_is_waived_for_a_paste_against_prose_only():
    """Two pastes are code against code, which the embedding compares: a far pair of them stays a partial."""
    policy = MemoryPolicy()
    a = 'sum by (code) (rate(http_requests_total{service="emu"}[5m]))'
    b = 'sum by (code) (rate(http_requests_total{service="emu"}[5m] ))'
    assert kind(a, b) == "same"
    assert judge(read_question(b, T0 + 60, "UTC"), _row(a, T0), 0.3, T0 + 60, policy).decision == "partial"


@pytest.mark.parametrize("a, b", [
    ("how many image pushes to release registry today", "how many images in release registry today"),
    ("how many releases did we push back this week", "how many releases did we ship this week"),
])
def test_a_push_of_something_else_than_a_deploy_or_a_delay_is_no_shipping(a, b):
    _not_a_hit_either_way(a, b)
    assert kind("push the deploys to emu today", "ship the deploys to emu today") == "same"


def test_an_option_of_a_command_piped_after_kubectl_is_not_kubectls():
    """"| tail -n 100" is no namespace 100, "| grep -a" no every namespace (review of round 14)."""
    assert "namespac" not in facts("kubectl logs emu-web | tail -n 100").mentioned
    assert "namespac" in facts("kubectl logs emu-web -n lynx | tail -n 100").mentioned
    assert "all" not in facts("kubectl get pods -n lynx | grep -a Running").mentioned
    assert "all" in facts("kubectl get pods -A | grep Running").mentioned
