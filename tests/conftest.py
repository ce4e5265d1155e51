"""Shared fixtures: the same store tests run against SQLite and the real PostgreSQL.

Each PostgreSQL test gets its own schema (dropped afterwards), so tests never see each other's
rows. Where PostgreSQL cannot be reached the PostgreSQL half skips with the reason printed; with
CI=true that is a failure instead. The archive's object-store tests speak real HTTP to moto's S3
server on 127.0.0.1, one per test process, a fresh bucket per test.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import socket
import sqlite3
import subprocess
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn
from urllib.parse import quote

import numpy as np
import psycopg
import pytest
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

from exporter.app import create_app
from exporter.config import Settings
from exporter.store import migrate, open_store
from exporter.text import embeddings

PG_URL = os.environ.get("TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

# CI is a gate, so its property tests draw the same examples every run: a landing must not depend on
# which inputs one run happened to draw, nor on how busy the machine was (Hypothesis' too-slow health check
# and its per-example deadline time the draw and the run, so a loaded host fails a property that holds).
# Runs elsewhere keep drawing new ones, which is how a property that fails on a rare input gets found (and
# then pinned as an example).
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True, deadline=None,
                                     suppress_health_check=[HealthCheck.too_slow])
if IN_CI:
    hypothesis_settings.load_profile("ci")

class RememberingModel:
    """The real embedding model, loaded once per test process, remembering the vectors of each call.

    The same demo is embedded again by one worker's fixtures (each store's demo load of a module, a
    rerun that must store nothing twice): ~12 s of model time per demo on this machine. A call with
    the very texts (in the same order, with the same options) of an earlier call gets that call's
    array back, bit for bit what the model returns for that batch; any other call goes to the model.
    Vectors are not reused across different batches: a text's vector differs in the last bits with
    the batch it is padded in, and the scale-out tests compare learned rows of worker processes
    (which embed without this) with an in-process pass, exactly. Callers still go through
    `embeddings.embed`, so tests that count its calls still count them.
    """

    def __init__(self, load):
        self._load = load
        self._real = None
        self._calls: dict[tuple, np.ndarray] = {}

    def encode(self, texts, **options):
        if self._real is None:
            self._real = self._load()
        if isinstance(texts, str) or not options.get("convert_to_numpy", True):
            return self._real.encode(texts, **options)
        key = (tuple(texts), tuple(sorted(options.items())))
        if key not in self._calls:
            self._calls[key] = self._real.encode(texts, **options)
        return self._calls[key].copy()

    def __getattr__(self, name: str) -> Any:
        if self._real is None:
            self._real = self._load()
        return getattr(self._real, name)


_remembering = RememberingModel(embeddings.model)
embeddings.model = lambda: _remembering

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


def missing(part: str, reason: str) -> NoReturn:
    """A real part is missing: under CI=true that fails the test; elsewhere it skips, saying why."""
    if IN_CI:
        pytest.fail(f"CI=true and the real {part} is required: {reason}")
    print(f"\nSKIP ({part}): {reason}")
    pytest.skip(reason)


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
    missing("PostgreSQL", reason)


REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def require_redis() -> str:
    """The real Redis's URL; a printed skip where it is unreachable, a failure under CI=true."""
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=3).ping()
        return REDIS_URL
    except Exception as exc:
        reason = f"Redis at {REDIS_URL} unreachable: {exc}"
    missing("Redis", reason)


RABBITMQ_URL = os.environ.get("TEST_RABBITMQ_URL", "amqp://guest:guest@127.0.0.1:5672//")


def require_rabbitmq() -> str:
    """The real RabbitMQ's URL; a printed skip where it is unreachable, a failure under CI=true."""
    from kombu import Connection

    try:
        with Connection(RABBITMQ_URL, connect_timeout=3) as conn:
            conn.ensure_connection(max_retries=1)
        return RABBITMQ_URL
    except Exception as exc:
        reason = f"RabbitMQ at {RABBITMQ_URL} unreachable: {exc}"
    missing("RabbitMQ", reason)


def require_tool(name: str) -> str:
    """The path of a Prometheus tool; a printed skip where missing, a failure under CI=true."""
    path = shutil.which(name)
    if path:
        return path
    reason = f"{name} not installed (scripts/install-prometheus.sh installs it)"
    missing(name, reason)


def require_moto() -> Any:
    """moto's standalone server class; a printed skip where it is not installed, a failure under CI=true."""
    try:
        import boto3  # noqa: F401
        from moto.server import ThreadedMotoServer
    except ImportError as exc:
        reason = f"moto[server] and boto3 are needed for the S3 archive tests: {exc}"
        missing("S3", reason)
    return ThreadedMotoServer


