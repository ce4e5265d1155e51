"""Query memory benchmark: decision quality on hand-written pairs, lookup speed by cache size, demo replay.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/query_cache.py [--sizes 1000,10000,100000] [--skip speed,replay]

1. Quality. 518 hand-written pairs in bench/data/query_pairs, 179 more by another hand in another
   voice in bench/data/query_pairs2, 134 by a third in bench/data/query_pairs3, 138 by a fourth in
   bench/data/query_pairs4, 129 by a fifth in bench/data/query_pairs5, 142 by a sixth in
   bench/data/query_pairs6 and 250 by an independent writer who never saw the code or the earlier
   pairs in bench/data/query_pairs7 (earlier question with its time, zone and TTL; later question with
   its time and zone; the decision issue 15's specification expects), each batch split once into dev
   and test (dev2/test2 ... dev9/test9) before any rule was tuned for it. Each pair goes through the real record
   path (`record.enrich`: reading, TTL, embedding) and `lookup.judge`. Beside it, in the same run:
   exact text match and a text-only MiniLM cache (cosine >= 0.95 and >= 0.80; a match is a hit
   while fresh, a partial once expired), and the code before issue 15 ("before": its decisions,
   recorded once from commit c931fb3 in data/query_pairs/before_decisions.json). Prints per-group
   accuracy, hit precision/recall and partial F1: blind2 | blind | test8 | test7 | test6 | test5 | test4 | test | test2 |
   test3 | dev8 | dev7 | dev6 | dev5 | dev4 | dev | dev2 | dev3 (the two blind sets, by writers who never saw the code, are test
   only; `--splits` chooses which are scored, `--no-blind` leaves both blind sets unopened).
   Each split is scored twice in the same run: the headline ("new rules", no alias table) and "+org aliases", with its
   batch's alias table (data/query_pairs*/aliases.json, transcribed by hand from the batch README's theme names and
   committed before any run with it; "-" for a batch without one) and, from round 19, its batch's topology
   (data/query_pairs*/topology.json, transcribed by hand from the README's theme table: which team and namespace hold
   each service, which region and environment each cluster is in), sent as one Alertmanager alert per row through the
   product's ingest path (`store_alerts`) into a SQLite store and learned from there as the product learns it
   (`alert_labels`, `learn_topology`). The headline run has no alert history, as before.
2. Speed. At each cache size n, n live entries of one org in a SQLite store, and the whole
   `QueryMemory.lookup` timed (embedding included) beside one `embed_one` call in the same run; the
   index scan alone and the lookup with its vector given (everything but the model) beside it. Stored vectors are random unit vectors (embedding 100k questions would
   take minutes and does not change what a lookup costs); their readings are real.
   In rounds (`--rounds`, default 3, of `--repeats` 200 new questions each), each round's whole p99 set against
   the embedding timed alone at the start and against the embedding timed between its lookups, with the
   rounds' median and range; `--code TREE` times another tree's product code with this file.
3. Replay. The demo data's query sessions in time order through a real `QueryMemory` on SQLite: each
   question is looked up, then its result recorded; prints the hit rate of questions with a time range.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from unittest.mock import patch

import numpy as np


def _code_root() -> Path:
    """The tree whose product code this run imports: this bench's own, or ``--code TREE`` (read before the
    imports below), so two trees' lookups can be timed by one bench file, the same rounds and statistics."""
    argv = sys.argv[1:]
    for i, arg in enumerate(argv):
        if arg == "--code" and i + 1 < len(argv):
            return Path(argv[i + 1]).resolve()
        if arg.startswith("--code="):
            return Path(arg.split("=", 1)[1]).resolve()
    return Path(__file__).resolve().parent.parent


sys.path.insert(0, str(_code_root()))

from history_aliases import pair_files  # noqa: E402

from detectors.org_aliases import Aliases, compile_aliases  # noqa: E402
from detectors.org_names import vocabulary  # noqa: E402
from exporter.querymem.lookup import judge  # noqa: E402
from exporter.querymem.policy import MemoryPolicy  # noqa: E402
from exporter.querymem.reading import read_question  # noqa: E402
from exporter.querymem.record import enrich  # noqa: E402
from exporter.text.embeddings import DIM, embed, embed_one, to_blob  # noqa: E402

NOW = datetime(2024, 5, 10, 14, 0, tzinfo=UTC).timestamp()
DATA = Path(__file__).resolve().parent / "data"
PAIRS = DATA / "query_pairs"
#: The newest numbered writer batch (data/query_pairs2 ... data/query_pairsN, splits devN / testN). A new batch raises it.
NEWEST_BATCH = 31
PAIR_DIRS = [PAIRS] + [DATA / f"query_pairs{n}" for n in range(2, NEWEST_BATCH + 1)]
BLIND = DATA / "query_pairs_blind"
BLIND2 = DATA / "query_pairs_blind2"
_NEWEST_FIRST = range(NEWEST_BATCH, 3, -1)  # (batches 1-3 are listed last, as their splits were named first)
TESTS = ("blind2", "blind") + tuple(f"test{n}" for n in _NEWEST_FIRST) + ("test", "test2", "test3")
SPLITS = TESTS + tuple(f"dev{n}" for n in _NEWEST_FIRST) + ("dev", "dev2", "dev3")
BLIND_SPLITS = {"blind": BLIND, "blind2": BLIND2}
LABELS = ("hit", "partial", "miss")
#: The `--learned` systems a --dump-quality file holds after its five columns, in this order (bench/query_writer_check.py).
DUMP_EXTRA = ("+writer table", "+learned", "+learned+topo")


