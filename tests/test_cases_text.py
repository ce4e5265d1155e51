"""Host names and ids do not block a match; exact error tokens survive normalisation."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from detectors.text_normalize import denoise, normalize, tokens

names = st.from_regex(r"[a-z]{3,8}(-[a-z]{2,6}){0,2}", fullmatch=True)


@given(names, st.integers(min_value=0, max_value=999))
def test_instance_number_does_not_change_the_normalised_text(name, n):
    assert normalize(f"high CPU on {name}-{n:02d}") == normalize(f"high CPU on {name}-{n + 1}") == f"high CPU on {name}"


def test_pod_hash_ip_and_redaction_placeholder_reduce_to_what_they_name():
    assert normalize("pod payments-api-7d9f8c6b5-2cw2c OOMKilled") == "pod payments-api OOMKilled"
    assert normalize("connect ECONNREFUSED 10.0.0.7:6432") == normalize("connect ECONNREFUSED <redacted:ipv4>:6432")


def test_error_tokens_and_codes_are_kept_whole():
    toks = tokens("Last State: Terminated, Reason: OOMKilled, exit code 137; connect ECONNREFUSED")
    assert {"oomkilled", "econnrefused", "137"} <= set(toks)
    assert "the" not in tokens("the disk is full")


def test_compound_names_match_as_a_whole_and_by_their_parts():
    assert tokens("orders-db down") == ["orders-db", "orders", "db", "down"]


def test_a_pasted_browser_user_agent_is_noise_but_versions_in_the_report_stay():
    report = ("Mail archive broken in SeaMonkey/2.53.8\nUser Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
              "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/91.0.4472.124 Safari/537.36\nSteps to reproduce:")
    assert denoise(report) == "Mail archive broken in SeaMonkey/2.53.8\nUser Agent: \nSteps to reproduce:"
    assert denoise("Mozilla/5.0 is a string every browser sends") == "Mozilla/5.0 is a string every browser sends"
