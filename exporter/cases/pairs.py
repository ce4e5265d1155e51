"""The org's confirmed matches, and the lexical scale they choose (issue 17): the one writer of `case_reports`,
`case_pairs` and `case_lexical_choices`.

A match request that names a session (`POST /api/v1/cases/match` with `session_id`) is remembered: the report as
the gate redacted it and matched it and, for each of `SCALES`, the ids of the first `DEPTH` cases the fusion ranked
with every lexical weight (coverage, headline, overlap) times that scale (`matching.rank`): the library as that
report met it. A later resolved outcome of a case in the same session (`POST /api/v1/cases/<id>/outcome` with the
`session_id`) or a helpful rating of it (`POST /api/v1/feedback` with the `session_id`, or a `feedback` audit event of
the session) is the org confirming that the report belongs to that case: a pair, kept once, with the case's rank
under each scale. A case assembled from that very session is the report itself and confirms nothing.

Why pairs and not the library alone: the fusion's lexical share that serves SeaMonkey's bug reports (x0.25) costs
every hand-written postmortem library (which want x1), and no cutting of a library's own cases tells the two apart
(bench/RESULTS.md, round 24): what differs is the pairing, another person's report against a case, which only real
pairs show. So once the org holds `MIN_PAIRS` confirmed pairs of people who let it learn from them
(`scoping.contributing`) of cases every asker may read, the scale whose fusion ranked the confirmed cases best (MRR over `DEPTH`) serves its
matches: 1, the fusion as fixed, unless another beats it by `MARGIN`. Chosen again with each new pair, after a
delete-my-data request and in every learning pass (opt-outs and retention change the pairs too); below
`MIN_PAIRS` the org's matching is today's.

Privacy: the rows hold only redacted text; `user_id` is the person who asked (delete-my-data removes their rows, and
rows of their sessions that name no one); retention keeps reports `tiers.retention` days (warm) and pairs as long.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from exporter.scoping import contributing
from exporter.store import Store, from_json, to_json
from exporter.store.base import Conn

if TYPE_CHECKING:
    from exporter.service import Services

SCALES = (0.25, 0.5, 1.0)  # the lexical scales an org's pairs choose among; 1 is the fusion as fixed (the default)
DEFAULT = 1.0
DEPTH = 50  # a confirmed case ranked below this under a scale counts 0 for it (the bench's MRR depth)
MIN_PAIRS = 30  # fewer confirmed pairs than this: the default scale (see bench/RESULTS.md, round 25, fuse2)
MARGIN = 0.02  # another scale serves only when its MRR beats the default's by this much
MAX_PAIRS = 5000  # the newest pairs read for a choice


# A pair counts only where its case is one every asker may read (shared, its owner contributing): the scale serves
# everyone, so a person's own case, or an opted-out person's, must not choose it (round 27, review R2).
SHARED_CASE = (f"EXISTS (SELECT 1 FROM cases c WHERE c.org_id = p.org_id AND c.id = p.case_id AND c.scope <> 'user' "
               f"AND {contributing('c')})")


def remember_report(conn: Conn, store: Store, org: str, user: str | None, session_id: str, report: str,
                    ranked: Mapping[float, Sequence[str]], now: float) -> None:
    """Keep a session's report as matched (`report`, already redacted) with its rankings under each scale."""
    if user is None:  # a service token acting for no one: the session's person, when the audit log named them
        user = conn.scalar("SELECT user_id FROM sessions WHERE org_id = :o AND session_id = :s", {"o": org,
                                                                                                   "s": session_id})
    conn.execute(
        "INSERT INTO case_reports (org_id, user_id, session_id, report, ranked, ts) "
        "VALUES (:o, :u, :s, :r, :ranked, :ts)",
        {"o": org, "u": user, "s": session_id, "r": report, "ranked": to_json({f"{a:g}": list(ids)
                                                                                for a, ids in ranked.items()}),
         "ts": now},
    )


