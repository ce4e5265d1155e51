"""Proactive recommendations and learned insights over HTTP: parse, call one domain function, render."""

from __future__ import annotations

import time
from datetime import datetime
from typing import Annotated, Literal

from flask import Blueprint, jsonify, request
from pydantic import ConfigDict, Field

from exporter.api.auth import authenticate, principal, services
from exporter.api.errors import NotFound
from exporter.api.openapi import doc
from exporter.inputs import Input, UtcDatetime
from exporter.learning import insights
from exporter.learning.params import LearningParams
from exporter.learning.recommend import ALL_KINDS
from exporter.scoping import visible

bp = Blueprint("insights", __name__)
bp.before_request(authenticate)


GROUP = r"^[^/]{1,200}/[^/]{0,200}/[^/]{0,200}$"


class RecommendationFilter(Input):
    model_config = ConfigDict(extra="forbid")
    kind: Literal[ALL_KINDS] | None = None  # type: ignore[valid-type]
    group: str | None = Field(default=None, pattern=GROUP)


class ContextQuery(Input):
    model_config = ConfigDict(extra="forbid")
    group: str = Field(pattern=GROUP)
    value: float | None = Field(default=None, ge=0)
    # An ISO time, or seconds since the epoch (up to the year 3000).
    at: UtcDatetime | Annotated[float, Field(ge=0, le=32_503_680_000)] | None = None

    def at_epoch(self) -> float:
        if self.at is None:
            return time.time()
        return self.at.timestamp() if isinstance(self.at, datetime) else float(self.at)


def _scope(alias: str) -> tuple[str, dict]:
    return visible(principal(), alias=alias)


@bp.get("/recommendations")
@doc(query=RecommendationFilter)
def list_recommendations():
    f = RecommendationFilter.model_validate(request.args.to_dict())
    where, params = _scope("r")
    items = insights.recommendations(services().store, where, params, f.kind, f.group)
    return jsonify({"recommendations": items, "count": len(items)})


@bp.get("/insights/context")
@doc(query=ContextQuery)
def context():
    q = ContextQuery.model_validate(request.args.to_dict())
    svc = services()
    where, params = _scope("p")
    # The group must be one this caller's org has learned about; the history itself is org-wide.
    if insights.group_insight(svc.store, where, params, q.group) is None:
        raise NotFound("unknown alert group")
    org = principal().require_org()
    params = LearningParams.from_settings(svc.settings).for_org(svc.store, org)
    answer = insights.context_sentence(svc.store, org, q.group, q.at_epoch(), q.value, params)
    if answer is None:
        raise NotFound("no history for this group at that time")
    return jsonify(answer)


@bp.get("/insights/<path:group>")
@doc()
def group_insight(group: str):
    where, params = _scope("p")
    found = insights.group_insight(services().store, where, params, group)
    if found is None:
        raise NotFound("unknown alert group")
    return jsonify(found)
