"""A gap subject the subject tree split in two is one gap: reported once per broad group."""

from __future__ import annotations

from exporter.usage.repo import Pattern
from exporter.usage.stage import _one_per_group


def _gap(subject_id: int, subject: str, asks: float) -> Pattern:
    return Pattern(org_id="acme", type="knowledge_gap", key=f"subject:{subject_id}",
                   data={"subject_id": subject_id, "subject": subject, "asks_per_week": asks}, evidence={},
                   confidence=0.9)


def test_two_gap_subjects_of_one_broad_group_are_one_gap_named_by_the_most_asked():
    gaps = [_gap(1, "nxdomain for checkout today", 6.5), _gap(2, "dns lookups failing yesterday", 17.0)]
    out = _one_per_group(gaps, {1: 5, 2: 5})
    assert [g.data["subject_id"] for g in out] == [2]
    assert out[0].data["also"] == [{"subject_id": 1, "subject": "nxdomain for checkout today", "asks_per_week": 6.5}]


def test_gaps_in_different_broad_groups_stay_apart():
    gaps = [_gap(1, "is the orders-db standby behind", 9.0), _gap(2, "dns lookups failing yesterday", 17.0)]
    out = _one_per_group(gaps, {1: 3, 2: 5})
    assert sorted(g.data["subject_id"] for g in out) == [1, 2]
    assert all("also" not in g.data for g in out)
