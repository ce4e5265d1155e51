"""Seeded demo history for two organisations, shaped exactly like what the AI helper and Alertmanager send.

A demo, a screenshot or a test of a learning feature needs history with something in it to learn:
seasonality, a weekly spike with a known cause, a deploy that changes a rate, people asking the same
thing in other words, problems that come back on other hosts. Generating it from a seed instead of
committing a fixture lets the window end at any ``now``, keeps the repository small, and lets tests of
later features assert against :data:`PLANTED` rather than against hand-typed numbers.

:func:`generate_demo` is pure: no clock, no I/O, no global random state, so the same ``(now, seed,
weeks)`` always gives the same payloads, byte for byte. Only ``acme`` carries the planted alert
patterns; ``globex`` is a smaller, quieter org (other services, US working hours), which makes
cross-org leaks and per-org baselines easy to see.

"Week k" (``weeks_ago``) throughout means the half-open interval ``[now - (k+1) weeks, now - k weeks)``;
``k = 0`` is the most recent week. Weekdays are Python's (Monday is 0), hours are UTC.
"""

from __future__ import annotations

import bisect
import calendar
import math
import random
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from urllib.parse import quote

import numpy as np

DEMO_ORGS = ("acme", "globex")

HOUR = 3600
DAY = 24 * HOUR
WEEK = 7 * DAY
FIRING_ENDS_AT = "0001-01-01T00:00:00Z"
EXTERNAL_URL = "http://alertmanager.example:9093"
RECEIVER = "learning-exporter"

_SECRETS = {
    "email": "priya.natarajan@acme-corp.com",
    "ip": "10.42.7.19",
    "password": "Wint3r-Sun-42!",  # used as PGPASSWORD=... in a psql command
    "bearer_jwt": (
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1LWFjbWUtMDciLCJvcmciOiJhY21lIn0"
        ".Qm9ndXNEZW1vU2lnbmF0dXJlRm9yUmVkYWN0aW9u"
    ),
    "grafana_token": "glsa_7fQz2LmXc9RtY4bVn8KpW3sHdJ6aE1uG_3c9d2e7a",
}

#: What was planted and where, so tests and demos of later features can assert against it.
#: The generator reads its parameters from here too, so this cannot drift from the data.
PLANTED: dict = {
    "friday_peak": {
        "org": "acme",
        "group": {"alertname": "DBSlowQueries", "service": "orders-db", "severity": "warning"},
        "weekday": 4,
        "hour": 15,
        "extra_alerts": (2, 3),  # on top of a baseline of about 0.7 in that hour: 4-5x
        "absent_weeks_ago": (5,),
        "cause": "the weekly reports job (CronJob weekly-reports, application_name weekly-reports) "
        "runs heavy aggregate queries on orders-db every Friday at 15:00 UTC",
    },
    "monday_spike": {
        "org": "acme",
        "weekday": 0,
        "hours": (8, 9),
        "extra_alerts_per_hour": (1, 2),  # per group, on top of a baseline of about 0.1 per hour
        "groups": (
            {"alertname": "HighErrorRate", "service": "payments-api", "severity": "warning"},
            {"alertname": "HighLatency", "service": "api-gateway", "severity": "warning"},
            {"alertname": "PodCrashLooping", "service": "search-indexer", "severity": "warning"},
            {"alertname": "KafkaConsumerLag", "service": "orders-service", "severity": "warning"},
        ),
        "absent_weeks_ago": (3,),
        # This week's burst is an incident on top of the usual Monday ramp: a weekly burst alone is
        # seasonality to a self-calibrating detector, so the latest one is made several times larger
        # (spread evenly over each planted hour, drawing nothing from the seeded generator).
        "latest_extra_alerts_per_hour": 6,
        "cause": "Monday-morning traffic ramp meets cold caches and the weekend's queued batch work",
    },
    "level_shift": {
        "org": "acme",
        "group": {"alertname": "HighLatency", "service": "checkout-api", "severity": "warning"},
        "starts_before_now": timedelta(weeks=3),
        "factor": 2.0,
        "cause": "checkout-api v2.14.0 deploy (synchronous fraud check added to the payment path)",
    },
    "habits": {
        "monday_alerts": {
            "org": "acme",
            "user": "u-acme-01",
            "weekday": 0,
            "hour": 9,
            "absent_weeks_ago": (6,),
            "intents": ("weekend_alerts", "critical_alerts_24h"),
        },
        "month_end_disk": {
            "org": "acme",
            "user": "u-acme-05",
            "last_days_of_month": 3,
            "intents": ("disk_space",),
        },
    },
    "preferences": {
        "u-acme-02": {"model": "claude-sonnet"},
        "u-acme-03": {"answer_length": "short", "marker": "(short answer please)"},
        "u-acme-04": {"follow_up": "explain more"},
        "u-globex-01": {"model": "llama3-70b"},
    },
    "questions": {
        "critical_alerts_24h": (
            "how many critical alerts in the last 24 hours",
            "critical alerts in the past day",
            "how many critical alerts fired in the last 24h?",
            "count of critical alerts over the last day",
        ),
        "weekend_alerts": (
            "what alerts fired over the weekend",
            "any alerts since Friday evening?",
            "summarize the weekend's alerts",
        ),
        "top_noisy_week": (
            "top noisy alerts this week",
            "which alerts fired the most this week",
            "noisiest alerts this week",
        ),
        "service_errors": (
            "show errors for {service} in the last hour",
            "errors from {service} in the past hour",
            "{service} errors last hour",
        ),
        "host_errors": ("errors on {host} in the last hour", "errors on {host} in the last 2 hours"),
        "p99_latency": (
            "what's the p99 latency of {service} today",
            "p99 latency for {service} today",
            "how slow is {service} today at p99?",
        ),
        "error_rate": ("error rate of {service} over the last 6 hours", "{service} 5xx rate, last 6 hours"),
        "disk_space": (
            "which volumes are above 85% disk usage",
            "how much disk is left on {host}",
            "disk space on {host}",
        ),
        "slow_traces": (
            "slowest traces for {service} in the last 30 minutes",
            "show slow {service} traces, last 30m",
        ),
        "my_silences": ("which of my silences expire today", "my silences ending today"),
    },
    "troubleshooting": {
        "high_cpu": {
            "org": "acme",
            "occurrences": (("server-01", "prod", 7), ("server-03", "prod", 4), ("server-06", "prod", 1)),
            "root_cause": "backup-agent stuck in a tight retry loop after a failed S3 upload",
            "fix": {"prod": "systemctl restart backup-agent"},
        },
        "oom_killed": {
            "org": "acme",
            "occurrences": (("payments-api", "prod", 6), ("payments-api", "prod", 2)),
            "root_cause": "payments-api heap outgrew its 512Mi memory limit",
            "fix": {"prod": "kubectl set resources deployment/payments-api -n payments --limits=memory=1Gi"},
        },
        "econnrefused": {
            "org": "acme",
            "occurrences": (
                ("orders-db-0", "prod", 5),
                ("orders-db", "dev", 3),
                ("orders-db-0", "prod", 1),
                ("orders-db", "dev", 0),
            ),
            "root_cause": {
                "prod": "pgbouncer on orders-db-0 died (open-files limit)",
                "dev": "the nightly cost-saver scaled the orders-db StatefulSet to zero",
            },
            "fix": {
                "prod": "ssh orders-db-0 sudo systemctl restart pgbouncer",
                "dev": "kubectl scale statefulset/orders-db -n orders-dev --replicas=1",
            },
        },
        "disk_full": {
            "org": "acme",
            "occurrences": "month_end",
            "hosts": ("logs-01", "logs-02"),
            "root_cause": "month-end exports inflate app logs; logrotate has no size trigger",
            "fix": {"prod": "journalctl --vacuum-size=2G && logrotate -f /etc/logrotate.d/app"},
        },
        "php_cpu": {
            "org": "globex",
            "occurrences": (("shop-web-1", "prod", 6), ("shop-web-2", "prod", 2)),
            "root_cause": "the hourly reindex cron pins php-fpm workers",
            "fix": {"prod": "systemctl restart php-fpm"},
        },
        "wal_full": {
            "org": "globex",
            "occurrences": (("pg-main", "prod", 5), ("pg-main", "prod", 1)),
            "root_cause": "an abandoned replication slot keeps WAL from being recycled",
            "fix": {"prod": "psql -c \"select pg_drop_replication_slot('old_replica')\""},
        },
    },
    "secrets": dict(_SECRETS),  # kind -> exact value, for "never reaches the store" tests
    # A question asked every week that the knowledge base cannot answer: slow, mostly unhelpful answers.
    # Generated with its own random stream after everything else, so nothing above changes.
    "knowledge_gap": {
        "org": "globex",
        "per_week": 6,
        "questions": (
            "why does inventory-api return 503 right after a deploy?",
            "inventory-api 503s after every deploy, why?",
            "why do we get 503 from inventory-api after a rollout",
        ),
        "answer": "I found nothing about 503s after deploys in the runbooks or past cases; "
        "the pod events of inventory-api may tell more.",
        "answer_seconds": (12.0, 20.0),
        "not_helpful_share": 0.6,
    },
}


