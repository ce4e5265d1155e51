"""Usage-pattern metrics and the plan's success metrics, each beside its target.

`aihelper_habit_recommendations_served_total` is live (counted where a habit recommendation is
issued). Everything else is a store figure served from the snapshot (see `exporter.metrics`):
cluster count and noise share, open knowledge gaps, and the five success metrics, each computed
from recorded rows over the last `WINDOW` seconds, never from constants:

- query time saved: execution time of questions the result cache answers (same intent key and
  window as an earlier execution still within its TTL) over the execution time of all questions;
- troubleshooting time to resolution: 1 - mean with a suggested case / mean without one;
- helpful feedback: helpful ratings over all ratings;
- solution reuse: troubleshooting sessions that applied a fix already known from an earlier case;
- temporal cache hit rate: the share of questions with a relative time range that the cache answers.

The per-org pattern counts by type and confidence band are the learning job's `aihelper_patterns`.
"""

from __future__ import annotations

from collections.abc import Iterable

from prometheus_client import Counter
from prometheus_client.core import GaugeMetricFamily, Metric

from detectors.templates import question_template
from exporter.metrics import PREFIX, REGISTRY
from exporter.store import Store, from_json

WINDOW = 30 * 86400.0

HABIT_RECOMMENDATIONS = Counter(
    f"{PREFIX}_habit_recommendations_served_total",
    "Habit recommendations issued shortly before a person's habitual question is due.",
    registry=REGISTRY,
)

#: The plan's targets, exported beside each figure as aihelper_success_target_ratio{metric}.
TARGETS = {
    "query_time_saved": 0.30,
    "resolution_time_reduction": 0.40,
    "helpful_feedback": 0.80,
    "solution_reuse": 0.50,
    "temporal_cache_hit": 0.30,
}
_HELP = {
    "query_time_saved": "Share of query execution time the result cache saves (target 0.30).",
    "resolution_time_reduction": "1 - troubleshooting time to resolution with a suggested case / without (target 0.40).",
    "helpful_feedback": "Helpful ratings over all ratings (target 0.80).",
    "solution_reuse": "Share of troubleshooting sessions that reused a past solution (target 0.50).",
    "temporal_cache_hit": "Share of questions with a relative time range the cache answers (target 0.30).",
}


def success_figures(store: Store, now: float) -> dict[str, float | None]:
    since = now - WINDOW
    with store.transaction() as conn:
        fb = conn.query(
            "SELECT rating, COUNT(*) AS n FROM feedback WHERE ts >= :s GROUP BY rating", {"s": since}
        )
        queries = conn.query(
            "SELECT org_id, intent_key, query_text, relative_expression, range_start, range_end, "
            "execution_time_seconds, executed_at, expires_at FROM query_executions WHERE executed_at >= :s "
            "ORDER BY org_id, executed_at",
            {"s": since - 86400},
        )
        ttr = conn.query(
            "SELECT c.org_id, c.source_session_id, c.outcome, "
            "(SELECT COUNT(*) FROM case_uses u WHERE u.org_id = c.org_id AND u.session_id = c.source_session_id "
            " AND u.kind = 'suggested') AS suggested FROM cases c WHERE c.created_at >= :s "
            "AND c.source_session_id IS NOT NULL",
            {"s": since},
        )
        sessions = conn.query(
            "SELECT org_id, session_id, started_at FROM sessions WHERE session_type = 'troubleshooting' "
            "AND started_at >= :s",
            {"s": since},
        )
        fixes = conn.query(
            "SELECT c.org_id, c.solution, s.started_at FROM cases c JOIN sessions s ON s.org_id = c.org_id "
            "AND s.session_id = c.source_session_id WHERE c.status = 'active'",
        )
        applied = conn.query(
            "SELECT a.org_id, a.session_id, a.data FROM audit_events a JOIN sessions s ON s.org_id = a.org_id "
            "AND s.session_id = a.session_id WHERE a.kind = 'action' AND s.session_type = 'troubleshooting' "
            "AND s.started_at >= :s",
            {"s": since},
        )
        used = conn.query(
            "SELECT DISTINCT org_id, session_id FROM case_uses WHERE kind = 'applied' AND ts >= :s", {"s": since}
        )
    out: dict[str, float | None] = dict.fromkeys(TARGETS)
    ratings = {r["rating"]: int(r["n"]) for r in fb}
    if sum(ratings.values()):
        out["helpful_feedback"] = ratings.get("helpful", 0) / sum(ratings.values())
    out.update(_cache(queries, since))
    with_s, without = [], []
    for r in ttr:
        t = from_json(r["outcome"], {}).get("time_to_resolution_seconds")
        if t is not None:
            (with_s if int(r["suggested"]) else without).append(float(t))
    if with_s and without:
        out["resolution_time_reduction"] = 1 - (sum(with_s) / len(with_s)) / (sum(without) / len(without))
    if sessions:
        known: dict[str, list[tuple[float, str]]] = {}
        for f in fixes:
            for cmd in from_json(f["solution"], {}).get("commands") or []:
                known.setdefault(f["org_id"], []).append((float(f["started_at"]), cmd.strip()))
        started = {(s["org_id"], s["session_id"]): float(s["started_at"]) for s in sessions}
        reused = {(u["org_id"], u["session_id"]) for u in used}
        for a in applied:
            k = (a["org_id"], a["session_id"])
            cmd = (from_json(a["data"], {}).get("command") or "").strip()
            if k in started and cmd and any(t < started[k] and c == cmd for t, c in known.get(a["org_id"], [])):
                reused.add(k)
        out["solution_reuse"] = len(reused & started.keys()) / len(started)
    return out


