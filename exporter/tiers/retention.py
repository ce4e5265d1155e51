"""How long each kind of row lives, and the job that enforces it: the product plan's four tiers.

- ``hot`` (hours): the query memory's live entries (result cache), expiring by their own `expires_at`
  (or by Redis TTLs, see exporter/tiers/hot).
- ``warm`` (30-90 days): summaries, patterns, sessions, recommendations; deleted past their age.
- ``cold`` (1-2 years): audit events and feedback, moved out of the live tables into archive
  files once past their warm period, and the files deleted at the end of the cold period.
- ``permanent``: proven knowledge (cases, runbooks, knowledge versions) and a person's own
  settings; never expired by age, only by delete-my-data.

Every table in the live schema must have a policy: `unmanaged_tables()` lists those without one
and a test fails on them, so storage cannot grow without bound by omission. Capabilities that
add tables add their policy with `register()` in their `install()`.

Ages come from the policy's default, overridden per kind by `Settings.retention_days` and per org
by the org's privacy settings, always clamped to the policy's bounds. Deletes run in batches of
`batch` rows, each its own short transaction, so the job never holds a long lock.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from prometheus_client import Counter, Gauge
from prometheus_client.core import GaugeMetricFamily

from exporter.metrics import PREFIX, REGISTRY
from exporter.store import Store, from_json
from exporter.tiers.batch import delete_in_batches

if TYPE_CHECKING:
    from exporter.service import Services

log = logging.getLogger(__name__)

DAY = 86400.0
TIERS = ("hot", "warm", "cold", "permanent")
_BOUNDS = {"warm": (30.0, 90.0), "cold": (365.0, 730.0)}


@dataclass(frozen=True)
class Policy:
    """One table's life. For `cold`, `days` is the warm period before archiving and `cold_days`
    how long the archive files are kept; `hot` rows go when `time_column` (an expiry) has passed."""

    table: str
    time_column: str | None
    tier: str
    days: float | None = None
    where: str = ""
    cold_days: float | None = None
    bounds: tuple[float, float] | None = None

    def limits(self) -> tuple[float, float]:
        """Bounds of `days`: for a cold kind that is its warm period, so the warm bounds apply."""
        tier = "warm" if self.tier == "cold" else self.tier
        return self.bounds or _BOUNDS.get(tier, (0.0, float("inf")))


POLICIES: list[Policy] = [
    Policy("hot_entries", "expires_at", "hot", 0),
    Policy("query_executions", "executed_at", "warm", 60),
    Policy("learned_patterns", "updated_at", "warm", 90, "confidence < 0.9"),
    Policy("sessions", "last_seen_at", "warm", 90),
    Policy("recommendations", "expires_at", "warm", 30),
    Policy("alert_events", "starts_at", "warm", 90),
    Policy("annotations_sent", "created_at", "warm", 90),
    Policy("case_uses", "ts", "warm", 90),
    # A session's report as matched, until an outcome or rating confirms it (`cases.pairs`); the confirmed pairs
    # choose the org's lexical scale and live as long as the org's other warm evidence; the choice is recomputed.
    Policy("case_reports", "ts", "warm", 30),
    Policy("case_pairs", "ts", "warm", 90),
    Policy("job_runs", "started_at", "warm", 30),
    # The Celery task ledger: a week of passes is enough to see progress and what failed.
    Policy("learning_tasks", "queued_at", "warm", 7, bounds=(1.0, 90.0)),
    # Vectors of redacted question texts: a text asked again after this is embedded again.
    Policy("text_vectors", "created_at", "warm", 90),
    # the receipts of delete-my-data hold only a digest and counts; kept a year for audits
    Policy("deletion_requests", "finished_at", "warm", 365, "status = 'done'", bounds=(30, 730)),
    Policy("audit_events", "ts", "cold", 90, cold_days=730),
    Policy("feedback", "ts", "cold", 90, cold_days=730),
    # the archive's own bookkeeping: rows leave with their files
    Policy("archive_manifest", None, "cold"),
    Policy("archive_members", None, "cold"),
    Policy("cases", None, "permanent"),
    Policy("case_history", None, "permanent"),
    Policy("case_index_versions", None, "permanent"),
    Policy("case_lexical_choices", None, "permanent"),  # one number per org, chosen again from the pairs each pass
    Policy("runbook_versions", None, "permanent"),
    Policy("knowledge_versions", None, "permanent"),
    Policy("user_profiles", None, "permanent"),
    Policy("privacy_settings", None, "permanent"),
    Policy("org_aliases", None, "permanent"),
    # Proposals are recomputed from the summaries still stored on every learning pass (and at once after a
    # delete-my-data request), so they leave with query_executions; the admin's decisions on them stay.
    Policy("learned_aliases", None, "permanent"),
]


def register(policy: Policy) -> None:
    """Add (or replace) the policy of a table another capability owns."""
    POLICIES[:] = [p for p in POLICIES if p.table != policy.table] + [policy]


def policy_for(table: str) -> Policy | None:
    return next((p for p in POLICIES if p.table == table), None)


def unmanaged_tables(store: Store) -> list[str]:
    known = {p.table for p in POLICIES}
    return sorted(t for t in store.table_names() if t not in known and not t.startswith(("_yoyo", "yoyo")))


# -- metrics ---------------------------------------------------------------------------------------

ROWS_DELETED = Counter(f"{PREFIX}_retention_rows_deleted_total",
                       "Rows the retention job deleted, by tier they were deleted from.", ["tier"], registry=REGISTRY)
ROWS_MOVED = Counter(f"{PREFIX}_retention_rows_moved_total",
                     "Rows the retention job moved into a tier (warm to cold: archived).", ["tier"], registry=REGISTRY)
ERRORS = Counter(f"{PREFIX}_retention_errors_total", "Retention steps that failed, by tier.", ["tier"],
                 registry=REGISTRY)
LAST_SUCCESS = Gauge(f"{PREFIX}_retention_last_success_timestamp_seconds",
                     "Unix time the last retention run finished without errors (0 before the first).",
                     registry=REGISTRY)
for _tier in TIERS:
    ROWS_DELETED.labels(tier=_tier)
    ROWS_MOVED.labels(tier=_tier)
    ERRORS.labels(tier=_tier)


@dataclass
class TierSizes:
    rows: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TIERS, 0))
    bytes: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TIERS, 0))


class SizeProducer:
    """Store-derived rows and bytes per tier, measured by the retention run, served from the snapshot."""

    def __init__(self) -> None:
        self.sizes: TierSizes | None = None

    def __call__(self) -> Iterable[GaugeMetricFamily]:
        if self.sizes is None:
            return []
        rows = GaugeMetricFamily(f"{PREFIX}_retention_rows", "Rows held per retention tier (cold: archived rows).",
                                 labels=["tier"])
        size = GaugeMetricFamily(f"{PREFIX}_retention_bytes",
                                 "Bytes held per retention tier (tables and indexes; cold: archive files).",
                                 labels=["tier"])
        for tier in TIERS:
            rows.add_metric([tier], self.sizes.rows[tier])
            size.add_metric([tier], self.sizes.bytes[tier])
        return [rows, size]


# -- the job ---------------------------------------------------------------------------------------

def _count(store: Store, table: str, cond: str, params: dict[str, Any]) -> int:
    return int(store.scalar(f"SELECT COUNT(*) AS n FROM {table} WHERE {cond}", params) or 0)


def age_days(policy: Policy, settings: Any, org_overrides: dict[str, Any] | None = None) -> float | None:
    """The age limit in days for this policy: org override, else the setting, else the default, clamped."""
    if policy.days is None or policy.time_column is None:
        return None
    chosen = policy.days
    configured = from_json(getattr(settings, "retention_days", "{}"), {}) or {}
    if policy.table in configured:
        chosen = float(configured[policy.table])
    if org_overrides and policy.table in org_overrides:
        chosen = float(org_overrides[policy.table])
    lo, hi = policy.limits()
    return min(max(chosen, lo), hi)


def org_overrides(store: Store) -> dict[str, dict[str, Any]]:
    rows = store.query("SELECT org_id, retention FROM privacy_settings WHERE retention <> '{}'")
    return {r["org_id"]: from_json(r["retention"], {}) for r in rows}


def _present(store: Store) -> set[str]:
    return set(store.table_names())


def run(svc: Services, now: float | None = None, dry_run: bool = False, batch: int = 5000) -> dict[str, Any]:
    """One retention pass over every policy; returns per-tier, per-table counts.

    With `dry_run`, counts what would be deleted or archived and changes nothing.
    """
    from exporter.store.schema import table_columns
    from exporter.tiers.archive import Archive

    now = time.time() if now is None else now
    store: Store = svc.store
    present = _present(store)
    overrides = org_overrides(store) if "privacy_settings" in present else {}
    out: dict[str, Any] = {t: {} for t in TIERS}
    errors = 0
    archive = Archive.from_settings(store, svc.settings)
    columns = table_columns(store)
    if not dry_run:
        archive.recover()
    for policy in POLICIES:
        if policy.table not in present or policy.time_column is None:
            continue
        try:
            if policy.tier == "cold":
                out["cold"][policy.table] = _cold(archive, policy, svc.settings, overrides, now, dry_run,
                                                  [c.name for c in columns[policy.table]
                                                   if c.name in ("user_id", "author_id")])
            else:
                out[policy.tier][policy.table] = _expire(store, policy, svc.settings, overrides, now, dry_run, batch)
        except Exception as exc:  # one table failing must not stop the others
            errors += 1
            ERRORS.labels(tier=policy.tier).inc()
            out[policy.tier][policy.table] = {"error": str(exc)[:300]}
            log.exception("retention of %s failed", policy.table)
    if not dry_run:
        try:
            n = svc.hot.purge_expired(now)
            if n:
                out["hot"]["redis_or_store"] = {"deleted": n}
                ROWS_DELETED.labels(tier="hot").inc(n)
        except Exception as exc:
            errors += 1
            ERRORS.labels(tier="hot").inc()
            log.warning("hot tier purge failed: %s", exc)
        sizes = measure(svc)
        svc.retention_sizes.sizes = sizes
        out["sizes"] = {"rows": sizes.rows, "bytes": sizes.bytes}
        if errors == 0:
            LAST_SUCCESS.set(time.time())
    out["errors"] = errors
    out["dry_run"] = dry_run
    return out


def _expire(store: Store, policy: Policy, settings: Any, overrides: dict[str, dict], now: float,
            dry_run: bool, batch: int) -> dict[str, int]:
    extra = f" AND ({policy.where})" if policy.where else ""
    special = {org: o for org, o in overrides.items() if policy.table in o}
    runs: list[tuple[str, dict[str, Any]]] = []
    for i, (org, o) in enumerate(sorted(special.items())):
        cutoff = now - (age_days(policy, settings, o) or 0) * DAY
        runs.append((f"org_id = :_o{i} AND {policy.time_column} < :_c{i}{extra}", {f"_o{i}": org, f"_c{i}": cutoff}))
    cutoff = now - (age_days(policy, settings) or 0) * DAY
    rest = " AND ".join(f"org_id <> :_x{i}" for i in range(len(special)))
    runs.append((f"{policy.time_column} < :_c{extra}" + (f" AND {rest}" if rest else ""),
                 {"_c": cutoff, **{f"_x{i}": org for i, org in enumerate(sorted(special))}}))
    total = 0
    for cond, params in runs:
        total += _count(store, policy.table, cond, params) if dry_run else delete_in_batches(
            store, policy.table, cond, params, batch)
    if not dry_run:
        ROWS_DELETED.labels(tier=policy.tier).inc(total)
    return {"would_delete" if dry_run else "deleted": total}


def _cold(archive: Any, policy: Policy, settings: Any, overrides: dict[str, dict], now: float,
          dry_run: bool, person_columns: list[str]) -> dict[str, int]:
    """Archive rows past their warm period; rows already past the cold period are deleted outright
    (archiving them would only write files the same run deletes), as are archive files past it."""
    moved = files = 0
    keep = policy.cold_days if policy.cold_days is not None else 730
    lo, hi = _BOUNDS["cold"]
    cold_cutoff = now - min(max(keep, lo), hi) * DAY
    stale = (f"{policy.time_column} < :_cold", {"_cold": cold_cutoff})
    default_cutoff = now - (age_days(policy, settings) or 0) * DAY
    orgs = archive.orgs_with_rows_before(policy.table, policy.time_column,
                                         max([default_cutoff] + [now - (age_days(policy, settings, o) or 0) * DAY
                                                                 for o in overrides.values()]))
    if dry_run:
        expired = _count(archive.store, policy.table, *stale) + int(archive.store.scalar(
            "SELECT COALESCE(SUM(row_count), 0) AS n FROM archive_manifest WHERE status = 'committed' "
            "AND source_table = :t AND max_ts < :c", {"t": policy.table, "c": cold_cutoff}) or 0)
        for org in orgs:
            cutoff = now - (age_days(policy, settings, overrides.get(org)) or 0) * DAY
            moved += _count(archive.store, policy.table,
                            f"org_id = :o AND {policy.time_column} < :c AND {policy.time_column} >= :_cold",
                            {"o": org, "c": cutoff, "_cold": cold_cutoff})
        return {"would_archive": moved, "would_expire": expired}
    expired = delete_in_batches(archive.store, policy.table, *stale)
    for org in orgs:
        cutoff = now - (age_days(policy, settings, overrides.get(org)) or 0) * DAY
        result = archive.archive_before(policy.table, policy.time_column, org, cutoff, person_columns)
        moved += result.rows
        files += result.files
    expired += archive.expire_before(policy.table, cold_cutoff)
    ROWS_MOVED.labels(tier="cold").inc(moved)
    ROWS_DELETED.labels(tier="cold").inc(expired)
    return {"archived": moved, "files": files, "expired": expired}


def measure(svc: Services) -> TierSizes:
    """Rows and bytes per tier now: table sizes from the database, archive sizes from the manifest."""
    store: Store = svc.store
    sizes = TierSizes()
    present = _present(store)
    for policy in POLICIES:
        if policy.table not in present or policy.table in ("archive_manifest", "archive_members"):
            continue
        tier = "warm" if policy.tier == "cold" else policy.tier  # live rows of a cold kind are still warm
        sizes.rows[tier] += int(store.scalar(f"SELECT COUNT(*) AS n FROM {policy.table}") or 0)
        sizes.bytes[tier] += store.table_bytes(policy.table)
    if "archive_manifest" in present:
        row = store.one("SELECT COALESCE(SUM(row_count), 0) AS n, COALESCE(SUM(byte_count), 0) AS b "
                        "FROM archive_manifest WHERE status = 'committed'")
        sizes.rows["cold"] += int(row["n"])
        sizes.bytes["cold"] += int(row["b"])
    try:
        hot = svc.hot
        if hot.kind == "redis":
            n, b = hot.stats()
            sizes.rows["hot"] += n
            sizes.bytes["hot"] += b
    except Exception as exc:
        log.warning("hot tier size unavailable: %s", exc)
    return sizes


def learning_stage(svc: Services, now: float) -> dict[str, Any]:
    """The retention pass inside the learning schedule, as of the pass's `now` but never later
    than the real clock: a pass replaying a backfilled history (`learn --now`) keeps what was
    young at that time instead of archiving it as too old, and no pass expires data early."""
    result = run(svc, now=min(now, time.time()))
    return {k: v for k, v in result.items() if k in ("errors", "sizes")} | {
        "changed": json.dumps({t: result[t] for t in TIERS}, sort_keys=True)[:2000]
    }


def install(svc: Services) -> None:
    svc.snapshot.register(svc.retention_sizes)
    svc.learning_stages.append(("retention", learning_stage))
