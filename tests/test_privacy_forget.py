"""Delete-my-data: the person is gone from every table, tier and archive file; nobody else is touched.

The seed is generic on purpose: every table of the live schema with a person column gets a row for
the victim and one for a bystander, so a table another capability adds later is covered without
editing this test.
"""

from __future__ import annotations

import base64
import io
import json
import os
import time
import uuid
from datetime import UTC, datetime, timedelta

import pytest
import redis

from exporter.app import create_app
from exporter.service import Services
from exporter.store.schema import table_columns
from exporter.tiers.archive import Archive
from exporter.tiers.archive.files import read_lines
from exporter.tiers.forget import forget, resume_pending
from exporter.tiers.hot import RedisHot
from tests.conftest import auth

REDIS_URL = "redis://127.0.0.1:6379/15"
ORG = "acme"


class Crash(RuntimeError):
    pass


@pytest.fixture
def world(request, settings, store, tmp_path):
    """An app whose victim and bystander have rows everywhere: tables, hot tier (Redis), archive.

    The archive is a directory unless the test asks for "s3" (indirect parametrisation): then a
    versioned bucket, so a rewrite that left the old object as a noncurrent version would show.
    """
    tag = uuid.uuid4().hex[:10]
    victim, bystander = f"victim-{tag}", f"bystander-{tag}"
    tokens = {f"tok-v-{tag}": {"org": ORG, "user": victim, "role": "user"},
              f"tok-b-{tag}": {"org": ORG, "user": bystander, "role": "user"},
              f"tok-s-{tag}": {"org": ORG, "role": "service"},
              f"tok-a-{tag}": {"org": ORG, "role": "org_admin"}}
    key = base64.b64encode(os.urandom(32)).decode()
    update = {"tokens": json.dumps(tokens), "redis_url": REDIS_URL, "archive_key": key, "archive_rows_per_file": 7}
    bucket = None
    if getattr(request, "param", "directory") == "s3":
        bucket = request.getfixturevalue("s3_bucket")
        bucket.client.put_bucket_versioning(Bucket=bucket.name, VersioningConfiguration={"Status": "Enabled"})
        update.update(archive_url=bucket.url, archive_s3_endpoint_url=bucket.endpoint,
                      archive_staging_dir=tmp_path / "staging")
    s = settings.model_copy(update=update)
    # The hot tier in the real Redis, under this test's own prefix: other runs share the server
    # and their rows have the same ids, so a shared prefix would mix their entries with ours.
    hot = RedisHot(redis.Redis.from_url(REDIS_URL), prefix=f"lexp-{tag}:hot")
    app = create_app(s, services=Services.build(s, store, hot=hot))
    svc = app.extensions["learning"]
    client = app.test_client()
    markers = {victim: f"VMARK{tag}", bystander: f"BMARK{tag}"}
    now = datetime.now(UTC)
    for person, marker in markers.items():
        events = [
            {"id": f"{person}-e{i}", "timestamp": (now - timedelta(days=200 if i < 10 else 1, minutes=i)).isoformat(),
             "user": person, "session_id": f"{person}-s{i % 3}", "session_type": "troubleshooting",
             "kind": "user_query" if i % 4 else "feedback", "text": f"why is {marker}-{i} slow",
             **({"rating": "helpful", "target": "answer"} if i % 4 == 0 else {})}
            for i in range(16)
        ]
        assert client.post("/api/v1/events", json=events, headers=auth(f"tok-s-{tag}")).status_code == 201
        q = [{"id": f"{person}-q", "user": person, "query_text": f"error rate of {marker}-q last hour",
              "result_summary": f"{marker} summary", "personal": True}]
        assert client.post("/api/v1/queries", json=q, headers=auth(f"tok-s-{tag}")).status_code == 201
        svc.hot.put("result", ORG, f"k-{person}", f"{marker} cached".encode(), ttl=600, user=person)
    archive = Archive.from_settings(store, s)
    moved = archive.archive_before("audit_events", "ts", ORG, time.time() - 100 * 86400)
    moved_fb = archive.archive_before("feedback", "ts", ORG, time.time() - 100 * 86400)
    assert moved.rows == 20 and moved.files >= 2 and moved_fb.rows > 0
    seeded = _seed_every_person_table(store, {victim: markers[victim], bystander: markers[bystander]})
    yield {"app": app, "svc": svc, "client": client, "store": store, "victim": victim, "bystander": bystander,
           "markers": markers, "tag": tag, "archive": archive, "seeded": seeded, "settings": s, "bucket": bucket}
    for name in hot.r.scan_iter(match=f"lexp-{tag}:*"):
        hot.r.delete(name)


