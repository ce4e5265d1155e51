"""Preferences and expertise: each comes with the evidence behind it, and the org's habits are not a person's."""

from collections import Counter

import numpy as np
import pytest

from detectors.preferences import Activity, expertise, preferences, typical_shares, wilson_lower

ORG_MIX = {"gpt-4o": 0.7, "claude-sonnet": 0.2, "llama3-70b": 0.1}


def models(rng: np.random.Generator, n: int, mix: dict[str, float]) -> list[str]:
    names = list(mix)
    return [names[i] for i in rng.choice(len(names), n, p=list(mix.values()))]


def org(rng: np.random.Generator, people: int = 12, n: int = 60) -> list[Counter]:
    return [Counter(models(rng, n, ORG_MIX)) for _ in range(people)]


def by_kind(prefs):
    return {p.kind: p for p in prefs}


def test_a_model_the_org_rarely_uses_is_a_preference_with_its_counts():
    rng = np.random.default_rng(1)
    shares = typical_shares(org(rng))
    me = Activity("ana", models=models(rng, 40, {"llama3-70b": 0.85, "gpt-4o": 0.15}))
    p = by_kind(preferences(me, shares, 0.1))["model"]
    assert p.value == "llama3-70b"
    assert p.evidence["of"] == 40 and p.evidence["count"] == me.models.count("llama3-70b")
    assert p.evidence["org_share"] < 0.2
    assert 0.6 < p.confidence < p.evidence["share"]


def test_using_the_orgs_usual_model_is_not_a_preference():
    rng = np.random.default_rng(2)
    shares = typical_shares(org(rng))
    me = Activity("ben", models=models(rng, 80, ORG_MIX))
    p = by_kind(preferences(me, shares, 0.1))["model"]
    assert p.value == "unknown" and "like the rest of the org" in p.evidence["reason"]


def test_short_answers_preferred_from_requests_and_ratings():
    questions = ["short answer: disk usage on db1"] * 4 + ["why is checkout slow"] * 8
    answers = [(400, "not_helpful", False)] * 4 + [(400, "helpful", False)] + [(80, "helpful", False)] * 5
    me = Activity("cem", questions=questions, answers=answers)
    p = by_kind(preferences(me, {}, 0.1))["detail_level"]
    assert p.value == "short"
    assert p.evidence["short_answer_requests"] == 4
    assert p.evidence["not_helpful_long"] == [4, 5] and p.evidence["not_helpful_short"] == [0, 5]


def test_frequent_explain_more_means_detailed_answers():
    answers = [(120, None, i % 2 == 0) for i in range(30)]
    p = by_kind(preferences(Activity("dee", questions=["what is p99"] * 30, answers=answers), {}, 0.05))[
        "detail_level"
    ]
    assert p.value == "detailed" and p.evidence["follow_ups"] == 15 and p.evidence["answers"] == 30
    assert p.confidence >= 0.75
    # the same rate is ordinary in an org where everyone asks for more
    same = by_kind(preferences(Activity("dee", answers=answers), {}, 0.45))["detail_level"]
    assert same.value == "unknown" and same.confidence == 0.0 and same.evidence["reason"]


@pytest.mark.parametrize(
    ("questions", "commands", "sessions", "level"),
    [
        (["what is a statefulset"] * 6 + ["how do i restart a pod"] * 6, [], 0, "beginner"),
        (
            ["p99 latency of checkout"] * 6 + ["disk usage on db1"] * 6,
            ["kubectl get pods"],
            0,
            "unknown",  # one command and ordinary questions say nothing either way: no label
        ),
        (
            ["p99 latency by pod", "wal replication lag on db2"] * 10,
            ["kubectl top", "psql -c", "jq ."] * 3,
            3,
            "advanced",
        ),
    ],
)
def test_expertise_level_with_the_signals_that_explain_it(questions, commands, sessions, level):
    p = expertise(Activity("eve", questions=questions, commands=commands, troubleshooting_sessions=sessions))
    assert p.value == level
    ev = p.evidence
    assert ev["technical_questions"][1] == len(questions)
    assert ev["advanced_commands"][0] == sum(1 for c in commands if c.split()[0] in {"kubectl", "psql", "jq"})
    assert (0 < p.confidence <= 1) if level != "unknown" else (p.confidence == 0 and ev["reason"])


def test_too_little_activity_gives_unknown_with_the_reason():
    def labelled(prefs):
        return {p.kind: p.value for p in prefs if p.value != "unknown"}

    assert labelled(preferences(Activity("fay"), {}, 0.1)) == {}
    few = Activity(
        "fay", questions=["what is p99"] * 3, models=["gpt-4o"] * 3, question_types=["metrics"] * 3
    )
    prefs = by_kind(preferences(few, {"gpt-4o": 0.1}, 0.1))
    assert labelled(prefs.values()) == {}
    assert set(prefs) == {"model", "detail_level", "expertise"}
    assert "3 model requests" in prefs["model"].evidence["reason"]
    assert "too little" in expertise(few).evidence["reason"]
    assert typical_shares([]) == {}


def test_no_evidence_is_unknown_not_beginner():
    """Ten ordinary questions and no commands used to read as "beginner"."""
    plain = Activity("gus", questions=["error rate for pricing today", "disk on web-3"] * 10)
    p = expertise(plain)
    assert p.value == "unknown" and "diagnostic commands" in p.evidence["reason"]
    assert p.evidence["thresholds"]["beginner_share"] == 0.2


def test_wilson_lower_bound_is_cautious_with_small_samples():
    assert wilson_lower(0, 0) == 0.0
    assert wilson_lower(3, 3) < wilson_lower(30, 30) < 1.0
    assert wilson_lower(8, 10) < 0.8 < wilson_lower(800, 1000) + 0.03
