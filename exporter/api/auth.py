"""Bearer tokens: each maps to one org (and optionally one user) with a role."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flask import current_app, g, request

from exporter.api.errors import ApiError
from exporter.scoping import Principal

if TYPE_CHECKING:
    from exporter.service import Services


def services() -> Services:
    return current_app.extensions["learning"]


def authenticate() -> None:
    """Runs before every API request; the principal is then on `g`."""
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "missing bearer token")
    grant = services().grant_for(token.strip())
    if grant is None:
        raise ApiError(401, "unknown token")
    g.principal = Principal.from_grant(grant)


def principal() -> Principal:
    return g.principal