def _value(table: str, col, person: str, marker: str, n: int):
    special = {"org_id": ORG, "user_id": person, "author_id": person, "scope": "user", "status": "active",
               "session_id": f"{person}-s0", "case_id": f"{person}-case", "id": f"{person}-{table}-{n}"}
    if col.name in special:
        return special[col.name]
    if col.is_blob:
        return f"{marker}-{table}".encode()
    if col.is_text:
        return json.dumps({"m": f"{marker}-{table}-{col.name}"})
    return 1.0 if "at" in col.name or col.name.endswith("ts") else 1


def _seed_every_person_table(store, people: dict[str, str]) -> list[str]:
    """One row per person in every table that has a person column (or hangs off a session or case)."""
    seeded = []
    schema = table_columns(store)
    for table, cols in schema.items():
        names = {c.name for c in cols}
        if table == "deletion_requests" or "org_id" not in names:
            continue
        if not names & {"user_id", "author_id", "session_id", "case_id"}:
            continue
        for person, marker in people.items():
            use = [c for c in cols if not (c.name == "id" and not c.is_text)]
            row = {c.name: _value(table, c, person, marker, i) for i, c in enumerate(use)}
            if table == "runbook_versions":
                row["case_ids"] = json.dumps([f"{person}-case"])
            if table == "cases":
                row["id"] = f"{person}-case"
            store.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join(':' + c for c in row)}) "
                          "ON CONFLICT DO NOTHING", row)
        seeded.append(table)
    return seeded


def _leftovers(w, needles: list[str]) -> list[str]:
    """Every place a needle still appears: text and blob columns of every table, archive files, Redis."""
    found = []
    schema = table_columns(w["store"])
    for table, cols in schema.items():
        for row in w["store"].query(f"SELECT * FROM {table}"):
            for col in cols:
                v = row[col.name]
                blob = bytes(v) if isinstance(v, bytes | bytearray | memoryview) else str(v).encode()
                found += [f"{table}.{col.name}: {n}" for n in needles if n.encode() in blob]
    arc = w["archive"]
    for rel in arc.location.list():
        with arc.location.open(rel) as f:
            for line in read_lines(f, arc.key, rel):
                found += [f"archive {rel}: {n}" for n in needles if n.encode() in line]
    r = redis.Redis.from_url(REDIS_URL)
    for name in r.scan_iter(match="*"):
        try:  # other test runs share this Redis: their keys may be of any type, or change under us
            kind = r.type(name)
            value = r.get(name) if kind == b"string" else b" ".join(r.smembers(name)) if kind == b"set" else b""
        except redis.ResponseError:
            continue
        found += [f"redis {name!r}: {n}" for n in needles if n.encode() in name + b" " + (value or b"")]
    return found


def _bystander_rows(w) -> int:
    return len(_leftovers(w, [w["bystander"], w["markers"][w["bystander"]]]))


def test_forgetting_a_user_leaves_nothing_of_them_in_any_table_tier_or_archive(world):
    w = world
    needles = [w["victim"], w["markers"][w["victim"]]]
    assert len(_leftovers(w, needles)) > 40  # the seed reached tables, archive files and Redis
    others_before = _bystander_rows(w)

    r = w["client"].delete("/api/v1/users/me/data", headers=auth(f"tok-v-{w['tag']}"))

    assert r.status_code == 200, r.json
    receipt = r.json
    assert receipt["status"] == "done"
    assert receipt["counts"]["archived:audit_events"] == 10
    assert receipt["counts"]["audit_events"] == 6 + 1  # live events + the generic seed row
    assert receipt["counts"]["hot_entries:redis"] == 2  # the cached "result" and the query's live entry
    assert receipt["counts"]["cases"] == 1 and receipt["counts"]["query_executions"] >= 2
    assert _leftovers(w, needles) == []
    assert _bystander_rows(w) == others_before


def test_forgetting_twice_is_idempotent_and_the_second_receipt_is_empty(world):
    w = world
    first = forget(w["svc"], ORG, w["victim"], requested_by="cli")
    others = _bystander_rows(w)
    second = forget(w["svc"], ORG, w["victim"], requested_by="cli")
    assert first["total"] > 0
    assert second["status"] == "done" and second["total"] == 0
    assert _bystander_rows(w) == others


