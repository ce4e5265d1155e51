"""`learning-exporter dashboards ...`: generate the committed dashboard JSON and push it to Grafana."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click


@click.group()
def dashboards() -> None:
    """Grafana dashboards: generate the JSON, push it to a Grafana."""


@dashboards.command()
@click.option("--check", is_flag=True, help="Fail if the committed JSON differs from the code instead of writing.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None)
def generate(check: bool, out_dir: Path | None) -> None:
    """Write dashboards/*.json and the chart's copies from the code (or check they are up to date)."""
    from exporter import dashboards as dash

    target = out_dir or dash.OUTPUT_DIR
    chart = out_dir is None  # the chart's copies belong to the repository layout only
    if check:
        stale = dash.differences(target, chart=chart)
        for path in stale:
            click.echo(f"{path} differs from the code", err=True)
        sys.exit(1 if stale else 0)
    for path in dash.write(target, chart=chart):
        click.echo(str(path))


@dashboards.command()
@click.option("--url", envvar="LEARNING_EXPORTER_GRAFANA_URL", required=True, help="Grafana base URL.")
@click.option(
    "--token", envvar="LEARNING_EXPORTER_GRAFANA_TOKEN", default=None, help="Service-account token (or use user:pass@ in --url)."
)
@click.option("--folder-uid", default=None, help="Folder to put the dashboards in (must exist).")
@click.option("--ai-helper-url", envvar="LEARNING_EXPORTER_AI_HELPER_URL", default=None, help="Base URL of the AI helper for panel links.")
@click.option(
    "--from-dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Push the JSON files in this directory instead of the dashboards built into this version.",
)
@click.option("--message", default=None, help="Version message shown in Grafana's dashboard history.")
def push(url: str, token: str | None, folder_uid: str | None, ai_helper_url: str | None, from_dir: Path | None, message: str | None) -> None:
    """Create or update the dashboards in Grafana (matched by uid)."""
    from exporter import dashboards as dash
    from exporter.learning.grafana import grafana_api, push_dashboards

    texts = {p.name: p.read_text() for p in sorted(from_dir.glob("*.json"))} if from_dir else dash.generate()
    models = {name: json.loads(dash.with_links(text, ai_helper_url=ai_helper_url, grafana_url=url)) for name, text in texts.items()}
    try:
        results = push_dashboards(grafana_api(url, token), models, folder_uid=folder_uid, message=message)
    except Exception as exc:
        raise click.ClickException(f"push to {url} failed: {exc}") from exc
    for result in results:
        click.echo(f"{result.uid}\t{url.rstrip('/')}{result.url}\tversion {result.version}")
