"""Causal (streaming-safe) anomaly score.

A point's score is computed from that point and the points before it, never after: the
exporter scores samples as they arrive, so a detector that peeks ahead would look better in a
notebook than it ever can in production. :func:`anomaly_scores` is a loop over
:class:`StreamingAnomalyScorer` that hands it the series up front only so that the views whose
inputs are the values alone are computed in one go, and, for settings without a mean or drift view
(the product's :data:`HOURLY_COUNTS` and :data:`ANSWERS`), no loop at all: the seasonal view, the
suppression and the warm-up decision are arrays too (:mod:`detectors.anomaly.whole_series`,
which :func:`surprise` uses as well); every score is the float the sample-by-sample scorer gives
(tests/test_detectors_anomaly.py compares them for equality, on NAB's excerpt and the count check's
series among others).

How a point is scored, and why:

1. Three views of "unusual", each a robust z-score (median and MAD over a long trailing
   window, so that incidents already in the window do not mask a new one):

   * the value itself against past values (spikes, dips, level shifts);
   * the mean of the last hour (12 points) against past values (a shift that is small per
     point but sustained, which single points hide in their noise);
   * the seasonal residual: how far the value lies outside the range seen within 15 minutes
     of the same time one day earlier, against past such residuals (a broken daily pattern:
     a flat afternoon, a missing peak, all inside the usual range). Needs timestamps.

   A fourth view, the step from the previous value, is available (``use_steps``) but off by
   default: on all 35 NAB files it scores the same as without it (67.5 vs 67.5 at each one's best
   threshold), but its best threshold is the same on every three categories (0.272), so the
   leave-one-category-out run picks it (or a variant of it) in some folds; see bench/RESULTS.md.
   A fifth, the shift views (``shift_scales``), is off by default too: at each scale w, the
   median of the last w values minus the median of the w before, judged against that
   difference's own past (so its spread is the spread of a median, not of a single point: a
   lasting shift smaller than the noise of one point shows). Offered alone to the
   leave-one-category-out run at 1, 4 and 12 hours it holds out better than the default
   (bench/RESULTS.md), at a threshold near 0.27 (:data:`CHOSEN_ALARM`); with a released hold it
   is the setting NAB chose (:data:`NAB_CHOSEN`), and the one the product runs.
2. Each z is judged against the series' *own* recent z-scores of the same view (their 99.5th
   percentile), like Numenta's "anomaly likelihood": a bursty series whose z routinely reaches
   6 does not alarm at 6, while a calm one does. The point's relative score is the largest of
   the views, so one threshold serves every view and every series.
3. When the day-earlier range already contained the value (seasonal z below 2), the value and
   mean views are ignored: a spike that happens every day at 05:00 is not news on day two.
   Count series (non-negative integers, told by their shape) also get a count view: the latest
   count's negative-binomial tail against the series' own recent counts (:class:`CountTail`,
   ``count_tail``), judged and gated like the value view.
4. A point only scores when it is more unusual than everything in the recent past (five hours
   of five-minute data); other points score 0. One incident then raises one alarm instead of a
   burst of them.

NAB subset (bench/nab.py, bench/RESULTS.md), standard profile, leave-one-category-out (one of
twelve settings and its threshold chosen on three categories, scored on the fourth): 72.6, every
fold choosing the shift views plus a 6 h hold after each alarm that an hour of calm releases
(``hold``, ``hold_release``; :data:`NAB_CHOSEN` at :data:`CHOSEN_ALARM`, 72.7 on all 35 files); the
default above, off the views, holds and release, scores 67.2 on all 35 files at 0.24 (:data:`ALARM_SCORE`).
With count series read by their shape (:data:`COUNTS_CHOSEN`, the product's setting) it scores
72.6 / 63.4 / 77.7 held out (standard / reward_low_FP / reward_low_FN), the threshold alone chosen
on three categories, every category at least 50.9 on every profile (bench/RESULTS.md, round 15;
70.8 in round 14, when a constant start of zeros made a bytes series read as small counts).
The product runs this scorer on its own series: hourly alert counts per group with that
setting rescaled to hours (:data:`HOURLY_COUNTS`, in `exporter.learning.detect`), the values
`/insights/context` and `/queries/context` judge (:func:`surprise`, via
`detectors.baseline.compare_to_baseline`), and the per-group `aihelper_alert_anomaly_score`.

Where each part lives: the tuning and the settings the product runs (:mod:`.settings`), the robust
statistics every view recomputes (:mod:`.robust`), one view's windows and its batch twin
(:mod:`.views`), the count view (:mod:`.count_tail`), the hold after an alarm (:mod:`.alarm_hold`),
the sample-by-sample scorer (:mod:`.streaming`) and the whole-series calls (:mod:`.whole_series`).
The names below are the ones the exporter and the benchmarks import.
"""

from detectors.anomaly.robust import anscombe
from detectors.anomaly.settings import (
    ALARM_SCORE,
    ANSWERS,
    CHOSEN_ALARM,
    COUNTS_CHOSEN,
    HOURLY_COUNTS,
    NAB_CHOSEN,
    AnomalyScorerConfig,
)
from detectors.anomaly.streaming import StreamingAnomalyScorer
from detectors.anomaly.whole_series import anomaly_scores, surprise

__all__ = ["ALARM_SCORE", "CHOSEN_ALARM", "COUNTS_CHOSEN", "NAB_CHOSEN", "AnomalyScorerConfig", "StreamingAnomalyScorer",
           "anomaly_scores", "anscombe", "surprise", "HOURLY_COUNTS", "ANSWERS"]

