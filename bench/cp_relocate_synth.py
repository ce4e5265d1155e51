"""Synthetic check of moving each change to the two-line split (``relocate``), before TCPD.

Usage::

    PYTHONPATH=. .venv/bin/python bench/cp_relocate_synth.py [--seeds 100] [--lengths 60 120 300]

For each family and length, 100 seeded series go through
:func:`detectors.changepoints.change_point_indices` with ``relocate`` off, then
:func:`detectors.changepoints.place_on_lines` moves its changes with the BIC test off (penalty 0:
every change to its two-line optimum) and on (penalty 1, the default). Reported: the
share of series with any change (on the families without one it must not move: only positions
are touched), and for families with one true change the share of series whose change nearest
to the truth is within 2 samples of it, and the median distance. The families are the shapes
the product meets (level steps in independent noise and in Poisson counts, as in daily alert
totals) and the ones relocation is for (a level reached by a ramp, a step on a trend).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from detectors.changepoints import DEFAULT_MIN_SIZE, change_point_indices, place_on_lines  # noqa: E402

MODES = ("off", "penalty 0", "penalty 1")


def _ar1(rng, n: int, phi: float) -> np.ndarray:
    e = rng.normal(size=n)
    x = np.empty(n)
    x[0] = e[0] / np.sqrt(1 - phi**2)
    for i in range(1, n):
        x[i] = phi * x[i - 1] + e[i]
    return x


def null_families(rng, n: int) -> dict[str, np.ndarray]:
    return {
        "white noise": rng.normal(size=n),
        "Poisson(3) counts": rng.poisson(3.0, n).astype(float),
        "AR(1) phi 0.7": _ar1(rng, n, 0.7),
        "AR(1) phi 0.9": _ar1(rng, n, 0.9),
        "random walk": np.cumsum(rng.normal(size=n)),
    }


def change_families(rng, n: int) -> dict[str, tuple[np.ndarray, int]]:
    at = int(rng.integers(n // 5, n - n // 5))
    early = int(rng.integers(8, max(9, n // 8)))
    t = np.arange(n, dtype=float)
    step = (t >= at).astype(float)
    ramp = np.clip((t - (at - n // 5)) / (n // 5), 0.0, 1.0)  # climbs for n/5 samples, flat from `at`
    return {
        "step 1 sd, white noise": (step + rng.normal(size=n), at),
        "step 2 sd, white noise": (2 * step + rng.normal(size=n), at),
        "step 4 sd, white noise": (4 * step + rng.normal(size=n), at),
        "step 2 sd, 8-12 samples from the start": (2 * (t >= early) + rng.normal(size=n), early),
        "Poisson counts 3 -> 6": (rng.poisson(3.0 + 3.0 * step).astype(float), at),
        "Poisson counts 3 -> 0.5": (rng.poisson(3.0 - 2.5 * step).astype(float), at),
        "step 2 sd, AR(1) 0.5 noise": (2 * step + _ar1(rng, n, 0.5), at),
        "step 3 sd on a trend of 3 sd": (3 * step + 3 * t / n + rng.normal(size=n), at),
        "ramp of 4 sd, then flat (turn at the ramp's end)": (4 * ramp + rng.normal(size=n), at),
    }


def _modes(x: np.ndarray, n: int) -> list[list[int]]:
    """Changes with relocation off, then moved with the BIC test off and on (the same count)."""
    cps = change_point_indices(x, relocate=False)
    min_size = max(2, min(DEFAULT_MIN_SIZE, n // 4))
    return [cps, *(place_on_lines(x, cps, min_size, penalty=p) for p in (0.0, 1.0))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=100)
    parser.add_argument("--lengths", type=int, nargs="+", default=[60, 120, 300])
    args = parser.parse_args(argv)
    for n in args.lengths:
        rows: dict[str, list] = {}
        for seed in range(args.seeds):
            rng = np.random.default_rng([n, seed])
            for name, x in null_families(rng, n).items():
                for r, cps in zip(rows.setdefault(name, [[], [], []]), _modes(x, n), strict=True):
                    r.append(len(cps) > 0)
            for name, (x, at) in change_families(rng, n).items():
                for r, cps in zip(rows.setdefault(name, [[], [], []]), _modes(x, n), strict=True):
                    r.append(min((abs(c - at) for c in cps), default=None))
        print(f"n={n}, {args.seeds} seeds; " + " / ".join(MODES))
        for name, per_mode in rows.items():
            if isinstance(per_mode[0][0], (bool, np.bool_)):
                print(f"  {name:<50} any change " + " / ".join(f"{np.mean(r):.2f}" for r in per_mode))
                continue
            found = np.mean([d is not None for d in per_mode[0]])
            within = " / ".join(f"{np.mean([d is not None and d <= 2 for d in r]):.2f}" for r in per_mode)
            med = " / ".join(f"{np.median([d for d in r if d is not None]):.0f}" if found else "-" for r in per_mode)
            print(f"  {name:<50} found {found:.2f}; within 2: {within}; median distance {med}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
