"""Running the detectors over each group's hourly series, and keeping what they find as learned patterns.

Per group, one pass computes: the usual level for the current hour (hour-of-week baseline) and
the last hour against it; recurring weekly peaks; lasting level shifts; and spike episodes.
The costly analytics are chosen for a pass over a thousand groups in well under a minute
(bench/learn_speed.py, bench/RESULTS.md):

- Change points run on daily totals, not hours. PELT over 1,300+ hourly samples took 25–60 s
  per group on the demo; 56–90 daily totals take milliseconds, and a shift that is "lasting"
  is a matter of days anyway (hour-of-day rhythm would otherwise look like shifts).
- Seasonal strength is a cheap hour-of-week profile R² (adjusted for the profile's 168 free
  parameters) instead of MSTL, which took 0.4–0.9 s per group.
- Spikes start where the product's one anomaly detector, :mod:`detectors.anomaly` (the scorer
  bench/nab.py measures, with :data:`detectors.anomaly.HOURLY_COUNTS` settings: NAB's chosen setting
  at hourly sampling, at its threshold :data:`detectors.anomaly.CHOSEN_ALARM`), raises an alarm
  on the group's hourly counts: self-calibrated against the group's own past scores, so a
  bursty group needs a bigger burst than a calm one; counts are read as counts by their shape
  (non-negative integers: the count view, a negative-binomial tail against the group's own recent
  counts, and variance-stabilised while small) so a quiet group's zeros do not make its first 2
  look infinite and 12 against a usual 2.5 is judged as the rare count it is. An alarm is extended over the
  neighbouring hours that are raised too (at least 3x the hour-of-day trimmed mean), and the
  episode keeps its Poisson tail probability so that episodes of several groups in the same
  hours are judged together (Fisher's method): an incident usually lights up several alerts at
  once, while a lone quiet group's 3-alert hour is noise.
- Each group's anomaly score (``GroupAnalysis.anomaly_score``) is that scorer's score of the
  last full hour before suppression, the figure /metrics and the alert rules read.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field

import numpy as np
import pandas as pd
from scipy import stats

from detectors import detect_change_points, expected_baseline, recurring_peaks
from detectors.anomaly import CHOSEN_ALARM, HOURLY_COUNTS, anomaly_scores
from detectors.series import noise_sigma
from exporter.knowledge import patterns
from exporter.learning.params import LearningParams
from exporter.learning.series import HOUR, HourlySeries
from exporter.store import to_json
from exporter.store.base import Conn

DAY = 24 * HOUR
#: Smallest expected count per hour used in spike tail probabilities: below it, "usually 0.02"
#: would make any single alert astronomically unlikely.
SPIKE_RATE_FLOOR = 0.25
#: An hour joins a spike episode when it has at least this many alerts and this many times the usual.
SPIKE_MIN_COUNT = 2
SPIKE_MIN_RATIO = 3.0
#: A group's own episode must reach this tail probability to take part in an incident at all.
EPISODE_ALPHA = 0.05
#: Hours at the start of a group's series that start no episode: a week, one whole weekly rhythm.
#: Before it, the first Monday morning after a weekend looks unusual to every group at once.
WARMUP_HOURS = 168
#: A group spiking alone becomes an incident only with an alarm score at least this high (its
#: hour four times as unusual as the group's own recent extremes, r / (r + 4) at r = 4) and a
#: Poisson tail below alpha / 10: with nothing else corroborating it, only a large one counts.
LONE_SCORE = 0.5


@dataclass
class Peak:
    weekday: int
    start_hour: int
    end_hour: int
    ratio: float
    level: float  # mean alerts per hour in the range, in the weeks it occurred
    occurrences: int
    weeks: int
    next_ts: float
    text: str
    confidence: float
    expected_soon: bool


@dataclass
class Shift:
    time: float
    level_before: float  # per hour
    level_after: float
    relative_change: float | None
    confidence: float


@dataclass
class Episode:
    group: str
    start: float
    end: float
    total: float
    expected: float
    p_value: float
    score: float = 0.0  # the highest alarm score in the episode
    onset: float | None = None  # the first hour the detector alarmed on (start of the hot core); start if None


@dataclass
class GroupAnalysis:
    group: str
    volume: float
    current: float
    baseline: float | None
    baseline_low: float | None
    baseline_high: float | None
    ratio: float | None
    strength: float
    anomaly_score: float = 0.0  # the last full hour's score before suppression, [0, 1)
    alarms: int = 0  # hours the detector alarmed on (eligible ones), for the org's alarm rate
    scored_hours: int = 0  # hours it could have alarmed on
    peaks: list[Peak] = field(default_factory=list)
    shifts: list[Shift] = field(default_factory=list)
    episodes: list[Episode] = field(default_factory=list)

    @property
    def next_peak(self) -> Peak | None:
        return min(self.peaks, key=lambda p: p.next_ts) if self.peaks else None

    def as_dict(self) -> dict:
        data = asdict(self)
        data["next_peak_ts"] = self.next_peak.next_ts if self.next_peak else None
        data["peak_expected"] = any(p.expected_soon for p in self.peaks)
        data["last_change_ts"] = self.shifts[-1].time if self.shifts else None
        return data


@dataclass
class Incident:
    """Spike episodes of one or more groups that overlap in time."""

    start: float
    end: float
    episodes: list[Episode]
    p_value: float

    @property
    def groups(self) -> list[str]:
        return [e.group for e in sorted(self.episodes, key=lambda e: -(e.total - e.expected))]

    @property
    def ratio(self) -> float:
        expected = sum(e.expected for e in self.episodes)
        return sum(e.total for e in self.episodes) / max(expected, 1e-9)


def analyse_series(series: HourlySeries, now: float, params: LearningParams) -> list[GroupAnalysis]:
    index = series.index()
    return [
        analyse_group(label, values, index, series.start, now, params, series.volume.get(label, 0.0))
        for label, values in series.values.items()
    ]


def analyse_group(
    label: str,
    values: np.ndarray,
    index: pd.DatetimeIndex,
    start: float,
    now: float,
    params: LearningParams,
    volume: float = 0.0,
) -> GroupAnalysis:
    """Everything the pass learns about one group's hourly counts, ending at the last full hour before `now`."""
    s = pd.Series(values, index=index)
    n = values.size
    current = float(values[-1]) if n else 0.0
    base = expected_baseline(s.iloc[:-1], index[-1], tz=params.tz) if n > 1 else None
    ratio = None if base is None or base.expected <= 0 else current / base.expected
    analysis = GroupAnalysis(
        group=label,
        volume=volume or float(np.nansum(values)),
        current=current,
        baseline=None if base is None else base.expected,
        baseline_low=None if base is None else base.low,
        baseline_high=None if base is None else base.high,
        ratio=ratio,
        strength=profile_strength(values, start),
    )
    scores, surprises = hourly_scores(values, start)
    analysis.anomaly_score = round(float(surprises[-1]), 4) if n else 0.0
    analysis.peaks = find_peaks(s, values, start, now, params)
    analysis.shifts = find_shifts(values, start, params)
    analysis.episodes = find_episodes(label, values, start, scores)
    eligible = scores[WARMUP_HOURS:]
    analysis.alarms = int((eligible >= CHOSEN_ALARM).sum())
    analysis.scored_hours = int(eligible.size)
    return analysis


