"""No input makes the API answer 5xx, and a rejected input stores nothing, on SQLite and PostgreSQL.

Two generators, both bounded to run in seconds per store:
- schemathesis reads /api/v1/openapi.json (the document spectree builds from the request models)
  and sends positive and negative cases to every operation through the WSGI app;
- a hypothesis test of our own takes a valid request for every route and plants one of the values
  that broke the server before (NaN, 1e308, 2**64, NUL, a lone surrogate, JSON nested 10,000 deep,
  a time with no UTC equivalent, an unbounded string) into a body field, the query string or a
  path parameter, and asserts a 4xx and an unchanged store.
"""

from __future__ import annotations

import json

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.generation.modes import GenerationMode

from exporter.store.schema import table_columns
from tests.conftest import auth

FAST = settings(max_examples=3, deadline=None, database=None, derandomize=True,
                suppress_health_check=list(HealthCheck))

EVENT = {"id": "f-1", "timestamp": "2026-11-20T10:00:00Z", "user": "alice", "session_id": "s-1",
         "session_type": "general", "kind": "user_query", "text": "why is checkout slow"}
QUERY = {"id": "fq-1", "query_text": "critical alerts in the last 24 hours", "headline_value": 3,
         "executed_at": "2026-11-20T10:00:00Z"}
ALERT = {"version": "4", "status": "firing", "alerts": [
    {"status": "firing", "labels": {"alertname": "HighCPU", "severity": "critical"}, "annotations": {"d": "x"},
     "startsAt": "2026-11-20T10:00:00Z", "fingerprint": "abc"}]}
CASE = {"problem": {"statement": "disk full on db-1", "context": {"environment": "prod"}},
        "steps": [{"command": "df -h", "output": "100%"}], "occurred_at": "2026-11-20T10:00:00Z"}

# One valid request per route: (method, path, body or None). Path and query values are fuzzed too.
VALID: list[tuple[str, str, object]] = [
    ("POST", "/api/v1/events", [EVENT]),
    ("POST", "/api/v1/queries", [QUERY]),
    ("POST", "/api/v1/alertmanager", ALERT),
    ("POST", "/api/v1/queries/lookup", {"text": "critical alerts in the last 24 hours", "now": "2026-11-20T11:00:00Z"}),
    ("POST", "/api/v1/queries/diff", {"text": "critical alerts today", "headline_value": 4.5, "key_insights": ["a"]}),
    ("GET", "/api/v1/queries/context?text=critical+alerts&value=3", None),
    ("POST", "/api/v1/cases", CASE),
    ("GET", "/api/v1/cases/c-1", None),
    ("POST", "/api/v1/cases/match", {"problem": "disk full", "symptoms": ["slow"], "limit": 3}),
    ("POST", "/api/v1/cases/c-1/outcome", {"status": "resolved", "time_to_resolution_seconds": 60}),
    ("POST", "/api/v1/feedback", {"target": "query", "id": "fq-1", "rating": "helpful", "comment": "ok"}),
    ("GET", "/api/v1/runbooks/r-1", None),
    ("GET", "/api/v1/recommendations?kind=spike&group=A/b/c", None),
    ("GET", "/api/v1/insights/context?group=HighCPU/critical/db&value=3&at=1795000000", None),
    ("GET", "/api/v1/insights/HighCPU/critical/db", None),
    ("GET", "/api/v1/patterns?limit=10&offset=0", None),
    ("GET", "/api/v1/patterns/1", None),
    ("POST", "/api/v1/patterns/clusters/assign", {"questions": ["why is the disk full"]}),
    ("GET", "/api/v1/users/me/profile?user=alice", None),
    ("GET", "/api/v1/users/me/preferences?user=alice", None),
    ("PUT", "/api/v1/users/me/preferences", {"contribute": True, "user": "alice"}),
    ("GET", "/api/v1/org/privacy", None),
    ("PUT", "/api/v1/org/privacy", {"store_pii": False, "retention_days": {}}),
    ("GET", "/api/v1/global/patterns", None),
    ("GET", "/api/v1/knowledge/case/c-1/versions", None),
    ("GET", "/api/v1/knowledge/case/c-1/versions/1", None),
    ("DELETE", "/api/v1/users/me/data?user=nobody-here", None),
]

NASTY_JSON = [
    float("nan"), float("inf"), 1e308, -1e308, 2**64, -(2**63) - 1, "a\x00b", "\ud800", "x" * 70_000,
    "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", 1e-320, [], {}, None, True, "",
]
NASTY_TEXT = ["nan", "inf", "1e308", str(2**64), "-" + str(2**63 + 1), "a%00b", "%ED%A0%80", "x" * 9000,
              "0001-01-01T00:00:00%2B14:00", ""]


