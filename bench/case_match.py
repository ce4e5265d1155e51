"""Case matching benchmark: the product's own path against plain baselines, on two real sets, and its speed.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/case_match.py [--sets seamonkey,postmortems,postmortems2,incidents] [--speed 100000]

1. Quality, for each set, in one run:

   - **product**: every case is recorded through `exporter.cases.repo.create_cases` (what
     `POST /api/v1/cases` calls, redaction and the stored matching text included) into a fresh
     SQLite store, and every query goes through `exporter.cases.matching.match_cases` (what
     `POST /api/v1/cases/match` calls: index cache, scoping, context, quality, the score cut);
   - **plain BM25**: Okapi BM25 (bm25s, method "robertson", k1 1.5, b 0.75) over the raw text
     with bm25s' default tokeniser and English stopwords, nothing else;
   - **plain MiniLM**: cosine of all-MiniLM-L6-v2 embeddings of the raw text.

   MRR (over the top 50) and recall@10 on the test split first, dev beside it.

   *SeaMonkey* (../shared/data/bugs, not copied): every report is a case (summary as title,
   description as statement, created date as `occurred_at`, so the import is two to six years
   old); each report that has a duplicate in the file is a query (summary and description), the
   report itself excluded from its answers, and any of its duplicates counts as right. Dev and
   test are fixed by a hash of each duplicate group, so both sides of a pair fall on one side.
   `mrr_group` / `recall@10_group` (round 13) count every report of the query's duplicate group
   right: two reports closed as duplicates of a third are one bug, but the file lists each only
   beside the third.

   *Postmortems* (bench/data/postmortems): 127 cases written by hand from public postmortem lists
   (symptom, cause, fix, source URL) and 40 queries in other words, frozen before any run; split by
   case (a query takes its answer's split); `expected` may list several cases with one cause and fix.

   *Postmortems 2* (bench/data/postmortems2): 108 cases built as a real library looks, several
   causes per symptom (5xx, restarts, replication lag, disk full, p99, TLS, DNS ...), and 80 on-call
   reports with their error lines, frozen before any run, split by case; queries carry the context
   the helper would send (platform, service kind), and the product is also run without it.
   *postmortems2-observed*: the same cases with 65 reports written from alerts and dashboards,
   error lines paraphrased or absent (evaluation only; see the set's README).
   *postmortems2-words*: the same cases with 108 reports, one per case, in the reporter's own
   words before the cause is known (round 5, written before that round's matcher changes).
   *postmortems2-firstlook*: 87 short first-look reports (the first thing seen, one line), against
   the postmortems2 cases; *firstlook-all*: the same reports against all three hand-written
   libraries together (345 cases).

   *postmortems-blind* (round 6): the postmortems cases with on-call reports written by another writer
   who never saw the case texts, only each incident's write-up address (`queries_blind.jsonl`, split as
   the writer assigned it); *blind-all*: the same reports against all three hand-written libraries (345
   cases). For both, a case holding the same answer (`same_answer.json`, written before the reports:
   the same write-up in another library, or the same cause and fix) counts too; the writer's own label
   alone is scored beside as `mrr_writer_label`.

   *postmortems-c3* (round 8): the postmortems cases with 90 harder reports by another independent writer who
   saw only the write-up addresses: an on-call engineer at another company hitting the same failure mode,
   symptoms only, no names, none of the write-up's distinctive cause words (`queries_c3.jsonl`, split by the
   writer); *c3-all*: the same reports against all 345 hand-written cases. Answers widened by
   `same_answer.json` and the writer's label scored beside, as for the blind reports.

   *postmortems-c4* (round 12): 90 more reports of the same kind by a fourth independent writer (75 distinct
   cases, `queries_c4.jsonl`, split by the writer); *c4-all*: the same reports against all 345 cases. Its test
   lines are the lead's (a before and an after run); engineers tune on its dev lines only.

   *postmortems-c5* (round 13): 90 more reports of the same kind by a fifth independent writer (82 distinct
   cases, `queries_c5.jsonl`, split by the writer); *c5-all*: the same reports against all 345 cases. Its test
   lines are the lead's, as c4's.

   *postmortems-c6* (round 14): 90 more reports of the same kind by a sixth independent writer (82 distinct
   cases, `queries_c6.jsonl`, split by the writer); *c6-all*: the same reports against all 345 cases. Both
   halves are the lead's in round 14.

   *postmortems-c7* (round 15): 90 more reports of the same kind by a seventh independent writer (74 distinct
   cases, `queries_c7.jsonl`, split by the writer); *c7-all*: the same reports against all 345 cases. Both
   halves are the lead's in round 15.

   *postmortems-c8* (round 16): 90 more reports of the same kind by an eighth independent writer (81 distinct
   cases, `queries_c8.jsonl`, split by the writer, asked to start with the cases earlier sets covered least);
   *c8-all*: the same reports against all 345 cases. Both halves are the lead's in round 16.

   *postmortems-c9* (round 17): 90 more reports of the same kind by a ninth independent writer (47 distinct
   cases, `queries_c9.jsonl`, split by the writer, asked to start with the cases earlier sets covered least);
   *c9-all*: the same reports against all 345 cases. Both halves are the lead's in round 17.

   *postmortems-c10* (round 18): 90 more reports of the same kind by a tenth independent writer (76 distinct
   cases, `queries_c10.jsonl`, split by the writer, asked to start with the cases earlier sets covered least);
   *c10-all*: the same reports against all 345 cases. Both halves are the lead's in round 18.

   *postmortems-c11* (round 19): 90 more reports of the same kind by an eleventh independent writer (62 distinct
   cases, `queries_c11.jsonl`, split by the writer, asked to start with the cases earlier sets covered least);
   *c11-all*: the same reports against all 345 cases. Both halves are the lead's in round 19.

   *postmortems-c12* (round 20): 90 more reports of the same kind by a twelfth independent writer (65 distinct
   cases, `queries_c12.jsonl`, split by the writer, asked to start with the cases earlier sets covered least);
   *c12-all*: the same reports against all 345 cases. Both halves are the lead's in round 20.

   *postmortems-c13* (round 21): 90 more reports of the same kind by a thirteenth independent writer (82 distinct
   cases, `queries_c13.jsonl`, split by the writer, asked to start with the cases earlier sets covered least);
   *c13-all*: the same reports against all 345 cases. Both halves are the lead's in round 21.

   *Incidents* (bench/data/incidents, the older set, written from memory by the engineer who tuned
   the first matcher, queries reworded once after a first run): 110 cases and 40 queries.

   `--dev-only` ranks and scores the dev split alone, for use while choosing anything. `--previous` also
   ranks through the product path with the matcher shipped before round 20 (round 19's: no sure lexical answer
   kept, `SURE_MARGIN` 0), in the same run; `--candidate` with a candidate's settings (`CANDIDATE`, round 20's unless
   `--candidate-settings` gives others as JSON). `--warm` only fills the
   embedding cache for the sets named (no split is scored). Each SeaMonkey report is matched with its own case
   retired from the library for that match, as a new report meets it (the default since round 21; round 20's
   `--own-report-out`). `--own-report-in` gives the measure of rounds 12-20: the report's copy stays in the index
   (every signal's first case, excluded only when scored), which moves the fusion's per-report weights (the
   overlap's gap share) and so the other cases' order, and made SeaMonkey's margin look larger than a new report
   meets.

   `--history` (round 25, issue 17) also ranks after the org's own history of confirmed matches, sent through the
   product's doors (`confirm_history`: a match in a session, then a resolved outcome of the right case in it), so the
   org's lexical scale is the one its pairs chose (`exporter.cases.pairs`): SeaMonkey's history is its dev pairs (its
   dev figure in-sample), a writer's half against the 127 cases takes the other half's pairs, and a writer against
   all 345 cases every other writer's (leave-one-writer-out); beside it the same store with the choice taken away.

2. Speed (`--speed N`): N cases recorded through `create_cases` in a SQLite store, then the whole
   `match_cases` call (query embedding included) for realistic multi-sentence problems, its p50
   and p99 beside the p99 of one embedding call of the same texts, measured interleaved in the
   same run, so the ratio holds under the machine's shared load.

3. `--headline-cost N`: the index search alone at N cases, with and without the headline signal.

`--embedding-cache FILE` keeps every vector the model produced, keyed by the exact text, and reuses
it on the next run: the same model's output for the same text, so the figures do not change, and a
rerun on a loaded 2-core machine takes minutes instead of most of an hour. Latency runs never use it.
Every text is embedded alone on one torch thread (`alone`, round 30): in a batch a text's vector differs
in the last bits with its companions, so a cache filled in another order moved SeaMonkey's MRR by 0.005.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import pickle
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from detectors.text_normalize import denoise  # noqa: E402
from exporter.cases import matching, repo  # noqa: E402
from exporter.cases.confidence import record_outcome  # noqa: E402
from exporter.cases.model import CaseIn, MatchIn, OutcomeIn  # noqa: E402
from exporter.cases.quality import QualityPolicy  # noqa: E402
from exporter.privacy.gate import Gate  # noqa: E402
from exporter.privacy.redaction import Redactor  # noqa: E402
from exporter.scoping import Principal  # noqa: E402
from exporter.store import migrate, open_store  # noqa: E402
from exporter.text import embeddings  # noqa: E402

BUGS = Path(os.environ.get("CASE_BENCH_BUGS") or next(
    (p / "shared" / "data" / "bugs" for p in ROOT.parents if (p / "shared" / "data" / "bugs").is_dir()), ROOT))
INCIDENTS = ROOT / "bench" / "data" / "incidents"
POSTMORTEMS = ROOT / "bench" / "data" / "postmortems"
POSTMORTEMS2 = ROOT / "bench" / "data" / "postmortems2"
DEPTH = 50
ORG = "bench"
_CACHE: dict[str, np.ndarray] = {}
_CACHE_FILE: Path | None = None


def embed(texts: list[str]) -> np.ndarray:
    """The bundled model's vectors, through the optional cache (see the module doc), each text embedded alone
    (`alone`), so a vector is its text's whatever the run embeds with it or the cache held before (round 30); the
    cache's keys say so (`cache_key`: a cache filled before, from batches, is not read as these vectors)."""
    if _CACHE_FILE is None:
        return alone(texts)
    keys = [cache_key(t) for t in texts]
    missing = [t for t, k in dict(zip(texts, keys, strict=True)).items() if k not in _CACHE]
    if missing:
        for t, v in zip(missing, alone(missing), strict=True):
            _CACHE[cache_key(t)] = v
        with open(_CACHE_FILE, "wb") as fh:
            pickle.dump(_CACHE, fh)
    return np.stack([_CACHE[k] for k in keys]) if keys else np.zeros((0, embeddings.DIM), np.float32)


