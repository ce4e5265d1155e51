"""The start-up banner tells where the service listens without printing anyone's secrets."""

from __future__ import annotations

import gc
import json

import pytest
from click.testing import CliRunner

from exporter import server
from exporter.cli import main
from exporter.config import Settings


@pytest.fixture(autouse=True)
def _thaw():
    """A worker's load() freezes the collector's objects; the test process goes on with other tests."""
    yield
    gc.unfreeze()


TOKEN = "tok-configured-0123456789abcdef"
PASSWORD = "pg-Pa55w0rd-never-printed"


def _serve_output(monkeypatch, tmp_path, args: list[str], env: dict[str, str]) -> str:
    monkeypatch.setattr(server._Gunicorn, "run", lambda self: None)  # print the banner, serve nothing
    monkeypatch.chdir(tmp_path)
    result = CliRunner(env=env).invoke(main, ["serve", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_banner_never_prints_configured_tokens_or_the_store_password(monkeypatch, tmp_path):
    env = {
        "LEARNING_EXPORTER_DATABASE_URL": f"postgresql://app:{PASSWORD}@127.0.0.1:5432/test?sslmode=disable",
        "LEARNING_EXPORTER_TOKENS": json.dumps({TOKEN: {"org": "acme", "role": "service"}}),
    }
    out = _serve_output(monkeypatch, tmp_path, [], env)
    assert "learning-exporter is starting" in out
    assert TOKEN not in out and PASSWORD not in out
    assert "postgresql://app:<redacted:connection_string>@127.0.0.1:5432/test" in out, "host and user stay"
    assert "1 configured (not shown)" in out


def test_banner_masks_a_password_given_as_a_query_parameter():
    settings = Settings(database_url=f"postgresql://app@db:5432/x?password={PASSWORD}")
    assert PASSWORD not in server.banner(settings)


def test_only_tokens_the_demo_generated_are_printed(tmp_path):
    tokens = tmp_path / "demo-tokens.json"
    tokens.write_text(json.dumps({"demo-generated-token-abc123": {"org": "acme", "role": "service"}}))
    settings = Settings(database_url=f"sqlite:///{tmp_path}/x.db", tokens_file=tokens)
    assert "demo-generated-token-abc123" in server.banner(settings, demo_tokens=True)
    assert "demo-generated-token-abc123" not in server.banner(settings)


def test_a_server_worker_builds_the_name_lists_and_loads_the_model_before_it_serves(monkeypatch, tmp_path):
    """The person-name lists take seconds to build and the model seconds to load; the worker does both while
    it loads the app, so no request waits for them."""
    from exporter.privacy import person_names

    order = []
    monkeypatch.setattr(person_names, "warm", lambda: order.append("names"))
    monkeypatch.setattr("exporter.text.embeddings.model", lambda: order.append("model"))
    monkeypatch.setattr("exporter.app.create_app", lambda *a, **k: order.append("app") or object())

    class _Svc:
        def start_background(self):
            order.append("jobs")

    monkeypatch.setattr("exporter.service.Services.build", staticmethod(lambda settings: _Svc()))
    server._Gunicorn(Settings(database_url=f"sqlite:///{tmp_path}/x.db"), {}).load()
    assert order == ["names", "model", "app", "jobs"]


def test_a_server_worker_freezes_what_start_up_built_so_full_collections_skip_it(monkeypatch, tmp_path):
    """A full collection walks every tracked object with the GIL held; the worker's start-up objects live as
    long as it does, so they are frozen once built and a request never waits for them to be walked."""
    frozen_at_jobs = []

    class _Svc:
        def start_background(self):
            frozen_at_jobs.append(gc.get_freeze_count())

    monkeypatch.setattr("exporter.privacy.person_names.warm", lambda: None)
    monkeypatch.setattr("exporter.text.embeddings.model", lambda: None)
    monkeypatch.setattr("exporter.app.create_app", lambda *a, **k: object())
    monkeypatch.setattr("exporter.service.Services.build", staticmethod(lambda settings: _Svc()))
    gc.unfreeze()  # an earlier load in this process may have frozen its own
    assert gc.get_freeze_count() == 0
    server._Gunicorn(Settings(database_url=f"sqlite:///{tmp_path}/x.db"), {}).load()
    assert frozen_at_jobs and frozen_at_jobs[0] > 0  # frozen before the background jobs start
