"""A small vocabulary for Grafana dashboards: panels are declared as data, layout is computed.

Adding a panel is one `Panel(...)` entry in a dashboard module; ids and grid positions follow
from the order, so a new panel never needs hand-placed coordinates and the generated JSON stays
stable (same input, same bytes). The output follows Grafana's dashboard model (schemaVersion 39,
validated in the tests against a JSON schema derived from `@grafana/schema`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Placeholders that installation replaces (chart values, `dashboards push` options); the same
# bases the rule file uses, so one substitution serves rules and dashboards.
AI_HELPER_PLACEHOLDER = "http://ai-helper.example"
GRAFANA_PLACEHOLDER = "http://grafana.example"

SCHEMA_VERSION = 39
DATASOURCE = {"type": "prometheus", "uid": "${datasource}"}
GRID_WIDTH = 24


@dataclass(frozen=True)
class Query:
    expr: str
    legend: str = ""
    instant: bool = False


@dataclass(frozen=True)
class Panel:
    """One panel. `width`/`height` are grid units (24 columns); `link` is a path under the AI helper."""

    title: str
    description: str
    queries: tuple[Query, ...]
    unit: str
    kind: str = "timeseries"  # timeseries | stat | bargauge | table
    width: int = 8
    height: int = 8
    link: str | None = None
    link_title: str = "Ask the AI helper"
    min: float | None = None
    max: float | None = None
    thresholds: tuple[tuple[float | None, str], ...] = ((None, "green"),)
    decimals: int | None = None


def panel(title: str, description: str, expr: str, legend: str, **options: Any) -> Panel:
    """A panel of one query, as most are: the dashboards name the query and legend, `Panel` takes the rest."""
    return Panel(title, description, (Query(expr, legend),), **options)


def stat(title: str, description: str, expr: str, legend: str, **options: Any) -> Panel:
    """A single figure of one query (up, an age, a count, a ratio)."""
    return panel(title, description, expr, legend, kind="stat", **options)


def p95(metric: str, by: str = "") -> str:
    """The 95th percentile of the histogram `metric` (named without `_bucket`) over the rate interval, per `by`
    (labels, comma-separated) if given."""
    le = f"le, {by}" if by else "le"
    return f"histogram_quantile(0.95, sum by ({le}) (rate({metric}_bucket[$__rate_interval])))"


@dataclass(frozen=True)
class Row:
    title: str
    panels: tuple[Panel, ...]


@dataclass(frozen=True)
class Dashboard:
    uid: str
    title: str
    description: str
    rows: tuple[Row, ...]
    tags: tuple[str, ...] = ("learning-exporter", "ai-helper")
    variables: tuple[dict[str, Any], ...] = ()
    annotations: tuple[dict[str, Any], ...] = ()
    links: tuple[tuple[str, str], ...] = field(default=())  # (title, path under the AI helper)


def datasource_variable() -> dict[str, Any]:
    return {
        "name": "datasource",
        "label": "Data source",
        "type": "datasource",
        "query": "prometheus",
        "hide": 0,
        "refresh": 1,
        "regex": "",
        "includeAll": False,
        "multi": False,
        "options": [],
        "skipUrlSync": False,
    }


def ai_helper_variable() -> dict[str, Any]:
    """A hidden constant so the AI helper's address is one value in the UI, replaced at install."""
    return {
        "name": "ai_helper_url",
        "label": "AI helper",
        "type": "constant",
        "query": AI_HELPER_PLACEHOLDER,
        "hide": 2,
        "skipUrlSync": True,
        "options": [],
        "current": {"text": AI_HELPER_PLACEHOLDER, "value": AI_HELPER_PLACEHOLDER},
    }


def query_variable(name: str, label: str, query: str) -> dict[str, Any]:
    return {
        "name": name,
        "label": label,
        "type": "query",
        "datasource": DATASOURCE,
        "query": {"query": query, "refId": f"{name}-variable"},
        "current": {"text": "All", "value": "$__all"},
        "hide": 0,
        "refresh": 2,
        "regex": "",
        "sort": 1,
        "includeAll": True,
        "allValue": ".*",
        "multi": True,
        "options": [],
        "skipUrlSync": False,
    }


def tag_annotation(name: str, tags: tuple[str, ...], color: str) -> dict[str, Any]:
    """Grafana-native annotations by tag: the learning job posts them (exporter.learning.grafana)."""
    return {
        "name": name,
        "datasource": {"type": "grafana", "uid": "-- Grafana --"},
        "enable": True,
        "hide": False,
        "iconColor": color,
        "type": "tags",
        "target": {"type": "tags", "tags": list(tags), "matchAny": False, "limit": 100},
    }


