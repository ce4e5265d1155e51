"""One configuration object, loaded once from the environment (and an optional file), then passed in.

Nothing deeper in the code reads the environment: tests build a `Settings` directly and every
component receives what it needs from it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, field_validator
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
    learn_interval_seconds: int = Field(default=900, ge=10)
    ai_helper_url_template: str = "http://127.0.0.1:3000/ai-helper?context={context}"
    grafana_url: str | None = None
    grafana_token: str | None = None
    archive_dir: Path = Path("var/archive")
    tls_cert: Path | None = None
    tls_key: Path | None = None
    demo: bool = False

    @field_validator("database_url")
    @classmethod
    def _known_scheme(cls, v: str) -> str:
        if not (v.startswith("sqlite:///") or v.startswith(("postgresql://", "postgres://"))):
            raise ValueError("database_url must start with sqlite:/// or postgresql://")
        return v

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
