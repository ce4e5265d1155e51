"""When PostgreSQL goes away the exporter says so, keeps running, and recovers by itself."""

from __future__ import annotations

import json
import time
from urllib.parse import urlsplit, urlunsplit

from exporter.app import create_app
from exporter.config import Settings
from exporter.store import migrate
from tests.conftest import TOKENS, auth
from tests.tcp_proxy import TcpProxy


def _via(url: str, port: int) -> str:
    parts = urlsplit(url)
    netloc = parts.netloc.rsplit("@", 1)
    host = f"127.0.0.1:{port}"
    return urlunsplit(parts._replace(netloc=f"{netloc[0]}@{host}" if len(netloc) == 2 else host))


def _eventually(check, timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.2)
    return False


def _behind_proxy(pg_url: str, event_id: str):
    """An app whose PostgreSQL is reached through a TcpProxy the test can cut, and one event to send."""
    migrate(pg_url)
    target = urlsplit(pg_url)
    proxy = TcpProxy(target.hostname or "127.0.0.1", target.port or 5432)
    port = proxy.start()
    app = create_app(Settings(database_url=_via(pg_url, port), tokens=json.dumps(TOKENS)))
    event = {
        "id": event_id, "timestamp": "2026-11-20T10:00:00Z", "user": "alice", "session_id": "s",
        "session_type": "general", "kind": "user_query", "text": "hello",
    }
    return proxy, app, app.test_client(), event


def test_readyz_fails_while_postgres_is_unreachable_and_recovers(pg_url):
    proxy, app, client, event = _behind_proxy(pg_url, "o-1")
    try:
        assert client.get("/readyz").status_code == 200
        assert client.post("/api/v1/events", json=[event], headers=auth("tok-acme")).status_code == 201

        proxy.stop()
        assert _eventually(lambda: client.get("/readyz").status_code == 503)
        r = client.post("/api/v1/events", json=[{**event, "id": "o-2"}], headers=auth("tok-acme"))
        assert r.status_code == 503 and r.json == {"error": "store unavailable, retry later"}
        assert client.get("/healthz").status_code == 200, "the process itself stays alive"
        assert "aihelper_store_up 0.0" in client.get("/metrics").get_data(as_text=True)

        proxy.start()  # same port: the server is back
        assert _eventually(lambda: client.get("/readyz").status_code == 200)
        r = client.post("/api/v1/events", json=[{**event, "id": "o-2"}], headers=auth("tok-acme"))
        assert r.status_code == 201
    finally:
        proxy.stop()
        app.extensions["learning"].store.close()


def test_a_partition_answers_503_within_5_s_and_readyz_within_1_s(pg_url):
    """Packets vanish but no connection closes: requests must not hang for the whole partition."""
    proxy, app, client, event = _behind_proxy(pg_url, "p-1")
    try:
        assert client.post("/api/v1/events", json=[event], headers=auth("tok-acme")).status_code == 201
        proxy.blackhole()
        t0 = time.monotonic()
        r = client.post("/api/v1/events", json=[{**event, "id": "p-2"}], headers=auth("tok-acme"))
        took = time.monotonic() - t0
        assert r.status_code == 503 and took < 5.0, (r.status_code, took)
        for _ in range(3):  # a probe stuck on the partition is waited for, not piled up
            t0 = time.monotonic()
            assert client.get("/readyz").status_code == 503
            assert time.monotonic() - t0 < 1.0
        t0 = time.monotonic()
        r = client.get("/api/v1/recommendations", headers=auth("tok-acme"))
        assert r.status_code == 503 and time.monotonic() - t0 < 5.0, (r.status_code, time.monotonic() - t0)

        proxy.heal()
        assert _eventually(lambda: client.get("/readyz").status_code == 200)
        assert _eventually(lambda: client.post("/api/v1/events", json=[{**event, "id": "p-2"}],
                                                headers=auth("tok-acme")).status_code in (200, 201))
        ids = {r["event_id"] for r in app.extensions["learning"].store.query("SELECT event_id FROM audit_events")}
        assert ids == {"p-1", "p-2"}, "the acknowledged event survived and the refused one was stored on retry"
    finally:
        proxy.heal()
        proxy.stop()
        app.extensions["learning"].store.close()
