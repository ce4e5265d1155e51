"""The knobs of the query memory, read once from `Settings`: TTLs per subject and match thresholds.

Threshold defaults come from the labelled pairs in bench/query_cache.py (see bench/RESULTS.md):
`hit_similarity` is only a guard against a wrong structured reading, since a hit also needs the
same intent key and the same window; `partial_similarity` alone decides "a similar question".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from exporter.config import Settings

MIN_TTL, MAX_TTL = 3600, 4 * 3600


@dataclass(frozen=True)
class MemoryPolicy:
    default_ttl: float = 7200.0
    ttl_by_subject: dict[str, float] = field(default_factory=dict)
    hit_similarity: float = 0.6
    partial_similarity: float = 0.7
    # Without a readable time only (near-)identical wording may be a hit.
    semantic_only_hit_similarity: float = 0.97
    window_tolerance_seconds: float = 60.0
    window_tolerance_ratio: float = 0.02
    candidates: int = 5
    tz: str = "UTC"

    @classmethod
    def from_settings(cls, settings: Settings) -> MemoryPolicy:
        return cls(
            default_ttl=float(settings.cache_ttl_seconds),
            ttl_by_subject=parse_ttls(settings.cache_ttl_by_subject),
            hit_similarity=settings.cache_hit_similarity,
            partial_similarity=settings.cache_partial_similarity,
            tz=settings.timezone,
        )

    def ttl(self, subject: str | None) -> float:
        return self.ttl_by_subject.get(subject or "", self.default_ttl)

    def tolerance(self, duration: float) -> float:
        return max(self.window_tolerance_seconds, self.window_tolerance_ratio * abs(duration))


def parse_ttls(text: str) -> dict[str, float]:
    """"alerts=3600, metrics=14400" -> {"alerts": 3600.0, ...}; each TTL must be 1-4 hours."""
    out: dict[str, float] = {}
    for part in (p.strip() for p in (text or "").split(",")):
        if not part:
            continue
        subject, sep, value = part.partition("=")
        if not sep or not subject.strip():
            raise ValueError(f"cache_ttl_by_subject: expected subject=seconds, got {part!r}")
        seconds = float(value)
        if not MIN_TTL <= seconds <= MAX_TTL:
            raise ValueError(f"cache_ttl_by_subject: TTL for {subject.strip()} must be 1-4 hours, got {seconds:g}s")
        out[subject.strip()] = seconds
    return out
