"""The only writer of `learning_tasks`: enqueue, claim, finish, and the figures read back.

Why a ledger beside the broker: the broker knows a message, not a fact. Two schedulers may
enqueue the same pass, and a message may be delivered twice (its worker died before the ack);
the row decides whether the work is still to do, and it survives a broker restart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from exporter.store import Store, to_json

#: The progress figures look back one day; retention removes rows after a week (tiers/retention.py).
WINDOW_SECONDS = 86400
GLOBAL = "*"  # the org of a stage that runs once per pass, not per org
STATES = ("queued", "running", "retrying", "succeeded", "failed")
_COLUMNS = ["org_id", "stage", "pass_slot", "pass_now", "state", "queued_at"]


@dataclass(frozen=True)
class TaskKey:
    org: str
    stage: str
    slot: int


def slot_of(now: float, interval: float) -> int:
    """The pass slot `now` falls in: every scheduler in the same interval names the same pass."""
    return int(now // interval * interval)


def enqueue(store: Store, org: str, stages: Sequence[str], slot: int, pass_now: float, now: float) -> list[str]:
    """Record one org's tasks for a pass; returns the stages not recorded before (the ones to send)."""
    rows = [
        {"org_id": org, "stage": stage, "pass_slot": slot, "pass_now": pass_now, "state": "queued", "queued_at": now}
        for stage in stages
    ]
    if not rows:
        return []
    with store.transaction() as conn:
        return conn.insert_new("learning_tasks", _COLUMNS, rows, "(org_id, stage, pass_slot)", "stage")


def claim(store: Store, key: TaskKey, now: float) -> float | None:
    """Mark the task running; returns its pass time, or None when it already succeeded (a duplicate)."""
    with store.transaction() as conn:
        rows = conn.query(
            "UPDATE learning_tasks SET state = 'running', attempts = attempts + 1, started_at = :t, error = NULL "
            "WHERE org_id = :o AND stage = :s AND pass_slot = :p AND state <> 'succeeded' RETURNING pass_now",
            {"t": now, **_key(key)},
        )
    return float(rows[0]["pass_now"]) if rows else None


def finish(store: Store, key: TaskKey, now: float, state: str, summary: Any = None, error: str | None = None) -> None:
    """Record how an attempt ended: succeeded, retrying (another attempt follows) or failed."""
    assert state in ("succeeded", "retrying", "failed"), state
    store.execute(
        "UPDATE learning_tasks SET state = :st, finished_at = :t, summary = :sum, error = :err "
        "WHERE org_id = :o AND stage = :s AND pass_slot = :p",
        {"st": state, "t": now, "sum": None if summary is None else to_json(summary)[:4000],
         "err": None if error is None else error[:2000], **_key(key)},
    )


def withdraw(store: Store, keys: Sequence[TaskKey]) -> None:
    """Remove queued rows whose message could not be sent."""
    for key in keys:
        store.execute(
            "DELETE FROM learning_tasks WHERE org_id = :o AND stage = :s AND pass_slot = :p AND state = 'queued'",
            _key(key),
        )


def task(store: Store, key: TaskKey) -> dict[str, Any] | None:
    return store.one(
        "SELECT org_id, stage, pass_slot, pass_now, state, attempts, started_at, finished_at, error "
        "FROM learning_tasks WHERE org_id = :o AND stage = :s AND pass_slot = :p",
        _key(key),
    )


def counts(store: Store, now: float) -> dict[tuple[str, str], int]:
    """Tasks queued in the last day by (stage, state), and 'retried' for those that took more than one try."""
    rows = store.query(
        "SELECT stage, state, COUNT(*) AS n, SUM(CASE WHEN attempts > 1 THEN 1 ELSE 0 END) AS retried "
        "FROM learning_tasks WHERE queued_at >= :t GROUP BY stage, state",
        {"t": now - WINDOW_SECONDS},
    )
    out: dict[tuple[str, str], int] = {}
    for r in rows:
        out[(r["stage"], r["state"])] = int(r["n"])
        out[(r["stage"], "retried")] = out.get((r["stage"], "retried"), 0) + int(r["retried"] or 0)
    return out


def pass_ages(store: Store, now: float) -> list[dict[str, Any]]:
    """Per (org, stage) with work in the last day: seconds since its last success (or, before the
    first success, since its first task was queued: a new org is not stale on arrival)."""
    rows = store.query(
        "SELECT org_id, stage, MIN(queued_at) AS first_queued, "
        "MAX(CASE WHEN state = 'succeeded' THEN finished_at END) AS last_success "
        "FROM learning_tasks WHERE queued_at >= :t GROUP BY org_id, stage",
        {"t": now - WINDOW_SECONDS},
    )
    return [
        {"org": r["org_id"], "stage": r["stage"], "last_success": r["last_success"],
         "age": max(0.0, now - float(r["last_success"] if r["last_success"] is not None else r["first_queued"]))}
        for r in rows
    ]


def stale_orgs(store: Store, now: float, interval: float, intervals: int = 3) -> list[dict[str, Any]]:
    """(org, stage) pairs not learned for `intervals` passes."""
    return [a for a in pass_ages(store, now) if a["age"] > intervals * interval]


def _key(key: TaskKey) -> dict[str, Any]:
    return {"o": key.org, "s": key.stage, "p": key.slot}
