"""A faster first pass for a large org's rows: the int8 rows packed once for fbgemm's int8 GEMM.

torch's weight-only int8 kernel (`_weight_int8pack_mm`, the index's other first pass) has its blocked kernel for
AVX-512 (int8mm_kernel.cpp); on this session's machine (AVX2 only) it scored 100k rows in 11.3 ms at p50 and fbgemm's int8 GEMM
(`quantized.linear_dynamic`, kernels for AVX2 and AVX-512) in 4.7 ms (one thread, interleaved call by call,
same process, load ~4; bench/RESULTS.md). Packing costs 1-3 s at 100k rows, so it is done where no request
waits (`QueryIndex.rebuild`: start-up and the learning pass); rows written after packing are scored exactly
instead, and once they are more than an eighth of the org the block goes back to the int8 kernel until the
next rebuild.

The error stays known, so the index still returns the exact top k. fbgemm quantises the query itself
(7 bits with `reduce_range`, so no pair of products can saturate its 16-bit sums); the query is first
rounded here to a grid that fbgemm's own quantisation reproduces exactly (its minimum at level 0, its
maximum at level 127, zero on a level), so the kernel computes q'.x8 for a q' known here, up to float32
rounding of the result. For a unit query q and a row x with int8 copy x8:
|q.x - q'.x8| <= ||x - x8|| + ||q - q'|| * ||x8||.

The quantised-tensor constructor it needs is deprecated in torch (it warns); torch is pinned below 2.15
in pyproject.toml, and without fbgemm the block keeps the int8 kernel.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable

import numpy as np

# float32 rounding of fbgemm's result (scale x scale x an exact int32 sum below 2^24), rounded up.
_ROUNDING = 1e-5
_LEVELS = 127  # the query's levels with `reduce_range`


def available() -> bool:
    import torch

    return "fbgemm" in torch.backends.quantized.supported_engines and torch.backends.quantized.engine in (
        "x86", "fbgemm")


class PackedRows:
    """Rows [0, n) of a block as fbgemm's packed int8 weight, and the slots written since (`stale`)."""

    def __init__(self, q8: np.ndarray, scale_bits: np.ndarray, lost: float) -> None:
        import torch

        scale = (scale_bits.view(np.uint16).astype(np.uint32) << 16).view(np.float32)  # bfloat16 -> float32
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=".*quantized tensor creation.*")
            weight = torch._make_per_channel_quantized_tensor(
                torch.from_numpy(np.ascontiguousarray(q8)), torch.from_numpy(scale.astype(np.float64)),
                torch.zeros(len(q8), dtype=torch.long), 0)
        self.weight = torch.ops.quantized.linear_prepack(weight, None)
        self.n = len(q8)
        self.lost = lost  # the largest ||x - x8|| of the packed rows
        self.stale: set[int] = set()  # packed slots that hold another row now

    def usable(self, n: int) -> bool:
        """Worth it while the rows scored exactly (written since packing) stay under an eighth."""
        return len(self.stale) + max(0, n - self.n) <= n // 8

    def scores(self, vec: np.ndarray) -> tuple[np.ndarray, float] | None:
        """Every packed row's first-pass score and its error bound; None for a query with no negative or
        no positive component (fbgemm would then move the grid: never for a real 384-d embedding)."""
        import torch

        low, high = float(vec.min()), float(vec.max())
        if not low < 0 < high:
            return None
        step = (high - low) / _LEVELS
        zero = np.rint(-low / step)
        grid = (step * (np.clip(np.rint(vec / step) + zero, 0, _LEVELS) - zero)).astype(np.float32)
        query_err = float(np.linalg.norm(vec.astype(np.float64) - grid))
        out = torch.ops.quantized.linear_dynamic(torch.from_numpy(grid)[None], self.weight, True)
        return out[0].numpy(), self.lost + query_err * (1 + self.lost) + _ROUNDING


# -- a shorter first pass where an org's rows have most of their energy in a few directions ---------------------

_PREFIX_DIMS = (64, 96, 128, 192)  # prefix lengths tried at packing
_PREFIX_SAMPLE = 8192  # rows that choose the basis
_PREFIX_PROBES = 128  # of them, rows used as queries against all the rows for that estimate
_PREFIX_ERR_GUESS = 0.04  # the packed prefix's first-pass error per side, as measured on MiniLM questions (0.03-0.04)
_PREFIX_WORTH = 0.6  # used only when a query's estimated bytes at p99 fall under this share of a full int8 row
PREFIX_LOOSE = 1 / 64  # beyond this share of rows to rescore a search scans the full rows (`QueryIndex.search`)
_ROW_BYTES = 4 * 384  # a float32 row, read again for each row that survives the bound
# float32 rounding of the projected rows and query (each within ~1e-7 of its float64 projection) and of the
# residual norms, rounded up
_PREFIX_SLACK = 1e-5


