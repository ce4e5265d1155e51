"""Usage-pattern endpoints: parse, call one domain function, render. Rows are read through `scoping.visible`."""

from __future__ import annotations

import time
from typing import Annotated, Literal

from flask import Blueprint, jsonify, request
from pydantic import ConfigDict, Field

from exporter.api import body
from exporter.api.auth import authenticate, principal, services
from exporter.api.errors import ApiError, NotFound
from exporter.api.openapi import doc
from exporter.inputs import Input
from exporter.privacy.gate import gate
from exporter.usage import repo, stage

bp = Blueprint("usage_patterns", __name__)
bp.before_request(authenticate)


class _Query(Input):
    model_config = ConfigDict(extra="forbid")


class PatternsQuery(_Query):
    type: Literal["frequent", "cluster", "subject", "habit", "preference", "environment", "knowledge_gap"] | None = None
    user: str | None = Field(default=None, min_length=1, max_length=200)
    limit: int = Field(default=100, ge=1, le=1000)
    offset: int = Field(default=0, ge=0)


class UserQuery(_Query):
    user: str | None = Field(default=None, min_length=1, max_length=200)


class AssignBody(_Query):
    questions: list[Annotated[str, Field(min_length=1, max_length=8192)]] = Field(min_length=1, max_length=100)


def _args(model: type[_Query]) -> _Query:
    return model.model_validate(request.args.to_dict())


@bp.get("/patterns")
@doc(query=PatternsQuery)
def list_patterns():
    q = _args(PatternsQuery)
    who = principal()
    acting = who.acting_user(q.user)
    with services().store.reading() as conn:
        items = repo.list_patterns(conn, who, acting, q.type, q.limit, q.offset)
    return jsonify({"patterns": items, "count": len(items)})


@bp.get("/patterns/<int:pattern_id>")
@doc(query=UserQuery)
def get_pattern(pattern_id: int):
    q = _args(UserQuery)
    who = principal()
    acting = who.acting_user(q.user)
    with services().store.transaction() as conn:
        item = repo.get_pattern(conn, who, acting, pattern_id)
        if item is None:
            raise NotFound("pattern not found")
        repo.mark_served(conn, [pattern_id], time.time())
    return jsonify(item)


@bp.post("/patterns/clusters/assign")
@doc(json=AssignBody)
def assign_questions():
    """Which intent cluster new questions belong to, between learning passes (low confidence flagged)."""
    who = principal()
    org = who.require_org()
    data = AssignBody.model_validate(body.json_object())
    svc = services()
    door = gate(svc, org)
    texts = [door.text(t) for t in data.questions]
    with svc.store.reading() as conn:
        out = stage.assign_questions(conn, org, texts)
    return jsonify({"assignments": out})


@bp.get("/users/me/profile")
@doc(query=UserQuery)
def my_profile():
    q = _args(UserQuery)
    who = principal()
    user = who.acting_user(q.user)
    if user is None:
        raise ApiError(400, "a token not bound to a user must name the user", [{"field": "user", "message": "required"}])
    with services().store.reading() as conn:
        rows = repo.profile_rows(conn, who, user)
    prefs = {r["key"]: {"value": r["data"].get("value"), "confidence": r["confidence"], "evidence": r["evidence"],
                        "pattern_id": r["id"]} for r in rows if r["type"] == "preference"}
    return jsonify(
        {
            "user": user,
            "expertise": prefs.pop("expertise", None),
            "detail_level": prefs.pop("detail_level", None),
            "preferences": prefs,
            "habits": [{"id": r["id"], "description": r["data"].get("description"), "confidence": r["confidence"],
                        "evidence": r["evidence"]} for r in rows if r["type"] == "habit"],
            "top_questions": next((r["data"].get("questions") for r in rows if r["type"] == "frequent"), []),
        }
    )
