"""End to end with real parts: the exporter with demo data, a real Prometheus evaluating the rules
from alerts/, and a real Alertmanager with the example routing, whose proactive receivers are a
local webhook standing in for the AI helper; a local stand-in for Grafana receives the annotations.

Everything listens on 127.0.0.1 with one-second intervals; the rules are the repository's file
with the installation's link base put in and `for:` shortened, nothing else changed. The server
runs on the demo's clock (the history ends at DEMO_NOW), so what is active is judged as of then.
Three learning passes an hour apart must leave one notice per recommendation, each with its org
and id, and a `learn` run of the CLI in another process must move the server's /metrics.
Without the Prometheus binaries this module prints a skip (a failure under CI=true).
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
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
from exporter.demo import PLANTED
from exporter.knowledge.recommendation_kinds import (
    NOTICE_KINDS,
    ai_helper_link,
    recommendation_context,
    template_from_url,
)
from tests.conftest import TOKENS, auth, require_tool
from tests.fake_grafana import FakeGrafana

ROOT = Path(__file__).resolve().parents[1]
RULES = ROOT / "alerts" / "learning-exporter.rules.yml"
AM_EXAMPLE = ROOT / "alerts" / "alertmanager.example.yml"
AI_HELPER = "http://127.0.0.1:3999/ai-helper"
GRAFANA = "http://127.0.0.1:3998/grafana"
# The demo ends on a Friday at 12:00 UTC, three hours before the planted weekly peak (15:00).
DEMO_NOW = (lambda d: d - timedelta(days=(d.weekday() - 4) % 7))(
    datetime.now(UTC).replace(hour=12, minute=0, second=0, microsecond=0) - timedelta(days=1)
)

NOTICE_RECEIVERS = ("/ai-helper-notices", "/ai-helper-notices-acme")
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
    grafana = FakeGrafana().__enter__()
    settings = Settings(
        database_url=f"sqlite:///{tmp / 'learning.db'}",
        archive_dir=tmp / "archive",
        tokens=json.dumps(TOKENS),
        grafana_url=grafana.url,
        grafana_token=grafana.token,
        ai_helper_url_template=template_from_url(AI_HELPER),
    )
    app = create_app(settings)
    svc = app.extensions["learning"]
    started = time.time()
    # The server lives on the demo's clock: two hours past the end of its history at most.
    svc.snapshot.wall_clock = lambda: DEMO_NOW.timestamp() + 2 * 3600 + (time.time() - started)
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
        # A few API calls, as the AI helper would make, so the HTTP panels have something to show.
        client = app.test_client()
        for token, grant in TOKENS.items():
            if grant.get("role") == "service":
                client.get("/api/v1/recommendations", headers=auth(token))
        client.get("/api/v1/recommendations")  # unauthenticated: a 401 counted by its route
        yield {"prometheus": prom, "exporter": exporter_url, "webhook": webhook, "app": app, "tmp": tmp,
               "grafana": grafana, "settings": settings}
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
        grafana.__exit__(None, None, None)


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


def notices(stack) -> list[dict]:
    """Every firing alert the AI helper's receivers got, one entry per notification it was in."""
    webhook: Webhook = stack["webhook"]
    return [a for path in NOTICE_RECEIVERS for a in webhook.alerts(path) if a["status"] == "firing"]


def active_recommendations(stack) -> dict[str, set[str]]:
    """Ids of the org-wide recommendations of each notice kind the store holds now."""
    svc = stack["app"].extensions["learning"]
    now = svc.snapshot.wall_clock()
    out: dict[str, set[str]] = {k.kind: set() for k in NOTICE_KINDS}
    for row in svc.store.query(
        "SELECT kind, id FROM recommendations WHERE status = 'active' AND user_id = '' AND expires_at > :t", {"t": now}
    ):
        if row["kind"] in out:
            out[row["kind"]].add(row["id"])
    return out


def wait_for_notices(stack, expected: dict[str, set[str]]) -> None:
    def arrived():
        got = {(a["labels"].get("kind"), a["labels"].get("recommendation_id")) for a in notices(stack)}
        return {(k, i) for k, ids in expected.items() for i in ids} <= got

    try:
        wait_for("a notice for every active recommendation", arrived, timeout=60)
    except AssertionError as exc:
        alerts = instant(stack, 'ALERTS{notice="proactive"}')["result"]
        raise AssertionError(f"{exc}\nexpected: {expected}\nALERTS: {alerts}\nreceived: {notices(stack)}") from None


