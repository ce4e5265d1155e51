"""What the AI helper may send: every API input is parsed into one of these models, or rejected."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import ConfigDict, Field, field_validator, model_validator

from exporter.inputs import Input, UtcDatetime, as_utc  # noqa: F401 - as_utc: imported from here by older modules

SESSION_TYPES = ("general", "form_assistance", "troubleshooting", "learning")
EVENT_KINDS = (
    "user_query",
    "llm_request",
    "llm_response",
    "action",
    "execution_result",
    "feedback",
    "page_context",
)
RATINGS = ("helpful", "not_helpful", "partially_helpful")

Id = Field(min_length=1, max_length=200, pattern=r"^[\w.:@/+-]+$")
UserId = Field(default=None, min_length=1, max_length=200)
LongText = Field(default="", max_length=65536)


class _Strict(Input):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)


#: Bounds on what an audit event may carry beyond its documented fields (`AuditEvent.extra`).
EXTRA_MAX_KEYS = 50
EXTRA_MAX_BYTES = 16384


class AuditEvent(_Strict):
    """One line of the AI helper's audit log.

    The reader is tolerant: a log line with fields this version does not know (a newer helper, a
    vendor's additions) keeps them under ``extra`` rather than losing the whole batch to a 400.
    ``extra`` is redacted like the rest of the row and bounded (`EXTRA_MAX_KEYS`, `EXTRA_MAX_BYTES`:
    a 4xx beyond them, since an unbounded blob is a mistake, not a log line). The fields real logs of
    LLM requests, responses and actions carry are first-class, so the learning pass can use them.
    """

    id: str = Id
    timestamp: datetime
    user: str | None = UserId
    org: str | None = Field(default=None, max_length=128)
    session_id: str = Id
    session_type: Literal["general", "form_assistance", "troubleshooting", "learning"]
    kind: Literal[
        "user_query", "llm_request", "llm_response", "action", "execution_result", "feedback", "page_context"
    ]
    text: str = LongText
    model: str | None = Field(default=None, max_length=200)
    data_sources: list[str] = Field(default_factory=list, max_length=50)
    execution_time_seconds: float | None = Field(default=None, ge=0, le=86400)
    success: bool | None = None
    rating: Literal["helpful", "not_helpful", "partially_helpful"] | None = None
    target: Literal["case", "recommendation", "query", "answer"] | None = None
    target_id: str | None = Field(default=None, max_length=200)
    command: str | None = Field(default=None, max_length=16384)
    page: dict[str, Any] | None = None
    execution_time_ms: float | None = Field(default=None, ge=0, le=86_400_000)
    prompt_tokens: int | None = Field(default=None, ge=0, le=100_000_000)
    output_tokens: int | None = Field(default=None, ge=0, le=100_000_000)
    action_type: str | None = Field(default=None, max_length=200)
    url: str | None = Field(default=None, max_length=4096)
    ref_id: str | None = Field(default=None, max_length=200)
    extra: dict[str, Any] = Field(default_factory=dict)

    _ts = field_validator("timestamp")(lambda cls, v: as_utc(v))

    @model_validator(mode="before")
    @classmethod
    def _unknown_into_extra(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        unknown = {k: data[k] for k in data if k not in cls.model_fields}
        if not unknown:
            return data
        extra = data.get("extra")
        merged = {**unknown, **(extra if isinstance(extra, dict) else {})}
        return {**{k: v for k, v in data.items() if k in cls.model_fields}, "extra": merged}

    @field_validator("extra")
    @classmethod
    def _bounded(cls, v: dict[str, Any]) -> dict[str, Any]:
        import json

        if len(v) > EXTRA_MAX_KEYS:
            raise ValueError(f"extra holds {len(v)} fields; at most {EXTRA_MAX_KEYS}")
        size = len(json.dumps(v, default=str))
        if size > EXTRA_MAX_BYTES:
            raise ValueError(f"extra is {size} bytes as JSON; at most {EXTRA_MAX_BYTES}")
        return v

    @model_validator(mode="after")
    def _kind_fields(self) -> AuditEvent:
        if self.kind == "feedback" and self.rating is None:
            raise ValueError("a feedback event needs a rating (helpful, not_helpful, partially_helpful)")
        if self.kind != "feedback" and self.rating is not None:
            raise ValueError("rating belongs only to feedback events")
        return self


def iana_zone(name: str) -> str:
    """``name`` if it is an IANA time zone; a ValueError naming it otherwise (a 4xx at the API)."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone {name!r}: use an IANA name such as Europe/Berlin") from exc
    return name