@dataclass
class OrgDemo:
    """One org's history, in the shapes the ingest API takes, so a demo loads through the real path."""

    events: list[dict] = field(default_factory=list)
    queries: list[dict] = field(default_factory=list)
    alert_webhooks: list[dict] = field(default_factory=list)


@dataclass
class DemoData:
    """Every demo org's history, plus the ``now`` it ends at (planted times are relative to it)."""

    now: datetime
    orgs: dict[str, OrgDemo]
    #: The weekly peak as planted: PLANTED["friday_peak"] with its weekday and hour (and cause
    #: text) moved when the demo was generated with ``peak_lead``.
    weekly_peak: dict = field(default_factory=lambda: dict(PLANTED["friday_peak"]))


def weekly_peak(now: datetime, lead: timedelta | None = None) -> dict:
    """The planted weekly peak's spec for a demo ending at ``now``.

    Without ``lead`` it is :data:`PLANTED`'s Friday 15:00, which fixed-clock tests assert
    against. With ``lead`` the peak's weekday and hour are those of ``now + lead`` (rounded down
    to the hour), so the demo's headline prediction, "the weekly reports run in N hours", is
    due within the learning pass's lead time whatever day the demo is loaded on.
    """
    spec = dict(PLANTED["friday_peak"])
    if lead is None:
        return spec
    at = (now.astimezone(UTC) + lead).replace(minute=0, second=0, microsecond=0)
    names = calendar.day_name
    spec["weekday"], spec["hour"] = at.weekday(), at.hour
    spec["cause"] = spec["cause"].replace(
        f"every {names[PLANTED['friday_peak']['weekday']]} at {PLANTED['friday_peak']['hour']:02d}:00",
        f"every {names[at.weekday()]} at {at.hour:02d}:00",
    )
    return spec


# ----------------------------------------------------------------------------------------------------
# Organisations


@dataclass(frozen=True)
class _Group:
    alertname: str
    service: str
    severity: str
    rate: float  # alerts per hour, averaged over the week
    seasonality: float  # 0 = flat, 1 = full business-hours/weekday shape
    instances: tuple[str, ...]
    median_minutes: float = 15.0
    extra: tuple[tuple[str, str], ...] = ()  # extra label name and values, crossed with instances


@dataclass(frozen=True)
class _User:
    id: str
    start_hour: int
    sessions_per_day: float
    services: tuple[str, ...]
    model: str | None = None
    short: bool = False
    follow_up: float = 0.12


@dataclass(frozen=True)
class _Org:
    name: str
    users: tuple[_User, ...]
    ops: tuple[str, ...]  # users who run troubleshooting sessions
    groups: tuple[_Group, ...]
    services: tuple[str, ...]
    hosts: tuple[str, ...]
    peak_shift: int  # hours the business-hours peak sits after 08:00-18:00 UTC
    models: tuple[tuple[str, float], ...]
    dashboards: tuple[tuple[str, str, str], ...]  # uid, slug, title
    team: dict[str, str]


_NODES = tuple(f"server-{i:02d}:9100" for i in range(1, 9))
_ACME = _Org(
    name="acme",
    users=(
        _User("u-acme-01", 8, 3.5, ("payments-api", "checkout-api")),
        _User("u-acme-02", 8, 4.8, ("checkout-api", "api-gateway"), model="claude-sonnet"),
        _User("u-acme-03", 9, 4.0, ("payments-api", "orders-service"), short=True),
        _User("u-acme-04", 7, 3.2, ("search-indexer", "api-gateway"), follow_up=0.6),
        _User("u-acme-05", 9, 2.6, ("orders-service", "orders-db")),
        _User("u-acme-06", 7, 4.5, ("api-gateway", "payments-api")),
        _User("u-acme-07", 8, 3.8, ("checkout-api", "orders-service")),
        _User("u-acme-08", 10, 3.2, ("payments-api", "search-indexer")),
        _User("u-acme-09", 8, 2.0, ("checkout-api",)),
        _User("u-acme-10", 9, 1.6, ("orders-service", "api-gateway")),
    ),
    ops=("u-acme-06", "u-acme-07", "u-acme-08"),
    groups=(
        _Group(
            "DBSlowQueries",
            "orders-db",
            "warning",
            0.5,
            0.5,
            ("orders-db-0:9187", "orders-db-1:9187"),
            12,
            (("datname", "orders"), ("datname", "orders_reports"), ("datname", "orders_archive")),
        ),
        _Group("DBSlowQueries", "users-db", "warning", 0.05, 0.6, ("users-db-0:9187",), 10),
        _Group(
            "HighLatency",
            "checkout-api",
            "warning",
            0.35,
            0.8,
            ("checkout-api-0", "checkout-api-1", "checkout-api-2", "checkout-api-3"),
            10,
        ),
        _Group("HighLatency", "api-gateway", "warning", 0.08, 0.8, ("api-gateway-0", "api-gateway-1")),
        _Group(
            "HighErrorRate",
            "payments-api",
            "critical",
            0.2,
            0.8,
            ("payments-api-0", "payments-api-1", "payments-api-2"),
            10,
        ),
        _Group(
            "HighErrorRate",
            "payments-api",
            "warning",
            0.1,
            0.8,
            ("payments-api-0", "payments-api-1", "payments-api-2"),
        ),
        _Group(
            "HighErrorRate",
            "checkout-api",
            "warning",
            0.06,
            0.8,
            ("checkout-api-0", "checkout-api-1", "checkout-api-2"),
        ),
        _Group("HighCPU", "web-frontend", "warning", 0.07, 0.7, _NODES, 20),
        _Group("HighCPU", "web-frontend", "critical", 0.02, 0.7, _NODES, 12),
        _Group("HighCPU", "api-gateway", "warning", 0.05, 0.8, ("api-gateway-0", "api-gateway-1")),
        _Group(
            "HighMemory",
            "payments-api",
            "warning",
            0.05,
            0.5,
            ("payments-api-0", "payments-api-1", "payments-api-2"),
            30,
        ),
        _Group(
            "HighMemory",
            "payments-api",
            "critical",
            0.015,
            0.5,
            ("payments-api-0", "payments-api-1", "payments-api-2"),
        ),
        _Group("DiskSpaceLow", "logs", "warning", 0.03, 0.2, ("logs-01:9100", "logs-02:9100"), 120),
        _Group("DiskSpaceLow", "logs", "critical", 0.01, 0.2, ("logs-01:9100", "logs-02:9100"), 60),
        _Group(
            "DiskSpaceLow", "orders-db", "warning", 0.02, 0.2, ("orders-db-0:9100", "orders-db-1:9100"), 180
        ),
        _Group(
            "PodCrashLooping",
            "payments-api",
            "critical",
            0.02,
            0.6,
            ("payments-api-0", "payments-api-1", "payments-api-2"),
            8,
        ),
        _Group(
            "PodCrashLooping",
            "search-indexer",
            "warning",
            0.04,
            0.6,
            ("search-indexer-0", "search-indexer-1"),
        ),
        _Group(
            "KafkaConsumerLag",
            "orders-service",
            "warning",
            0.05,
            0.7,
            ("orders-service-0", "orders-service-1"),
            25,
        ),
    ),
    services=("payments-api", "checkout-api", "api-gateway", "orders-service", "search-indexer", "orders-db"),
    hosts=tuple(f"server-{i:02d}" for i in range(1, 9)) + ("web-7", "logs-01", "logs-02"),
    peak_shift=0,
    models=(("gpt-4o", 0.55), ("claude-sonnet", 0.3), ("llama3-70b", 0.15)),
    dashboards=(
        ("chk-ovw", "checkout-overview", "Checkout overview"),
        ("pay-slo", "payments-slo", "Payments SLO"),
        ("node-full", "node-exporter-full", "Node Exporter Full"),
        ("k8s-pods", "kubernetes-pods", "Kubernetes / Pods"),
        ("pg-ovw", "postgres-overview", "PostgreSQL overview"),
    ),
    team={"orders-db": "data", "users-db": "data", "logs": "platform", "web-frontend": "web"},
)
_GLOBEX = _Org(
    name="globex",
    users=(
        _User("u-globex-01", 14, 2.0, ("shop-web", "inventory-api"), model="llama3-70b"),
        _User("u-globex-02", 13, 1.8, ("inventory-api",)),
        _User("u-globex-03", 15, 1.5, ("shop-web", "redis-cache")),
        _User("u-globex-04", 14, 1.2, ("inventory-api", "shop-web")),
    ),
    ops=("u-globex-02", "u-globex-03"),
    groups=(
        _Group("HighCPU", "shop-web", "warning", 0.06, 0.8, ("shop-web-1:9100", "shop-web-2:9100"), 20),
        _Group(
            "HighErrorRate", "inventory-api", "critical", 0.05, 0.8, ("inventory-api-0", "inventory-api-1")
        ),
        _Group("HighLatency", "inventory-api", "warning", 0.08, 0.8, ("inventory-api-0", "inventory-api-1")),
        _Group("HighMemory", "redis-cache", "warning", 0.03, 0.4, ("redis-cache-0:9121",), 40),
        _Group("DiskSpaceLow", "pg-main", "warning", 0.02, 0.2, ("pg-main:9100",), 150),
        _Group("DBSlowQueries", "pg-main", "warning", 0.06, 0.6, ("pg-main:9187",), 10),
        _Group(
            "PodCrashLooping", "inventory-api", "critical", 0.01, 0.6, ("inventory-api-0", "inventory-api-1")
        ),
    ),
    services=("shop-web", "inventory-api", "redis-cache", "pg-main"),
    hosts=("shop-web-1", "shop-web-2", "pg-main", "redis-cache-0"),
    peak_shift=6,
    models=(("gpt-4o", 0.75), ("llama3-70b", 0.25)),
    dashboards=(
        ("shop-ovw", "shop-overview", "Shop overview"),
        ("inv-api", "inventory-api", "Inventory API"),
        ("node-full", "node-exporter-full", "Node Exporter Full"),
    ),
    team={"pg-main": "data"},
)
_ORGS = {"acme": _ACME, "globex": _GLOBEX}

