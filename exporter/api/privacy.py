"""Privacy over HTTP: preferences (opt-out), delete-my-data, org privacy settings, global patterns,
permanent knowledge versions. Parse, call one domain function, render."""

from __future__ import annotations

import time

from flask import Blueprint, jsonify, request
from pydantic import ConfigDict, Field

from exporter.api import body
from exporter.api.auth import authenticate, principal, services
from exporter.api.errors import NotFound
from exporter.api.openapi import doc
from exporter.inputs import Input
from exporter.privacy import contribution, org_settings
from exporter.privacy.global_patterns import global_patterns
from exporter.tiers import permanent
from exporter.tiers.forget import forget

bp = Blueprint("privacy", __name__)
__all__ = ["bp"]
bp.before_request(authenticate)


class PreferencesIn(Input):
    model_config = ConfigDict(extra="forbid")

    contribute: bool
    user: str | None = Field(default=None, min_length=1, max_length=200)  # org admins name the person


class SubjectQuery(Input):
    user: str | None = Field(default=None, max_length=200)  # org admins name the person


def _subject_param() -> str | None:
    return SubjectQuery.model_validate(request.args.to_dict()).user or None


@bp.get("/users/me/preferences")
@doc(query=SubjectQuery)
def get_preferences():
    who = principal()
    user = who.data_subject(_subject_param())
    org = who.require_org()
    return jsonify({"contribute": contribution.contributes(services().store, org, user)})


@bp.put("/users/me/preferences")
@doc(json=PreferencesIn)
def put_preferences():
    who = principal()
    data = PreferencesIn.model_validate(body.json_object())
    user = who.data_subject(data.user)
    org = who.require_org()
    contribution.set_contribute(services().store, org, user, data.contribute)
    return jsonify({"contribute": data.contribute})


@bp.delete("/users/me/data")
@doc(query=SubjectQuery)
def delete_my_data():
    who = principal()
    user = who.data_subject(_subject_param())
    org = who.require_org()
    result = forget(services(), org, user, requested_by="self" if who.role == "user" else "org_admin")
    return jsonify(result)


@bp.get("/org/privacy")
@doc()
def get_org_privacy():
    org = principal().require_admin()
    settings, updated = org_settings.load(services().store, org)
    return jsonify({**settings.model_dump(), "updated_at": updated})


@bp.put("/org/privacy")
@doc(json=org_settings.OrgPrivacy)
def put_org_privacy():
    org = principal().require_admin()
    settings = org_settings.OrgPrivacy.model_validate(body.json_object())
    org_settings.save(services().store, org, settings)
    return jsonify(settings.model_dump())


class TimezoneIn(Input):
    """Only the zones: the rest of the org's settings stay as they are."""

    model_config = ConfigDict(extra="forbid")

    timezone: str | None = Field(default=None, min_length=1, max_length=64)
    user_timezones: dict[str, str] | None = Field(default=None, max_length=10000)


@bp.get("/org/settings/timezone")
def get_org_timezone():
    org = principal().require_admin()
    settings, _ = org_settings.load(services().store, org)
    return jsonify({"timezone": settings.timezone or services().settings.timezone,
                    "user_timezones": settings.user_timezones})


@bp.put("/org/settings/timezone")
def put_org_timezone():
    """Set the org's IANA time zone (and optionally some people's) without resending its privacy settings."""
    org = principal().require_admin()
    data = TimezoneIn.model_validate(body.json_object())
    store = services().store
    settings, _ = org_settings.load(store, org)
    update = {k: v for k, v in data.model_dump().items() if v is not None}
    merged = org_settings.OrgPrivacy.model_validate({**settings.model_dump(), **update})
    org_settings.save(store, org, merged)
    return jsonify({"timezone": merged.timezone, "user_timezones": merged.user_timezones})


@bp.get("/global/patterns")
@doc()
def get_global_patterns():
    principal().require_global_reader()
    svc = services()
    return jsonify(global_patterns(svc.store, svc.settings.global_min_contributors, time.time(), svc.settings.timezone))


@bp.get("/knowledge/<kind>/<path:key>/versions")
@doc()
def get_versions(kind: str, key: str):
    rows = permanent.versions(services().store, principal(), kind, key)
    if not rows:
        raise NotFound("knowledge item not found")
    return jsonify({"kind": kind, "key": key, "versions": rows})


@bp.get("/knowledge/<kind>/<path:key>/versions/<int:number>")
@doc()
def get_version(kind: str, key: str, number: int):
    row = permanent.version(services().store, principal(), kind, key, number)
    if row is None:
        raise NotFound("knowledge item not found")
    return jsonify(row)
