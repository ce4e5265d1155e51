"""Aliases learned from an org's executed queries, kept apart from the admin's table; the one writer of
`learned_aliases`.

The learning pass reads each org's recent summaries that carry their executed queries (`QuerySummary.executed`)
and proposes ``alias -> canonical`` pairs (`detectors.learned_aliases`: the evidence rule). Admins rarely write
alias tables, so a proposal is used by lookup at once, like the admin's table; an admin can see every proposal,
accept it (kept whatever the history later says) or reject it (never used, never proposed again). The admin's
own table wins: a learned alias whose phrase the admin's table claims, for any name, is not read.

Proposals are recomputed from the summaries still stored on every pass and at once after a delete-my-data
request, so they leave with the summaries they came from (retention, a person forgotten); only the admin's
decisions (accepted, rejected) outlive their evidence, as the admin's own word. Personal questions are not read:
one person's wording does not name the org's things for everyone. A phrase people use for a thing may be a person's
given name ("Priyanka's service"): it is learned from the questions of at least two people, so a delete-my-data
request of the person named does not remove it while the others' questions stay (they are those people's data);
the admin rejects it, and a rejected alias is never read or proposed again.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from detectors.learned_aliases import Exchange, learn_aliases
from detectors.org_aliases import Aliases, compile_aliases, phrase_of
from detectors.org_names import vocabulary
from exporter.querymem.aliases import OrgAliases
from exporter.store import Store, from_json

if TYPE_CHECKING:
    from exporter.service import Services

__all__ = ["STATES", "decide", "evidence_stamp", "history", "learn_org", "listing", "merged", "orgs_with_history",
           "stamp", "table"]

STATES = ("proposed", "accepted", "rejected")
#: How many of an org's latest summaries with executed queries a pass reads, and how many proposals it keeps (the
#: admin table's own bound). The learner reads each question as a lookup does, ~3 ms idle and ~13 ms at load 23 on
#: the development machine (240 exchanges in 3.0 s), so 2,000 (the org vocabulary's own window) is a few seconds
#: per org, paid only when its summaries changed (`QueryMemory.learn_aliases`).
HISTORY = 2000
MAX_LEARNED = 500


def history(store: Store, org: str) -> list[Exchange]:
    """The exchanges the learner reads: the org's latest `HISTORY` org-scoped, successful summaries with queries."""
    rows = store.query(
        "SELECT user_id, query_text, executed FROM query_executions WHERE org_id = :o AND scope = 'org' "
        "AND success = 1 AND executed <> '[]' ORDER BY executed_at DESC LIMIT :n", {"o": org, "n": HISTORY})
    out = []
    for r in rows:
        executed = from_json(r["executed"], []) or []
        queries = tuple(str(e.get("query", "")) for e in executed if isinstance(e, dict))
        out.append(Exchange(r["query_text"], r["user_id"], queries))
    return out


def learn_org(store: Store, org: str, known_labels: list[dict] | None = None, now: float | None = None) -> dict:
    """Recompute the org's proposals from its stored summaries; the admin's decisions are kept (their counts
    refreshed), and the counts of proposals now and of earlier ones dropped. ``known_labels``: the org's alert labels, whose name-like values are never learned as aliases."""
    now = time.time() if now is None else now
    found = learn_aliases(history(store, org), sorted(vocabulary((), known_labels or ())))[:MAX_LEARNED]
    before = {(r["alias"], r["canonical"]): r["state"] for r in store.query(
        "SELECT alias, canonical, state FROM learned_aliases WHERE org_id = :o", {"o": org})}
    decided = {k for k, state in before.items() if state != "proposed"}
    with store.transaction() as conn:
        conn.execute("DELETE FROM learned_aliases WHERE org_id = :o AND state = 'proposed'", {"o": org})
        for a in found:
            params = {"o": org, "a": a.alias, "c": a.canonical, "k": a.kind, "q": a.questions, "p": a.people,
                      "s": a.share, "t": now}
            if (a.alias, a.canonical) in decided:
                conn.execute("UPDATE learned_aliases SET questions = :q, people = :p, share = :s, kind = :k "
                             "WHERE org_id = :o AND alias = :a AND canonical = :c", params)
            else:
                conn.execute("INSERT INTO learned_aliases (org_id, alias, canonical, kind, questions, people, share, "
                             "state, learned_at) VALUES (:o, :a, :c, :k, :q, :p, :s, 'proposed', :t)", params)
        conn.execute("UPDATE learned_aliases SET learned_at = :t WHERE org_id = :o", {"o": org, "t": now})
    now_proposed = {(a.alias, a.canonical) for a in found} - decided
    return {"proposed": len(now_proposed),
            "dropped": sum(state == "proposed" and k not in now_proposed for k, state in before.items())}