_DIURNAL = np.array([0.35] * 6 + [0.5, 0.8] + [1.6] * 10 + [1.1] + [0.6] * 5)
_DIURNAL = _DIURNAL / _DIURNAL.mean()
_WEEKLY = np.array([1.15] * 5 + [0.6, 0.6])
_WEEKLY = _WEEKLY / _WEEKLY.mean()

_EXPR = {
    "DBSlowQueries": 'rate(pg_stat_statements_seconds_total{{service="{s}"}}[5m]) / rate(pg_stat_statements_calls_total{{service="{s}"}}[5m]) > 2',
    "HighLatency": 'histogram_quantile(0.99, sum by (le, instance) (rate(http_request_duration_seconds_bucket{{service="{s}"}}[5m]))) > 0.5',
    "HighErrorRate": 'sum by (instance) (rate(http_requests_total{{service="{s}",code=~"5.."}}[5m])) / sum by (instance) (rate(http_requests_total{{service="{s}"}}[5m])) > 0.05',
    "HighCPU": '1 - avg by (instance) (rate(node_cpu_seconds_total{{mode="idle",service="{s}"}}[5m])) > 0.9',
    "HighMemory": 'container_memory_working_set_bytes{{service="{s}"}} / container_spec_memory_limit_bytes{{service="{s}"}} > 0.9',
    "DiskSpaceLow": 'node_filesystem_avail_bytes{{service="{s}",mountpoint="/"}} / node_filesystem_size_bytes{{service="{s}",mountpoint="/"}} < 0.1',
    "PodCrashLooping": 'increase(kube_pod_container_status_restarts_total{{service="{s}"}}[15m]) > 3',
    "KafkaConsumerLag": 'sum by (instance) (kafka_consumergroup_lag{{service="{s}"}}) > 10000',
}
_SUMMARY = {
    "DBSlowQueries": (
        "Slow queries on {service}",
        "Mean statement time on {instance} is {value:.1f}s over 5m.",
    ),
    "HighLatency": (
        "p99 latency high on {service}",
        "p99 latency of {instance} is {value:.2f}s (threshold 0.5s).",
    ),
    "HighErrorRate": ("5xx rate high on {service}", "{instance} returns {value:.1%} errors over 5m."),
    "HighCPU": ("CPU saturated on {instance}", "{instance} CPU busy at {value:.0%} for 10m."),
    "HighMemory": ("Memory near limit on {service}", "{instance} uses {value:.0%} of its memory limit."),
    "DiskSpaceLow": ("Disk almost full on {instance}", "Root filesystem of {instance} has {value:.0%} free."),
    "PodCrashLooping": ("Pods crash-looping in {service}", "{instance} restarted {value:.0f} times in 15m."),
    "KafkaConsumerLag": ("Consumer lag on {service}", "{instance} is {value:.0f} messages behind."),
}


# ----------------------------------------------------------------------------------------------------
# Small helpers


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _weekday_hour(ts: float) -> tuple[int, int]:
    day, rest = divmod(int(ts), DAY)
    return (day + 3) % 7, rest // HOUR  # 1970-01-01 was a Thursday