def load_pairs(splits: tuple[str, ...] = SPLITS) -> list[dict]:
    """The hand-written pairs, each with its fixed split: the first batch (data/query_pairs, dev/test), the
    second, written by another hand in another voice (data/query_pairs2, dev2/test2), and the third, by a
    third hand (data/query_pairs3, dev3/test3), and the fourth, in yet other voices (data/query_pairs4,
    dev4/test4), and the fifth, in four more voices (data/query_pairs5, dev5/test5), and the sixth, in four others
    (data/query_pairs6, dev6/test6), and the seventh, by an independent writer who never saw the code or the
    earlier pairs (data/query_pairs7, dev7/test7), and the eighth, by another such writer (data/query_pairs8,
    dev8/test8, public transport), and the ninth, by another (data/query_pairs9, dev9/test9, grocery delivery:
    near misses, indirect ranges, scope changes, paraphrases), and the tenth, by a third such writer
    (data/query_pairs10, dev10/test10, a multiplayer game backend, eight voices), and the eleventh, by a fourth
    such writer (data/query_pairs11, dev11/test11, a hospital group's clinical IT, eight voices), and the twelfth, by a
    fifth such writer (data/query_pairs12, dev12/test12, a public broadcaster's streaming platform, eight voices), and the
    thirteenth, by a sixth such writer (data/query_pairs13, dev13/test13, a freight-rail operator, eight voices), and the
    fourteenth, by a seventh such writer (data/query_pairs14, dev14/test14, a weather-forecasting company, eight voices), and the
    fifteenth, by an eighth such writer (data/query_pairs15, dev15/test15, a container port, eight voices), and the
    sixteenth, by a ninth such writer (data/query_pairs16, dev16/test16, an EV charging network, eight voices), and the
    seventeenth, by a tenth such writer (data/query_pairs17, dev17/test17, a beehive pollination company, eight voices), and the
    eighteenth, by an eleventh such writer (data/query_pairs18, dev18/test18, a digital library lending platform, eight
    voices), and the nineteenth, by a twelfth such writer (data/query_pairs19, dev19/test19, a hotel laundry and linen
    service, eight voices), and the twentieth, by a thirteenth such writer (data/query_pairs20, dev20/test20, a
    booking and supplies platform for pottery studios, eight voices), and the twenty-first, by a fourteenth such
    writer (data/query_pairs21, dev21/test21, a booking and safety platform for mountain huts and trails, eight
    voices), and the twenty-second, by a fifteenth such writer (data/query_pairs22, dev22/test22, a print-on-demand
    wall-art marketplace, eight voices; its history.jsonl, the org's past questions, is no pair), and the
    twenty-third, by a sixteenth such writer (data/query_pairs23, dev23/test23, a live-event ticketing company, eight
    voices, with its history.jsonl), and the twenty-fourth, by a seventeenth such writer (data/query_pairs24,
    dev24/test24, a parking-payments platform for cities, eight voices, with its history.jsonl), and the
    twenty-fifth and twenty-sixth, by the next writers (data/query_pairs25, a satellite ground-station operator; and
    data/query_pairs26, an e-signature and notarisation company; and data/query_pairs27, a live language-tutoring
    platform; and data/query_pairs28, a classic-car auction marketplace; and data/query_pairs29, a
    rooftop-solar and home-battery monitoring company; each eight voices with its history.jsonl); and a set by a writer who never saw the code or the other
    batches (data/query_pairs_blind, test only: "blind"), and a second such set by another writer
    (data/query_pairs_blind2, test only: "blind2").

    Only the pairs of ``splits`` are returned, and a blind set's files are not even opened unless its split
    is asked for, so a run that leaves them out neither scores nor dumps them."""
    dirs = list(PAIR_DIRS)
    dirs += [d for name, d in BLIND_SPLITS.items() if name in splits]
    pairs = [json.loads(line) for d in dirs for path in pair_files(d) for line in path.open() if line.strip()]
    return [p for p in pairs if p["split"] in splits]


def dump_keys(pairs: list[dict]) -> list[str]:
    """Each pair's key in a --dump-quality file: its id, or "id@split" where two batches use one id (the first batch
    and blind2 do), so no pair's decision overwrites another's."""
    seen = Counter(p["id"] for p in pairs)
    return [p["id"] if seen[p["id"]] == 1 else f"{p['id']}@{p['split']}" for p in pairs]


def _row(text: str, executed_at: float, n: int) -> dict:
    return {"org_id": "bench", "user_id": None, "scope": "org", "external_id": f"b{n}", "session_id": None,
            "query_text": text, "relative_expression": None, "range_start": None, "range_end": None,
            "result_summary": "", "headline_value": 1.0, "key_insights": "[]", "data_sources": "[]",
            "execution_time_seconds": 1.0, "success": 1, "executed_at": executed_at, "expires_at": 0.0,
            "intent": "{}", "intent_key": None, "embedding": None}


def scores(got: list[str], expected: list[str]) -> dict[str, float]:
    """Accuracy, hit precision and recall, partial F1."""
    def pr(label: str) -> tuple[float, float]:
        tp = sum(g == label and e == label for g, e in zip(got, expected, strict=True))
        fp = sum(g == label and e != label for g, e in zip(got, expected, strict=True))
        fn = sum(g != label and e == label for g, e in zip(got, expected, strict=True))
        return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)

    hp, hr = pr("hit")
    pp, prc = pr("partial")
    return {"acc": sum(g == e for g, e in zip(got, expected, strict=True)) / max(1, len(got)),
            "hit_p": hp, "hit_r": hr, "partial_f1": 2 * pp * prc / (pp + prc) if pp + prc else 0.0}