def alone(texts: list[str]) -> np.ndarray:
    """Each text's vector embedded alone on one torch thread: the model pads a batch to its longest text and runs
    another kernel for a taller matrix, so in a batch a text's vector differs from its own in the last bits (~1e-7),
    and a near-tie parted by that moved SeaMonkey's MRR 0.635 / 0.640 between caches filled in other orders (round
    30). One thread: a batch of one on two threads spins them (review R2 of round 30: 11x the CPU under load)."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        out = np.zeros((len(texts), embeddings.DIM), np.float32)
        for row, text in enumerate(texts):
            out[row] = embeddings.embed([text])[0]
        return out
    finally:
        torch.set_num_threads(before)


def cache_key(text: str) -> str:
    """A text's key in the embedding cache: its hash, marked as a vector of the text embedded alone."""
    return "alone:" + hashlib.sha1(text.encode()).hexdigest()


def use_cache(path: Path) -> None:
    """Keep vectors by text in `path` (read now if it exists, rewritten when new texts are embedded)."""
    global _CACHE_FILE
    _CACHE_FILE = path
    if path.exists():
        with open(path, "rb") as fh:
            _CACHE.update(pickle.load(fh))


@dataclass
class Query:
    qid: str
    split: str
    text: str
    relevant: set[str]
    exclude: str | None = None
    context: dict = field(default_factory=dict)  # what the helper sends beside the text (platform, service kind)
    labelled: set[str] | None = None  # the writer's own answer, when `relevant` was widened by `same_answer.json`
    group: set[str] | None = None  # SeaMonkey: every other report of the query's duplicate group (scored beside)


