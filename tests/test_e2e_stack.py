"""End to end with real parts: the exporter with demo data, a real Prometheus evaluating the rules
from alerts/, and a real Alertmanager with the example routing, whose proactive receiver is a
local webhook standing in for the AI helper.

Everything listens on 127.0.0.1 with one-second intervals; the rules are the repository's file
with the installation's link base put in and `for:` shortened, nothing else changed. Without the
Prometheus binaries this module prints a skip (a failure under CI=true).
"""

from __future__ import annotations

import json
import re
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml
from werkzeug.serving import make_server

from exporter import dashboards
from exporter.dashboards import metric_names
from exporter.dashboards.planned_metrics import PLANNED_METRICS
from exporter.demo_data import PLANTED
from tests.conftest import require_tool

ROOT = Path(__file__).resolve().parents[1]
RULES = ROOT / "alerts" / "learning-exporter.rules.yml"
AM_EXAMPLE = ROOT / "alerts" / "alertmanager.example.yml"
AI_HELPER = "http://127.0.0.1:3999/ai-helper"
GRAFANA = "http://127.0.0.1:3998/grafana"
# The demo ends on a Friday at 12:00 UTC, three hours before the planted weekly peak (15:00).
DEMO_NOW = (lambda d: d - timedelta(days=(d.weekday() - 4) % 7))(
    datetime.now(UTC).replace(hour=12, minute=0, second=0, microsecond=0) - timedelta(days=1)
)

# Proactive notices the demo data must raise, each switched on by the metric it needs (so a
# notice whose metric has not landed yet is not expected). The Friday peak planted in the demo
# data (PLANTED["friday_peak"]) must reach the AI helper as a notice for its alert group.
EXPECTED_NOTICES = {
    "AIHelperSeasonalPeakExpected": "aihelper_seasonal_peak_expected",
}
# Grafana variables and intervals, put in the way Grafana would before sending a query.
GRAFANA_SUBSTITUTIONS = {"$__rate_interval": "1m", "$__range": "1h", "$__interval": "15s", "$group": ".*"}




def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get_json(url: str, params: dict | None = None) -> dict:
    if params:
        url += "?" + urllib.parse.urlencode(params)
    with urllib.request.urlopen(url, timeout=10) as answer:
        return json.loads(answer.read())


def wait_for(what: str, check, timeout: float = 30.0, every: float = 0.25):
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            last = check()
            if last:
                return last
        except OSError as exc:  # not listening yet
            last = exc
        time.sleep(every)
    raise AssertionError(f"timed out waiting for {what}: {last!r}")


class Webhook:
    """Alertmanager's webhook receiver: keeps each POSTed notification, by path."""

    def __init__(self) -> None:
        self.received: list[tuple[str, dict]] = []
        hook = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                hook.received.append((self.path, json.loads(body)))
                self.send_response(200)
                self.end_headers()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def alerts(self, path: str) -> list[dict]:
        return [a for p, n in list(self.received) if p == path for a in n["alerts"]]


def e2e_rules() -> str:
    """The repository's rules with the install-time links, and `for:` short enough for a test."""
    text = dashboards.with_links(RULES.read_text(), ai_helper_url=AI_HELPER, grafana_url=GRAFANA)
    return re.sub(r"^(\s+for:) \S+$", r"\1 1s", text, flags=re.M)


