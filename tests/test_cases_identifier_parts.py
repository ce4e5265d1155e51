"""A report that writes an identifier's words ("a crash loop") should find the case that quoted the identifier
(``CrashLoopBackOff``). Round 22 read a name written in humps in its parts (`text_normalize.identifier_parts`) in
every lexical signal; level on the released writers, its ship rule failed and the matcher was reverted, so the API
test is a strict xfail naming the defect, and the reader stays for `bench/case_r22_variants.py`."""

from __future__ import annotations

import time

import pytest

from detectors.text_normalize import identifier_parts
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


@pytest.mark.xfail(strict=True, reason="issue 17: an identifier's words share nothing with the identifier quoted "
                                       "whole; identifier parts reverted by their ship rule, bench/RESULTS.md round 22")
def test_a_report_in_the_identifiers_own_words_finds_the_case_that_quoted_it(client):
    assert _causes(client)[0] == LOOP["root_cause"]["issue"]


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


def test_identifier_parts_run_in_linear_time_on_adversarial_humps():
    for text in ("aB" * 50_000, "A" * 100_000 + "b", "Ab" * 50_000 + "s", ("XMLs" * 25_000)):
        start = time.perf_counter()
        identifier_parts(text)
        assert time.perf_counter() - start < 1.0
