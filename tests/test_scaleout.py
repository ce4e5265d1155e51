"""Learning on Celery workers: real brokers (Redis, RabbitMQ), real worker processes, one SQLite file.

The promises: every (org, stage) of a pass is learned exactly once however many workers and
schedulers there are; a worker killed mid-task loses and duplicates nothing (the learned rows equal
an undisturbed in-process pass, row by row); a poisoned org fails alone, after its retries; and
every replica's /metrics shows the ledger's figures.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from exporter.app import create_app
from exporter.config import Settings
from exporter.demo import load_tenants
from exporter.jobs import run_learning
from exporter.scaleout import ledger
from exporter.scaleout.tasks import MAX_RETRIES
from exporter.service import Services
from exporter.store import migrate, open_store
from tests.conftest import TOKENS, require_rabbitmq, require_redis

NOW = datetime(2026, 11, 30, 12, tzinfo=UTC)
POISONED = "t000-acme"
ROOT = Path(__file__).resolve().parent.parent
# What a pass learns; ids and embeddings aside, a second run must write the very same rows.
LEARNED = {
    "learned_patterns": "org_id, user_id, scope, type, pattern_key, data, evidence, confidence, created_at, expires_at",
    "recommendations": "id, org_id, user_id, kind, grp, text, evidence, dedupe_key, status, created_at, expires_at",
    "cases": "id, org_id, title, problem, steps, root_cause, solution, outcome, confidence, source_session_id",
}


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """Two orgs of demo history (one tenant, one week), one of them poisoned: stored troubleshooting
    questions whose data is not JSON make its case assembly fail on every attempt."""
    path = tmp_path_factory.mktemp("tenants") / "template.db"
    url = f"sqlite:///{path}"
    migrate(url)
    svc = Services.build(Settings(database_url=url, tokens=json.dumps(TOKENS)))
    load_tenants(svc, 1, now=NOW, weeks=1)
    svc.store.execute(
        "UPDATE audit_events SET data = '{broken' WHERE org_id = :o AND kind = 'user_query' "
        "AND session_type = 'troubleshooting'", {"o": POISONED},
    )
    svc.store.close()
    return path


@pytest.fixture(scope="module")
def reference(template, tmp_path_factory) -> dict:
    """The undisturbed in-process pass over a copy of the template: what the workers must match."""
    url = _copy(template, tmp_path_factory.mktemp("reference"))
    svc = Services.build(Settings(database_url=url))
    result = run_learning(svc, NOW.timestamp())
    assert result["result"] == "failure", "the poisoned org fails in process too"
    assert "error" in result["stages"]["cases"][POISONED]
    rows = _learned(svc.store)
    svc.store.close()
    return rows


def test_two_workers_learn_every_org_exactly_once_and_a_poisoned_org_fails_alone(template, reference, tmp_path):
    url = _copy(template, tmp_path)
    broker = require_redis()
    settings = _settings(url, broker)
    workers = [_worker(settings, tmp_path / f"w{i}.log") for i in range(2)]
    try:
        svc = Services.build(settings)
        first = run_learning(svc, NOW.timestamp())
        again = run_learning(svc, NOW.timestamp() + 60)  # a second scheduler tick in the same interval
        assert first["result"] == "enqueued" and first["enqueued"]["alert_signals"] == 2
        assert again["enqueued"] == {}, "the same pass is never sent twice"
        rows = _settled(svc.store, timeout=300, logs=tmp_path)
    finally:
        _stop(workers)

    by_key = {(r["org_id"], r["stage"]): r for r in rows}
    assert len(by_key) == len(rows), "one ledger row per (org, stage)"
    assert by_key[(POISONED, "cases")]["state"] == "failed"
    assert by_key[(POISONED, "cases")]["attempts"] == MAX_RETRIES + 1
    assert "Expecting property name" in by_key[(POISONED, "cases")]["error"]
    others = [r for k, r in by_key.items() if k != (POISONED, "cases")]
    assert {r["state"] for r in others} == {"succeeded"}, [r for r in others if r["state"] != "succeeded"]
    assert by_key[(POISONED, "alert_signals")]["state"] == "succeeded", "the org's next stage still runs"
    assert {o for o, s in by_key if s == "alert_signals"} == {"t000-acme", "t000-globex"}
    assert _learned(svc.store) == reference

    client = create_app(settings, store=svc.store).test_client()
    text = client.get("/metrics").get_data(as_text=True)
    assert 'aihelper_learning_tasks{stage="cases",state="failed"} 1.0' in text
    assert 'aihelper_learning_tasks{stage="alert_signals",state="succeeded"} 2.0' in text
    assert 'aihelper_learning_tasks{stage="cases",state="retried"} 1.0' in text
    assert 'aihelper_learning_orgs_stale{stage="alert_signals"} 0.0' in text


def test_a_worker_killed_mid_task_loses_and_duplicates_nothing(template, reference, tmp_path):
    url = _copy(template, tmp_path)
    broker = require_rabbitmq()
    settings = _settings(url, broker)
    store = open_store(url)
    first = _worker(settings, tmp_path / "killed.log")
    try:
        svc = Services.build(settings, store)
        run_learning(svc, NOW.timestamp())
        victim = _wait_running(store, "usage_patterns", timeout=240, logs=tmp_path)
        os.killpg(first.pid, signal.SIGKILL)
        first.wait(10)
        assert _peek(store, "SELECT state FROM learning_tasks WHERE org_id = :o AND stage = :s",
                     {"o": victim.org, "s": victim.stage})[0]["state"] == "running", "killed mid-task, not after it"
        second = _worker(settings, tmp_path / "second.log")
        try:
            rows = _settled(store, timeout=300, logs=tmp_path)
        finally:
            _stop([second])
    finally:
        _stop([first])
        _delete_queue(broker, settings.celery_queue)

    redone = ledger.task(store, victim)
    assert redone["state"] == "succeeded" and redone["attempts"] == 2, redone
    assert len({(r["org_id"], r["stage"]) for r in rows}) == len(rows)
    assert _learned(store) == reference, "the redelivered task wrote the same rows, none twice"
    store.close()


# ------------------------------------------------------------------------------------------------


def test_a_scheduler_sends_every_pass_with_the_one_celery_app_its_services_own(tmp_path, monkeypatch):
    """Two passes in two intervals both send, through one app built on the first (not one per pass)."""
    from exporter.jobs import per_org
    from exporter.scaleout import tasks

    broker = require_redis()
    url = f"sqlite:///{tmp_path / 'one-app.db'}"
    migrate(url)
    settings = _settings(url, broker)
    built = []
    make_app = tasks.make_app
    monkeypatch.setattr(tasks, "make_app", lambda s: built.append(make_app(s)) or built[-1])
    svc = Services.build(settings)
    svc.learning_stages[:] = [per_org("count", lambda s, now: ["a"], lambda s, org, now: {})]
    try:
        first = run_learning(svc, NOW.timestamp())
        second = run_learning(svc, NOW.timestamp() + settings.learn_interval_seconds)
        assert first["enqueued"] == second["enqueued"] == {"count": 1}
        assert len(built) == 1 and svc.celery_app() is built[0]
    finally:
        svc.stop()
        _delete_queue(broker, settings.celery_queue)
        svc.store.close()


def _copy(template: Path, folder: Path) -> str:
    target = folder / "learning.db"
    shutil.copyfile(template, target)
    return f"sqlite:///{target}"


def _settings(url: str, broker: str) -> Settings:
    return Settings(
        database_url=url, tokens=json.dumps(TOKENS), celery_broker_url=broker,
        celery_queue=f"test-{uuid.uuid4().hex[:10]}", celery_task_time_limit_seconds=240,
    )


def _worker(settings: Settings, log: Path) -> subprocess.Popen:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "HF_HUB_OFFLINE": "1",
        "LEARNING_EXPORTER_DATABASE_URL": settings.database_url,
        "LEARNING_EXPORTER_CELERY_BROKER_URL": settings.celery_broker_url,
        "LEARNING_EXPORTER_CELERY_QUEUE": settings.celery_queue,
        "LEARNING_EXPORTER_CELERY_TASK_TIME_LIMIT_SECONDS": str(settings.celery_task_time_limit_seconds),
    }
    with log.open("w") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "exporter.cli", "worker"], env=env, stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True, cwd=ROOT,
        )


def _stop(workers: list[subprocess.Popen]) -> None:
    for w in workers:
        if w.poll() is None:
            os.killpg(w.pid, signal.SIGTERM)
    for w in workers:
        try:
            w.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(w.pid, signal.SIGKILL)
            w.wait(5)


def _peek(store, sql: str, params: dict | None = None) -> list[dict]:
    """Read the ledger the way a dashboard would, without queueing behind a worker's write
    transaction (the store's own SQLite transactions take the write lock)."""
    path = store.url.removeprefix("sqlite:///")
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(sql, params or {})]


