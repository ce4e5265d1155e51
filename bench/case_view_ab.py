"""An asker's view of an org's case index, this tree's against another revision's (`matching.VisibleCases`), on one
index of realistic cases in memory: whether every signal and the fused relevance are the same to the bit, and what
the view costs to make, on its first report and on the next ones (round 27's review R4).

    PYTHONPATH=. nice .venv/bin/python bench/case_view_ab.py [--cases 100000] [--hidden 0.05] [--reports 80]
        [--rev edcba26]

The cases are `case_match.speed_library`'s texts (three sentences of the incident set and SeaMonkey's summaries, a
host and an error code, a cause and the fix), made without a store; the vectors are seeded random unit vectors, the
reports `case_speed_ab.reports` (realistic multi-sentence problems) with random vectors. One index is built with this
tree's `CaseIndex` and read by both revisions' views (the other's class set on a shallow copy, so each recovers its
own term counts). Per report the two views are read in turn; the first report on each is timed apart, as the view's
first use pays for what it recovers.
"""

from __future__ import annotations

import argparse
import copy
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import case_match as cm  # noqa: E402
import case_speed_ab as ab  # noqa: E402

from exporter.cases import matching  # noqa: E402


def library_texts(n: int) -> list[str]:
    """`case_match.speed_library`'s case texts as `repo.lexical_text` reads them, seeded the same way."""
    rng = np.random.default_rng(17)
    inc, sm = cm.incidents(), cm.seamonkey()
    sentences = [x for c in inc.cases for x in (c["problem"]["statement"], *c["problem"]["symptoms"])]
    sentences += [c["title"] for c in sm.cases]
    codes = ["ECONNREFUSED", "OOMKilled", "exit code 137", "HTTP 502", "ERROR 1062", "SIGSEGV", "x509", "ENOSPC"]
    out = []
    for i in range(n):
        picked = rng.choice(len(sentences), size=3, replace=False)
        body = " ".join(sentences[j] for j in picked)
        host = f"{rng.choice(['web', 'db', 'cache', 'api', 'worker'])}-{i % 97:02d}"
        out.append(f"{sentences[picked[0]][:200]}\n{body} Seen on {host}: {rng.choice(codes)}.\n"
                   f"{sentences[int(rng.integers(len(sentences)))][:300]}\nrestart the service")
    return out


def unit(rng: np.random.Generator, n: int) -> np.ndarray:
    v = rng.standard_normal((n, 384)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def timed(fn, *a):
    s = time.perf_counter()
    out = fn(*a)
    return out, (time.perf_counter() - s) * 1000


def read(view: matching.CaseIndex, text: str, vector: np.ndarray) -> tuple[list[np.ndarray], list[int]]:
    s = view.read(text, vector, matching.report_lines(text))
    rel = view.relevance(s)
    return [s.sem, s.coverage, s.lead, s.shared, rel], [i for i, *_ in view.top(s, 30, rel=rel)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--hidden", type=float, default=0.05, help="share of the cases the asker may not read")
    ap.add_argument("--reports", type=int, default=80)
    ap.add_argument("--rev", default="edcba26")
    args = ap.parse_args()
    old = ab.revision_modules(args.rev)["exporter.cases.matching"]
    rng = np.random.default_rng(3)
    whole, built = timed(matching.CaseIndex, [f"c{i}" for i in range(args.cases)], library_texts(args.cases),
                         unit(rng, args.cases))
    theirs = copy.copy(whole)
    theirs.__class__ = old.CaseIndex
    hidden = rng.choice(args.cases, max(1, int(args.hidden * args.cases)), replace=False)
    keep = np.setdiff1d(np.arange(args.cases), hidden)
    mine, made = timed(matching.VisibleCases, whole, keep)
    other, other_made = timed(old.VisibleCases, theirs, keep)
    texts = ab.reports(args.reports)
    vectors = unit(np.random.default_rng(1), len(texts))
    times: dict[str, list[float]] = {"this tree": [], args.rev: []}
    bitwise = same = 0
    for text, v in zip(texts, vectors, strict=True):
        (a, ta), ms_a = timed(read, mine, text, v)
        (b, tb), ms_b = timed(read, other, text, v)
        times["this tree"].append(ms_a)
        times[args.rev].append(ms_b)
        bitwise += all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))
        same += ta == tb
    print({"cases": args.cases, "postings": len(whole.bm25.scores["data"]), "hidden": len(hidden),
           "index_build_s": round(built / 1000, 1), "reports": len(texts), "signals_bit_identical": bitwise,
           "same_top30": same})
    for name, made_ms in (("this tree", made), (args.rev, other_made)):
        ms = times[name]
        print({name: {"view made ms": round(made_ms, 1), "first report ms": round(ms[0], 1),
                      "next reports p50": round(float(np.percentile(ms[1:], 50)), 1),
                      "p99": round(float(np.percentile(ms[1:], 99)), 1)}})


if __name__ == "__main__":
    main()
