"""How long each kind of row lives: one table of policies that every store-writing feature extends.

Tiers follow the product plan: `hot` (the result cache, hours), `warm` (summaries, patterns,
recommendations: 30-90 days), `cold` (audit history, kept 1-2 years and archived out of the live
tables), `permanent` (proven knowledge, versioned, never expired by age).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from exporter.store import Store

DAY = 86400.0


@dataclass(frozen=True)
class Policy:
    table: str
    time_column: str
    tier: str
    max_age_seconds: float | None  # None: kept until explicitly removed
    where: str = ""  # extra condition, e.g. only inactive rows


POLICIES: list[Policy] = [
    Policy("query_executions", "executed_at", "warm", 60 * DAY),
    Policy("recommendations", "expires_at", "warm", 30 * DAY),
    Policy("learned_patterns", "updated_at", "warm", 90 * DAY, "confidence < 0.9"),
    Policy("alert_events", "starts_at", "warm", 90 * DAY),
    Policy("sessions", "last_seen_at", "warm", 90 * DAY),
    Policy("annotations_sent", "created_at", "warm", 90 * DAY),
    Policy("job_runs", "started_at", "warm", 30 * DAY),
    Policy("audit_events", "ts", "cold", 730 * DAY),
    Policy("feedback", "ts", "cold", 730 * DAY),
    Policy("cases", "updated_at", "permanent", None),
    Policy("case_history", "ts", "permanent", None),
    Policy("user_profiles", "updated_at", "permanent", None),
]


def purge_expired(store: Store, now: float | None = None, batch: int = 5000) -> dict[str, int]:
    """Delete rows past their policy's age, in small batches so no lock is held for long."""
    now = time.time() if now is None else now
    removed: dict[str, int] = {}
    for policy in POLICIES:
        if policy.max_age_seconds is None:
            continue
        cutoff = now - policy.max_age_seconds
        extra = f" AND {policy.where}" if policy.where else ""
        total = 0
        while True:
            # A rowid/ctid-free portable batch: delete by the primary key columns of the oldest rows.
            n = store.execute(
                f"DELETE FROM {policy.table} WHERE {policy.time_column} < :cutoff{extra} "
                f"AND {policy.time_column} IN (SELECT {policy.time_column} FROM {policy.table} "
                f"WHERE {policy.time_column} < :cutoff{extra} ORDER BY {policy.time_column} LIMIT :n)",
                {"cutoff": cutoff, "n": batch},
            )
            total += max(n, 0)
            if n < batch:
                break
        removed[policy.table] = total
    return removed
