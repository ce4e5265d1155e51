"""Whose things a question asks about (round 17 review, qrev): "my open incidents" is the asker's own share of the
open incidents, a filter the cached "open incidents" answer does not hold (and the other way round). Round 16's reader
dropped "my" as a function word, so the two were the same question and the cache served one's count for the other.
Each case beside a twin that must not change: "my" on both sides, and the asides about the asker's device."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from detectors.query_compare import relate
from exporter.querymem.lookup import judge
from exporter.querymem.policy import MemoryPolicy
from exporter.querymem.reading import read_question
from exporter.store import to_json

T0 = datetime(2026, 3, 10, 12, 0, tzinfo=UTC).timestamp()
HIGH = 0.93  # what MiniLM gives "my open incidents today" / "open incidents today"


def _row(text: str) -> dict:
    reading = read_question(text, T0, "UTC")
    return {"intent": to_json(reading.as_dict()), "query_text": text, "executed_at": T0, "expires_at": T0 + 600,
            "range_start": None, "range_end": None}


def decision(a: str, b: str) -> str:
    return judge(read_question(b, T0 + 60, "UTC"), _row(a), HIGH, T0 + 60, MemoryPolicy()).decision


def kind(a: str, b: str) -> str:
    return relate(read_question(a, T0, "UTC").facts, read_question(b, T0 + 60, "UTC").facts).kind


@pytest.mark.parametrize("a, b", [
    ("my open incidents today", "open incidents today"),
    ("open incidents today", "my open incidents today"),
    ("how many of my alerts fired in the last hour", "how many alerts fired in the last hour"),
])
def test_the_askers_own_share_is_no_hit_for_everyones(a, b):
    assert decision(a, b) != "hit"


@pytest.mark.parametrize("a, b", [
    ("my open incidents today", "pls my open incidents so far today"),
    ("how many of my alerts fired in the last hour", "my alerts that fired in the past hour, how many"),
    ("critical alerts on vole-api now, on my phone", "critical alerts on vole-api right now"),
])
def test_twins_my_on_both_sides_and_the_device_aside_stay_the_same_question(a, b):
    assert kind(a, b) == "same" or decision(a, b) == "hit"
