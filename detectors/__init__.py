"""Pure analytics over series and text: arrays and timestamps in, small dataclasses out; no I/O."""

from detectors.anomaly import AnomalyScorerConfig, StreamingAnomalyScorer, anomaly_scores
from detectors.baseline import (
    Baseline,
    BaselineComparison,
    compare_to_baseline,
    describe_comparison,
    expected_baseline,
)
from detectors.changepoints import ChangePoint, change_point_indices, default_penalty, detect_change_points
from detectors.query_intent import INTENT_TYPES, SUBJECTS, QueryIntent, parse_question
from detectors.seasonality import RecurringPeak, SeasonalStrength, recurring_peaks, seasonal_strength
from detectors.templates import question_template
from detectors.timerange import (
    TimeParse,
    TimeRange,
    parse_time,
    parse_time_range,
    parse_time_ranges,
    parse_times,
)

__all__ = [
    "INTENT_TYPES",
    "SUBJECTS",
    "QueryIntent",
    "TimeParse",
    "TimeRange",
    "parse_question",
    "parse_time",
    "parse_time_range",
    "parse_time_ranges",
    "parse_times",
    "question_template",
    "AnomalyScorerConfig",
    "Baseline",
    "BaselineComparison",
    "ChangePoint",
    "RecurringPeak",
    "SeasonalStrength",
    "StreamingAnomalyScorer",
    "anomaly_scores",
    "change_point_indices",
    "compare_to_baseline",
    "default_penalty",
    "describe_comparison",
    "detect_change_points",
    "expected_baseline",
    "recurring_peaks",
    "seasonal_strength",
]
