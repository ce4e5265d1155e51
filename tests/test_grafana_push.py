"""`learning-exporter dashboards push` uploads the dashboards the way Grafana's API documents it."""

from __future__ import annotations

import json

from click.testing import CliRunner

from exporter import dashboards
from exporter.cli import main
from exporter.learning.grafana import grafana_api, push_dashboards
from tests.fake_grafana import FakeGrafana


def generated_models() -> dict[str, dict]:
    return {name: json.loads(text) for name, text in dashboards.generate().items()}


def test_push_creates_every_dashboard_in_the_folder_by_uid():
    with FakeGrafana() as grafana:
        results = push_dashboards(
            grafana_api(grafana.url, grafana.token), generated_models(), folder_uid="ai-helper", message="release 1"
        )
        assert grafana.problems == []
        assert {r.uid for r in results} == {"aihelper-learning", "aihelper-proactive", "aihelper-kb-health"}
        assert all(r.url == f"/d/{r.uid}/" + r.url.split("/")[-1] for r in results)
        stored = grafana.dashboards["aihelper-proactive"]
        assert stored["folderUid"] == "ai-helper" and stored["message"] == "release 1"
        assert [path for _, path, _ in grafana.requests] == ["/api/dashboards/db"] * 3


def test_pushing_again_overwrites_and_bumps_the_version():
    with FakeGrafana() as grafana:
        api = grafana_api(grafana.url, grafana.token)
        push_dashboards(api, generated_models())
        again = push_dashboards(api, generated_models())
        assert {r.version for r in again} == {2}
        assert all(body["overwrite"] is True for _, _, body in grafana.requests)


def test_cli_push_replaces_the_ai_helper_link_base():
    with FakeGrafana() as grafana:
        result = CliRunner().invoke(
            main,
            ["dashboards", "push", "--url", grafana.url, "--token", grafana.token, "--ai-helper-url", "https://helper.corp/"],
        )
        assert result.exit_code == 0, result.output
        assert grafana.problems == []
        pushed = json.dumps(grafana.dashboards["aihelper-learning"]["dashboard"])
        assert "https://helper.corp" in pushed and "ai-helper.example" not in pushed
        assert "aihelper-kb-health" in result.output


def test_cli_push_with_a_wrong_token_fails_with_a_message():
    with FakeGrafana() as grafana:
        result = CliRunner().invoke(main, ["dashboards", "push", "--url", grafana.url, "--token", "wrong"])
        assert result.exit_code != 0
        assert "push to" in result.output and grafana.dashboards == {}


def test_cli_generate_check_passes_on_the_committed_files():
    result = CliRunner().invoke(main, ["dashboards", "generate", "--check"])
    assert result.exit_code == 0, result.output


def test_cli_generate_check_fails_on_a_stale_copy(tmp_path):
    dashboards.write(tmp_path, chart=False)
    (tmp_path / "proactive-insights.json").write_text("{}\n")
    result = CliRunner().invoke(main, ["dashboards", "generate", "--check", "--out", str(tmp_path)])
    assert result.exit_code == 1 and "proactive-insights.json" in result.output
