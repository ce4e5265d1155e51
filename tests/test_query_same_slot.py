"""Two values in one slot that are nested by their structure, not siblings (issue 15, rule 4; round 16, engineer
qscope): two thresholds in one direction, two sizes of one ranking, a whole kind against one named thing of it, a
breakdown against one of its rows, one state more on one side. Each beside a twin that must stay a conflict."""

from __future__ import annotations

import pytest

from detectors.query_compare import read_facts, relate
from detectors.timerange import normalise_text


def relation(a: str, b: str):
    return relate(read_facts(normalise_text(a)), read_facts(normalise_text(b)))


def kinds(a: str, b: str) -> tuple[str, str]:
    return relation(a, b).kind, relation(b, a).kind


@pytest.mark.parametrize("a, b, expected", [
    # two thresholds in one direction: one set holds the other
    ("hosts in emu-prod with cpu above 80%", "hosts in emu-prod with cpu above 90%", "nested"),
    ("tapir jobs running longer than 30 minutes", "tapir jobs running longer than 2 hours", "nested"),
    ("wharf boxes with dwell time above 7 days", "wharf boxes with dwell time above 10 days", "nested"),
    ("vole pods that restarted more than 5 times", "vole pods that restarted more than 3 times", "nested"),
    ("count(max_over_time(kiln_temp_celsius[2h]) > 85)", "count(max_over_time(kiln_temp_celsius[2h]) > 70)", "nested"),
    # twins: two directions, a negated threshold, and two numbers that are no threshold stay apart
    ("hosts in emu-prod with cpu above 80%", "hosts in emu-prod with cpu below 90%", "conflict"),
    ("hosts in emu-prod with cpu above 90%", "hosts in emu-prod with cpu not above 80%", "conflict"),
    ("tapir jobs with 5 retries", "tapir jobs with 3 retries", "conflict"),
    ("tapir jobs longer than 2 seconds", "tapir jobs longer than 2 percent", "conflict"),
    # two thresholds in a question are not known to bound the same measure (round 16 review, F12)
    ("hosts with cpu above 80% and memory above 90% right now", "hosts with cpu above 90% and memory above 85% right now",
     "conflict"),
    # a threshold's length of time in one unit
    ("tapir jobs running longer than 2 hours", "tapir jobs running more than 120 minutes", "same"),
])
def test_two_thresholds_in_one_direction_are_nested(a, b, expected):
    assert kinds(a, b) == (expected, expected)


@pytest.mark.parametrize("a, b, expected", [
    ("top 3 vole endpoints by errors this week", "top 10 vole endpoints by errors this week", "nested"),
    # twins: the two ends of a ranking, and a size against a count of things
    ("top 3 vole endpoints by errors this week", "bottom 10 vole endpoints by errors this week", "conflict"),
    ("top 3 vole endpoints by errors this week", "top 3 vole endpoints by errors with 10 retries", "nested"),
    # a pasted topk against a ranking in prose: two sizes (tests/test_query_pasted.py held it as a conflict before)
    ('topk(5, sum by (pod) (count_over_time({namespace="lynx"} |= "OOMKilled" [24h])))',
     "top 10 pods in the lynx namespace by OOMKilled log lines", "nested"),
])
def test_two_sizes_of_one_ranking_are_nested(a, b, expected):
    assert kinds(a, b) == (expected, expected)


def test_a_ranking_size_after_top_is_a_number_not_for():
    facts = read_facts(normalise_text("top 4 services by 5xx"))
    assert "4" in facts.terms and "ask:c:top>4" in facts.mentioned


