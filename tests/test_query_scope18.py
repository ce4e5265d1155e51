"""Scope changes read by structure (issue 15, rule 4; round 18, engineer qscope): a value under a region key
holds the names made of it with a member's suffix, a cloud region holds its availability zones, and a threshold's "120s"
after its direction is seconds, not 120 responses. Each beside a twin that must
stay a conflict (or stay as it was). Invented names only (tussock, quarrystone, emu)."""

from __future__ import annotations

import pytest

from detectors.query_compare import read_facts, relate
from detectors.timerange import normalise_text


def kinds(a: str, b: str) -> tuple[str, str]:
    def kind(x: str, y: str) -> str:
        return relate(read_facts(normalise_text(x)), read_facts(normalise_text(y))).kind
    return kind(a, b), kind(b, a)


@pytest.mark.parametrize("a, b, expected", [
    # a value written under a region / zone key holds what is named for it with a member's suffix
    ("alerts in the tussock region last 6h", "alerts in tussock-a cluster last 6h", "nested"),
    ("errors on emu-api for region quarrystone", "errors on emu-api in quarrystone-2", "nested"),
    ("restarts in region tussock", "restarts on tussock-b3", "nested"),
    # twins: another region's member, two members, the value without its key, a negated region
    ("alerts in the tussock region last 6h", "alerts in quarrystone-1 cluster last 6h", "conflict"),
    ("alerts in tussock-a cluster last 6h", "alerts in tussock-b cluster last 6h", "conflict"),
    ("alerts on tussock last 6h", "alerts on tussock-a last 6h", "conflict"),
    ("alerts outside the tussock region", "alerts in tussock-a", "conflict"),
    ("alerts in the tussock region", "alerts on tussock-gateway", "conflict"),
    # review qrev2: a team / customer / service named like the region is another thing (S1); a member on the region's
    # side too is the other's sibling (S2); "zone" is also a DNS zone or a colour band (S4)
    ("alerts in the tussock region last 6h", "alerts for team tussock-1 last 6h", "conflict"),
    ("alerts in the tussock region last 6h", "alerts for customer tussock-2 last 6h", "conflict"),
    ("alerts in the tussock region last 6h", "alerts for service tussock-a last 6h", "conflict"),
    ("alerts on tussock-a in the tussock region", "alerts on tussock-b", "conflict"),
    ("alerts in the red zone", "alerts on red-1", "conflict"),
    ("dns failures for zone corp", "dns failures on corp-1", "conflict"),
    ("alerts in the tussock region last 6h", "alerts on tussock-v2 last 6h", "conflict"),  # a version (S8)
])
def test_a_named_region_holds_its_members(a, b, expected):
    assert kinds(a, b) == (expected, expected)


@pytest.mark.parametrize("a, b, expected", [
    ("5xx of emu-api in eu-west-1a", "5xx of emu-api across the whole eu-west-1 region", "nested"),
    ("5xx of emu-api in eu-west-1", "5xx of emu-api in eu-west-1c", "nested"),
    ("5xx of emu-api in europe-west1", "5xx of emu-api in europe-west1-b", "nested"),
    # twins: two zones, a zone of another region, "the whole" region against another region's zone
    ("5xx of emu-api in eu-west-1a", "5xx of emu-api in eu-west-1b", "conflict"),
    ("5xx of emu-api in eu-west-1", "5xx of emu-api in eu-west-2a", "conflict"),
    ("5xx of emu-api across the whole eu-west-1 region", "5xx of emu-api in us-east-1a", "conflict"),
    ("5xx of emu-api in us-gov-west-1", "5xx of emu-api in us-gov-west-1b", "nested"),
    # review qrev2 S3: a dashed name ending in a number is no cloud region
    ("errors in cluster tussock-grid-2", "errors in cluster tussock-grid-2c", "conflict"),
    ("deploys of blade-scan-2", "deploys of blade-scan-2b", "conflict"),
    ("alerts for team-gannet-1", "alerts for team-gannet-1a", "conflict"),
    ("errors on worker-pool-3", "errors on worker-pool-3b", "conflict"),
])
def test_a_cloud_region_holds_its_zones(a, b, expected):
    assert kinds(a, b) == (expected, expected)


@pytest.mark.parametrize("a, b, expected", [
    ("ingest lag >90s on emu-api 2h", "ingest lag >120s on emu-api 2h", "nested"),
    ("jobs on emu-api longer than 300s", "jobs on emu-api longer than 5 minutes", "same"),
    # twins: two directions stay apart, and "503s" / "500s" without a threshold's word are still responses
    ("ingest lag above 120s on emu-api", "ingest lag below 120s on emu-api", "conflict"),
    ("how many 503s on emu-api", "how many 500s on emu-api", "conflict"),
    ("how many 503s on emu-api", "how many 503 responses on emu-api", "same"),
])
def test_seconds_after_a_threshold_are_seconds(a, b, expected):
    assert kinds(a, b) == (expected, expected)


@pytest.mark.xfail(strict=True, reason="review qrev2 S7, on the round start too: a threshold or a value is not bound to "
                                       "the named thing of its clause, so two swapped between two names read the same")
@pytest.mark.parametrize("a, b", [
    ("emu-api lag above 120s and tapir-ctl lag above 300s", "emu-api lag above 300s and tapir-ctl lag above 120s"),
    ("critical alerts in tussock-a and warnings in tussock-b", "critical alerts in tussock-b and warnings in tussock-a"),
])
def test_values_swapped_between_two_names_are_not_the_same(a, b):
    assert "same" not in kinds(a, b)
