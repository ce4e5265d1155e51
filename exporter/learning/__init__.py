"""What the learning pass learns from alert history: baselines, recurring peaks, shifts and spikes.

`learn_signals` is the pass's stage: per org it builds hourly series (`series`), runs the
detectors (`detect`), keeps the results as learned patterns, turns them into proactive
recommendations (`recommend`), queues Grafana annotations (`annotations`), and the snapshot
producer (`metrics`) serves the figures on /metrics. Each org's results are written in one
transaction, so an interrupted pass leaves every org either as before or fully updated.
"""

from __future__ import annotations

import logging
from dataclasses import asdict
from typing import TYPE_CHECKING

import numpy as np

from exporter.jobs import per_org
from exporter.learning import detect, recommend
from exporter.learning.annotations import queue_annotations
from exporter.learning.causes import Causes
from exporter.learning.metrics import producer
from exporter.learning.params import LearningParams
from exporter.learning.series import DAY_SECONDS, HOUR, alert_orgs, alert_series, query_series
from exporter.privacy.gate import gate
from exporter.store import to_json

if TYPE_CHECKING:
    from exporter.service import Services

log = logging.getLogger(__name__)


def signal_orgs(svc: Services, now: float) -> list[str]:
    """Every org with alert history inside the learning window."""
    params = LearningParams.from_settings(svc.settings)
    return alert_orgs(svc.store, now - params.history_days * DAY_SECONDS)


def learn_signals_org(svc: Services, org: str, now: float) -> dict:
    return learn_org(svc, org, now, LearningParams.from_settings(svc.settings).for_org(svc.store, org))


#: The pass's stage: `learn_org` for each org with alert history; returns a summary per org.
SIGNALS_STAGE = per_org("alert_signals", signal_orgs, learn_signals_org)
learn_signals = SIGNALS_STAGE.run


def learn_org(svc: Services, org: str, now: float, params: LearningParams) -> dict:
    series = alert_series(svc.store, org, now, params.history_days, params.top_groups)
    analyses = detect.analyse_series(series, now, params)
    found = detect.incidents(analyses, params.spike_alpha, params.spike_lookback_hours)
    # Causes come from alert annotations and cases, redacted at ingest since the gate existed; rows
    # stored before then are redacted here, with the org's own settings.
    redact = gate(svc, org).text
    causes = Causes(svc.store, org, now - (params.history_days + 35) * DAY_SECONDS, redact)
    recs = (
        recommend.predictive(svc.store, org, analyses, now, params, redact, causes)
        + recommend.spikes(svc.store, org, found, now, params, redact, causes)
        + recommend.change_points(org, analyses, now, params)
    )
    recs = recommend.keep_identity(svc.store, org, recs, params)
    rows = detect.pattern_rows(org, analyses, found, now)
    rows += query_pattern_rows(svc, org, now, params)
    with svc.store.transaction() as conn:
        detect.store_patterns(conn, org, rows, now)
        recommend.store_recommendations(conn, recs, now)
    queued = queue_annotations(svc, recs)
    return {
        "groups": len(analyses),
        "patterns": len(rows),
        "recommendations": {k: sum(r.kind == k for r in recs) for k in recommend.KINDS},
        "annotations": queued,
    }


def query_pattern_rows(svc: Services, org: str, now: float, params: LearningParams) -> list[dict]:
    """Lasting shifts in the counts the AI helper reported, per intent (e.g. "critical alerts in 24 h")."""
    series = query_series(svc.store, org, now, params.history_days, params.top_groups)
    rows = []
    days = series.n_hours // 24
    first = series.n_hours - days * 24
    for intent, values in series.values.items():
        block = values[first:].reshape(days, 24)
        asked = np.isfinite(block).any(axis=1)
        daily = np.full(days, np.nan)
        daily[asked] = np.nanmedian(block[asked], axis=1)
        for sh in detect.daily_shifts(daily, series.start + first * HOUR, params):
            rows.append(
                {
                    "org_id": org,
                    "type": "query_shift",
                    "pattern_key": f"{intent}@{int(sh.time)}",
                    "data": to_json({"intent": intent, **asdict(sh)}),
                    "evidence": "{}",
                    "confidence": sh.confidence,
                    "now": now,
                    "expires_at": None,
                }
            )
    return rows


def after_demo(svc: Services, now) -> None:
    """`make run`'s first start: learn from the demo history at once instead of a pass later."""
    from exporter.jobs import run_learning

    run_learning(svc, now.timestamp())


def install(svc: Services) -> None:
    svc.learning_stages.append(SIGNALS_STAGE)
    svc.after_demo_load.append(after_demo)
    svc.snapshot.register(producer(svc))


__all__ = ["LearningParams", "install", "learn_org", "learn_signals"]