def _midnight(ts: float) -> float:
    return float(int(ts) // DAY * DAY)


def _weeks_ago(ts: float, now: float) -> int:
    return int((now - ts) // WEEK)


def fingerprint(labels: dict[str, str]) -> str:
    """Alertmanager's own label-set fingerprint (FNV-1a 64 over sorted names and values), so ids look real.

    Examples
    --------
    >>> fingerprint({"alertname": "HighCPU", "instance": "server-03:9100"}) == fingerprint(
    ...     {"instance": "server-03:9100", "alertname": "HighCPU"})
    True
    """
    h = 0xCBF29CE484222325
    for name in sorted(labels):
        for part in (name, labels[name]):
            for byte in part.encode() + b"\xff":
                h = ((h ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return f"{h:016x}"


def _poisson(rng: random.Random, lam: float) -> int:
    limit, k, p = math.exp(-lam), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


def _pick(rng: random.Random, weighted: tuple[tuple[str, float], ...]) -> str:
    return rng.choices([w[0] for w in weighted], [w[1] for w in weighted])[0]


# ----------------------------------------------------------------------------------------------------
# Alerts


@dataclass
class _Alert:
    start: float
    end: float | None  # None while still firing at `now`
    labels: dict[str, str]
    annotations: dict[str, str]
    expr: str

    @property
    def group(self) -> tuple[str, str]:
        return self.labels["alertname"], self.labels["service"]


def _hour_rates(org: _Org, g: _Group, hours: np.ndarray, width: np.ndarray, now: float) -> np.ndarray:
    """Expected alerts in each hourly bin: the seasonal baseline, doubled after the planted deploy."""
    wd = ((hours // DAY + 3) % 7).astype(int)
    hr = ((hours % DAY) // HOUR).astype(int)
    diurnal = np.roll(_DIURNAL, org.peak_shift)[hr]
    rate = g.rate * (1 + g.seasonality * (diurnal - 1)) * (1 + g.seasonality * (_WEEKLY[wd] - 1))
    shift = PLANTED["level_shift"]
    if org.name == shift["org"] and _key(g) == shift["group"]:
        at = now - shift["starts_before_now"].total_seconds()
        after = np.clip((hours + HOUR - at) / HOUR, 0, 1)  # share of each bin after the deploy
        rate = rate * (1 + (shift["factor"] - 1) * after)
    return rate * width / HOUR


def _key(g: _Group) -> dict[str, str]:
    return {"alertname": g.alertname, "service": g.service, "severity": g.severity}


def _spike_arrivals(
    org: _Org, g: _Group, hours: np.ndarray, now: float, rng: np.random.Generator, peak: dict
) -> np.ndarray:
    """The weekly spikes as a fixed handful of extra alerts per planted hour: no present week comes up empty."""
    wd = ((hours // DAY + 3) % 7).astype(int)
    hr = ((hours % DAY) // HOUR).astype(int)
    ago = ((now - hours) // WEEK).astype(int)
    out = []
    for spike, extra in (
        (peak, "extra_alerts"),
        (PLANTED["monday_spike"], "extra_alerts_per_hour"),
    ):
        groups = spike["groups"] if "groups" in spike else (spike["group"],)
        if org.name != spike["org"] or _key(g) not in groups:
            continue
        spike_hours = spike["hours"] if "hours" in spike else (spike["hour"],)
        hit = (wd == spike["weekday"]) & np.isin(hr, spike_hours) & ~np.isin(ago, spike["absent_weeks_ago"])
        low, high = spike[extra]
        for h in hours[hit].tolist():
            out.extend((h + rng.uniform(0, HOUR, size=int(rng.integers(low, high + 1)))).tolist())
        latest = spike.get("latest_extra_alerts_per_hour", 0)
        for h in hours[hit & (ago == 0)].tolist():
            out.extend((h + (np.arange(latest) + 0.5) * HOUR / max(latest, 1)).tolist())
    return np.array(out, dtype=float)


def _arrivals(
    rng: np.random.Generator, mass: np.ndarray, starts: np.ndarray, width: np.ndarray
) -> np.ndarray:
    """Arrival times of a gamma renewal process (shape 3) run in the bins' operational time.

    Shape 3 keeps counts less bursty than Poisson (variance about a third of the mean), which is what
    lets a planted doubling or weekly peak stand out in eight weeks of sparse alerts for any seed.
    """
    cum = np.concatenate(([0.0], np.cumsum(mass)))
    total = cum[-1]
    if total <= 0:
        return np.empty(0)
    inc = rng.gamma(3.0, 1 / 3.0, size=int(total * 1.5) + 32)
    pts = np.cumsum(inc) - rng.uniform() * inc[0]
    while pts[-1] < total:
        pts = np.concatenate((pts, pts[-1] + np.cumsum(rng.gamma(3.0, 1 / 3.0, size=64))))
    pts = pts[(pts >= 0) & (pts < total)]
    idx = np.searchsorted(cum, pts, side="right") - 1
    return starts[idx] + (pts - cum[idx]) / mass[idx] * width[idx]


def _alert_history(org: _Org, rng: np.random.Generator, start: float, now: float, peak: dict) -> list[_Alert]:
    first = math.floor(start / HOUR) * HOUR
    hours = np.arange(first, now, HOUR, dtype=float)
    bin_start = np.maximum(hours, start)
    width = np.minimum(hours + HOUR, now) - bin_start
    fri = peak
    alerts: list[_Alert] = []
    for g in org.groups:
        mass = _hour_rates(org, g, hours, width, now)
        times = np.ceil(
            np.sort(
                np.concatenate(
                    (_arrivals(rng, mass, bin_start, width), _spike_arrivals(org, g, hours, now, rng, peak))
                )
            )
        )
        pool = [{"instance": i} for i in g.instances]
        if g.extra:
            pool = [{**p, k: v} for p in pool for k, v in g.extra]
        busy: dict[str, float] = {}
        per_hour: Counter = Counter()
        friday_group = org.name == fri["org"] and (g.alertname, g.service, g.severity) == tuple(
            fri["group"].values()
        )
        for t in times.tolist():
            if not start <= t <= now or per_hour[t // HOUR] >= 5:
                continue
            labels = None
            for j in rng.permutation(len(pool)).tolist():
                cand = {
                    "alertname": g.alertname,
                    "severity": g.severity,
                    "service": g.service,
                    **pool[j],
                    "env": "prod",
                    "team": org.team.get(g.service, g.service.split("-")[0]),
                    "job": g.service,
                }
                if busy.get(fingerprint(cand), 0) <= t:
                    labels = cand
                    break
            if labels is None:
                continue
            per_hour[t // HOUR] += 1
            wd, hr = _weekday_hour(t)
            reports = friday_group and (wd, hr) == (fri["weekday"], fri["hour"])
            if reports:
                end = _midnight(t) + (fri["hour"] + 1) * HOUR + float(rng.integers(60, 600))
            else:
                minutes = g.median_minutes * math.exp(0.8 * rng.standard_normal())
                end = t + float(np.clip(round(minutes * 60), 60, 8 * HOUR))
            value = {
                "HighErrorRate": 0.08,
                "HighCPU": 0.95,
                "HighMemory": 0.93,
                "DiskSpaceLow": 0.06,
                "PodCrashLooping": 5,
                "KafkaConsumerLag": 25000,
                "HighLatency": 0.9,
            }.get(g.alertname, 3.5)
            value *= 1 + 0.15 * abs(rng.standard_normal())
            summary, desc = _SUMMARY[g.alertname]
            desc = desc.format(instance=labels["instance"], service=g.service, value=value)
            if reports:
                desc += (
                    " Top statement from application_name weekly-reports: the weekly reports job is running."
                )
            elif g.alertname == "DBSlowQueries":
                desc += (
                    " Top statement: "
                    + ("autovacuum on orders" if rng.uniform() < 0.3 else "SELECT ... FROM order_items")
                    + "."
                )
            annotations = {
                "summary": summary.format(instance=labels["instance"], service=g.service),
                "description": desc,
                "runbook_url": f"https://runbooks.{org.name}.example/alerts/{g.alertname}",
            }
            busy[fingerprint(labels)] = end
            alerts.append(
                _Alert(
                    t,
                    end if end <= now else None,
                    labels,
                    annotations,
                    _EXPR[g.alertname].format(s=g.service),
                )
            )
    alerts.sort(key=lambda a: (a.start, a.labels["alertname"], a.labels["instance"]))
    return alerts


def _batches(alerts: list[_Alert], when) -> list[list[_Alert]]:
    """Alerts of one group within Alertmanager's group_interval (5m) of the first go out together."""
    out: list[list[_Alert]] = []
    for a in alerts:
        if out and when(a) - when(out[-1][0]) < 300:
            out[-1].append(a)
        else:
            out.append([a])
    return out


def _payload(org: _Org, status: str, batch: list[_Alert]) -> dict:
    name, service = batch[0].group
    items = []
    for a in batch:
        items.append(
            {
                "status": status,
                "labels": dict(a.labels),
                "annotations": dict(a.annotations),
                "startsAt": _iso(a.start),
                "endsAt": _iso(a.end) if status == "resolved" and a.end is not None else FIRING_ENDS_AT,
                "generatorURL": f"http://prometheus.{org.name}.example:9090/graph?g0.expr={quote(a.expr)}&g0.tab=1",
                "fingerprint": fingerprint(a.labels),
            }
        )
    common = {k: v for k, v in items[0]["labels"].items() if all(i["labels"].get(k) == v for i in items)}
    notes = {
        k: v for k, v in items[0]["annotations"].items() if all(i["annotations"].get(k) == v for i in items)
    }
    return {
        "version": "4",
        "groupKey": f'{{}}:{{alertname="{name}", service="{service}"}}',
        "truncatedAlerts": 0,
        "status": status,
        "receiver": RECEIVER,
        "groupLabels": {"alertname": name, "service": service},
        "commonLabels": common,
        "commonAnnotations": notes,
        "externalURL": EXTERNAL_URL,
        "alerts": items,
    }


def _webhooks(org: _Org, alerts: list[_Alert]) -> list[dict]:
    by_group: dict[tuple[str, str], list[_Alert]] = defaultdict(list)
    for a in alerts:
        by_group[a.group].append(a)
    sent: list[tuple[float, int, str, dict]] = []
    for key in sorted(by_group):
        group = by_group[key]
        fired_at: dict[int, float] = {}
        for batch in _batches(group, lambda a: a.start):
            fired_at.update((id(a), batch[-1].start) for a in batch)
            sent.append((batch[-1].start, 0, str(key), _payload(org, "firing", batch)))
        done = sorted((a for a in group if a.end is not None), key=lambda a: (a.end, a.start))
        for batch in _batches(done, lambda a: a.end):
            # Never before the notification that fired them: a short alert in a firing batch that
            # went out late resolves with the batch, as Alertmanager would send it.
            at = max(batch[-1].end, *(fired_at[id(a)] for a in batch))
            sent.append((at, 1, str(key), _payload(org, "resolved", batch)))
    sent.sort(key=lambda s: s[:3])
    return [s[3] for s in sent]


class _AlertIndex:
    """The org's alert history, searchable by start time, so answers quote numbers the data agrees with."""

    def __init__(self, alerts: list[_Alert]):
        self.starts = [a.start for a in alerts]
        self.alerts = alerts

    def between(self, a: float, b: float) -> list[_Alert]:
        return self.alerts[bisect.bisect_left(self.starts, a) : bisect.bisect_right(self.starts, b)]


# ----------------------------------------------------------------------------------------------------
# Sessions and their events


@dataclass
class _Session:
    user: str
    type: str
    t: float
    events: list[dict] = field(default_factory=list)
    queries: list[dict] = field(default_factory=list)

    def add(self, kind: str, text: str = "", dt: float = 0.0, **fields) -> dict:
        self.t += dt
        ev = {
            "_t": self.t,
            "user": self.user,
            "session_type": self.type,
            "kind": kind,
            "text": text,
            **fields,
        }
        self.events.append(ev)
        return ev


@dataclass
class _Answer:
    summary: str
    headline: float | None
    insights: list[str]
    sources: list[str]
    relative: str | None
    range_start: float
    range_end: float
    success: bool = True
    personal: bool = False


_LATENCY = {
    "checkout-api": 0.42,
    "payments-api": 0.31,
    "api-gateway": 0.18,
    "orders-service": 0.25,
    "search-indexer": 0.9,
    "orders-db": 0.05,
    "shop-web": 0.6,
    "inventory-api": 0.22,
    "redis-cache": 0.004,
    "pg-main": 0.03,
}
_ERROR_MSGS = (
    "upstream request timeout",
    "connection reset by peer",
    "context deadline exceeded",
    "NullPointerException in OrderMapper",
    "too many open files",
)


class _OrgWriter:
    def __init__(self, org: _Org, rng: random.Random, start: float, now: float, index: _AlertIndex):
        self.org, self.rng, self.start, self.now, self.index = org, rng, start, now, index
        self.sessions: list[_Session] = []
        self.users = {u.id: u for u in org.users}

    # -- answers ------------------------------------------------------------------------------------

    def _alert_summary(self, t0: float, t1: float, critical_only: bool) -> tuple[int, Counter, Counter]:
        hits = [
            a for a in self.index.between(t0, t1) if not critical_only or a.labels["severity"] == "critical"
        ]
        return len(hits), Counter(a.labels["service"] for a in hits), Counter(a.group for a in hits)

    def answer(self, intent: str, t: float, p: dict) -> _Answer:
        rng, t = (
            self.rng,
            float(math.floor(t)),
        )  # whole seconds, so quoted ranges match the ISO strings exactly
        if intent == "critical_alerts_24h":
            n, svc, grp = self._alert_summary(t - DAY, t, True)
            prev, _, _ = self._alert_summary(t - 2 * DAY, t - DAY, True)
            top = svc.most_common(1)
            summary = f"{n} critical alerts, {top[0][1]} from {top[0][0]}" if top else "no critical alerts"
            insights = [f"previous 24 hours: {prev}"] + [
                f"{a} on {s}: {c}" for (a, s), c in grp.most_common(2)
            ]
            return _Answer(summary, float(n), insights, ["prometheus"], "last 24 hours", t - DAY, t)
        if intent == "weekend_alerts":
            wd, _ = _weekday_hour(t)
            since = _midnight(t) - ((wd - 4) % 7) * DAY + 18 * HOUR
            n, _, grp = self._alert_summary(since, t, False)
            crit, _, _ = self._alert_summary(since, t, True)
            top = grp.most_common(1)
            summary = f"{n} alerts since Friday 18:00, {crit} critical" + (
                f"; noisiest {top[0][0][0]} on {top[0][0][1]} ({top[0][1]})" if top else ""
            )
            return _Answer(
                summary,
                float(n),
                [f"{a} on {s}: {c}" for (a, s), c in grp.most_common(3)],
                ["prometheus"],
                "since Friday 18:00",
                since,
                t,
            )
        if intent == "top_noisy_week":
            wd, _ = _weekday_hour(t)
            since = _midnight(t) - wd * DAY
            n, _, grp = self._alert_summary(since, t, False)
            top = grp.most_common(3)
            if not top:
                return _Answer("no alerts so far this week", 0.0, [], ["prometheus"], "this week", since, t)
            summary = f"{top[0][0][0]} on {top[0][0][1]} fired {top[0][1]} times of {n} alerts this week"
            return _Answer(
                summary,
                float(top[0][1]),
                [f"{a} on {s}: {c}" for (a, s), c in top],
                ["prometheus"],
                "this week",
                since,
                t,
            )
        if intent in ("service_errors", "host_errors"):
            span = p.get("hours", 1)
            who = p.get("service") or p.get("host")
            n = int(rng.lognormvariate(math.log(60 * span), 0.8))
            msg = rng.choice(_ERROR_MSGS)
            rel = "last hour" if span == 1 else f"last {span} hours"
            return _Answer(
                f"{n} error lines from {who}, mostly '{msg}' ({int(n * rng.uniform(0.4, 0.8))})",
                float(n),
                [
                    f"peak at {_iso(t - rng.uniform(0, span * HOUR))[11:16]} UTC",
                    f"{rng.randint(1, 4)} pods affected",
                ],
                ["loki"],
                rel,
                t - span * HOUR,
                t,
            )
        if intent == "p99_latency":
            s = p["service"]
            shift = PLANTED["level_shift"]
            value = _LATENCY.get(s, 0.3) * rng.lognormvariate(0, 0.12)
            deployed = self.now - shift["starts_before_now"].total_seconds()
            if self.org.name == shift["org"] and s == shift["group"]["service"] and t >= deployed:
                value *= shift["factor"]
            insights = [
                f"SLO is 0.5s: {'breached' if value > 0.5 else 'within budget'}",
                f"p50 {value / rng.uniform(3, 6):.2f}s",
            ]
            return _Answer(
                f"p99 latency of {s} today: {value:.2f}s",
                round(value, 3),
                insights,
                ["prometheus"],
                "today",
                _midnight(t),
                t,
            )
        if intent == "error_rate":
            value = rng.lognormvariate(math.log(0.008), 0.7)
            return _Answer(
                f"{p['service']} 5xx rate over 6h: {value:.2%}, peak {value * rng.uniform(1.5, 4):.2%}",
                round(value, 5),
                ["mostly 502 from the upstream"],
                ["prometheus"],
                "last 6 hours",
                t - 6 * HOUR,
                t,
            )
        if intent == "disk_space":
            month_end = datetime.fromtimestamp(t, UTC).day > 25
            top = rng.uniform(0.88, 0.97) if month_end else rng.uniform(0.72, 0.9)
            host = p.get("host", "logs-01")
            summary = (
                f"{host} root filesystem is {top:.0%} used"
                if "host" in p
                else f"{1 + month_end * 2} volumes above 85%, highest {host}:/ at {top:.0%}"
            )
            return _Answer(
                summary,
                round(top * 100, 1),
                ["/var/log/app grows ~4G a day at month end" if month_end else "growth is flat this week"],
                ["prometheus"],
                None,
                t - HOUR,
                t,
            )
        if intent == "slow_traces":
            value = rng.uniform(1.5, 9)
            return _Answer(
                f"slowest {p['service']} trace took {value:.1f}s (span 'db.query' {value * 0.7:.1f}s)",
                round(value, 2),
                ["3 of the 5 slowest wait on orders-db"],
                ["tempo"],
                "last 30 minutes",
                t - 1800,
                t,
            )
        n = rng.randint(0, 3)
        return _Answer(
            f"{n} of your silences expire today",
            float(n),
            [],
            ["grafana"],
            "today",
            _midnight(t),
            t,
            personal=True,
        )

    # -- session kinds -------------------------------------------------------------------------------

    def _model(self, user: _User) -> str:
        return user.model or _pick(self.rng, self.org.models)

    def _llm(
        self, s: _Session, model: str, prompt: str, answer: str, sources: list[str], dt: float = 1.0
    ) -> dict:
        base = {"gpt-4o": 2.4, "claude-sonnet": 3.0, "llama3-70b": 4.4}[model]
        took = round(base * self.rng.lognormvariate(0, 0.35), 3)
        ok = self.rng.random() > 0.02
        s.add("llm_request", prompt, dt, model=model, data_sources=sources)
        return s.add(
            "llm_response",
            answer if ok else "the model timed out; please retry",
            took,
            model=model,
            data_sources=sources,
            execution_time_seconds=took,
            success=ok,
        )

    def _feedback(self, s: _Session, target: dict, bias: float = 0.0, short_pref: bool = False) -> None:
        roll = self.rng.random() + bias
        long_answer = len(target["text"]) > 140
        if short_pref and long_answer:
            rating, text = "not_helpful", "too long"
        elif roll < 0.7:
            rating, text = "helpful", self.rng.choice(("", "", "thanks", "spot on", "exactly what I needed"))
        elif roll < 0.88:
            rating, text = (
                "partially_helpful",
                self.rng.choice(("", "close, but wrong time range", "missing the top service")),
            )
        else:
            rating, text = "not_helpful", self.rng.choice(("", "wrong service", "numbers look off"))
        s.add("feedback", text, self.rng.uniform(20, 240), rating=rating, target="answer", _target=target)

    def _page(self, s: _Session, dt: float = 0.0, env: str | None = None, host: str | None = None) -> None:
        uid, slug, title = self.rng.choice(self.org.dashboards)
        if host:
            uid, slug, title = "node-full", "node-exporter-full", "Node Exporter Full"
        url = f"https://grafana.{self.org.name}.example/d/{uid}/{slug}?orgId=1&from=now-6h&to=now"
        if host:
            url += f"&var-instance={host}&var-env={env}"
        page = {"url": url, "title": title + (f" ({env})" if env else ""), "dashboard_uid": uid}
        s.add("page_context", f"Viewing {page['title']}", dt, page=page)

    def _question(self, intent: str, user: _User, phrasing: int | None = None, params: dict | None = None):
        rng = self.rng
        options = PLANTED["questions"][intent]
        if phrasing is None:
            phrasing = 0 if rng.random() < 0.5 else rng.randrange(len(options))
        if params is None:
            params = {}
            if "{service}" in " ".join(options):
                params["service"] = (
                    rng.choice(user.services) if rng.random() < 0.7 else rng.choice(self.org.services)
                )
            if "{host}" in " ".join(options):
                params["host"] = rng.choice(self.org.hosts)
        text = options[phrasing].format(**params)
        used = {k: v for k, v in params.items() if "{" + k + "}" in options[phrasing]}
        if intent == "host_errors":
            used["hours"] = 2 if "2 hours" in text else 1
        return text, phrasing, params, used

    def query_session(
        self,
        user: _User,
        t: float,
        intent: str,
        phrasing: int | None = None,
        params: dict | None = None,
        repeat: bool = True,
    ) -> None:
        rng = self.rng
        s = _Session(user.id, "general", t)
        if rng.random() < 0.35:
            self._page(s)
        text, phrasing, params, used = self._question(intent, user, phrasing, params)
        if user.short and rng.random() < 0.6:
            text += " " + PLANTED["preferences"][user.id]["marker"]
        s.add("user_query", text, rng.uniform(2, 20) if s.events else 0.0)
        ans = self.answer(intent, s.t + 1, used)
        took = round(rng.lognormvariate(math.log(0.6), 0.6), 3)
        ok = ans.success and rng.random() > 0.03
        q = {
            "user": user.id,
            "query_text": text,
            "relative_expression": ans.relative,
            "range_start": _iso(ans.range_start),
            "range_end": _iso(ans.range_end),
            "result_summary": ans.summary if ok else "query timed out after 30s",
            "headline_value": ans.headline if ok else None,
            "key_insights": ans.insights if ok else [],
            "data_sources": ans.sources,
            "execution_time_seconds": took,
            "success": ok,
            "executed_at": _iso(s.t + 1 + took),
            "personal": ans.personal,
            "_t": s.t + 1 + took,
        }
        s.queries.append(q)
        model = self._model(user)
        style = "short" if user.short else "normal"
        prompt = f"question: {text} | result: {q['result_summary']} | style: {style}"
        if ok:
            reply = ans.summary + "."
            if not user.short and ans.insights:
                reply += " Details: " + "; ".join(ans.insights) + ". Want me to open the matching dashboard?"
        else:
            reply = "The query timed out; try a shorter range."
        resp = self._llm(s, model, prompt, reply, ans.sources, dt=1 + took)
        if rng.random() < user.follow_up:
            ask = rng.choice(("explain more", "can you explain more?", "explain more - why is that?"))
            s.add("user_query", ask, rng.uniform(15, 90))
            resp = self._llm(
                s,
                model,
                f"follow-up: {ask} | previous answer: {reply[:80]}",
                f"{ans.summary}. The main driver is "
                f"{rng.choice(ans.insights) if ans.insights else 'steady background noise'}; "
                "compare with the same hour last week to see whether it is unusual.",
                ans.sources,
            )
        if rng.random() < (0.7 if user.short else 0.35):
            self._feedback(s, resp, short_pref=user.short)
        self.sessions.append(s)
        if repeat and rng.random() < 0.25:
            who = user if rng.random() < 0.3 else rng.choice(self.org.users)
            if intent == "disk_space" and who.id == PLANTED["habits"]["month_end_disk"]["user"]:
                who = user  # their disk questions come from the month-end habit only
            same = rng.random() < 0.6
            self.query_session(
                who, t + rng.uniform(300, 3 * HOUR), intent, phrasing if same else None, params, repeat=False
            )

    def chat_session(self, user: _User, t: float, kind: str) -> None:
        rng = self.rng
        svc = rng.choice(user.services)
        if kind == "learning":
            q, a = rng.choice(
                (
                    (
                        "what does rate() do in PromQL",
                        "rate() gives the per-second average increase of a counter over the range.",
                    ),
                    (
                        "explain histogram_quantile",
                        "It estimates a quantile from cumulative histogram buckets, per label set.",
                    ),
                    (
                        "difference between irate and rate",
                        "irate uses the last two samples only; rate averages the whole range.",
                    ),
                    (
                        "how do recording rules work",
                        "Prometheus evaluates them on a schedule and stores the result as a new series.",
                    ),
                    (
                        "how does the logfmt parser work in LogQL",
                        "| logfmt turns key=value pairs into labels you can filter on.",
                    ),
                )
            )
            s, sources = _Session(user.id, "learning", t), ["prometheus"]
        elif kind == "form_assistance":
            q, a = rng.choice(
                (
                    (
                        f"help me write an alert for 5xx rate above 5% on {svc}",
                        f'sum(rate(http_requests_total{{service="{svc}",code=~"5.."}}[5m])) / sum(rate(http_requests_total{{service="{svc}"}}[5m])) > 0.05, for: 10m',
                    ),
                    (
                        f"what threshold should I use for HighLatency on {svc}",
                        "p99 above 0.5s for 10m matches your SLO; 0.3s would page daily.",
                    ),
                    (
                        "fill in the summary annotation for this rule",
                        "summary: '{{ $labels.service }} p99 latency above 500ms'",
                    ),
                    (
                        "help me write an alert for disk usage above 90% on logs hosts",
                        'node_filesystem_avail_bytes{service="logs",mountpoint="/"} / node_filesystem_size_bytes < 0.1, for: 15m',
                    ),
                )
            )
            s, sources = _Session(user.id, "form_assistance", t), ["grafana", "prometheus"]
            page = {
                "url": f"https://grafana.{self.org.name}.example/alerting/new/alerting",
                "title": "New alert rule",
            }
            s.add("page_context", "Editing a new alert rule", 0.0, page=page)
        else:
            q, a = rng.choice(
                (
                    (
                        "how do I silence an alert in alertmanager",
                        "Open Alerting > Silences, match on alertname and service, set an end time.",
                    ),
                    (
                        f"who is on call for {svc}?",
                        f"The {svc} rotation in the on-call schedule; the dashboard header links to it.",
                    ),
                    (
                        "why is this panel empty",
                        "The panel's query filters on a label that no series has in this time range.",
                    ),
                )
            )
            s, sources = _Session(user.id, "general", t), ["grafana"]
            if rng.random() < 0.6:
                self._page(s)
        s.add("user_query", q, rng.uniform(3, 30) if s.events else 0.0)
        model = self._model(user)
        resp = self._llm(
            s, model, f"question: {q} | style: {'short' if user.short else 'normal'}", a, sources
        )
        if rng.random() < user.follow_up:
            s.add("user_query", "explain more", rng.uniform(15, 90))
            resp = self._llm(
                s,
                model,
                f"follow-up: explain more | previous answer: {a[:80]}",
                a + " In practice, start from the dashboard and change one thing at a time.",
                sources,
            )
        if rng.random() < 0.3:
            self._feedback(s, resp, short_pref=user.short)
        self.sessions.append(s)

    def secret_session(self, user: _User, t: float, text: str, answer: str) -> None:
        """Someone pastes a secret or a person's details into a question, as happens in real chats."""
        s = _Session(user.id, "general", t)
        s.add("user_query", text)
        self._llm(s, self._model(user), f"question: {text}", answer, ["grafana"])
        self.sessions.append(s)

    def troubleshoot(self, problem: str, host: str, env: str, t: float, user: _User, detour: bool) -> None:
        rng = self.rng
        pb = _playbook(problem, host, env, rng)
        s = _Session(user.id, "troubleshooting", t)
        self._page(s, env=env, host=host if problem in ("high_cpu", "disk_full", "php_cpu") else None)
        s.add("user_query", rng.choice(pb["problem"]) + f" ({env})", rng.uniform(5, 40))
        model = self._model(user)
        self._llm(
            s,
            model,
            f"troubleshooting: {pb['problem'][0]} | env: {env}",
            pb["opening"],
            ["prometheus", "loki"],
        )
        diagnose = [(step, "diagnose") for step in pb["diagnose"]]
        if detour and pb.get("detour"):
            diagnose.insert(1, (pb["detour"], "detour"))  # a guess that does not help, as real sessions have
        steps = diagnose + [(step, "fix") for step in pb["fix"]]
        for i, ((cmd, out, ok, why), stage) in enumerate(steps):
            s.add("action", f"{why}: `{cmd}`", rng.uniform(10, 60), command=cmd)
            took = round(rng.uniform(0.05, 3.0), 3)
            s.add(
                "execution_result",
                out,
                took + rng.uniform(1, 20),
                command=cmd,
                success=ok,
                execution_time_seconds=took,
            )
            if stage == "detour":
                s.add(
                    "user_query",
                    rng.choice(("no change, still the same", "didn't help")),
                    rng.uniform(60, 240),
                )
                self._llm(
                    s, model, "user reports no change", "Then it is not that; let's keep looking.", ["loki"]
                )
            elif i == len(diagnose) - 1:
                self._llm(
                    s,
                    model,
                    f"interpret output of `{cmd}`",
                    f"That points at {pb['hint']}. Suggested fix: `{pb['fix'][0][0]}`.",
                    ["loki"],
                    dt=2,
                )
            elif rng.random() < 0.4:
                reply = (
                    "Nothing conclusive yet; one more check."
                    if stage == "diagnose"
                    else "Looks good; see if the symptom clears."
                )
                self._llm(s, model, f"interpret output of `{cmd}`", reply, ["loki"], dt=2)
        s.add("user_query", rng.choice(pb["confirm"]), rng.uniform(60, 600))
        resp = self._llm(
            s,
            model,
            "user confirms the fix",
            f"Great. Root cause: {pb['hint']}. I saved this as a known fix.",
            ["loki"],
        )
        self._feedback(s, resp, bias=0.1 if detour else -0.3)
        self.sessions.append(s)


def _playbook(problem: str, host: str, env: str, rng: random.Random) -> dict:
    """Commands, believable output excerpts and the fix for each recurring problem in PLANTED."""
    fix = PLANTED["troubleshooting"][problem]["fix"][env]
    load = f"{rng.uniform(18, 32):.2f}"
    if problem == "high_cpu":
        pid = rng.randint(2000, 9000)
        return {
            "problem": (
                f"high CPU on {host}",
                f"{host} is at 100% CPU, load average {load}",
                f"CPU alert firing for {host}, what is eating it?",
            ),
            "opening": f"Let's find the top CPU consumers on {host} first.",
            "diagnose": [
                (
                    "top -b -n1 | head -15",
                    f"load average: {load}\n  PID USER     %CPU COMMAND\n {pid} backup   388.0 backup-agent\n  912 www-data  12.3 nginx",
                    True,
                    "Check the top CPU consumers",
                ),
                (
                    "ps aux --sort=-%cpu | head -5",
                    f"backup {pid} 388 2.1 /opt/backup-agent/bin/backup-agent --upload s3://acme-backups",
                    True,
                    "See the full command line",
                ),
                (
                    "journalctl -u backup-agent --since '1 hour ago' | tail -5",
                    f"backup-agent[{pid}]: upload failed: connection reset by peer, retrying immediately (attempt {rng.randint(9000, 40000)})",
                    True,
                    "Read the agent's recent log",
                ),
            ],
            "detour": ("systemctl restart nginx", "", True, "Restart nginx in case it is the web tier"),
            "fix": [
                (fix, "", True, "Restart the stuck agent"),
                (
                    "uptime",
                    f"load average: 0.{rng.randint(40, 99)}, 3.12, 9.40",
                    True,
                    "Confirm the load drops",
                ),
            ],
            "hint": "backup-agent is spinning in a retry loop after a failed upload",
            "confirm": (f"that fixed it, CPU on {host} is back to normal", "fixed - load is under 1 again"),
        }
    if problem == "oom_killed":
        pod = f"payments-api-7d9f8c6b5-{''.join(rng.choice('bcdfghjklmnpqrstvwxz2456789') for _ in range(5))}"
        return {
            "problem": ("payments-api pods OOMKilled", "payments-api keeps restarting with OOMKilled"),
            "opening": "Let's look at the pod status and why the container was terminated.",
            "diagnose": [
                (
                    "kubectl get pods -n payments -l app=payments-api",
                    f"{pod}   0/1   CrashLoopBackOff   6 (2m ago)   14m",
                    True,
                    "List the pods",
                ),
                (
                    f"kubectl describe pod {pod} -n payments",
                    "Last State: Terminated\n  Reason: OOMKilled\n  Exit Code: 137\nLimits:\n  memory: 512Mi",
                    True,
                    "Describe the crashing pod",
                ),
                (
                    f"kubectl logs {pod} -n payments --previous | tail -3",
                    "java.lang.OutOfMemoryError: Java heap space\n\tat com.acme.payments.ledger.Batch.load",
                    True,
                    "Read the previous container's log",
                ),
            ],
            "detour": (
                "kubectl rollout restart deployment/payments-api -n payments",
                "deployment.apps/payments-api restarted",
                True,
                "Try a rolling restart",
            ),
            "fix": [
                (
                    fix,
                    "deployment.apps/payments-api resource requirements updated",
                    True,
                    "Raise the memory limit",
                ),
                (
                    "kubectl rollout status deployment/payments-api -n payments",
                    'deployment "payments-api" successfully rolled out',
                    True,
                    "Wait for the rollout",
                ),
            ],
            "hint": "the heap outgrew the 512Mi limit",
            "confirm": ("pods are stable now, that fixed it", "fixed, no restarts for 20 minutes"),
        }
    if problem == "econnrefused":
        ip = _SECRETS["ip"] if env == "prod" else "10.60.3.25"
        ns = "orders" if env == "prod" else "orders-dev"
        common = [
            (
                f"kubectl logs deploy/orders-service -n {ns} --tail=20",
                f"Error: connect ECONNREFUSED {ip}:6432\n    at TCPConnectWrap.afterConnect [as oncomplete]",
                True,
                "Read orders-service's log",
            ),
            (
                f"PGPASSWORD={_SECRETS['password']} psql -h {ip} -p 6432 -U orders_app -d orders -c 'select 1'",
                f'psql: error: connection to server at "{ip}", port 6432 failed: Connection refused',
                False,
                "Try the database port directly",
            ),
        ]
        if env == "prod":
            diagnose = common + [
                (
                    "ssh orders-db-0 systemctl status pgbouncer --no-pager",
                    "Active: failed (Result: exit-code)\npgbouncer: accept() failed: Too many open files",
                    True,
                    "Check pgbouncer on the primary",
                )
            ]
            after = [
                ("ssh orders-db-0 systemctl is-active pgbouncer", "active", True, "Confirm pgbouncer is up")
            ]
            hint = "pgbouncer on orders-db-0 died on its open-files limit"
        else:
            diagnose = common + [
                (
                    "kubectl get pods -n orders-dev -l app=orders-db",
                    "No resources found in orders-dev namespace.",
                    True,
                    "Look for the database pod",
                ),
                (
                    "kubectl get statefulset orders-db -n orders-dev",
                    "NAME        READY   AGE\norders-db   0/0     41d",
                    True,
                    "Check the StatefulSet",
                ),
            ]
            after = [
                (
                    "kubectl rollout status statefulset/orders-db -n orders-dev",
                    "partitioned roll out complete: 1 new pods have been updated",
                    True,
                    "Wait for the pod",
                )
            ]
            hint = "the nightly cost-saver scaled orders-db in dev to zero replicas"
        return {
            "problem": (
                "ECONNREFUSED from orders-service to orders-db",
                f"orders-service can't reach orders-db: connect ECONNREFUSED {ip}:6432",
            ),
            "opening": "Let's confirm what refuses the connection: the pooler or the database itself.",
            "diagnose": diagnose,
            "fix": [
                (
                    fix,
                    "" if env == "prod" else "statefulset.apps/orders-db scaled",
                    True,
                    "Bring the endpoint back",
                )
            ]
            + after,
            "hint": hint,
            "confirm": ("orders-service connects again, that fixed it", "fixed - checkout works again"),
        }
    if problem == "disk_full":
        return {
            "problem": (f"disk full on {host}", f"{host} root filesystem at 99%"),
            "opening": f"Let's see what fills / on {host}.",
            "diagnose": [
                (
                    "df -h /",
                    "Filesystem      Size  Used Avail Use% Mounted on\n/dev/sda1       100G   99G  1.2G  99% /",
                    True,
                    "Check the filesystem",
                ),
                (
                    "du -sh /var/log/* | sort -h | tail -3",
                    "2.1G\t/var/log/nginx\n41G\t/var/log/journal\n52G\t/var/log/app",
                    True,
                    "Find the biggest log directories",
                ),
            ],
            "detour": ("rm -f /var/log/nginx/*.gz", "", True, "Drop old compressed nginx logs"),
            "fix": [
                (
                    fix,
                    "Vacuuming done, freed 39.1G of archived journals from /var/log/journal.",
                    True,
                    "Trim the journal and rotate app logs",
                ),
                ("df -h /", "/dev/sda1       100G   45G   55G  45% /", True, "Check the space again"),
            ],
            "hint": "month-end exports inflated the app logs and the journal",
            "confirm": (f"{host} has space again, that fixed it", "fixed, 55G free now"),
        }
    if problem == "php_cpu":
        return {
            "problem": (f"high CPU on {host}", f"{host} is pegged, load average {load}"),
            "opening": f"Let's see which processes use the CPU on {host}.",
            "diagnose": [
                (
                    "top -b -n1 | head -15",
                    f"load average: {load}\n  PID USER  %CPU COMMAND\n 3301 www   97.0 php-fpm: pool shop\n 3302 www   96.1 php-fpm: pool shop",
                    True,
                    "Check the top CPU consumers",
                ),
                (
                    "tail -n 5 /var/log/php-fpm/slow.log",
                    "script_filename = /srv/shop/cron/reindex.php\n[0x00007f] reindexAll() /srv/shop/lib/Search.php:212",
                    True,
                    "Read the php-fpm slow log",
                ),
            ],
            "fix": [
                (fix, "", True, "Restart the php-fpm pool"),
                ("uptime", "load average: 1.10, 6.20, 12.85", True, "Confirm the load drops"),
            ],
            "hint": "the hourly reindex cron pins every php-fpm worker",
            "confirm": ("that fixed it, shop is fast again", "fixed, load is back to normal"),
        }
    return {
        "problem": (f"disk full on {host}", f"{host} data volume at 97%, postgres about to stop"),
        "opening": "Let's see whether WAL is what fills the volume.",
        "diagnose": [
            (
                "df -h /var/lib/postgresql",
                "/dev/nvme1n1  200G  194G  6.0G  97% /var/lib/postgresql",
                True,
                "Check the data volume",
            ),
            (
                "du -sh /var/lib/postgresql/16/main/pg_wal",
                "61G\t/var/lib/postgresql/16/main/pg_wal",
                True,
                "Measure the WAL directory",
            ),
            (
                'psql -c "select slot_name, active from pg_replication_slots"',
                " slot_name   | active\n-------------+--------\n old_replica | f",
                True,
                "Look for inactive replication slots",
            ),
        ],
        "fix": [
            (
                fix,
                " pg_drop_replication_slot\n--------------------------\n \n(1 row)",
                True,
                "Drop the abandoned slot",
            ),
            (
                "df -h /var/lib/postgresql",
                "/dev/nvme1n1  200G  131G   69G  66% /var/lib/postgresql",
                True,
                "Check the volume again",
            ),
        ],
        "hint": "an abandoned replication slot keeps WAL from being recycled",
        "confirm": ("that fixed it, WAL is being recycled again", "fixed - 69G free on pg-main"),
    }


# ----------------------------------------------------------------------------------------------------
# Scheduling


def _work_time(rng: random.Random, around: float, start: float, now: float) -> float | None:
    """A weekday, mid-day time near `around`, inside the window with room for a session to finish."""
    day = _midnight(around)
    for step in (0, -1, 1, -2, 2, -3, 3):
        d = day + step * DAY
        if _weekday_hour(d)[0] < 5:
            t = d + rng.uniform(10, 15.5) * HOUR
            if start + HOUR <= t <= now - 2 * HOUR:
                return t
    return None


def _month_ends(start: float, now: float, last_days: int) -> list[float]:
    """Midnights of the last `last_days` days of every month inside the window."""
    out = []
    d = _midnight(start) + DAY
    while d < now:
        dt = datetime.fromtimestamp(d, UTC)
        if dt.day > calendar.monthrange(dt.year, dt.month)[1] - last_days:
            out.append(d)
        d += DAY
    return out


def _schedule(w: _OrgWriter, weeks: int) -> None:
    rng, org, start, now = w.rng, w.org, w.start, w.now
    intents = (
        "critical_alerts_24h",
        "top_noisy_week",
        "service_errors",
        "host_errors",
        "p99_latency",
        "error_rate",
        "disk_space",
        "slow_traces",
        "my_silences",
    )
    weights = (5, 3, 5, 3, 4, 2, 1.5, 1.5, 0.7)
    habit, month_end = PLANTED["habits"]["monday_alerts"], PLANTED["habits"]["month_end_disk"]
    day = _midnight(start)
    while day < now:
        wd, _ = _weekday_hour(day)
        for user in org.users:
            n = _poisson(rng, user.sessions_per_day * (1.0 if wd < 5 else 0.08))
            for _ in range(n):
                t = day + (user.start_hour + rng.uniform(0, 9)) * HOUR
                roll = rng.random()
                if roll < 0.72:
                    intent = rng.choices(intents, weights)[0]
                    if intent == "disk_space" and user.id == month_end["user"]:
                        intent = (
                            "error_rate"  # keeps the month-end habit the only source of their disk questions
                        )
                    w.query_session(user, t, intent)
                else:
                    w.chat_session(
                        user, t, "learning" if roll < 0.82 else "form_assistance" if roll < 0.9 else "general"
                    )
        day += DAY

    if org.name == habit["org"]:
        user = w.users[habit["user"]]
        for k in range(weeks):
            if k in habit["absent_weeks_ago"]:
                continue
            week_start = now - (k + 1) * WEEK
            monday = _midnight(week_start) + ((habit["weekday"] - _weekday_hour(week_start)[0]) % 7) * DAY
            t = monday + habit["hour"] * HOUR + rng.gauss(0, 600)
            # both questions each Monday (weekend summary, then the criticals): one a week among a
            # busy person's ~25 questions on the same topic does not beat the habit detector's null
            for i, intent in enumerate(habit["intents"]):
                if start <= t + i * 240:
                    w.query_session(user, t + i * 240, intent, repeat=False)
    if org.name == month_end["org"]:
        user = w.users[month_end["user"]]
        for d in _month_ends(start, now, month_end["last_days_of_month"]):
            for _ in range(rng.randint(1, 2)):
                w.query_session(user, d + rng.uniform(10, 16) * HOUR, "disk_space", repeat=False)

    for problem, spec in PLANTED["troubleshooting"].items():
        if spec["org"] != org.name:
            continue
        if spec["occurrences"] == "month_end":
            ends = _month_ends(start, now, 1)
            occurrences = [
                (spec["hosts"][i % len(spec["hosts"])], "prod", d - DAY) for i, d in enumerate(ends)
            ]
        else:
            occurrences = [
                (h, e, now - k * WEEK - rng.uniform(2, 5) * DAY)
                for h, e, k in spec["occurrences"]
                if k < weeks
            ]
        for i, (host, env, around) in enumerate(occurrences):
            t = _work_time(rng, around, start, now)
            if t is not None:
                w.troubleshoot(problem, host, env, t, w.users[rng.choice(org.ops)], detour=i == 1)

    if org.name == "acme":
        ask = w.users["u-acme-07"]
        pasted = [
            (
                f"alert emails to {_SECRETS['email']} bounce since yesterday, can you check the contact point?",
                "The contact point's SMTP relay rejects the address; check the recipient list in Alerting > Contact points.",
            ),
            (
                f"is {_SECRETS['ip']} still the orders-db primary?",
                "Yes: pg_replication_is_primary reports orders-db-0 as primary.",
            ),
            (
                f"why does curl -H 'Authorization: Bearer {_SECRETS['bearer_jwt']}' https://grafana.acme.example/api/dashboards/uid/chk-ovw return 403?",
                "That token's role is Viewer on a folder it cannot see; ask for folder access instead of a new token.",
            ),
        ]
    else:
        ask = w.users["u-globex-04"]
        pasted = [
            (
                f"curl -H 'Authorization: Bearer {_SECRETS['grafana_token']}' https://grafana.globex.example/api/search says 401, why?",
                "The service-account token was revoked; create a new one and keep it out of chats.",
            )
        ]
    for i, (text, answer) in enumerate(pasted):
        t = _work_time(rng, now - (i + 1) * (weeks * WEEK) / (len(pasted) + 1), start, now)
        if t is not None:
            w.secret_session(ask, t, text, answer)


def _finish(org: str, sessions: list[_Session], start: float, now: float) -> tuple[list[dict], list[dict]]:
    """Drop sessions that spill outside the window, then number everything in time order."""
    kept = [
        s
        for s in sessions
        if s.events
        and s.events[0]["_t"] >= start
        and s.events[-1]["_t"] <= now
        and all(start <= float(_parse_ts(q["range_start"])) for q in s.queries)
    ]
    kept.sort(key=lambda s: s.events[0]["_t"])
    flat: list[tuple[float, int, int, dict]] = []
    queries: list[tuple[float, int, dict]] = []
    for n, s in enumerate(kept, 1):
        sid = f"demo-{org}-ses-{n:06d}"
        for i, ev in enumerate(s.events):
            ev["session_id"] = sid
            flat.append((ev["_t"], n, i, ev))
        for q in s.queries:
            q["session_id"] = sid
            queries.append((q["_t"], n, q))
    flat.sort(key=lambda f: f[:3])
    events = []
    for n, (t, _, _, ev) in enumerate(flat, 1):
        ev["id"] = f"demo-{org}-evt-{n:06d}"
        ev["timestamp"] = _iso(t)
    for _, _, _, ev in flat:
        target = ev.pop("_target", None)
        if target is not None:
            ev["target_id"] = target["id"]
    for _, _, _, ev in flat:
        ev.pop("_t")
        events.append({"id": ev.pop("id"), "timestamp": ev.pop("timestamp"), **ev})
    queries.sort(key=lambda q: q[:2])
    out = []
    for n, (_, _, q) in enumerate(queries, 1):
        q.pop("_t")
        out.append({"id": f"demo-{org}-qry-{n:06d}", **q})
    return events, out


def _parse_ts(value: str) -> float:
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).timestamp()


def _knowledge_gap_sessions(writer: _OrgWriter, rng: random.Random, weeks: int) -> None:
    """The planted knowledge gap: the same unanswerable question every week, slow and mostly unhelpful answers."""
    spec = PLANTED["knowledge_gap"]
    if writer.org.name != spec["org"]:
        return
    low, high = spec["answer_seconds"]
    for week in range(weeks):
        for _ in range(spec["per_week"]):
            day = writer.start + week * WEEK + rng.randrange(5) * DAY
            t = _midnight(day) + (8 + writer.org.peak_shift) * HOUR + rng.uniform(0, 8 * HOUR)
            if not writer.start <= t <= writer.now - HOUR:
                continue
            user = rng.choice(writer.org.users)
            s = _Session(user.id, "general", t)
            question = rng.choice(spec["questions"])
            s.add("user_query", question)
            model = user.model or "gpt-4o"
            s.add("llm_request", f"question: {question}", 1.0, model=model, data_sources=["loki"])
            took = round(rng.uniform(low, high), 3)
            answer = s.add(
                "llm_response", spec["answer"], took, model=model, data_sources=["loki"],
                execution_time_seconds=took, success=True,
            )
            bad = rng.random() < spec["not_helpful_share"]
            s.add(
                "feedback", "didn't help" if bad else "", rng.uniform(20, 120),
                rating="not_helpful" if bad else "partially_helpful", target="answer", _target=answer,
            )
            writer.sessions.append(s)


def generate_demo(now: datetime, seed: int = 42, weeks: int = 8, peak_lead: timedelta | None = None) -> DemoData:
    """Build ``weeks`` weeks of history ending at ``now`` for every org in :data:`DEMO_ORGS`.

    Parameters
    ----------
    now : datetime
        End of the window; naive values are taken as UTC, like everywhere else in the exporter.
    seed : int
        Same seed, same output. Planted patterns (see :data:`PLANTED`) are present for every seed.
    weeks : int
        Length of the window. Every timestamp, start and end lies in ``[now - weeks, now]``, except
        Alertmanager's ``0001-01-01T00:00:00Z`` marker on alerts that are still firing.
    peak_lead : timedelta, optional
        Plant the weekly peak at the weekday and hour ``peak_lead`` after ``now`` (see
        :func:`weekly_peak`) instead of Friday 15:00.

    Returns
    -------
    DemoData
        Per org: audit events and query summaries in time order, webhook payloads in send order.
    """
    if weeks < 1:
        raise ValueError("weeks must be at least 1")
    now = now.replace(tzinfo=UTC) if now.tzinfo is None else now.astimezone(UTC)
    end = float(math.floor(now.timestamp()))
    start = float(math.ceil((now - timedelta(weeks=weeks)).timestamp()))
    orgs: dict[str, OrgDemo] = {}
    peak = weekly_peak(now, peak_lead)
    for i, name in enumerate(DEMO_ORGS):
        org = _ORGS[name]
        alerts = _alert_history(org, np.random.default_rng([seed % 2**63, i]), start, end, peak)
        writer = _OrgWriter(org, random.Random(f"{seed}:{name}"), start, end, _AlertIndex(alerts))
        _schedule(writer, weeks)
        _knowledge_gap_sessions(writer, random.Random(f"{seed}:{name}:gap"), weeks)
        events, queries = _finish(name, writer.sessions, start, end)
        orgs[name] = OrgDemo(events=events, queries=queries, alert_webhooks=_webhooks(org, alerts))
    return DemoData(now=now, orgs=orgs, weekly_peak=peak)