class PrefixRows:
    """The first `m` coordinates of every row in an orthonormal basis of the org's own rows (their principal
    directions, most energy first), packed for fbgemm like `PackedRows`, and each row's residual norm.

    Exactness. For an orthonormal basis B = [H T] (H its first m columns) and any q, x:
    q.x = (H'q).(H'x) + (T'q).(T'x), and |(T'q).(T'x)| <= |T'q| |T'x| (Cauchy-Schwarz). The packed pass returns
    s with |s - (H'q).(H'x)| <= e (`PackedRows.scores`: H'q and H'x have norm at most 1, as q and x do), so
    s - w <= q.x <= s + w with w = e + |T'q| |T'x| + `_PREFIX_SLACK`: `scores` returns s and w per row, and
    `_Block.near_best` rescores in float32 every row whose upper bound s + w reaches a lower bound of the
    k-th best exact score (the k-th largest s - w, or the least exact score of k rows of the set, whichever
    is higher): no row it leaves out can be in the exact top k. The residual norms come from
    |T'x|^2 = |x|^2 - |H'x|^2 in float64 (B is orthonormal), plus 1e-12 before the square root, so they are
    never below the true ones. A wrong basis only costs time; a wrong bound would cost answers, which
    tests/test_querymem_index.py checks against brute force (and fails with the residual term left out).

    Worth it only where the rows are structured: questions of one org share words, so a MiniLM cache holds
    ~94% of its energy in 128 of 384 directions, and at 1.1k hand-written questions a query rescored a median
    1.7% of the rows (bench/RESULTS.md); random unit rows hold m/384 of it and every row would be rescored.
    `fit` estimates that share on a sample at packing and returns None where it does not pay.
    """

    def __init__(self, vecs: np.ndarray, basis: np.ndarray, m: int,
                 quantise: Callable[[np.ndarray], tuple[np.ndarray, np.ndarray, float]]) -> None:
        x = np.asarray(vecs, dtype=np.float64)
        self.head = np.ascontiguousarray(basis[:, :m])
        self.m = m
        prefix = x @ self.head
        self.rest = _residual(x, prefix)
        self.rows = PackedRows(*quantise(prefix.astype(np.float32)))
        self.n = self.rows.n
        self.stale = self.rows.stale

    def usable(self, n: int) -> bool:
        return self.rows.usable(n)

    def scores(self, vec: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
        """Every packed row's prefix score and the half-width of the interval its exact score lies in."""
        q = np.asarray(vec, dtype=np.float64)[None]
        head = q @ self.head
        found = self.rows.scores(head[0].astype(np.float32))
        if found is None:
            return None
        first, bound = found
        return first, (bound + _PREFIX_SLACK) + float(_residual(q, head)[0]) * self.rest

    @classmethod
    def fit(cls, vecs: np.ndarray, k: int,
            quantise: Callable[[np.ndarray], tuple[np.ndarray, np.ndarray, float]]) -> PrefixRows | None:
        """The prefix pass for these rows, with the prefix length that reads the fewest bytes at the 99th
        percentile of queries, or None when no length saves 40% of the full int8 pass's bytes there. The basis
        comes from a sample; the estimate takes some rows as queries against all the others (float32, in
        chunks: the share of rows a query leaves to rescore falls as the org grows, so a sample would
        overstate it), each survivor costing a float32 row read again, and a query leaving more than
        `PREFIX_LOOSE` of the rows the full pass on top. The tail decides: the target is a p99, and a question
        unlike every entry leaves a loose bound."""
        n, dim = vecs.shape
        if n <= _PREFIX_PROBES + k:
            return None
        pick = np.random.default_rng(0).choice(n, min(n, _PREFIX_SAMPLE), replace=False)
        sample = np.asarray(vecs[pick], dtype=np.float64)
        _, basis = np.linalg.eigh(sample.T @ sample)
        basis = basis[:, ::-1]  # most energy first
        head = np.ascontiguousarray(basis[:, : max(_PREFIX_DIMS)], dtype=np.float32)
        probe_rows = pick[:_PREFIX_PROBES]
        probes = np.ascontiguousarray(vecs[probe_rows], dtype=np.float32)
        exact = probes @ vecs.T
        exact[np.arange(len(probe_rows)), probe_rows] = -np.inf  # a probe is not its own neighbour
        kth = np.partition(exact, -k, axis=1)[:, -k][:, None]
        del exact
        q_head = probes @ head
        q_rest = [np.sqrt(np.maximum(1.0 - np.sum(q_head[:, :m] ** 2, axis=1), 0.0))[:, None] for m in _PREFIX_DIMS]
        left = np.zeros((len(_PREFIX_DIMS), len(probes)))
        for start in range(0, n, 16384):
            chunk = np.asarray(vecs[start:start + 16384], dtype=np.float32)
            x_head = chunk @ head
            norm2 = np.einsum("ij,ij->i", chunk, chunk)
            for d, m in enumerate(_PREFIX_DIMS):
                x_rest = np.sqrt(np.maximum(norm2 - np.sum(x_head[:, :m] ** 2, axis=1), 0.0))
                upper = q_head[:, :m] @ x_head[:, :m].T + q_rest[d] * x_rest + 2 * _PREFIX_ERR_GUESS
                left[d] += np.count_nonzero(upper >= kth, axis=1)
        best, best_bytes = None, _PREFIX_WORTH * dim
        for d, m in enumerate(_PREFIX_DIMS):
            survive = float(np.percentile(left[d], 99)) / n
            cost = m + (dim if survive > PREFIX_LOOSE else survive * _ROW_BYTES)
            if cost < best_bytes:
                best, best_bytes = m, cost
        return None if best is None else cls(vecs, basis, best, quantise)


def _residual(x: np.ndarray, head: np.ndarray) -> np.ndarray:
    """|T'x| for each row of x (float64) from |x|^2 - |H'x|^2, never below the true value."""
    gone = np.einsum("ij,ij->i", x, x) - np.einsum("ij,ij->i", head, head)
    return np.sqrt(np.maximum(gone, 0.0) + 1e-12)
