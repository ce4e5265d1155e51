"""The whole match request at N cases against one embedding, this tree's matcher and another revision's, report by
report in one process: a ratio that can be called against issue 17's 2x.

    HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 PYTHONPATH=$PWD nice -n 10 .venv/bin/python bench/case_speed_ab.py \
        [--cases 100000] [--reports 1000] [--rounds 5] [--rev 3d63817] [--profile]

Why: bench/case_match.py `--speed` takes the p99 of 200 requests over 115 distinct reports, so its p99 is the second
slowest request and three long reports repeated decide it (round 21 measured 2.66 and 1.70 on one tree); and two
runs minutes apart on this shared 2-core machine compare two loads, not two codes. Here:

- one SQLite store of `--cases` cases (`case_match.speed_library`, the same store `--speed` builds);
- `--reports` distinct reports (the 40 incident queries and SeaMonkey reports, summary and description cut at 800
  characters as `--speed` cuts them, a seeded draw), in `--rounds` rounds;
- per report, in a random order: one embedding of the report (`embeddings.embed([text])`, the denominator the issue
  names), the whole `match_cases` call with this tree's matcher, and with `--rev`'s (its changed modules on the
  match path loaded from git under their own names, each with its own index; the model shared);
- per round and pooled: p50 and p99 of each, and p99 match / p99 embedding; whether the two matchers ranked the
  same cases for every report, and for every report read over more than one window how far apart their query
  vectors are.

`--profile`: where this tree's request spends its time (the model, the windows' word-piece count, the index search,
reading the candidate rows, the rest), per report, from timers wrapped around those functions.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import case_match as cm  # noqa: E402

from detectors.text_normalize import denoise  # noqa: E402
from exporter.cases import matching, repo  # noqa: E402
from exporter.cases.model import MatchIn  # noqa: E402
from exporter.cases.quality import QualityPolicy  # noqa: E402
from exporter.text import embeddings  # noqa: E402

#: The modules a match request runs that a branch may change, in import order (each imports only earlier ones).
MATCH_PATH = ("exporter.text.embeddings", "exporter.cases.repo", "exporter.cases.matching")
#: Changed files no match request runs (schema, the learning pass's stages), which may differ from `--rev`.
NOT_TIMED = ("exporter/migrations/", "exporter/cases/__init__.py", "exporter/cases/stale_vectors.py")


def changed_files(rev: str) -> list[str]:
    # Files added since `rev` are left out: `rev`'s modules cannot import them, so they are this tree's alone.
    out = subprocess.run(["git", "-C", str(ROOT), "diff", "--name-only", "--diff-filter=a", rev, "--", "exporter",
                          "detectors"],
                         check=True, capture_output=True, text=True).stdout
    return [f for f in out.splitlines() if f.endswith(".py")]


def revision_modules(rev: str, not_timed: tuple[str, ...] = ()) -> dict[str, types.ModuleType]:
    """`MATCH_PATH` as it was at `rev`, each importing the others' `rev` versions; refuses a branch that changed
    any other module (it would be timed as this tree's), but for `not_timed` (`--not-timed`: files the runner names
    as run by no match request, or changed only where a match request does not read, said beside the figures)."""
    paths = {name: name.replace(".", "/") + ".py" for name in MATCH_PATH}
    other = sorted(f for f in set(changed_files(rev)) - set(paths.values()) if not f.startswith(NOT_TIMED + not_timed))
    if other:
        raise SystemExit(f"changed since {rev} but not loaded from it: {other}")
    kept = {name: sys.modules[name] for name in MATCH_PATH}
    loaded: dict[str, types.ModuleType] = {}
    try:
        for name, path in paths.items():
            source = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:{path}"], check=True,
                                    capture_output=True, text=True).stdout
            module = types.ModuleType(name)
            module.__file__ = f"{rev}:{path}"
            _install(name, module)  # `from exporter.cases import repo` reads the package's attribute first
            exec(compile(source, module.__file__, "exec"), module.__dict__)  # noqa: S102 - our own history
            loaded[name] = module
    finally:
        for name, module in kept.items():
            _install(name, module)
    loaded["exporter.text.embeddings"]._model = embeddings.model()  # one model in memory for both
    return loaded


def _install(name: str, module: types.ModuleType) -> None:
    parent, _, child = name.rpartition(".")
    sys.modules[name] = module
    setattr(sys.modules[parent], child, module)


def reports(count: int, seed: int = 22) -> list[str]:
    """`count` distinct realistic reports: the incident queries first, then SeaMonkey reports in a seeded order."""
    sm = [r[:800] for r in cm.seamonkey().raw]
    random.Random(seed).shuffle(sm)
    out = list(dict.fromkeys([q.text for q in cm.incidents().queries] + sm))[:count]
    random.Random(seed).shuffle(out)
    return out


def first_matches(calls: dict[str, Callable[[str], object]], text: str) -> dict[str, list[float]]:
    """Each matcher's first request on a fresh index and its second, in ms: where someone opted out, the first makes
    the asker's view of the index (`matching.VisibleCases`) and recovers what it reads (round 27's review R4)."""
    out = {}
    for name, call in calls.items():
        if name != "embedding":
            out[name] = []
            for _ in range(2):
                s = time.perf_counter()
                call(text)
                out[name].append(round((time.perf_counter() - s) * 1000, 1))
    return out


def percentiles(ms: list[float]) -> dict[str, float]:
    return {"p50": round(float(np.percentile(ms, 50)), 1), "p99": round(float(np.percentile(ms, 99)), 1)}


def summary(times: dict[str, list[float]]) -> dict[str, object]:
    p99e = float(np.percentile(times["embedding"], 99))
    return {**{k: percentiles(v) for k, v in times.items()},
            **{f"ratio {k}": round(float(np.percentile(v, 99)) / p99e, 2) for k, v in times.items()
               if k != "embedding"}}


def timed_rounds(texts: list[str], rounds: int, calls: dict[str, Callable[[str], object]]) -> tuple[list, dict]:
    """Each call on each text in a random order per text; per round and pooled summaries, and each call's answers."""
    rng = random.Random(7)
    times: dict[str, list[float]] = {k: [] for k in calls}
    answers: dict[str, list[object]] = {k: [] for k in calls}
    per_round = []
    size = -(-len(texts) // rounds)
    for r in range(rounds):
        start = len(times["embedding"])
        for text in texts[r * size:(r + 1) * size]:
            for name in rng.sample(list(calls), len(calls)):
                s = time.perf_counter()
                answers[name].append((text, calls[name](text)))
                times[name].append((time.perf_counter() - s) * 1000)
        chunk = {k: v[start:] for k, v in times.items()}
        per_round.append({"round": r + 1, "reports": len(chunk["embedding"]), "load": os.getloadavg()[0],
                          **summary(chunk)})
        print(per_round[-1], flush=True)
    return per_round, {"pooled": summary(times), "answers": answers}


def compare(answers: dict[str, list], mine: str, theirs: str) -> dict[str, object]:
    """Reports whose two rankings differ (ids in order), with the largest score difference among their cases."""
    differ = []
    by_text = {t: a for t, a in answers[theirs]}
    for text, got in answers[mine]:
        old = by_text[text]
        if [m["case_id"] for m in got] != [m["case_id"] for m in old]:
            gap = max((abs(a["relevance"] - b["relevance"]) for a in got for b in old if a["case_id"] == b["case_id"]),
                      default=None)
            differ.append({"report": text[:60], "score_gap": gap})
    return {"reports": len(answers[mine]), "rankings_differ": len(differ), "examples": differ[:5]}


def vector_gap(texts: list[str], old: types.ModuleType) -> dict[str, object]:
    """Max abs difference of the two trees' query vectors over the reports read over more than one window."""
    long = [denoise(t) for t in texts if len(embeddings.windows(denoise(t))) > 1]
    if not long:
        return {"multi_window_reports": 0}
    gap = np.abs(embeddings.whole_text_vectors(long) - old.whole_text_vectors(long)).max()
    return {"multi_window_reports": len(long), "max_abs_difference": float(gap)}


@contextmanager
def profiled(spent: dict[str, float]) -> Iterator[None]:
    """Add each wrapped function's milliseconds to `spent` while inside (this tree's modules only)."""
    targets = [(embeddings, "windows", "windows (word-piece count)"), (embeddings, "embed", "model"),
               (matching.CaseIndex, "search", "index search"), (repo, "visible_rows", "candidate rows")]
    kept = [(owner, attr, getattr(owner, attr)) for owner, attr, _ in targets]

    def timer(fn: Callable, label: str) -> Callable:
        def wrapped(*a: object, **k: object) -> object:
            s = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                spent[label] = spent.get(label, 0.0) + (time.perf_counter() - s) * 1000
        return wrapped

    try:
        for (owner, attr, label), (_, _, fn) in zip(targets, kept, strict=True):
            setattr(owner, attr, timer(fn, label))
        yield
    finally:
        for owner, attr, fn in kept:
            setattr(owner, attr, fn)


def profile(texts: list[str], match: Callable[[str, Callable], object]) -> dict[str, object]:
    """Per report: total, and each part's share (model through `embeddings.embed`, passed in as the embedder)."""
    parts: dict[str, list[float]] = {}
    for text in texts:
        spent: dict[str, float] = {}
        with profiled(spent):
            s = time.perf_counter()
            match(text, lambda batch: embeddings.embed(batch))
            spent["whole request"] = (time.perf_counter() - s) * 1000
        spent["the rest"] = spent["whole request"] - sum(v for k, v in spent.items() if k != "whole request")
        for k, v in spent.items():
            parts.setdefault(k, []).append(v)
    return {k: percentiles(v) | {"mean": round(float(np.mean(v)), 2)} for k, v in parts.items()}


def library(path: Path, cases: int, now: float) -> tuple:
    """`case_match.speed_library` at `path`, or the one built there before (the build is seeded, so it is the same
    library; at load 16 building 100k cases takes longer than timing them). Built under another name and renamed
    when whole, so an interrupted build is never reused."""
    if path.exists():
        cm.migrate(f"sqlite:///{path}")
        store = cm.open_store(f"sqlite:///{path}")
        if store.scalar("SELECT COUNT(*) FROM cases") != cases:
            raise SystemExit(f"{path} holds another number of cases than {cases}")
        return store, cm.Principal(cm.ORG, None, "service"), 0.0
    part = path.with_name(path.name + ".part")
    part.unlink(missing_ok=True)
    store, _, seconds = cm.speed_library(f"sqlite:///{part}", cases, now)
    store.close()
    part.rename(path)
    return library(path, cases, now)[:2] + (seconds,)


def opt_out(store: object, every: int, people: int, quiet: int, now: float) -> int:
    """Every `every`-th case (SQLite rowid) becomes one of `people` people's and the first `quiet` of them opt out, so
    every match of the service principal is ranked on a view (`matching.VisibleCases`, round 27's review R4); the
    round-28 fuse5 store (every 50th case, ten people, three opted out: 600 of 100k hidden). Returns the cases hidden.
    Idempotent: the same rows and profiles each time, the index version bumped so both matchers read them."""
    with store.transaction() as conn:
        conn.execute("UPDATE cases SET user_id = 'p' || ((rowid / :e) % :n) WHERE rowid % :e = 0",
                     {"e": every, "n": people})
        for p in range(quiet):
            conn.execute("INSERT OR REPLACE INTO user_profiles (org_id, user_id, contribute, updated_at) "
                         "VALUES (:org, :u, 0, :t)", {"org": cm.ORG, "u": f"p{p}", "t": now})
        conn.execute("UPDATE case_index_versions SET version = version + 1 WHERE org_id = :org", {"org": cm.ORG})
    return int(store.scalar("SELECT COUNT(*) FROM cases WHERE rowid % :e = 0 AND (rowid / :e) % :n < :q",
                            {"e": every, "n": people, "q": quiet}))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--reports", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--rev", default="3d63817", help="the other matcher's revision (the round start)")
    ap.add_argument("--store", type=Path, default=None,
                    help="keep the built library in this SQLite file and reuse it when it exists (seeded: the same)")
    ap.add_argument("--torch-threads", type=int, default=0,
                    help="torch's threads for every call (0: its default); 1 on a machine loaded past its cores, where "
                         "two threads wait on each other at every operation (7 s for one embedding at load 20)")
    ap.add_argument("--opted-out", type=int, default=0, metavar="Q",
                    help="every 50th case one of ten people's, the first Q of them opted out (3: fuse5's store, 600 "
                         "of 100k hidden from the service principal: every match ranked on a view)")
    ap.add_argument("--profile", action="store_true", help="also profile this tree's request on 100 reports")
    ap.add_argument("--not-timed", default="", help="comma-separated files changed since --rev that no match request "
                    "runs (or reads only where unchanged), loaded from this tree for both matchers")
    args = ap.parse_args()
    now = datetime(2026, 12, 1, tzinfo=UTC).timestamp()
    print(f"load average at start: {os.getloadavg()}", flush=True)
    if args.torch_threads:
        import torch

        torch.set_num_threads(args.torch_threads)
    old = revision_modules(args.rev, tuple(f for f in args.not_timed.split(",") if f))
    texts = reports(args.reports)
    with tempfile.TemporaryDirectory() as tmp:
        store, who, record_s = library(args.store or Path(tmp) / "speed.db", args.cases, now)
        if args.opted_out:
            print({"hidden from the service principal": opt_out(store, 50, 10, args.opted_out, now)}, flush=True)
        mine, theirs = matching.IndexCache(), old["exporter.cases.matching"].IndexCache()
        mine.get(store, cm.ORG), theirs.get(store, cm.ORG)
        embeddings.embed([texts[0]])
        print({"cases": args.cases, "record_seconds": round(record_s, 1), "reports": len(texts),
               "chars_mean": round(float(np.mean([len(t) for t in texts])))}, flush=True)

        def match(module: types.ModuleType, cache: object) -> Callable[[str], object]:
            return lambda t: [{"case_id": m["case_id"], "relevance": m["why"]["relevance"]} for m in
                              module.match_cases(store, who, MatchIn(problem=t), QualityPolicy(), now=now,
                                                 cache=cache)["matches"]]

        calls = {"embedding": lambda t: embeddings.embed([t]), "match, this tree": match(matching, mine),
                 f"match, {args.rev}": match(old["exporter.cases.matching"], theirs)}
        print({"first and second match after the index is read": first_matches(calls, texts[0])}, flush=True)
        per_round, pooled = timed_rounds(texts, args.rounds, calls)
        print({"pooled": pooled["pooled"], "load": os.getloadavg()[0]}, flush=True)
        print({"rankings": compare(pooled["answers"], "match, this tree", f"match, {args.rev}")}, flush=True)
        print({"vectors": vector_gap(texts, old["exporter.text.embeddings"])}, flush=True)
        if args.profile:
            print({"profile, this tree": profile(texts[:100], lambda t, emb: matching.match_cases(
                store, who, MatchIn(problem=t), QualityPolicy(), now=now, embedder=emb, cache=mine))}, flush=True)
        store.close()
    print(f"load average at end: {os.getloadavg()}", flush=True)


if __name__ == "__main__":
    main()
