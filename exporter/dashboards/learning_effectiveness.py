"""Learning effectiveness: is the AI helper's memory saving people time and giving good answers?"""

from __future__ import annotations

from exporter.dashboards.model import Dashboard, Panel, Query, Row, p95, panel, stat

RATIO_THRESHOLDS = ((None, "red"), (0.3, "orange"), (0.5, "green"))
# A share from 0 to 1; a success ratio is one, read in the bands above.
SHARE = {"unit": "percentunit", "min": 0, "max": 1}
RATIO = {**SHARE, "thresholds": RATIO_THRESHOLDS}

DASHBOARD = Dashboard(
    uid="aihelper-learning",
    title="AI helper / Learning effectiveness",
    description="Whether remembered answers and past cases are reused, rated helpful and shorten troubleshooting.",
    links=(("Open the AI helper", "/"),),
    rows=(
        Row(
            "Query memory",
            (
                stat("Cache hit ratio",
                     "Share of questions answered from a remembered result instead of a new query.",
                     'sum(rate(aihelper_query_cache_lookups_total{decision="hit"}[$__rate_interval]))'
                     " / sum(rate(aihelper_query_cache_lookups_total[$__rate_interval]))", "hit ratio",
                     width=6, link="/insights/cache", **RATIO),
                stat("Time saved by the cache",
                     "Query time not spent because a remembered result was served, over the dashboard range.",
                     "sum(increase(aihelper_query_cache_time_saved_seconds_total[$__range]))", "saved",
                     unit="s", width=6, link="/insights/cache"),
                panel("Cache lookups by decision",
                      "Hits reuse a whole result, partial hits reuse part of a time range, misses run the query.",
                      "sum by (decision) (rate(aihelper_query_cache_lookups_total[$__rate_interval]))", "{{decision}}",
                      unit="ops", width=12),
                panel("Hit ratio since restart, per replica",
                      "Each replica's own share of hits since it started: a replica far below the others needs a look.",
                      "aihelper_query_cache_hit_ratio", "{{instance}}",
                      width=6, **SHARE),
                panel("Remembered results by state",
                      "Live results can answer lookups; expired ones are kept for trends only.",
                      "max by (state) (aihelper_query_cache_entries)", "{{state}}",
                      unit="short", width=6),
                panel("Learned aliases by state",
                      "What the orgs' own questions beside their executed queries taught the cache to read as which name "
                      "(proposed ones are read until an admin accepts or rejects them).",
                      "max by (state) (aihelper_query_cache_learned_aliases)", "{{state}}",
                      unit="short", width=6),
                panel("Lookup latency (p95)",
                      "Time to answer one lookup, embedding included; the AI helper waits for it.",
                      p95("aihelper_query_cache_lookup_duration_seconds"), "p95",
                      unit="s", width=6),
            ),
        ),
        Row(
            "Success metrics against their targets",
            (
                Panel(
                    "Success metrics",
                    "The plan's success figures from the store: each should sit at or above its target (table).",
                    (
                        Query("max(aihelper_success_query_time_saved_ratio)", "query time saved"),
                        Query("max(aihelper_success_resolution_time_reduction_ratio)", "resolution time reduction"),
                        Query("max(aihelper_success_helpful_feedback_ratio)", "helpful feedback"),
                        Query("max(aihelper_success_solution_reuse_ratio)", "solution reuse"),
                        Query("max(aihelper_success_temporal_cache_hit_ratio)", "relative-time cache hits"),
                    ),
                    width=16,
                    **SHARE,
                    link="/insights",
                ),
                panel("Targets", "The target of each success metric.",
                      "max by (metric) (aihelper_success_target_ratio)", "{{metric}}",
                      kind="bargauge", width=8, **SHARE),
            ),
        ),
        Row(
            "Answers and feedback",
            (
                stat("Helpful-feedback ratio (cases)",
                     "Share of all ratings of suggested cases that were 'helpful', from the store.",
                     "max(aihelper_case_feedback_helpful_ratio)", "helpful",
                     width=6, link="/insights/feedback", **RATIO),
                panel("Ratings by target and rating",
                      "Ratings received through the feedback API; a falling share of 'helpful' needs a look.",
                      "sum by (target, rating) (rate(aihelper_feedback_total[$__rate_interval]))", "{{target}} {{rating}}",
                      unit="ops", width=18, link="/insights/feedback"),
            ),
        ),
        Row(
            "Troubleshooting memory",
            (
                stat("Solution reuse",
                     "Share of troubleshooting sessions of the last 30 days that were given or applied a past case.",
                     "max(aihelper_troubleshooting_sessions_with_case_ratio)", "sessions with a case",
                     width=6, link="/insights/cases", **RATIO),
                panel("Mean time to resolution, with and without a suggested case",
                      "If past cases help, sessions that were given one resolve faster.",
                      "sum by (suggested) (increase(aihelper_troubleshooting_time_to_resolution_seconds_sum[$__range]))"
                      " / sum by (suggested) (increase(aihelper_troubleshooting_time_to_resolution_seconds_count[$__range]))", "suggested={{suggested}}",
                      unit="s", kind="bargauge", width=9, link="/insights/cases"),
                panel("Suggested fixes applied, by outcome",
                      "What happened when a suggested fix was applied, over the dashboard range.",
                      "sum by (status) (increase(aihelper_case_outcomes_total[$__range]))", "{{status}}",
                      unit="short", kind="bargauge", width=9),
                panel("Case matches", "Requests for past cases, by whether any case was found.",
                      "sum by (result) (rate(aihelper_case_matches_total[$__rate_interval]))", "{{result}}",
                      unit="ops", width=12),
                panel("Case match latency (p95)",
                      "Time to rank past cases for a new problem; the AI helper waits for it.",
                      p95("aihelper_case_match_duration_seconds"), "p95",
                      unit="s", width=12),
            ),
        ),
        Row(
            "Confidence",
            (
                panel("Learned patterns by confidence",
                      "Patterns the learning job found, by type and confidence band.",
                      "max by (type, confidence_band) (aihelper_patterns)", "{{type}} {{confidence_band}}",
                      unit="short", kind="bargauge", width=12, link="/insights/low-confidence-patterns"),
                panel("Cases by confidence",
                      "Active troubleshooting cases by the confidence band of their decayed quality.",
                      "max by (band) (aihelper_cases)", "{{band}}",
                      unit="short", kind="bargauge", width=12, link="/insights/low-confidence-cases"),
            ),
        ),
    ),
)
