"""`learning-exporter worker` and `learning-exporter tasks`: run and watch the learning workers."""

from __future__ import annotations

import json
import time

import click

from exporter.config import Settings


@click.command()
@click.option("--concurrency", default=1, show_default=True,
              help="Tasks at once in this worker (processes); scale out with more workers instead.")
@click.option("--loglevel", default="INFO", show_default=True)
def worker(concurrency: int, loglevel: str) -> None:
    """Run a Celery worker for the learning pass (needs LEARNING_EXPORTER_CELERY_BROKER_URL)."""
    from exporter.scaleout.tasks import make_app

    settings = Settings()
    if not settings.celery_broker_url:
        raise click.UsageError("LEARNING_EXPORTER_CELERY_BROKER_URL is not set: `learn` runs in process without it")
    app = make_app(settings)
    # prefork even for one task at a time: only a pool child can be stopped at the hard time limit.
    app.worker_main([
        "worker", f"--concurrency={concurrency}", "--pool=prefork", f"--loglevel={loglevel}", "-Q", settings.celery_queue,
        "--without-gossip", "--without-mingle",
    ])


@click.command()
@click.option("--stale-only", is_flag=True, help="Only (org, stage) pairs overdue by three intervals.")
def tasks(stale_only: bool) -> None:
    """The learning ledger: task counts by stage and state, and each org's last successful pass."""
    from exporter.scaleout import ledger
    from exporter.store import open_store

    settings = Settings()
    store = open_store(settings.database_url)
    try:
        now = time.time()
        interval = settings.learn_interval_seconds
        ages = ledger.stale_orgs(store, now, interval) if stale_only else ledger.pass_ages(store, now)
        counts = {f"{stage}/{state}": n for (stage, state), n in sorted(ledger.counts(store, now).items())}
        click.echo(json.dumps({"tasks_last_24h": counts, "orgs": ages}, indent=2, default=str))
    finally:
        store.close()
