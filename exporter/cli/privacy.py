"""`learning-exporter retention run`, `archive list|restore|cat` and `forget`: the privacy and retention commands."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

import click

from exporter.config import Settings

if TYPE_CHECKING:
    from exporter.service import Services
    from exporter.tiers.archive import Archive


def _services() -> Services:
    from exporter.service import Services

    svc = Services.build(Settings())
    if not svc.ensure_schema():
        raise SystemExit("store unreachable")
    return svc


@click.group()
def retention() -> None:
    """The four retention tiers: hot, warm, cold (archive), permanent."""


@retention.command("run")
@click.option("--dry-run", is_flag=True, help="Count what would be deleted or archived; change nothing.")
def retention_run(dry_run: bool) -> None:
    """Run one retention pass now (skipped if another replica holds the learning lock)."""
    from exporter.jobs import LOCK_NAME
    from exporter.tiers import retention as job

    svc = _services()
    with svc.store.job_lock(LOCK_NAME) as got:
        if not got:
            click.echo("skipped: another replica holds the learning lock")
            return
        result = job.run(svc, dry_run=dry_run)
    click.echo(json.dumps(result, indent=2, default=str))
    if result["errors"]:
        sys.exit(1)


@click.group()
def archive() -> None:
    """The cold tier's archive files: list them, read one, or restore rows for an audit."""


def _archive(svc: Services) -> Archive:
    from exporter.tiers.archive import Archive

    return Archive.from_settings(svc.store, svc.settings)


@archive.command("list")
@click.option("--org", default=None)
@click.option("--table", default=None)
def archive_list(org: str | None, table: str | None) -> None:
    """One line per archive file: id, org, table, rows, bytes, time span."""
    from datetime import UTC, datetime

    svc = _services()
    for e in _archive(svc).entries(org, table):
        span = " .. ".join(datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%d") for t in (e["min_ts"], e["max_ts"]))
        click.echo(f"{e['id']}  {e['org_id']}  {e['source_table']}  rows={e['row_count']}  bytes={e['byte_count']}  "
                   f"{span}{'  encrypted' if e['encrypted'] else ''}")


@archive.command("cat")
@click.argument("archive_id")
def archive_cat(archive_id: str) -> None:
    """Print one archive file's rows as NDJSON (checksum verified, decrypted), changing nothing."""
    svc = _services()
    arc = _archive(svc)
    entry = arc.entry(archive_id)
    if entry is None:
        raise click.ClickException(f"no committed archive {archive_id}")
    for row in arc.read_rows(entry):
        click.echo(json.dumps(row, separators=(",", ":")))


@archive.command("restore")
@click.argument("archive_ids", nargs=-1)
@click.option("--org", default=None, help="Restore every file of this org (with --table to narrow).")
@click.option("--table", default=None)
def archive_restore(archive_ids: tuple[str, ...], org: str | None, table: str | None) -> None:
    """Put archived rows back into their live tables; rerunning restores nothing twice.

    Restored rows are ordinary live rows again: the next retention pass archives them anew if
    they are still past their warm period, so run audits with the learning schedule paused.
    """
    svc = _services()
    arc = _archive(svc)
    ids = list(archive_ids) or [e["id"] for e in arc.entries(org, table)]
    if not ids:
        raise click.ClickException("name archive ids, or --org/--table with files to restore")
    total = 0
    for archive_id in ids:
        try:
            n = arc.restore(archive_id)
        except KeyError:
            click.echo(f"{archive_id}: not in the archive (already restored?)")
            continue
        total += n
        click.echo(f"{archive_id}: {n} rows restored")
    click.echo(f"restored {total} rows")


@click.command()
@click.option("--org", required=True)
@click.option("--user", required=True)
def forget(org: str, user: str) -> None:
    """Delete every trace of one person in one org (all tiers) and print the receipt."""
    from exporter.tiers.forget import forget as run

    svc = _services()
    click.echo(json.dumps(run(svc, org, user, requested_by="cli"), indent=2))
