"""Sustained ingest through the HTTP API vs a raw insert of the same rows, in one run.

Starts the real server (`learning-exporter serve`, gunicorn, threaded) on 127.0.0.1 against
SQLite and against PostgreSQL, posts 500-event batches (redaction on, realistic texts with some
secrets) from two client threads for a fixed time, then inserts the same number of rows straight
through the driver (`executemany` of prepared rows, no validation, no redaction) as the baseline.

    .venv/bin/python bench/ingest.py [--seconds 20] [--pg postgresql://postgres@127.0.0.1:5432/test]
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
import psycopg
import requests
from localserver import free_port
from pgschema import private_schema

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "bench-token"
TEXTS = [
    "how many critical alerts in the last 24 hours on payments-api",
    "show errors for checkout-api in the last hour, p99 latency above 2s",
    "kubectl logs payments-api-7d9f8b6c4-x2x9z --since=1h | grep ERROR",
    "PGPASSWORD=s3cr3t psql -h 10.20.30.40 -U app orders -c 'select 1'",
    "curl -H 'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.abc123def456' https://api.internal/x",
    "The database CPU is at 95% since the deploy at 14:05; rollback suggested.",
    "disk usage on logs-01 is 91%, /var/log/nginx is 40G, contact ops@acme.example",
]


def make_batch(start: int, size: int, rng: random.Random) -> list[dict]:
    kinds = ["user_query", "llm_request", "llm_response", "action", "execution_result"]
    return [
        {
            "id": f"b-{start + i}",
            "timestamp": "2026-11-20T10:00:00Z",
            "user": f"u-{rng.randrange(200)}",
            "session_id": f"s-{(start + i) // 20}",
            "session_type": "general",
            "kind": rng.choice(kinds),
            "text": rng.choice(TEXTS),
            "model": "gpt-4o",
            "execution_time_seconds": round(rng.random() * 3, 3),
        }
        for i in range(size)
    ]


def serve(db_url: str, port: int, log) -> subprocess.Popen:
    env = {
        **os.environ,
        "LEARNING_EXPORTER_DATABASE_URL": db_url,
        "LEARNING_EXPORTER_PORT": str(port),
        "LEARNING_EXPORTER_TOKENS": json.dumps({TOKEN: {"org": "bench", "role": "service"}}),
        "LEARNING_EXPORTER_LEARN_INTERVAL_SECONDS": "100000",
    }
    cmd = [str(ROOT / ".venv/bin/learning-exporter"), "--log-level", "WARNING", "serve", "--threads", "4"]
    return localserver.serve(cmd, env, port, log, ROOT)


def api_rate(db_url: str, seconds: float, batch: int, clients: int) -> tuple[float, int]:
    port = free_port()
    with open(os.path.join(tempfile.gettempdir(), "bench-ingest-server.log"), "ab") as log:
        proc = serve(db_url, port, log)
    stored = [0] * clients
    stop = time.monotonic() + seconds

    def worker(n: int) -> None:
        rng = random.Random(n)
        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {TOKEN}"
        i = n * 10_000_000
        while time.monotonic() < stop:
            r = session.post(f"http://127.0.0.1:{port}/api/v1/events", json=make_batch(i, batch, rng), timeout=60)
            r.raise_for_status()
            stored[n] += r.json()["stored"]
            i += batch
        session.close()

    try:
        t0 = time.perf_counter()
        threads = [threading.Thread(target=worker, args=(n,)) for n in range(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - t0
    finally:
        proc.terminate()
        proc.wait(60)
    return sum(stored) / elapsed, sum(stored)


RAW_SQL = (
    "INSERT INTO audit_events (org_id, event_id, user_id, session_id, session_type, kind, ts, text, data, "
    "ingested_at) VALUES ({p}) ON CONFLICT (org_id, user_id, event_id) DO NOTHING"
)


def raw_rows(n: int, batch: int) -> list[list[tuple]]:
    rng = random.Random(7)
    out = []
    for start in range(0, n, batch):
        out.append([
            ("raw", f"r-{start + i}", e["user"], e["session_id"], "general", e["kind"], 1.8e9, e["text"], "{}", 1.8e9)
            for i, e in enumerate(make_batch(start, batch, rng))
        ])
    return out


def raw_rate_sqlite(path: str, n: int, batch: int) -> float:
    batches = raw_rows(n, batch)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    sql = RAW_SQL.format(p=",".join("?" * 10))
    t0 = time.perf_counter()
    for rows in batches:
        conn.execute("BEGIN")
        conn.executemany(sql, rows)
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - t0
    conn.close()
    return n / elapsed


def raw_rate_pg(url: str, n: int, batch: int) -> float:
    batches = raw_rows(n, batch)
    sql = RAW_SQL.format(p=",".join(["%s"] * 10))
    with psycopg.connect(url) as conn:
        t0 = time.perf_counter()
        for rows in batches:
            with conn.transaction(), conn.cursor() as cur:
                cur.executemany(sql, rows)
        elapsed = time.perf_counter() - t0
    return n / elapsed


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--clients", type=int, default=2)
    ap.add_argument("--pg", default=os.environ.get("TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test"))
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from exporter.store import migrate

    results = []
    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{tmp}/bench.db"
        migrate(db)
        api, n = api_rate(db, args.seconds, args.batch, args.clients)
        raw = raw_rate_sqlite(f"{tmp}/bench.db", n, args.batch)
        results.append(("sqlite", api, raw, n))

    with private_schema(args.pg, "bench_ingest") as pg:
        migrate(pg)
        api, n = api_rate(pg, args.seconds, args.batch, args.clients)
        raw = raw_rate_pg(pg, n, args.batch)
        results.append(("postgresql", api, raw, n))

    print(f"{'store':<11} {'API events/s':>13} {'raw rows/s':>11} {'API/raw':>8} {'events':>8}")
    for name, api, raw, n in results:
        print(f"{name:<11} {api:>13,.0f} {raw:>11,.0f} {api / raw:>8.0%} {n:>8,}")


if __name__ == "__main__":
    main()
