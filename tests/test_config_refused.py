"""Settings that cannot work are refused at start, with a message naming the setting, not at the
first request or the first retention pass hours later."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from exporter.config import Settings

OK_TOKENS = {"tok-1": {"org": "acme", "role": "service"}}


@pytest.mark.parametrize(("field", "value", "says"), [
    ("tokens", json.dumps({"t-user": {"org": "acme", "role": "user"}}), "needs both an org and a user"),
    ("tokens", json.dumps({"t-svc": {"role": "service"}}), "needs an org"),
    ("tokens", json.dumps({"t-admin": {"role": "org_admin", "user": "x"}}), "needs an org"),
    ("tokens", json.dumps({"t-g": {"role": "global_reader", "user": "x"}}), "cannot be bound to a user"),
    ("tokens", json.dumps({"t-typo": {"org": "acme", "usr": "alice", "role": "user"}}), "token #1"),
    ("tokens", "{not json", "tokens"),
    ("tokens", "[]", "JSON object"),
    ("retention_days", "{audit_events: 30}", "retention_days must be a JSON object"),
    ("retention_days", "[30]", "retention_days must be a JSON object"),
    ("retention_days", json.dumps({"no_such_table": 30}), "no age-based retention"),
    ("retention_days", json.dumps({"cases": 30}), "no age-based retention"),
    ("retention_days", json.dumps({"sessions": "30"}), "number of days"),
    ("retention_days", json.dumps({"sessions": 1e9}), "outside"),
    ("timezone", "Mars/Olympus", "IANA"),
    ("cache_ttl_by_subject", "alerts=5", "1-4 hours"),
    ("redaction_classes", "email,passwd", "unknown"),
    ("archive_key", "c2hvcnQ=", "32 bytes"),
    ("redis_url", "127.0.0.1:6379", "redis://"),
    ("grafana_url", "grafana:3000", "http"),
    ("ai_helper_url_template", "http://helper/x", "{context}"),
    ("ai_helper_url_template", "http://helper/?c={context}&u={user}", "placeholder"),
    ("database_url", "mysql://x", "sqlite:///"),
    ("database_request_timeout_seconds", 0, "greater than 0"),
])
def test_a_setting_that_cannot_work_is_refused_with_its_name(field, value, says):
    with pytest.raises(ValidationError) as err:
        Settings(**{"tokens": json.dumps(OK_TOKENS), field: value})
    assert says in str(err.value), str(err.value)


def test_the_environment_is_checked_the_same_way(monkeypatch):
    monkeypatch.setenv("LEARNING_EXPORTER_RETENTION_DAYS", "30")
    with pytest.raises(ValidationError, match="retention_days"):
        Settings()


def test_a_token_is_never_echoed_in_the_refusal():
    secret = "s3cr3t-token-value-0123456789"
    with pytest.raises(ValidationError) as err:
        Settings(tokens=json.dumps({secret: {"role": "user"}}))
    assert secret not in str(err.value)


def test_a_missing_tokens_file_is_refused(tmp_path):
    with pytest.raises(ValidationError, match="tokens_file"):
        Settings(tokens_file=tmp_path / "nope.json")


def test_sound_settings_load():
    s = Settings(tokens=json.dumps({**OK_TOKENS, "t-u": {"org": "acme", "user": "alice", "role": "user"},
                                    "t-g": {"role": "global_reader"}}),
                 retention_days=json.dumps({"sessions": 30}), timezone="Europe/Berlin",
                 cache_ttl_by_subject="alerts=3600", redaction_classes="email")
    assert set(s.token_grants()) == {"tok-1", "t-u", "t-g"}


def test_the_cli_says_what_is_wrong_without_a_traceback(monkeypatch):
    from click.testing import CliRunner

    from exporter.cli import main

    monkeypatch.setenv("LEARNING_EXPORTER_TOKENS", json.dumps({"t": {"org": "acme", "role": "user"}}))
    result = CliRunner().invoke(main, ["migrate"])
    assert result.exit_code != 0
    assert "configuration refused" in result.output and "needs both an org and a user" in result.output
    assert "Traceback" not in result.output
