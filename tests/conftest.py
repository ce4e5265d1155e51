"""Shared fixtures: the same store tests run against SQLite and the real PostgreSQL.

Each PostgreSQL test gets its own schema (dropped afterwards), so tests never see each other's
rows. Where PostgreSQL cannot be reached the PostgreSQL half skips with the reason printed; with
CI=true that is a failure instead.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from urllib.parse import quote

import psycopg
import pytest

from exporter.app import create_app
from exporter.config import Settings
from exporter.store import migrate, open_store

PG_URL = os.environ.get("TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

TOKENS = {
    "tok-acme": {"org": "acme", "role": "service"},
    "tok-acme-alice": {"org": "acme", "user": "alice", "role": "user"},
    "tok-acme-bob": {"org": "acme", "user": "bob", "role": "user"},
    "tok-acme-admin": {"org": "acme", "role": "org_admin"},
    "tok-globex": {"org": "globex", "role": "service"},
    "tok-globex-carol": {"org": "globex", "user": "carol", "role": "user"},
    "tok-global": {"role": "global_reader"},
}


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


_pg_state: dict[str, str | None] = {}


def pg_unavailable_reason() -> str | None:
    if "reason" not in _pg_state:
        try:
            with psycopg.connect(PG_URL, connect_timeout=3) as conn:
                conn.execute("SELECT 1")
            _pg_state["reason"] = None
        except Exception as exc:
            _pg_state["reason"] = f"PostgreSQL at {PG_URL} unreachable: {exc}".strip()
    return _pg_state["reason"]


def require_pg() -> None:
    reason = pg_unavailable_reason()
    if reason is None:
        return
    if IN_CI:
        pytest.fail(f"CI=true and the real PostgreSQL is required: {reason}")
    print(f"\nSKIP (PostgreSQL): {reason}")
    pytest.skip(reason)


REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def require_redis() -> str:
    """The real Redis's URL; a printed skip where it is unreachable, a failure under CI=true."""
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=3).ping()
        return REDIS_URL
    except Exception as exc:
        reason = f"Redis at {REDIS_URL} unreachable: {exc}"
    if IN_CI:
        pytest.fail(f"CI=true and the real Redis is required: {reason}")
    print(f"\nSKIP (Redis): {reason}")
    pytest.skip(reason)


def require_tool(name: str) -> str:
    """The path of a Prometheus tool; a printed skip where missing, a failure under CI=true."""
    path = shutil.which(name)
    if path:
        return path
    reason = f"{name} not installed (scripts/install-prometheus.sh installs it)"
    if IN_CI:
        pytest.fail(f"CI=true: {reason}")
    print(f"\nSKIP: {reason}")
    pytest.skip(reason)


@pytest.fixture
def pg_url():
    """A database URL pointing at a fresh, private schema in the real PostgreSQL."""
    require_pg()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in PG_URL else "?"
    url = f"{PG_URL}{sep}options={quote(f'-csearch_path={schema}')}"
    try:
        yield url
    finally:
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'learning.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def store(database_url):
    migrate(database_url)
    s = open_store(database_url)
    yield s
    s.close()


@pytest.fixture
def settings(database_url, tmp_path):
    return Settings(database_url=database_url, tokens=json.dumps(TOKENS), archive_dir=tmp_path / "archive")


@pytest.fixture
def app(settings, store):
    application = create_app(settings, store=store)
    yield application
    application.extensions["learning"].stop()


@pytest.fixture
def client(app):
    return app.test_client()
