"""Every PromQL in the dashboards and rules reads metrics the exporter exposes (or has promised).

The exposed names come from a live /metrics of a real app after a learning pass; the promised
ones from `exporter.dashboards.planned_metrics`. The end-to-end test repeats the check against a
scrape with demo data and evaluates each expression in a real Prometheus.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from exporter import dashboards
from exporter.dashboards import metric_names
from exporter.dashboards.planned_metrics import PLANNED_METRICS
from exporter.jobs import run_learning

RULES = Path(__file__).resolve().parents[1] / "alerts" / "learning-exporter.rules.yml"
PROMETHEUS_OWN = {"up", "ALERTS"}


def exposed_families(scrape: str) -> set[str]:
    return set(re.findall(r"^# TYPE (aihelper_[a-zA-Z0-9_]+) ", scrape, flags=re.M))


def scrape_names(scrape: str) -> set[str]:
    """Family names as PromQL sees them: counters keep `_total`, info gauges gain `_info`."""
    names = set()
    for name, kind in re.findall(r"^# TYPE (aihelper_[a-zA-Z0-9_]+) (\w+)", scrape, flags=re.M):
        names.add(f"{name}_total" if kind == "counter" and not name.endswith("_total") else name)
        if kind == "info":
            names.add(f"{name}_info")
    return names


@pytest.fixture(scope="module")
def live_names(tmp_path_factory):
    from exporter.app import create_app
    from exporter.config import Settings

    tmp = tmp_path_factory.mktemp("metrics")
    app = create_app(Settings(database_url=f"sqlite:///{tmp / 'm.db'}", archive_dir=tmp / "archive"))
    run_learning(app.extensions["learning"])
    scrape = app.test_client().get("/metrics").get_data(as_text=True)
    app.extensions["learning"].stop()
    return scrape_names(scrape)


def rule_expressions() -> list[tuple[str, str]]:
    rules = yaml.safe_load(RULES.read_text())
    return [(r.get("alert") or r["record"], r["expr"]) for g in rules["groups"] for r in g["rules"]]


def recorded() -> set[str]:
    return {name for name, _ in rule_expressions() if ":" in name}


def dashboard_expressions() -> list[tuple[str, str]]:
    out = []
    for name, text in dashboards.generate().items():
        out += [(f"{name}: {title}", expr) for title, expr in dashboards.panel_queries(json.loads(text))]
    return out


def test_metric_names_reads_names_not_label_values_or_functions():
    expr = 'sum by (decision) (rate(aihelper_query_cache_lookups_total{decision="aihelper_x"}[5m])) / up'
    assert metric_names(expr) == {"aihelper_query_cache_lookups_total", "up"}
    assert metric_names("histogram_quantile(0.9, rate(aihelper_x_seconds_bucket[1m]))") == {"aihelper_x_seconds"}
    assert metric_names("aihelper:cache_hit_ratio:rate1h < 0.3") == {"aihelper:cache_hit_ratio:rate1h"}


def test_every_dashboard_query_reads_exposed_or_promised_metrics(live_names):
    known = live_names | set(PLANNED_METRICS) | PROMETHEUS_OWN
    unknown = {(where, n) for where, expr in dashboard_expressions() for n in metric_names(expr) if n not in known}
    assert unknown == set()


def test_every_rule_reads_exposed_promised_or_recorded_metrics(live_names):
    known = live_names | set(PLANNED_METRICS) | PROMETHEUS_OWN | recorded()
    unknown = {(where, n) for where, expr in rule_expressions() for n in metric_names(expr) if n not in known}
    assert unknown == set()


def test_every_exposed_metric_is_on_a_dashboard(live_names):
    """New metrics need a panel: the suite must cover everything the exporter exposes."""
    shown = {n for _, expr in dashboard_expressions() for n in metric_names(expr)}
    assert sorted(live_names - shown) == []


def test_every_promised_metric_is_used_somewhere():
    used = {n for _, expr in dashboard_expressions() + rule_expressions() for n in metric_names(expr)}
    assert sorted(set(PLANNED_METRICS) - used) == []
