"""Ingest latency and errors while a learning pass runs, against the real server, on both stores.

Before issue 13, every SQLite transaction was BEGIN IMMEDIATE and the usage stage held one write
transaction across a whole org's analysis: during a pass over 500k events ingest got 500
"database is locked" for 78 s. Here the server (`learning-exporter serve`, gunicorn) runs on
127.0.0.1 over a history of seeded events and alerts written straight through the driver. The
service starts its own first learning pass a few seconds after start (its scheduler); two client
threads post 50-event batches while that pass runs (read from `job_runs`), then for a baseline
period after it. Printed per store: the pass time, the during-pass and baseline p50 / p99 / max
latency, and every non-2xx.

    HF_HUB_OFFLINE=1 PYTHONPATH=. python bench/ingest_during_pass.py [--events 200000] [--baseline 15]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import localserver  # bench/, on the path when run as a script
import numpy as np
import psycopg
import requests
from localserver import free_port
from pgschema import private_schema

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "bench-token"
QUESTIONS = [
    "how many critical alerts in the last 24 hours on {svc}",
    "why is {svc} slow since the deploy",
    "show errors for {svc} in the last hour",
    "p99 latency of {svc} compared with last week",
    "which pods of {svc} restarted today",
    "disk usage on {svc} database hosts",
    "is the error rate of {svc} higher than usual",
    "what changed on {svc} since yesterday",
]
SERVICES = [f"svc-{i}" for i in range(40)]
KINDS = ["user_query", "llm_response", "action", "execution_result"]


def history(n: int, now: float, seed: int = 3) -> tuple[list[tuple], list[tuple]]:
    """Seeded events over four weeks for 2 orgs x 60 users, and alerts over 8 weeks."""
    rng = random.Random(seed)
    events = []
    for i in range(n):
        org = "bench" if i % 2 else "bench-b"
        user = f"u-{rng.randrange(60)}"
        kind = KINDS[i % 4]
        text = rng.choice(QUESTIONS).format(svc=rng.choice(SERVICES))
        ts = now - rng.random() * 28 * 86400
        data = json.dumps({"execution_time_seconds": round(rng.random() * 5, 2), "success": rng.random() > 0.1})
        events.append((org, f"h-{i}", user, f"hs-{i // 8}", "general", kind, ts, text, data, ts))
    alerts = []
    for i in range(n // 10):
        org = "bench" if i % 2 else "bench-b"
        name = f"Alert{i % 60}"
        ts = now - rng.random() * 56 * 86400
        alerts.append((org, f"fp-{i % 500}", name, "warning", f"svc-{i % 40}", "resolved",
                       json.dumps({"alertname": name}), "{}", ts, ts + 600, None, ts))
    return events, alerts


EVENT_SQL = ("INSERT INTO audit_events (org_id, event_id, user_id, session_id, session_type, kind, ts, text, data, "
             "ingested_at) VALUES ({p})")
ALERT_SQL = ("INSERT INTO alert_events (org_id, fingerprint, alertname, severity, service, status, labels, annotations, "
             "starts_at, ends_at, generator_url, received_at) VALUES ({p}) ON CONFLICT DO NOTHING")


def seed_sqlite(path: str, events: list[tuple], alerts: list[tuple]) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    conn.executemany(EVENT_SQL.format(p=",".join("?" * 10)), events)
    conn.executemany(ALERT_SQL.format(p=",".join("?" * 12)), alerts)
    conn.execute("COMMIT")
    conn.close()


def seed_pg(url: str, events: list[tuple], alerts: list[tuple]) -> None:
    with psycopg.connect(url) as conn, conn.cursor() as cur:
        cur.executemany(EVENT_SQL.format(p=",".join(["%s"] * 10)), events)
        cur.executemany(ALERT_SQL.format(p=",".join(["%s"] * 12)), alerts)


def env_for(db_url: str, port: int) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "LEARNING_EXPORTER_DATABASE_URL": db_url,
        "LEARNING_EXPORTER_PORT": str(port),
        "LEARNING_EXPORTER_TOKENS": json.dumps({TOKEN: {"org": "bench", "role": "service"}}),
        "LEARNING_EXPORTER_LEARN_INTERVAL_SECONDS": "100000",
        "LEARNING_EXPORTER_ARCHIVE_DIR": tempfile.mkdtemp(prefix="bench-archive-"),
    }


def serve(db_url: str, port: int, log) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "exporter.cli", "--log-level", "WARNING", "serve", "--threads", "4"]
    return localserver.serve(cmd, env_for(db_url, port), port, log, ROOT)


def ingest(port: int, until, clients: int = 2, batch: int = 50) -> tuple[list[float], list[str]]:
    """Post batches until `until()` is true; returns each request's seconds and each failure."""
    latencies: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()

    def worker(n: int) -> None:
        rng = random.Random(n)
        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {TOKEN}"
        i = 0
        while not until():
            body = [{"id": f"live-{n}-{time.monotonic_ns()}-{k}", "timestamp": "2026-11-20T10:00:00Z",
                     "user": f"u-{rng.randrange(60)}", "session_id": f"live-{n}-{i}", "session_type": "general",
                     "kind": "user_query", "text": rng.choice(QUESTIONS).format(svc=rng.choice(SERVICES))}
                    for k in range(batch)]
            t0 = time.perf_counter()
            try:
                r = session.post(f"http://127.0.0.1:{port}/api/v1/events", json=body, timeout=120)
                bad = None if r.status_code in (200, 201) else f"{r.status_code} {r.text[:120]}"
            except requests.RequestException as exc:
                bad = f"exception {exc}"
            took = time.perf_counter() - t0
            with lock:
                latencies.append(took)
                if bad:
                    failures.append(bad)
            i += 1
            time.sleep(0.05)
        session.close()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, failures


