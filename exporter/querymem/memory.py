"""The query memory of one running exporter: record, look up, diff and put figures in context.

Domain code only: handlers in `exporter.api.queries` parse requests and call these methods. Every
read goes through `scoping.visible`, so a caller matches its org's cache plus its own personal rows.
Questions are read in the asker's time zone: the request's `tz`, else the user's profile
(`user_profiles.data.timezone`), else the org's setting, else the server default.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from detectors.org_aliases import Aliases
from detectors.org_names import vocabulary
from detectors.org_topology import Topology, learn_topology
from detectors.query_selectors import selector_labels
from exporter.jobs import Stage, per_org
from exporter.privacy.gate import Gate
from exporter.privacy.org_settings import org_timezone
from exporter.querymem import aliases as alias_table
from exporter.querymem import learned, metrics
from exporter.querymem.context import Context, compare
from exporter.querymem.diff import Current, build_diff, pick_previous
from exporter.querymem.entries import COLUMNS as _ROW
from exporter.querymem.entries import live_rows
from exporter.querymem.index import QueryIndex
from exporter.querymem.lookup import LookupResult, decide
from exporter.querymem.policy import MemoryPolicy
from exporter.querymem.reading import Reading, read_question
from exporter.querymem.record import record
from exporter.scoping import Principal, visible
from exporter.store import Store, from_json
from exporter.store.base import Conn
from exporter.text.embeddings import embed_one
from exporter.tiers.hot import HotStore

if TYPE_CHECKING:
    from exporter.service import Services

HISTORY_LIMIT = 500
#: How many of an org's latest recorded questions and alerts its known names are gathered from, and for how
#: long a gathered set is reused (a name new to the org reads as a short form's target after this long).
NAMES_FROM = 2000
NAMES_SECONDS = 300.0
#: What the topology's refresh reads of the executed queries (it runs inside the lookup that finds the org's known
#: names stale, review R5): the latest TOPOLOGY_SUMMARIES summaries, the first TOPOLOGY_QUERIES queries of each, and
#: TOPOLOGY_CHARS characters of query text in all, latest first. Bounded by cost, not chosen on data: 200,000
#: characters of dense selectors parse and learn in about 0.1 s on the loaded development machine (2,000 summaries of
#: 20 queries of 8 KB took 146 s); an org's ordinary one-line queries (~100 characters) fill it at ~2,000 queries.
TOPOLOGY_SUMMARIES = 500
TOPOLOGY_QUERIES = 5
TOPOLOGY_CHARS = 200_000
_PAGE = 25
#: How often a replica checks whether an org's alias table changed (a change made through this replica is
#: read at once; one made through another is read within this long).
ALIASES_SECONDS = 30.0


class QueryMemory:
    def __init__(self, store: Store, gate_of: Callable[[str], Gate], policy: MemoryPolicy, hot: HotStore):
        self.store = store
        self.hot = hot  # where live entries are written and read (exporter.querymem.entries)
        self.gate_of = gate_of  # an org's own redaction gate applies to its questions
        self.policy = policy
        self.index = QueryIndex(policy.partial_horizon)
        self._known: dict[str, tuple[float, frozenset[str], Topology]] = {}
        self._aliases: dict[str, tuple[float, tuple[float | None, float | None], Aliases]] = {}
        self._learned_from: dict[str, tuple] = {}  # org -> the evidence stamp its learned aliases were computed at

    # -- recording -----------------------------------------------------------------------------

    def record(self, conn: Conn, rows: Sequence[dict]) -> list[int]:
        """`svc.query_recorder`: enrich (in the asker's zone), store through `ingest.insert_queries`, index,
        keep live entries hot."""
        rows = [r if r.get("_tz") else {**r, "_tz": self.zone_for(r["org_id"], r.get("user_id"), None, conn)}
                for r in rows]
        ids = record(conn, rows, self.policy, self.index, self.hot)
        for org in {r["org_id"] for r in rows} & set(self._known):  # a name just recorded is known at once
            at, names, topology = self._known[org]
            texts = (r["query_text"] for r in rows if r["org_id"] == org and r.get("scope", "org") == "org")
            self._known[org] = (at, names | vocabulary(texts), topology)
        return ids

    def zone_for(self, org: str, user: str | None, requested: str | None, conn: Conn | None = None) -> str:
        """The zone to read a question in: request, then user profile, then org setting, then server."""
        if requested:
            return requested
        reader = conn if conn is not None else self.store
        if user:
            data = reader.scalar("SELECT data FROM user_profiles WHERE org_id = :o AND user_id = :u",
                                 {"o": org, "u": user})
            profile_zone = (from_json(data, {}) or {}).get("timezone") if data else None
            if isinstance(profile_zone, str) and _known_zone(profile_zone):
                return profile_zone
        org_zone = org_timezone(reader, org)
        return org_zone if org_zone and _known_zone(org_zone) else self.policy.tz

    def refresh_index(self, now: float | None = None, *, pack: bool = True) -> int:
        """Rebuild the index from the store's live rows (learning pass; start-up; after a forget, unpacked)."""
        return self.index.rebuild(self.store, time.time() if now is None else now, pack=pack)

    # -- reading a question --------------------------------------------------------------------

    def _read(self, org: str, text: str, now: float, tz: str) -> tuple[str, Reading]:
        clean = str(self.gate_of(org).text(text))
        return clean, read_question(clean, now, tz)

    def lookup(
        self, principal: Principal, user: str | None, text: str, now: float | None = None, tz: str | None = None
    ) -> LookupResult:
        started = time.perf_counter()
        now = time.time() if now is None else now
        org = principal.require_org()
        user = principal.acting_user(user)
        clean, reading = self._read(org, text, now, self.zone_for(org, user, tz))
        vec = embed_one(clean)
        self.index.sync(self.store, now)
        self.index.evict_expired(now)
        found = dict(self.index.search(org, vec, user=user, now=now, subject=None, k=self.policy.candidates))
        for row_id, sim in self.index.same_key(org, reading.key, vec, user=user, now=now)[: self.policy.candidates]:
            found.setdefault(row_id, sim)
        rows = self._visible_rows(principal, user, list(found), now)
        names, topology = self.known(org, now)
        result = decide(reading, [(r, found[int(r["id"])]) for r in rows], now, self.policy, names,
                        self.aliases(org, now), topology)
        metrics.observe_lookup(result.decision, time.perf_counter() - started, result.saved_seconds)
        return result

    def known(self, org: str, now: float) -> tuple[frozenset[str], Topology]:
        """What the org's own data says about its things, gathered at most every NAMES_SECONDS per org from one
        read of its latest NAMES_FROM alerts:

        * its vocabulary (`detectors.org_names`): names written as identifiers in the questions it recorded for the
          whole org and name-like label values (service, cluster, namespace ...) of its alerts, so that "mm" can be
          read as the one known name it shortens. Personal questions are left out: one person's wording does not
          name the org's things for everyone;
        * what holds what (`detectors.org_topology`), learned from the same alerts' labels (team holds service,
          region holds cluster ...) and, after them, from the label matchers the helper wrote together in one
          selector of the executed queries of the org's latest questions (`query_labels`, bounded by cost: a new
          org has few alerts but asks questions), so that a question about a team and one about a service it owns
          read as nested. An alert or a summary just stored counts from the next refresh."""
        cached = self._known.get(org)
        if cached is not None and now - cached[0] < NAMES_SECONDS:
            return cached[1], cached[2]
        texts = self.store.query(
            "SELECT query_text FROM query_executions WHERE org_id = :o AND scope = 'org' AND success = 1 "
            "ORDER BY executed_at DESC LIMIT :n", {"o": org, "n": NAMES_FROM})
        labels = alert_labels(self.store, org)
        names = vocabulary((r["query_text"] for r in texts), labels)
        topology = learn_topology([*labels, *query_labels(self.store, org)])
        self._known[org] = (now, names, topology)
        return names, topology

    def aliases(self, org: str, now: float) -> Aliases:
        """The org's alias table as lookup reads it: the admin's (`exporter.querymem.aliases`) with the aliases
        learned from its executed queries that the admin's does not contradict (`exporter.querymem.learned`),
        compiled once per change: whether either changed is one read at most every ALIASES_SECONDS per org."""
        cached = self._aliases.get(org)
        if cached is not None and now - cached[0] < ALIASES_SECONDS:
            return cached[2]
        stamp = learned.stamp(self.store, org)
        if cached is not None and cached[1] == stamp:
            self._aliases[org] = (now, stamp, cached[2])
            return cached[2]
        compiled = Aliases()
        if stamp != (None, None):
            compiled = learned.merged(alias_table.load(self.store, org)[0], learned.table(self.store, org))
        self._aliases[org] = (now, stamp, compiled)
        return compiled

    def set_aliases(self, org: str, table: alias_table.OrgAliases, now: float | None = None) -> Aliases:
        """Replace the org's alias table; this replica reads the new one (with the learned aliases) at once."""
        now = time.time() if now is None else now
        alias_table.save(self.store, org, table, now)
        self.forget_aliases(org)
        return table.compiled()

    def forget_aliases(self, org: str) -> None:
        """Drop this replica's compiled table of the org: its next lookup reads the table again."""
        self._aliases.pop(org, None)

    def learn_aliases(self, org: str, now: float | None = None) -> dict:
        """Recompute the org's learned aliases from its stored summaries (`exporter.querymem.learned`); this
        replica reads them at once. Skipped while the summaries it would read are the ones it last learned from
        (`learned.evidence_stamp`: reading them costs seconds for a busy org; a summary added, or removed by
        retention or delete-my-data, changes the stamp)."""
        now = time.time() if now is None else now
        stamp = learned.evidence_stamp(self.store, org)
        if self._learned_from.get(org) == stamp:
            return {"unchanged": True}
        done = learned.learn_org(self.store, org, alert_labels(self.store, org), now)
        self._learned_from[org] = stamp
        self.forget_aliases(org)
        return done

    def _visible_rows(self, principal: Principal, user: str | None, ids: list[int], now: float) -> list[dict]:
        # Expired answers stay candidates for a partial ("1 hour ago you found ...") until the horizon.
        return live_rows(self.store, self.hot, principal, user, ids, now, kept=now - self.policy.partial_horizon)

    # -- what changed, and is it usual ---------------------------------------------------------

    def diff(
        self,
        principal: Principal,
        user: str | None,
        text: str,
        current: Current,
        now: float | None = None,
        exclude_id: str | None = None,
        tz: str | None = None,
    ) -> dict[str, Any]:
        """The caller's previous answer to this question beside `current`, and what changed."""
        now = time.time() if now is None else now
        org = principal.require_org()
        user = principal.acting_user(user)
        clean, reading = self._read(org, text, now, self.zone_for(org, user, tz))
        # "My last check": the acting user's own rows when there is one, else the org's.
        where, params = visible(principal, user, alias="q", personal_only=user is not None)
        rows = self.store.query(
            f"SELECT {_ROW}, q.embedding FROM query_executions q WHERE {where} AND q.success = 1 "
            "AND q.executed_at < :now AND (q.external_id IS NULL OR q.external_id <> :exclude) "
            "ORDER BY q.executed_at DESC LIMIT :n",
            {**params, "now": now, "exclude": exclude_id or "", "n": HISTORY_LIMIT},
        )
        vec = embed_one(clean)
        previous, how = pick_previous(rows, reading, vec, self.policy.partial_similarity)
        out = build_diff(reading, previous, how, current, now)
        if current.headline_value is not None:
            out["context"] = self.context_for(principal, user, reading, current.headline_value, now).as_dict()
        return out

    def context(
        self, principal: Principal, user: str | None, text: str, value: float, now: float | None = None,
        tz: str | None = None,
    ) -> tuple[Reading, Context]:
        now = time.time() if now is None else now
        org = principal.require_org()
        user = principal.acting_user(user)
        _, reading = self._read(org, text, now, self.zone_for(org, user, tz))
        return reading, self.context_for(principal, user, reading, value, now)

    def context_for(self, principal: Principal, user: str | None, reading: Reading, value: float, now: float) -> Context:
        where, params = visible(principal, user, alias="q")
        rows = self.store.query(
            f"SELECT q.executed_at, q.headline_value FROM query_executions q WHERE {where} "
            "AND q.intent_key = :key AND q.success = 1 AND q.headline_value IS NOT NULL AND q.executed_at < :now "
            "ORDER BY q.executed_at DESC LIMIT :n",
            {**params, "key": reading.key, "now": now, "n": HISTORY_LIMIT},
        )
        history = [(float(r["executed_at"]), float(r["headline_value"])) for r in rows]
        return compare(reading, value, history, now, reading.tz)


def _known_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def install(svc: Services) -> QueryMemory:
    """Make the service's query memory its query recorder, feed the cache-entry gauge, resync in the learning pass."""
    memory = svc.query_memory
    svc.query_recorder = memory.record
    svc.snapshot.register(metrics.entries_producer(svc.store))
    svc.learning_stages.append(
        Stage("query_memory", lambda s, now: {"live_entries": memory.refresh_index(now)}, local=True)
    )
    # A forgotten person's vectors leave this replica's index at once (other replicas: at their next
    # learning pass; until then the store's visibility check already keeps their rows from being served).
    # Unpacked: the forget request does not wait seconds for the fast first pass's packing.
    svc.after_forget.append(lambda org, user: memory.refresh_index(pack=False))
    # Aliases learned from the org's questions leave with the questions they came from.
    svc.after_forget.append(lambda org, user: {"learned_aliases": memory.learn_aliases(org).get("dropped", 0)})
    svc.learning_stages.append(
        per_org("learned_aliases", learned.orgs_with_history, lambda s, org, now: memory.learn_aliases(org, now)))
    svc.snapshot.register(metrics.learned_aliases_producer(svc.store))
    return memory


def alert_labels(store: Store, org: str, limit: int = NAMES_FROM) -> list[dict]:
    """The labels of the org's latest ``limit`` alerts, latest first, each with its stored service (read from the
    labels at ingest) as ``service``."""
    alerts = store.query(
        "SELECT service, labels FROM alert_events WHERE org_id = :o ORDER BY received_at DESC LIMIT :n",
        {"o": org, "n": limit})
    return [{**(one if isinstance(one := from_json(a["labels"], {}), dict) else {}),
             **({"service": a["service"]} if a["service"] else {})} for a in alerts]


def query_labels(store: Store, org: str, limit: int = TOPOLOGY_SUMMARIES, budget: int = TOPOLOGY_CHARS) -> list[dict]:
    """The label sets the executed queries of the org's latest ``limit`` successful questions select by (one per
    selector, equality matchers only: `detectors.query_selectors`), latest first, until ``budget`` characters of
    query text are read (TOPOLOGY_QUERIES per summary). Personal questions are left out, as for the vocabulary: one
    person's history does not describe the org's things for everyone."""
    out: list[dict] = []
    for start in range(0, limit, _PAGE):  # (a page at a time: the budget is often spent long before ``limit``)
        rows = store.query(
            "SELECT executed FROM query_executions WHERE org_id = :o AND scope = 'org' AND success = 1 "
            "AND executed <> '[]' ORDER BY executed_at DESC, id DESC LIMIT :n OFFSET :k",
            {"o": org, "n": min(_PAGE, limit - start), "k": start})
        for r in rows:
            executed = from_json(r["executed"], [])
            for e in (executed if isinstance(executed, list) else [])[:TOPOLOGY_QUERIES]:
                text = str(e.get("query", "")) if isinstance(e, dict) else ""
                if len(text) > budget:
                    return out
                budget -= len(text)
                out += selector_labels(text)
        if len(rows) < _PAGE:
            break
    return out