def hourly_scores(values: np.ndarray, start: float) -> tuple[np.ndarray, np.ndarray]:
    """Alarm scores and unsuppressed scores of hourly counts starting at ``start`` (epoch seconds)."""
    x = np.asarray(values, dtype=float)
    ns = (int(round(start)) + np.arange(x.size, dtype=np.int64) * int(HOUR)) * 1_000_000_000
    return anomaly_scores(x, pd.DatetimeIndex(ns, tz="UTC"), HOURLY_COUNTS, with_surprise=True)


def profile_strength(values: np.ndarray, start: float) -> float:
    """Share of the variance the hour-of-week profile explains (adjusted R², 0 for none)."""
    x = np.asarray(values, dtype=float)
    ok = np.isfinite(x)
    n = int(ok.sum())
    if n <= 2 * 168 or np.var(x[ok]) == 0:
        return 0.0
    slots = _hour_of_week(start, x.size)[ok]
    x = x[ok]
    sums = np.bincount(slots, weights=x, minlength=168)
    counts = np.maximum(np.bincount(slots, minlength=168), 1)
    resid = x - (sums / counts)[slots]
    r2 = 1.0 - float(np.var(resid) / np.var(x))
    adjusted = 1.0 - (1.0 - r2) * (n - 1) / (n - 168 - 1)
    return float(min(1.0, max(0.0, adjusted)))


