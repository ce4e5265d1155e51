"""The learning pass's knobs, read once from `Settings` so nothing below reads configuration itself."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from exporter.config import Settings
from exporter.privacy.org_settings import org_timezone


@dataclass(frozen=True)
class LearningParams:
    history_days: float = 56.0
    top_groups: int = 50
    lead_time_hours: float = 24.0
    tz: str = "UTC"
    # A recurring peak is worth a recommendation only when it is busy in absolute terms too:
    # "0 → 1 alert" is a large ratio on a quiet group and nothing anyone needs to prepare for.
    min_peak_rate: float = 1.5
    # Spikes are reviewed over the last week, so the one from Monday morning is still offered on Thursday.
    spike_lookback_hours: float = 168.0
    spike_ttl_hours: float = 168.0
    # Combined (Fisher) tail probability an incident needs; one group alone needs this too, so a
    # quiet group's random 3-alert hour never becomes a recommendation.
    spike_alpha: float = 1e-3
    change_lookback_days: float = 28.0
    # The shortest run of days a new level must hold to count as lasting.
    change_min_days: int = 3
    min_relative_change: float = 0.5

    @classmethod
    def from_settings(cls, settings: Settings) -> LearningParams:
        return cls(
            history_days=float(settings.learn_history_days),
            top_groups=settings.learn_top_groups,
            lead_time_hours=float(settings.learn_lead_time_hours),
            tz=settings.timezone,
        )

    def for_org(self, reader: Any, org: str) -> LearningParams:
        """The same knobs in the org's own zone (`PUT /api/v1/org/privacy`), when it set one: an
        hour-of-week baseline ("business hours") and a recurring peak are the org's local clock,
        not the server's."""
        zone = org_timezone(reader, org)
        return replace(self, tz=zone) if zone else self