@pytest.mark.parametrize("crash_at", ["archive", "case_history", "audit_events", "sessions"])
def test_a_crash_midway_is_completed_by_the_next_run(world, crash_at):
    w = world
    needles = [w["victim"], w["markers"][w["victim"]]]

    def explode(step: str) -> None:
        if step == crash_at:
            raise Crash(step)

    with pytest.raises(Crash):
        forget(w["svc"], ORG, w["victim"], requested_by="cli", checkpoint=explode)
    assert _leftovers(w, needles)  # half done: the journal row still names the person
    resumed = resume_pending(w["svc"])

    assert len(resumed) == 1 and resumed[0]["status"] == "done"
    assert resumed[0]["counts"]["archived:audit_events"] == 10  # counts made before the crash are kept
    assert _leftovers(w, needles) == []


def test_an_org_admin_can_forget_a_member_but_a_user_or_the_service_cannot(world):
    w = world
    path = f"/api/v1/users/me/data?user={w['victim']}"
    assert w["client"].delete(path, headers=auth(f"tok-b-{w['tag']}")).status_code == 403
    assert w["client"].delete(path, headers=auth(f"tok-s-{w['tag']}")).status_code == 403
    assert _leftovers(w, [w["victim"]])
    done = w["client"].delete(path, headers=auth(f"tok-a-{w['tag']}"))
    assert done.status_code == 200 and done.json["total"] > 0
    assert _leftovers(w, [w["victim"], w["markers"][w["victim"]]]) == []


@pytest.mark.parametrize("world", ["s3"], indirect=True)
def test_forgetting_a_user_rewrites_their_archive_objects_in_s3_and_keeps_no_old_version(world):
    w = world
    needles = [w["victim"], w["markers"][w["victim"]]]
    bucket, arc = w["bucket"], w["archive"]
    before = {e["path"] for e in arc.entries()}
    bystander_archived = sorted(r["event_id"] for e in arc.entries() for r in arc.read_rows(e)
                                if r.get("user_id") == w["bystander"])
    assert bystander_archived and [n for n in _leftovers(w, needles) if n.startswith("archive ")]

    receipt = forget(w["svc"], ORG, w["victim"], requested_by="cli")

    assert receipt["counts"]["archived:audit_events"] == 10
    assert _leftovers(w, needles) == []
    after = {e["path"] for e in arc.entries()}
    assert after and not after & before  # every object held a victim row, so every one was rewritten
    assert sorted(r["event_id"] for e in arc.entries() for r in arc.read_rows(e)
                  if r.get("user_id") == w["bystander"]) == bystander_archived
    versions = bucket.client.list_object_versions(Bucket=bucket.name, Prefix=bucket.prefix)
    assert not versions.get("DeleteMarkers")
    kept = sorted(v["Key"][len(bucket.prefix):] for v in versions.get("Versions", []))
    assert kept == sorted(after)  # no noncurrent version of a rewritten object is left
    for v in versions["Versions"]:
        body = bucket.client.get_object(Bucket=bucket.name, Key=v["Key"], VersionId=v["VersionId"])["Body"].read()
        assert not any(n.encode() in line for line in read_lines(io.BytesIO(body), arc.key) for n in needles)


def test_question_vectors_only_the_person_asked_go_and_shared_ones_stay(world):
    """`text_vectors` is keyed by org and text, not person: a vector of a text only the victim asked is
    theirs (text can be recovered from it) and goes; a text the bystander asked too stays."""
    from exporter.usage import stage, textvec

    w, store = world, world["store"]
    at = (datetime.now(UTC) - timedelta(hours=2)).isoformat()
    shared = [{"id": f"{p}-shared", "timestamp": at, "user": p, "session_id": f"{p}-s9", "session_type": "general",
               "kind": "user_query", "text": "is checkout slow today"} for p in (w["victim"], w["bystander"])]
    assert w["client"].post("/api/v1/events", json=shared, headers=auth(f"tok-s-{w['tag']}")).status_code == 201
    stage.run_org(w["svc"], ORG, time.time())

    def texts(person: str) -> set[str]:
        rows = store.query("SELECT text FROM audit_events WHERE org_id = :o AND user_id = :u AND kind = 'user_query'",
                           {"o": ORG, "u": person})
        return {r["text"] for r in rows}

    def vectors() -> set[str]:
        return {r["digest"] for r in store.query("SELECT digest FROM text_vectors WHERE org_id = :o", {"o": ORG})}

    mine, theirs = texts(w["victim"]), texts(w["bystander"])
    both = mine & theirs
    assert both and mine - theirs and theirs - mine
    assert {textvec.digest(t) for t in mine | theirs} <= vectors(), "the pass stored every question's vector"

    receipt = forget(w["svc"], ORG, w["victim"], requested_by="cli")

    left = vectors()
    assert not {textvec.digest(t) for t in mine - theirs} & left
    assert {textvec.digest(t) for t in theirs} <= left, "the bystander's vectors, shared ones included, stay"
    assert receipt["counts"]["text_vectors"] >= len(mine - theirs)