def _hour_of_week(start: float, n: int) -> np.ndarray:
    hours = np.arange(n) + int(round(start / HOUR))
    # The epoch began on a Thursday (weekday 3).
    return (((hours // 24) + 3) % 7 * 24 + hours % 24).astype(int)


def find_peaks(s: pd.Series, values: np.ndarray, start: float, now: float, params: LearningParams) -> list[Peak]:
    """Recurring weekly peaks that are busy enough to act on, with their next occurrence."""
    out = []
    horizon = params.lead_time_hours * HOUR
    for p in recurring_peaks(s, now=pd.Timestamp(now, unit="s", tz="UTC"), tz=params.tz):
        next_ts = p.next_occurrence.timestamp()
        width = p.end_hour - p.start_hour
        levels = []
        for k in range(1, p.weeks_considered + 1):
            i = int((next_ts - k * 7 * DAY - start) // HOUR)
            if i >= 0 and i + width <= values.size:
                levels.append(float(np.nanmean(values[i : i + width])))
        high = [v for v in levels if v > 0]
        level = float(np.mean(sorted(high)[-p.occurrences :])) if high else 0.0
        if level < params.min_peak_rate:
            continue
        share = p.occurrences / p.weeks_considered
        confidence = share * min(1.0, level / (2 * params.min_peak_rate)) ** 0.5
        out.append(
            Peak(
                weekday=p.weekday,
                start_hour=p.start_hour,
                end_hour=p.end_hour,
                ratio=p.ratio,
                level=level,
                occurrences=p.occurrences,
                weeks=p.weeks_considered,
                next_ts=next_ts,
                text=p.describe(),
                confidence=round(confidence, 3),
                expected_soon=now < next_ts <= now + horizon,
            )
        )
    return out


def find_shifts(values: np.ndarray, start: float, params: LearningParams) -> list[Shift]:
    """Lasting level shifts in daily totals, as rates per hour.

    Days are calendar days (UTC midnight to midnight, the partial day in progress left out), not
    24-hour blocks counted back from the grid's end: those moved by an hour with every hourly
    pass, so the same shift got a new date, a new dedupe key and a new announcement each hour.
    """
    first = (-int(round(start / HOUR))) % 24  # hours until the grid's first midnight
    days = (values.size - first) // 24
    if days < 2 * params.change_min_days:
        return []
    daily = np.nan_to_num(values[first : first + days * 24]).reshape(days, 24).sum(axis=1)
    shifts = daily_shifts(daily, start + first * HOUR, params, per=24)
    for sh in shifts:
        sh.time = _hour_of_shift(values, start, sh.time, params.change_min_days * 24)
    return shifts


def _hour_of_shift(values: np.ndarray, start: float, day_boundary: float, reach: int) -> float:
    """The hour within `reach` hours of a shift found between calendar days that best splits the levels.

    A day boundary is up to a day (a noisy day or two) away from when the level changed. Each
    candidate hour compares the mean of up to a week before with up to a week after (a whole
    week averages out the daily and weekly rhythm; 3-day windows put the demo's deploy 79 h
    late, week windows 8 h after it). It reads only hours around the shift, which later passes do
    not change, so the date stays put from pass to pass.
    """
    x = np.nan_to_num(np.asarray(values, dtype=float))
    at = int(round((day_boundary - start) / HOUR))
    span = max(1, min(7 * 24, at - reach, x.size - at - reach))
    best, best_gap = at, -1.0
    for h in range(max(span, at - reach), min(x.size - span, at + reach) + 1):
        gap = abs(float(x[h : h + span].mean()) - float(x[h - span : h].mean()))
        if gap > best_gap:
            best, best_gap = h, gap
    return start + best * HOUR


def daily_shifts(daily: np.ndarray, t0: float, params: LearningParams, per: float = 1.0) -> list[Shift]:
    """Lasting level shifts in one value per day starting at `t0` (NaN days skipped); levels divided by `per`."""
    if np.isfinite(daily).sum() < 2 * params.change_min_days:
        return []
    noise = max(noise_sigma(daily), 1e-9)
    out = []
    for cp in detect_change_points(daily, min_size=params.change_min_days):
        if cp.kind != "level":
            continue
        rel = cp.relative_change
        if rel is None and cp.level_after < 2:
            continue
        if rel is not None and abs(rel) < params.min_relative_change:
            continue
        out.append(
            Shift(
                time=t0 + cp.index * DAY,
                level_before=cp.level_before / per,
                level_after=cp.level_after / per,
                relative_change=rel,
                confidence=round(float(min(1.0, abs(cp.magnitude) / (3 * noise))), 3),
            )
        )
    return out


def hour_of_day_expected(values: np.ndarray, start: float) -> np.ndarray:
    """Expected count for every hour: the 20%-trimmed mean of its hour of day over the full days."""
    x = np.nan_to_num(np.asarray(values, dtype=float))
    offset = (-int(round(start / HOUR))) % 24  # hours until the first midnight
    days = (x.size - offset) // 24
    hod = (np.arange(x.size) + int(round(start / HOUR))) % 24
    if days < 3:
        return np.full(x.size, float(x.mean()) if x.size else 0.0)
    block = x[offset : offset + days * 24].reshape(days, 24)
    profile = stats.trim_mean(block, 0.2, axis=0)  # column j is hour (j) of the day
    return profile[hod]


def find_episodes(label: str, values: np.ndarray, start: float, scores: np.ndarray | None = None) -> list[Episode]:
    """Runs of hours around an upward alarm, each with its Poisson tail probability.

    ``scores`` are the hours' alarm scores (:func:`hourly_scores`, computed when not given); an
    episode starts at an hour whose score reaches :data:`detectors.anomaly.CHOSEN_ALARM`, has at
    least ``SPIKE_MIN_COUNT`` alerts and lies above its usual level (a drop in alerts is no spike).
    """
    x = np.nan_to_num(np.asarray(values, dtype=float))
    if x.size == 0 or x.max() < SPIKE_MIN_COUNT:
        return []
    if scores is None:
        scores = hourly_scores(values, start)[0]
    expected = hour_of_day_expected(x, start)
    floor = np.maximum(expected, SPIKE_RATE_FLOOR)
    raised = x >= SPIKE_MIN_RATIO * np.maximum(expected, 0.1)
    hot = (x >= SPIKE_MIN_COUNT) & (scores >= CHOSEN_ALARM) & (x > expected)
    hot[:WARMUP_HOURS] = False  # before a whole week has been seen, "usual" is not known yet
    if not hot.any():
        return []
    core = hot.copy()
    # Grow each hot core over neighbouring hours that are raised too (a 1-then-2 spike is one spike).
    while True:
        grown = hot | (raised & (np.roll(hot, 1) | np.roll(hot, -1)))
        grown[0] = hot[0] or (raised[0] and hot[1:2].any())
        grown[-1] = hot[-1] or (raised[-1] and hot[-2:-1].any())
        if (grown == hot).all():
            break
        hot = grown
    edges = np.flatnonzero(np.diff(np.concatenate(([0], hot.astype(int), [0]))))
    out = []
    for a, b in zip(edges[0::2], edges[1::2], strict=True):
        total = float(x[a:b].sum())
        mean = float(floor[a:b].sum())
        p = float(stats.poisson.sf(total - 1, mean))
        if p < EPISODE_ALPHA:
            onset = a + int(np.argmax(core[a:b]))
            out.append(Episode(label, start + a * HOUR, start + b * HOUR, total, float(expected[a:b].sum()), p,
                               round(float(scores[a:b].max()), 4), start + onset * HOUR))
    return out


def incidents(analyses: list[GroupAnalysis], alpha: float, scan_hours: float = 168.0) -> list[Incident]:
    """Episodes of all groups whose alarms start within an hour of each other; kept when unlikely by chance.

    Every group's detector alarms now and then by construction (it is calibrated on the group's
    own extremes), so with many groups some alarms coincide by chance. A cluster of k groups is
    kept when a coincidence like it is unlikely somewhere in the week a pass reports on
    (``scan_hours``), below ``alpha``: k or more of the org's N groups alarming in a window of its
    width at the org's own alarm rate, or a few of them as strong as its strongest members at the
    org's own rate of such episodes (:func:`_coincidence`). Without the week's correction a quiet
    org of 50 groups showed a chance coincidence at p ~ 1e-4 somewhere in one week of 16
    (bench/live_path.py). Clusters and windows are made of the hours the detector alarmed on
    (episode onsets), which is what the rate counts; an episode's extent over raised neighbouring
    hours is its size, not its timing, and let a weak later alarm join a stronger burst through a
    shared tail. A group alone needs a large spike instead (:data:`LONE_SCORE`, and its Poisson
    tail below ``alpha / 10``). The incident's ``p_value`` is that chance.
    """
    n_groups = len(analyses)
    hours = sum(a.scored_hours for a in analyses)
    rate = sum(a.alarms for a in analyses) / hours if hours else 0.0
    episodes = sorted((e for a in analyses for e in a.episodes), key=_onset)
    tails = np.sort([e.p_value for e in episodes])
    clusters: list[list[Episode]] = []
    last = -math.inf
    for e in episodes:
        if clusters and _onset(e) <= last + HOUR:
            clusters[-1].append(e)
        else:
            clusters.append([e])
        last = _onset(e)
    out = []
    for eps in clusters:
        # One episode per group: if a group has two within the cluster, keep its strongest.
        best: dict[str, Episode] = {}
        for e in eps:
            if e.group not in best or e.p_value < best[e.group].p_value:
                best[e.group] = e
        chosen = sorted(best.values(), key=lambda e: e.p_value)
        start, stop = min(e.start for e in eps), max(e.end for e in eps)
        if len(chosen) > 1:
            # Hours holding the onsets, plus the hour of slack the clustering allows.
            window = (_onset(eps[-1]) - _onset(eps[0])) / HOUR + 2.0
            p = _coincidence(chosen, tails, rate, hours, n_groups, window, scan_hours)
            keep = p < alpha
        else:
            p = chosen[0].p_value
            keep = p < alpha / 10 and chosen[0].score >= LONE_SCORE
        if keep:
            out.append(Incident(start, stop, chosen, p))
    return out


def _coincidence(chosen: list[Episode], tails: np.ndarray, rate: float, hours: int, n_groups: int,
                 window: float, scan_hours: float) -> float:
    """Chance, over the reported week, of a cluster like this one: the smallest over j of two tests.

    For j = k members and the org's alarm rate: k or more of the N groups alarming in a window of
    this width, corrected (Sidak) for the week's expected alarms, each a place where a cluster
    could start. This is a compromise, not a calibrated scan statistic: correcting a window's tail
    by all ``scan_hours / w`` windows removed every quiet-org incident but also most of the demo's
    earlier Monday bursts that "most similar earlier spike" relies on.
    For j below k, or where the members are stronger than most of the org's episodes: the rate of
    episodes at least as strong as the j-th strongest member is the org's own (how many of all its
    episodes have a Poisson tail no larger); given one such episode, j - 1 more of the other
    groups within the window, times the week's expected episodes that strong. Three groups with a
    burst far beyond anything the org has seen then count as much as seven groups' ordinary noise,
    while the org's two strongest chance episodes of eight weeks falling in the same hours do not.
    The smallest is multiplied by the number of j tried (Bonferroni).
    """
    def week(p: float, per_hour: float) -> float:
        starts = max(per_hour * n_groups * scan_hours, 1.0)
        return -math.expm1(math.log1p(-min(p, 1.0 - 1e-16)) * starts)

    k = len(chosen)
    q = 1.0 - (1.0 - rate) ** window
    best = week(float(stats.binom.sf(k - 1, n_groups, q)), rate)
    for j in range(2, k + 1):
        count = int(np.searchsorted(tails, chosen[j - 1].p_value, side="right"))
        r = max(count, 1) / max(hours, 1)
        if r >= rate:
            continue
        qj = 1.0 - (1.0 - r) ** window
        best = min(best, week(float(stats.binom.sf(j - 2, n_groups - 1, qj)), r))
    return min(1.0, best * (k - 1))


def _onset(e: Episode) -> float:
    return e.start if e.onset is None else e.onset


#: Confidence bands of learned patterns, as the `aihelper_patterns` metric reports them.
HIGH, MEDIUM = 0.8, 0.5


def band(confidence: float) -> str:
    return "high" if confidence >= HIGH else "medium" if confidence >= MEDIUM else "low"


def pattern_rows(org: str, analyses: list[GroupAnalysis], found: list[Incident], now: float) -> list[dict]:
    """learned_patterns rows (org-wide: user '' and scope 'org') for what this pass found."""
    rows = []

    def row(kind: str, key: str, data: dict, confidence: float, expires: float | None) -> None:
        rows.append(
            {
                "org_id": org,
                "type": kind,
                "pattern_key": key,
                "data": to_json(data),
                "evidence": to_json(data.get("evidence", {})),
                "confidence": float(confidence),
                "now": now,
                "expires_at": expires,
            }
        )

    for a in analyses:
        row("alert_baseline", a.group, a.as_dict() | {"computed_at": now}, 1.0, None)
        for p in a.peaks:
            row("seasonal_peak", f"{a.group}@{p.weekday}:{p.start_hour:02d}", asdict(p) | {"group": a.group},
                p.confidence, p.next_ts + 7 * DAY)
        for sh in a.shifts:
            row("change_point", f"{a.group}@{int(sh.time)}", asdict(sh) | {"group": a.group}, sh.confidence, None)
    for inc in found:
        conf = min(1.0, -math.log10(max(inc.p_value, 1e-300)) / 10)
        for e in inc.episodes:
            row("spike", f"{e.group}@{int(e.start)}",
                asdict(e) | {"incident_start": inc.start, "incident_groups": inc.groups}, conf, None)
    return rows


def store_patterns(conn: Conn, org: str, rows: list[dict], now: float) -> None:
    """Upsert by (org, '', type, key); baselines of groups no longer followed are dropped."""
    patterns.upsert(conn, [
        {"org": r["org_id"], "user": "", "scope": "org", "type": r["type"], "key": r["pattern_key"], "data": r["data"],
         "evidence": r["evidence"], "conf": r["confidence"], "now": r["now"], "exp": r["expires_at"]}
        for r in rows
    ])
    patterns.delete_stale(conn, org, "alert_baseline", now)
