"""The committed dashboards are what the code generates, valid Grafana models, linked and complete."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

from exporter import dashboards
from exporter.dashboards.model import AI_HELPER_PLACEHOLDER, GRAFANA_PLACEHOLDER

SCHEMA = Path(__file__).resolve().parents[1] / "dashboards" / "schema" / "grafana-dashboard-13.2.3.schema.json"
RULES = Path(__file__).resolve().parents[1] / "alerts" / "learning-exporter.rules.yml"
EXPECTED_UIDS = {"aihelper-learning", "aihelper-proactive", "aihelper-kb-health"}


def committed() -> dict[str, dict]:
    return {p.name: json.loads(p.read_text()) for p in sorted(dashboards.OUTPUT_DIR.glob("*.json"))}


def test_committed_dashboards_are_exactly_what_the_code_generates():
    assert dashboards.differences() == [], "run: python -m exporter.dashboards"
    assert set(committed()) == set(dashboards.DASHBOARDS)


def test_generating_twice_gives_identical_bytes():
    assert dashboards.generate() == dashboards.generate()


def test_every_dashboard_is_valid_against_grafanas_dashboard_schema():
    validator = jsonschema.Draft7Validator(json.loads(SCHEMA.read_text()))
    for name, model in committed().items():
        problems = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(model)]
        assert problems == [], name


def test_the_schema_rejects_a_misspelt_panel_key():
    """Guards the guard: a schema that accepted anything would make the test above pointless."""
    validator = jsonschema.Draft7Validator(json.loads(SCHEMA.read_text()))
    model = committed()["learning-effectiveness.json"]
    model["panels"][1]["fieldConfg"] = {}
    assert not validator.is_valid(model)


def test_dashboard_uids_are_stable_and_unique():
    uids = [m["uid"] for m in committed().values()]
    assert sorted(uids) == sorted(EXPECTED_UIDS)


def test_every_dashboard_picks_its_prometheus_through_the_datasource_variable():
    for name, model in committed().items():
        variables = {v["name"]: v for v in model["templating"]["list"]}
        assert variables["datasource"]["type"] == "datasource", name
        assert variables["datasource"]["query"] == "prometheus", name
        for panel in model["panels"]:
            if panel["type"] == "row":
                continue
            assert panel["datasource"] == {"type": "prometheus", "uid": "${datasource}"}, (name, panel["title"])
            assert all(t["datasource"]["uid"] == "${datasource}" for t in panel["targets"]), (name, panel["title"])


def test_every_panel_has_a_unit_a_description_and_a_query():
    for name, model in committed().items():
        for panel in model["panels"]:
            if panel["type"] == "row":
                continue
            assert panel["fieldConfig"]["defaults"]["unit"], (name, panel["title"])
            assert panel["description"], (name, panel["title"])
            assert panel["targets"] and all(t["expr"].strip() for t in panel["targets"]), (name, panel["title"])


def test_panels_never_overlap_and_fit_the_grid():
    for name, model in committed().items():
        cells: set[tuple[int, int]] = set()
        for panel in model["panels"]:
            g = panel["gridPos"]
            assert g["x"] + g["w"] <= 24, (name, panel["title"])
            mine = {(x, y) for x in range(g["x"], g["x"] + g["w"]) for y in range(g["y"], g["y"] + g["h"])}
            assert not cells & mine, (name, panel["title"])
            cells |= mine


def test_every_dashboard_links_back_to_the_ai_helper():
    for name, model in committed().items():
        linked = [p for p in model["panels"] if p.get("links")]
        assert len(linked) >= 3, name
        urls = [link["url"] for p in linked for link in p["links"]] + [link["url"] for link in model["links"]]
        assert all(u.startswith("${ai_helper_url}/") for u in urls), name
        constant = next(v for v in model["templating"]["list"] if v["name"] == "ai_helper_url")
        assert constant["type"] == "constant" and constant["query"] == AI_HELPER_PLACEHOLDER


def annotation_queries() -> list[tuple[str, list[str]]]:
    """(dashboard, tags) of every tag annotation query of the committed dashboards."""
    return [
        (name, a["target"]["tags"])
        for name, model in committed().items()
        for a in model["annotations"]["list"]
        if a.get("type") == "tags" and not a["target"].get("matchAny")
    ]


def matches(sent: list[str], queried: list[str]) -> bool:
    """Grafana's tag query with matchAny false: an annotation shows when it has every queried tag."""
    return set(queried) <= set(sent)


def test_every_annotation_the_learning_job_tags_matches_a_shipped_dashboard_query():
    """Tags come from `annotations.tags_for`, the code that tags what the job sends, not from this test."""
    from exporter.knowledge.recommendation_kinds import ANNOTATED_KINDS
    from exporter.learning.annotations import tags_for
    from exporter.learning.recommend import Recommendation

    queries = annotation_queries()
    for kind in ANNOTATED_KINDS:
        rec = Recommendation(org="acme", kind=kind.kind, group="HighLatency/warning/checkout-api", text="t",
                             evidence={}, dedupe_key=f"{kind.kind}:x", expires_at=0.0, span=(0.0, 1.0))
        sent = tags_for(rec)
        assert [n for n, q in queries if matches(sent, q)], (kind.kind, sent, queries)


def test_every_annotation_query_of_a_dashboard_is_fed_by_a_kind_the_job_sends():
    from exporter.knowledge.recommendation_kinds import ANNOTATED_KINDS

    sent = [list(k.annotation_tags) for k in ANNOTATED_KINDS]
    orphans = [(n, q) for n, q in annotation_queries() if not any(matches(s, q) for s in sent)]
    assert orphans == []


def test_alert_links_point_at_dashboards_that_exist():
    rules = yaml.safe_load(RULES.read_text())
    uids = set()
    for group in rules["groups"]:
        for rule in group["rules"]:
            url = rule.get("annotations", {}).get("dashboard_url")
            if url:
                match = re.match(re.escape(GRAFANA_PLACEHOLDER) + r"/d/([a-z0-9-]+)", url)
                assert match, url
                uids.add(match.group(1))
    assert uids and uids <= EXPECTED_UIDS


@pytest.mark.parametrize("base", ["https://helper.corp.example", "https://helper.corp.example/"])
def test_installation_replaces_the_link_placeholders(base):
    text = dashboards.generate()["learning-effectiveness.json"]
    replaced = dashboards.with_links(text, ai_helper_url=base, grafana_url="https://grafana.corp.example")
    assert AI_HELPER_PLACEHOLDER not in replaced
    assert '"query": "https://helper.corp.example"' in replaced
    json.loads(replaced)
