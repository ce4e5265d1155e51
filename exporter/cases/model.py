"""What the AI helper may send about cases: every input is parsed into one of these, or rejected."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import ConfigDict, Field, field_validator, model_validator

from exporter.inputs import Input, as_utc

Short = Field(default=None, max_length=500)
Text = Field(default="", max_length=8192)
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
    statement: str = Field(min_length=1, max_length=8192)
    symptoms: list[str] = Field(default_factory=list, max_length=50)
    context: Context = Field(default_factory=Context)
    keywords: list[str] = Field(default_factory=list, max_length=50)


class Step(_Strict):
    command: str = Field(min_length=1, max_length=4096)
    output: str = Text
    found: bool | None = None  # did this step find something (None: unknown)


class RootCause(_Strict):
    issue: str | None = Short
    location: str | None = Short
    reason: str | None = Field(default=None, max_length=2000)


class Solution(_Strict):
    immediate_fix: str | None = Field(default=None, max_length=4096)
    permanent_fix: str | None = Field(default=None, max_length=4096)
    commands: list[str] = Field(default_factory=list, max_length=50)


class Outcome(_Strict):
    status: OutcomeStatus = "resolved"
    time_to_resolution_seconds: float | None = Field(default=None, ge=0, le=90 * 86400)
    user_rating: Rating | None = None


class CaseIn(_Strict):
    """`POST /api/v1/cases`: one troubleshooting case recorded directly."""

    title: str | None = Field(default=None, min_length=1, max_length=300)
    problem: Problem
    steps: list[Step] = Field(default_factory=list, max_length=100)
    root_cause: RootCause = Field(default_factory=RootCause)
    solution: Solution = Field(default_factory=Solution)
    outcome: Outcome = Field(default_factory=Outcome)
    tags: list[str] = Field(default_factory=list, max_length=30)
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


class MatchIn(_Strict):
    """`POST /api/v1/cases/match`: a new problem; `session_id` links the answer to a troubleshooting session."""

    problem: str = Field(min_length=1, max_length=8192)
    symptoms: list[str] = Field(default_factory=list, max_length=50)
    context: Context = Field(default_factory=Context)
    limit: int = Field(default=5, ge=1, le=50)
    session_id: str | None = Field(default=None, min_length=1, max_length=200)


class OutcomeIn(_Strict):
    """`POST /api/v1/cases/<id>/outcome`: a suggested fix was applied, with this result."""

    status: OutcomeStatus
    time_to_resolution_seconds: float | None = Field(default=None, ge=0, le=90 * 86400)
    session_id: str | None = Field(default=None, min_length=1, max_length=200)
    comment: str | None = Field(default=None, max_length=2000)


class FeedbackIn(_Strict):
    """`POST /api/v1/feedback`: a rating of a case, a recommendation or a query answer."""

    target: Literal["case", "recommendation", "query"]
    id: str = Field(min_length=1, max_length=200)
    rating: Rating
    comment: str | None = Field(default=None, max_length=2000)
    user: str | None = Field(default=None, min_length=1, max_length=200)
    event_id: str | None = Field(default=None, min_length=1, max_length=200)  # makes a retry store nothing twice

    @model_validator(mode="after")
    def _strip(self) -> FeedbackIn:
        self.id = self.id.strip()
        if not self.id:
            raise ValueError("id must not be blank")
        return self
