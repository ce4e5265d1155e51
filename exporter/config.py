"""One configuration object, loaded once from the environment (and an optional file), then passed in.

Nothing deeper in the code reads the environment: tests build a `Settings` directly and every
component receives what it needs from it.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

Role = Literal["service", "user", "org_admin", "global_reader"]


class TokenGrant(BaseModel):
    """What one bearer token may do: it is bound to one org, and optionally to one user."""

    model_config = ConfigDict(extra="forbid")  # a misspelt "usr" would silently widen the grant

    org: str | None = Field(default=None, min_length=1, max_length=128)
    user: str | None = Field(default=None, min_length=1, max_length=128)
    role: Role = "service"

    @model_validator(mode="after")
    def _usable(self) -> TokenGrant:
        """A grant that could only ever answer 403 is a configuration mistake, refused at start."""
        if self.role == "user" and (self.user is None or self.org is None):
            raise ValueError("a 'user' token needs both an org and a user")
        if self.role in ("service", "org_admin") and self.org is None:
            raise ValueError(f"a '{self.role}' token needs an org")
        if self.role == "global_reader" and self.user is not None:
            raise ValueError("a 'global_reader' token reads aggregates only and cannot be bound to a user")
        return self


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LEARNING_EXPORTER_", env_file=None, extra="ignore")

    database_url: str = "sqlite:///var/learning.db"
    # PostgreSQL: how long a request's statement may wait for an answer before the request gets
    # 503 (a partition must not hang requests), and the server-side bound on any one statement.
    database_request_timeout_seconds: float = Field(default=3.0, gt=0, le=60)
    database_statement_timeout_seconds: float = Field(default=300.0, gt=0, le=86400)
    redis_url: str | None = None
    host: str = "127.0.0.1"
    port: int = Field(default=9464, ge=1, le=65535)
    # JSON object {token: {"org": ..., "user": ..., "role": ...}}, or the path of a JSON file with it.
    tokens: str = "{}"
    tokens_file: Path | None = None
    max_body_bytes: int = Field(default=10 * 1024 * 1024, gt=0)
    max_batch_events: int = Field(default=5000, gt=0)
    redaction_classes: str | None = None  # comma-separated; None = the redaction module's defaults
    timezone: str = "UTC"
    cache_ttl_seconds: int = Field(default=2 * 3600, ge=3600, le=4 * 3600)
    # Query memory: TTL per subject ("alerts=3600,metrics=14400", each 1-4 h; others use cache_ttl_seconds)
    # and the similarity thresholds (measured in bench/RESULTS.md, query cache section).
    cache_ttl_by_subject: str = ""
    cache_hit_similarity: float = Field(default=0.6, ge=0, le=1)
    cache_partial_similarity: float = Field(default=0.7, ge=0, le=1)
    # A TTL the AI helper sends with an answer is clamped to [min, max]; an expired answer still
    # serves partials for `cache_partial_horizon_seconds` (query rows are kept 60 days by retention).
    cache_answer_ttl_min_seconds: int = Field(default=60, ge=1)
    cache_answer_ttl_max_seconds: int = Field(default=24 * 3600, ge=60, le=7 * 86400)
    cache_partial_horizon_seconds: int = Field(default=7 * 86400, ge=0, le=60 * 86400)
    # An answer sent without a TTL stays fresh for max(its subject's TTL, ratio x the length of the range
    # it covers), at most cache_answer_ttl_max_seconds: "the last 7 days" changes little in 2 h. 0 = off.
    cache_ttl_window_ratio: float = Field(default=0.15, ge=0, le=1)
    learn_interval_seconds: int = Field(default=900, ge=10)
    # Learning on Celery workers (exporter/scaleout): redis://, rediss://, amqp:// or amqps://; unset learns
    # in process. A task (one org, one stage) is stopped after the time limit and reported failed.
    celery_broker_url: str | None = None
    celery_task_time_limit_seconds: int = Field(default=900, ge=10)
    celery_queue: str = Field(default="learning-exporter", min_length=1, max_length=200, pattern=r"^[A-Za-z0-9_.:-]+$")
    # The learning pass: history it reads, alert groups it follows (bounds metric cardinality), and how
    # far ahead a recurring peak becomes a `predictive` recommendation.
    learn_history_days: int = Field(default=56, ge=7, le=400)
    learn_top_groups: int = Field(default=50, ge=1, le=5000)
    learn_lead_time_hours: int = Field(default=24, ge=1, le=168)
    # Replaying or backfilling history: the service's scheduled passes run as of this time (advancing
    # with the wall clock from the service's start) instead of now, like `learning-exporter learn --now`.
    learn_now: datetime | None = None
    ai_helper_url_template: str = "http://127.0.0.1:3000/ai-helper?context={context}"
    grafana_url: str | None = None
    grafana_token: str | None = None
    archive_dir: Path = Path("var/archive")
    # Privacy and retention (exporter/tiers, exporter/privacy).
    # file:///path or s3://bucket/prefix; overrides archive_dir. S3 credentials and region come from the
    # standard AWS chain (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_REGION, a profile, pod identity).
    archive_url: str | None = None
    archive_s3_endpoint_url: str | None = None  # an S3-compatible store (MinIO, Ceph): http(s)://host:port
    archive_staging_dir: Path | None = None  # local disk for files before upload; default <tmp>/learning-exporter-archive
    archive_key: str | None = None  # base64 of 32 bytes: archive files are AES-256-GCM encrypted when set
    archive_rows_per_file: int = Field(default=100_000, ge=100)
    retention_days: str = "{}"  # JSON {kind: days}: overrides the tier defaults in exporter/tiers/retention.py
    global_min_contributors: int = Field(default=5, ge=2)  # k of the k-anonymity of global patterns
    tls_cert: Path | None = None
    tls_key: Path | None = None
    demo: bool = False
    # Troubleshooting memory: a case's confidence halves every `case_half_life_days` without a
    # confirmation, and a case not confirmed for `case_revalidate_days` is flagged stale.
    case_half_life_days: float = Field(default=90.0, gt=0)
    case_revalidate_days: float = Field(default=180.0, gt=0)

    @field_validator("database_url")
    @classmethod
    def _known_scheme(cls, v: str) -> str:
        if not (v.startswith("sqlite:///") or v.startswith(("postgresql://", "postgres://"))):
            raise ValueError("database_url must start with sqlite:/// or postgresql://")
        return v

    @field_validator("archive_url")
    @classmethod
    def _archive_scheme(cls, v: str | None) -> str | None:
        """A typo here would only surface at the first retention pass, hours after start."""
        if v and not (v.startswith("file:///") or (v.startswith("s3://") and len(v) > len("s3://"))):
            raise ValueError("archive_url must be file:///path or s3://bucket/prefix")
        return v

    @field_validator("celery_broker_url")
    @classmethod
    def _broker_scheme(cls, v: str | None) -> str | None:
        """A typo would otherwise surface only when the first pass tries to enqueue."""
        if v and not v.startswith(("redis://", "rediss://", "amqp://", "amqps://")):
            raise ValueError("celery_broker_url must start with redis://, rediss://, amqp:// or amqps://")
        return v or None

    @model_validator(mode="after")
    def _tls_pair(self) -> Settings:
        """Half a TLS configuration would silently serve plain HTTP; a missing file would fail only at bind."""
        if (self.tls_cert is None) != (self.tls_key is None):
            raise ValueError("tls_cert and tls_key must be set together")
        for path in (self.tls_cert, self.tls_key):
            if path is not None and not path.is_file():
                raise ValueError(f"{path} is not a readable file")
        return self

    @field_validator("retention_days")
    @classmethod
    def _retention(cls, v: str) -> str:
        """Malformed JSON here broke only the first retention pass, hours after a clean start."""
        from exporter.tiers.retention import POLICIES

        try:
            data = json.loads(v or "{}")
        except ValueError as exc:
            raise ValueError(f"retention_days must be a JSON object {{kind: days}}: {exc}") from exc
        if not isinstance(data, dict):
            raise ValueError("retention_days must be a JSON object {kind: days}")
        for kind, days in data.items():
            policy = next((p for p in POLICIES if p.table == kind and p.days is not None), None)
            if policy is None:
                known = ", ".join(sorted(p.table for p in POLICIES if p.days is not None))
                raise ValueError(f"retention_days: {kind!r} has no age-based retention (known: {known})")
            if isinstance(days, bool) or not isinstance(days, int | float):
                raise ValueError(f"retention_days: {kind} must be a number of days, got {days!r}")
            lo, hi = policy.limits()
            if not lo <= days <= hi:
                raise ValueError(f"retention_days: {kind} = {days} is outside {lo:g}-{hi:g} days")
        return v

    @field_validator("timezone")
    @classmethod
    def _zone(cls, v: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(v)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"timezone {v!r} is not an IANA time zone name (e.g. Europe/Berlin)") from exc
        return v

    @field_validator("cache_ttl_by_subject")
    @classmethod
    def _ttls(cls, v: str) -> str:
        from exporter.querymem.policy import parse_ttls

        parse_ttls(v)  # raises ValueError naming the bad part
        return v

    @field_validator("redaction_classes")
    @classmethod
    def _classes(cls, v: str | None) -> str | None:
        from exporter.privacy.redaction import REDACTION_TYPES

        unknown = sorted({c.strip() for c in (v or "").split(",") if c.strip()} - set(REDACTION_TYPES))
        if unknown:
            raise ValueError(f"redaction_classes: unknown {unknown}; choose from {', '.join(sorted(REDACTION_TYPES))}")
        return v

    @field_validator("archive_key")
    @classmethod
    def _key(cls, v: str | None) -> str | None:
        if v:
            from exporter.tiers.archive.files import parse_key

            parse_key(v)  # base64 of exactly 32 bytes, or ValueError
        return v

    @field_validator("redis_url")
    @classmethod
    def _redis(cls, v: str | None) -> str | None:
        if v and not v.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError("redis_url must start with redis://, rediss:// or unix://")
        return v

    @field_validator("grafana_url", "archive_s3_endpoint_url")
    @classmethod
    def _http(cls, v: str | None) -> str | None:
        if v and not v.startswith(("http://", "https://")):
            raise ValueError("must be an http:// or https:// URL")
        return v

    @field_validator("ai_helper_url_template")
    @classmethod
    def _template(cls, v: str) -> str:
        """Every recommendation and annotation links back through it: a template without
        {context} would send every person to the same page."""
        if not v.startswith(("http://", "https://")) or "{context}" not in v:
            raise ValueError("ai_helper_url_template must be an http(s) URL containing {context}")
        try:
            v.format(context="x")
        except (KeyError, IndexError, ValueError) as exc:
            raise ValueError(f"ai_helper_url_template: only {{context}} may be a placeholder ({exc})") from exc
        return v

    @model_validator(mode="after")
    def _tokens_load(self) -> Settings:
        """Tokens are read and checked once at start: a malformed file or a grant that cannot work
        is refused with its token named by position, never printed."""
        if self.tokens_file is not None and not self.tokens_file.is_file():
            raise ValueError(f"tokens_file {self.tokens_file} is not a readable file")
        try:
            self.token_grants()
        except ValidationError as exc:
            raise ValueError(f"tokens: {exc.errors(include_url=False, include_input=False)}") from None
        except ValueError as exc:
            raise ValueError(f"tokens: {exc}") from None
        if self.grafana_token and not self.grafana_url:
            raise ValueError("grafana_token is set but grafana_url is not")
        return self

    def token_grants(self) -> dict[str, TokenGrant]:
        raw = self.tokens_file.read_text() if self.tokens_file else self.tokens
        data = json.loads(raw or "{}")
        if not isinstance(data, dict):
            raise ValueError("tokens must be a JSON object {token: {org, user, role}}")
        grants = {}
        for n, (tok, g) in enumerate(data.items(), start=1):
            if not tok.strip():
                raise ValueError(f"token #{n} is empty")
            try:
                grants[tok] = TokenGrant.model_validate(g)
            except ValidationError as exc:
                messages = "; ".join(e["msg"] for e in exc.errors(include_url=False, include_input=False))
                raise ValueError(f"token #{n}: {messages}") from None
        return grants

    def redaction_class_set(self) -> set[str] | None:
        if self.redaction_classes is None:
            return None
        return {c.strip() for c in self.redaction_classes.split(",") if c.strip()}
