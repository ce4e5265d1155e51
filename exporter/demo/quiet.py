"""A quiet organisation: seeded hourly alert counts with nothing planted, the null case of spike detection.

The spike tests and the live-path benchmark (`bench/live_path.py`) both ask whether the detector
stays silent on an org's ordinary hours; they share this one generator so the two cannot drift
apart, and neither imports the other. Each group's hourly count is Poisson around a log-normal
rate, times 2.5 in business hours (08:00-18:00 UTC) and 0.4 at weekends. Written before any
detector setting was chosen and never tuned against it; pure (no clock, no I/O), like the
demo's other generators.
"""

from __future__ import annotations

import numpy as np

from exporter.learning.series import HOUR, HourlySeries, grid


def quiet_org(seed: int, now: float, *, groups: int, days: int) -> HourlySeries:
    """`groups` series of `days` days ending at `now` (epoch seconds), seeded by `seed`.

    Labels are ``Quiet000/warning/svc-0`` and so on, in group order.
    """
    rng = np.random.default_rng(seed)
    start, n = grid(now, days)
    hours = (np.arange(n) + int(start // HOUR)) % 24
    weekday = ((np.arange(n) + int(start // HOUR)) // 24 + 3) % 7  # the epoch began on a Thursday
    shape = (1 + 1.5 * ((hours >= 8) & (hours < 18))) * np.where(weekday >= 5, 0.4, 1.0)
    series = HourlySeries(start=start, n_hours=n)
    for g in range(groups):
        values = rng.poisson(rng.lognormal(-1.0, 1.0) * shape).astype(float)
        label = f"Quiet{g:03d}/warning/svc-{g}"
        series.values[label] = values
        series.volume[label] = float(values.sum())
    return series
