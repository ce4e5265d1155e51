"""Where each capability plugs into the service.

A capability module may define `bp` (a Flask blueprint, mounted under /api/v1 behind the bearer
token check) and `install(svc)` (registers its hooks on `Services`: query recording, metric
producers, background jobs, demo follow-ups). Adding a capability is one line here.
"""

from __future__ import annotations

import importlib
from types import ModuleType

CAPABILITIES = [
    "exporter.api.ingest",
    "exporter.jobs",
    "exporter.api.queries",
    "exporter.api.cases",
    "exporter.grafana",
    "exporter.api.insights",
    "exporter.usage",
    "exporter.privacy.api",
]


def modules() -> list[ModuleType]:
    return [importlib.import_module(name) for name in CAPABILITIES]
