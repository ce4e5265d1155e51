"""A question pasted as PromQL read by Prometheus's own naming conventions (issue 15, round 20, engineer qpara2).

The largest cause of missed hits shared by the writers, after names nobody declared, is a query pasted on one side
and prose on the other: the paste's metric name keeps words of the exposition format that prose never says. Read as
Prometheus's naming conventions describe them: a gauge's unit ``_bytes`` is how the value is written (memory working
set, not "bytes"); ``kube_`` opens every kube-state-metrics name; and the rate of a service's request counter is its
request rate, as prose says it. Each case beside a twin that must stay apart (another measure, another unit, a
counter of bytes, a sibling status class, a class's share of the requests), with invented names. A histogram's
``_bucket`` read the same way helped one writer only and was left out (bench/RESULTS.md, round 20, qpara2).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from detectors.query_compare import SHARE, read_facts
from exporter.querymem.lookup import judge
from exporter.querymem.policy import MemoryPolicy
from exporter.querymem.reading import read_question
from exporter.store import to_json

T0 = datetime(2026, 3, 10, 12, 0, tzinfo=UTC).timestamp()


def decision(a: str, b: str, similarity: float = 0.9) -> str:
    """The decision for ``b`` asked a minute after ``a``, fresh: only the reading decides (a similarity over the
    wording guard unless given)."""
    reading = read_question(a, T0, "UTC")
    row = {"intent": to_json(reading.as_dict()), "query_text": a, "executed_at": T0, "expires_at": T0 + 600,
           "range_start": None, "range_end": None}
    return judge(read_question(b, T0 + 60, "UTC"), row, similarity, T0 + 60, MemoryPolicy()).decision


@pytest.mark.parametrize("a, b", [
    # a gauge's unit: bytes
    ('avg(container_memory_working_set_bytes{namespace="marten"}) last 6h',
     "average memory working set in marten ns past 6 hours"),
    ('sum by (pod)(container_memory_working_set_bytes{namespace="osprey"}) now',
     "memory working set per pod in osprey ns right now"),
    # kube-state-metrics' prefix
    ('sum by (phase) (kube_pod_status_phase{namespace="marten"})', "pod phase breakdown in the marten namespace now"),
    # the rate of a request counter is the request rate
    ("rate(osprey_requests_total[5m]) last 90m", "osprey request rate, last 1.5h"),
    ('sum by (code)(rate(http_requests_total{service="marten-api",endpoint="/v1/nest"}[5m])) last 3h',
     "request rate by status code for /v1/nest on marten-api, past 3 hours"),
])
def test_a_paste_and_its_prose_are_one_question(a, b):
    # a paste against prose is code against prose, which no embedding compares: the guard is waived for it
    assert decision(a, b, similarity=0.4) == "hit"
    assert decision(b, a, similarity=0.4) == "hit"


#: Twins: another measure, another unit, a sibling status class, another question of kube-state-metrics.
OTHER_MEASURES = [
    # another measure of the same container, another unit, a counter of bytes against one of packets
    ('sum(container_memory_working_set_bytes{namespace="marten"})',
     'sum(rate(container_cpu_usage_seconds_total{namespace="marten"}[5m]))'),
    ('histogram_quantile(0.95, sum by (le) (rate(http_server_request_size_bytes_bucket{service="marten-api"}[5m])))',
     'histogram_quantile(0.95, sum by (le) (rate(http_server_request_duration_seconds_bucket{service="marten-api"}'
     '[5m])))'),
    ('avg(osprey_drum_temp_celsius) last 6h', "avg(osprey_drum_temp_bytes) last 6h"),
    ("rate(node_network_receive_bytes_total[5m]) last 1h", "rate(node_network_receive_packets_total[5m]) last 1h"),
    # a sibling status class, the other status code, a negated class
    ('sum(rate(http_requests_total{service="marten-api",code=~"5.."}[5m])) 1h', "marten-api 4xx request rate, past hour"),
    ('sum(rate(http_requests_total{service="marten-api",code=~"5.."}[5m])) 1h',
     'sum(rate(http_requests_total{service="marten-api",code!~"5.."}[5m])) 1h'),
    # the request rate is not the error rate, nor the latency
    ("rate(osprey_requests_total[5m]) last 1h", "osprey 5xx rate, last hour"),
    ("rate(osprey_requests_total[5m]) last 1h", "osprey p95 latency, last hour"),
    # kube-state-metrics: a ready condition is not a phase; a job that failed is not one that succeeded
    ('kube_pod_status_ready{namespace="marten", condition="true"} now', 'kube_pod_status_phase{namespace="marten"} now'),
    ('count(kube_job_status_failed{namespace="loach"} > 0) over 24h',
     'count(kube_job_status_succeeded{namespace="loach"} > 0) over 24h'),
]


def test_the_unit_written_as_a_word_in_prose_is_the_names_unit():
    # "bytes" in prose is the unit the paste's name carries (a hit on the round start too: kept)
    assert decision('avg(container_memory_working_set_bytes{namespace="marten"}) last 6h',
                    "average memory working set bytes in marten ns past 6 hours", similarity=0.4) == "hit"
    # twin: a unit the paste does not carry is a word only the prose has
    assert decision('avg(container_memory_working_set_bytes{namespace="marten"}) last 6h',
                    "average memory working set percent in marten ns past 6 hours") != "hit"


#: Twins: what the conventions leave alone.
LEFT_ALONE = [
    # a raw bucket series (no histogram_quantile) keeps its bucket: how many fell under a bound, not a quantile
    ('sum(loach_page_render_seconds_bucket{le="0.5"}) last 1h', "p50 loach page render time last 1h"),
    # a counter's raw running total is another statistic of it than its rate
    ("osprey_requests_total", "rate(osprey_requests_total[5m])"),
]


def test_a_counter_of_some_requests_is_nested_in_all_requests():
    # review (round 20, third batch): failed or rejected requests are some of the requests, a nested filter (partial)
    assert decision("sum(rate(osprey_requests_total[5m]))", "sum(rate(osprey_requests_failed_total[5m]))") == "partial"
    assert decision("sum(rate(osprey_requests_rejected_total[5m]))", "sum(rate(osprey_requests_total[5m]))") == "partial"
    # twin: two different parts of the requests are siblings
    assert decision("sum(rate(osprey_requests_failed_total[5m]))",
                    "sum(rate(osprey_requests_rejected_total[5m]))") == "miss"


def test_prose_request_rate_and_throughput_stay_one_measure():
    """Prose: a request rate, in either number, is a throughput; a status class's request rate is that class's
    requests per second (review R1: not the class's error rate, a share)."""
    assert decision("osprey request rate last hour", "osprey throughput last hour") == "hit"
    assert decision("osprey requests rate last hour", "osprey request rate last hour") == "hit"
    assert decision("5xx request rate of osprey right now", "5xx requests per second on osprey right now") == "hit"
    assert decision("5xx request rate of osprey right now", "request rate of osprey right now") == "partial"


#: Twins: review R1 (round 20), a class's request rate is no share of the requests.
CLASS_SHARE = [
    # review R1 (round 20): a class's requests per second against its share of the requests
    ("5xx request rate of osprey right now", "5xx error rate of osprey right now"),
    ("5xx request rate of osprey right now", "5xx error ratio of osprey right now"),
    ("5xx request rate of osprey right now", "5xx error percentage of osprey right now"),
    ("5xx request rate of osprey in the last hour", "what fraction of osprey requests failed with 5xx in the last hour"),
    ("500 request rate of osprey right now", "500 error rate of osprey right now"),
    ("4xx requests rate of osprey right now", "4xx error rate of osprey right now"),
    ('sum(rate(osprey_requests_total{code=~"5.."}[5m])) / sum(rate(osprey_requests_total[5m]))',
     "5xx request rate of osprey right now"),
]


@pytest.mark.parametrize("a, b", OTHER_MEASURES + LEFT_ALONE + CLASS_SHARE)
def test_twins_are_never_a_hit_either_way(a, b):
    assert decision(a, b) != "hit"
    assert decision(b, a) != "hit"


#: Review R5 (round 20): a paste's amount (its name's unit, bytes) against prose asking for a share of it. The name's
#: unit is dropped and prose's "in percent" too, so nothing else told them apart: at most partial, as on the round
#: start. Each beside its twin in the same words without the share, which stays a hit.
AMOUNT_AND_SHARE = [
    ('sum(container_memory_working_set_bytes{namespace="harbor"})',
     "memory working set of harbor in percent right now", "memory working set of harbor right now"),
    ('node_filesystem_avail_bytes{instance="quay-3"}', "filesystem avail on quay-3 in percent right now",
     "filesystem avail bytes on quay-3 right now"),
    ('avg(container_memory_working_set_bytes{namespace="marten"}) last 6h',
     "average memory working set in marten ns in percent past 6 hours",
     "average memory working set bytes in marten ns past 6 hours"),
    # (a share the phrases keep as a word was apart before R5's mark too: kept)
    ('node_filesystem_avail_bytes{instance="quay-3"}', "filesystem avail on quay-3 as a fraction right now",
     "filesystem avail on quay-3 right now"),
]


@pytest.mark.parametrize("paste, share, amount", AMOUNT_AND_SHARE)
def test_an_amount_is_not_a_share_of_it(paste, share, amount):
    assert decision(paste, share, similarity=0.4) != "hit"
    assert decision(share, paste, similarity=0.4) != "hit"
    # twin: the amount itself, with or without its unit written, stays the paste's question
    assert decision(paste, amount, similarity=0.4) == "hit"
    assert decision(amount, paste, similarity=0.4) == "hit"


def test_a_thresholds_percent_is_no_share_asked_for():
    # twin: "80%" is the value a threshold is written in, no share the asker wants; "in %" and "mem %" ask for one
    assert SHARE not in read_facts("memory working set above 80% in harbor right now").mentioned
    assert SHARE not in read_facts("memory working set above 80 % in harbor right now").mentioned
    assert SHARE in read_facts("memory working set of harbor in % right now").mentioned
    assert SHARE in read_facts("harbor mem % right now").mentioned
