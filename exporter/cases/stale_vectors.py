"""Stored cases whose vector an older reading of their text made, read again by the learning pass.

Since round 21 a case's text is read whole (`embeddings.whole_text_vectors`: up to two windows of 254 word pieces),
but a case stored before keeps the vector of its first 256 pieces, and a library stored that way ranked worse than
one read whole (SeaMonkey dev MRR 0.639 against 0.653, the same reports read whole: bench/plans/cases3.md), so an
upgraded service matched its long cases worse than a fresh one would. Each row names the reading that made its
vector (`embedding_version`, migration 0013: 1 for every older row). The pass reads an org's stale rows again in
batches, each batch in its own transaction (an interrupted pass keeps what it finished), and bumps the org's index
version so every serving index reloads. A text within one window gets the model's own vector under either reading,
so it is only stamped, without a model call. Not done on a request: 100k cases take minutes to read again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np

from exporter.cases.repo import embedding_text, save_vectors
from exporter.store import Store, from_json
from exporter.text.embeddings import VECTOR_VERSION, embed, to_blob, whole_text_vectors, windows

if TYPE_CHECKING:
    from exporter.service import Services

BATCH = 256
MOST_PER_PASS = 20_000  # rows read per org and pass: at ~30 texts a second, minutes, not the whole pass's hour


def stale_orgs(svc: Services, now: float) -> list[str]:
    rows = svc.store.query("SELECT DISTINCT org_id FROM cases WHERE embedding_version < :v ORDER BY org_id",
                           {"v": VECTOR_VERSION})
    return [r["org_id"] for r in rows]


def read_again(store: Store, org: str, embedder: Callable[[list[str]], np.ndarray] = embed,
               most: int = MOST_PER_PASS) -> dict[str, Any]:
    """Bring up to `most` of `org`'s stale rows to `VECTOR_VERSION`; returns how many were stamped and re-read."""
    stamped = reread = 0
    while stamped + reread < most:
        rows = store.query(
            "SELECT id, title, problem, embedding IS NULL AS missing FROM cases "
            "WHERE org_id = :org AND embedding_version < :v ORDER BY id LIMIT :n",
            {"org": org, "v": VECTOR_VERSION, "n": min(BATCH, most - stamped - reread)})
        if not rows:
            break
        texts = [embedding_text({"title": r["title"], "problem": from_json(r["problem"], {})}) for r in rows]
        long = [i for i, t in enumerate(texts) if rows[i]["missing"] or len(windows(t)) > 1]
        vectors = whole_text_vectors([texts[i] for i in long], embedder)
        chosen = set(long)
        save_vectors(store, org, [(rows[i]["id"], to_blob(v)) for i, v in zip(long, vectors, strict=True)],
                     [r["id"] for i, r in enumerate(rows) if i not in chosen], VECTOR_VERSION)
        reread += len(long)
        stamped += len(rows) - len(long)
    return {"read_again": reread, "stamped": stamped}


def read_org_again(svc: Services, org: str, now: float) -> dict[str, Any]:
    return read_again(svc.store, org)
