"""The alert rules pass promtool, every alert is unit-tested both ways, and notices are well formed."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import yaml

from tests.conftest import require_tool

ROOT = Path(__file__).resolve().parents[1]
ALERTS = ROOT / "alerts"
RULES = ALERTS / "learning-exporter.rules.yml"
RULE_TESTS = sorted((ALERTS / "tests").glob("*.yml"))
AI_HELPER = "http://ai-helper.example/"




def alerts() -> list[dict]:
    groups = yaml.safe_load(RULES.read_text())["groups"]
    return [r for g in groups for r in g["rules"] if "alert" in r]


def run(*cmd: str) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_rules_pass_promtool_check():
    done = run(require_tool("promtool"), "check", "rules", str(RULES))
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_alert_unit_test_passes():
    done = run(require_tool("promtool"), "test", "rules", *map(str, RULE_TESTS))
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_wrong_expected_description_fails_the_unit_tests(tmp_path):
    """Guards the guard: promtool compares the text exactly, so a changed number must fail."""
    test_file = ALERTS / "tests" / "health.test.yml"
    broken = test_file.read_text().replace("2h 0m 0s ago", "3h 0m 0s ago")
    assert broken != test_file.read_text()
    (tmp_path / "tests").mkdir()
    (tmp_path / "learning-exporter.rules.yml").write_text(RULES.read_text())
    (tmp_path / "tests" / "health.test.yml").write_text(broken)
    done = run(require_tool("promtool"), "test", "rules", str(tmp_path / "tests" / "health.test.yml"))
    assert done.returncode != 0


def test_every_alert_has_a_firing_and_a_quiet_case_with_exact_text():
    fires: set[str] = set()
    quiet: set[str] = set()
    for path in RULE_TESTS:
        for case in yaml.safe_load(path.read_text())["tests"]:
            for check in case.get("alert_rule_test", []):
                if check.get("exp_alerts"):
                    fires.add(check["alertname"])
                    for expected in check["exp_alerts"]:
                        assert {"summary", "description"} <= set(expected["exp_annotations"]), check["alertname"]
                else:
                    quiet.add(check["alertname"])
    names = {a["alert"] for a in alerts()}
    assert names - fires == set(), "alerts without a firing case"
    assert names - quiet == set(), "alerts without a quiet case"


def test_alerts_are_named_and_labelled_by_convention():
    for rule in alerts():
        assert re.fullmatch(r"AIHelper[A-Z][A-Za-z]+", rule["alert"])
        assert rule["labels"]["severity"] in {"info", "warning", "critical"}, rule["alert"]
        annotations = rule["annotations"]
        assert annotations["summary"] and "\n" not in annotations["summary"].strip(), rule["alert"]
        assert annotations["description"], rule["alert"]
        assert annotations["runbook_url"].startswith(AI_HELPER), rule["alert"]


def test_proactive_notices_link_back_to_the_ai_helper():
    proactive = [r for r in alerts() if r["labels"].get("notice") == "proactive"]
    expected = {
        "AIHelperSeasonalPeakExpected",
        "AIHelperAlertRateAboveBaseline",
        "AIHelperAlertSpike",
        "AIHelperLastingChangePoint",
        "AIHelperKnowledgeGap",
        "AIHelperSolutionLibraryStale",
        "AIHelperCacheHitRatioLow",
        "AIHelperHelpfulFeedbackLow",
        "AIHelperLowConfidencePatterns",
        "AIHelperLowConfidenceCases",
    }
    assert {r["alert"] for r in proactive} == expected
    for rule in proactive:
        assert rule["annotations"]["ai_helper_url"].startswith(AI_HELPER), rule["alert"]


def test_each_kind_of_recommendation_has_one_notice_carrying_org_kind_and_id():
    from exporter.knowledge.recommendation_kinds import NOTICE_KINDS, NOTICE_METRIC

    by_name = {r["alert"]: r for r in alerts()}
    for kind in NOTICE_KINDS:
        rule = by_name[kind.alert]
        assert f'{NOTICE_METRIC}{{kind="{kind.kind}"}}' in rule["expr"]
        assert "by (org, kind, recommendation_id" in rule["expr"]
        assert rule["annotations"]["ai_helper_url"] == (
            AI_HELPER + "?context=recommendation%3A{{ $labels.recommendation_id }}"
        )
    assert sum(NOTICE_METRIC in r["expr"] for r in alerts()) == len(NOTICE_KINDS)


def test_self_health_covers_exporter_store_and_learning_job():
    health = {r["alert"]: r["expr"] for r in alerts() if "notice" not in r["labels"]}
    assert "up{" in health["AIHelperExporterDown"] and "== 0" in health["AIHelperExporterDown"]
    assert health["AIHelperExporterAbsent"] == 'absent(up{job="learning-exporter"})'
    assert "aihelper_store_up == 0" in health["AIHelperStoreDown"]
    assert "aihelper_learning_last_success_timestamp_seconds" in health["AIHelperLearningJobNotRunning"]
    assert "aihelper_retention_last_success_timestamp_seconds" in health["AIHelperRetentionNotRunning"]
    assert "aihelper_retention_errors_total" in health["AIHelperRetentionFailing"]


def test_example_alertmanager_config_passes_amtool():
    done = run(require_tool("amtool"), "check-config", str(ALERTS / "alertmanager.example.yml"))
    assert done.returncode == 0, done.stdout + done.stderr


def test_proactive_notices_are_routed_to_their_own_receiver():
    amtool = require_tool("amtool")
    config = str(ALERTS / "alertmanager.example.yml")
    for labels, receiver in [
        (["alertname=AIHelperSeasonalPeakExpected", "notice=proactive", "severity=info", "group=orders-db"], "ai-helper-notices"),
        (["alertname=AIHelperAlertSpike", "notice=proactive", "org=acme", "recommendation_id=rec_1"], "ai-helper-notices-acme"),
        (["alertname=AIHelperAlertSpike", "notice=proactive", "org=globex", "recommendation_id=rec_2"], "ai-helper-notices"),
        (["alertname=AIHelperStoreDown", "severity=critical"], "operators-critical"),
        (["alertname=AIHelperLearningJobNotRunning", "severity=warning"], "operators"),
    ]:
        done = run(amtool, "config", "routes", "test", f"--config.file={config}", *labels)
        assert done.stdout.strip() == receiver, (labels, done.stdout, done.stderr)
