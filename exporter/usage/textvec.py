"""Question vectors, computed once per distinct redacted text and read back by every pass.

Re-embedding was most of the usage pass (88% of 80 s on 198k events); MiniLM is deterministic, so
a text's vector never changes and one row per (org, digest of the redacted text) is enough. Only
the texts a pass has not seen before are embedded; the rest are one indexed read in batches.

A vector is the person's words in another form (text can be recovered from sentence embeddings),
so delete-my-data must not leave it: `forget_unbacked` keeps only the vectors of question texts
some remaining event of the org still holds. A text another person also asked stays (it is theirs
too); the vectors of template readings are derived from questions and cannot be traced to their
askers once the names are slotted out, so they all go and the next pass embeds them again (one per
distinct template: seconds).
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence

import numpy as np

from detectors.conversation import style_request
from exporter.store.base import Conn, in_list
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
        marks, names = in_list(chunk, "d")
        rows = conn.query(
            f"SELECT digest, vector FROM text_vectors WHERE org_id = :org AND digest IN ({marks})",
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


def forget_unbacked(store, org: str) -> dict[str, int]:
    """Delete the org's vectors that no remaining question of the org backs (after delete-my-data)."""
    backed = {
        digest(style_request(r["text"].strip())[0])
        for r in store.query(
            "SELECT DISTINCT text FROM audit_events WHERE org_id = :o AND kind = 'user_query'", {"o": org}
        )
    }
    gone = [r["digest"] for r in store.query("SELECT digest FROM text_vectors WHERE org_id = :o", {"o": org})
            if r["digest"] not in backed]
    for i in range(0, len(gone), _BATCH):
        marks, names = in_list(gone[i : i + _BATCH], "d")
        with store.transaction() as conn:
            conn.execute(
                f"DELETE FROM text_vectors WHERE org_id = :o AND digest IN ({marks})",
                {"o": org, **names},
            )
    return {"text_vectors": len(gone)}
