"""A report that names what the fix touched (the quota, the resource manager) finds the case whose fix names it: the
fix is lexical evidence too (`matching.FIX_TEXT`, round 19, issue 17), joined to the stored matching text when the
index loads, so the cause miner's `search_text` stays as it was."""

from __future__ import annotations

import pytest

from exporter.cases import matching, repo
from tests.test_cases_api import case, match, post_case

SURGE = "During a traffic surge the extra service instances never started"
QUOTA = case(f"{SURGE} although the machines had free CPU and memory.",
             "raise the per-role quota in the Marathon configuration and start the instances by hand",
             cause="a configuration error capped the resources the services could claim")
REGISTRY = case(f"{SURGE}: every new instance waited on its image pull.", "mirror the images to a local registry",
                cause="the registry's pull rate limit")
REPORT = "New instances never start during the surge and just wait. Looks like the Marathon role quota is used up."


def _top(client, report: str = REPORT) -> dict:
    post_case(client, REGISTRY)
    post_case(client, QUOTA)
    return match(client, report)[0]


def test_a_report_naming_what_the_fix_touched_finds_that_case_and_why_points_at_the_fix(client, monkeypatch):
    monkeypatch.setattr(matching, "FIX_TEXT", True)
    top = _top(client)
    assert top["root_cause"]["issue"] == QUOTA["root_cause"]["issue"]
    assert {"marathon", "quota"} <= set(top["why"]["shared_terms"])
    fields = [p["field"] for p in top["why"]["passages"]]
    assert "fix" in fields and "fix command" not in fields  # the command repeats the fix: one passage, not two


def test_without_the_fix_as_evidence_its_words_count_for_nothing(client, monkeypatch):
    monkeypatch.setattr(matching, "FIX_TEXT", False)
    assert _top(client)["root_cause"]["issue"] == REGISTRY["root_cause"]["issue"]  # the problem's words alone decide
    quota = {m["root_cause"]["issue"]: m for m in match(client, REPORT)}[QUOTA["root_cause"]["issue"]]
    assert not {"marathon", "quota"} & set(quota["why"]["shared_terms"])
    assert "fix" not in {p["field"] for p in quota["why"]["passages"]}


@pytest.mark.parametrize("fix_text", [True, False])
def test_the_fix_never_enters_the_stored_search_text_the_cause_miner_reads(client, store, monkeypatch, fix_text):
    monkeypatch.setattr(matching, "FIX_TEXT", fix_text)
    cid = post_case(client, QUOTA)
    text = store.scalar("SELECT search_text FROM cases WHERE id = :id", {"id": cid})
    assert "configuration error" in text and "marathon" not in text.lower()


def test_a_case_without_a_fix_is_indexed_by_its_search_text_alone():
    assert repo.lexical_text("disk full on db-1", {}) == "disk full on db-1"
    assert repo.lexical_text("disk full on db-1", None) == "disk full on db-1"
    assert repo.lexical_text("disk full on db-1", ["not", "an", "object"]) == "disk full on db-1"  # type: ignore[arg-type]
    assert repo.lexical_text("disk full", {"immediate_fix": "rotate logs", "commands": ["logrotate -f x"]}) == (
        "disk full\nrotate logs\nlogrotate -f x")


def test_a_fix_command_of_its_own_is_a_passage_why_can_name(client, monkeypatch):
    monkeypatch.setattr(matching, "FIX_TEXT", True)
    post_case(client, {**QUOTA, "solution": {"immediate_fix": "raise the quota and start the instances by hand",
                                             "commands": ["dcos marathon role update batch --quota-mem 64000"]}})
    top = match(client, "New instances never start; dcos marathon shows the batch role at its limit.")[0]
    assert "fix command" in {p["field"] for p in top["why"]["passages"]}
    assert {"dcos", "marathon"} <= set(top["why"]["shared_terms"])
