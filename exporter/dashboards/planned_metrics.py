"""Metric names the rules and dashboards already use before the exporter exposes them.

Other capabilities (the learning job, query memory, knowledge gaps) promise these exact names.
The tests accept a PromQL name only if a live /metrics of an app with demo data exposes it or it
is listed here; once a name appears in the scrape it should be removed from this list (the test
`test_planned_metrics_are_not_yet_exposed` says which).
"""

from __future__ import annotations

# All names promised so far (learning job, query memory, knowledge gaps) are exposed now; add a
# name here, with who will expose it, to use it in a rule or panel before it lands.
PLANNED_METRICS: dict[str, str] = {}
