"""`learning-exporter`: serve, migrate, ingest backfills, demo data, and the jobs.

Each command builds `Settings` once from the environment and passes it on.
"""

from __future__ import annotations

import json
import logging
import secrets
import sys
from pathlib import Path

import click
from pydantic import ValidationError

from exporter.config import Settings


def _settings(**overrides) -> Settings:
    """Settings that cannot work stop the command with one line per bad setting, not a traceback."""
    try:
        return Settings(**{k: v for k, v in overrides.items() if v is not None})
    except ValidationError as exc:
        lines = [f"  {'.'.join(str(p) for p in e['loc']) or 'settings'}: {e['msg']}"
                 for e in exc.errors(include_url=False, include_input=False)]
        raise click.ClickException("configuration refused (LEARNING_EXPORTER_* settings):\n" + "\n".join(lines)) from None


@click.group()
@click.option("--log-level", default="INFO", show_default=True)
def main(log_level: str) -> None:
    """Memory and learning for the AI operations assistant, as a Prometheus exporter."""
    logging.basicConfig(level=log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")


@main.command()
@click.option("--database-url", default=None, help="Overrides LEARNING_EXPORTER_DATABASE_URL.")
def migrate(database_url: str | None) -> None:
    """Apply pending schema migrations and exit."""
    from exporter.store import migrate as run

    settings = _settings(database_url=database_url)
    n = run(settings.database_url)
    click.echo(f"applied {n} migration(s)")


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--org", required=True, help="Organisation the records belong to.")
@click.option("--kind", type=click.Choice(["events", "queries", "alerts"]), default="events", show_default=True)
@click.option("--batch-size", default=500, show_default=True)
def ingest(file: Path, org: str, kind: str, batch_size: int) -> None:
    """Backfill NDJSON (one record per line) into the store, with a progress bar and a summary."""
    from exporter.ingest.backfill import backfill

    settings = _settings()
    summary = backfill(settings, file, org=org, kind=kind, batch_size=batch_size)
    click.echo(json.dumps(summary, indent=2))
    if summary["rejected"]:
        sys.exit(2)


@main.command()
@click.option("--weeks", default=8, show_default=True)
@click.option("--seed", default=42, show_default=True)
def demo(weeks: int, seed: int) -> None:
    """Write eight weeks of realistic, seeded demo history for two orgs into the store."""
    from datetime import UTC, datetime

    from exporter.demo import PEAK_LEAD, load_demo, next_weekly_peak
    from exporter.service import Services

    svc = Services.build(_settings())
    svc.ensure_schema()
    now = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    summary = load_demo(svc, now=now, weeks=weeks, seed=seed, peak_lead=PEAK_LEAD)
    click.echo(json.dumps(summary | {"weekly_peak": next_weekly_peak(now, PEAK_LEAD)}, indent=2))


def _timestamp(ctx, param, value: str | None) -> float | None:
    """ISO 8601 (naive is UTC) or Unix seconds, as epoch seconds."""
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    from datetime import UTC, datetime

    try:
        t = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise click.BadParameter(f"not an ISO 8601 time or Unix seconds: {value!r}") from exc
    return (t if t.tzinfo else t.replace(tzinfo=UTC)).timestamp()


@main.command()
@click.option("--now", "now", callback=_timestamp, default=None, metavar="TIMESTAMP",
              help="Learn as of this time (ISO 8601 or Unix seconds) instead of the clock: replays and "
                   "backfills are judged at their own time, and retention does not drop them as too old.")
@click.option("--local", is_flag=True, help="Learn in this process even when a Celery broker is configured.")
def learn(now: float | None, local: bool) -> None:
    """Run one learning pass (skipped if another replica holds the lock) and exit.

    With a Celery broker configured the pass is enqueued for the workers, unless --local.
    """
    from exporter.jobs import run_learning
    from exporter.service import Services

    settings = _settings()
    if local:
        settings = settings.model_copy(update={"celery_broker_url": None})
    svc = Services.build(settings)
    if not svc.ensure_schema():
        raise SystemExit("store unreachable")
    result = run_learning(svc, now)
    click.echo(json.dumps(result, indent=2, default=str))
    if result["result"] == "failure":
        sys.exit(1)


def _demo_tokens(path: Path) -> dict:
    if path.exists():
        return json.loads(path.read_text())
    tokens = {
        secrets.token_urlsafe(24): {"org": "acme", "role": "service"},
        secrets.token_urlsafe(24): {"org": "acme", "user": "u-acme-01", "role": "user"},
        secrets.token_urlsafe(24): {"org": "acme", "role": "org_admin"},
        secrets.token_urlsafe(24): {"org": "globex", "role": "service"},
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(tokens, indent=2))
    path.chmod(0o600)
    return tokens


@main.command()
@click.option("--demo", "with_demo", is_flag=True, help="Load demo data on first start and create demo tokens.")
@click.option("--host", default=None)
@click.option("--port", default=None, type=int)
@click.option("--threads", default=8, show_default=True)
def serve(with_demo: bool, host: str | None, port: int | None, threads: int) -> None:
    """Run the exporter (API, /metrics, background jobs)."""
    from exporter.server import run

    settings = _settings(host=host, port=port)
    demo_tokens = with_demo and settings.tokens == "{}" and settings.tokens_file is None
    if demo_tokens:
        token_file = Path("var/demo-tokens.json")
        _demo_tokens(token_file)
        settings = settings.model_copy(update={"tokens_file": token_file})
    # Only tokens this command generated for the demo are printed; configured ones never are.
    run(settings, threads=threads, with_demo=with_demo, demo_tokens=demo_tokens)


from exporter.cli.cases import runbooks  # noqa: E402 - attached after main is defined

main.add_command(runbooks)

from exporter.cli.dashboards import dashboards  # noqa: E402 - attached after main is defined

main.add_command(dashboards)

from exporter.cli.privacy import archive, forget, retention  # noqa: E402 - attached after main is defined

main.add_command(retention)

from exporter.scaleout.cli import tasks, worker  # noqa: E402 - attached after main is defined

main.add_command(worker)
main.add_command(tasks)
main.add_command(archive)
main.add_command(forget)

from exporter.cli.aliases import aliases  # noqa: E402 - attached after main is defined

main.add_command(aliases)


if __name__ == "__main__":
    main()
