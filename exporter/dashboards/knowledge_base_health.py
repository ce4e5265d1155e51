"""Knowledge base health: is the memory fresh, trustworthy and fed, and is the exporter itself well?"""

from __future__ import annotations

from exporter.dashboards.model import Dashboard, Panel, Query, Row
from exporter.dashboards.rules import JOB

UP_THRESHOLDS = ((None, "red"), (1, "green"))

DASHBOARD = Dashboard(
    uid="aihelper-kb-health",
    title="AI helper / Knowledge base health",
    description="Cases, stale and low-confidence knowledge, knowledge gaps, ingest and redaction, exporter and store health.",
    links=(("Open the AI helper", "/"),),
    rows=(
        Row(
            "Exporter and store",
            (
                Panel(
                    "Exporter up",
                    "Whether Prometheus can scrape every exporter replica (the lowest of them).",
                    (Query(f'min(up{{job="{JOB}"}})', "up"),),
                    unit="bool_yes_no",
                    kind="stat",
                    width=4,
                    thresholds=UP_THRESHOLDS,
                ),
                Panel(
                    "Store up",
                    "Whether every replica's last store health check succeeded.",
                    (Query("min(aihelper_store_up)", "store"),),
                    unit="bool_yes_no",
                    kind="stat",
                    width=4,
                    thresholds=UP_THRESHOLDS,
                ),
                Panel(
                    "Since the last learning pass",
                    "Time since a learning pass last succeeded on any replica; over an hour raises an alert.",
                    (Query("time() - max(aihelper_learning_last_success_timestamp_seconds)", "age"),),
                    unit="s",
                    kind="stat",
                    width=4,
                    thresholds=((None, "green"), (1800, "orange"), (3600, "red")),
                ),
                Panel(
                    "Schema version",
                    "Applied schema migrations; replicas should agree.",
                    (Query("max(aihelper_schema_version)", "version"),),
                    unit="none",
                    kind="stat",
                    width=4,
                ),
                Panel(
                    "Learning passes",
                    "Learning passes by result; 'skipped' means another replica held the lock.",
                    (Query("sum by (result) (increase(aihelper_learning_runs_total[$__rate_interval]))", "{{result}}"),),
                    unit="short",
                    width=8,
                ),
                Panel(
                    "Learning pass duration (p95)",
                    "Wall time of one learning pass.",
                    (
                        Query(
                            "histogram_quantile(0.95, sum by (le) (rate(aihelper_learning_duration_seconds_bucket[$__rate_interval])))",
                            "p95",
                        ),
                    ),
                    unit="s",
                    width=12,
                ),
                Panel(
                    "Grafana annotations",
                    "Annotations the learning job left on these dashboards; 'retry' means Grafana was unreachable.",
                    (Query("sum by (result) (increase(aihelper_grafana_annotations_total[$__rate_interval]))", "{{result}}"),),
                    unit="short",
                    width=12,
                ),
                Panel(
                    "Learning tasks (Celery workers)",
                    "Tasks of the last 24 h by state, from the ledger every replica reads; all zero when the "
                    "exporter learns in process.",
                    (Query('sum by (state) (max by (stage, state) (aihelper_learning_tasks))', "{{state}}"),),
                    unit="short",
                    width=12,
                ),
                Panel(
                    "Orgs overdue for learning",
                    "Orgs per stage with no successful task for three intervals, and the oldest org's age.",
                    (
                        Query("max by (stage) (aihelper_learning_orgs_stale)", "{{stage}} overdue"),
                        Query("max by (stage) (aihelper_learning_oldest_org_pass_age_seconds)", "{{stage}} oldest (s)"),
                    ),
                    unit="short",
                    width=12,
                ),
                Panel(
                    "Running versions",
                    "Build facts of each running replica.",
                    (Query("aihelper_build_info", ""),),
                    unit="none",
                    kind="table",
                    width=24,
                    height=5,
                ),
            ),
        ),
        Row(
            "Knowledge",
            (
                Panel(
                    "Active cases",
                    "Troubleshooting cases the AI helper can suggest.",
                    (Query("sum(max by (band) (aihelper_cases))", "cases"),),
                    unit="short",
                    kind="stat",
                    width=6,
                    link="/insights/cases",
                ),
                Panel(
                    "Stale cases",
                    "Active cases not confirmed within the re-validation period.",
                    (Query("max(aihelper_cases_stale)", "stale"),),
                    unit="short",
                    kind="stat",
                    width=6,
                    thresholds=((None, "green"), (1, "orange")),
                    link="/insights/stale-cases",
                ),
                Panel(
                    "Open knowledge gaps",
                    "Recurring questions without a confirmed answer in memory.",
                    (Query("max(aihelper_knowledge_gaps_open)", "open"),),
                    unit="short",
                    kind="stat",
                    width=6,
                    thresholds=((None, "green"), (1, "orange")),
                    link="/insights/knowledge-gaps",
                ),
                Panel(
                    "Low-confidence patterns",
                    "Learned patterns in the low confidence band.",
                    (Query('sum(max by (type) (aihelper_patterns{confidence_band="low"}))', "low"),),
                    unit="short",
                    kind="stat",
                    width=6,
                    link="/insights/low-confidence-patterns",
                ),
                Panel(
                    "Intent clusters",
                    "Kinds of question the latest pass recognised.",
                    (Query("max(aihelper_intent_clusters)", "clusters"),),
                    unit="short",
                    kind="stat",
                    width=6,
                    link="/insights/intents",
                ),
                Panel(
                    "Questions outside any cluster",
                    "Share of recent questions that fit no known intent: a rising share means new kinds of question.",
                    (Query("max(aihelper_intent_cluster_noise_ratio)", "noise"),),
                    unit="percentunit",
                    kind="stat",
                    width=6,
                    min=0,
                    max=1,
                    link="/insights/knowledge-gaps",
                ),
                Panel(
                    "Cases by confidence over time",
                    "How the confidence of the solution library moves as cases are confirmed or decay.",
                    (Query("max by (band) (aihelper_cases)", "{{band}}"), Query("max(aihelper_cases_stale)", "stale")),
                    unit="short",
                    width=12,
                    link="/insights/cases",
                ),
                Panel(
                    "Cases assembled",
                    "New cases built from resolved troubleshooting sessions by the learning job.",
                    (Query("sum(increase(aihelper_cases_assembled_total[$__rate_interval]))", "assembled"),),
                    unit="short",
                    width=12,
                ),
            ),
        ),
        Row(
            "Retention",
            (
                Panel(
                    "Rows per tier",
                    "Rows held in each retention tier (cold: archived rows).",
                    (Query("max by (tier) (aihelper_retention_rows)", "{{tier}}"),),
                    unit="short",
                    width=8,
                ),
                Panel(
                    "Bytes per tier",
                    "Storage held per tier: tables and indexes, and archive files for cold.",
                    (Query("max by (tier) (aihelper_retention_bytes)", "{{tier}}"),),
                    unit="bytes",
                    width=8,
                ),
                Panel(
                    "Since the last retention run",
                    "Time since the retention job last finished without errors.",
                    (Query("time() - max(aihelper_retention_last_success_timestamp_seconds)", "age"),),
                    unit="s",
                    kind="stat",
                    width=8,
                    thresholds=((None, "green"), (2 * 86400, "orange"), (7 * 86400, "red")),
                ),
                Panel(
                    "Rows moved and deleted",
                    "Rows the retention job moved into a tier or deleted from one.",
                    (
                        Query("sum by (tier) (increase(aihelper_retention_rows_moved_total[$__rate_interval]))", "moved to {{tier}}"),
                        Query(
                            "sum by (tier) (increase(aihelper_retention_rows_deleted_total[$__rate_interval]))",
                            "deleted from {{tier}}",
                        ),
                    ),
                    unit="short",
                    width=16,
                ),
                Panel(
                    "Retention errors",
                    "Retention steps that failed, by tier; the exporter's log says why.",
                    (Query("sum by (tier) (increase(aihelper_retention_errors_total[$__range]))", "{{tier}}"),),
                    unit="short",
                    kind="bargauge",
                    width=8,
                ),
            ),
        ),
        Row(
            "Ingest and redaction",
            (
                Panel(
                    "Audit events stored, by kind",
                    "What the AI helper reports back: the raw material of learning.",
                    (Query("sum by (kind) (rate(aihelper_events_ingested_total[$__rate_interval]))", "{{kind}}"),),
                    unit="ops",
                    width=12,
                ),
                Panel(
                    "Query summaries and alerts stored",
                    "Executed-query summaries and Alertmanager alerts stored per second.",
                    (
                        Query("sum(rate(aihelper_query_summaries_recorded_total[$__rate_interval]))", "query summaries"),
                        Query("sum(rate(aihelper_alert_events_ingested_total[$__rate_interval]))", "alerts"),
                    ),
                    unit="ops",
                    width=12,
                ),
                Panel(
                    "Rejected and duplicate items",
                    "Items refused at ingest by reason, and retries recognised as duplicates.",
                    (
                        Query("sum by (reason) (rate(aihelper_ingest_rejected_total[$__rate_interval]))", "{{reason}}"),
                        Query("sum(rate(aihelper_events_duplicate_total[$__rate_interval]))", "duplicate"),
                    ),
                    unit="ops",
                    width=8,
                ),
                Panel(
                    "Redactions by type",
                    "Secrets and personal data replaced before anything was stored or embedded.",
                    (Query("sum by (type) (increase(aihelper_redactions_total[$__range]))", "{{type}}"),),
                    unit="short",
                    kind="bargauge",
                    width=8,
                ),
                Panel(
                    "Ingest latency (p95)",
                    "Time to validate, redact and store one ingest request, by endpoint.",
                    (
                        Query(
                            "histogram_quantile(0.95, sum by (le, endpoint) (rate(aihelper_ingest_duration_seconds_bucket[$__rate_interval])))",
                            "{{endpoint}}",
                        ),
                    ),
                    unit="s",
                    width=8,
                ),
            ),
        ),
        Row(
            "HTTP and process",
            (
                Panel(
                    "Requests by route and status",
                    "Requests answered per second, by route template and status code.",
                    (
                        Query(
                            "sum by (route, status) (rate(aihelper_http_requests_total[$__rate_interval]))",
                            "{{route}} {{status}}",
                        ),
                    ),
                    unit="reqps",
                    width=8,
                ),
                Panel(
                    "Server errors",
                    "Share of requests answered with a 5xx status, by route (0 where none failed).",
                    (
                        Query(
                            '(sum by (route) (rate(aihelper_http_requests_total{status=~"5.."}[$__rate_interval])) '
                            "or 0 * sum by (route) (rate(aihelper_http_requests_total[$__rate_interval]))) "
                            "/ sum by (route) (rate(aihelper_http_requests_total[$__rate_interval]))",
                            "{{route}}",
                        ),
                    ),
                    unit="percentunit",
                    width=8,
                    thresholds=((None, "green"), (0.01, "orange"), (0.05, "red")),
                ),
                Panel(
                    "Request latency (p95)",
                    "Time to answer one request, by route template.",
                    (
                        Query(
                            "histogram_quantile(0.95, sum by (le, route) "
                            "(rate(aihelper_http_request_duration_seconds_bucket[$__rate_interval])))",
                            "{{route}}",
                        ),
                    ),
                    unit="s",
                    width=8,
                ),
                Panel(
                    "Memory per replica",
                    "Resident memory of each exporter process (compare with the pod's limit).",
                    (Query(f'process_resident_memory_bytes{{job="{JOB}"}}', "{{instance}}"),),
                    unit="bytes",
                    width=12,
                ),
                Panel(
                    "CPU per replica",
                    "CPU seconds used per second by each exporter process.",
                    (Query(f'rate(process_cpu_seconds_total{{job="{JOB}"}}[$__rate_interval])', "{{instance}}"),),
                    unit="percentunit",
                    width=12,
                ),
            ),
        ),
    ),
)
