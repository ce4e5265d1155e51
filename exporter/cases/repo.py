"""Cases in the store: building a row from a (redacted) case, reading it back, and its history.

A case is stored once, with the text used to match it (`search_text`, with only noise such as
UUIDs and pod hashes removed: identifiers and versions are evidence) and its embedding. Every write that changes what the matcher indexes bumps the
org's row in `case_index_versions` in the same transaction, so each replica's in-memory index
knows, with one primary-key lookup, when to rebuild.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from detectors.text_normalize import denoise
from exporter.cases.model import CaseIn
from exporter.cases.quality import QualityPolicy, quality
from exporter.scoping import Principal, visible
from exporter.store import Store, from_json, to_json
from exporter.store.base import Conn
from exporter.text.embeddings import VECTOR_VERSION, embed, to_blob, whole_text_vectors

if TYPE_CHECKING:
    from exporter.privacy.gate import Gate  # the privacy package reaches back here through forget

CASE_COLUMNS = (
    "id", "org_id", "author_id", "user_id", "scope", "title", "problem", "steps", "root_cause", "solution", "outcome",
    "search_text", "embedding", "tags", "confidence", "reuse_count", "status", "source_session_id",
    "created_at", "updated_at", "last_confirmed_at", "helpful_count", "partial_count", "not_helpful_count",
    "resolution_count", "resolution_seconds_total", "failure_count", "last_success_at", "last_failed_at",
    "embedding_version",
)
# Everything but the embedding and the reading that made it: what scoring and rendering need.
FIELDS = ", ".join(c for c in CASE_COLUMNS if c not in ("embedding", "embedding_version"))
INITIAL_CONFIDENCE = {"resolved": 0.6, "partially": 0.5, "not_resolved": 0.3}
RATING_COLUMN = {"helpful": "helpful_count", "partially_helpful": "partial_count", "not_helpful": "not_helpful_count"}
OUTPUT_EXCERPT = 600


def new_case_id() -> str:
    return f"case-{uuid.uuid4().hex[:16]}"


def session_case_id(org: str, session_id: str) -> str:
    """Deterministic, so assembling the same session twice can only ever name one case."""
    return "case-" + hashlib.sha256(f"{org}\x00{session_id}".encode()).hexdigest()[:16]


def title_of(doc: dict[str, Any]) -> str:
    if doc.get("title"):
        return doc["title"]
    first = doc["problem"]["statement"].strip().splitlines()[0]
    return first[:200]


def matching_text(doc: dict[str, Any]) -> str:
    """The problem as the matcher sees it: statement, symptoms, keywords, root cause, what was found.

    Commands and outputs that found something carry exact tokens (OOMKilled, ECONNREFUSED, exit
    code 137) a new report is likely to quote; steps that found nothing are left out.
    """
    p = doc["problem"]
    parts = [title_of(doc), p["statement"], *p.get("symptoms", []), *p.get("keywords", []), *doc.get("tags", [])]
    rc = doc.get("root_cause") or {}
    parts += [rc.get("issue") or "", rc.get("location") or ""]
    for step in doc.get("steps", []):
        if step.get("found") is not False:
            parts.append((step.get("output") or "")[:OUTPUT_EXCERPT])
    return denoise("\n".join(x for x in parts if x))


def fix_text(solution: dict[str, Any] | None) -> str:
    """The fix as the matcher's lexical side reads it: immediate and permanent fix and the commands, noise removed.

    A report often names what the fix touches (the quota, the pool size, the config repo, a package), and the
    plain BM25 baseline reads the fix too. Not in `search_text`, which the cause miner also reads
    (`learning.causes`): the index joins the two when it loads (`lexical_text`).
    """
    return denoise("\n".join(text for _, text in fix_parts(solution)))


def fix_parts(solution: dict[str, Any] | None) -> list[tuple[str, str]]:
    """The fix as written, part by part: ("fix", the immediate and the permanent fix), then ("fix command", each
    command); the string fields only (`fix_text` indexes them, `matching.case_passages` names them in `why`)."""
    if not isinstance(solution, dict):  # a row written before the schema held it, or none: no fix to read
        return []
    parts = [("fix", solution.get("immediate_fix")), ("fix", solution.get("permanent_fix")),
             *(("fix command", c) for c in solution.get("commands") or [])]
    return [(kind, text) for kind, text in parts if isinstance(text, str) and text]


def lexical_text(search_text: str, solution: dict[str, Any] | None) -> str:
    """What the matcher's lexical side indexes for a case: its `search_text` and its `fix_text`."""
    fix = fix_text(solution)
    return f"{search_text}\n{fix}" if fix else search_text


