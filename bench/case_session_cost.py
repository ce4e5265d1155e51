"""What a match request in a session adds at N cases (round 25, review R2 of fuse2): the rankings under each of
`pairs.SCALES` that a later confirmation is measured against, beside the search every request makes and one embedding.

    HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 PYTHONPATH=. nice .venv/bin/python bench/case_session_cost.py [--cases 100000]

Per report, interleaved (`case_match.interleaved`): one embedding of the report (the issue's denominator); the search
of a request without a session (`CaseIndex.read` + `top`, the 30 candidates); the same plus the rankings of a request
in a session (`top` of `pairs.DEPTH` under each scale, what `matching.rank` does). The library is `headline_cost`'s:
realistic texts, random unit vectors (the search costs the same whatever the vectors hold). The row insert is not
timed here (one row of ~5 KB in the request's transaction, beside the `case_uses` row it already wrote).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import bench.case_match as cm  # noqa: E402
from exporter.cases import matching, pairs  # noqa: E402
from exporter.text import embeddings  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--reports", type=int, default=200)
    args = ap.parse_args()
    print(f"load average at start: {os.getloadavg()}", flush=True)
    rng = np.random.default_rng(17)
    inc, sm = cm.incidents(), cm.seamonkey()
    sentences = [x for c in inc.cases for x in (c["problem"]["statement"], *c["problem"]["symptoms"])]
    sentences += [c["title"] for c in sm.cases]
    texts = [" ".join(sentences[j] for j in rng.choice(len(sentences), size=3, replace=False))
             + f" Seen on web-{i % 97:02d}: HTTP 502." for i in range(args.cases)]
    vectors = rng.standard_normal((args.cases, embeddings.DIM)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    index = matching.CaseIndex([str(i) for i in range(args.cases)], texts, vectors)
    asked = [q.text for q in inc.queries] + [q.text[:800] for q in sm.queries]
    asked = (asked * (args.reports // len(asked) + 1))[: args.reports]
    embeddings.embed([asked[0]])

    def plain(t: str) -> object:
        return index.top(index.read(t, vectors[0], [matching.lead_text(t)]), matching.CANDIDATES)

    def session(t: str) -> object:
        s = index.read(t, vectors[0], [matching.lead_text(t)])
        return index.top(s, matching.CANDIDATES), {a: index.top(s, pairs.DEPTH, a) for a in pairs.SCALES}

    emb, no_session, in_session = cm.interleaved(asked, lambda t: embeddings.embed([t]), plain, session)
    out = {"cases": args.cases, "reports": len(asked)}
    for label, ms in (("embedding", emb), ("search, no session", no_session), ("search, in a session", in_session)):
        out[f"{label} p50/p99 ms"] = [round(float(np.percentile(ms, p)), 1) for p in (50, 99)]
    out["added p99 / embedding p99"] = round(
        float((np.percentile(in_session, 99) - np.percentile(no_session, 99)) / np.percentile(emb, 99)), 3)
    print(out, flush=True)
    print(f"load average at end: {os.getloadavg()}", flush=True)


if __name__ == "__main__":
    main()
