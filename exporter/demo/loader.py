"""Loading the seeded demo history into a store, through the same ingest path as real data."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from exporter.demo.generate import generate_demo, weekly_peak
from exporter.demo.planted import DEMO_ORGS
from exporter.ingest import writer as ingest
from exporter.ingest.schemas import AlertmanagerWebhook, AuditEvent, QuerySummary
from exporter.privacy.gate import gate
from exporter.scoping import Principal
from exporter.service import Services

#: How far ahead of the moment the demo is loaded its weekly peak recurs (when loaded on the real
#: clock): inside the learning pass's 24 h lead time, so `make run` shows the predictive
#: recommendation on any day of the week.
PEAK_LEAD = timedelta(hours=6)


def load_demo(
    svc: Services, now: datetime | None = None, weeks: int = 8, seed: int = 42, peak_lead: timedelta | None = None
) -> dict:
    """Store the demo data for every demo org; rerunning stores nothing twice.

    ``now`` defaults to the current hour. ``peak_lead`` plants the weekly peak to recur that long
    after ``now`` (`make run` and `learning-exporter demo` use :data:`PEAK_LEAD`); without it the
    peak is PLANTED's Friday 15:00, which fixed-clock tests assert against.
    """
    now = now or datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    data = generate_demo(now, seed=seed, weeks=weeks, peak_lead=peak_lead)
    summary = {org: _store_org(svc, org, demo) for org, demo in data.orgs.items()}
    for hook in svc.after_demo_load:
        hook(svc, now)
    return summary


def load_tenants(svc: Services, tenants: int, now: datetime | None = None, weeks: int = 2, seed: int = 42) -> dict:
    """Many orgs of demo history (each demo org once per tenant, under `t<NNN>-<org>`, its own seed):
    the multi-org log that the scale-out tests and bench/learn_scale.py learn from. No hooks run."""
    now = now or datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    summary: dict = {}
    for t in range(tenants):
        data = generate_demo(now, seed=seed + t, weeks=weeks)
        for org, demo in data.orgs.items():
            name = f"t{t:03d}-{org}"
            summary[name] = _store_org(svc, name, demo)
    return summary


def _store_org(svc: Services, org: str, demo) -> dict:
    """One org's events, query summaries and alert webhooks, through the ingest path and its gate."""
    who = Principal(org_id=org, user_id=None, role="service")
    door = gate(svc, org)
    events = [AuditEvent.model_validate(e) for e in demo.events]
    stored = 0
    for i in range(0, len(events), 1000):
        stored += ingest.store_events(svc.store, who, door, events[i : i + 1000]).stored
    rows = []
    for q in demo.queries:
        summary_model = QuerySummary.model_validate(q)
        rows.append(ingest.query_row(summary_model, org, summary_model.user, door, svc.settings.cache_ttl_seconds))
    with svc.store.transaction() as conn:
        queries = len(svc.query_recorder(conn, rows))
    rows = [
        row
        for payload in demo.alert_webhooks
        for row in ingest.alert_rows(org, AlertmanagerWebhook.model_validate(payload), door)
    ]
    alerts = 0
    for i in range(0, len(rows), 2000):  # one commit per chunk: per-payload commits cost an fsync each
        with svc.store.transaction() as conn:
            alerts += ingest.upsert_alerts(conn, org, rows[i : i + 2000]).stored
    return {"events": stored, "queries": queries, "alerts": alerts}


def load_demo_if_empty(svc: Services) -> dict | None:
    """First start of `make run`: load the demo once, never over data that is already there."""
    marks = ",".join(f"'{o}'" for o in DEMO_ORGS)
    if svc.store.scalar(f"SELECT COUNT(*) AS n FROM audit_events WHERE org_id IN ({marks})"):
        return None
    now = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    summary = load_demo(svc, now=now, peak_lead=PEAK_LEAD)
    return summary | {"weekly_peak": next_weekly_peak(now, PEAK_LEAD)}


def next_weekly_peak(now: datetime, lead: timedelta | None) -> dict:
    """Where the demo's planted weekly peak will show next: its org, group and time."""
    peak = weekly_peak(now, lead)
    group = "/".join(peak["group"][k] for k in ("alertname", "severity", "service"))
    at = (now + timedelta(days=(peak["weekday"] - now.weekday()) % 7)).replace(
        hour=peak["hour"], minute=0, second=0, microsecond=0
    )
    if at <= now:
        at += timedelta(weeks=1)
    return {"org": peak["org"], "group": group, "next": at.isoformat()}
