"""A coarse partition of a large org's rows into lists of similar rows (an inverted file, IVF), so that a
lookup reads the int8 rows of a tenth of the lists instead of the whole org's matrix.

The int8 scan of 100k rows reads ~38 MB a lookup and is bound by memory, not arithmetic (bench/RESULTS.md,
round 20); reading a tenth of the rows is the cut that resolves beside one embedding call. The price: a row
in a list not read is not a candidate, so above `PARTITION_ABOVE` rows the search is approximate (its
recall against the exact scan is measured in bench/RESULTS.md, round 21). Small orgs are never partitioned.

Built by `_Block.pack` (the learning pass and start-up, where no request waits): spherical k-means on a
seeded sample of the rows, then every row to its nearest centroid and the block's rows reordered so that
each list is one contiguous range. Rows written since (appended, or moved into a hole by a removal) are
outside their list's range, so they are scored on every search (`extra`), until they are more than an
eighth of the block and the block goes back to the whole scan until the next rebuild.
"""

from __future__ import annotations

import numpy as np

# Partition only above this many rows: below it the whole int8 scan costs well under a millisecond.
PARTITION_ABOVE = 32_768
_ROWS_PER_LIST = 320  # ~316 lists at 100k rows: ~0.5 ms of per-list kernel calls at a tenth probed
PROBE_SHARE = 0.1  # share of the lists a search reads (the brief's "a tenth of the bytes")
_ITERATIONS = 8
_SAMPLE_PER_LIST = 64


def centroids(vecs: np.ndarray, seed: int = 0) -> np.ndarray:
    """Unit centroids of `len(vecs) // _ROWS_PER_LIST` lists: spherical k-means (cosine, as the index
    scores) on a seeded sample, so a rebuild of the same rows gives the same lists."""
    rng = np.random.default_rng(seed)
    count = max(2, len(vecs) // _ROWS_PER_LIST)
    sample = vecs[rng.choice(len(vecs), min(len(vecs), _SAMPLE_PER_LIST * count), replace=False)]
    cent = sample[rng.choice(len(sample), count, replace=False)].copy()
    for _ in range(_ITERATIONS):
        nearest = np.argmax(sample @ cent.T, axis=1)
        sums = np.zeros_like(cent)
        np.add.at(sums, nearest, sample)
        norms = np.linalg.norm(sums, axis=1)
        kept = norms > 0  # a list that drew no row keeps its centroid
        cent[kept] = sums[kept] / norms[kept, None]
    return cent


def assign(vecs: np.ndarray, cent: np.ndarray, batch: int = 16_384) -> np.ndarray:
    """Each row's nearest centroid, in batches (a 100k x 316 score matrix at once is 126 MB)."""
    return np.concatenate([np.argmax(vecs[i:i + batch] @ cent.T, axis=1) for i in range(0, len(vecs), batch)])


class Lists:
    """The partition of rows [0, n) of a block: list j holds rows [starts[j], starts[j + 1]), and the slots
    written since (`stale`)."""

    def __init__(self, cent: np.ndarray, starts: np.ndarray) -> None:
        self.centroids = cent
        self.starts = starts
        self.n = int(starts[-1])
        self.probe = max(1, int(np.ceil(PROBE_SHARE * len(cent))))
        self.stale: set[int] = set()

    def usable(self, n: int) -> bool:
        """Worth it while the rows outside their list (written since the partition) stay under an eighth."""
        return len(self.stale) + max(0, n - self.n) <= n // 8

    def probed(self, vec: np.ndarray, n: int) -> list[tuple[int, int]]:
        """The row ranges of the `probe` lists whose centroids are nearest `vec`, cut at the block's `n` rows
        (a removal shortens the block from its end), in row order."""
        near = np.argpartition(self.centroids @ vec, -self.probe)[-self.probe:]
        near.sort()
        ranges = []
        for j in near:
            start, stop = int(self.starts[j]), min(int(self.starts[j + 1]), n)
            if start < stop:
                ranges.append((start, stop))
        return ranges

    def extra(self, ranges: list[tuple[int, int]], n: int) -> np.ndarray:
        """Rows written since the partition (appended past it, or moved into a hole) that no probed range
        holds: scored on every search, since their list is not known."""
        outside = [i for i in self.stale if i < n] + list(range(self.n, n))
        if not outside:
            return np.empty(0, dtype=np.int64)
        rows = np.asarray(outside, dtype=np.int64)
        held = np.zeros(len(rows), dtype=bool)
        for start, stop in ranges:
            held |= (rows >= start) & (rows < stop)
        return np.unique(rows[~held])