def _builtin_annotation() -> dict[str, Any]:
    return {
        "builtIn": 1,
        "name": "Annotations & Alerts",
        "datasource": {"type": "grafana", "uid": "-- Grafana --"},
        "enable": True,
        "hide": True,
        "iconColor": "rgba(0, 211, 255, 1)",
        "type": "dashboard",
    }


def _link(title: str, path: str, tooltip: str) -> dict[str, Any]:
    return {
        "title": title,
        "type": "link",
        "url": "${ai_helper_url}" + path,
        "tooltip": tooltip,
        "icon": "external link",
        "tags": [],
        "asDropdown": False,
        "includeVars": False,
        "keepTime": True,
        "targetBlank": True,
    }


def _options(kind: str) -> dict[str, Any]:
    if kind == "stat":
        return {
            "reduceOptions": {"calcs": ["lastNotNull"], "fields": "", "values": False},
            "colorMode": "value",
            "graphMode": "area",
            "justifyMode": "auto",
            "orientation": "auto",
            "textMode": "auto",
        }
    if kind == "bargauge":
        return {
            "reduceOptions": {"calcs": ["lastNotNull"], "fields": "", "values": False},
            "displayMode": "gradient",
            "orientation": "horizontal",
            "showUnfilled": True,
        }
    if kind == "table":
        return {"showHeader": True, "cellHeight": "sm"}
    return {
        "legend": {"displayMode": "list", "placement": "bottom", "showLegend": True, "calcs": []},
        "tooltip": {"mode": "multi", "sort": "desc"},
    }


def _panel_json(panel: Panel, panel_id: int, x: int, y: int) -> dict[str, Any]:
    defaults: dict[str, Any] = {
        "unit": panel.unit,
        "thresholds": {
            "mode": "absolute",
            "steps": [{"color": color, "value": value} for value, color in panel.thresholds],
        },
        "mappings": [],
    }
    if panel.min is not None:
        defaults["min"] = panel.min
    if panel.max is not None:
        defaults["max"] = panel.max
    if panel.decimals is not None:
        defaults["decimals"] = panel.decimals
    targets = []
    for i, q in enumerate(panel.queries):
        target: dict[str, Any] = {
            "refId": chr(ord("A") + i),
            "datasource": DATASOURCE,
            "expr": q.expr,
            "legendFormat": q.legend or "__auto",
            "range": not (q.instant or panel.kind == "table"),
            "instant": q.instant or panel.kind == "table",
        }
        if panel.kind == "table":
            target["format"] = "table"
        targets.append(target)
    out: dict[str, Any] = {
        "id": panel_id,
        "type": panel.kind,
        "title": panel.title,
        "description": panel.description,
        "datasource": DATASOURCE,
        "gridPos": {"h": panel.height, "w": panel.width, "x": x, "y": y},
        "fieldConfig": {"defaults": defaults, "overrides": []},
        "options": _options(panel.kind),
        "targets": targets,
        "links": [],
    }
    if panel.link:
        out["links"].append(_link(panel.link_title, panel.link, f"Open this in the AI helper: {panel.title}"))
    return out


def render(dashboard: Dashboard) -> dict[str, Any]:
    """The Grafana JSON model of `dashboard`: rows flow left to right, wrapping at 24 columns."""
    panels: list[dict[str, Any]] = []
    next_id = 1
    y = 0
    for row in dashboard.rows:
        panels.append(
            {
                "id": next_id,
                "type": "row",
                "title": row.title,
                "collapsed": False,
                "gridPos": {"h": 1, "w": GRID_WIDTH, "x": 0, "y": y},
                "panels": [],
            }
        )
        next_id += 1
        y += 1
        x = 0
        line_height = 0
        for panel in row.panels:
            if x + panel.width > GRID_WIDTH:
                x, y, line_height = 0, y + line_height, 0
            panels.append(_panel_json(panel, next_id, x, y))
            next_id += 1
            x += panel.width
            line_height = max(line_height, panel.height)
        y += line_height
    return {
        "uid": dashboard.uid,
        "title": dashboard.title,
        "description": dashboard.description,
        "tags": list(dashboard.tags),
        "timezone": "utc",
        "editable": True,
        "graphTooltip": 1,
        "schemaVersion": SCHEMA_VERSION,
        "version": 1,
        "refresh": "1m",
        "time": {"from": "now-7d", "to": "now"},
        "timepicker": {},
        "fiscalYearStartMonth": 0,
        "liveNow": False,
        "templating": {"list": [datasource_variable(), ai_helper_variable(), *dashboard.variables]},
        "annotations": {"list": [_builtin_annotation(), *dashboard.annotations]},
        "links": [_link(title, path, title) for title, path in dashboard.links],
        "panels": panels,
    }