@pytest.mark.parametrize("a, b, expected", [
    # a whole kind against one named thing of it
    ("rejected declarations today for all carriers", "rejected declarations today for quillan-lines", "nested"),
    ("How many incidents across the whole depot this week?", "How many Brackwater Quay incidents this week?",
     "nested"),
    ("How many reefers are alarming anywhere right now?", "How many reefers are alarming on Berth Alder right now?",
     "nested"),
    ("slow query count across all databases today", "slow query count on emu-db-2 today", "nested"),
    ("alerts on all the QX cranes today", "alerts on QX-04 today", "nested"),
    # twins: two named things, a name after "all", a value and the subject after "all", two numbered members, and a
    # plain word before a number, stay siblings
    ("rejected declarations today for Marrow Lines", "rejected declarations today for Quillan", "conflict"),
    ("alerts on all kelp today", "alerts on vole today", "conflict"),
    ("all critical alerts on vole today", "warning alerts on vole today", "conflict"),
    ("alerts on QX-03 today", "alerts on QX-04 today", "conflict"),
    ("alerts on kelp today", "alerts on kelp-2 today", "conflict"),
    # the words before the kind are a filter's values: siblings stay siblings (round 16 review, F7)
    ("failed payments for all enterprise customers today", "failed payments for trial customers today", "conflict"),
    ("spend of every paused campaign this week", "spend of the live campaigns this week", "conflict"),
    ("orders from all northern depots today", "orders from the southern depots today", "conflict"),
    ("rejected declarations today for all shipping lines", "rejected declarations today for Quillan", "conflict"),
    # the other side must name a thing, not another kind or an amount (round 16 review, F10)
    ("count of all refunds on tillhub today", "count of chargebacks on tillhub today", "conflict"),
    ("temperature alarms on every freezer in the last hour", "temperature alarms on the chillers in the last hour",
     "conflict"),
    ("p95 latency of all endpoints on heron-billing in the last hour",
     "p95 latency of the databases behind heron-billing in the last hour", "conflict"),
    ("was the entire error budget used by heron-billing this month",
     "was half the error budget used by heron-billing this month", "conflict"),
    ("did the whole batch fail on grist-runner today", "did part of the batch fail on grist-runner today", "conflict"),
])
def test_a_whole_kind_holds_one_named_thing_of_it(a, b, expected):
    assert kinds(a, b) == (expected, expected)


def test_a_whole_kind_alone_narrows_nothing_new():
    # "all" against no name is as before (the kind word still narrows), never a new agreement
    assert kinds("rejected declarations today for all carriers", "rejected declarations today")[0] == "nested"


@pytest.mark.parametrize("a, b, expected", [
    # a breakdown by a key against one row of it (another intent, so a partial answer)
    ("incident numbers this quarter broken down by severity", "How many critical incidents this quarter?", "nested"),
    ("SELECT team, count(*) FROM incidents GROUP BY team", "SELECT count(*) FROM incidents WHERE team = 'Osprey'",
     "nested"),
    # two breakdowns by two keys stay a conflict (tests/test_query_compare.py pins "alerts by service" / "by team")
    ("deploy count per team this month", "deploy count per service this month", "conflict"),
    # twins: a name written under no key, and two breakdowns of two measures, stay apart
    ("SELECT team, count(*) FROM incidents GROUP BY team", "SELECT count(*) FROM incidents WHERE osprey = 1",
     "conflict"),
    ("vole error count per team this month", "vole latency per service this month", "conflict"),
])
def test_a_breakdown_holds_each_of_its_rows(a, b, expected):
    assert kinds(a, b) == (expected, expected)


@pytest.mark.parametrize("a, b, expected", [
    # one state more on one side narrows; two states that differ each way are siblings
    ("Any critical alerts open on vole right now?", "critical alerts open on vole right now that someone acked",
     "nested"),
    ("open critical alerts on vole", "resolved critical alerts on vole", "conflict"),
    # a negated state on one side is a complement (rule 2), not one state more (round 16 review, F9)
    ("open alerts on heron-billing right now", "open alerts on heron-billing that are not acknowledged right now",
     "conflict"),
    ("open alerts on heron-billing right now", "open alerts on heron-billing that are not resolved right now",
     "conflict"),
    # a negation written with a hyphen is the negation
    ("not-ready pods in ns otter", "pods not ready in ns otter", "same"),
    ("not-ready pods in ns otter", "ready pods in ns otter", "conflict"),
])
def test_one_state_more_narrows_and_a_hyphenated_negation_negates(a, b, expected):
    assert kinds(a, b) == (expected, expected)


@pytest.mark.parametrize("a, b", [
    # a team against one named thing stays a conflict: whether the team owns it is nothing the reader sees, and a team
    # written without "team" would nest with another team (round 16 review, F8; tried and removed)
    ("alerts for team quarrystone last 24h, count", "gate-ledger alerts last 24h, count"),
    ("open incidents for team Falcon this week", "open incidents for the Osprey crew this week"),
    ("deploy count for team Falcon this month", "deploy count for the osprey-guild this month"),
    ("alerts for team quarrystone last 24h", "alerts for team flintmoor last 24h"),
])
def test_a_team_and_another_name_stay_apart(a, b):
    assert kinds(a, b) == ("conflict", "conflict")


@pytest.mark.parametrize("a, b, expected", [
    ("latency of kelp in prod+stg", "latency of kelp in prod", "nested"),
    ("latency of kelp in prod+stg", "latency of kelp in prod and staging", "same"),
    ("latency of kelp in stg", "latency of kelp in prod", "conflict"),  # twin: one value each stays siblings
])
def test_two_values_joined_by_a_plus_are_both(a, b, expected):
    assert kinds(a, b) == (expected, expected)