def _settled(store, timeout: float, logs: Path) -> list[dict]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        rows = _peek(store, "SELECT org_id, stage, state, attempts, error FROM learning_tasks")
        if rows and all(r["state"] in ("succeeded", "failed") for r in rows):
            return rows
        time.sleep(0.5)
    pytest.fail(f"the pass did not settle in {timeout}s: {rows}\n{_tail(logs)}")


def _wait_running(store, stage: str, timeout: float, logs: Path) -> ledger.TaskKey:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        rows = _peek(
            store, "SELECT org_id, stage, pass_slot FROM learning_tasks WHERE stage = :s AND state = 'running'", {"s": stage}
        )
        if rows:
            row = rows[0]
            return ledger.TaskKey(row["org_id"], row["stage"], row["pass_slot"])
        time.sleep(0.05)
    pytest.fail(f"no {stage} task started in {timeout}s\n{_tail(logs)}")


def _learned(store) -> dict[str, list[tuple]]:
    return {
        table: sorted(tuple(r.values()) for r in store.query(f"SELECT {cols} FROM {table}"))
        for table, cols in LEARNED.items()
    }


def _delete_queue(broker: str, queue: str) -> None:
    from kombu import Connection

    with Connection(broker, connect_timeout=3) as conn:
        conn.default_channel.queue_delete(queue)


def _tail(folder: Path) -> str:
    return "\n".join(f"--- {p.name}\n{p.read_text()[-3000:]}" for p in sorted(folder.glob("*.log")))