def evidence_stamp(store: Store, org: str) -> tuple:
    """What the org's learnable summaries are, in one read: their count and newest id (a summary added or removed
    changes it)."""
    row = store.one("SELECT COUNT(*) AS n, MAX(id) AS last FROM query_executions WHERE org_id = :o AND scope = 'org' "
                    "AND success = 1 AND executed <> '[]'", {"o": org}) or {}
    return (int(row.get("n") or 0), row.get("last"))


def listing(store: Store, org: str) -> list[dict]:
    """Every learned alias of the org with its evidence and state, for the admin."""
    return [dict(r) for r in store.query(
        "SELECT alias, canonical, kind, questions, people, share, state FROM learned_aliases WHERE org_id = :o "
        "ORDER BY canonical, alias", {"o": org})]


def decide(store: Store, org: str, alias: str, canonical: str, state: str, now: float | None = None) -> bool:
    """Record the admin's decision on one learned alias (``state`` accepted, rejected or proposed: undecided);
    False when the org has no such learned alias."""
    if state not in STATES:
        raise ValueError(f"state must be one of {', '.join(STATES)}")
    n = store.execute(
        "UPDATE learned_aliases SET state = :s, learned_at = :t WHERE org_id = :o AND alias = :a AND canonical = :c",
        {"s": state, "t": time.time() if now is None else now, "o": org, "a": alias, "c": canonical})
    return bool(n)


def table(store: Store, org: str) -> dict[str, list[str]]:
    """The learned aliases lookup reads (proposed and accepted, not rejected): ``{canonical: [alias, ...]}``."""
    out: dict[str, list[str]] = {}
    for r in store.query("SELECT alias, canonical FROM learned_aliases WHERE org_id = :o AND state <> 'rejected' "
                         "ORDER BY canonical, alias", {"o": org}):
        out.setdefault(r["canonical"], []).append(r["alias"])
    return out


def merged(admin: OrgAliases, learned: dict[str, list[str]]) -> Aliases:
    """The admin's table with the learned aliases it does not contradict: a learned phrase the admin's table
    claims (as an alias or a name, of any canonical) is dropped, so the admin's word wins."""
    if not learned:
        return admin.compiled()
    claimed = {p for name, also in admin.aliases.items() for p in map(phrase_of, [name, *also]) if p is not None}
    combined = {name: list(also) for name, also in admin.aliases.items()}
    for canonical, also in learned.items():
        kept = [a for a in also if (p := phrase_of(a)) is not None and p not in claimed]
        if kept:
            combined.setdefault(canonical, []).extend(kept)
    return compile_aliases(combined)


def stamp(store: Store, org: str) -> tuple[float | None, float | None]:
    """When the org's admin table and its learned aliases last changed (None: never), one read."""
    row = store.one("SELECT (SELECT updated_at FROM org_aliases WHERE org_id = :o) AS admin, "
                    "(SELECT MAX(learned_at) FROM learned_aliases WHERE org_id = :o) AS learned", {"o": org}) or {}
    return tuple(None if row.get(k) is None else float(row[k]) for k in ("admin", "learned"))  # type: ignore[return-value]


def orgs_with_history(svc: Services, now: float) -> list[str]:
    """The orgs whose summaries carry executed queries, or that have learned aliases to recompute."""
    rows = svc.store.query("SELECT DISTINCT org_id FROM query_executions WHERE executed <> '[]' UNION "
                           "SELECT DISTINCT org_id FROM learned_aliases")
    return sorted(r["org_id"] for r in rows)

