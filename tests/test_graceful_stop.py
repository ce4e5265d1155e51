"""A stopped exporter ends its background jobs and closes its store instead of dropping them mid-flight."""

from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path

from bench.localserver import free_port, serve
from exporter.app import create_app

ROOT = Path(__file__).resolve().parents[1]


def test_stop_ends_the_learning_scheduler_it_started(settings, store):
    app = create_app(settings, store=store)
    services = app.extensions["learning"]
    services.start_background()
    schedulers = [job for job in services._started if hasattr(job, "shutdown")]
    assert schedulers and all(s.running for s in schedulers), "serve starts the learning scheduler"
    services.stop()
    assert not any(s.running for s in schedulers)
    assert services._started == []


def test_sigterm_stops_the_worker_cleanly(database_url, tmp_path):
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1",
           "LEARNING_EXPORTER_DATABASE_URL": database_url, "LEARNING_EXPORTER_PORT": str(port),
           "LEARNING_EXPORTER_ARCHIVE_DIR": str(tmp_path / "archive"),
           "LEARNING_EXPORTER_TOKENS": json.dumps({"stop-token": {"org": "acme", "role": "service"}}),
           "LEARNING_EXPORTER_LEARN_INTERVAL_SECONDS": "3600"}
    log = tmp_path / "serve.log"
    with log.open("w") as out:
        proc = serve([sys.executable, "-m", "exporter.cli", "serve", "--threads", "2"], env, port, out, ROOT)
    try:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0, log.read_text()[-2000:]
    finally:
        if proc.poll() is None:
            proc.kill()
    assert "worker stopped: background jobs ended, store closed" in log.read_text()
