"""One definition per kind of proactive recommendation, from which everything else is generated.

The learning job tags its Grafana annotations with `KIND.tag`, the rule file gets one alert per
kind (`exporter.dashboards.rules`), and the Proactive insights dashboard gets one annotation
query and one panel per kind (`exporter.dashboards.proactive_insights`): a rename here changes
all of them together, and a test fails if the committed files were not regenerated, so a
dashboard can never again query a tag nothing sends.

This module is plain data (no store, no Flask, no numpy), so the generators import it cheaply.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

#: The tag every annotation the exporter sends carries; each kind adds its own.
ANNOTATION_TAG = "aihelper"
#: The one metric whose series are the active recommendations a notice is raised for. Its labels
#: are org, kind, recommendation_id and group; the number of series is capped per kind by the
#: collector (the top groups setting), newest first, so the label set stays bounded.
NOTICE_METRIC = "aihelper_recommendation_created_timestamp_seconds"
NOTICE_LABELS = ("org", "kind", "recommendation_id", "group")
#: The AI helper's link for a recommendation, relative to its base address: the same path the
#: exporter's `ai_helper_url_template` yields for context "recommendation:<id>" when the template
#: is derived from the base (the Helm chart's default), so a notice and an annotation link alike.
AI_HELPER_CONTEXT_PATH = "/?context={context}"


@dataclass(frozen=True)
class RecommendationKind:
    """Everything about one kind of recommendation that more than one place needs.

    `alert` is None for a kind that is personal (a user's habit): it is served to its user by the
    API and never broadcast through Alertmanager. `annotated` says whether the learning job
    draws it on graphs (a knowledge gap has no moment in time to mark).
    """

    kind: str
    title: str
    alert: str | None
    summary: str
    description: str
    annotated: bool
    color: str = "blue"
    #: Whether `group` is an alert group ("alertname/severity/service", bounded by the top groups);
    #: other kinds' groups are free text (a question's subject) and never become a label.
    group_label: bool = True

    @property
    def tag(self) -> str:
        return f"{ANNOTATION_TAG}:{self.kind}"

    @property
    def annotation_tags(self) -> tuple[str, str]:
        """What a dashboard's annotation query asks for (matchAny false: both must be present)."""
        return (ANNOTATION_TAG, self.tag)


KINDS: tuple[RecommendationKind, ...] = (
    RecommendationKind(
        kind="predictive",
        title="Expected peaks",
        alert="AIHelperSeasonalPeakExpected",
        summary="A recurring alert peak is expected for {{ $labels.group }}",
        description=(
            "Past weeks show a recurring peak of alerts for {{ $labels.group }} in org {{ $labels.org }}; "
            "recommendation {{ $labels.recommendation_id }} says when and what to prepare."
        ),
        annotated=True,
        color="purple",
    ),
    RecommendationKind(
        kind="spike",
        title="Alert spikes",
        alert="AIHelperAlertSpike",
        summary="Alerts for {{ $labels.group }} spiked far above their usual level",
        description=(
            "{{ $labels.group }} in org {{ $labels.org }} had a burst of alerts far above the usual for those "
            "hours; recommendation {{ $labels.recommendation_id }} names the most similar earlier spike and its cause."
        ),
        annotated=True,
        color="red",
    ),
    RecommendationKind(
        kind="change_point",
        title="Change points",
        alert="AIHelperLastingChangePoint",
        summary="The alert rate of {{ $labels.group }} has shifted to a new level",
        description=(
            "The alert rate of {{ $labels.group }} in org {{ $labels.org }} changed level and has stayed there; "
            "its old baseline no longer describes it (recommendation {{ $labels.recommendation_id }})."
        ),
        annotated=True,
        color="orange",
    ),
    RecommendationKind(
        kind="knowledge_gap",
        title="Knowledge gaps",
        alert="AIHelperKnowledgeGap",
        summary="A recurring question has no good answer in the AI helper's memory",
        description=(
            "Org {{ $labels.org }} keeps asking a question the AI helper answers badly or slowly; "
            "recommendation {{ $labels.recommendation_id }} lists the remedies."
        ),
        annotated=False,
        group_label=False,
    ),
    RecommendationKind(
        kind="habit",
        title="Habits",
        alert=None,
        summary="",
        description="",
        annotated=False,
        group_label=False,
    ),
)
BY_KIND = {k.kind: k for k in KINDS}
ALL_KINDS = tuple(k.kind for k in KINDS)
NOTICE_KINDS = tuple(k for k in KINDS if k.alert)
ANNOTATED_KINDS = tuple(k for k in KINDS if k.annotated)


def recommendation_context(rec_id: str) -> str:
    return f"recommendation:{rec_id}"


def ai_helper_link(template: str, context: str) -> str:
    """The AI helper's address for a context, from a `...{context}...` template."""
    return template.format(context=quote(context, safe=""))


def template_from_url(base: str) -> str:
    """The `ai_helper_url_template` that belongs to an AI helper at `base` (what Helm derives)."""
    return base.rstrip("/") + AI_HELPER_CONTEXT_PATH
