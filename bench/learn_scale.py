"""Does learning scale out? The same multi-org log learned in process, then by 1 and 2 Celery workers.

A multi-org log (the demo's two orgs once per tenant, each tenant its own seed) is loaded into a
private PostgreSQL schema once. Each run starts from that state (learned rows, cases and the
ledger cleared), enqueues one pass at the same pass time and waits until every task has settled.
The figure is the wall time of the pass; the ratio 1 worker / 2 workers is the speed-up (the target
is >= 1.7x on this 2-core machine). The per-org cost is the ledger's own measure (task busy time
per org and stage), from which the pass time per 1,000 orgs per worker is projected.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/learn_scale.py [--tenants 6] [--weeks 2] \
        [--broker redis://127.0.0.1:6379/14] [--pg postgresql://postgres@127.0.0.1:5432/test]
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from pgschema import private_schema  # bench/, on the path when run as a script

from exporter.config import Settings
from exporter.demo import load_tenants
from exporter.jobs import run_learning
from exporter.service import Services
from exporter.store import migrate

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 30, 12, tzinfo=UTC)
CLEARED = ("learned_patterns", "recommendations", "case_uses", "cases", "learning_tasks", "annotations_sent")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tenants", type=int, default=6)
    ap.add_argument("--weeks", type=int, default=2)
    ap.add_argument("--broker", default="redis://127.0.0.1:6379/14")
    ap.add_argument("--pg", default="postgresql://postgres@127.0.0.1:5432/test")
    args = ap.parse_args()

    schema = f"bench_scale_{uuid.uuid4().hex[:8]}"
    with private_schema(args.pg, schema) as url:
        migrate(url)
        settings = Settings(database_url=url, celery_broker_url=args.broker,
                            celery_queue=f"bench-{schema}", celery_task_time_limit_seconds=1800)
        svc = Services.build(settings)
        t0 = time.perf_counter()
        loaded = load_tenants(svc, args.tenants, now=NOW, weeks=args.weeks)
        events = sum(v["events"] for v in loaded.values())
        print(f"loaded {len(loaded)} orgs, {events:,} events in {time.perf_counter() - t0:.1f}s")
        local = Services.build(settings.model_copy(update={"celery_broker_url": None}), svc.store)
        results = {"in process": timed(lambda: run_learning(local, NOW.timestamp()))}
        per_org = None
        for n in (1, 2):
            clear(svc)
            workers = [start_worker(settings) for _ in range(n)]
            try:
                wait_ready(settings, workers)
                results[f"{n} worker(s)"] = timed(lambda: (run_learning(svc, NOW.timestamp()), settle(svc)))
            finally:
                stop(workers)
            per_org = per_org or busy_per_org(svc)
        report(results, len(loaded), events, per_org)


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def clear(svc: Services) -> None:
    with svc.store.transaction() as conn:
        for table in CLEARED:
            conn.execute(f"DELETE FROM {table}")


def settle(svc: Services, timeout: float = 3600) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        left = svc.store.scalar("SELECT COUNT(*) AS n FROM learning_tasks WHERE state NOT IN ('succeeded', 'failed')")
        if left == 0:
            return
        time.sleep(0.2)
    raise SystemExit("the pass did not settle")


def busy_per_org(svc: Services) -> float:
    """Seconds of worker time per org: every per-org task's busy time over the number of orgs."""
    row = svc.store.one(
        "SELECT SUM(finished_at - started_at) AS busy, COUNT(DISTINCT org_id) AS orgs FROM learning_tasks "
        "WHERE org_id <> '*'"
    )
    return float(row["busy"]) / max(1, int(row["orgs"]))


def start_worker(settings: Settings) -> subprocess.Popen:
    # One core per worker, as the chart sizes a worker pod: the speed-up is then what a second pod adds.
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1", "OMP_NUM_THREADS": "1",
           "LEARNING_EXPORTER_DATABASE_URL": settings.database_url,
           "LEARNING_EXPORTER_CELERY_BROKER_URL": settings.celery_broker_url,
           "LEARNING_EXPORTER_CELERY_QUEUE": settings.celery_queue,
           "LEARNING_EXPORTER_CELERY_TASK_TIME_LIMIT_SECONDS": str(settings.celery_task_time_limit_seconds)}
    return subprocess.Popen([sys.executable, "-m", "exporter.cli", "--log-level", "WARNING", "worker",
                             "--loglevel", "WARNING"],
                            env=env, cwd=ROOT, start_new_session=True, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


def wait_ready(settings: Settings, workers: list[subprocess.Popen]) -> None:
    """Worker start-up (imports, the model) is not part of a pass in production: wait until every
    worker answers a ping (its pool process has loaded the model by then)."""
    from exporter.scaleout.tasks import make_app

    app = make_app(settings)
    try:
        for _ in range(600):
            if any(w.poll() is not None for w in workers):
                raise SystemExit("a worker exited at start")
            if len(app.control.ping(timeout=1.0) or []) >= len(workers):
                return
        raise SystemExit("workers did not come up")
    finally:
        app.close()


def stop(workers: list[subprocess.Popen]) -> None:
    for w in workers:
        os.killpg(w.pid, signal.SIGTERM)
    for w in workers:
        w.wait(60)


def report(results: dict[str, float], orgs: int, events: int, per_org: float) -> None:
    print(f"\n{orgs} orgs, {events:,} audit events (plus their queries and alerts)\n")
    print("| run | pass s |")
    print("|---|---|")
    for name, secs in results.items():
        print(f"| {name} | {secs:.1f} |")
    one, two = results["1 worker(s)"], results["2 worker(s)"]
    print(f"\nspeed-up 2 workers / 1 worker: {one / two:.2f}x (target >= 1.7x)")
    print(f"worker time per org: {per_org:.2f}s -> projected pass per 1,000 orgs per worker: "
          f"{per_org * 1000 / 60:.1f} min")


if __name__ == "__main__":
    main()
