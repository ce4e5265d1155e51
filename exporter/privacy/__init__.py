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

from typing import TYPE_CHECKING

from exporter.privacy.contribution import contributing_users
from exporter.privacy.gate import gate
from exporter.privacy.org_settings import redactor_for
from exporter.tiers.forget import forget, resume_pending

if TYPE_CHECKING:
    from exporter.service import Services

__all__ = ["contributing_users", "forget", "gate", "install", "redactor_for", "resume_pending"]


def _resume_stage(svc: Services, now: float) -> dict[str, int]:
    return {"resumed": len(resume_pending(svc))}


def install(svc: Services) -> None:
    from exporter.tiers import permanent, retention

    svc.learning_stages.append(("privacy.resume_deletions", _resume_stage))
    svc.learning_stages.append(("permanent.promote", permanent.promote))
    retention.install(svc)
