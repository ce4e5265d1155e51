"""Grafana dashboards as code; the generated JSON is committed in `dashboards/`.

`python -m exporter.dashboards` rewrites the committed files (the dashboards, the rule file
alerts/learning-exporter.rules.yml from `rules`, and the chart's copies), `--check` fails when
they differ from the code (the tests do the same). A new dashboard is a module with a
`DASHBOARD` and one line in `DASHBOARDS`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from exporter.dashboards import knowledge_base_health, learning_effectiveness, proactive_insights
from exporter.dashboards.model import AI_HELPER_PLACEHOLDER, GRAFANA_PLACEHOLDER, Dashboard, render
from exporter.dashboards.rules import rules_yaml

# file name (in dashboards/) -> dashboard
DASHBOARDS: dict[str, Dashboard] = {
    "learning-effectiveness.json": learning_effectiveness.DASHBOARD,
    "proactive-insights.json": proactive_insights.DASHBOARD,
    "knowledge-base-health.json": knowledge_base_health.DASHBOARD,
}

REPO_DIR = Path(__file__).resolve().parents[2]
OUTPUT_DIR = REPO_DIR / "dashboards"
RULES_FILE = REPO_DIR / "alerts" / "learning-exporter.rules.yml"
# Helm reads only files inside the chart, so the chart carries copies of the rules and dashboards;
# they are written here together with the dashboards and checked by the same `--check`.
CHART_FILES = REPO_DIR / "helm" / "learning-exporter" / "files"


def dashboard_json(dashboard: Dashboard) -> str:
    """The committed text: stable key order and indentation so regeneration is byte-identical."""
    return json.dumps(render(dashboard), indent=2, ensure_ascii=False) + "\n"


def generate() -> dict[str, str]:
    return {name: dashboard_json(d) for name, d in DASHBOARDS.items()}


def chart_copies() -> dict[Path, str]:
    """The rule file, the chart's copies of it and of the dashboards, and what each must contain."""
    rules = rules_yaml()
    copies = {RULES_FILE: rules, CHART_FILES / "alerts" / RULES_FILE.name: rules}
    copies.update({CHART_FILES / "dashboards" / name: text for name, text in generate().items()})
    return copies


def write(out_dir: Path = OUTPUT_DIR, chart: bool = True) -> list[Path]:
    """Write the dashboards to `out_dir` and (for the repository's own layout) the rules and chart copies."""
    targets = {out_dir / name: text for name, text in generate().items()}
    if chart:
        targets.update(chart_copies())
    for path, text in targets.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return list(targets)


def differences(out_dir: Path = OUTPUT_DIR, chart: bool = True) -> list[str]:
    """Files that are missing or differ from what the code generates (and from alerts/)."""
    targets = {out_dir / name: text for name, text in generate().items()}
    if chart:
        targets.update(chart_copies())
    return [str(p) for p, text in targets.items() if not p.exists() or p.read_text() != text]


def with_links(text: str, ai_helper_url: str | None = None, grafana_url: str | None = None) -> str:
    """Replace the placeholder bases with the installation's addresses (rules and dashboards alike)."""
    if ai_helper_url:
        text = text.replace(AI_HELPER_PLACEHOLDER, ai_helper_url.rstrip("/"))
    if grafana_url:
        text = text.replace(GRAFANA_PLACEHOLDER, grafana_url.rstrip("/"))
    return text


def panel_queries(dashboard_model: dict[str, Any]) -> list[tuple[str, str]]:
    """(panel title, PromQL) for every query target in a rendered dashboard."""
    out = []
    for panel in dashboard_model.get("panels", []):
        for target in panel.get("targets", []):
            if "expr" in target:
                out.append((panel["title"], target["expr"]))
    for variable in dashboard_model.get("templating", {}).get("list", []):
        if variable.get("type") == "query" and isinstance(variable.get("query"), dict):
            out.append((f"variable {variable['name']}", variable["query"]["query"]))
    return out


_METRIC = re.compile(r"\b(aihelper_[a-zA-Z0-9_]+|aihelper:[a-zA-Z0-9_:]+|up|ALERTS)\b(?!\s*\()")
_HISTOGRAM_SUFFIX = re.compile(r"_(bucket|sum|count)$")


def metric_names(promql: str) -> set[str]:
    """The metric names a PromQL expression reads (exporter metrics, recording rules, `up`, `ALERTS`).

    Histogram series names are reduced to their family (`x_bucket` -> `x`). Label values and
    strings are skipped, so `{decision="hit"}` never counts as a name.
    """
    without_strings = re.sub(r'"(?:[^"\\]|\\.)*"', '""', promql)
    without_matchers = re.sub(r"\{[^}]*\}", "{}", without_strings)
    names = set()
    for name in _METRIC.findall(without_matchers):
        names.add(_HISTOGRAM_SUFFIX.sub("", name) if name.startswith("aihelper_") else name)
    return names