def pass_state(db_url: str) -> dict | None:
    """The service's first learning pass as `job_runs` records it (None before it starts)."""
    sql = "SELECT started_at, finished_at, ok, detail FROM job_runs WHERE job = 'learn' ORDER BY id LIMIT 1"
    if db_url.startswith("sqlite:///"):
        conn = sqlite3.connect(db_url.removeprefix("sqlite:///"), timeout=30)
        try:
            row = conn.execute(sql).fetchone()
        finally:
            conn.close()
        return None if row is None else dict(zip(("started_at", "finished_at", "ok", "detail"), row, strict=True))
    with psycopg.connect(db_url) as conn:
        row = conn.execute(sql).fetchone()
    return None if row is None else dict(zip(("started_at", "finished_at", "ok", "detail"), row, strict=True))


def watch_pass(db_url: str) -> threading.Event:
    """Set once the first pass has finished. One poller for all clients, so the clients' loop does
    not open a database connection per request (which on PostgreSQL cost more than the request)."""
    finished = threading.Event()

    def poll() -> None:
        while not finished.is_set():
            if (pass_state(db_url) or {}).get("finished_at") is not None:
                finished.set()
            else:
                time.sleep(0.25)

    threading.Thread(target=poll, name="pass-watch", daemon=True).start()
    return finished


def stats(lat: list[float]) -> str:
    a = np.array(lat) * 1000
    return f"n={len(a)} p50={np.percentile(a, 50):.0f} ms p99={np.percentile(a, 99):.0f} ms max={a.max():.0f} ms"


def run(name: str, db_url: str, seed, n: int, baseline: float) -> dict:
    from exporter.store import migrate

    migrate(db_url)
    now = time.time()
    events, alerts = history(n, now)
    t0 = time.perf_counter()
    seed(events, alerts)
    print(f"[{name}] seeded {len(events)} events, {len(alerts)} alerts in {time.perf_counter() - t0:.1f}s", flush=True)
    port = free_port()
    with open(os.path.join(tempfile.gettempdir(), f"bench-during-pass-{name}.log"), "ab") as log:
        server = serve(db_url, port, log)
        try:
            deadline = time.monotonic() + 120
            while pass_state(db_url) is None and time.monotonic() < deadline:
                time.sleep(0.2)
            t0 = time.perf_counter()
            finished = watch_pass(db_url)
            during_lat, during_fail = ingest(port, finished.is_set)
            pass_s = time.perf_counter() - t0
            end = time.monotonic() + baseline
            base_lat, base_fail = ingest(port, lambda: time.monotonic() > end)
        finally:
            server.terminate()
            server.wait(60)
    state = pass_state(db_url) or {}
    result = {"result": "success" if state.get("ok") else f"not ok: {str(state.get('detail'))[:200]}"}
    row = {"store": name, "events": n, "pass_seconds": round(pass_s, 1), "pass_result": result.get("result"),
           "baseline": stats(base_lat), "during": stats(during_lat),
           "p99_ratio": round(float(np.percentile(during_lat, 99) / np.percentile(base_lat, 99)), 2),
           "errors": len(base_fail) + len(during_fail), "first_errors": (base_fail + during_fail)[:3]}
    print(json.dumps(row), flush=True)
    return row


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=200_000)
    ap.add_argument("--baseline", type=float, default=15.0)
    ap.add_argument("--pg", default=os.environ.get("TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test"))
    ap.add_argument("--only", choices=["sqlite", "postgresql"])
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    if args.only != "postgresql":
        with tempfile.TemporaryDirectory() as tmp:
            path = f"{tmp}/bench.db"
            run("sqlite", f"sqlite:///{path}", lambda e, a: seed_sqlite(path, e, a), args.events, args.baseline)
    if args.only != "sqlite":
        with private_schema(args.pg, "bench_during_pass") as pg:
            run("postgresql", pg, lambda e, a: seed_pg(pg, e, a), args.events, args.baseline)

if __name__ == "__main__":
    main()
