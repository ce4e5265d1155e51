"""Synthetic check of the leave-one-series-out choice rules in bench/tcpd.py, before any TCPD run.

Usage::

    PYTHONPATH=. .venv/bin/python bench/cp_choice_synth.py [--datasets 20] [--n 150]

TCPD's held-out figure applies to each series the setting of :data:`bench.tcpd.GRID` chosen on the
other 31. Rounds 9, 12 and 13 lost held out what they gained in-sample because near-tied settings
were chosen by the series that was left out. :func:`bench.tcpd.choose_setting` has two rules: the
best mean ("mean", rounds 3-13) and the one-standard-error rule anchored at the product's defaults
("one_se"). This script says, on series whose change points are known, whether "one_se" costs
anything held out and whether it still moves off the defaults when a gain is spread over many
series. Two kinds of 32-series collections, each ``--datasets`` times with fresh seeds:

* *mixed*: four series of each of eight families (white noise, AR(1) 0.8 and a random walk with no
  change; one 2 sd step in white noise; two 1.5 sd steps; Poisson counts 3 -> 6; a 2 sd step in
  AR(1) 0.5 noise; a 2 sd step on a trend of 3 sd), the truth one "annotator";
* *staircases*: 32 series with three alternating 1.25 sd steps in white noise, where a lower
  penalty than the default's (beta 2) finds steps the default misses on most series: a gain
  spread over many series, which the rule must still take.

Scores are bench/tcpd.py's F1 (margin 5) and covering.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.tcpd import DEFAULT_INDEX, GRID, choose_setting, covering, f_measure  # noqa: E402
from detectors.changepoints import change_point_indices  # noqa: E402


def _ar1(rng: np.random.Generator, n: int, phi: float) -> np.ndarray:
    e = rng.normal(0, 1, n)
    x = np.empty(n)
    x[0] = e[0] / np.sqrt(1 - phi**2)
    for t in range(1, n):
        x[t] = phi * x[t - 1] + e[t]
    return x * np.sqrt(1 - phi**2)


def _at(rng: np.random.Generator, n: int) -> int:
    return int(rng.integers(n // 4, 3 * n // 4))


def family(name: str, rng: np.random.Generator, n: int) -> tuple[np.ndarray, list[int]]:
    """One synthetic series and its true change points."""
    if name == "white noise":
        return rng.normal(0, 1, n), []
    if name == "AR(1) 0.8":
        return _ar1(rng, n, 0.8), []
    if name == "random walk":
        return np.cumsum(rng.normal(0, 1, n)), []
    if name == "step 2 sd":
        at = _at(rng, n)
        x = rng.normal(0, 1, n)
        x[at:] += 2.0
        return x, [at]
    if name == "staircase 1.25 sd":
        cps = sorted(int(c + rng.integers(-n // 20, n // 20 + 1)) for c in (n // 4, n // 2, 3 * n // 4))
        x = rng.normal(0, 1, n)
        for i, c in enumerate(cps):
            x[c:] += 1.25 if i % 2 == 0 else -1.25
        return x, cps
    if name == "two steps 1.5 sd":
        a = int(rng.integers(n // 5, 2 * n // 5))
        b = int(rng.integers(3 * n // 5, 4 * n // 5))
        x = rng.normal(0, 1, n)
        x[a:b] += 1.5
        return x, [a, b]
    if name == "Poisson 3 -> 6":
        at = _at(rng, n)
        lam = np.where(np.arange(n) < at, 3.0, 6.0)
        return rng.poisson(lam).astype(float), [at]
    if name == "step 2 sd, AR(1) 0.5":
        at = _at(rng, n)
        x = _ar1(rng, n, 0.5)
        x[at:] += 2.0
        return x, [at]
    if name == "step 2 sd on a trend":
        at = _at(rng, n)
        x = rng.normal(0, 1, n) + np.linspace(0, 3, n)
        x[at:] += 2.0
        return x, [at]
    raise ValueError(name)


MIXED = [
    "white noise",
    "AR(1) 0.8",
    "random walk",
    "step 2 sd",
    "two steps 1.5 sd",
    "Poisson 3 -> 6",
    "step 2 sd, AR(1) 0.5",
    "step 2 sd on a trend",
]


def collection(kind: str, seed: int, n: int) -> list[tuple[np.ndarray, list[int]]]:
    rng = np.random.default_rng(seed)
    names = [f for f in MIXED for _ in range(4)] if kind == "mixed" else ["staircase 1.25 sd"] * 32
    return [family(f, rng, n) for f in names]


def run(kind: str, seed: int, n: int) -> dict:
    series = collection(kind, seed, n)
    f1 = np.zeros((len(GRID), len(series)))
    cov = np.zeros_like(f1)
    for j, (x, truth) in enumerate(series):
        ann = {"truth": truth}
        for k, kw in enumerate(GRID):
            pred = [0, *change_point_indices(x, **kw)]
            f1[k, j] = f_measure(ann, pred)
            cov[k, j] = covering(ann, pred, n)
    obj = (f1 + cov) / 2
    out = {"default": (f1[DEFAULT_INDEX].mean(), cov[DEFAULT_INDEX].mean())}
    for rule in ("mean", "one_se"):
        ks = [choose_setting(obj[:, [i for i in range(len(series)) if i != j]], rule)[0] for j in range(len(series))]
        delta = np.array([obj[k, j] - obj[DEFAULT_INDEX, j] for j, k in enumerate(ks)])
        out[rule] = (
            float(np.mean([f1[k, j] for j, k in enumerate(ks)])),
            float(np.mean([cov[k, j] for j, k in enumerate(ks)])),
            float(np.mean(delta < -1e-12)),
            float(np.mean(delta > 1e-12)),
            len({tuple(obj[k]) for k in ks}),
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", type=int, default=20)
    parser.add_argument("--n", type=int, default=150)
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    for kind in ("mixed", "staircases"):
        rows = [run(kind, 1000 * (kind == "staircases") + s, args.n) for s in range(args.datasets)]
        d = np.mean([r["default"] for r in rows], axis=0)
        print(f"{kind}: {args.datasets} collections of 32 series, n={args.n}")
        print(f"  defaults on every series        F1 {d[0]:.3f} cover {d[1]:.3f}")
        for rule in ("mean", "one_se"):
            a = np.array([r[rule] for r in rows])
            print(
                f"  leave-one-series-out, {rule:<7}   F1 {a[:, 0].mean():.3f} cover {a[:, 1].mean():.3f}"
                f"  folds whose choice scores their series below / above the defaults {a[:, 2].mean():.2f} /"
                f" {a[:, 3].mean():.2f}  distinct choices (by scores) per collection {a[:, 4].mean():.1f}"
            )
        diff = np.array([(r["one_se"][0] + r["one_se"][1] - r["mean"][0] - r["mean"][1]) / 2 for r in rows])
        print(
            f"  one_se minus mean, held-out objective per collection: below in {int((diff < -1e-12).sum())},"
            f" above in {int((diff > 1e-12).sum())}, equal in {int((np.abs(diff) <= 1e-12).sum())};"
            f" range {diff.min():+.3f} .. {diff.max():+.3f}"
        )
    print(f"ran in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
