"""One name written two ways is one name (issue 15, round 24): the same letters in the same order, only case and the
separators between its words differ (`detectors.name_letters`): "OrderCheckout", "ordercheckout", "seat map api" and
"seat-map-api" for the ids order-checkout and seatmap-api. Not a guess from a short form's shape, so a hit when the
rest is the same question; a sibling keeps its own letters and stays a miss (checkout-api / CheckoutWorker,
us-east-1 / useast2, siding-spring-1 / sidingspring2). Through the API on SQLite and PostgreSQL, and the reader's
relation beside it. Invented names only (tussock-ledger, emu-gate, quoll-api)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from detectors.name_letters import join_same_letters, letters
from detectors.query_compare import read_facts, relate
from tests.test_querymem_api import lookup, record

T0 = datetime(2024, 5, 10, 9, 0, tzinfo=UTC)


def _asked(client, cached: str, asked: str) -> dict:
    record(client, cached, T0, ttl_seconds=3600)
    return lookup(client, asked, T0 + timedelta(minutes=2))


@pytest.mark.parametrize(("cached", "asked"), [
    ("critical alerts for tussock-ledger last 1h", "critical alerts for TussockLedger last 1h"),
    ("critical alerts for tussock-ledger last 1h", "critical alerts for tussockLedger in the last hour"),
    ("how many 5xx on quoll-api in the last 2 hours", "how many 5xx on quollapi in the last 2 hours"),
    ("deploys of emu-gate-api today", "deploys of emu-gateapi today"),
    ("list warning alerts on emugate-api last 30m", "list warning alerts on emu gate api last 30m"),
])
def test_the_same_letters_with_other_separators_are_one_name(client, cached, asked):
    out = _asked(client, cached, asked)
    assert out["decision"] == "hit", out["why"]
    assert not out["why"]["terms"]["conflicting"], out["why"]
    assert "read_by_shape" not in out["why"]["terms"]


@pytest.mark.parametrize(("cached", "asked"), [
    ("critical alerts for quoll-api last 1h", "critical alerts for QuollWorker last 1h"),
    ("critical alerts in us-east-1 last 1h", "critical alerts in useast2 last 1h"),
    ("critical alerts for siding-spring-1 last 1h", "critical alerts for sidingspring2 last 1h"),
    ("list warning alerts on emugate-api last 30m", "list warning alerts on emu gate worker last 30m"),
    ("critical alerts for tussock-ledger last 1h", "critical alerts except TussockLedger last 1h"),
    ("deploys of re-store today", "deploys of restore today"),
    # review R1: between two digits a separator tells the numbers apart (host octets, ordinals, versions)
    ("cpu usage on host ip-10-0-1-23 in the last hour", "cpu usage on host ip-10-0-12-3 in the last hour"),
    ("disk latency on kafka-1-0 in the last hour", "disk latency on kafka-10 in the last hour"),
    ("restarts of shard-1-1 in the last hour", "restarts of shard-11 in the last hour"),
    ("alerts on sw-12-3 in the last hour", "alerts on sw-1-23 in the last hour"),
    ("errors on release-1.2.3 of quoll in the last hour", "errors on release-12.3 of quoll in the last hour"),
])
def test_a_sibling_or_a_complement_keeps_its_own_letters_and_stays_a_miss(client, cached, asked):
    out = _asked(client, cached, asked)
    assert out["decision"] == "miss", out["why"]


def _relation(cached: str, asked: str):
    return relate(read_facts(cached.lower()), read_facts(asked.lower()))


def test_the_join_is_said_in_why_as_a_shared_name():
    rel = _relation("p95 latency of seatmap-api", "p95 latency of seat-map-api")
    assert rel.kind == "same" and "seatmap-api" in rel.equal and not rel.by_shape


def test_two_readings_of_one_name_are_none():
    # "ab-cde" against both "abcde" and "ab cde" written apart elsewhere: which one? Neither is read.
    one, other = {"abx-cdefg"}, {"abxcdefg", "abx", "cdefg"}
    assert join_same_letters(one, other, {}, {}, frozenset({"abx cdefg"})) == []
    assert one == {"abx-cdefg"}


def test_letters_drop_case_and_the_separators_next_to_a_letter_only():
    assert letters("Order_Checkout.v2-API") == "ordercheckoutv2api"
    assert letters("us-east-1") == letters("useast1") != letters("us-east-2")
    assert letters("ip-10-0-1-23") != letters("ip-10-0-12-3") and letters("kafka-1-0") != letters("kafka-10")


def test_digits_written_apart_as_words_keep_their_separators():
    # "kafka 1-0" is kafka-1-0 (the same separator between the same digits); "kafka 10" is not
    assert join_same_letters({"kafka-1-0"}, {"kafka", "1-0"}, {}, {}, frozenset({"kafka 1-0"})) == ["kafka-1-0"]
    assert join_same_letters({"kafka-1-0"}, {"kafka", "10"}, {}, {}, frozenset({"kafka 10"})) == []


@given(st.text(alphabet="abc-_. ", max_size=40), st.text(alphabet="abc-_. ", max_size=40))
def test_any_two_sides_join_without_error(a, b):
    one, other = set(a.split()), set(b.split())
    joined = join_same_letters(one, other, {}, {}, frozenset())
    assert all(letters(t) for t in joined)


def test_the_wording_guard_folds_a_name_so_read(client):
    # the embedding puts "useast1" far from "us-east-1"; the letters say it is the same region, as "crit" is critical
    out = _asked(client, "critical alerts in us-east-1 last 1h", "critical alerts in useast1 last 1h")
    assert out["decision"] == "hit", out["why"]
    assert out["why"]["similarity"] < 0.6 and "wording" in out["why"], out["why"]


@pytest.mark.xfail(strict=True, reason="review R2 (round 24): a region written apart ('eu west 1') against a sibling "
                   "written as an id (eu-west-2) is read as nested, not as a sibling; the name beside it used to hide "
                   "this behind its own conflict. Not fixed this round (the reader's region reading, not the join)")
def test_a_sibling_region_written_apart_beside_a_name_written_two_ways_stays_a_miss(client):
    out = _asked(client, "errors on order-checkout in eu west 1 in the last hour",
                 "errors on OrderCheckout in eu-west-2 in the last hour")
    assert out["decision"] == "miss", out["why"]
