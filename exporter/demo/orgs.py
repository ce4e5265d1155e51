"""The two demo organisations (people, alert groups, services, dashboards), and the small time and
random helpers every part of the generator shares."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import UTC, datetime

import numpy as np

from exporter.demo.planted import DAY, HOUR, WEEK


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
