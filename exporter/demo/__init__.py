"""The seeded demo: two organisations' history, generated from a seed and loaded through the real ingest path.

`generate` builds the payloads (pure: no clock, no I/O), `loader` stores them through the same
door as real data. The names below are the ones tests, benchmarks and the CLI use.
"""

from exporter.demo.generate import generate_demo, weekly_peak
from exporter.demo.loader import PEAK_LEAD, load_demo, load_demo_if_empty, load_tenants, next_weekly_peak
from exporter.demo.orgs import fingerprint
from exporter.demo.planted import DEMO_ORGS, FIRING_ENDS_AT, PLANTED

__all__ = [
    "DEMO_ORGS",
    "FIRING_ENDS_AT",
    "PEAK_LEAD",
    "PLANTED",
    "fingerprint",
    "generate_demo",
    "load_demo",
    "load_demo_if_empty",
    "load_tenants",
    "next_weekly_peak",
    "weekly_peak",
]