def embedding_text(doc: dict[str, Any]) -> str:
    """The problem as reported: title, statement, symptoms (the model reads 256 word pieces).

    Not the root cause: a new report describes symptoms, and two records of one problem with
    different causes should be equally similar to it, so context and quality can decide between
    them (the lexical text still holds the cause, whose exact words a report may quote).
    """
    p = doc["problem"]
    return denoise(" | ".join(x for x in [title_of(doc), p["statement"], *p.get("symptoms", [])] if x))


def build_row(
    doc: dict[str, Any],
    org: str,
    author: str | None,
    now: float,
    *,
    case_id: str | None = None,
    source_session_id: str | None = None,
    occurred_at: float | None = None,
    vector: np.ndarray | None = None,
    confirmed_at: float | None = None,
) -> dict[str, Any]:
    """A `cases` row from a redacted case document (the shape of `CaseIn`).

    A resolved case counts as confirmed when someone vouched for it: at `confirmed_at` (a
    session's end), else now, when it is recorded, even if it happened years ago, so imported
    history starts with its evidence intact instead of already decayed.
    """
    outcome = dict(doc.get("outcome") or {})
    status = outcome.get("status", "resolved")
    ttr = outcome.get("time_to_resolution_seconds")
    rating = outcome.get("user_rating")
    when = occurred_at or now
    row = {
        "id": case_id or new_case_id(),
        "org_id": org,
        "author_id": author,
        "user_id": author,
        "scope": "org",
        "title": title_of(doc),
        "problem": to_json(doc["problem"]),
        "steps": to_json(doc.get("steps", [])),
        "root_cause": to_json(doc.get("root_cause") or {}),
        "solution": to_json(doc.get("solution") or {}),
        "outcome": to_json(outcome),
        "search_text": matching_text(doc),
        "embedding": None if vector is None else to_blob(vector),
        "embedding_version": None if vector is None else VECTOR_VERSION,
        "tags": to_json(doc.get("tags", [])),
        "confidence": INITIAL_CONFIDENCE[status],
        "reuse_count": 0,
        "status": "active",
        "source_session_id": source_session_id,
        "created_at": when,
        "updated_at": now,
        "last_confirmed_at": (confirmed_at or now) if status == "resolved" else None,
        "helpful_count": 0,
        "partial_count": 0,
        "not_helpful_count": 0,
        "resolution_count": 1 if ttr is not None and status != "not_resolved" else 0,
        "resolution_seconds_total": float(ttr) if ttr is not None and status != "not_resolved" else 0.0,
        "failure_count": 0,
        "last_success_at": None,
        "last_failed_at": None,
    }
    if rating in RATING_COLUMN:
        row[RATING_COLUMN[rating]] = 1
    return row


def insert_rows(conn: Conn, rows: Sequence[dict[str, Any]], now: float) -> list[str]:
    """Insert cases that are not there yet (by id, or by org and source session); returns the new ids."""
    if not rows:
        return []
    by_org: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_org.setdefault(r["org_id"], []).append(r)
    new: list[str] = []
    for org, part in by_org.items():
        # Columns no row sets keep their default (NULL): an all-NULL array has no type PostgreSQL can infer.
        columns = [c for c in CASE_COLUMNS if any(r.get(c) is not None for r in part)]
        ids = conn.insert_new("cases", columns, part, "", "id", chunk=200)
        if ids:
            bump_version(conn, org)
            conn.executemany(
                "INSERT INTO case_history (org_id, case_id, ts, change, confidence_before, confidence_after, detail) "
                "VALUES (:org_id, :id, :ts, 'created', NULL, :confidence, :detail)",
                [
                    {**r, "ts": now, "detail": to_json({"source": "session" if r["source_session_id"] else "api"})}
                    for r in part
                    if r["id"] in set(ids)
                ],
            )
        new.extend(ids)
    return new


def bump_version(conn: Conn, org: str) -> None:
    conn.execute(
        "INSERT INTO case_index_versions (org_id, version) VALUES (:org, 1) "
        "ON CONFLICT (org_id) DO UPDATE SET version = case_index_versions.version + 1",
        {"org": org},
    )


