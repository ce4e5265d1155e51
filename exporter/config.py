"""One configuration object, loaded once from the environment (and an optional file), then passed in.

Nothing deeper in the code reads the environment: tests build a `Settings` directly and every
component receives what it needs from it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

Role = Literal["service", "user", "org_admin", "global_reader"]


class TokenGrant(BaseModel):
    """What one bearer token may do: it is bound to one org, and optionally to one user."""

    org: str | None = Field(default=None, min_length=1, max_length=128)
    user: str | None = Field(default=None, min_length=1, max_length=128)
    role: Role = "service"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LEARNING_EXPORTER_", env_file=None, extra="ignore")

    database_url: str = "sqlite:///var/learning.db"
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
    learn_interval_seconds: int = Field(default=900, ge=10)
    # The learning pass: history it reads, alert groups it follows (bounds metric cardinality), and how
    # far ahead a recurring peak becomes a `predictive` recommendation.
    learn_history_days: int = Field(default=56, ge=7, le=400)
    learn_top_groups: int = Field(default=50, ge=1, le=5000)
    learn_lead_time_hours: int = Field(default=24, ge=1, le=168)
    ai_helper_url_template: str = "http://127.0.0.1:3000/ai-helper?context={context}"
    grafana_url: str | None = None
    grafana_token: str | None = None
    archive_dir: Path = Path("var/archive")
    # Privacy and retention (exporter/retention.py, exporter/archive, exporter/privacy).
    # file:///path or s3://bucket/prefix; overrides archive_dir. S3 credentials and region come from the
    # standard AWS chain (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_REGION, a profile, pod identity).
    archive_url: str | None = None
    archive_s3_endpoint_url: str | None = None  # an S3-compatible store (MinIO, Ceph): http(s)://host:port
    archive_staging_dir: Path | None = None  # local disk for files before upload; default <tmp>/learning-exporter-archive
    archive_key: str | None = None  # base64 of 32 bytes: archive files are AES-256-GCM encrypted when set
    archive_rows_per_file: int = Field(default=100_000, ge=100)
    retention_days: str = "{}"  # JSON {kind: days}: overrides the tier defaults in exporter/retention.py
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

    @model_validator(mode="after")
    def _tls_pair(self) -> Settings:
        """Half a TLS configuration would silently serve plain HTTP; a missing file would fail only at bind."""
        if (self.tls_cert is None) != (self.tls_key is None):
            raise ValueError("tls_cert and tls_key must be set together")
        for path in (self.tls_cert, self.tls_key):
            if path is not None and not path.is_file():
                raise ValueError(f"{path} is not a readable file")
        return self

    def token_grants(self) -> dict[str, TokenGrant]:
        raw = self.tokens_file.read_text() if self.tokens_file else self.tokens
        data = json.loads(raw or "{}")
        if not isinstance(data, dict):
            raise ValueError("tokens must be a JSON object {token: {org, user, role}}")
        return {tok: TokenGrant.model_validate(g) for tok, g in data.items()}

    def redaction_class_set(self) -> set[str] | None:
        if self.redaction_classes is None:
            return None
        return {c.strip() for c in self.redaction_classes.split(",") if c.strip()}
