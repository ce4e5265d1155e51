"""The HTTP layer: one blueprint per API area, each parsing a request, calling one domain function
and rendering the result. Blueprints import the domains; no domain imports this package."""

from __future__ import annotations

import importlib

from flask import Blueprint

# Mounted under /api/v1, each behind the bearer token check. Adding an API area is one line here.
BLUEPRINTS = [
    "exporter.api.ingest",
    "exporter.api.queries",
    "exporter.api.cases",
    "exporter.api.insights",
    "exporter.api.usage",
    "exporter.api.privacy",
]


def blueprints() -> list[Blueprint]:
    return [importlib.import_module(name).bp for name in BLUEPRINTS]
