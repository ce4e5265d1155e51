"""`learning-exporter runbooks export DIR`: proven cases as versioned Markdown runbooks on disk."""

from __future__ import annotations

import json
from pathlib import Path

import click

from exporter.config import Settings

runbooks = click.Group("runbooks", help="Runbooks: the permanent knowledge tier built from proven cases.")


@runbooks.command("export")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--org", "orgs", multiple=True, help="Only these orgs (repeatable); every org with cases otherwise.")
@click.option("--diff/--no-diff", default=True, show_default=True, help="Print what changed since the last export.")
def export(directory: Path, orgs: tuple[str, ...], diff: bool) -> None:
    """Write DIR/<org>/<runbook>.md for every proven case group; a changed runbook gets a new version."""
    from exporter.cases.quality import QualityPolicy
    from exporter.cases.runbooks import export_runbooks
    from exporter.service import Services

    settings = Settings()
    svc = Services.build(settings)
    if not svc.ensure_schema():
        raise SystemExit("store unreachable")
    policy = QualityPolicy.from_settings(settings)
    names = list(orgs) or [r["org_id"] for r in svc.store.query("SELECT DISTINCT org_id FROM cases ORDER BY org_id")]
    summary = {}
    for org in names:
        result = export_runbooks(svc.store, org, directory, policy)
        summary[org] = {
            "new": result["new"],
            "changed": sorted(result["changed"]),
            "unchanged": len(result["unchanged"]),
            "retired": result["retired"],
        }
        if diff:
            for text in result["changed"].values():
                click.echo(text)
    click.echo(json.dumps(summary, indent=2))