def _leaves(value, path=()):
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _leaves(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _leaves(v, (*path, i))
    yield path


def _replace(value, path, new):
    if not path:
        return new
    copy = json.loads(json.dumps(value))
    node = copy
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = new
    return copy


def _snapshot(store) -> str:
    out = {}
    for table in table_columns(store):
        if table in ("job_runs", "hot_entries"):
            continue
        out[table] = store.scalar(f"SELECT count(*) FROM {table}")
    return json.dumps(out, sort_keys=True)


def _encode(body) -> bytes:
    # allow_nan: send NaN/Infinity the way a careless client's serializer does
    return json.dumps(body, allow_nan=True).encode("utf-8", "surrogatepass")


@st.composite
def mutated(draw):
    method, path, body = draw(st.sampled_from(VALID))
    where = draw(st.sampled_from(["body", "query", "path"] if body is not None else ["query", "path"]))
    if where == "body":
        leaf = draw(st.sampled_from(list(_leaves(body))))
        bad = draw(st.sampled_from([*NASTY_JSON, "DEEP"]))
        if bad == "DEEP":
            return method, path, ("[" * 10_000 + "]" * 10_000).encode()
        return method, path, _encode(_replace(body, leaf, bad))
    text = draw(st.sampled_from(NASTY_TEXT))
    raw = None if body is None else _encode(body)
    if where == "query":
        base, _, query = path.partition("?")
        pairs = [p.split("=", 1) for p in query.split("&") if p] or [["user", "x"]]
        i = draw(st.integers(0, len(pairs) - 1))
        pairs[i][1] = text
        return method, base + "?" + "&".join("=".join(p) for p in pairs), raw
    segments = path.split("?")[0].split("/")
    i = draw(st.integers(4, len(segments) - 1)) if len(segments) > 4 else len(segments) - 1
    segments[i] = text or "x"
    return method, "/".join(segments), raw


def test_planted_bad_values_get_a_4xx_and_store_nothing(client, app):
    store = app.extensions["learning"].store
    seen: list[int] = []

    @settings(FAST, max_examples=60)
    @given(mutated())
    def run(req):
        method, path, raw = req
        before = _snapshot(store)
        r = client.open(path, method=method, data=raw, headers={**auth("tok-acme-admin"),
                                                                 "Content-Type": "application/json"})
        seen.append(r.status_code)
        assert r.status_code < 500, f"{method} {path} {raw[:200] if raw else raw!r} -> {r.status_code} {r.get_data()[:300]}"
        if r.status_code >= 400:
            assert r.is_json and "error" in r.get_json(), "every error is a JSON body naming the problem"
            assert _snapshot(store) == before, f"{method} {path} was refused but changed the store"

    run()
    assert sum(400 <= s < 500 for s in seen) > len(seen) // 2, "the planted values should mostly be refused"


def test_every_valid_request_is_accepted(client):
    """The generator above starts from requests that work: otherwise a 4xx proves nothing."""
    for method, path, body in VALID:
        r = client.open(path, method=method, json=body, headers=auth("tok-acme-admin"))
        assert r.status_code < 500, (method, path, r.status_code, r.get_data()[:300])
        if not any(x in path for x in ("/c-1", "r-1", "/patterns/1", "insights/", "/global/")):  # none exist yet
            assert r.status_code < 400, (method, path, r.status_code, r.get_data()[:300])


def _fuzz_operation(op, mode, failures: list[str]) -> None:
    @FAST
    @given(case=op.as_strategy(generation_mode=mode))
    def run(case):
        response = case.call(headers=auth("tok-acme-admin"))
        if response.status_code >= 500:
            failures.append(f"{mode} {op.method.upper()} {op.path}: {response.status_code} "
                            f"{case.path_parameters} {case.query} {str(case.body)[:200]}")

    run()


def test_schemathesis_finds_no_server_error(app):
    """Positive and negative cases for every operation in the served document; zero 5xx."""
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
    failures: list[str] = []
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 27, "every route is in the document"
    for op in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            _fuzz_operation(op, mode, failures)
    assert not failures, "\n".join(failures[:20])


@pytest.mark.parametrize("encoding", ["chunked", "content-length"])
def test_an_over_limit_body_is_413_and_stores_nothing(settings, store, encoding):
    """Whatever the transfer encoding: before, a chunked body was cut at the limit and the rest stored under 201."""
    import io

    from exporter.app import create_app

    app = create_app(settings.model_copy(update={"max_body_bytes": 50_000}), store=store)
    lines = "\n".join(json.dumps({**EVENT, "id": f"big-{i}"}) for i in range(3000)).encode()
    headers = {**auth("tok-acme"), "Content-Type": "application/x-ndjson"}
    if encoding == "chunked":
        headers["Transfer-Encoding"] = "chunked"
        r = app.test_client().post("/api/v1/events", input_stream=io.BytesIO(lines), headers=headers,
                                   environ_overrides={"wsgi.input_terminated": True})  # as gunicorn sets it
    else:
        r = app.test_client().post("/api/v1/events", data=lines, headers=headers)
    assert r.status_code == 413, r.get_data()[:300]
    assert store.scalar("SELECT count(*) FROM audit_events") == 0
