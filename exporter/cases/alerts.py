"""A Prometheus/Alertmanager incident as a troubleshooting problem, so alerts and cases share one library.

Alertmanager's webhook sends a *group*: the labels the group was formed by, the labels and
annotations every alert in it shares, and the alerts with their own labels and start and end
times. `POST /api/v1/cases` accepts that group (field ``alert``) to record a case from an
incident, and `POST /api/v1/cases/match` accepts it to find the cases a firing alert resembles,
so a spike that pages someone is matched against the same library as a problem typed by hand.

What becomes what (pure functions, no I/O):

- statement: ``<alertname> <status>: <summary>`` and the description, from the common annotations
  (or the first alert's), plus the distinct summaries of up to `MAX_ALERTS` alerts;
- symptoms: ``label=value`` for the common labels that say what is wrong (not instance, pod or
  other per-target names, which are noise for matching and kept in `context.host` instead);
- keywords: the alert name and the group labels;
- context: ``environment`` from ``env`` / ``environment``, ``severity`` from ``severity``
  (``warning`` counts as ``medium``, ``page`` / ``error`` as ``high``), ``host`` from the
  instance without its port, ``platform`` ``kubernetes`` when a namespace or pod label is present,
  ``service_type`` from a ``service_type`` label;
- time: the earliest ``startsAt`` is when it occurred; for a resolved group, the latest
  ``endsAt`` minus that is the time to resolution.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

MAX_ALERTS = 5
PER_TARGET = frozenset({"instance", "pod", "pod_name", "container", "container_id", "endpoint", "uid",
                        "fingerprint", "prometheus", "prometheus_replica", "replica"})
ENVIRONMENTS = {"prod": "prod", "production": "prod", "staging": "staging", "stage": "staging", "dev": "dev",
                "development": "dev", "test": "test"}
SEVERITIES = {"critical": "critical", "page": "high", "error": "high", "high": "high", "warning": "medium",
              "medium": "medium", "info": "low", "low": "low"}


def _labels(group: dict[str, Any]) -> dict[str, str]:
    alerts = group.get("alerts") or []
    common = dict(group.get("commonLabels") or {})
    if not common and alerts:
        common = dict(alerts[0].get("labels") or {})
    return common


def problem_from_alert(group: dict[str, Any]) -> dict[str, Any]:
    """The `Problem` document (statement, symptoms, keywords, context) for an Alertmanager group."""
    alerts = group.get("alerts") or []
    labels = _labels(group)
    notes = dict(group.get("commonAnnotations") or {}) or dict((alerts[0].get("annotations") or {}) if alerts else {})
    name = labels.get("alertname") or (group.get("groupLabels") or {}).get("alertname") or "alert"
    status = group.get("status") or (alerts[0].get("status") if alerts else None) or "firing"
    head = f"{name} {status}"
    if notes.get("summary"):
        head += f": {notes['summary']}"
    lines = [head]
    if notes.get("description"):
        lines.append(notes["description"])
    seen = {notes.get("summary")}
    for a in alerts[:MAX_ALERTS]:
        summary = (a.get("annotations") or {}).get("summary")
        if summary and summary not in seen:
            seen.add(summary)
            lines.append(summary)
    symptoms = [f"{k}={v}" for k, v in sorted(labels.items()) if k not in PER_TARGET and k != "alertname" and v]
    keywords = [name, *(f"{k}={v}" for k, v in sorted((group.get("groupLabels") or {}).items()) if k != "alertname")]
    return {"statement": "\n".join(lines), "symptoms": symptoms[:50], "keywords": keywords[:50],
            "context": context_from_labels(labels, alerts)}


def context_from_labels(labels: dict[str, str], alerts: list[dict[str, Any]]) -> dict[str, Any]:
    ctx: dict[str, Any] = {}
    env = ENVIRONMENTS.get(str(labels.get("env") or labels.get("environment") or "").lower())
    if env:
        ctx["environment"] = env
    severity = SEVERITIES.get(str(labels.get("severity") or "").lower())
    if severity:
        ctx["severity"] = severity
    instance = labels.get("instance") or next(((a.get("labels") or {}).get("instance") for a in alerts
                                                if (a.get("labels") or {}).get("instance")), None)
    if instance:
        ctx["host"] = str(instance).rsplit(":", 1)[0][:253] if str(instance).count(":") == 1 else str(instance)[:253]
    if any(k in labels for k in ("namespace", "pod", "kubernetes_namespace")):
        ctx["platform"] = "kubernetes"
    if labels.get("service_type"):
        ctx["service_type"] = str(labels["service_type"])[:64]
    return ctx


def alert_times(group: dict[str, Any]) -> tuple[datetime | None, float | None]:
    """(when it started, seconds to resolution or None while firing)."""
    starts = [a["startsAt"] for a in group.get("alerts") or [] if a.get("startsAt")]
    if not starts:
        return None, None
    start = min(starts)
    ends = [a["endsAt"] for a in group["alerts"] if a.get("endsAt") and a["endsAt"].year > 1]
    resolved = (group.get("status") or "") == "resolved" or all(a.get("status") == "resolved" for a in group["alerts"])
    if not resolved or not ends:
        return start, None
    return start, max(0.0, (max(ends) - start).total_seconds())
