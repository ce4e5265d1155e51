"""The one door every piece of reported text passes before it is stored, embedded, logged,
archived or sent.

Before this gate each entry point called the redactor its own way: alert payloads were stored as
sent and redacted only when read (with the service-wide settings), demo loading used the
service-wide settings, a backfill of query summaries counted nothing. Text that reaches the store
in clear is copied into embeddings, archives and Grafana and cannot be taken back, so every door
now asks `gate(svc, org)` and nothing else:

- the org's own settings always apply (`redactor_for`), so one org's consent to keep IPs or its
  custom patterns never leak into another org's rows, and the service default applies only to an
  org without settings;
- every replacement is counted in ``aihelper_redactions_total{type}`` where it happens, so no door
  can forget the metric; a caller that reports counts (the ingest response) reads `Gate.counts`.

A gate is cheap (one primary-key read to check the org's settings version) and meant for one
request or one batch; it is not shared between threads.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import TYPE_CHECKING, TypeVar

from exporter import metrics
from exporter.privacy.org_settings import redactor_for
from exporter.privacy.redaction import Redactor

if TYPE_CHECKING:
    from exporter.service import Services

T = TypeVar("T")


class Gate:
    """Redacts with one org's settings and counts what it replaced."""

    def __init__(self, redactor: Redactor) -> None:
        self.redactor = redactor
        self.counts: Counter = Counter()

    def value(self, value: T) -> T:
        """Every string inside JSON-like data (keys kept, used as context); other leaves as they are."""
        found: Counter = Counter()
        out = self.redactor.redact_value(value, found)
        if found:
            metrics.count_redactions(found)
            self.counts.update(found)
        return out  # type: ignore[return-value]

    def text(self, text: str | None) -> str | None:
        return text if not text else self.value(text)

    def labels(self, labels: Mapping[str, str]) -> dict[str, str]:
        """Alert labels and annotations: names are schema and kept, values are content and redacted."""
        return dict(self.value(dict(labels)))


def gate(svc: Services, org: str) -> Gate:
    """The gate for text reported by or for `org`."""
    return Gate(redactor_for(svc, org))