@dataclass
class Dataset:
    name: str
    ids: list[str]
    cases: list[dict]  # CaseIn documents
    raw: list[str]  # the same case as one plain text, for the baselines
    queries: list[Query] = field(default_factory=list)


def seamonkey() -> Dataset:
    csv.field_size_limit(10**8)
    with open(BUGS / "seamonkey_bugs.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    by_id = {r["Issue id"]: r for r in rows}
    partners: dict[str, set[str]] = {}
    with open(BUGS / "seamonkey_duplicates.csv", newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            a = r["Issue id"].strip()
            for b in (x.strip() for x in r["Duplicate id"].split(",")):
                if a in by_id and b in by_id and a != b:
                    partners.setdefault(a, set()).add(b)
                    partners.setdefault(b, set()).add(a)
    ds = Dataset("seamonkey", [], [], [])
    for r in rows:
        summary, desc = r["Summary"].strip(), (r["Description"] or "").strip()
        ds.ids.append(r["Issue id"])
        ds.cases.append({"title": summary[:300] or "untitled", "problem": {"statement": desc or summary},
                         "occurred_at": r["Created"]})
        ds.raw.append(f"{summary}\n{desc}")
    for a, rel in sorted(partners.items()):
        group = min({a, *rel})
        split = "dev" if int(hashlib.sha1(group.encode()).hexdigest(), 16) % 2 else "test"
        ds.queries.append(Query(a, split, ds.raw[ds.ids.index(a)], rel, exclude=a,
                                group=duplicate_group(a, partners) - {a}))
    return ds


def duplicate_group(start: str, partners: dict[str, set[str]]) -> set[str]:
    """Every report joined to `start` through duplicate pairs. Two reports each closed as a duplicate of a third
    report one bug, but the file lists each only beside the third, so `relevant` (the listed partners) counts
    the sibling a wrong answer; the group figures (`mrr_group`, round 13) count it right."""
    seen, todo = {start}, [start]
    while todo:
        for b in partners.get(todo.pop(), ()):
            if b not in seen:
                seen.add(b)
                todo.append(b)
    return seen


def incidents(folder: Path = INCIDENTS, name: str = "incidents", queries: str = "queries.jsonl") -> Dataset:
    """A hand-written set of postmortem cases and problem reports (`expected`: one id or a list)."""
    ds = Dataset(name, [], [], [])
    for line in (folder / "cases.jsonl").read_text().splitlines():
        c = json.loads(line)
        ds.ids.append(c["id"])
        ds.cases.append({"title": c["title"],
                         "problem": {"statement": c["statement"], "symptoms": c["symptoms"], "context": c["context"]},
                         "root_cause": {"issue": c["cause"]}, "solution": {"immediate_fix": c["fix"]}})
        ds.raw.append("\n".join([c["title"], c["statement"], *c["symptoms"], c["cause"], c["fix"]]))
    for line in (folder / queries).read_text().splitlines():
        q = json.loads(line)
        expected = q["expected"] if isinstance(q["expected"], list) else [q["expected"]]
        ds.queries.append(Query(q["id"], q["split"], q["text"], set(expected), context=q.get("context") or {}))
    return ds


def postmortems() -> Dataset:
    return incidents(POSTMORTEMS, "postmortems")


def postmortems2() -> Dataset:
    return incidents(POSTMORTEMS2, "postmortems2")


def postmortems2_observed() -> Dataset:
    """The same cases, reports written from alerts and dashboards (error lines paraphrased or absent)."""
    return incidents(POSTMORTEMS2, "postmortems2-observed", "queries_observed.jsonl")


def postmortems2_words() -> Dataset:
    """The same cases, one report per case in the reporter's own words (round 5; see the set's README)."""
    return incidents(POSTMORTEMS2, "postmortems2-words", "queries_words.jsonl")


def postmortems2_firstlook() -> Dataset:
    """The same cases, short first-look reports (the first thing seen, one or two lines; round 5)."""
    return incidents(POSTMORTEMS2, "postmortems2-firstlook", "queries_firstlook.jsonl")


def with_libraries(ds: Dataset, *others: Dataset) -> Dataset:
    """`ds`'s queries against its own cases and every case of `others`, as one library."""
    for other in others:
        ds.ids += other.ids
        ds.cases += other.cases
        ds.raw += other.raw
    return ds


def firstlook_all() -> Dataset:
    """The first-look reports against every hand-written library at once (postmortems2, postmortems,
    incidents: 345 cases), as a team's library grows: the other sets' cases are more near neighbours."""
    ds = with_libraries(postmortems2_firstlook(), postmortems(), incidents())
    ds.name = "firstlook-all-libraries"
    return ds


def same_answer(ds: Dataset) -> Dataset:
    """Widen each query's answers to the cases that hold the same answer (bench/data/postmortems/same_answer.json,
    written before the blind reports existed): a report for the Basecamp integer-key outage is answered by
    the Strava one too, and, in a pool of several libraries, by the same write-up told in another library.
    The writer's own label is kept in `labelled` and scored beside (`mrr_writer_label`)."""
    groups = json.loads((POSTMORTEMS / "same_answer.json").read_text())["groups"]
    pool = set(ds.ids)
    for q in ds.queries:
        q.labelled = set(q.relevant)
        for g in groups:
            if q.relevant & set(g):
                q.relevant |= set(g) & pool
    return ds


def postmortems_blind() -> Dataset:
    """The postmortems cases with reports written blind (round 6): another writer, who never saw the case
    texts, only each incident's public write-up address, wrote on-call reports from memory (see the README)."""
    return same_answer(incidents(POSTMORTEMS, "postmortems-blind", "queries_blind.jsonl"))


def blind_all() -> Dataset:
    """The blind reports against every hand-written library at once (postmortems, postmortems2, incidents:
    345 cases); the same write-up told in another library, or its documented cause, counts (`same_answer`)."""
    ds = incidents(POSTMORTEMS, "blind-all-libraries", "queries_blind.jsonl")
    return same_answer(with_libraries(ds, postmortems2(), incidents()))


def writer_reports(n: int) -> Dataset:
    """The postmortems cases with the reports of the writer set `cN` (`queries_cN.jsonl`; see the module docstring
    for who wrote each and when), answers widened by `same_answer.json`."""
    return same_answer(incidents(POSTMORTEMS, f"postmortems-c{n}", f"queries_c{n}.jsonl"))


def writer_reports_all(n: int) -> Dataset:
    """The same reports against every hand-written library at once (345 cases), scored as `blind_all`."""
    ds = incidents(POSTMORTEMS, f"c{n}-all-libraries", f"queries_c{n}.jsonl")
    return same_answer(with_libraries(ds, postmortems2(), incidents()))


def postmortems_c3() -> Dataset:
    """The postmortems cases with harder reports (round 8): another writer, who saw only the write-up addresses,
    wrote what an on-call engineer at a *different* company would report on hitting the same failure mode,
    symptoms only, no company or product names, none of the write-up's distinctive cause words (see the README).
    Each later set cN (c4 ... c11, one independent writer per round from round 12) was written the same way."""
    return writer_reports(3)


def c3_all() -> Dataset:
    """The round-8 reports against every hand-written library at once (345 cases), scored as `blind_all`."""
    return writer_reports_all(3)


#: The writer sets c3 ... c23, in the order they were written.
WRITER_SETS = range(3, 24)

SETS = {"seamonkey": seamonkey, "postmortems": postmortems, "postmortems2": postmortems2,
        "postmortems2-observed": postmortems2_observed, "postmortems2-words": postmortems2_words,
        "postmortems2-firstlook": postmortems2_firstlook, "firstlook-all": firstlook_all,
        "incidents": incidents, "postmortems-blind": postmortems_blind, "blind-all": blind_all}
for _n in WRITER_SETS:
    SETS[f"postmortems-c{_n}"] = partial(writer_reports, _n)
    SETS[f"c{_n}-all"] = partial(writer_reports_all, _n)


def index_product(ds: Dataset, url: str, now: float) -> tuple:
    """Record every case through the product's own create path; returns (store, principal, case id -> doc id)."""
    migrate(url)
    store = open_store(url)
    who = Principal(ORG, None, "service")
    items = [CaseIn.model_validate(c) for c in ds.cases]
    rows = []
    for start in range(0, len(items), 256):
        rows += repo.create_cases(store, Gate(Redactor()), who, items[start:start + 256], now, embedder=embed)
    return store, who, {r["id"]: doc for r, doc in zip(rows, ds.ids, strict=True)}


def product_rankings(ds: Dataset, url: str, now: float, context: bool = True) -> dict[str, list[str]]:
    """Rankings through `match_cases`; with `context`, each query's context fields go with it, as the helper sends them.

    With `OWN_REPORT_OUT` (the default; `--own-report-in` turns it off), a query that is itself a case of the library (SeaMonkey's) is matched
    with that case retired for the moment (index version bumped, so the index is read again without it), as a new
    report meets the library; otherwise its own copy is in the index and is excluded only when scored."""
    store, who, doc_of = index_product(ds, url, now)
    out = ranked_queries(ds.queries, store, who, doc_of, now, context)
    store.close()
    return out


def ranked_queries(queries: list[Query], store, who, doc_of: dict[str, str], now: float,
                   context: bool = True) -> dict[str, list[str]]:
    """Each query's ranking through `match_cases` on a library already recorded (`index_product`)."""
    case_of = {doc: case for case, doc in doc_of.items()}
    cache = matching.IndexCache()
    out = {}
    for q in queries:
        req = MatchIn(problem=q.text, limit=DEPTH, context=q.context if context else {})
        with own_report_out(store, case_of.get(q.exclude) if OWN_REPORT_OUT else None):
            result = matching.match_cases(store, who, req, QualityPolicy(), now=now, cache=cache, embedder=embed)
        out[q.qid] = [doc_of[m["case_id"]] for m in result["matches"]]
    return out


def confirm_history(history: list[tuple[str, Query]], store, who, doc_of: dict[str, str], now: float) -> dict:
    """The org's history of confirmed matches, through the product's own doors: each report asked in its own session
    (`match_cases` with a `session_id`, what `POST /cases/match` calls, own report out as above), then a resolved
    outcome of the case the org would have used (`record_outcome` with the session, what `POST /cases/<id>/outcome`
    calls): the first right case among the five shown, else the writer's own label (the first in id order).
    Returns the org's lexical choice after it (`case_lexical_choices`; none below `pairs.MIN_PAIRS`)."""
    case_of = {doc: case for case, doc in doc_of.items()}
    cache = matching.IndexCache()
    for session, q in history:
        req = MatchIn(problem=q.text, limit=5, context=q.context, session_id=session)
        with own_report_out(store, case_of.get(q.exclude) if OWN_REPORT_OUT else None):
            shown = matching.match_cases(store, who, req, QualityPolicy(), now=now, cache=cache, embedder=embed)
        docs = [doc_of[m["case_id"]] for m in shown["matches"]]
        right = next((d for d in docs if d in q.relevant), None) or min((q.labelled or q.relevant) & set(case_of))
        record_outcome(store, Gate(Redactor()), who, case_of[right], OutcomeIn(status="resolved", session_id=session),
                       now)
    row = store.one("SELECT scale, pairs, evidence FROM case_lexical_choices WHERE org_id = :o", {"o": ORG})
    return {"pairs": len(history), "scale": 1.0, "chosen": False} if row is None else {
        "pairs": row["pairs"], "scale": row["scale"], "chosen": True, "mrr_on_pairs": json.loads(row["evidence"])}


def history_of(ds: Dataset, split: str) -> list[tuple[str, Query]]:
    """The org's history for scoring `split`: the other half's reports of the same set, or, for a set against all
    345 hand-written cases (`cN-all`), every other writer's reports, both halves (leave-one-writer-out)."""
    if ds.name.startswith("c") and ds.name.endswith("-all-libraries"):
        n = int(ds.name[1:].split("-")[0])
        return [(f"w{m}-{q.qid}", q) for m in WRITER_SETS if m != n for q in writer_reports_all(m).queries]
    other = "dev" if split == "test" else "test"
    return [(f"h-{q.qid}", q) for q in ds.queries if q.split == other]


def history_rankings(ds: Dataset, url: str, now: float, splits: tuple[str, ...]) -> tuple[dict, dict, dict]:
    """Rankings of each split's queries after the org's history of confirmed matches (`history_of`, `confirm_history`),
    in a fresh store per history; beside them the same store with the org's choice taken away (scale 1: what the
    history's outcomes alone move, the confirmed cases' quality), and the choices made. SeaMonkey's history is its
    dev pairs for both splits (its dev figure so in-sample); a writer's half takes the other half's."""
    with_choice: dict[str, list[str]] = {}
    without: dict[str, list[str]] = {}
    choices = {}
    plans = {"dev": ["dev"], "test": ["test"]}
    if ds.name == "seamonkey" or (ds.name.startswith("c") and ds.name.endswith("-all-libraries")):
        plans = {"all": list(splits)}  # one history serves both splits
    for label, scored in plans.items():
        if not set(scored) & set(splits):
            continue
        history = history_of(ds, "test" if ds.name == "seamonkey" else scored[0])
        store, who, doc_of = index_product(ds, f"{url}-{label}.db", now)
        choices[label] = confirm_history(history, store, who, doc_of, now)
        queries = [q for q in ds.queries if q.split in scored]
        with_choice.update(ranked_queries(queries, store, who, doc_of, now))
        with store.transaction() as conn:  # the bench's own reading: the same store without the org's choice
            conn.execute("DELETE FROM case_lexical_choices WHERE org_id = :o", {"o": ORG})
        without.update(ranked_queries(queries, store, who, doc_of, now))
        store.close()
    return with_choice, without, choices


OWN_REPORT_OUT = True


@contextmanager
def own_report_out(store, case_id: str | None) -> Iterator[None]:
    """The case `case_id` out of the org's active library inside the block (nothing when None), back after it."""
    if case_id is None:
        yield
        return
    _set_status(store, case_id, "bench-left-out")
    try:
        yield
    finally:
        _set_status(store, case_id, "active")


def _set_status(store, case_id: str, status: str) -> None:
    with store.transaction() as conn:
        conn.execute("UPDATE cases SET status = :s WHERE org_id = :org AND id = :id",
                     {"s": status, "org": ORG, "id": case_id})
        repo.bump_version(conn, ORG)


def bm25_rankings(ds: Dataset) -> dict[str, list[str]]:
    import bm25s

    index = bm25s.BM25(method="robertson", k1=1.5, b=0.75)
    index.index(bm25s.tokenize(ds.raw, stopwords="en", return_ids=False, show_progress=False), show_progress=False)
    out = {}
    for q in ds.queries:
        toks = bm25s.tokenize([q.text], stopwords="en", return_ids=False, show_progress=False)[0]
        toks = [t for t in toks if t in index.vocab_dict]
        scores = np.asarray(index.get_scores(toks)) if toks else np.zeros(len(ds.ids))
        out[q.qid] = _top(ds.ids, scores)
    return out


def minilm_rankings(ds: Dataset) -> dict[str, list[str]]:
    docs = embed(ds.raw)
    queries = embed([q.text for q in ds.queries])
    return {q.qid: _top(ds.ids, docs @ v) for q, v in zip(ds.queries, queries, strict=True)}


def _top(ids: list[str], scores: np.ndarray, depth: int = DEPTH + 1) -> list[str]:
    order = np.argsort(-scores, kind="stable")[:depth]
    return [ids[i] for i in order if scores[i] > 0]


def score(ds: Dataset, ranking: dict[str, list[str]], split: str) -> dict[str, float]:
    """MRR over the top `DEPTH` and recall@10 (and, where answers were widened, MRR on the writer's own label)."""
    rr, rr_label, rr_group, hit10, hit10_group, n = 0.0, 0.0, 0.0, 0, 0, 0
    for q in ds.queries:
        if q.split != split:
            continue
        n += 1
        order = [d for d in ranking[q.qid] if d != q.exclude][:DEPTH]
        first = next((i for i, d in enumerate(order, start=1) if d in q.relevant), None)
        rr += 1.0 / first if first else 0.0
        hit10 += bool(first and first <= 10)
        own = next((i for i, d in enumerate(order, start=1) if d in (q.labelled or q.relevant)), None)
        rr_label += 1.0 / own if own else 0.0
        grouped = next((i for i, d in enumerate(order, start=1) if d in (q.group or q.relevant)), None)
        rr_group += 1.0 / grouped if grouped else 0.0
        hit10_group += bool(grouped and grouped <= 10)
    out = {"queries": n, "mrr": round(rr / max(n, 1), 3), "recall@10": round(hit10 / max(n, 1), 3)}
    if any(q.labelled is not None for q in ds.queries):
        out["mrr_writer_label"] = round(rr_label / max(n, 1), 3)
    if any(q.group is not None for q in ds.queries):
        out["mrr_group"] = round(rr_group / max(n, 1), 3)
        out["recall@10_group"] = round(hit10_group / max(n, 1), 3)
    return out


def warm(ds: Dataset, now: float) -> None:
    """Embed every text a quality run of `ds` needs (cases through the product path, queries, raw texts) into
    the cache, scoring nothing: the model's work can start before a run is allowed to look at any split."""
    with tempfile.TemporaryDirectory() as tmp:
        index_product(ds, f"sqlite:///{tmp}/{ds.name}.db", now)[0].close()
    embed([denoise(q.text) for q in ds.queries] + ds.raw + [q.text for q in ds.queries])
    embeddings.whole_text_vectors([denoise(q.text) for q in ds.queries], embed)  # a long report's windows (round 21)


@contextmanager
def best_line(share: float) -> Iterator[None]:
    """The matcher's `BEST_LINE` set to `share` inside the block (0: round 13's headline alone), the product's
    after it, whatever happens inside."""
    kept = matching.BEST_LINE
    matching.BEST_LINE = share
    try:
        yield
    finally:
        matching.BEST_LINE = kept


@contextmanager
def matcher_settings(**settings: float) -> Iterator[None]:
    """The matcher's module settings (`matching.W_RANK` ...) as given inside the block, the product's after it."""
    kept = {k: getattr(matching, k) for k in settings}
    try:
        for k, v in settings.items():
            setattr(matching, k, v)
        yield
    finally:
        for k, v in kept.items():
            setattr(matching, k, v)


PREVIOUS = {"SURE_MARGIN": 0.0}  # the matcher shipped before round 20: round 19's (no sure lexical answer kept; as
# round 20 ships it, since its candidate failed)
CANDIDATE = {"SURE_MARGIN": 0.2}  # round 20's candidate (`--candidate`), which failed its dev rule; round 19's was
# {"FIX_TEXT": True, "W_LEXICAL": 0.75}, which breaks the headline promise (bench/RESULTS.md, round 19); round 18's
# {"STEMS": 0.5}


def previous_rankings(ds: Dataset, url: str, now: float) -> dict[str, list[str]]:
    """The product path with the matcher shipped before round 20 (`PREVIOUS`), in the same run."""
    with matcher_settings(**PREVIOUS):
        return product_rankings(ds, url, now)


def candidate_rankings(ds: Dataset, url: str, now: float) -> dict[str, list[str]]:
    """The product path with the candidate's settings (`CANDIDATE`), in the same run."""
    with matcher_settings(**CANDIDATE):
        return product_rankings(ds, url, now)


def quality_bench(ds: Dataset, now: float, splits: tuple[str, ...] = ("test", "dev"), previous: bool = False,
                  candidate: bool = False, history: bool = False) -> dict:
    choices: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        learned: dict[str, dict[str, list[str]]] = {}
        if history:
            chosen, unchosen, choices = history_rankings(ds, f"sqlite:///{tmp}/{ds.name}-h", now, splits)
            learned = {"product after the org's confirmed matches (history, its lexical choice)": chosen,
                       "product after the same history, scale 1 (its outcomes alone)": unchosen}
        methods = {
            **learned,
            "product (POST /cases + /cases/match path)": product_rankings(ds, f"sqlite:///{tmp}/{ds.name}.db", now),
            **({"product, round 19's matcher (shipped before round 20)":
                previous_rankings(ds, f"sqlite:///{tmp}/{ds.name}-14.db", now)}
               if previous else {}),
            **({f"product with the candidate {CANDIDATE}": candidate_rankings(ds, f"sqlite:///{tmp}/{ds.name}-c.db", now)}
               if candidate else {}),
            **({"product, text only (query context left out)":
                product_rankings(ds, f"sqlite:///{tmp}/{ds.name}-text.db", now, context=False)}
               if any(q.context for q in ds.queries) else {}),
            "plain Okapi BM25, raw text": bm25_rankings(ds),
            "plain MiniLM cosine, raw text": minilm_rankings(ds),
        }
    out = {"set": ds.name, "cases": len(ds.ids), "seconds": round(time.perf_counter() - t0, 1), "methods": {},
           **({"choices": choices} if history else {})}
    for name, ranking in methods.items():
        out["methods"][name] = {split: score(ds, ranking, split) for split in splits}
    return out


def speed_library(url: str, n: int, now: float) -> tuple:
    """A SQLite store at `url` holding `n` realistic cases, recorded through `create_cases`; returns (store, principal,
    seconds taken).

    Stored cases are realistic text (sentences of the incident set and SeaMonkey summaries recombined, with host
    names and error codes); their vectors are random unit vectors, because embedding 100k texts here would take most
    of an hour and the search costs the same whatever the vectors hold.
    """
    rng = np.random.default_rng(17)
    inc, sm = incidents(), seamonkey()
    sentences = [x for c in inc.cases for x in (c["problem"]["statement"], *c["problem"]["symptoms"])]
    sentences += [c["title"] for c in sm.cases]
    codes = ["ECONNREFUSED", "OOMKilled", "exit code 137", "HTTP 502", "ERROR 1062", "SIGSEGV", "x509", "ENOSPC"]

    def vectors(texts: list[str]) -> np.ndarray:
        v = rng.standard_normal((len(texts), 384)).astype(np.float32)
        return v / np.linalg.norm(v, axis=1, keepdims=True)

    migrate(url)
    store = open_store(url)
    who = Principal(ORG, None, "service")
    t0 = time.perf_counter()
    batch = []
    for i in range(n):
        picked = rng.choice(len(sentences), size=3, replace=False)
        body = " ".join(sentences[j] for j in picked)
        host = f"{rng.choice(['web', 'db', 'cache', 'api', 'worker'])}-{i % 97:02d}"
        batch.append(CaseIn.model_validate({
            "title": sentences[picked[0]][:200],
            "problem": {"statement": f"{body} Seen on {host}: {rng.choice(codes)}.",
                        "context": {"environment": str(rng.choice(["prod", "staging"]))}},
            "root_cause": {"issue": sentences[int(rng.integers(len(sentences)))][:300]},
            "solution": {"immediate_fix": "restart the service"}}))
        if len(batch) == 2000 or i == n - 1:
            repo.create_cases(store, Gate(Redactor()), who, batch, now, embedder=vectors)
            batch = []
    return store, who, time.perf_counter() - t0


def speed_reports() -> list[str]:
    """Real multi-sentence problems: the 40 incident queries and SeaMonkey's duplicate reports (summary and the
    first 800 characters of the description), 115 distinct texts."""
    return [q.text for q in incidents().queries] + [q.text[:800] for q in seamonkey().queries]


def speed_bench(n: int, now: float, queries: int = 200) -> dict:
    """p50/p99 of the whole `match_cases` call at `n` cases (`speed_library`) against one embedding call of the same
    text, on `speed_reports` repeated to `queries` (bench/case_speed_ab.py: more distinct reports, in rounds, the
    round start's matcher beside)."""
    texts = speed_reports()
    texts = (texts * (queries // len(texts) + 1))[:queries]
    with tempfile.TemporaryDirectory() as tmp:
        store, who, record_s = speed_library(f"sqlite:///{tmp}/speed.db", n, now)
        cache = matching.IndexCache()
        t0 = time.perf_counter()
        cache.get(store, ORG)
        build_s = time.perf_counter() - t0
        embeddings.embed([texts[0]])  # the model is loaded before timing
        emb_ms, match_ms = interleaved(texts, lambda t: embeddings.embed([t]), lambda t: matching.match_cases(
            store, who, MatchIn(problem=t), QualityPolicy(), now=now, cache=cache))
        store.close()
    p99e, p99m = float(np.percentile(emb_ms, 99)), float(np.percentile(match_ms, 99))
    return {"cases": n, "record_seconds": round(record_s, 1), "index_build_seconds": round(build_s, 1),
            "queries": len(texts), "query_chars_mean": round(float(np.mean([len(t) for t in texts]))),
            "embedding_p50_ms": round(float(np.percentile(emb_ms, 50)), 1), "embedding_p99_ms": round(p99e, 1),
            "match_p50_ms": round(float(np.percentile(match_ms, 50)), 1), "match_p99_ms": round(p99m, 1),
            "p99_ratio_match_to_embedding": round(p99m / p99e, 2)}


def interleaved(texts: list[str], *calls: Callable[[str], object]) -> list[list[float]]:
    """Milliseconds of each call on each text, the calls taking turns text by text, so a minute's load weighs on
    all of them alike."""
    out: list[list[float]] = [[] for _ in calls]
    for text in texts:
        for call, times in zip(calls, out, strict=True):
            s = time.perf_counter()
            call(text)
            times.append((time.perf_counter() - s) * 1000)
    return out


def window_cost(queries: int = 60) -> dict:
    """The model's cost of a long report read over its windows (`embeddings.whole_text_vectors`, what a match
    request pays since round 21) against one call of the same text cut at the window, interleaved, on SeaMonkey's
    reports longer than the window (the library's raw texts, summary and whole description): the speed bench's
    reports are cut to 800 characters, so it cannot see this (review R1 of round 21)."""
    tok = embeddings.model().tokenizer
    long = [t for t in seamonkey().raw
            if len(tok(t, add_special_tokens=False, verbose=False)["input_ids"]) > embeddings.WINDOW]
    texts = (long * (queries // max(len(long), 1) + 1))[:queries]
    one, whole = interleaved(texts, lambda t: embeddings.embed([t]), lambda t: embeddings.whole_text_vectors([t]))
    return {"long_reports": len(long), "timed": len(texts),
            **{f"{k} p50/p99 ms": [round(float(np.percentile(v, p)), 1) for p in (50, 99)]
               for k, v in (("one call, cut", one), ("windows", whole))},
            "p99_ratio_windows_to_one_call": round(float(np.percentile(whole, 99) / np.percentile(one, 99)), 2)}


def headline_cost(n: int, queries: int = 200) -> dict:
    """`CaseIndex.search` alone at `n` cases, interleaved: with the best-covered line (round 14), with the headline
    alone (round 13), and without either (the whole text as its own headline): what the line signal adds to a
    request, apart from embedding and storage."""
    from exporter.cases.matching import CaseIndex, lead_text, report_lines

    rng = np.random.default_rng(17)
    inc, sm = incidents(), seamonkey()
    sentences = [x for c in inc.cases for x in (c["problem"]["statement"], *c["problem"]["symptoms"])]
    sentences += [c["title"] for c in sm.cases]
    texts = [" ".join(sentences[j] for j in rng.choice(len(sentences), size=3, replace=False))
             + f" Seen on web-{i % 97:02d}: HTTP 502." for i in range(n)]
    vectors = rng.standard_normal((n, 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    index = CaseIndex([str(i) for i in range(n)], texts, vectors)
    asked = [q.text for q in inc.queries] + [q.text[:800] for q in sm.queries]
    timings: dict[str, list[float]] = {"best line (round 14)": [], "headline alone (round 13)": [], "without": []}
    for text in (asked * (queries // len(asked) + 1))[:queries]:
        for label, lines in (("best line (round 14)", report_lines(text)),
                             ("headline alone (round 13)", [lead_text(text)]), ("without", None)):
            with best_line(0.0 if "round 13" in label else matching.BEST_LINE):
                s = time.perf_counter()
                index.search(text, vectors[0], lines=lines)
                timings[label].append((time.perf_counter() - s) * 1000)
    return {"cases": n, **{f"{k} p50/p99 ms": [round(float(np.percentile(v, p)), 1) for p in (50, 99)]
                           for k, v in timings.items()}}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="seamonkey,postmortems,postmortems2,incidents")
    ap.add_argument("--dev-only", action="store_true", help="score the dev split only (while tuning)")
    ap.add_argument("--speed", type=int, default=0, help="cases for the latency run (0: skip)")
    ap.add_argument("--previous-matcher", action="store_true", help="headline weight 0: the matcher before round 2")
    ap.add_argument("--headline-cost", type=int, default=0, help="cases for the search-only headline timing (0: skip)")
    ap.add_argument("--window-cost", type=int, default=0,
                    help="long SeaMonkey reports to time read over windows against one cut call (0: skip)")
    ap.add_argument("--embedding-cache", type=Path, default=None, help="pickle of vectors by text (quality runs)")
    ap.add_argument("--warm", action="store_true", help="only fill the embedding cache for --sets; score nothing")
    ap.add_argument("--previous", action="store_true", help="also rank with the matcher shipped before round 20 (SURE_MARGIN 0)")
    ap.add_argument("--candidate", action="store_true", help="also rank with the candidate's settings (CANDIDATE)")
    ap.add_argument("--candidate-settings", default="", help="JSON of matcher settings to use as CANDIDATE")
    ap.add_argument("--history", action="store_true",
                    help="also rank after the org's history of confirmed matches (`history_rankings`, round 25)")
    ap.add_argument("--own-report-in", action="store_true",
                    help="keep each SeaMonkey report's own case in the library (the measure of rounds 12-20)")
    ap.add_argument("--own-report-out", action="store_true",
                    help="the default since round 21 (kept so round 20's commands still run)")
    args = ap.parse_args()
    global OWN_REPORT_OUT
    OWN_REPORT_OUT = not args.own_report_in
    if args.embedding_cache is not None:
        use_cache(args.embedding_cache)
    if args.candidate_settings:
        CANDIDATE.clear()
        CANDIDATE.update(json.loads(args.candidate_settings))
    if args.previous_matcher:
        matching.W_LEAD = 0.0
    now = datetime(2026, 12, 1, tzinfo=UTC).timestamp()
    print(f"load average at start: {os.getloadavg()}", flush=True)
    for name in [s for s in args.sets.split(",") if s]:
        ds = SETS[name]()
        if args.warm:
            warm(ds, now)
            print(f"warmed {name}: {len(ds.ids)} cases, {len(ds.queries)} queries", flush=True)
            continue
        splits = ("dev",) if args.dev_only else ("test", "dev")
        if args.dev_only:  # test lines are not even ranked (c4's and c5's are the lead's)
            ds.queries = [q for q in ds.queries if q.split == "dev"]
        print(json.dumps(quality_bench(ds, now, splits, args.previous, args.candidate, args.history), indent=2),
              flush=True)
    if args.speed:
        print(json.dumps(speed_bench(args.speed, now), indent=2), flush=True)
    if args.headline_cost:
        print(json.dumps(headline_cost(args.headline_cost), indent=2), flush=True)
    if args.window_cost:
        print(json.dumps(window_cost(args.window_cost), indent=2), flush=True)
    print(f"load average at end: {os.getloadavg()}", flush=True)


if __name__ == "__main__":
    main()
