"""Privacy: opt-out, delete-my-data, per-org redaction and PII consent, k-anonymous global patterns.

For other capabilities:

- ``contributing_users(conn, org)`` / ``exporter.scoping.contributing(alias)``: whose rows may be
  aggregated into org patterns (``global_contributing`` for cross-org aggregates);
- ``gate(svc, org)``: the one redaction gate every door passes text through before it is stored,
  embedded, logged, archived or sent (the org's settings, counted in the metric);
- ``forget(svc, org, user, requested_by)``: delete-my-data, returns the receipt.

`install(svc)` wires the retention job, the permanent-tier promotion and the resumption of
interrupted deletions into the learning pass; the blueprint lives in `exporter.api.privacy`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from exporter.service import Services

__all__ = ["contributing_users", "forget", "gate", "install", "redactor_for", "resume_pending"]

# Resolved on first use, not at import: the package also holds the redactor, which the metrics
# module reads at import time, and the gate and forget reach the store and the tiers, which
# import the metrics; importing them here would make `exporter.privacy.redaction` a circle.
_LAZY = {
    "contributing_users": "exporter.privacy.contribution",
    "gate": "exporter.privacy.gate",
    "redactor_for": "exporter.privacy.org_settings",
    "forget": "exporter.tiers.forget",
    "resume_pending": "exporter.tiers.forget",
}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _resume_stage(svc: Services, now: float) -> dict[str, int]:
    from exporter.tiers.forget import resume_pending

    return {"resumed": len(resume_pending(svc))}


def install(svc: Services) -> None:
    from exporter.tiers import permanent, retention

    svc.learning_stages.append(("privacy.resume_deletions", _resume_stage))
    svc.learning_stages.append(("permanent.promote", permanent.promote))
    retention.install(svc)