def org_vocabulary(pairs: list[dict]) -> dict[str, frozenset[str]]:
    """Each split's org vocabulary, as the product gathers it from an org's history (`QueryMemory.known`): the
    names written as identifiers in the questions that org recorded, here the earlier question of every pair of
    the same split (each batch is one org; a split never sees another's questions). No expected decision, no
    later question and no label is read: a bench has no alert history, so label values play no part."""
    texts: dict[str, list[str]] = {}
    for p in pairs:
        texts.setdefault(p["split"], []).append(p["a"]["q"])
    return {split: vocabulary(qs) for split, qs in texts.items()}


def org_inventory(pairs: list[dict], names: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """Each split's known names with its batch's service ids added: the keys of data/query_pairs*/aliases.json, without
    the nicknames listed under them. They stand in for what the product learns from an org's alerts (`service`,
    `app` label values: `QueryMemory.known`), which a bench has not. Splits of a batch without a table are absent."""
    out = {}
    for s_, folder in _batch_dirs({p["split"] for p in pairs}).items():
        path = folder / "aliases.json"
        if path.exists():
            ids = frozenset(k.lower() for k in json.loads(path.read_text()))
            out[s_] = names.get(s_, frozenset()) | ids
    return out


def _batch_dirs(splits: set[str]) -> dict[str, Path]:
    """The data folder of each split ("dev11" -> data/query_pairs11)."""
    out = {}
    for s_ in splits:
        digits = s_.removeprefix("dev").removeprefix("test")
        if s_.startswith(("dev", "test")) and (digits.isdigit() or digits == ""):
            out[s_] = DATA / f"query_pairs{digits}"
    return out


def org_aliases(pairs: list[dict]) -> dict[str, Aliases]:
    """Each split's org alias table, where its batch has one: data/query_pairs*/aliases.json, transcribed by hand
    from that batch's README names (its theme table only, nothing from the pairs) and committed before any run
    with it. Splits of a batch without one are absent (they are scored without aliases only)."""
    out = {}
    for s_, folder in _batch_dirs({p["split"] for p in pairs}).items():
        path = folder / "aliases.json"
        if path.exists():
            out[s_] = compile_aliases(json.loads(path.read_text()))
    return out


def org_topologies(pairs: list[dict]) -> dict[str, object]:
    """Each split's org topology, where its batch has a data/query_pairs*/topology.json: its rows sent as Alertmanager
    alerts through the product's ingest path into a fresh SQLite store, then learned from the stored alerts as
    `QueryMemory.known` learns them. Empty for a tree without topologies (``--code`` of an older tree)."""
    try:
        from detectors.org_topology import learn_topology
        from exporter.querymem.memory import alert_labels
    except ImportError:
        return {}
    from exporter.ingest.schemas import AlertmanagerWebhook
    from exporter.ingest.writer import store_alerts
    from exporter.privacy.gate import Gate
    from exporter.privacy.redaction import Redactor
    from exporter.scoping import Principal
    from exporter.store import migrate, open_store

    folders = {s_: f / "topology.json" for s_, f in _batch_dirs({p["split"] for p in pairs}).items()}
    folders = {s_: f for s_, f in folders.items() if f.exists()}
    if not folders:
        return {}
    at = datetime.fromtimestamp(NOW, UTC).isoformat()
    out = {}
    with tempfile.TemporaryDirectory(prefix="qtopo-") as tmp:  # (the learned topologies live on in memory)
        url = f"sqlite:///{tmp}/alerts.db"
        migrate(url)
        store = open_store(url)
        for s_, path in sorted(folders.items()):
            rows = json.loads(path.read_text())["alerts"]
            alerts = [{"status": "firing", "labels": {"alertname": f"Topology{i}", **labels}, "startsAt": at,
                       "fingerprint": f"{s_}-{i}"} for i, labels in enumerate(rows)]
            store_alerts(store, Principal(s_, None, "service"), Gate(Redactor()),
                         AlertmanagerWebhook.model_validate({"version": "4", "status": "firing", "alerts": alerts}))
            out[s_] = learn_topology(alert_labels(store, s_))
        store.close()
    return out


def new_rules(pairs: list[dict], policy: MemoryPolicy, more: dict[str, dict[str, tuple]] | None = None
              ) -> tuple[list[str], list[dict], list[float], list[str | None], list[dict], list[str | None],
                         dict[str, list[str | None]]]:
    """Decisions of the current code: record the earlier question, judge the later one against it; then the same
    with each split's org alias table declared (`org_aliases`): None where the split's batch has none; and the same
    without the table but with the batch's service ids among the org's known names (`org_inventory`); and, for each
    system of ``more`` ({system: {split: (table, topology or None)}}), the same with that table and topology alone
    (no other topology): None where the split has none."""
    rows = enrich([
        {**_row(p["a"]["q"], datetime.fromisoformat(p["a"]["at"]).timestamp(), i),
         "_tz": p["a"]["tz"], "_ttl": p["a"]["ttl"]}
        for i, p in enumerate(pairs)
    ], policy)
    asked_vecs = embed([p["b"]["q"] for p in pairs])
    names = org_vocabulary(pairs)
    tables = org_aliases(pairs)
    topologies = org_topologies(pairs)
    inventory = org_inventory(pairs, names)
    got, whys, sims = [], [], []
    aliased: list[str | None] = []
    inventoried: list[str | None] = []
    aliased_whys: list[dict] = []
    extra: dict[str, list[str | None]] = {name: [] for name in more or {}}
    for i, (p, row, vec) in enumerate(zip(pairs, rows, asked_vecs, strict=True)):
        row["id"] = i
        now = datetime.fromisoformat(p["b"]["at"]).timestamp()
        sim = float(row["_vector"] @ vec)
        asked = read_question(p["b"]["q"], now, p["b"]["tz"])
        c = judge(asked, row, sim, now, policy, names[p["split"]])
        got.append(c.decision)
        whys.append(c.why)
        sims.append(sim)
        table = tables.get(p["split"])
        held = {"topology": topologies[p["split"]]} if p["split"] in topologies else {}
        a = judge(asked, row, sim, now, policy, names[p["split"]], table, **held) if table is not None else None
        aliased.append(a.decision if a is not None else None)
        aliased_whys.append(a.why if a is not None else {})
        known = inventory.get(p["split"])
        inventoried.append(judge(asked, row, sim, now, policy, known).decision if known is not None else None)
        for name, by_split in (more or {}).items():
            t = by_split.get(p["split"])
            extra[name].append(judge(asked, row, sim, now, policy, names[p["split"]], t[0], topology=t[1]).decision
                               if t is not None else None)
    return got, whys, sims, aliased, aliased_whys, inventoried, extra


def learned_systems(pairs: list[dict]) -> tuple[dict[str, dict[str, tuple]], dict[str, list[dict]]]:
    """`--learned`: for the splits whose batch has a history.jsonl, the writer's table alone ("+writer table"), the
    table the product learns from the history alone ("+learned", `history_aliases`), and that table with the
    topology the product learns from the same history's executed queries ("+learned+topo", as `QueryMemory.known`
    learns it with no alert stored), with the learned listing."""
    from history_aliases import learned_tables

    tables, listings, topologies = learned_tables(_batch_dirs({p["split"] for p in pairs}))
    writer = {s_: (t, None) for s_, t in org_aliases(pairs).items() if s_ in tables}
    return {"+writer table": writer, "+learned": {s_: (t, None) for s_, t in tables.items()},
            "+learned+topo": {s_: (t, topologies[s_]) for s_, t in tables.items()}}, listings


def learned_report(pairs: list[dict], split: dict[str, list[int]], expected: list[str], got: list[str],
                   extra: dict[str, list[str | None]], listings: dict[str, list[dict]]) -> None:
    """`--learned`: per split with a history, and pooled over them, hit recall and wrong hits of "no table", the
    writer's table and the learned one, the wrong hits the learned table makes that "no table" does not, and the
    learned aliases' precision against the writer's aliases.json."""
    from history_aliases import precision

    learned_, writer = extra["+learned"], extra["+writer table"]
    shown = [s_ for s_ in split if s_ in listings]
    print("\n== aliases learned from each org's history.jsonl (product path: QuerySummary -> gate -> store -> learner)")
    folders = {folder: s_ for s_, folder in sorted(_batch_dirs(set(shown)).items())}  # one org per batch
    for folder, s_ in sorted(folders.items()):
        c = precision(listings[s_], json.loads((folder / "aliases.json").read_text()))
        print(f"{folder.name}: {len(listings[s_])} learned, right {c['right']} (exactly listed {c['exact']}), "
              f"wrong {c['wrong']}, unlisted "
              f"{c['unlisted']} (precision {c['right'] / max(1, len(listings[s_])):.3f}): "
              + ", ".join(f"{a['alias']}={a['canonical']}" for a in listings[s_]))
    pooled = [i for s_ in shown for i in split[s_]]
    for label, idx in [*((s_, split[s_]) for s_ in shown), ("pooled", pooled)]:
        cells = []
        for name, decisions in (("no table", got), ("writer's table", writer), ("learned", learned_)):
            d = [decisions[i] for i in idx]
            hr = scores(d, [expected[i] for i in idx])["hit_r"]
            wrong = sum(x == "hit" and expected[i] != "hit" for x, i in zip(d, idx, strict=True))
            cells.append(f"{name} hit R {hr:.3f} wrong hits {wrong}")
        new_wrong = sum(learned_[i] == "hit" and expected[i] != "hit" and got[i] != "hit" for i in idx)
        print(f"{label:8s} " + "; ".join(cells) + f"; new wrong hits with the learned table: {new_wrong}")
    topology_report(pairs, [(s_, split[s_]) for s_ in shown] + [("pooled", pooled)], expected, got, extra)


def topology_report(pairs: list[dict], splits: list[tuple[str, list[int]]], expected: list[str], got: list[str],
                    extra: dict[str, list[str | None]]) -> None:
    """`--learned`: the learned table alone against it with the topology learned from the same history's executed
    queries: per split and pooled, hit R, partial F1, scope accuracy, the wrong hits the topology's column makes that
    "no table" does not, and the pairs whose decision the topology changes (right / wrong after)."""
    alone, topo = extra["+learned"], extra["+learned+topo"]
    print("\n== the topology learned from each org's executed queries (product path: QuerySummary -> gate -> store ->"
          " QueryMemory.known's query_labels -> learn_topology), beside the learned table alone")
    for label, idx in splits:
        want = [expected[i] for i in idx]
        cells = []
        for name, decisions in (("learned", alone), ("learned+topo", topo)):
            sc = scores([decisions[i] for i in idx], want)
            scope = [i for i in idx if pairs[i]["group"] == "scope"]
            acc = sum(decisions[i] == expected[i] for i in scope) / max(1, len(scope))
            cells.append(f"{name} hit R {sc['hit_r']:.3f} partial F1 {sc['partial_f1']:.3f} scope acc {acc:.3f}")
        new_wrong = sum(topo[i] == "hit" and expected[i] != "hit" and got[i] != "hit" for i in idx)
        changed = [i for i in idx if topo[i] != alone[i]]
        right = sum(topo[i] == expected[i] for i in changed)
        newly_wrong = sum(alone[i] == expected[i] for i in changed)
        print(f"{label:8s} " + "; ".join(cells) + f"; new wrong hits with the topology's column: {new_wrong}; "
              f"changed {len(changed)} (right after {right}, newly wrong {newly_wrong})")
    for i in (i for _, idx in splits[:-1] for i in idx if topo[i] != alone[i]):
        p = pairs[i]
        print(f"  {p['id']:24s} want {expected[i]:7s} learned {alone[i]:7s} learned+topo {topo[i]:7s} | "
              f"{p['a']['q']!r} -> {p['b']['q']!r}")


def text_cache(pairs: list[dict], sims: list[float], threshold: float | None) -> list[str]:
    """A text-only cache: same text (threshold None) or cosine >= threshold; hit while fresh, else partial."""
    out = []
    for p, sim in zip(pairs, sims, strict=True):
        same = (" ".join(p["a"]["q"].lower().split()) == " ".join(p["b"]["q"].lower().split())) if threshold is None \
            else sim >= threshold
        age = datetime.fromisoformat(p["b"]["at"]).timestamp() - datetime.fromisoformat(p["a"]["at"]).timestamp()
        out.append("miss" if not same else "hit" if age < p["a"]["ttl"] else "partial")
    return out


def quality(show_wrong: str = "", dump: str = "", shown: tuple[str, ...] = SPLITS, learned: bool = False) -> None:
    pairs = load_pairs(shown)
    policy = MemoryPolicy()
    more, listings = learned_systems(pairs) if learned else ({}, {})
    t0 = time.perf_counter()
    got, whys, sims, aliased, aliased_whys, inventoried, extra = new_rules(pairs, policy, more)
    elapsed = time.perf_counter() - t0
    before = json.loads((PAIRS / "before_decisions.json").read_text())["decisions"]
    systems = {
        "new rules": got,
        "+org aliases": aliased,  # the same code, each org's alias table declared ("-": the batch has none)
        "+org inventory": inventoried,  # no table; the batch's service ids among the known names ("-": none listed)
        "before": [before.get(p["id"]) for p in pairs],  # recorded for the first batch only
        "exact text": text_cache(pairs, sims, None),
        "MiniLM>=0.95": text_cache(pairs, sims, 0.95),
        "MiniLM>=0.80": text_cache(pairs, sims, 0.80),
        **extra,  # --learned: "+writer table" and "+learned", each alone (no topology; "-": no history)
    }
    expected = [p["expect"] for p in pairs]
    if dump:
        # (after the five columns, with --learned: "+writer table", "+learned", "+learned+topo", in `DUMP_EXTRA`'s order)
        Path(dump).write_text(json.dumps({k: [g, w.get("rule"), a, aw.get("rule"), inv,
                                              *(extra[n][i] for n in DUMP_EXTRA if n in extra)]
                                          for i, (k, g, w, a, aw, inv)
                                          in enumerate(zip(dump_keys(pairs), got, whys, aliased, aliased_whys,
                                                           inventoried, strict=True))},
                                         indent=0, sort_keys=True))
    split = {s: [i for i, p in enumerate(pairs) if p["split"] == s] for s in shown}

    def cell(decisions: list, idx: list[int], key: str) -> str:
        idx = [i for i in idx if decisions[i] is not None]
        return f"{scores([decisions[i] for i in idx], [expected[i] for i in idx])[key]:.3f}" if idx else "  -  "

    print(f"\n== quality: {len(pairs)} hand-written pairs ("
          + ", ".join(f"{len(split[s])} {s}" for s in shown)
          + f"); new rules {1000 * elapsed / len(pairs):.1f} ms per pair (record + judge)")
    print(f"{'system':14s} " + "  ".join(f"{h:>35s}" for h in ("accuracy", "hit prec", "hit recall", "partial F1"))
          + "   (" + " | ".join(shown) + ")")
    for name, decisions in systems.items():
        cells = ["|".join(cell(decisions, split[s], key) for s in shown)
                 for key in ("acc", "hit_p", "hit_r", "partial_f1")]
        print(f"{name:14s} " + "  ".join(f"{c:>35s}" for c in cells))
    groups = sorted({p["group"] for p in pairs})
    print("\nper-group accuracy, " + " | ".join(shown) + ":")
    print(f"{'group':21s} " + " ".join(f"{n:>29s}" for n in systems))
    for g in groups:
        cells = []
        for decisions in systems.values():
            accs = []
            for s_ in shown:
                idx = [i for i in split[s_] if pairs[i]["group"] == g and decisions[i] is not None]
                accs.append(f"{sum(decisions[i] == expected[i] for i in idx) / len(idx):.2f}" if idx else " -  ")
            cells.append("|".join(accs))
        print(f"{g:21s} " + " ".join(f"{c:>29s}" for c in cells))
    for s_ in (s_ for s_ in TESTS if s_ in split):
        print(f"\nnew rules, expected -> got ({s_}):",
              dict(sorted(Counter((expected[i], got[i]) for i in split[s_]).items())))
    for s_ in (s_ for s_ in TESTS if s_ in split):
        wrong = sum(got[i] == 'hit' and expected[i] != 'hit' for i in split[s_])
        tabled = [i for i in split[s_] if aliased[i] is not None]
        with_table = sum(aliased[i] == "hit" and expected[i] != "hit" for i in tabled)
        listed = [i for i in split[s_] if inventoried[i] is not None]
        with_ids = sum(inventoried[i] == "hit" and expected[i] != "hit" for i in listed)
        print(f"wrong hits on {s_}: {wrong}" + (f" (with the org's alias table: {with_table})" if tabled else "")
              + (f" (with the org's inventory: {with_ids})" if listed else ""))
    if learned:
        learned_report(pairs, split, expected, got, extra, listings)
    if show_wrong:
        for i in (i for s_ in show_wrong.split(",") for i in split[s_]):
            if got[i] != expected[i] or aliased[i] not in (None, expected[i]):
                p = pairs[i]
                print(f"  {p['id']:24s} want {expected[i]:7s} got {got[i]:7s} (aliases: {aliased[i] or '-':7s}) | "
                      f"{p['a']['q']!r} -> {p['b']['q']!r}")
                print(f"      {json.dumps({k: v for k, v in whys[i].items() if k != 'ranges'})}")
                r = whys[i].get("ranges", {})
                if r.get("comparable"):
                    print(f"      ranges {r['cached']['start']}..{r['cached']['end']} vs {r['asked']['start']}.."
                          f"{r['asked']['end']} overlap {r['overlap_of_shorter']} ratio {r['length_ratio']}")


def _live_rows(n: int, rng: np.random.Generator, policy: MemoryPolicy,
               basis: np.ndarray | None = None) -> list[dict]:
    """``n`` live rows of one org (the worst case: one org's whole cache is scanned), each with a real reading
    (a pool of 60 questions read once) and a random unit vector (embedding 100k questions takes minutes), or,
    with ``basis`` (real question embeddings), a mix of two of them: rows with a real org's structure (most
    energy in a few directions; random rows have none), for an index whose cost depends on the rows (round 10
    tried a prefix first pass that does, bench/RESULTS.md)."""
    pool = [enrich([_row(f"{kind} for team-{i} in the last {i % 23 + 1} hours", NOW - 600, i)], policy)[0]
            for i, kind in enumerate(("critical alerts", "errors", "p99 latency", "deploys", "error logs",
                                      "incidents") * 10)]
    rows = []
    for start in range(0, n, 50_000):
        m = min(50_000, n - start)
        if basis is None:
            vecs = rng.standard_normal((m, DIM), dtype=np.float32)
        else:
            share = rng.uniform(0, 0.5, (m, 1)).astype(np.float32)
            vecs = (1 - share) * basis[rng.integers(0, len(basis), m)] + share * basis[rng.integers(0, len(basis), m)]
        vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
        for i in range(m):
            base = pool[(start + i) % len(pool)]
            rows.append({**{k: v for k, v in base.items() if not k.startswith("_") and k != "embedding"},
                         "org_id": "bench", "external_id": f"b{start + i}", "embedding": to_blob(vecs[i]),
                         "expires_at": NOW + 3600})
    return rows


def speed_questions(n: int) -> list[str]:
    """The questions the speed runs look up (one per service, windows of 1-24 hours)."""
    return [f"how many critical alerts for service-{i} in the last {i % 24 + 1} hours" for i in range(n)]


def question_vectors() -> np.ndarray:
    """Real question embeddings for structured rows: the earlier questions of the dev splits' pairs."""
    dev = tuple(s for s in SPLITS if s.startswith("dev"))
    return embed(sorted({p["a"]["q"] for p in load_pairs(dev)}))


def speed_store(url: str, n: int, rng: np.random.Generator, policy: MemoryPolicy, basis: np.ndarray | None = None):
    """A migrated SQLite store at ``url`` holding `_live_rows` ``n`` live entries of one org, open."""
    from exporter.ingest.writer import QUERY_COLUMNS
    from exporter.store import migrate, open_store

    cols = [c.strip() for c in QUERY_COLUMNS.split(",")]
    insert = f"INSERT INTO query_executions ({', '.join(cols)}) VALUES ({', '.join(':' + c for c in cols)})"
    migrate(url)
    store = open_store(url)
    rows = _live_rows(n, rng, policy, basis)
    with store.transaction() as conn:
        for start in range(0, n, 10_000):
            # a summary without executed queries stores "[]" (migration 0013's default), as the writer does
            conn.executemany(insert, [{c: {"executed": "[]", **r}.get(c) for c in cols}
                                      for r in rows[start:start + 10_000]])
    return store


def _ms(xs: list[float], q: float) -> float:
    return float(np.percentile(xs, q) * 1000)


def speed(sizes: list[int], repeats: int = 200, rounds: int = 3, warm: int = 20) -> None:
    """The whole lookup (`QueryMemory.lookup`: redaction gate, reading the question in its zone, one
    `embed_one`, index catch-up and scan over every subject, the visibility query, candidate rows from the
    hot tier or the store, judging) with n live entries in one org on SQLite, beside one `embed_one` in
    the same run, and the same lookups with each vector given ("lookup minus model": what this code costs
    beside the model, the comparable figure on a loaded machine). The target (issue 15): lookup p99 <= 1.5x
    the embedding call's p99 at 100k.

    Why rounds: a p99 of 200 lookups is their third-worst, and two idle runs of one code gave 1.33x and 1.52x
    (round 13). Each of ``rounds`` rounds asks ``repeats`` new questions, so each round's ratio is the figure
    every earlier round printed (200 lookups against the 200 embeddings timed at the start) and their spread
    says how much of a difference is luck. Two denominators: the embedding timed alone at the start (the
    headline, as before) and the embedding timed between two lookups (the same caches and load as the
    lookups beside it). ``warm`` lookups first: the first few pay for lazily built tables and caches."""
    from exporter.config import Settings
    from exporter.privacy.gate import Gate
    from exporter.privacy.redaction import Redactor
    from exporter.querymem.memory import QueryMemory
    from exporter.scoping import Principal
    from exporter.tiers.hot import StoreHot

    print("\n== speed (ms): whole lookup vs one embedding call in the same run (times are only valid on an idle"
          f" machine); product code from {Path(judge.__code__.co_filename).parents[2]}")
    questions = speed_questions(repeats * rounds + warm)
    warm_qs, questions = questions[:warm], questions[warm:]
    embed_one("warm up")
    t = []
    for q in questions[:repeats]:
        t0 = time.perf_counter()
        embed_one(q)
        t.append(time.perf_counter() - t0)
    emb50, emb99 = _ms(t, 50), _ms(t, 99)
    print(f"embed_one: p50 {emb50:.2f}  p99 {emb99:.2f}  (alone, {len(t)} calls before the store is built)")
    policy = MemoryPolicy()
    rng = np.random.default_rng(3)
    who = Principal(org_id="bench", user_id=None, role="service")
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            url = f"sqlite:///{tmp}/speed.db"
            t0 = time.perf_counter()
            store = speed_store(url, n, rng, policy)
            gate = Gate(Redactor(Settings(database_url=url).redaction_class_set()))
            memory = QueryMemory(store, lambda _org, g=gate: g, policy, StoreHot(store))
            indexed = memory.refresh_index(NOW)
            built = time.perf_counter() - t0
            for q in ["warm up: critical alerts today", *warm_qs]:
                memory.lookup(who, None, q, NOW)
            print(f"n={n:>7d} ({indexed} indexed, store + index built in {built:.0f}s; {warm + 1} warm-up lookups,"
                  f" then {rounds} rounds of {repeats})")
            whole, scan, rest, beside, per_round = [], [], [], [], []
            for r in range(rounds):
                asked = questions[r * repeats:(r + 1) * repeats]
                load = os.getloadavg()[0]
                w, s, b, g = [], [], [], []
                qs = rng.standard_normal((repeats, DIM), dtype=np.float32)
                qs /= np.linalg.norm(qs, axis=1, keepdims=True)
                for i, q in enumerate(asked):
                    t0 = time.perf_counter()
                    memory.lookup(who, None, q, NOW)
                    t1 = time.perf_counter()
                    memory.index.search("bench", qs[i], user=None, now=NOW, subject=None, k=policy.candidates)
                    t2 = time.perf_counter()
                    # One embedding call between two lookups: it meets the same caches and the same load as the
                    # lookup beside it, where the calls timed before the store was built did not.
                    embed_one(q)
                    b.append(time.perf_counter() - t2)
                    w.append(t1 - t0)
                    s.append(t2 - t1)
                # Everything but the model: the same lookups with each question's vector already computed. On a
                # loaded machine the model's time swings by 10x between calls; this part is what this code owns.
                given = {q: embed_one(q) for q in asked}
                with patch("exporter.querymem.memory.embed_one", given.__getitem__):
                    for q in asked:
                        t0 = time.perf_counter()
                        memory.lookup(who, None, q, NOW)
                        g.append(time.perf_counter() - t0)
                per_round.append((load, os.getloadavg()[0], w, s, g, b))
                whole += w
                scan += s
                rest += g
                beside += b
            for name, xs in (("index scan alone", scan), ("lookup minus model", rest), ("whole lookup", whole)):
                print(f"    {name:18s}: p50 {_ms(xs, 50):8.2f}  p99 {_ms(xs, 99):8.2f}  p99/embed-p99 "
                      f"{_ms(xs, 99) / emb99:.2f}  (all {len(xs)})")
            # Secondary: the embedding timed between the lookups, so one outlier in the calls timed at the
            # start cannot move the ratio (the headline above stays as every earlier round measured it).
            print(f"    {'embed_one between':18s}: p50 {_ms(beside, 50):8.2f}  p99 {_ms(beside, 99):8.2f}  "
                  f"whole p99 / this p99 {_ms(whole, 99) / _ms(beside, 99):.2f}  (all {len(beside)})")
            heads, betweens = [], []
            for r, (l0, l1, w, s, g, b) in enumerate(per_round, 1):
                heads.append(_ms(w, 99) / emb99)
                betweens.append(_ms(w, 99) / _ms(b, 99))
                print(f"    round {r} (load {l0:.1f}-{l1:.1f}): whole p50 {_ms(w, 50):.2f} p99 {_ms(w, 99):.2f}; "
                      f"minus model p50 {_ms(g, 50):.2f} p99 {_ms(g, 99):.2f}; scan p50 {_ms(s, 50):.2f}; "
                      f"embed between p50 {_ms(b, 50):.2f} p99 {_ms(b, 99):.2f}; "
                      f"whole p99 / embed p99 {heads[-1]:.2f}, / between p99 {betweens[-1]:.2f}")
            print(f"    ratio over {rounds} rounds of {repeats}, median [min-max]: whole p99 / embed p99 "
                  f"{np.median(heads):.2f} [{min(heads):.2f}-{max(heads):.2f}]; whole p99 / between p99 "
                  f"{np.median(betweens):.2f} [{min(betweens):.2f}-{max(betweens):.2f}]")
            store.close()


def replay(dump: str = "") -> None:
    """The demo users' questions in time order: lookup, then record. Temporal hit rate under the new rules,
    beside the decisions the code before issue 15 made on the same sequence (data/query_pairs/before_replay.json,
    recorded once from commit c931fb3: the cache holds the same rows in both runs, only decisions differ)."""
    from exporter.config import Settings
    from exporter.demo import generate_demo
    from exporter.privacy.gate import Gate
    from exporter.privacy.redaction import Redactor
    from exporter.querymem.memory import QueryMemory
    from exporter.scoping import Principal
    from exporter.store import migrate, open_store
    from exporter.tiers.hot import StoreHot

    before_path = PAIRS / "before_replay.json"
    before = json.loads(before_path.read_text())["lookups"] if before_path.exists() else {}
    now = datetime(2024, 5, 10, 9, 0, tzinfo=UTC)
    data = generate_demo(now, seed=42, weeks=8)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/replay.db"
        migrate(url)
        store = open_store(url)
        settings = Settings(database_url=url)
        redactor = Redactor(settings.redaction_class_set())
        memory = QueryMemory(store, lambda _org: Gate(redactor), MemoryPolicy.from_settings(settings),
                             StoreHot(store))
        print("\n== replay of the demo users' questions (lookup, then record)")
        old_hits = refused = 0
        refused_examples = []
        lookups: dict[str, dict] = {}
        for org, demo in data.orgs.items():
            who = Principal(org_id=org, user_id=None, role="service")
            decisions: Counter = Counter()
            temporal: Counter = Counter()
            saved = 0.0
            t0 = time.perf_counter()
            for n, q in enumerate(sorted(demo.queries, key=lambda q: q["executed_at"])):
                asked_at = datetime.fromisoformat(q["executed_at"]).timestamp() - q["execution_time_seconds"]
                result = memory.lookup(who, q["user"], q["query_text"], asked_at)
                decisions[result.decision] += 1
                if result.reading.time_state == "range":
                    temporal[result.decision] += 1
                saved += result.saved_seconds
                lookups[f"{org}:{n}"] = {"decision": result.decision, "temporal": result.reading.time_state == "range",
                                         "rule": result.best.why.get("rule") if result.best else None,
                                         "asked": q["query_text"],
                                         "cached": result.best.row["query_text"] if result.best else None,
                                         "terms": result.best.why.get("terms") if result.best else None}
                old = before.get(f"{org}:{n}")
                if old and old["decision"] == "hit" and old["temporal"]:
                    old_hits += 1
                    if result.decision != "hit":
                        refused += 1
                        refused_examples.append((old["cached"], q["query_text"], result.decision,
                                                 (result.best.why.get("rule") if result.best else "no candidate")))
                executed = datetime.fromisoformat(q["executed_at"]).timestamp()
                row = _row(q["query_text"], executed, 0)
                row.update(org_id=org, user_id=q["user"], scope="user" if q.get("personal") else "org",
                           external_id=None, headline_value=q.get("headline_value"),
                           result_summary=q["result_summary"], success=1 if q["success"] else 0,
                           execution_time_seconds=q["execution_time_seconds"],
                           range_start=datetime.fromisoformat(q["range_start"]).timestamp(),
                           range_end=datetime.fromisoformat(q["range_end"]).timestamp())
                with store.transaction() as conn:
                    memory.record(conn, [row])
            n_t = sum(temporal.values())
            elapsed = time.perf_counter() - t0
            old_t = [v for k, v in before.items() if k.startswith(f"{org}:") and v["temporal"]]
            old_rate = sum(v["decision"] == "hit" for v in old_t) / max(1, len(old_t))
            print(f"{org}: {sum(decisions.values())} questions {dict(decisions)}; with a time range: {n_t}, "
                  f"hit rate {temporal['hit'] / max(1, n_t):.3f} (before: {old_rate:.3f}), hit or partial "
                  f"{(temporal['hit'] + temporal['partial']) / max(1, n_t):.3f}; query time saved {saved:.1f}s; "
                  f"{1000 * elapsed / max(1, sum(decisions.values())):.1f} ms per lookup+record")
        store.close()
    if dump:
        Path(dump).write_text(json.dumps(lookups, indent=0, sort_keys=True))
    if before:
        print(f"hits the old rules served on temporal questions: {old_hits}; refused by the new rules: {refused} "
              f"({refused / max(1, old_hits):.3f})")
        for cached, asked, decision, rule in refused_examples[:: max(1, len(refused_examples) // 15)][:15]:
            print(f"   {cached!r} -> {asked!r}: now {decision} ({rule})")


def embed_each_text_once() -> None:
    """Keep every distinct text's vector after its first embedding (`--embed-once`): the replay asks the same
    few hundred texts thousands of times, and on a loaded machine the model dominates its run time. Each text
    is still embedded alone, as `embed_one` does, so decisions are the plain run's; only its ms figures lose
    meaning."""
    from exporter.text import embeddings

    real = embeddings.model()

    class _Once:
        def __init__(self) -> None:
            self.seen: dict[str, np.ndarray] = {}

        def encode(self, texts: list[str], **kw) -> np.ndarray:
            for t in texts:
                if t not in self.seen:
                    self.seen[t] = real.encode([t], **kw)[0]
            return np.stack([self.seen[t] for t in texts])

    embeddings._model = _Once()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--rounds", type=int, default=3, help="speed: rounds of --repeats new questions at each size")
    ap.add_argument("--repeats", type=int, default=200, help="speed: lookups per round")
    ap.add_argument("--code", default="", help="import the product code from this tree (two trees, one bench)")
    ap.add_argument("--dump-replay", default="", help="write the replay's decision per question to this JSON file")
    ap.add_argument("--show-wrong", default="",
                    help="print the pairs decided wrongly on these splits, e.g. dev,dev2 (use dev splits while tuning)")
    ap.add_argument("--splits", default=",".join(SPLITS),
                    help="splits to score and print, e.g. dev,dev2,dev3 while tuning (test splits stay unseen)")
    ap.add_argument("--no-blind", action="store_true",
                    help="leave the blind sets out (not opened, not scored), whatever --splits says")
    ap.add_argument("--dump-quality", default="", help="write each pair's decision and rule to this JSON file")
    ap.add_argument("--skip", default="", help="comma-separated: quality,speed,replay")
    ap.add_argument("--learned", action="store_true",
                    help="quality: also score each split whose batch has a history.jsonl with the alias table the "
                         "product learns from it, beside no table and the writer's table alone")
    ap.add_argument("--embed-once", action="store_true",
                    help="embed each distinct text once (replay on a loaded machine; not with the speed part)")
    args = ap.parse_args()
    if args.embed_once:
        embed_each_text_once()
    skip = set(args.skip.split(","))
    if "quality" not in skip:
        shown = tuple(s for s in args.splits.split(",") if not (args.no_blind and s in BLIND_SPLITS))
        quality(args.show_wrong, args.dump_quality, shown, args.learned)
    if "speed" not in skip:
        speed([int(s) for s in args.sizes.split(",")], args.repeats, args.rounds)
    if "replay" not in skip:
        replay(args.dump_replay)


if __name__ == "__main__":
    main()
