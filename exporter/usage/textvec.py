"""Question vectors, computed once per distinct redacted text and read back by every pass.

Re-embedding was most of the usage pass (88% of 80 s on 198k events); MiniLM is deterministic, so
a text's vector never changes and one row per (org, digest of the redacted text) is enough. Only
the texts a pass has not seen before are embedded; the rest are one indexed read in batches.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence

import numpy as np

from exporter.store.base import Conn
from exporter.text import embeddings

_BATCH = 500


def digest(text: str) -> str:
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def vectors(conn: Conn, org: str, texts: Sequence[str], pending: list[dict] | None = None) -> np.ndarray:
    """(len(texts), 384) unit vectors for ``texts`` (already redacted), stored ones reused.

    New vectors are stored at once, or, with ``pending``, added to it for `store` to write later: a
    pass reads and embeds without the write lock and stores in its short write transaction."""
    if not texts:
        return np.zeros((0, embeddings.DIM), dtype=np.float32)
    keys = [digest(t) for t in texts]
    found: dict[str, np.ndarray] = {}
    unique = sorted(set(keys))
    for i in range(0, len(unique), _BATCH):
        chunk = unique[i : i + _BATCH]
        names = {f"d{j}": d for j, d in enumerate(chunk)}
        rows = conn.query(
            f"SELECT digest, vector FROM text_vectors WHERE org_id = :org AND digest IN "
            f"({', '.join(':' + n for n in names)})",
            {"org": org, **names},
        )
        for r in rows:
            v = embeddings.from_blob(r["vector"])
            if v is not None and len(v) == embeddings.DIM:
                found[r["digest"]] = v
    missing = {}
    for t, k in zip(texts, keys, strict=True):
        if k not in found:
            missing.setdefault(k, t)
    if missing:
        vecs = embeddings.embed(list(missing.values()))
        now = time.time()
        rows = []
        for k, v in zip(missing, vecs, strict=True):
            found[k] = v
            rows.append({"org_id": org, "digest": k, "vector": embeddings.to_blob(v), "created_at": now})
        if pending is None:
            store(conn, rows)
        else:
            pending.extend(rows)
    return np.stack([found[k] for k in keys]).astype(np.float32, copy=False)


def store(conn: Conn, rows: Sequence[dict]) -> None:
    """Keep vectors computed by `vectors`; one already stored (another pass, another replica) wins."""
    if rows:
        conn.executemany(
            "INSERT INTO text_vectors (org_id, digest, vector, created_at) VALUES (:org_id, :digest, :vector, "
            ":created_at) ON CONFLICT (org_id, digest) DO NOTHING",
            rows,
        )
