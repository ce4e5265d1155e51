"""An org's alias table as the product learns it from the org's history, for `query_cache.py --learned`.

Each batch with a `history.jsonl` (an independent writer's past exchanges of that batch's org: the question, who
asked, when, and the queries the helper ran; in the batch's folder or in data/query_histories*/orgNN) is fed through the product's own path: every line
validated as a `QuerySummary` (with its `executed` queries), redacted by the org's gate and stored by
`ingest.query_row` / `insert_queries` into a fresh SQLite store, then learned by `exporter.querymem.learned`
and compiled as lookups read it (`learned.merged`, with an empty admin table). No pair, expected decision or
alias table of the writer is read to build it; the writer's aliases.json is read only to score the learned
aliases' precision (`precision`).
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from pathlib import Path

#: The one name of an org's history file in a batch's folder (its past questions beside the queries the helper
#: ran): no pair file. Every reader of the pair files skips it through `pair_files`.
HISTORY = "history.jsonl"


def pair_files(folder: Path) -> list[Path]:
    """A batch folder's pair files (``*.jsonl``), its history left out."""
    return [p for p in sorted(folder.glob("*.jsonl")) if p.name != HISTORY]


def history_lines(path: Path) -> list[dict]:
    """One history file's exchanges (``id``, ``at``, ``tz``, ``voice``, ``question``, ``executed``)."""
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _stored(path: Path, org: str, url: str) -> object:
    """The history's lines through the product's path into a fresh store at ``url``: each validated as a
    `QuerySummary` (with its `executed` queries), redacted by the org's gate, written by `insert_queries`."""
    from exporter.ingest.schemas import QuerySummary
    from exporter.ingest.writer import insert_queries, query_row
    from exporter.privacy.gate import Gate
    from exporter.privacy.redaction import Redactor
    from exporter.store import migrate, open_store

    gate = Gate(Redactor())
    rows = []
    for h in history_lines(path):
        q = QuerySummary.model_validate({"id": str(h["id"]), "user": h.get("voice"), "query_text": h["question"],
                                         "executed_at": h["at"], "tz": h.get("tz"), "executed": h["executed"]})
        rows.append(query_row(q, org, q.user, gate, 3600.0))
    migrate(url)
    store = open_store(url)
    with store.transaction() as conn:
        insert_queries(conn, [{k: v for k, v in r.items() if not k.startswith("_")} for r in rows])
    return store


def learn_from_history(path: Path, org: str) -> tuple[object, list[dict], object]:
    """(the compiled table lookups read, the learned aliases as the admin's listing shows them, the topology
    `QueryMemory.known` learns from the same stored summaries' executed queries, no alert being stored)."""
    from detectors.org_topology import learn_topology
    from exporter.querymem import learned
    from exporter.querymem.aliases import OrgAliases
    from exporter.querymem.memory import query_labels

    with tempfile.TemporaryDirectory(prefix="qhist-") as tmp:
        store = _stored(path, org, f"sqlite:///{tmp}/history.db")
        learned.learn_org(store, org, [])
        listing = learned.listing(store, org)
        table = learned.merged(OrgAliases(), learned.table(store, org))
        topology = learn_topology(query_labels(store, org))
        store.close()
    return table, listing, topology


def stored_exchanges(path: Path, org: str) -> list:
    """The exchanges the learning pass reads for the org (`learned.history`), after the product's path."""
    from exporter.querymem import learned

    with tempfile.TemporaryDirectory(prefix="qhist-") as tmp:
        store = _stored(path, org, f"sqlite:///{tmp}/history.db")
        out = learned.history(store, org)
        store.close()
    return out


def history_of(folder: Path) -> Path | None:
    """A batch's history: its own folder's history.jsonl (query_pairs22 on), else the one written later for its org
    (data/query_histories*/orgNN/history.jsonl for data/query_pairsNN, the newest collection first)."""
    own = folder / HISTORY
    if own.exists():
        return own
    digits = folder.name.removeprefix("query_pairs")
    later = sorted(folder.parent.glob(f"query_histories*/org{digits}/{HISTORY}"), reverse=True) if digits else []
    return later[0] if later else None


def learned_tables(folders: dict[str, Path]) -> tuple[dict[str, object], dict[str, list[dict]], dict[str, object]]:
    """Per split (``{split: batch folder}``), the table and the topology learned from its batch's history; splits
    of a batch without one are absent. Each batch is learned once (its dev and test splits are one org)."""
    by_folder: dict[Path, tuple[object, list[dict], object]] = {}
    tables, listings, topologies = {}, {}, {}
    for split, folder in sorted(folders.items()):
        path = history_of(folder)
        if path is None:
            continue
        if folder not in by_folder:
            by_folder[folder] = learn_from_history(path, folder.name)
        tables[split], listings[split], topologies[split] = by_folder[folder]
    return tables, listings, topologies


def precision(listing: list[dict], writer: dict[str, list[str]]) -> Counter:
    """Each learned alias against the writer's table: ``right`` when the writer lists it (or a phrase with the
    same terms, or one containing all of its terms or contained in them) under the same name, ``wrong`` when the
    writer lists it under another name, ``unlisted`` when the writer's table does not name it at all (a team's
    or a namespace's nickname, or a word that is no alias); ``exact`` counts the right ones the writer lists with the
    same terms."""
    from detectors.org_aliases import phrase_of

    def terms(text: str) -> frozenset[str]:
        p = phrase_of(text)
        return p.terms if p is not None else frozenset()

    written = [(terms(a), name) for name, also in writer.items() for a in also]
    out: Counter = Counter()
    for a in listing:
        mine = terms(a["alias"])
        near = {name for t, name in written if t and mine and (t <= mine or mine <= t)}
        out["right" if a["canonical"] in near else "wrong" if near else "unlisted"] += 1
        out["exact"] += (mine, a["canonical"]) in written
    return out