def save_vectors(store: Store, org: str, vectors: list[tuple[str, bytes]], stamped: list[str], version: int) -> None:
    """Store cases' vectors read again (`vectors`: id and blob) and stamp the ones whose vector already is that
    reading's (`stamped`), in one transaction; serving indexes reload only when a vector changed. Kept here so that
    this module stays the one writer of `cases` (tests/test_one_writer.py)."""
    with store.transaction() as conn:
        if vectors:
            conn.executemany(
                "UPDATE cases SET embedding = :e, embedding_version = :v WHERE org_id = :org AND id = :id",
                [{"e": blob, "v": version, "org": org, "id": case_id} for case_id, blob in vectors])
            bump_version(conn, org)
        if stamped:
            conn.executemany("UPDATE cases SET embedding_version = :v WHERE org_id = :org AND id = :id",
                             [{"v": version, "org": org, "id": case_id} for case_id in stamped])


def index_state(store: Store, org: str) -> tuple[int, float, int]:
    """The org's index version, the lexical scale its confirmed pairs chose (1 without a choice) and how many of its
    people opted out of contributing (whose shared cases others may no longer see, `matching.IndexCache`), one lookup."""
    row = store.one("SELECT (SELECT version FROM case_index_versions WHERE org_id = :org) AS version, "
                    "(SELECT scale FROM case_lexical_choices WHERE org_id = :org) AS scale, "
                    "(SELECT COUNT(*) FROM user_profiles WHERE org_id = :org AND contribute = 0) AS opted_out",
                    {"org": org}) or {}
    scale = row.get("scale")
    return int(row.get("version") or 0), 1.0 if scale is None else float(scale), int(row.get("opted_out") or 0)


def create_case(
    store: Store,
    gate: Gate,
    principal: Principal,
    data: CaseIn,
    now: float,
    embedder: Callable[[list[str]], np.ndarray] = embed,
) -> dict[str, Any]:
    """Record one case given through the API; secrets in any field never reach the store."""
    return create_cases(store, gate, principal, [data], now, embedder)[0]


def stored_doc(gate: Gate, item: CaseIn) -> dict[str, Any]:
    """The case as kept and matched: its own fields redacted with the org's settings; who wrote it, when
    it happened and the alert it came from are columns of the row, not text to match."""
    return gate.value(item.model_dump(mode="json", exclude={"author", "occurred_at", "alert"}))


def create_cases(
    store: Store,
    gate: Gate,
    principal: Principal,
    items: Sequence[CaseIn],
    now: float,
    embedder: Callable[[list[str]], np.ndarray] = embed,
) -> list[dict[str, Any]]:
    """Record several cases in one transaction with one batched embedding call.

    `POST /api/v1/cases` goes through here with one item, and `bench/case_match.py` indexes its
    evaluation sets through here too, so the benchmark measures the text the product stores.
    """
    org = principal.require_org()
    docs = [stored_doc(gate, d) for d in items]
    vectors = whole_text_vectors([embedding_text(doc) for doc in docs], embedder) if docs else []
    rows = [
        build_row(doc, org, principal.acting_user(d.author), now, vector=vec,
                  occurred_at=d.occurred_at.timestamp() if d.occurred_at else None)
        for d, doc, vec in zip(items, docs, vectors, strict=True)
    ]
    with store.transaction() as conn:
        insert_rows(conn, rows, now)
    return rows


