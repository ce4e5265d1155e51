"""Temporal habits: who asks what when, kept only when it beats a null model over the same volume.

A *series* is what one habit is about (a user asking about one intent, or an org asking about one
intent); its *owner* is whose overall activity says when they are around at all (the user, or the
org). The null model for a series is "its n questions fall on the owner's usual days and hours":
the owner's weekday and time-of-day marginals, leaving the series itself out (so a strong habit
does not hide in its own baseline) and shrunk towards everyone's rhythm for owners with little
other activity. A weekly window or the month end is kept only when a one-sided test on the
series' count there (for the week, a beta-binomial on the owner's time-of-day share thinned by a
beta-binomial on their weekday share; Fisher's exact for the month end: the null's own sampling
noise counts) beats that null after a Bonferroni correction over every window tested
(for weekly habits, every window of every series in the batch that could be reported at all),
and when it recurs: the number of separate weeks with the window beats the same null too (a
Poisson-binomial tail: a week holds the window with probability 1 - (1 - q)^n under the null, n
the series' questions that week), and the month ends that each show an excess beat the
series' own rate on those weekdays the same way. Where a spike is too thin in every series (split
over subjects), `busy_month_ends` tests an owner's whole stream against their own weekday rhythm,
with their own day-to-day dispersion. A one-day burst or a subject asked every day
is not a habit, and random scatter yields nothing (tests: property test over uniform and rhythm-following noise;
bench/usage_eval.py for precision and recall on logs planted from what people do).

Times are epoch seconds; weekdays (0 = Monday) and hours are local to ``tz``. Everything is
vectorised over all series at once with NumPy, so a pass over a million events takes seconds.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy.special import betaln, gammaln
from scipy.stats import binom, hypergeom, nbinom, poisson

__all__ = [
    "MonthEndSpike", "WeeklyHabit", "busy_month_ends", "local_parts", "month_end_spikes", "next_due", "weekly_habits",
]

WEEK = 7 * 86400
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
PRIOR_EVENTS = 20.0  # pseudo-events of the global rhythm added to each owner's null
EXCESS_LEVEL = 0.05  # a month end "shows an excess" when the null reaches its count less often than this


@dataclass(frozen=True)
class WeeklyHabit:
    """A series concentrated in one weekday's hour window, in most of the recent weeks.

    Attributes
    ----------
    series : int
        The caller's series code.
    weekday, start_minute, end_minute : int
        Local weekday (0 = Monday) and minutes of the day [start_minute, end_minute).
    typical_minute : int
        Median minute of the day (local) of the series' questions in the window: "around 09:05".
    count, expected : float
        Questions in the window over the lookback, and what the null model expects there.
    weeks_hit, weeks : int
        Weeks in which the window had at least one of the series' questions, of the weeks looked at.
    p_value : float
        The larger of the concentration and recurrence tail probabilities, before correction.
    confidence : float
        ``weeks_hit / weeks``: how reliably it recurs.
    """

    series: int
    weekday: int
    start_minute: int
    end_minute: int
    typical_minute: int
    count: int
    expected: float
    weeks_hit: int
    weeks: int
    p_value: float
    confidence: float

    @property
    def ratio(self) -> float:
        return self.count / self.expected if self.expected > 0 else float("inf")

    @property
    def start_hour(self) -> int:
        return self.start_minute // 60

    @property
    def end_hour(self) -> int:
        return -(-self.end_minute // 60)

    def describe(self) -> str:
        h, m = divmod(self.typical_minute, 60)
        return f"{WEEKDAYS[self.weekday]}s around {h:02d}:{m:02d}, in {self.weeks_hit} of the last {self.weeks} weeks"


@dataclass(frozen=True)
class MonthEndSpike:
    """A series whose share of questions in the last ``days`` days of the month is a multiple of the null's."""

    series: int
    days: int
    count: int
    total: int
    share: float
    expected_share: float
    months_hit: int
    months: int
    p_value: float
    confidence: float

    @property
    def ratio(self) -> float:
        return self.share / self.expected_share if self.expected_share > 0 else float("inf")

    def describe(self) -> str:
        return (
            f"{self.ratio:.1f}x the usual share in the last {self.days} days of the month, "
            f"in {self.months_hit} of {self.months} months"
        )


