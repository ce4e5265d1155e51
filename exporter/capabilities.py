"""Where each capability plugs into the service.

A capability is a domain package with an `install(services)` that registers its hooks on the
`Services` object being built: query recording, learning stages, metric producers, background
jobs, demo follow-ups, what to drop after delete-my-data. The order is the order of the learning
pass's stages. HTTP routes are not capabilities: they live in `exporter.api` and call the domains.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from exporter.service import Services

CAPABILITIES = [
    "exporter.jobs",
    "exporter.querymem",
    "exporter.cases",
    "exporter.learning.grafana",
    "exporter.learning",
    "exporter.usage",
    "exporter.privacy",
]


def install_all(services: Services) -> None:
    for name in CAPABILITIES:
        importlib.import_module(name).install(services)
