"""Proactive insights: what the learning job expects before anyone asks.

Its annotation queries and its per-kind recommendation panels come from
`exporter.knowledge.recommendation_kinds`, the same definitions that tag the annotations the learning job
sends and name the notices' alerts, so each annotation sent matches a query here.
"""

from __future__ import annotations

from detectors.anomaly import CHOSEN_ALARM
from exporter.dashboards.model import (
    Dashboard,
    Panel,
    Query,
    Row,
    panel,
    query_variable,
    stat,
    tag_annotation,
)
from exporter.knowledge.recommendation_kinds import ANNOTATED_KINDS, NOTICE_KINDS, NOTICE_METRIC


def _kind_panel(kind) -> Panel:
    """Each kind's notices: the active recommendations Prometheus is raising one notice for."""
    return stat(f"{kind.title}: notices",
                f"Active {kind.kind} recommendations, each raised as a {kind.alert} notice with its org and id.",
                f'count by (org) (max by (org, recommendation_id) ({NOTICE_METRIC}{{kind="{kind.kind}"}}))', "{{org}}",
                unit="short", width=24 // len(NOTICE_KINDS), height=5, link="/recommendations")


DASHBOARD = Dashboard(
    uid="aihelper-proactive",
    title="AI helper / Proactive insights",
    description="Alert rates against their learned baselines, expected seasonal peaks, change points and recommendations.",
    links=(("Open the AI helper", "/"), ("Insights in the AI helper", "/insights")),
    variables=(query_variable("group", "Group", "label_values(aihelper_alert_rate_per_hour, group)"),),
    # The learning job posts a Grafana annotation per recommendation of these kinds (exporter.learning.grafana).
    annotations=tuple(tag_annotation(k.title, k.annotation_tags, k.color) for k in ANNOTATED_KINDS),
    rows=(
        Row(
            "Alert rate against baseline",
            (
                Panel(
                    "Alert rate and baseline per group",
                    "Alerts per hour now (solid) against the learned seasonal baseline for the same hour.",
                    (
                        Query('max by (group) (aihelper_alert_rate_per_hour{group=~"$group"})', "{{group}} rate"),
                        Query(
                            'max by (group) (aihelper_alert_baseline_per_hour{group=~"$group"})',
                            "{{group}} baseline",
                        ),
                    ),
                    unit="suffix: alerts/h",
                    width=16,
                    height=9,
                    link="/insights/alert-rate",
                ),
                panel("Rate over baseline",
                      "How many times its baseline each group runs at; a proactive notice needs the anomaly "
                      "score at its alarm level too.",
                      'max by (group) (aihelper_alert_rate_ratio{group=~"$group"})', "{{group}}",
                      unit="suffix:×", kind="bargauge", width=8, height=9, thresholds=((None, "green"), (2, "orange"), (3, "red")), link="/insights/alert-rate"),
                panel("Anomaly score",
                      "How unusual each group's last full hour is against its own history (the benchmarked "
                      f"anomaly detector, 0 to 1); from {CHOSEN_ALARM} it is an alarm, and above its baseline a proactive "
                      "notice.",
                      'max by (group) (aihelper_alert_anomaly_score{group=~"$group"})', "{{group}}",
                      unit="none", kind="bargauge", width=24, height=6, thresholds=((None, "green"), (CHOSEN_ALARM, "red")), link="/insights/alert-rate"),
                panel("Alerts received", "Alertmanager alerts ingested into the learning store, by status.",
                      "sum by (status) (rate(aihelper_alert_events_ingested_total[$__rate_interval]))", "{{status}}",
                      unit="ops", width=24, height=6),
            ),
        ),
        Row(
            "Expected peaks and changes",
            (
                stat("Peak expected within the lead time",
                     "1 for groups whose recurring peak is due within the lead time.",
                     'max by (group) (aihelper_seasonal_peak_expected{group=~"$group"})', "{{group}}",
                     unit="bool_yes_no", width=8, thresholds=((None, "green"), (1, "purple")), link="/insights/seasonal-peak"),
                panel("Next expected peak", "When each group's next recurring alert peak is expected.",
                      'max by (group) (aihelper_seasonal_peak_next_timestamp_seconds{group=~"$group"} > 0) * 1000', "{{group}}",
                      unit="dateTimeAsIso", kind="table", width=8, link="/insights/seasonal-peak"),
                panel("Last change point",
                      "When each group's alert rate last shifted to a new level (also drawn as annotations).",
                      'max by (group) (aihelper_change_point_last_timestamp_seconds{group=~"$group"} > 0) * 1000', "{{group}}",
                      unit="dateTimeFromNow", kind="table", width=8, link="/insights/change-point"),
            ),
        ),
        Row("Notices by kind of recommendation", tuple(_kind_panel(k) for k in NOTICE_KINDS)),
        Row(
            "Recommendations and notices",
            (
                panel("Active recommendations",
                      "Recommendations the learning job currently stands by, by kind.",
                      "max by (kind) (aihelper_recommendations_active)", "{{kind}}",
                      unit="short", kind="bargauge", width=12, link="/recommendations"),
                panel("Habit recommendations served",
                      "Recommendations given shortly before a person's habitual question is due.",
                      "sum(increase(aihelper_habit_recommendations_served_total[$__rate_interval]))", "served",
                      unit="short", width=12, link="/recommendations"),
                panel("Proactive notices firing",
                      "Notices Prometheus is currently sending to the AI helper, by alert.",
                      'count by (alertname) (ALERTS{notice="proactive", alertstate="firing"})', "{{alertname}}",
                      unit="short", width=24, link="/insights"),
            ),
        ),
    ),
)
