"""Round 31 (issue 17): every case's signals for each report of a set, through the product's own store and index,
kept so fusions can be compared offline (`bench/case_r31_fusions.py`) and the dev reports the product ranks below a
plain baseline can be read by cause.

    CASE_BENCH_BUGS=/work/shared/data/bugs HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 PYTHONPATH=$PWD nice -n 10 \
      .venv/bin/python bench/case_r31_signals.py --sets seamonkey --splits dev \
      --embedding-cache /tmp/fuse8/emb.pkl --out /tmp/fuse8/signals.pkl

Per report (own report out, as `bench/case_match.py` ranks it): cosine, coverage, headline coverage and overlap of
every case (`CaseIndex.read`, what `matching.rank` reads), each case's near-tie factor (context and quality), the
product's ranking through `match_cases`, the plain BM25 and plain MiniLM rankings, and the right answers. Only the
splits asked for are read (SeaMonkey's test half is never read here).
"""

from __future__ import annotations

import argparse
import pickle
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import case_match as cm  # noqa: E402

from detectors.text_normalize import denoise  # noqa: E402
from exporter.cases import matching, repo  # noqa: E402
from exporter.cases.model import MatchIn  # noqa: E402
from exporter.cases.quality import QualityPolicy, quality  # noqa: E402
from exporter.store import from_json  # noqa: E402
from exporter.text.embeddings import whole_text_vectors  # noqa: E402

NOW = datetime(2026, 12, 1, tzinfo=UTC).timestamp()  # bench/case_match.py's own `now`


def signals_of(ds: cm.Dataset, splits: set[str], url: str) -> list[dict]:
    """Each report's signals over the library, as the product reads them (see the module doc)."""
    queries = [q for q in ds.queries if q.split in splits]
    store, who, doc_of = cm.index_product(ds, url, NOW)
    case_of = {doc: case for case, doc in doc_of.items()}
    cache = matching.IndexCache()
    out = []
    for q in queries:
        req = MatchIn(problem=q.text, limit=cm.DEPTH, context=q.context)
        with cm.own_report_out(store, case_of.get(q.exclude)):
            index = cache.get(store, cm.ORG, who)
            text = matching.query_text(req)
            vector = whole_text_vectors([denoise(text)], cm.embed)[0]
            lines = matching.report_lines(text)
            if req.problem and lines and lines[0] != matching.lead_text(req.problem):
                lines.insert(0, matching.lead_text(req.problem))
            s = index.read(text, vector, lines)
            rows = repo.visible_rows(store, who, list(index.ids))
            asked = req.context.model_dump(exclude_none=True)
            factor = []
            for cid in index.ids:
                row = rows[cid]
                ctx = (from_json(row["problem"], {}) or {}).get("context", {}) or {}
                factor.append(matching.near_tie_factor(matching.context_agreement(asked, ctx)[0],
                                                       quality(row, NOW, QualityPolicy()).effective))
            product = matching.match_cases(store, who, req, QualityPolicy(), now=NOW, cache=cache, embedder=cm.embed)
        out.append({"qid": q.qid, "split": q.split, "text": q.text, "relevant": q.relevant, "group": q.group,
                    "exclude": q.exclude, "docs": [doc_of[c] for c in index.ids], "sem": s.sem,
                    "coverage": s.coverage, "lead": s.lead, "shared": s.shared, "factor": factor,
                    "lines": lines, "product": [doc_of[m["case_id"]] for m in product["matches"]]})
    store.close()
    bm25, minilm = cm.bm25_rankings(ds), cm.minilm_rankings(ds)
    for r in out:
        r["bm25"], r["minilm"] = bm25[r["qid"]], minilm[r["qid"]]
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="seamonkey")
    ap.add_argument("--splits", default="dev")
    ap.add_argument("--embedding-cache", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args()
    cm.use_cache(a.embedding_cache)
    got = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in a.sets.split(","):
            ds = cm.SETS[name]()
            got[name] = signals_of(ds, set(a.splits.split(",")), f"sqlite:///{tmp}/{name}.db")
            print(name, len(got[name]), flush=True)
    with open(a.out, "wb") as fh:
        pickle.dump(got, fh)


if __name__ == "__main__":
    main()
