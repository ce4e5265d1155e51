"""What the AI helper may send about cases: every input is parsed into one of these, or rejected."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, ConfigDict, Field, field_validator, model_validator

from exporter.cases.alerts import alert_times, problem_from_alert
from exporter.inputs import Input, as_utc

# Caps are sizes, not plausibility: long reports and stack traces are real, so text may be as long
# as the storage and the request body allow; beyond that the field is named in a 400 error.
TEXT_BYTES = 64 * 1024
LINE_BYTES = 4 * 1024


def _max_bytes(limit: int):
    def check(value: str) -> str:
        size = len(value.encode("utf-8"))
        if size > limit:
            raise ValueError(f"is {size} bytes; at most {limit} bytes (UTF-8) are accepted")
        return value

    return AfterValidator(check)


LongText = Annotated[str, _max_bytes(TEXT_BYTES)]
Line = Annotated[str, _max_bytes(LINE_BYTES)]
Text = Field(default="")
Environment = Literal["prod", "staging", "dev", "test"]
OutcomeStatus = Literal["resolved", "partially", "not_resolved"]
Rating = Literal["helpful", "not_helpful", "partially_helpful"]


class _Strict(Input):
    model_config = ConfigDict(extra="forbid")


class Context(_Strict):
    """Where the problem happened; used for context agreement when matching."""

    environment: Environment | None = None
    os: str | None = Field(default=None, max_length=64)
    platform: str | None = Field(default=None, max_length=64)  # kubernetes, vm, bare-metal ...
    service_type: str | None = Field(default=None, max_length=64)  # postgresql, java, php ...
    severity: Literal["critical", "high", "medium", "low"] | None = None
    host: str | None = Field(default=None, max_length=253)

    @field_validator("os", "platform", "service_type")
    @classmethod
    def _lower(cls, v: str | None) -> str | None:
        return v.strip().lower() or None if v is not None else None


class Problem(_Strict):
    statement: LongText = Field(min_length=1)
    symptoms: list[Line] = Field(default_factory=list, max_length=50)
    context: Context = Field(default_factory=Context)
    keywords: list[Line] = Field(default_factory=list, max_length=50)


class Step(_Strict):
    command: Line = Field(min_length=1)
    output: LongText = Text
    found: bool | None = None  # did this step find something (None: unknown)


class RootCause(_Strict):
    issue: Line | None = None
    location: Line | None = None
    reason: LongText | None = None


class Solution(_Strict):
    immediate_fix: LongText | None = None
    permanent_fix: LongText | None = None
    commands: list[Line] = Field(default_factory=list, max_length=50)


class Outcome(_Strict):
    status: OutcomeStatus = "resolved"
    time_to_resolution_seconds: float | None = Field(default=None, ge=0, allow_inf_nan=False)
    user_rating: Rating | None = None


Label = Annotated[str, _max_bytes(LINE_BYTES)]


class Alert(_Strict):
    """One alert of an Alertmanager webhook group (its documented fields)."""

    status: Literal["firing", "resolved"] | None = None
    labels: dict[Label, Label] = Field(default_factory=dict, max_length=100)
    annotations: dict[Label, LongText] = Field(default_factory=dict, max_length=100)
    startsAt: datetime | None = None  # noqa: N815 (Alertmanager's names)
    endsAt: datetime | None = None  # noqa: N815
    generatorURL: Line | None = None  # noqa: N815
    fingerprint: Line | None = None

    @field_validator("startsAt", "endsAt")
    @classmethod
    def _utc(cls, v: datetime | None) -> datetime | None:
        return None if v is None or v.year <= 1 else as_utc(v)


class AlertGroup(_Strict):
    """An Alertmanager webhook body (version 4): a group of alerts, as Alertmanager sends it."""

    version: Line | None = None
    groupKey: Line | None = None  # noqa: N815
    truncatedAlerts: int | None = Field(default=None, ge=0)  # noqa: N815
    receiver: Line | None = None
    status: Literal["firing", "resolved"] | None = None
    groupLabels: dict[Label, Label] = Field(default_factory=dict, max_length=100)  # noqa: N815
    commonLabels: dict[Label, Label] = Field(default_factory=dict, max_length=100)  # noqa: N815
    commonAnnotations: dict[Label, LongText] = Field(default_factory=dict, max_length=100)  # noqa: N815
    externalURL: Line | None = None  # noqa: N815
    alerts: list[Alert] = Field(min_length=1, max_length=1000)

    def as_problem(self) -> Problem:
        return Problem.model_validate(problem_from_alert(self.model_dump()))


class CaseIn(_Strict):
    """`POST /api/v1/cases`: one troubleshooting case recorded directly, or from an alert group.

    With ``alert`` (an Alertmanager webhook body) and no ``problem``, the problem, its context,
    when it occurred and how long it took to resolve come from the alerts (`exporter.cases.alerts`).
    """

    title: str | None = Field(default=None, min_length=1, max_length=300)
    problem: Problem | None = None
    alert: AlertGroup | None = None
    steps: list[Step] = Field(default_factory=list, max_length=100)
    root_cause: RootCause = Field(default_factory=RootCause)
    solution: Solution = Field(default_factory=Solution)
    outcome: Outcome = Field(default_factory=Outcome)
    tags: list[Line] = Field(default_factory=list, max_length=30)
    author: str | None = Field(default=None, min_length=1, max_length=200)
    occurred_at: datetime | None = None

    @field_validator("occurred_at")
    @classmethod
    def _utc(cls, v: datetime | None) -> datetime | None:
        return None if v is None else as_utc(v)

    @field_validator("tags", "problem")
    @classmethod
    def _no_blank(cls, v):
        if isinstance(v, list) and any(not str(t).strip() for t in v):
            raise ValueError("tags must not be blank")
        return v

    @model_validator(mode="after")
    def _from_alert(self) -> CaseIn:
        if self.alert is None:
            if self.problem is None:
                raise ValueError("give the problem, or the alert group it came from")
            return self
        if self.problem is None:
            self.problem = self.alert.as_problem()
        started, seconds = alert_times(self.alert.model_dump())
        if self.occurred_at is None and started is not None:
            self.occurred_at = as_utc(started)
        if self.outcome.time_to_resolution_seconds is None and seconds is not None:
            self.outcome.time_to_resolution_seconds = seconds
        return self


class MatchIn(_Strict):
    """`POST /api/v1/cases/match`: a new problem, typed or a firing alert group; `session_id` links the
    answer to a troubleshooting session."""

    problem: LongText | None = Field(default=None, min_length=1)
    alert: AlertGroup | None = None
    symptoms: list[Line] = Field(default_factory=list, max_length=50)
    context: Context = Field(default_factory=Context)
    limit: int = Field(default=5, ge=1, le=50)
    session_id: str | None = Field(default=None, min_length=1, max_length=200)

    @model_validator(mode="after")
    def _from_alert(self) -> MatchIn:
        if self.alert is None:
            if self.problem is None:
                raise ValueError("give the problem, or the alert group to match")
            return self
        found = self.alert.as_problem()
        self.problem = f"{self.problem}\n{found.statement}" if self.problem else found.statement
        self.symptoms = [*self.symptoms, *found.symptoms][:50]
        for key, value in found.context.model_dump(exclude_none=True).items():
            if getattr(self.context, key) is None:
                setattr(self.context, key, value)
        return self


class OutcomeIn(_Strict):
    """`POST /api/v1/cases/<id>/outcome`: a suggested fix was applied, with this result."""

    status: OutcomeStatus
    time_to_resolution_seconds: float | None = Field(default=None, ge=0, allow_inf_nan=False)
    session_id: str | None = Field(default=None, min_length=1, max_length=200)
    comment: Line | None = None


class FeedbackIn(_Strict):
    """`POST /api/v1/feedback`: a rating of a case, a recommendation or a query answer."""

    target: Literal["case", "recommendation", "query"]
    id: str = Field(min_length=1, max_length=200)
    rating: Rating
    comment: Line | None = None
    user: str | None = Field(default=None, min_length=1, max_length=200)
    event_id: str | None = Field(default=None, min_length=1, max_length=200)  # makes a retry store nothing twice
    session_id: str | None = Field(default=None, min_length=1, max_length=200)  # where the rated case was matched

    @model_validator(mode="after")
    def _strip(self) -> FeedbackIn:
        self.id = self.id.strip()
        if not self.id:
            raise ValueError("id must not be blank")
        return self