def _cache(rows: list[dict], since: float) -> dict[str, float | None]:
    """Which recorded questions the cache answers: same intent and window as an unexpired earlier one."""
    live: dict[tuple, float] = {}
    total_time = saved = 0.0
    temporal = hits = 0
    for r in rows:
        key = (
            r["org_id"],
            r["intent_key"] or question_template(r["query_text"]),
            r["relative_expression"] or "",
        )
        t = float(r["executed_at"])
        hit = live.get(key, -1.0) > t
        if t >= since:
            secs = float(r["execution_time_seconds"] or 0.0)
            total_time += secs
            if hit:
                saved += secs
            if r["relative_expression"]:
                temporal += 1
                hits += hit
        if not hit:
            live[key] = float(r["expires_at"])
    return {
        "query_time_saved": saved / total_time if total_time else None,
        "temporal_cache_hit": hits / temporal if temporal else None,
    }


def producer(store: Store, clock) -> callable:
    """Snapshot producer: store-derived families, computed off the scrape path."""

    def produce() -> Iterable[Metric]:
        clusters = GaugeMetricFamily(f"{PREFIX}_intent_clusters", "Intent clusters found in the latest pass.")
        noise = GaugeMetricFamily(
            f"{PREFIX}_intent_cluster_noise_ratio", "Share of recent questions in no intent cluster (0-1)."
        )
        gaps = GaugeMetricFamily(f"{PREFIX}_knowledge_gaps_open", "Knowledge gaps found and not yet expired.")
        target = GaugeMetricFamily(
            f"{PREFIX}_success_target_ratio", "The plan's target for each success metric.", labels=["metric"]
        )
        try:
            with store.transaction() as conn:
                rows = conn.query("SELECT org_id, data FROM learned_patterns WHERE type = 'cluster'")
                n_gaps = conn.scalar(
                    "SELECT COUNT(*) AS n FROM learned_patterns WHERE type = 'knowledge_gap' AND confidence > 0"
                )
            figures = success_figures(store, clock())
        except Exception:  # the store is down: serve nothing rather than stale or partial figures
            return []
        per_org: dict[str, tuple[float, int]] = {}
        for r in rows:
            d = from_json(r["data"], {})
            per_org[r["org_id"]] = (float(d.get("run_noise_ratio", 0.0)), int(d.get("run_questions", 0)))
        clusters.add_metric([], len(rows))
        asked = sum(n for _, n in per_org.values())
        noise.add_metric([], sum(r * n for r, n in per_org.values()) / asked if asked else 0.0)
        gaps.add_metric([], int(n_gaps or 0))
        families: list[Metric] = [clusters, noise, gaps, target]
        for name, value in TARGETS.items():
            target.add_metric([name], value)
            fam = GaugeMetricFamily(f"{PREFIX}_success_{name}_ratio", _HELP[name])
            if figures.get(name) is not None:
                fam.add_metric([], round(float(figures[name]), 6))
            families.append(fam)
        return families

    return produce