#: Bounds on the queries a summary says the helper ran (`QuerySummary.executed`): a question is answered by a
#: handful of queries, each a line or a short program, not a dump.
EXECUTED_MAX = 20
EXECUTED_QUERY_MAX_CHARS = 8192


class ExecutedQuery(_Strict):
    """One query the AI helper ran to answer the question: where (``datasource``: "prometheus", "loki", a
    Grafana datasource's name) and what (``query``: PromQL, LogQL, SQL, a kubectl line). Its label values name the
    org's things canonically (``service="permit-gateway"``), which is how the org's own names for them are learned
    (`detectors.learned_aliases`). Redacted like every other text before it is stored."""

    datasource: str = Field(default="", max_length=200)
    query: str = Field(min_length=1, max_length=EXECUTED_QUERY_MAX_CHARS)


class QuerySummary(_Strict):
    id: str | None = Field(default=None, min_length=1, max_length=200, pattern=r"^[\w.:@/+-]+$")
    user: str | None = UserId
    org: str | None = Field(default=None, max_length=128)
    session_id: str | None = Field(default=None, max_length=200)
    query_text: str = Field(min_length=1, max_length=8192)
    relative_expression: str | None = Field(default=None, max_length=200)
    range_start: datetime | None = None
    range_end: datetime | None = None
    result_summary: str = Field(default="", max_length=65536)
    headline_value: float | None = None
    key_insights: list[str] = Field(default_factory=list, max_length=100)
    data_sources: list[str] = Field(default_factory=list, max_length=50)
    execution_time_seconds: float = Field(default=0.0, ge=0, le=86400)
    success: bool = True
    executed_at: datetime | None = None
    personal: bool = False
    # The asker's IANA time zone (else the user's profile, the org's setting, the server's) and how
    # long this answer stays a hit (clamped by the server's cache_answer_ttl_* settings).
    tz: str | None = Field(default=None, max_length=64)
    ttl_seconds: float | None = Field(default=None, gt=0, le=7 * 86400)
    executed: list[ExecutedQuery] = Field(default_factory=list, max_length=EXECUTED_MAX)

    @field_validator("tz")
    @classmethod
    def _zone(cls, v: str | None) -> str | None:
        return None if v is None else iana_zone(v)

    @field_validator("range_start", "range_end", "executed_at")
    @classmethod
    def _utc(cls, v: datetime | None) -> datetime | None:
        return None if v is None else as_utc(v)

    @model_validator(mode="after")
    def _range_order(self) -> QuerySummary:
        if (self.range_start is None) != (self.range_end is None):
            raise ValueError("range_start and range_end come together")
        if self.range_start and self.range_end and self.range_start > self.range_end:
            raise ValueError("range_start is after range_end")
        return self


class AmAlert(Input):
    model_config = ConfigDict(extra="allow")
    status: Literal["firing", "resolved"]
    labels: dict[str, str]
    annotations: dict[str, str] = Field(default_factory=dict)
    startsAt: UtcDatetime  # noqa: N815 - Alertmanager's field names
    endsAt: UtcDatetime | None = None  # noqa: N815
    generatorURL: str | None = None  # noqa: N815
    fingerprint: str = Field(min_length=1, max_length=64)

    @field_validator("labels")
    @classmethod
    def _has_alertname(cls, v: dict[str, str]) -> dict[str, str]:
        if "alertname" not in v:
            raise ValueError("labels need an alertname")
        return v


class AlertmanagerWebhook(Input):
    model_config = ConfigDict(extra="allow")
    version: Literal["4"]
    status: Literal["firing", "resolved"]
    alerts: list[AmAlert] = Field(max_length=10000)
    groupKey: str | None = None  # noqa: N815
    receiver: str | None = None
    externalURL: str | None = None  # noqa: N815