def confirm(conn: Conn, org: str, case_id: str, session_id: str | None, source: str, now: float) -> bool:
    """A resolved outcome or a helpful rating of `case_id` in `session_id`: keep the session's last report before it
    and this case as a confirmed pair (once), and choose the org's scale again. False when nothing was kept (no
    session, no report matched in it, the case was assembled from the session, or the pair is known)."""
    if not session_id:
        return False
    report = conn.one(
        "SELECT user_id, report, ranked FROM case_reports WHERE org_id = :o AND session_id = :s AND ts <= :t "
        "ORDER BY ts DESC, id DESC LIMIT 1", {"o": org, "s": session_id, "t": now})
    own = conn.scalar("SELECT source_session_id FROM cases WHERE org_id = :o AND id = :c", {"o": org, "c": case_id})
    if report is None or own == session_id:
        return False
    ranked = from_json(report["ranked"], {}) or {}
    ranks = {a: (ids.index(case_id) + 1 if case_id in ids else None) for a, ids in ranked.items()}
    kept = conn.scalar(
        "INSERT INTO case_pairs (org_id, user_id, session_id, case_id, report, ranks, source, ts) "
        "VALUES (:o, :u, :s, :c, :r, :ranks, :src, :ts) ON CONFLICT (org_id, session_id, case_id) DO NOTHING "
        "RETURNING id",
        {"o": org, "u": report["user_id"], "s": session_id, "c": case_id, "r": report["report"],
         "ranks": to_json(ranks), "src": source, "ts": now})
    if kept is not None:
        choose(conn, org, now)
    return kept is not None


def choose(conn: Conn, org: str, now: float) -> dict[str, Any]:
    """Choose the org's lexical scale from its pairs (the newest `MAX_PAIRS` of people who contribute) and keep it;
    with fewer than `MIN_PAIRS`, the org has no choice (the default serves)."""
    rows = conn.query(
        f"SELECT p.ranks FROM case_pairs p WHERE p.org_id = :o AND {contributing('p')} AND {SHARED_CASE} "
        f"ORDER BY p.ts DESC, p.id DESC LIMIT {MAX_PAIRS}", {"o": org})
    mrr = pair_mrr([from_json(r["ranks"], {}) or {} for r in rows])
    scale = decide(mrr, len(rows))
    if len(rows) < MIN_PAIRS:
        conn.execute("DELETE FROM case_lexical_choices WHERE org_id = :o", {"o": org})
    else:
        conn.execute(
            "INSERT INTO case_lexical_choices (org_id, scale, pairs, evidence, chosen_at) VALUES (:o, :a, :n, :e, :t) "
            "ON CONFLICT (org_id) DO UPDATE SET scale = excluded.scale, pairs = excluded.pairs, "
            "evidence = excluded.evidence, chosen_at = excluded.chosen_at",
            {"o": org, "a": scale, "n": len(rows), "e": to_json({f"{a:g}": round(x, 4) for a, x in mrr.items()}),
             "t": now})
    return {"pairs": len(rows), "scale": scale, "mrr": {f"{a:g}": round(x, 4) for a, x in mrr.items()}}


def pair_mrr(ranks: Sequence[Mapping[str, int | None]]) -> dict[float, float]:
    """Per scale of `SCALES`, the mean reciprocal rank of the confirmed cases (0 where one ranked below `DEPTH`)."""
    if not ranks:
        return {}
    return {a: sum(1.0 / r[f"{a:g}"] if r.get(f"{a:g}") else 0.0 for r in ranks) / len(ranks) for a in SCALES}


def decide(mrr: Mapping[float, float], pairs: int) -> float:
    """The scale that ranked the org's confirmed cases best; the default unless at least `MIN_PAIRS` pairs say
    another beats it by `MARGIN` (ties among the others: the one nearest the default)."""
    if pairs < MIN_PAIRS or DEFAULT not in mrr:
        return DEFAULT
    best = max(mrr.values())
    if best < mrr[DEFAULT] + MARGIN:
        return DEFAULT
    return min((a for a, x in mrr.items() if x >= best - 1e-12), key=lambda a: (abs(a - DEFAULT), -a))


def orgs_with_pairs(svc: Services, now: float) -> list[str]:
    """Orgs holding pairs or a choice: the learning pass chooses again for them (opt-outs and retention move pairs)."""
    rows = svc.store.query("SELECT DISTINCT org_id FROM case_pairs UNION SELECT org_id FROM case_lexical_choices")
    return sorted(r["org_id"] for r in rows)


def choose_again(svc: Services, org: str, now: float) -> dict[str, Any]:
    with svc.store.transaction() as conn:
        return choose(conn, org, now)

