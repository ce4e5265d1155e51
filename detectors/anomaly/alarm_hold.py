"""The hold after an alarm: one incident, one alarm, however long it lasts.

Suppression alone (a point scores only when it beats the last few hours) lets a long incident alarm
again once its first hours leave the window, and a series that alarms all the time alarm all the
time. The hold quiets a series for a while after each alarm, longer the more often it alarms, and
lets go once the series is calm again; NAB chose it in every fold (bench/RESULTS.md, rounds 8 and
12). Both scoring paths run this one loop, a few comparisons a sample.
"""

from __future__ import annotations

from collections import deque

from detectors.anomaly.settings import AnomalyScorerConfig


class AlarmGovernor:
    """The hold after an alarm, applied to the scores after suppression (see the config).

    The series' alarm rate is counted on the scores it was given (before any hold), so what it
    holds back never feeds back into the length of its own holds.
    """

    def __init__(self, c: AnomalyScorerConfig) -> None:
        self._c = c
        self._i = 0
        self._alarms: deque[int] = deque()  # positions of past scores >= hold_level
        self._hold_left = 0
        self._calm = 0  # points in a row, within the hold, with a relative score below 1

    def __call__(self, score: float, relative: float) -> float:
        c, i = self._c, self._i
        self._i += 1
        while self._alarms and self._alarms[0] <= i - c.window:
            self._alarms.popleft()
        earlier = len(self._alarms)
        if score >= c.hold_level:
            self._alarms.append(i)
        if self._hold_left > 0:
            self._hold_left -= 1
            self._calm = self._calm + 1 if relative < 1.0 else 0
            if c.hold_release and self._calm >= c.hold_release:
                self._hold_left = 0
            return 0.0
        if score >= c.hold_level:
            length = c.hold + c.hold_per_alarm * earlier
            self._hold_left = min(length, c.hold_max) if c.hold_max > 0 else length
            self._calm = 0
        return score