def visible_rows(store: Store, principal: Principal, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The rows among `ids` this caller may read (without embeddings), by id."""
    if not ids:
        return {}
    where, params = visible(principal, alias="c")
    names = {f"id_{i}": cid for i, cid in enumerate(ids)}
    marks = ", ".join(f":{k}" for k in names)
    fields = ", ".join(f"c.{f}" for f in FIELDS.split(", "))
    rows = store.query(f"SELECT {fields} FROM cases c WHERE {where} AND c.id IN ({marks})", {**params, **names})
    return {r["id"]: r for r in rows}


def get_case(store: Store, principal: Principal, case_id: str) -> dict[str, Any] | None:
    return visible_rows(store, principal, [case_id]).get(case_id)


def history(store: Store, org: str, case_id: str) -> list[dict[str, Any]]:
    rows = store.query(
        "SELECT ts, change, confidence_before, confidence_after, detail FROM case_history "
        "WHERE org_id = :org AND case_id = :id ORDER BY ts, id",
        {"org": org, "id": case_id},
    )
    return [{**r, "detail": from_json(r["detail"], {})} for r in rows]


def record_use(conn: Conn, org: str, case_id: str, session_id: str | None, kind: str, ts: float) -> None:
    """A case was `suggested` to a session or `applied` in it (reuse and time-to-resolution read these)."""
    conn.execute(
        "INSERT INTO case_uses (org_id, case_id, session_id, kind, ts) VALUES (:org, :id, :s, :kind, :ts)",
        {"org": org, "id": case_id, "s": session_id, "kind": kind, "ts": ts},
    )


def rate(conn: Conn, org: str, case_id: str, confidence: float, rating: str, now: float) -> None:
    """A rating moved the case's confidence: count it, and a helpful one confirms the case now."""
    column = RATING_COLUMN[rating]
    conn.execute(
        f"UPDATE cases SET confidence = :c, {column} = {column} + 1, updated_at = :now, "
        "last_confirmed_at = CASE WHEN :confirmed = 1 THEN :now ELSE last_confirmed_at END "
        "WHERE org_id = :org AND id = :id",
        {"c": confidence, "now": now, "confirmed": 1 if rating == "helpful" else 0, "org": org, "id": case_id},
    )


def reuse(conn: Conn, org: str, case_id: str, confidence: float, resolution_seconds: float | None,
          status: str, now: float) -> None:
    """The case's fix was applied: a success counts as reuse and confirms the case, a failure is
    counted and dated (it demotes the case until a newer success), and a timed resolution is kept."""
    success, failure = status == "resolved", status == "not_resolved"
    conn.execute(
        "UPDATE cases SET confidence = :c, reuse_count = reuse_count + :ok, failure_count = failure_count + :bad, "
        "updated_at = :now, "
        "resolution_count = resolution_count + :rn, resolution_seconds_total = resolution_seconds_total + :rs, "
        "last_confirmed_at = CASE WHEN :ok = 1 THEN :now ELSE last_confirmed_at END, "
        "last_success_at = CASE WHEN :ok = 1 THEN :now ELSE last_success_at END, "
        "last_failed_at = CASE WHEN :bad = 1 THEN :now ELSE last_failed_at END "
        "WHERE org_id = :org AND id = :id",
        {"c": confidence, "now": now, "ok": 1 if success else 0, "bad": 1 if failure else 0,
         "rn": 0 if resolution_seconds is None else 1, "rs": resolution_seconds or 0.0, "org": org, "id": case_id},
    )


def add_history(
    conn: Conn, org: str, case_id: str, ts: float, change: str, before: float | None, after: float | None, detail: dict
) -> None:
    conn.execute(
        "INSERT INTO case_history (org_id, case_id, ts, change, confidence_before, confidence_after, detail) "
        "VALUES (:org, :id, :ts, :change, :b, :a, :d)",
        {"org": org, "id": case_id, "ts": ts, "change": change, "b": before, "a": after, "d": to_json(detail)},
    )


def render(row: dict[str, Any], now: float, policy: QualityPolicy) -> dict[str, Any]:
    """A case as the API shows it, with its quality explained."""
    q = quality(row, now, policy)
    outcome = from_json(row["outcome"], {})
    mean_ttr = row["resolution_seconds_total"] / row["resolution_count"] if row["resolution_count"] else None
    return {
        "id": row["id"],
        "title": row["title"],
        "problem": from_json(row["problem"], {}),
        "steps": from_json(row["steps"], []),
        "root_cause": from_json(row["root_cause"], {}),
        "solution": from_json(row["solution"], {}),
        "outcome": {**outcome, "mean_time_to_resolution_seconds": mean_ttr},
        "tags": from_json(row["tags"], []),
        "author": row["author_id"],
        "source_session_id": row["source_session_id"],
        "confidence": round(q.effective, 4),
        "pattern_confidence": round(float(row["confidence"]), 4),
        "quality": q.as_dict(),
        "reuse_count": int(row["reuse_count"]),
        "failure_count": int(row.get("failure_count") or 0),
        "last_success_at": row.get("last_success_at"),
        "last_failed_at": row.get("last_failed_at"),
        "feedback": {
            "helpful": int(row["helpful_count"]),
            "partially_helpful": int(row["partial_count"]),
            "not_helpful": int(row["not_helpful_count"]),
        },
        "stale": q.stale,
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
        "last_confirmed_at": row["last_confirmed_at"],
    }
