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
