"""`learning-exporter aliases show|set|learned|accept|reject --org ORG`: the org's alias table (what its things are
also called) and the aliases learned from its executed queries."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from pydantic import ValidationError

from exporter.config import Settings


@click.group()
def aliases() -> None:
    """What an org's services, teams and other things are also called ("Birch" = ehr-web), for query memory."""


def _store():
    from exporter.service import Services

    svc = Services.build(Settings())
    if not svc.ensure_schema():
        raise SystemExit("store unreachable")
    return svc.store


@aliases.command("show")
@click.option("--org", required=True)
def show(org: str) -> None:
    """Print the org's table as JSON ({} when it declared none), with the phrases that read as neither name."""
    from exporter.querymem.aliases import load

    table, _ = load(_store(), org)
    click.echo(json.dumps(table.shown(), indent=2))


@aliases.command("set")
@click.option("--org", required=True)
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def set_table(org: str, file: Path) -> None:
    """Replace the org's table with FILE: JSON {"name": ["alias", ...]} (or {"aliases": {...}}); {} clears it."""
    from exporter.querymem.aliases import OrgAliases, save

    data = json.loads(file.read_text())
    if not (isinstance(data, dict) and set(data) == {"aliases"}):
        data = {"aliases": data}
    try:
        table = OrgAliases.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            click.echo(f"refused: {err['msg']}", err=True)
        sys.exit(2)
    save(_store(), org, table)
    ambiguous = table.compiled().ambiguous
    click.echo(f"{org}: {len(table.aliases)} names" + (f"; read as neither: {', '.join(ambiguous)}" if ambiguous else ""))


@aliases.command("learned")
@click.option("--org", required=True)
@click.option("--learn", is_flag=True, help="recompute the org's proposals from its stored summaries first")
def learned_list(org: str, learn: bool) -> None:
    """Print the aliases learned from the org's executed queries, with their evidence and state, as JSON."""
    from exporter.querymem import learned
    from exporter.querymem.memory import alert_labels

    store = _store()
    if learn:
        learned.learn_org(store, org, alert_labels(store, org))
    click.echo(json.dumps(learned.listing(store, org), indent=2))


def _decide(org: str, alias: str, canonical: str, state: str) -> None:
    from exporter.querymem import learned

    if not learned.decide(_store(), org, alias, canonical, state):
        click.echo(f"refused: {org} has no learned alias {alias!r} of {canonical!r}", err=True)
        sys.exit(2)
    click.echo(f"{org}: {alias!r} = {canonical!r} {state}")


def _decision(verb: str, state: str, help_text: str) -> click.Command:
    """`aliases accept|reject --org ORG ALIAS CANONICAL`: one command per decision, the same shape."""

    @aliases.command(verb, help=help_text)
    @click.option("--org", required=True)
    @click.argument("alias")
    @click.argument("canonical")
    def command(org: str, alias: str, canonical: str) -> None:
        _decide(org, alias, canonical, state)

    return command


accept = _decision("accept", "accepted", "Accept a learned alias: read as CANONICAL whatever the history later says.")
reject = _decision("reject", "rejected", "Reject a learned alias: never read, never proposed again.")
