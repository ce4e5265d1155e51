"""Grafana annotations for what a pass found: change points, spikes and predicted peaks.

Annotations are queued in the `annotations_sent` outbox through `exporter.learning.grafana.send_annotation`,
unique per (org, dedupe key): the key is the recommendation's, so rerunning the pass queues
nothing twice. Delivery (with retry) is the Grafana sender's job, on its own thread: learning
never waits for Grafana, and a Grafana that is down only delays the annotations.
"""

from __future__ import annotations

import logging
from collections import Counter
from typing import TYPE_CHECKING

from exporter.knowledge.recommendation_kinds import BY_KIND, recommendation_context
from exporter.learning import grafana
from exporter.learning.recommend import Recommendation
from exporter.learning.series import GroupKey

if TYPE_CHECKING:
    from exporter.service import Services

log = logging.getLogger(__name__)


def tags_for(rec: Recommendation) -> list[str]:
    """The kind's tags (exactly what the dashboards' annotation queries ask for), then the group's."""
    key = GroupKey.parse(rec.group)
    tags = list(BY_KIND[rec.kind].annotation_tags)
    if key is not None:
        tags += [f"alertname:{key.alertname}", f"severity:{key.severity}", f"service:{key.service}"]
    return tags


def queue_annotations(svc: Services, recs: list[Recommendation]) -> dict[str, int]:
    """Queue one annotation per recommendation that has a span; returns counts by outcome."""
    outcome: Counter = Counter()
    for rec in recs:
        if rec.span is None:
            continue
        start, end = rec.span
        try:
            result = grafana.send_annotation(
                svc,
                org_id=rec.org,
                dedupe_key=rec.dedupe_key,
                annotation=grafana.Annotation(
                    time_s=start,
                    time_end_s=end if end > start else None,
                    text=rec.text,
                    tags=tags_for(rec),
                    link_url=grafana.ai_helper_link(svc.settings.ai_helper_url_template,
                                                    recommendation_context(rec.id)),
                ),
            )
        except Exception as exc:  # the outbox is best effort: learning itself must go on
            log.warning("could not queue the annotation for %s: %s", rec.dedupe_key, exc)
            result = "error"
        outcome[result] += 1
    return dict(outcome)
