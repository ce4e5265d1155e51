"""Delete-my-data: every trace of one person in one org, in every tier, with a receipt.

What goes (the tables are discovered from the live schema, so tables added later are covered):

- every row of a table with a `user_id` or `author_id` column that names the person: events,
  query summaries and their embeddings, sessions, feedback, profile, personal patterns, ...;
- rows linked to the person's sessions in tables without a person column (case uses), or whose person column
  is empty (a match request the AI helper made with a service token, `cases.pairs`);
- cases the person authored *or* that were assembled from the person's sessions, with their
  history and uses, and runbook versions built from them. Decision: such cases are deleted, not
  stripped. A case is the person's own words (problem, steps, commands, notes) end to end;
  stripping the author would leave their text behind, and no field of a case can be shown not to
  come from their session. The org keeps the knowledge other people confirmed: their own cases
  and outcomes stay, and runbooks are rebuilt from the remaining cases at the next export;
- org-level rows (no owner) that name the person in a text column (an aggregate listing
  `"alice"` in its evidence): deleted, and recomputed without the person at the next learning
  pass. Rows of other people that mention the person stay: they are those people's data;
- the person's entries in the hot tier (store or Redis) and their rows in archive files;
- rows a capability derived from the person's data without naming them (`Services.after_forget`
  hooks, before the request is done): question vectors keyed by text, the query index.

Crash safety: a `deletion_requests` row (the journal) is written first; each batch of deletes
commits together with the running counts in that row; `resume_pending()` (at start and in every
learning pass) finishes a request a crash interrupted. When done, the journal keeps only a
digest of the person and the counts, the receipt.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from exporter.cases import repo as case_repo
from exporter.scoping import person_digest
from exporter.store import Store, from_json, to_json
from exporter.store.base import in_list
from exporter.store.schema import Column, table_columns
from exporter.tiers.archive import Archive
from exporter.tiers.batch import delete_in_batches

if TYPE_CHECKING:
    from exporter.service import Services

log = logging.getLogger(__name__)
BATCH = 10_000
_JOURNAL = "deletion_requests"


def _no_checkpoint(step: str) -> None:
    return None


def forget(svc: Services, org: str, user: str, requested_by: str,
           checkpoint: Callable[[str], None] = _no_checkpoint) -> dict[str, Any]:
    """Journal a deletion request for (org, user) and carry it out; returns the receipt.

    Calling it again for the same person resumes an unfinished request or, when everything is
    gone, answers with a receipt of zero counts.
    """
    store: Store = svc.store
    pending = store.one(f"SELECT id FROM {_JOURNAL} WHERE org_id = :o AND user_id = :u AND status = 'pending'",
                        {"o": org, "u": user})
    if pending is None:
        request_id = uuid.uuid4().hex
        store.execute(
            f"INSERT INTO {_JOURNAL} (id, org_id, user_id, user_digest, requested_by, status, counts, created_at) "
            "VALUES (:id, :o, :u, :d, :by, 'pending', '{}', :t)",
            {"id": request_id, "o": org, "u": user, "d": person_digest(org, user), "by": requested_by, "t": time.time()},
        )
    else:
        request_id = pending["id"]
    return execute(svc, request_id, checkpoint)


def resume_pending(svc: Services) -> list[dict[str, Any]]:
    """Finish every request a crash left pending; the learning pass and startup call it."""
    ids = [r["id"] for r in svc.store.query(f"SELECT id FROM {_JOURNAL} WHERE status = 'pending' ORDER BY created_at")]
    return [execute(svc, i) for i in ids]


def receipt(store: Store, request_id: str) -> dict[str, Any] | None:
    row = store.one(f"SELECT id, status, counts, created_at, finished_at FROM {_JOURNAL} WHERE id = :id",
                    {"id": request_id})
    if row is None:
        return None
    counts = {k: v for k, v in sorted((from_json(row["counts"], {}) or {}).items()) if v}
    return {"request_id": row["id"], "status": row["status"], "counts": counts,
            "total": sum(counts.values()), "requested_at": row["created_at"], "finished_at": row["finished_at"]}


def execute(svc: Services, request_id: str, checkpoint: Callable[[str], None] = _no_checkpoint) -> dict[str, Any]:
    store: Store = svc.store
    req = store.one(f"SELECT org_id, user_id, status FROM {_JOURNAL} WHERE id = :id", {"id": request_id})
    if req is None:
        raise KeyError(request_id)
    if req["status"] == "done":
        return receipt(store, request_id) or {}
    org, user = req["org_id"], req["user_id"]
    job = _Deletion(store, request_id, org, user, checkpoint)

    job.add("hot_entries:redis", _forget_redis(svc, org, user))
    for table, n in Archive.from_settings(store, svc.settings).forget_person(org, user).items():
        job.add(f"archived:{table}", n)
    checkpoint("archive")

    schema = table_columns(store)
    sessions = job.sessions(schema)
    job.cases(schema, sessions)
    for table, cols in schema.items():
        names = {c.name for c in cols}
        if table == _JOURNAL or "org_id" not in names or "session_id" not in names:
            continue
        if not names & {"user_id", "author_id"}:
            job.delete_in(table, "session_id", sessions)
        elif "user_id" in names:  # the person's sessions' rows that name no one (a service token asked for them)
            job.delete_in(table, "session_id", sessions, " AND user_id IS NULL")
    person_tables = sorted((t for t, cols in schema.items() if t != _JOURNAL and "org_id" in {c.name for c in cols}
                            and {c.name for c in cols} & {"user_id", "author_id"}),
                           key=lambda t: t == "sessions")  # sessions last: they link the rest to the person
    for table in person_tables:
        names = {c.name for c in schema[table]}
        cond = " OR ".join(f"{c} = :u" for c in ("user_id", "author_id") if c in names)
        job.delete(table, f"org_id = :o AND ({cond})", {"o": org, "u": user})
    for table, cols in schema.items():
        job.sweep_mentions(table, cols)
    # Capabilities' derived rows that name no person (vectors keyed by text, indexes): before the
    # request is done, so a crash here is finished by `resume_pending` like any other step.
    for hook in svc.after_forget:
        done = hook(org, user)
        for kind, n in (done.items() if isinstance(done, dict) else ()):
            job.add(kind, n)
    checkpoint("after_forget")
    store.execute(
        f"UPDATE {_JOURNAL} SET status = 'done', user_id = NULL, finished_at = :t WHERE id = :id",
        {"t": time.time(), "id": request_id},
    )
    log.info("delete-my-data request %s done", request_id)
    return receipt(store, request_id) or {}


def _forget_redis(svc: Services, org: str, user: str) -> int:
    return svc.hot.forget_person(org, user) if svc.hot.kind == "redis" else 0  # the store table is a person table


class _Deletion:
    def __init__(self, store: Store, request_id: str, org: str, user: str, checkpoint: Callable[[str], None]):
        self.store = store
        self.request_id = request_id
        self.org = org
        self.user = user
        self.checkpoint = checkpoint

    def add(self, kind: str, n: int, conn=None) -> None:
        if not n:
            return
        if conn is None:
            with self.store.transaction() as c:
                self.add(kind, n, c)
            return
        counts = from_json(conn.scalar(f"SELECT counts FROM {_JOURNAL} WHERE id = :id", {"id": self.request_id}), {})
        counts[kind] = counts.get(kind, 0) + n
        conn.execute(f"UPDATE {_JOURNAL} SET counts = :c WHERE id = :id", {"c": to_json(counts), "id": self.request_id})

    def delete(self, table: str, cond: str, params: dict[str, Any], kind: str | None = None) -> int:
        """Batched delete; each batch commits with the receipt's running count."""
        total = delete_in_batches(self.store, table, cond, params, BATCH,
                                  on_batch=lambda conn, n: self.add(kind or table, n, conn))
        self.checkpoint(table)
        return total

    def delete_in(self, table: str, column: str, values: Sequence[str], extra: str = "") -> int:
        total = 0
        for start in range(0, len(values), 500):
            part = values[start : start + 500]
            marks, names = in_list(part)
            cond = f"org_id = :o AND {column} IN ({marks}){extra}"
            total += self.delete(table, cond, {"o": self.org, **names})
        return total

    def sessions(self, schema: dict[str, list[Column]]) -> list[str]:
        found: set[str] = set()
        for table in ("sessions", "audit_events"):
            if table in schema:
                found |= {r["session_id"] for r in self.store.query(
                    f"SELECT DISTINCT session_id FROM {table} WHERE org_id = :o AND user_id = :u",
                    {"o": self.org, "u": self.user})}
        return sorted(found)

    def cases(self, schema: dict[str, list[Column]], sessions: list[str]) -> None:
        if "cases" not in schema:
            return
        names = {c.name for c in schema["cases"]}
        person = " OR ".join(f"{c} = :u" for c in ("author_id", "user_id") if c in names)
        ids = {r["id"] for r in self.store.query(f"SELECT id FROM cases WHERE org_id = :o AND ({person})",
                                                 {"o": self.org, "u": self.user})}
        for start in range(0, len(sessions), 500):
            marks, part = in_list(sessions[start : start + 500], "s")
            ids |= {r["id"] for r in self.store.query(
                f"SELECT id FROM cases WHERE org_id = :o AND source_session_id IN ({marks})",
                {"o": self.org, **part})}
        ids_sorted = sorted(ids)
        if not ids_sorted:
            return
        for table, cols in schema.items():
            if "case_id" in {c.name for c in cols} and "org_id" in {c.name for c in cols}:
                self.delete_in(table, "case_id", ids_sorted)
        if "runbook_versions" in schema:
            for row in self.store.query("SELECT runbook_key, version, case_ids FROM runbook_versions WHERE org_id = :o",
                                        {"o": self.org}):
                if ids & set(from_json(row["case_ids"], []) or []):
                    self.delete("runbook_versions", "org_id = :o AND runbook_key = :k AND version = :v",
                                {"o": self.org, "k": row["runbook_key"], "v": row["version"]})
        self.delete_in("cases", "id", ids_sorted)
        with self.store.transaction() as conn:  # every replica's case index rebuilds at its next match
            case_repo.bump_version(conn, self.org)

    def sweep_mentions(self, table: str, cols: list[Column]) -> None:
        """Rows of the org that name the person in a text column (JSON evidence, lists of users)."""
        names = {c.name for c in cols}
        texts = [c.name for c in cols if c.is_text and c.name not in ("org_id",)]
        if table == _JOURNAL or "org_id" not in names or not texts:
            return
        quoted = f'%"{_like_escape(self.user)}"%'
        cond = " OR ".join(f"{c} = :u OR {c} LIKE :q ESCAPE '\\'" for c in texts)
        # Rows of other people are theirs even when they mention this person: only org-level rows go.
        owners = [c for c in ("user_id", "author_id") if c in names]
        unowned = "".join(f" AND ({c} IS NULL OR {c} = '')" for c in owners)
        self.delete(table, f"org_id = :o{unowned} AND ({cond})", {"o": self.org, "u": self.user, "q": quoted},
                    kind=f"mentions:{table}")


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