def local_parts(ts: np.ndarray, tz: str) -> pd.DataFrame:
    """Local weekday, hour, minute of day, day of month, days in month and month number per timestamp."""
    t = pd.to_datetime(np.asarray(ts, dtype=np.float64), unit="s", utc=True).tz_convert(tz)
    return pd.DataFrame(
        {
            "weekday": t.day_of_week.to_numpy(np.int64),
            "hour": t.hour.to_numpy(np.int64),
            "minute": (t.hour * 60 + t.minute).to_numpy(np.int64),
            "day": t.day.to_numpy(np.int64),
            "month_days": t.days_in_month.to_numpy(np.int64),
            "month": (t.year * 12 + t.month - 1).to_numpy(np.int64),
        }
    )


def weekly_habits(
    ts: np.ndarray,
    series: np.ndarray,
    owner: np.ndarray,
    tz: str,
    now: float,
    *,
    weeks: int = 8,
    window_minutes: int = 60, step_minutes: int = 30, alpha: float = 0.01,
    min_ratio: float = 3.0, min_weeks: int = 4, min_week_share: float = 0.5, min_count: int = 4,
    recent_weeks: int | None = None,
) -> list[WeeklyHabit]:
    """Weekly habits of every series in one batch (one org's time zone).

    A window (``window_minutes`` long, every ``step_minutes``) of one weekday is a habit when its
    count (beta-binomial) and the weeks it recurs in (Poisson-binomial) both beat the owner's own
    rhythm (module docstring), in at least ``min_week_share`` of the weeks and ``min_weeks``: what
    "in most weeks" means, not a significance threshold. ``alpha`` is the family-wise error of the
    whole call: Bonferroni over every window of every series that could be reported at all
    (`_testable`), so a batch of a hundred people's subjects is held to the same chance of one false
    habit as a batch of one.

    Parameters
    ----------
    ts : array of float, shape (n,)
        Question times, epoch seconds.
    series, owner : arrays of int, shape (n,)
        Non-negative codes: what each question is about (the habit's subject) and whose activity
        forms its null. A series may have several owners (an org's subject asked by several
        people): its null mixes their rhythms by how many of its questions each asked.
    tz : str
        IANA time zone the habits are stated in.
    now : float
        End of the lookback of ``weeks`` weeks.
    recent_weeks : int, optional
        With a long look-back, the window must also recur in ``min_week_share`` of the last
        ``recent_weeks`` weeks: a habit that held months ago and stopped is not one now.

    Returns
    -------
    list of WeeklyHabit
        At most one per series and weekday (the strongest window), strongest first.
    """
    ts = np.asarray(ts, dtype=np.float64)
    keep = (ts < now) & (ts >= now - weeks * WEEK)
    if not keep.any():
        return []
    ts, series, owner = ts[keep], np.asarray(series)[keep], np.asarray(owner)[keep]
    weeks_seen = int(min(weeks, np.ceil((now - ts.min()) / WEEK)))
    parts = local_parts(ts, tz)
    s_codes, s_idx = np.unique(series, return_inverse=True)
    ev = _Events(parts["weekday"].to_numpy(), parts["minute"].to_numpy(), s_idx, len(s_codes),
                 np.minimum(((now - ts) // WEEK).astype(np.int64), weeks - 1))
    per_day, width = 1440 // step_minutes, window_minutes // step_minutes
    cs, rest, null = _rhythm(ev.wd * per_day + ev.minutes // step_minutes, s_idx,
                             np.unique(owner, return_inverse=True)[1], per_day)
    starts = per_day - width + 1
    win_count = np.stack([cs[:, :, h : h + width].sum(axis=2) for h in range(starts)], axis=2)
    win_p = np.stack([null[:, :, h : h + width].sum(axis=2) for h in range(starts)], axis=2)
    n = cs.sum(axis=(1, 2))[:, None, None]
    with np.errstate(divide="ignore", invalid="ignore"):
        candidate = (win_count >= min_count) & (win_count >= min_ratio * n * win_p)
    if not candidate.any():
        return []
    pv = np.ones_like(win_count)
    # The null share of a window is estimated from the owner's other questions (plus the prior's
    # pseudo-events), m of them: beta-binomial with that much evidence, not binomial, so a series
    # that makes up most of its owner's activity is not "concentrated" against a noisy estimate. The
    # share is a weekday share times a time-of-day share, each known from all m (`_product_tail`).
    m = np.broadcast_to((rest.sum(axis=(1, 2)) + PRIOR_EVENTS)[:, None, None], win_count.shape)[candidate]
    q = win_p[candidate]
    k, total = win_count[candidate], np.broadcast_to(n, win_count.shape)[candidate]
    per_week = np.bincount(s_idx * weeks + ev.week_of, minlength=len(s_codes) * weeks).reshape(-1, weeks)
    need = max(min_weeks, min_week_share * weeks_seen)
    need_recent = None if recent_weeks is None else min_week_share * min(recent_weeks, weeks_seen)
    bar = alpha / (7 * starts * max(_testable(per_week[:, :weeks_seen], need, min_count, recent_weeks, need_recent), 1))
    tod = np.broadcast_to(win_p.sum(axis=1, keepdims=True), win_p.shape)[candidate]  # the window's time of day, any weekday
    pv[candidate] = _product_tail(k, total, q, tod, m, bar)
    window = (step_minutes, window_minutes)
    for r, d, h in zip(*np.nonzero(pv < bar), strict=True):
        hit_weeks = np.unique(ev.week_of[ev.inside(r, d, h * step_minutes, window_minutes)])
        hit = len(hit_weeks)
        if hit < need or (need_recent is not None and (hit_weeks < recent_weeks).sum() < need_recent):
            pv[r, d, h] = 1.0
            continue
        p_rec = _weeks_tail(hit, 1.0 - (1.0 - win_p[r, d, h]) ** per_week[r, :weeks_seen])
        pv[r, d, h] = max(pv[r, d, h], p_rec) if p_rec < bar else 1.0
    return _strongest(pv, bar, win_count, n * win_p, ev, s_codes, window, weeks_seen)


def _product_tail(k: np.ndarray, n: np.ndarray, q: np.ndarray, tod: np.ndarray, m: np.ndarray,
                  bar: float) -> np.ndarray:
    """P(at least k of n questions in a weekday's window) when the owner's share of the window is the
    product of a time-of-day share ``tod`` and a weekday share ``q / tod``, each known from m
    questions: the questions at that time of day on any day (beta-binomial), then those of them on
    the weekday (beta-binomial). One beta-binomial on the window's share as if it were known from m
    questions of its own made a habit at an hour the person never otherwise asks no rarer than
    ~3e-6 for a person with a hundred questions (a tail carried by "perhaps a tenth of their
    questions fall in that hour"), while their time of day is known from all of them; so no bar
    over a whole org's tests could keep a 2-person org's clean habit. Never below the binomial tail
    at the null's share; computed only where that is under ``bar`` (elsewhere it is the answer,
    and above the bar)."""
    out = binom.sf(k - 1, n, q)
    for i in np.flatnonzero(out < bar):
        t, w, mm, ki = float(tod[i]), float(q[i] / tod[i]), float(m[i]), int(k[i])
        big = np.arange(ki, int(n[i]) + 1, dtype=np.float64)
        p_big = np.exp(_log_betabinom(big, float(n[i]), t * mm, (1 - t) * mm))
        below = _log_betabinom(np.arange(ki, dtype=np.float64)[None, :], big[:, None], w * mm, (1 - w) * mm)
        p_day = np.clip(1.0 - np.exp(below).sum(axis=1), 0.0, 1.0)
        out[i] = max(out[i], float(np.dot(p_big, p_day)))
    return out


def _log_betabinom(j: np.ndarray, n: np.ndarray | float, a: float, b: float) -> np.ndarray:
    """log P(j of n) under a beta-binomial, vectorised over both. scipy's `betabinom.pmf` gives the same
    values (within 1e-13 in log) but its per-call checks made the habit stage 10% slower (replay of the
    32 dev3 logs, 17.4 s against 15.8 s, same minute), and its `sf` sums each term in Python."""
    return gammaln(n + 1) - gammaln(j + 1) - gammaln(n - j + 1) + betaln(j + a, n - j + b) - betaln(a, b)


def _testable(per_week: np.ndarray, need: float, min_count: int, recent_weeks: int | None,
              need_recent: float | None) -> int:
    """How many series could be reported at all, wherever their questions fell in the week: at least
    ``min_count`` questions, in at least ``need`` of the weeks (and ``need_recent`` of the recent
    ones). The null keeps each series' questions per week and moves them within the owner's rhythm,
    so a series that fails this fails under every outcome and is no test: the Bonferroni bar counts
    the others (Tarone's rule for discrete tests), all of them, not one series at a time."""
    asked = per_week > 0
    ok = (per_week.sum(axis=1) >= min_count) & (asked.sum(axis=1) >= need)
    if recent_weeks is not None and need_recent is not None:
        ok &= asked[:, :recent_weeks].sum(axis=1) >= need_recent
    return int(ok.sum())


def _strongest(
    pv: np.ndarray, bar: float, win_count: np.ndarray, expected: np.ndarray, ev: _Events, s_codes: np.ndarray,
    window: tuple[int, int], weeks_seen: int,
) -> list[WeeklyHabit]:
    """The strongest window per series and weekday under the bar, as habits, strongest first."""
    step_minutes, window_minutes = window
    best_h = pv.argmin(axis=2)
    best_p = np.take_along_axis(pv, best_h[:, :, None], axis=2)[:, :, 0]
    out: list[WeeklyHabit] = []
    for r, d in zip(*np.nonzero(best_p < bar), strict=True):
        h = int(best_h[r, d])
        lo = h * step_minutes
        inside = ev.inside(r, d, lo, window_minutes)
        hit = len(np.unique(ev.week_of[inside]))
        out.append(
            WeeklyHabit(
                series=int(s_codes[r]), weekday=int(d), start_minute=lo, end_minute=lo + window_minutes,
                typical_minute=int(np.median(ev.minutes[inside])), count=int(win_count[r, d, h]),
                expected=float(expected[r, d, h]), weeks_hit=hit, weeks=weeks_seen,
                p_value=float(best_p[r, d]), confidence=round(hit / weeks_seen, 3),
            )
        )
    out.sort(key=lambda x: (x.p_value, x.series, x.weekday))
    return out


class _Events:
    """The questions of a batch by series, to pick those of one series in one weekday's window."""

    def __init__(self, wd: np.ndarray, minutes: np.ndarray, s_idx: np.ndarray, n_s: int, week_of: np.ndarray):
        self.wd, self.minutes, self.week_of = wd, minutes, week_of
        self.order = np.argsort(s_idx, kind="stable")
        self.bounds = np.searchsorted(s_idx[self.order], np.arange(n_s + 1))

    def inside(self, r: int, weekday: int, start_minute: int, length: int) -> np.ndarray:
        ev = self.order[self.bounds[r] : self.bounds[r + 1]]
        m = self.minutes[ev]
        return ev[(self.wd[ev] == weekday) & (m >= start_minute) & (m < start_minute + length)]


def _rhythm(slot: np.ndarray, s_idx: np.ndarray, o_idx: np.ndarray, per_day: int):
    """Counts per series and weekday x time-of-day slot, the owners' other questions there (summed as
    `rest` only for its size), and the null share of each slot: each owner's weekday and time-of-day
    marginals (the series left out), shrunk towards everyone's rhythm by `PRIOR_EVENTS` pseudo-events,
    mixed by how many of the series' questions each owner asked. A series with one owner (a person's
    subject) has that owner's rhythm; an org's subject has the rhythm of the people who ask it, not of
    the org as a whole (a subject one late-working person asks is not "concentrated" at their hours)."""
    n_s, n_o, cells = int(s_idx.max()) + 1, int(o_idx.max()) + 1, 7 * per_day
    p_codes, p_idx = np.unique(s_idx * n_o + o_idx, return_inverse=True)
    pair_s, pair_o = p_codes // n_o, p_codes % n_o
    cp = np.bincount(p_idx * cells + slot, minlength=len(p_codes) * cells).reshape(-1, 7, per_day).astype(np.float64)
    co = np.bincount(o_idx * cells + slot, minlength=n_o * cells).reshape(n_o, 7, per_day).astype(np.float64)
    glob = co.sum(axis=0)
    g_wd, g_tod = glob.sum(axis=1) / glob.sum(), glob.sum(axis=0) / glob.sum()
    rest_p = co[pair_o] - cp  # each owner's other questions
    wd_m = rest_p.sum(axis=2) + PRIOR_EVENTS * g_wd
    tod_m = rest_p.sum(axis=1) + PRIOR_EVENTS * g_tod
    null_p = (wd_m / wd_m.sum(axis=1, keepdims=True))[:, :, None] * (tod_m / tod_m.sum(axis=1, keepdims=True))[:, None, :]
    n_pair = cp.sum(axis=(1, 2))
    w = n_pair / np.bincount(pair_s, weights=n_pair, minlength=n_s)[pair_s]
    cs = np.zeros((n_s, 7, per_day))
    np.add.at(cs, pair_s, cp)
    null = np.zeros((n_s, 7, per_day))
    np.add.at(null, pair_s, w[:, None, None] * null_p)
    rest = np.zeros((n_s, 7, per_day))
    np.add.at(rest, pair_s, w[:, None, None] * rest_p)
    return cs, rest, null


def _weeks_tail(hit: int, p_weeks: np.ndarray) -> float:
    """P(at least ``hit`` of the periods have it) when period i has it with ``p_weeks[i]``
    (Poisson-binomial, by the exact recursion: a handful of weeks or months)."""
    dist = np.zeros(len(p_weeks) + 1)
    dist[0] = 1.0
    for p in p_weeks:
        dist[1:] = dist[1:] * (1 - p) + dist[:-1] * p
        dist[0] *= 1 - p
    return float(dist[hit:].sum())


def month_end_spikes(
    ts: np.ndarray,
    series: np.ndarray,
    owner: np.ndarray,
    tz: str,
    *,
    days: int = 3,
    alpha: float = 0.01,
    min_ratio: float = 2.0,
    min_months: int = 2,
    min_month_share: float = 0.5,
    min_count: int = 4,
) -> list[MonthEndSpike]:
    """Series asked disproportionately in the last ``days`` days of the month (local dates).

    The null share for a series is its owner's share of other questions on month-end days (with
    the same shrinkage as `weekly_habits`), so a user simply active at month end is not a spike;
    the test compares the two samples, so a thin "other questions" sample does not make one. It must
    also recur: the number of month ends that each show an excess beats the series' own rate on
    those weekdays (`_MonthEnds`), in at least ``min_month_share`` of the months and
    ``min_months``; both tests at ``alpha`` over the series (Bonferroni). One busy month end is
    not a habit; a modest excess at every month end is.
    """
    ts = np.asarray(ts, dtype=np.float64)
    if len(ts) == 0:
        return []
    series, owner = np.asarray(series), np.asarray(owner)
    parts = local_parts(ts, tz)
    end = (parts["day"] > parts["month_days"] - days).to_numpy()
    month = parts["month"].to_numpy()
    s_codes, s_idx = np.unique(series, return_inverse=True)
    o_codes, o_idx = np.unique(owner, return_inverse=True)
    n_s = len(s_codes)
    series_owner = np.zeros(n_s, dtype=np.int64)
    series_owner[s_idx] = o_idx
    s_n = np.bincount(s_idx, minlength=n_s).astype(np.float64)
    s_k = np.bincount(s_idx, weights=end, minlength=n_s)
    o_n = np.bincount(o_idx, minlength=len(o_codes)).astype(np.float64)
    o_k = np.bincount(o_idx, weights=end, minlength=len(o_codes))
    g = end.mean()
    p0 = (o_k[series_owner] - s_k + PRIOR_EVENTS * g) / (o_n[series_owner] - s_n + PRIOR_EVENTS)
    share = s_k / np.maximum(s_n, 1)
    candidate = (s_k >= min_count) & (share >= min_ratio * p0)
    out: list[MonthEndSpike] = []
    if not candidate.any():
        return out
    # Fisher's exact test (one-sided) of the series against the owner's other questions plus the
    # prior's pseudo-events: a binomial test against p0 would take p0 as exact and so call a big
    # series "spiky" whenever the owner's few other questions happened to miss the month end.
    rest_n = np.rint(o_n[series_owner] - s_n + PRIOR_EVENTS)
    rest_k = np.rint(o_k[series_owner] - s_k + PRIOR_EVENTS * g)
    pv = np.ones(n_s)
    c = candidate
    pv[c] = hypergeom.sf(s_k[c] - 1, rest_n[c] + s_n[c], rest_k[c] + s_k[c], s_n[c])
    cal = _MonthEnds(ts, parts, tz, days, owner_other=(o_idx, s_idx, series_owner, len(o_codes)))
    for r in np.flatnonzero(pv < alpha / n_s).tolist():
        sel = s_idx == r
        hit, p_rec = cal.recurrence(r, month[sel & end], int((sel & ~end).sum()), min_ratio)
        months = cal.months
        if hit < max(min_months, min_month_share * months) or p_rec >= alpha / n_s:
            continue
        out.append(
            MonthEndSpike(
                series=int(s_codes[r]), days=days, count=int(s_k[r]), total=int(s_n[r]), share=float(share[r]),
                expected_share=float(p0[r]), months_hit=hit, months=months, p_value=float(max(pv[r], p_rec)),
                confidence=round(min(1.0, hit / max(months, 1)), 3),
            )
        )
    out.sort(key=lambda x: (x.p_value, x.series))
    return out


def _local_times(ts: np.ndarray, tz: str) -> pd.DatetimeIndex:
    """Epoch seconds as naive local wall-clock times in ``tz``."""
    return pd.to_datetime(np.asarray(ts, dtype=np.float64), unit="s", utc=True).tz_convert(tz).tz_localize(None)


class _Calendar:
    """Every local date from the first question's to the last's, with its weekday, month number and
    whether it is among the last ``days`` of its month: the chances a month-end test counts, including
    the days nobody asked anything (a month end on a weekend is still one)."""

    def __init__(self, local: pd.DatetimeIndex, days: int):
        self.days = pd.date_range(local.min().normalize(), local.max().normalize(), freq="D")
        self.weekday = self.days.day_of_week.to_numpy(np.int64)
        self.month = (self.days.year * 12 + self.days.month - 1).to_numpy(np.int64)
        self.end = np.asarray(self.days.day > self.days.days_in_month - days)


class _MonthEnds:
    """The calendar of a batch, for the recurrence test of month-end spikes.

    Each month whose last ``days`` local dates lie inside the batch's span is one chance. A series'
    expected count there is its own rate on the other days, spread by its owner's weekday rhythm
    (the owner's other questions per calendar weekday, shrunk by `PRIOR_EVENTS`): a month end that
    falls on a weekend expects little from someone who works weekdays. A month end *shows an
    excess* when its count is one the Poisson null reaches less than 1 time in 20
    (`EXCESS_LEVEL`) and at least ``min_ratio`` times what it expects; the number of month ends
    showing one is tested against the chance of each (Poisson-binomial), so one busy month end
    is not a monthly habit and four modest ones are.
    """

    def __init__(self, ts: np.ndarray, parts: pd.DataFrame, tz: str, days: int, owner_other: tuple):
        o_idx, s_idx, series_owner, n_o = owner_other
        cal = _Calendar(_local_times(ts, tz), days)
        self.cal_wd, cal_month, self.cal_end = cal.weekday, cal.month, cal.end
        # months whose whole month-end lies in the span
        full = [m for m in np.unique(cal_month[self.cal_end]).tolist()
                if (self.cal_end & (cal_month == m)).sum() == days]
        self.month_codes = np.array(full, dtype=np.int64)
        self.months = len(full)
        self.cal_month = cal_month
        wd = parts["weekday"].to_numpy()
        per_wd_days = np.maximum(np.bincount(self.cal_wd, minlength=7), 1)
        owner_wd = np.bincount(o_idx * 7 + wd, minlength=n_o * 7).reshape(n_o, 7).astype(np.float64)
        series_wd = np.bincount(s_idx * 7 + wd, minlength=(int(s_idx.max()) + 1) * 7).reshape(-1, 7)
        g_wd = owner_wd.sum(axis=0) / max(owner_wd.sum(), 1.0)
        # per series: the owner's other questions per calendar day of each weekday
        self.rate_wd = (owner_wd[series_owner] - series_wd + PRIOR_EVENTS * g_wd) / per_wd_days

    def recurrence(self, r: int, end_months: np.ndarray, off_end: int, min_ratio: float) -> tuple[int, float]:
        """Month ends showing an excess for series ``r`` (its month-end questions' months given), and
        the chance of at least that many under the null."""
        if not self.months:
            return 0, 1.0
        f = self.rate_wd[r]
        off = f[self.cal_wd[~self.cal_end]].sum()
        rate = (off_end + 1) / max(off, 1e-9)  # one question more than seen: no zero rate from a quiet series
        k_m = np.array([(end_months == m).sum() for m in self.month_codes])
        e_m = np.array([rate * f[self.cal_wd[self.cal_end & (self.cal_month == m)]].sum() for m in self.month_codes])
        c = np.maximum(np.ceil(min_ratio * e_m), poisson.isf(EXCESS_LEVEL, e_m) + 1)
        c = np.maximum(c, 2)
        p_m = poisson.sf(c - 1, e_m)
        hit = int((k_m >= c).sum())
        return hit, _weeks_tail(hit, p_m) if hit else 1.0


def busy_month_ends(
    ts: np.ndarray, owner: np.ndarray, tz: str, *, days: int = 3, alpha: float = 0.01
) -> list[tuple[int, int, float, float]]:
    """Owners whose whole question stream is busier in the last ``days`` local days of the month than
    their own weekday rhythm predicts: ``(owner, count, expected, p_value)``, strongest first.

    A month-end spike split over subjects the subject tree keeps apart (or hidden in a subject the
    owner asks all month) is too thin in each part to pass `month_end_spikes`, yet all of it adds up
    in the owner's stream. The expected count is the owner's questions per calendar day of each
    weekday over their span, summed over the span's month-end days (a weekday asker expects little
    from a month end on a weekend); it includes the month-end questions themselves, so it errs high.
    People's days are burstier than Poisson (a busy incident day), so the count is tested against a
    negative binomial with the owner's own dispersion (`_dispersion`), one-sided, at ``alpha`` over
    the owners (Bonferroni).
    """
    ts, owner = np.asarray(ts, dtype=np.float64), np.asarray(owner)
    out: list[tuple[int, int, float, float]] = []
    codes = np.unique(owner)
    for o in codes.tolist():
        local = _local_times(ts[owner == o], tz)
        cal = _Calendar(local, days)
        per_day = np.bincount(local.day_of_week, minlength=7) / np.maximum(np.bincount(cal.weekday, minlength=7), 1)
        expected = float(per_day[cal.weekday[cal.end]].sum())
        count = int((local.day > local.days_in_month - days).sum())
        if not count or expected <= 0:
            continue
        phi = _dispersion(local, cal.days, per_day, cal.end)
        if phi > 1.0:
            p = float(nbinom.sf(count - 1, expected / (phi - 1.0), 1.0 / phi))
        else:
            p = float(poisson.sf(count - 1, expected))
        if p < alpha / len(codes):
            out.append((int(o), count, expected, p))
    out.sort(key=lambda x: (x[3], x[0]))
    return out


def _dispersion(local: pd.DatetimeIndex, cal: pd.DatetimeIndex, per_day: np.ndarray, end: np.ndarray) -> float:
    """Variance over mean of an owner's daily counts against their weekday rhythm (Pearson), on the
    days outside the month ends, at least 1."""
    daily = pd.Series(1, index=local.normalize()).groupby(level=0).sum().reindex(cal, fill_value=0).to_numpy()
    e = per_day[cal.day_of_week]
    use = (e > 0) & ~end
    dof = int(use.sum()) - 7
    if dof < 7:
        return 1.0
    return max(1.0, float(((daily[use] - e[use]) ** 2 / e[use]).sum() / dof))


def next_due(habit: WeeklyHabit, now: float, tz: str) -> float:
    """Epoch seconds of the habit's next typical time strictly after ``now``."""
    local_now = pd.Timestamp(now, unit="s", tz="UTC").tz_convert(tz)
    h, m = divmod(habit.typical_minute, 60)
    day = local_now.normalize() + pd.Timedelta(days=(habit.weekday - local_now.weekday()) % 7)
    due = day.replace(hour=h, minute=m)
    if due <= local_now:
        due = (day + pd.Timedelta(days=7)).replace(hour=h, minute=m)
    return float(due.timestamp())
