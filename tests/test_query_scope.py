"""Scope and intent changes that no term shows (issue 15, rules 2 and 4): which way a quantity moved, a thing
that failed to happen, "everywhere but", a yes/no question whether any exists, a series against its total."""

from __future__ import annotations

import pytest

from detectors.query_compare import read_facts, relate
from detectors.timerange import normalise_text


def relation(a: str, b: str):
    return relate(read_facts(normalise_text(a)), read_facts(normalise_text(b)))


@pytest.mark.parametrize("a, b, expected", [
    # which way a quantity moved: two sets of things (rule 2)
    ("services whose 5xx rate went up in the last hour", "services whose 5xx rate went down in the last hour",
     "conflict"),
    ("hosts where disk usage is increasing", "hosts where disk usage is decreasing", "conflict"),
    ("queues whose depth rose today", "queues whose depth fell today", "conflict"),
    # twins: the same direction, both directions at once, and PromQL's increase(), are no conflict
    ("services whose 5xx rate went up", "services whose 5xx rate increased", "same"),
    ("is cpu on heron going up or down", "has cpu on heron trended", "same"),
    ("restarts in ns otter: sum(increase(restarts_total[1h]))", "restarts in ns otter rising", "same"),
    ("kelp consumer falling behind", "kelp consumer lag increasing", "same"),
    # what failed to happen against what happened (rule 2), but not against the failures themselves
    ("How many pages did the pager system send last night?", "How many pages did the pager system fail to send last "
     "night?", "conflict"),
    ("users who failed to log in through yak-sso", "users who logged in through yak-sso", "conflict"),
    ("which jobs failed to start on vole", "which jobs failed on vole", "nested"),
    # the two ends of a ranking (rule 2), but not the same end in other words, nor "at least" / "at most"
    ("which services had the most errors today", "which services had the fewest errors today", "conflict"),
    ("highest cpu hosts in vole now", "lowest cpu hosts in vole now", "conflict"),
    ("top 5 noisiest alerts this week", "bottom 5 alerts this week", "conflict"),
    ("top 5 services by errors", "which 5 services threw the most errors", "same"),
    ("services with at least 10 errors", "services with at most 10 errors", "conflict"),  # by the threshold's words
    # "everywhere but X" is the complement of X
    ("alerts on prod last 2h", "alerts everywhere but prod last 2h", "conflict"),
    ("alerts anywhere but staging", "alerts in staging", "conflict"),
])
def test_a_direction_a_failure_to_act_and_everywhere_but_are_complements(a, b, expected):
    assert relation(a, b).kind == expected
    assert relation(b, a).kind == expected


@pytest.mark.parametrize("a, b", [
    ("Are any critical alerts firing on emu-core right now?", "How many critical alerts are firing on emu-core right now?"),
    ("is there any deploy of yak-web today?", "list deploys of yak-web today"),
    ("deadlocks on vole-db yesterday, total", "deadlocks on vole-db yesterday, hour by hour"),
    ("Has the number of login failures on tapir gone up or down this week?", "How many login failures did tapir have "
     "this week?"),
])
def test_another_intent_over_the_same_data_is_a_partial_answer(a, b):
    r = relation(a, b)
    assert r.kind == "same" and not r.intent_same
    assert not relation(b, a).intent_same


@pytest.mark.parametrize("a, b", [
    # a yes/no question against another yes/no question, or a bare noun phrase, is the same question
    ("Are any nodes NotReady in cluster emu-prod right now?", "emu-prod: is there currently a node in NotReady state?"),
    ("any crit alerts firing on yak-web rn??", "critical alerts active on yak-web right now"),
    ("Was anything deployed to production yesterday?", "Yesterday, did any release go out to prod?"),
    ("crashlooping pods on vole-prod?", "any pods in CrashLoopBackOff on vole-prod rn"),
    ("How many alerts of any severity for tapir today?", "How many alerts for tapir today?"),
    ("restart count in ns otter: sum(increase(restarts_total[1h]))", "total restarts in ns otter"),
])
def test_the_same_intent_in_other_words_stays_the_same(a, b):
    r = relation(a, b)
    assert r.intent_same, (r, a, b)


@pytest.mark.parametrize("a, b, expected", [
    ("Replication lag on all vole-pg replicas, last hour", "Replication lag on vole-pg-02, last hour", "nested"),
    ("disk usage on emu-db", "disk usage on emu-db-3", "nested"),
    # twins: two numbered members, and members of two groups, stay siblings
    ("disk usage on emu-db-2", "disk usage on emu-db-3", "conflict"),
    ("disk usage on emu-db", "disk usage on emu-dbx-3", "conflict"),
    ("disk usage on db-ald-07", "disk usage on db-ald-08", "conflict"),
])
def test_a_numbered_member_narrows_its_named_group(a, b, expected):
    assert relation(a, b).kind == expected
    assert relation(b, a).kind == expected
