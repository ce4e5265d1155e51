"""Troubleshooting memory: past cases that match new problems, learn from feedback, become runbooks.

The package knows nothing of Flask (`exporter.api.cases` is the HTTP side). `install(svc)` plugs it
into the service: the learning job assembles cases from troubleshooting sessions, the demo load
does the same once its history is in, and the store-derived metrics join the snapshot.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from exporter.cases import pairs
from exporter.cases.assemble import assemble_cases, pending_orgs
from exporter.cases.confidence import CaseNotFound, record_outcome
from exporter.cases.matching import match_cases
from exporter.cases.metrics import SnapshotProducer
from exporter.cases.quality import QualityPolicy, quality
from exporter.cases.repo import create_case, get_case
from exporter.cases.runbooks import export_runbooks, get_runbook
from exporter.cases.stale_vectors import read_org_again, stale_orgs
from exporter.jobs import per_org

if TYPE_CHECKING:
    from exporter.service import Services

__all__ = [
    "CaseNotFound",
    "QualityPolicy",
    "assemble_cases",
    "create_case",
    "export_runbooks",
    "get_case",
    "get_runbook",
    "install",
    "match_cases",
    "quality",
    "record_outcome",
]


def _assemble_org(svc: Services, org: str, now: float) -> dict:
    return assemble_cases(svc, org, now)


def _after_demo(svc: Services, now: Any) -> dict:
    """The demo's sessions end before `now`; assemble them so the demo shows cases at once."""
    stamp = now.timestamp() if hasattr(now, "timestamp") else now
    summary = assemble_cases(svc, None, stamp)
    svc.snapshot.refresh()
    return summary


def _chosen_again(svc: Services, org: str) -> dict:
    """After a delete-my-data request the org's pairs changed: its lexical scale is chosen again at once."""
    pairs.choose_again(svc, org, time.time())
    return {}


def install(svc: Services) -> None:
    svc.learning_stages.append(per_org("cases", pending_orgs, _assemble_org))
    svc.learning_stages.append(per_org("case_vectors", stale_orgs, read_org_again))
    svc.learning_stages.append(per_org("case_lexical_scale", pairs.orgs_with_pairs, pairs.choose_again))
    svc.after_forget.append(lambda org, user: _chosen_again(svc, org))
    svc.after_demo_load.append(_after_demo)
    svc.snapshot.register(SnapshotProducer(svc))