def test_each_recommendation_is_one_notice_with_org_id_and_link_over_three_passes(stack):
    from exporter.jobs import run_learning

    svc = stack["app"].extensions["learning"]
    first = active_recommendations(stack)
    assert all(first.values()), f"the demo must raise every kind of recommendation: {first}"
    wait_for_notices(stack, first)
    # Two more hourly passes: the same peak, spikes and shift are found again and updated, not re-announced.
    for hours in (1, 2):
        assert run_learning(svc, now=DEMO_NOW.timestamp() + hours * 3600)["result"] == "success"
    assert active_recommendations(stack) == first
    time.sleep(5)  # several rule evaluations and Alertmanager flushes after the passes
    by_kind = {k.kind: k for k in NOTICE_KINDS}
    seen: dict[tuple[str, str], int] = {}
    template = stack["settings"].ai_helper_url_template
    for alert in notices(stack):
        labels = alert["labels"]
        kind = by_kind[labels["kind"]]
        assert labels["alertname"] == kind.alert and labels["notice"] == "proactive"
        assert labels["org"] in {"acme", "globex"}
        assert labels["recommendation_id"] in first[kind.kind], labels
        assert alert["annotations"]["ai_helper_url"] == ai_helper_link(
            template, recommendation_context(labels["recommendation_id"])
        )
        assert alert["annotations"]["summary"] and alert["annotations"]["description"]
        key = (kind.kind, labels["recommendation_id"])
        seen[key] = seen.get(key, 0) + 1
    assert seen == {(k, i): 1 for k, ids in first.items() for i in ids}, "each recommendation exactly once"
    # Per-org routing of the example: acme's notices to its own receiver, the others to the shared one.
    webhook: Webhook = stack["webhook"]
    assert {a["labels"]["org"] for a in webhook.alerts("/ai-helper-notices-acme")} == {"acme"}
    assert "acme" not in {a["labels"]["org"] for a in webhook.alerts("/ai-helper-notices")}
    # Proactive notices go only to their own receivers, never to the operators.
    operators = webhook.alerts("/operators") + webhook.alerts("/operators-critical")
    assert not [a for a in operators if a["labels"].get("notice") == "proactive"]
    # The Friday peak planted in the demo is among them, for its alert group.
    planted = PLANTED["friday_peak"]["group"]
    peaks = {a["labels"]["group"] for a in notices(stack) if a["labels"]["kind"] == "predictive"}
    assert f"{planted['alertname']}/{planted['severity']}/{planted['service']}" in peaks


def test_every_annotation_sent_matches_a_query_of_a_shipped_dashboard_once(stack):
    from exporter.learning.grafana import deliver_pending, grafana_api

    svc = stack["app"].extensions["learning"]
    grafana: FakeGrafana = stack["grafana"]
    deliver_pending(svc.store, grafana_api(grafana.url, grafana.token))
    sent = grafana.annotations
    assert sent and grafana.problems == []
    queries = [
        a["target"]["tags"]
        for text in dashboards.generate().values()
        for a in json.loads(text)["annotations"]["list"]
        if a.get("type") == "tags"
    ]
    unmatched = [a["tags"] for a in sent if not any(set(q) <= set(a["tags"]) for q in queries)]
    assert unmatched == []
    # One annotation per recommendation over all passes so far (three or more): none repeated.
    texts = [(a["time"], tuple(a["tags"])) for a in sent]
    assert len(texts) == len(set(texts))
    kinds = {t.split(":", 1)[1] for a in sent for t in a["tags"] if t.startswith("aihelper:")}
    assert kinds == {"predictive", "spike", "change_point"}


def test_a_learn_run_of_the_cli_in_another_process_moves_the_servers_metrics(stack):
    """Runs last: it learns at the real time, after the demo's passes."""

    def last_success() -> float:
        for line in scrape(stack).splitlines():
            if line.startswith("aihelper_learning_last_success_timestamp_seconds "):
                return float(line.split()[1])
        raise AssertionError("no aihelper_learning_last_success_timestamp_seconds on /metrics")

    before = last_success()
    started = time.time()
    settings = stack["settings"]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
           "LEARNING_EXPORTER_DATABASE_URL": settings.database_url,
           "LEARNING_EXPORTER_ARCHIVE_DIR": str(settings.archive_dir)}
    done = subprocess.run([sys.executable, "-m", "exporter.cli", "learn"], env=env, capture_output=True, text=True,
                          timeout=300, cwd=stack["tmp"])
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert json.loads(done.stdout)["result"] == "success"
    # The server ran no pass itself: its figure moves because it reads the store (within the cache's age).
    moved = wait_for("the server's /metrics to show the CLI's pass", lambda: last_success() >= started, timeout=20)
    assert moved and last_success() > before