@pytest.fixture(scope="session")
def s3_endpoint():
    """The URL of an S3 server (moto, real HTTP) on a free port of 127.0.0.1."""
    server_class = require_moto()
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = server_class(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@dataclass
class Bucket:
    url: str  # s3://bucket/prefix, what archive_url is set to
    endpoint: str
    name: str
    prefix: str
    client: Any


@pytest.fixture
def s3_bucket(s3_endpoint, monkeypatch) -> Bucket:
    """A fresh bucket; credentials go through the environment, the standard AWS chain production uses."""
    import boto3
    from botocore.config import Config

    for name, value in (("AWS_ACCESS_KEY_ID", "test-key"), ("AWS_SECRET_ACCESS_KEY", "test-secret"),
                        ("AWS_REGION", "us-east-1"), ("AWS_DEFAULT_REGION", "us-east-1")):
        monkeypatch.setenv(name, value)
    for name in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_S3"):
        monkeypatch.delenv(name, raising=False)
    client = boto3.client("s3", endpoint_url=s3_endpoint, config=Config(s3={"addressing_style": "path"}))
    name = f"archive-{uuid.uuid4().hex[:12]}"
    client.create_bucket(Bucket=name)
    return Bucket(f"s3://{name}/cold", s3_endpoint, name, "cold/", client)


@contextmanager
def private_pg_schema() -> Iterator[str]:
    """A database URL pointing at a fresh, private schema in the real PostgreSQL, dropped afterwards."""
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


def _schema_of(url: str) -> str:
    """The private schema a `private_pg_schema` URL points at."""
    return url.rsplit("search_path%3D", 1)[1]


@contextmanager
def backend_url(backend: str, folder: Path) -> Iterator[str]:
    """A store URL for a fixture parametrised over both stores, for fixtures wider than one test
    (module scope), which cannot take the function-scoped `database_url`."""
    if backend == "sqlite":
        yield f"sqlite:///{folder / 'learning.db'}"
    else:
        with private_pg_schema() as url:
            yield url


@pytest.fixture
def pg_url():
    """A database URL pointing at a fresh, private schema in the real PostgreSQL."""
    with private_pg_schema() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'learning.db'}"
    return request.getfixturevalue("pg_url")


_migrated: dict[str, Any] = {}


def _sqlite_template(folder: Path) -> Path:
    """A migrated SQLite file, built once per test process (its WAL folded in, so a file copy is whole)."""
    if "sqlite" not in _migrated:
        path = folder / "template.db"
        migrate(f"sqlite:///{path}")
        with closing(sqlite3.connect(path)) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        _migrated["sqlite"] = path
    return _migrated["sqlite"]


def _pg_template() -> tuple[str, str]:
    """(schema name, pg_dump script) of a schema migrated once per test process, then dropped.

    Migrating a fresh schema took ~1.2 s of every PostgreSQL test's setup (yoyo's lock, log and one
    transaction per migration, ~200 tests); replaying the dump of a migrated one takes one round trip.
    """
    if "pg" not in _migrated:
        with private_pg_schema() as url:
            schema = _schema_of(url)
            migrate(url)
            done = subprocess.run(
                ["pg_dump", "--dbname", PG_URL, "--schema", schema, "--inserts", "--no-owner", "--no-privileges"],
                capture_output=True, text=True, timeout=60,
            )
        if done.returncode != 0:
            missing("pg_dump", done.stderr.strip())
        lines = [
            line for line in done.stdout.splitlines()
            if not line.startswith("\\") and not line.startswith(f"CREATE SCHEMA {schema};")
        ]
        _migrated["pg"] = (schema, "\n".join(lines))
    return _migrated["pg"]


def restore_migrated(url: str, folder: Path) -> None:
    """Fill the fresh store at `url` with a copy of a migrated one, as `migrate(url)` would leave it
    (the migrations' tables, indexes, rows and yoyo's own records). A store that already holds
    something is migrated the ordinary way."""
    if url.startswith("sqlite:///"):
        target = Path(url.removeprefix("sqlite:///"))
        if target.exists():
            migrate(url)
        else:
            shutil.copyfile(_sqlite_template(folder), target)
        return
    schema = _schema_of(url)
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        if conn.execute("SELECT COUNT(*) FROM pg_tables WHERE schemaname = %s", (schema,)).fetchone()[0]:
            migrate(url)
            return
        template, script = _pg_template()
        conn.execute(script.replace(template, schema))


@pytest.fixture(scope="session")
def migrated_folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("migrated")


@pytest.fixture
def store(database_url, migrated_folder):
    restore_migrated(database_url, migrated_folder)
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


# The files that keep one xdist worker busy longest (their module fixtures load the demo, start real
# processes or wait on real timeouts), most expensive first: per-file seconds of one `--durations=0`
# run. `--dist loadfile` hands a worker one file at a time in collection order; by default xdist
# reorders files by their number of tests, which left the few-test, slow files (the Celery workers,
# the end-to-end stack) to the end and one worker idle for a minute while the other finished them.
SLOWEST_FILES = (
    "test_scaleout.py",
    "test_e2e_stack.py",
    "test_usage_api.py",
    "test_demo_load.py",
    "test_archive_moves.py",
    "test_alerts_rules.py",
    "test_privacy_forget.py",
    "test_querymem_api.py",
    "test_learning_demo.py",
    "test_store_outage.py",
    "test_graceful_stop.py",
    "test_cli.py",
    "test_tls.py",
    "test_edge_fuzz.py",
)


def pytest_configure(config):
    if hasattr(config.option, "loadscopereorder"):  # pytest-xdist's scheduler: keep the order below
        config.option.loadscopereorder = False


def pytest_collection_modifyitems(items):
    """Slowest files first, then the rest by their number of tests, most first (xdist's own guess), so
    the last files handed out are short ones. A stable sort: tests keep their order within a file,
    which the end-to-end module relies on for its last test."""
    rank = {name: i for i, name in enumerate(SLOWEST_FILES)}
    counts = Counter(item.path for item in items)
    items.sort(key=lambda item: (rank.get(item.path.name, len(SLOWEST_FILES)), -counts[item.path], str(item.path)))