def alertmanager_config(webhook: Webhook) -> str:
    config = yaml.safe_load(AM_EXAMPLE.read_text())
    for receiver in config["receivers"]:
        for hook in receiver.get("webhook_configs", []):
            hook["url"] = f"{webhook.url}/{receiver['name']}"
    for route in [config["route"], *config["route"]["routes"]]:
        route.update({"group_wait": "1s", "group_interval": "1s"})
    return yaml.safe_dump(config)


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    prometheus_bin = require_tool("prometheus")
    alertmanager_bin = require_tool("prometheus-alertmanager")
    from exporter.app import create_app
    from exporter.config import Settings
    from exporter.demo import load_demo
    from exporter.jobs import run_learning

    tmp = tmp_path_factory.mktemp("stack")
    settings = Settings(database_url=f"sqlite:///{tmp / 'learning.db'}", archive_dir=tmp / "archive")
    app = create_app(settings)
    svc = app.extensions["learning"]
    load_demo(svc, now=DEMO_NOW)
    # The demo's follow-up hooks normally run a learning pass at DEMO_NOW already; learn only once.
    if not svc.store.scalar("SELECT COUNT(*) AS n FROM job_runs WHERE job = 'learn' AND ok = 1"):
        assert run_learning(svc, now=DEMO_NOW.timestamp())["result"] == "success"
    svc.snapshot.refresh()
    exporter = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=exporter.serve_forever, daemon=True).start()
    exporter_url = f"http://127.0.0.1:{exporter.server_port}"

    webhook = Webhook()
    am_port, prom_port = free_port(), free_port()
    (tmp / "alertmanager.yml").write_text(alertmanager_config(webhook))
    (tmp / "rules.yml").write_text(e2e_rules())
    (tmp / "prometheus.yml").write_text(
        yaml.safe_dump(
            {
                "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
                "rule_files": [str(tmp / "rules.yml")],
                "alerting": {"alertmanagers": [{"static_configs": [{"targets": [f"127.0.0.1:{am_port}"]}]}]},
                "scrape_configs": [
                    {"job_name": "learning-exporter", "static_configs": [{"targets": [f"127.0.0.1:{exporter.server_port}"]}]}
                ],
            }
        )
    )
    logs = {name: open(tmp / f"{name}.log", "w") for name in ("alertmanager", "prometheus")}  # noqa: SIM115
    processes = [
        subprocess.Popen(
            [
                alertmanager_bin,
                f"--config.file={tmp / 'alertmanager.yml'}",
                f"--storage.path={tmp / 'am-data'}",
                f"--web.listen-address=127.0.0.1:{am_port}",
                "--cluster.listen-address=",
            ],
            stdout=logs["alertmanager"],
            stderr=subprocess.STDOUT,
        ),
        subprocess.Popen(
            [
                prometheus_bin,
                f"--config.file={tmp / 'prometheus.yml'}",
                f"--storage.tsdb.path={tmp / 'prom-data'}",
                f"--web.listen-address=127.0.0.1:{prom_port}",
            ],
            stdout=logs["prometheus"],
            stderr=subprocess.STDOUT,
        ),
    ]
    prom = f"http://127.0.0.1:{prom_port}"
    try:
        wait_for("Alertmanager ready", lambda: urllib.request.urlopen(f"http://127.0.0.1:{am_port}/-/ready").status == 200)
        wait_for("Prometheus ready", lambda: urllib.request.urlopen(f"{prom}/-/ready").status == 200)
        # Three scrapes, so rate() over them has data, and every rule group evaluated since.
        wait_for(
            "three scrapes of the exporter",
            lambda: get_json(f"{prom}/api/v1/query", {"query": 'count_over_time(up{job="learning-exporter"}[1m]) >= 3'})[
                "data"
            ]["result"],
        )
        yield {"prometheus": prom, "exporter": exporter_url, "webhook": webhook, "app": app, "tmp": tmp}
    except BaseException:
        for name in logs:
            print(f"--- {name} log\n{(tmp / f'{name}.log').read_text()[-3000:]}")
        raise
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        for log in logs.values():
            log.close()
        exporter.shutdown()
        svc.stop()


def scrape(stack) -> str:
    with urllib.request.urlopen(f"{stack['exporter']}/metrics", timeout=10) as answer:
        return answer.read().decode()


def sampled_names(text: str) -> set[str]:
    """Metric names with at least one sample in a scrape (histogram series reduced to the family)."""
    names = set()
    for line in text.splitlines():
        if line and not line.startswith("#"):
            names |= metric_names(line.split("{")[0].split(" ")[0])
    return names


def instant(stack, expr: str) -> dict:
    try:
        answer = get_json(f"{stack['prometheus']}/api/v1/query", {"query": expr})
    except urllib.error.HTTPError as exc:
        raise AssertionError(f"{expr}: {exc.read().decode()}") from exc
    assert answer["status"] == "success", (expr, answer)
    return answer["data"]


def grafana_expr(expr: str) -> str:
    """A panel or variable query as Grafana would send it to Prometheus."""
    for variable, value in GRAFANA_SUBSTITUTIONS.items():
        expr = expr.replace(variable, value)
    # Grafana answers `label_values(metric, label)` from the series API; this is the same set.
    return re.sub(r"^label_values\((.+), *(\w+)\)$", r"group by (\2) (\1)", expr)


def dashboard_queries() -> list[tuple[str, str]]:
    out = []
    for name, text in dashboards.generate().items():
        out += [(f"{name}: {title}", expr) for title, expr in dashboards.panel_queries(json.loads(text))]
    return out


def rule_queries() -> list[tuple[str, str]]:
    groups = yaml.safe_load(RULES.read_text())["groups"]
    return [(r.get("alert") or r["record"], r["expr"]) for g in groups for r in g["rules"]]


