"""The API describes itself: an OpenAPI 3.1 document at /api/v1/openapi.json, built by spectree
from the very pydantic models each route validates its input with, so the two cannot drift.

spectree is used for the document only (`skip_validation=True`): the routes keep their own
parsing (exporter.api.body: the size limit, NDJSON, every item named in one 400, the input
limits of exporter.inputs), which spectree's validation would replace with a different error
shape. Chosen over flask-openapi3 and APIFlask, which need the app and every blueprint rebuilt
on their own classes; spectree only decorates the existing views.
"""

from __future__ import annotations

from typing import Any

from flask import Flask, jsonify
from pydantic import BaseModel, Field
from spectree import Response, SecurityScheme, SecuritySchemeData, SpecTree

from exporter import __version__

SPEC_URL = "/api/v1/openapi.json"


class ErrorBody(BaseModel):
    """Every 4xx and 5xx answer (exporter.api.errors)."""

    error: str
    errors: list[dict[str, Any]] = Field(default_factory=list, description="one entry per bad field or item")


spec = SpecTree(
    "flask",
    title="learning-exporter API",
    version=__version__,
    description="The AI helper's memory: ingest, query memory, troubleshooting cases, insights, privacy.",
    validation_error_status=400,
    validation_error_model=ErrorBody,
    mode="strict",  # only the routes decorated with `doc` below
    path="apidoc",  # spectree's own routes are not mounted (see install); this only names them
    page_templates={},
    annotations=False,
    security_schemes=[SecurityScheme(name="bearer", data=SecuritySchemeData(type="http", scheme="bearer"))],
    security={"bearer": []},
)

_ERRORS = {f"HTTP_{code}": ErrorBody for code in (400, 401, 403, 404, 413, 415, 503)}


def doc(json: type[BaseModel] | None = None, query: type[BaseModel] | None = None, ok: int = 200,
        also: tuple[int, ...] = ()):
    """Describe a route: its body model, its query-string model and the success codes it answers."""
    codes = {f"HTTP_{c}": None for c in (ok, *also)}
    return spec.validate(json=json, query=query, resp=Response(**codes, **_ERRORS), skip_validation=True)


def install(app: Flask) -> None:
    """Serve the document without a token: it says what the API takes, nothing of anyone's data."""
    app.add_url_rule(SPEC_URL, endpoint="openapi_document", view_func=lambda: jsonify(spec.spec))
