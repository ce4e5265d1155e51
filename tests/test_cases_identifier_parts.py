"""A report that writes an identifier's words ("a crash loop") finds the case that quoted the identifier
(``CrashLoopBackOff``): the lexical signals read a name written in humps whole and in its parts
(`matching.ID_PARTS`, `text_normalize.identifier_parts`, round 22, issue 17), as they already read names joined by
dots and dashes."""

from __future__ import annotations

import time

import pytest

from detectors.text_normalize import identifier_parts, tokens
from exporter.cases import matching
from tests.test_cases_api import case, match, post_case

DEPLOY = "After the Tuesday deploy the checkout workers kept restarting"
LOOP = case(f"{DEPLOY} in CrashLoopBackOff.", "raise the liveness probe's initial delay",
            cause="the liveness probe killed each worker before it warmed up")
PULL = case(f"{DEPLOY}: each restart waited on a slow image pull.", "mirror the images to a local registry",
            cause="the registry's pull rate limit")
REPORT = "Checkout workers stuck in a crash loop since the deploy, each restart slow."


def _causes(client) -> list[str]:
    post_case(client, PULL)
    post_case(client, LOOP)
    return [m["root_cause"]["issue"] for m in match(client, REPORT)]


def test_a_report_in_the_identifiers_own_words_finds_the_case_that_quoted_it(client, monkeypatch):
    monkeypatch.setattr(matching, "ID_PARTS", True)
    assert _causes(client)[0] == LOOP["root_cause"]["issue"]


def test_without_the_parts_the_identifier_shares_nothing_with_those_words(client, monkeypatch):
    monkeypatch.setattr(matching, "ID_PARTS", False)
    assert _causes(client)[0] == PULL["root_cause"]["issue"]  # the twin: the same library and report, parts off


def test_why_names_the_parts_a_report_shared_and_the_identifier_alone_when_it_was_quoted(client, monkeypatch):
    monkeypatch.setattr(matching, "ID_PARTS", True)
    post_case(client, LOOP)
    in_words = match(client, REPORT)[0]["why"]["shared_terms"]
    assert {"crash", "loop"} <= set(in_words) and "crashloopbackoff" not in in_words
    quoted = match(client, "Checkout workers in CrashLoopBackOff since the deploy")[0]["why"]["shared_terms"]
    assert "crashloopbackoff" in quoted and not {"crash", "loop", "back", "off"} & set(quoted)  # not said twice


def test_an_identifier_is_read_in_its_parts_and_a_plural_acronym_as_the_acronym():
    assert identifier_parts("pod in CrashLoopBackOff, java.lang.OutOfMemoryError on two VMs") == [
        "crash", "loop", "back", "off", "out", "memory", "error", "vm"]
    assert identifier_parts("nsIFoo::Bar failed with XMLHttpRequest") == ["ns", "foo", "xml", "http", "request"]
    assert identifier_parts("NullPointerException in getElementById") == ["null", "pointer", "exception", "element",
                                                                          "id"]
    assert identifier_parts("TTLs and APIs") == ["ttl", "api"]


@pytest.mark.parametrize("text", ["high cpu on server-01 after the deploy", "NS_ERROR_FAILURE in payments-api",
                                  "OOM", "Java heap space", "x86_64 and Win64 builds", "HTTP 502 from nginx"])
def test_words_and_names_without_humps_gain_no_parts(text):
    assert identifier_parts(text) == []


@pytest.mark.parametrize("text", ["JavaScript heap", "MySQL and PostgreSQL", "macOS and iOS", "GitHub", "SeaMonkey",
                                  "ConnectionRefused"])
def test_a_name_of_two_humps_gains_no_parts(text):
    assert identifier_parts(text) == []  # JavaScript shares no "java" with Java, MySQL no "sql" with PostgreSQL
    assert identifier_parts(text, min_humps=2) != []  # the twin: the threshold is what keeps them out


@pytest.mark.parametrize("text", ["IPv6", "HTTP2ErrorCodeName", "aGVsbG8gd29ybGQhIQ=="])
def test_a_run_with_a_digit_gains_no_parts(text):
    assert identifier_parts(text) == identifier_parts(text, min_humps=2) == []  # versions, hashes, base64


TLS = case("The Loki datasource refuses connections after the TLS change.", "add the new CA to Grafana's trust store",
           cause="Grafana did not trust the new CA")
MOVED = case("Grafana panel shows ConnectionRefused from the Loki datasource.", "point the datasource at the new namespace",
             cause="the Loki service moved namespace")


def test_a_case_in_words_stays_ahead_of_one_quoting_a_two_hump_name_of_the_same_words(client, monkeypatch):
    monkeypatch.setattr(matching, "ID_PARTS", True)  # the reviewer's decoy (review R1): the report's TLS words decide
    post_case(client, MOVED)
    post_case(client, TLS)
    top = match(client, "after the TLS rollout grafana's loki connection is refused")[0]
    assert top["root_cause"]["issue"] == TLS["root_cause"]["issue"]


def test_the_parts_add_to_the_lexical_tokens_and_leave_the_words_as_they_were(monkeypatch):
    text = "Workers in CrashLoopBackOff on payments-api"
    monkeypatch.setattr(matching, "ID_PARTS", False)
    words = matching.lexical_tokens(text)
    assert words == tokens(text, normalized=True)
    monkeypatch.setattr(matching, "ID_PARTS", True)
    assert matching.lexical_tokens(text) == [*words, "crash", "loop", "back", "off"]


def test_a_headline_is_cut_by_its_words_not_by_an_identifiers_parts(monkeypatch):
    monkeypatch.setattr(matching, "ID_PARTS", True)
    assert matching.report_lines("CrashLoopBackOff. Workers restart after the deploy.") == [
        "CrashLoopBackOff. Workers restart after the deploy."]  # one word: joined to the next line, as before


def test_identifier_parts_run_in_linear_time_on_adversarial_humps():
    for text in ("aB" * 50_000, "A" * 100_000 + "b", "Ab" * 50_000 + "s", ("XMLs" * 25_000)):
        start = time.perf_counter()
        identifier_parts(text)
        assert time.perf_counter() - start < 1.0
