"""Usage patterns: frequent questions, intent clusters, habits, preferences, environment fixes, knowledge gaps.

The analytics are pure and live in `detectors/` (clustering, habits, preferences, frequent, gaps);
this package reads the store, runs them as a stage of the learning pass, keeps what they find as
learned patterns with their lifecycle, and serves them (`exporter.api.usage`) and their metrics.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from exporter.jobs import per_org
from exporter.usage import metrics, textvec
from exporter.usage.stage import UsageParams, learn_org, orgs, run, run_org

if TYPE_CHECKING:
    from exporter.service import Services

__all__ = ["UsageParams", "install", "learn_org", "run"]


def _after_demo(svc: Services, now: Any) -> dict:
    stamp = now.timestamp() if hasattr(now, "timestamp") else float(now)
    summary = run(svc, stamp)
    svc.snapshot.refresh()
    return summary


def install(svc: Services) -> None:
    svc.learning_stages.append(per_org("usage_patterns", orgs, run_org))
    svc.after_demo_load.append(_after_demo)
    svc.snapshot.register(metrics.producer(svc.store, lambda: svc.usage_last_pass or time.time()))
    # question vectors are keyed by text, not person: delete-my-data drops those no one else backs
    svc.after_forget.append(lambda org, user: textvec.forget_unbacked(svc.store, org))
