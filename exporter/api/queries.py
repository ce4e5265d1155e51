"""Query-memory endpoints: parse, call the query memory, render."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from flask import Blueprint, jsonify, request
from pydantic import ConfigDict, Field, field_validator

from exporter.api import body
from exporter.api.auth import authenticate, principal, services
from exporter.api.errors import NotFound
from exporter.api.openapi import doc
from exporter.ingest.schemas import iana_zone
from exporter.inputs import Input, as_utc
from exporter.querymem import aliases, learned
from exporter.querymem.diff import Current

bp = Blueprint("queries", __name__)
bp.before_request(authenticate)

Text = Field(min_length=1, max_length=8192)


class _Ask(Input):
    model_config = ConfigDict(extra="forbid")
    text: str = Text
    now: datetime | None = None  # the moment of asking; server time when absent (tests pin it)
    user: str | None = Field(default=None, min_length=1, max_length=200)
    tz: str | None = Field(default=None, max_length=64, description="the asker's IANA time zone")

    @field_validator("tz")
    @classmethod
    def _zone(cls, v: str | None) -> str | None:
        return None if v is None else iana_zone(v)

    @field_validator("now")
    @classmethod
    def _utc(cls, v: datetime | None) -> datetime | None:
        return None if v is None else as_utc(v)

    def at(self) -> float | None:
        return None if self.now is None else self.now.timestamp()


class LookupRequest(_Ask):
    pass


class DiffRequest(_Ask):
    id: str | None = Field(default=None, max_length=200, description="external id of the new result, if recorded")
    headline_value: float | None = None
    key_insights: list[str] = Field(default_factory=list, max_length=100)
    result_summary: str = Field(default="", max_length=65536)


class ContextRequest(_Ask):
    value: float


class LearnedDecision(Input):
    """An admin's decision on one learned alias: accepted (kept whatever the history later says), rejected (never
    read, never proposed again) or proposed (undecided again)."""

    model_config = ConfigDict(extra="forbid")
    alias: str = Field(min_length=1, max_length=aliases.MAX_CHARS)
    canonical: str = Field(min_length=1, max_length=aliases.MAX_CHARS)
    state: Literal["accepted", "rejected", "proposed"]


@bp.post("/queries/lookup")
@doc(json=LookupRequest)
def lookup():
    req = LookupRequest.model_validate(body.json_object())
    result = services().query_memory.lookup(principal(), req.user, req.text, req.at(), tz=req.tz)
    return jsonify(result.as_dict())


@bp.post("/queries/diff")
@doc(json=DiffRequest)
def diff():
    req = DiffRequest.model_validate(body.json_object())
    current = Current(req.headline_value, list(req.key_insights), req.result_summary)
    out = services().query_memory.diff(principal(), req.user, req.text, current, req.at(), exclude_id=req.id,
                                       tz=req.tz)
    return jsonify(out)


@bp.get("/queries/context")
@doc(query=ContextRequest)
def context():
    req = ContextRequest.model_validate(request.args.to_dict())
    reading, ctx = services().query_memory.context(principal(), req.user, req.text, req.value, req.at(), tz=req.tz)
    return jsonify({"intent": reading.as_dict(), "context": ctx.as_dict()})


@bp.get("/org/aliases")
@doc()
def get_org_aliases():
    """The org's alias table: what its services, teams and other things are also called."""
    org = principal().require_admin()
    table, updated = aliases.load(services().store, org)
    return jsonify({**table.shown(), "updated_at": updated})


@bp.put("/org/aliases")
@doc(json=aliases.OrgAliases)
def put_org_aliases():
    """Replace the org's alias table; `ambiguous` lists phrases two names claim, which read as neither."""
    org = principal().require_admin()
    table = aliases.OrgAliases.model_validate(body.json_object())
    compiled = services().query_memory.set_aliases(org, table)
    return jsonify(table.shown(compiled))


@bp.get("/org/aliases/learned")
@doc()
def get_learned_aliases():
    """The aliases learned from the org's executed queries, with their evidence and the admin's decision on each;
    proposed and accepted ones are read like the admin's table, which wins where both name a phrase."""
    org = principal().require_admin()
    return jsonify({"learned": learned.listing(services().store, org)})


@bp.put("/org/aliases/learned")
@doc(json=LearnedDecision)
def decide_learned_alias():
    """Accept or reject one learned alias (or make it undecided again); 404 when the org has no such alias."""
    org = principal().require_admin()
    req = LearnedDecision.model_validate(body.json_object())
    if not learned.decide(services().store, org, req.alias, req.canonical, req.state):
        raise NotFound(f"no learned alias {req.alias!r} of {req.canonical!r}")
    services().query_memory.forget_aliases(org)
    return jsonify({"alias": req.alias, "canonical": req.canonical, "state": req.state})