def test_the_scrape_passes_promtool_check_metrics(stack):
    done = subprocess.run(
        [require_tool("promtool"), "check", "metrics"], input=scrape(stack), capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_prometheus_scrapes_the_exporter_and_loads_every_rule(stack):
    [target] = get_json(f"{stack['prometheus']}/api/v1/targets")["data"]["activeTargets"]
    assert target["health"] == "up", target
    groups = get_json(f"{stack['prometheus']}/api/v1/rules")["data"]["groups"]
    loaded = {r["name"] for g in groups for r in g["rules"]}
    assert loaded == {name for name, _ in rule_queries()}
    assert all(r["health"] == "ok" for g in groups for r in g["rules"]), [
        (r["name"], r.get("lastError")) for g in groups for r in g["rules"] if r["health"] != "ok"
    ]


def test_every_dashboard_query_evaluates_and_shows_the_demo_data(stack):
    sampled = sampled_names(scrape(stack)) | {"up"}
    empty = []
    for where, expr in dashboard_queries():
        data = instant(stack, grafana_expr(expr))
        names = metric_names(expr)
        # A query over metrics the scrape has samples for must show something.
        if names and names <= sampled and not data["result"]:
            empty.append((where, expr))
    assert empty == []


def test_every_rule_expression_evaluates_and_records_the_demo_data(stack):
    sampled = sampled_names(scrape(stack))
    recorded = {name for name, _ in rule_queries() if ":" in name}
    empty = []
    for name, expr in rule_queries():
        data = instant(stack, expr)
        # A recording rule over sampled metrics (or other recordings) must record something.
        if name in recorded and metric_names(expr) <= sampled | recorded and not data["result"]:
            empty.append(name)
    assert empty == []


def test_every_query_reads_metrics_the_demo_exporter_exposes_or_that_are_promised(stack):
    exposed = set(re.findall(r"^# TYPE (\S+) ", scrape(stack), flags=re.M))
    exposed |= {f"{n}_total" for n in exposed} | {f"{n}_info" for n in exposed}
    known = exposed | set(PLANNED_METRICS) | {"up", "ALERTS"} | {n for n, _ in rule_queries() if ":" in n}
    used = {(where, n) for where, expr in dashboard_queries() + rule_queries() for n in metric_names(expr)}
    assert {(where, n) for where, n in used if n not in known} == set()


def test_self_health_alerts_stay_quiet_on_a_healthy_exporter(stack):
    firing = instant(stack, 'ALERTS{alertstate="firing", severity=~"critical|warning", notice!="proactive"}')
    assert firing["result"] == []


def test_proactive_notices_reach_the_ai_helper_with_their_link(stack):
    exposed = sampled_names(scrape(stack))
    expected = {alert for alert, metric in EXPECTED_NOTICES.items() if metric in exposed}
    assert expected, "no proactive notice is expected from the demo data"
    webhook: Webhook = stack["webhook"]

    def arrived():
        got = {a["labels"]["alertname"] for a in webhook.alerts("/ai-helper-notices") if a["status"] == "firing"}
        return expected <= got

    try:
        wait_for(f"notices {sorted(expected)} at the AI helper's receiver", arrived, timeout=45)
    except AssertionError as exc:
        alerts = instant(stack, "ALERTS")["result"]
        values = {m: instant(stack, m)["result"] for m in EXPECTED_NOTICES.values()}
        raise AssertionError(f"{exc}\nALERTS: {alerts}\nreceived: {webhook.received}\nmetrics: {values}") from None
    for alert in webhook.alerts("/ai-helper-notices"):
        assert alert["labels"]["notice"] == "proactive"
        assert alert["annotations"]["ai_helper_url"].startswith(AI_HELPER + "/insights/"), alert
        assert alert["annotations"]["summary"] and alert["annotations"]["description"]
    # Proactive notices go only to their own receiver, never to the operators.
    operators = webhook.alerts("/operators") + webhook.alerts("/operators-critical")
    assert not [a for a in operators if a["labels"].get("notice") == "proactive"]
    if "AIHelperSeasonalPeakExpected" in expected:
        planted = PLANTED["friday_peak"]["group"]
        groups = {
            a["labels"].get("group", "")
            for a in webhook.alerts("/ai-helper-notices")
            if a["labels"]["alertname"] == "AIHelperSeasonalPeakExpected"
        }
        assert any(planted["service"] in g and planted["alertname"] in g for g in groups), groups
