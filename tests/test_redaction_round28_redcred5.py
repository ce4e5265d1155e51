"""Round 28 (redcred5, issue 13): credentials the gate left, by cause across writers 24-28.

A generated password of 10-19 letters and digits with no typed symbol, handed over in a sentence of a language no list
holds; a one-time code whose sentence goes on in the writer's own language after it, or whose URL query goes on. The
reviewer's shapes (R1-R3: ids and abbreviations in English prose) are twins, in words of my own.
Written in my own words with invented values (no corpus line copied); each reading has lines that change and
near-twins that must come out as written.
"""

from __future__ import annotations

import pytest

from tests.redaction_probes import through_gate


def taken(line: str, secret: str, kind: str = "password") -> bool:
    """The secret is gone from the gate's output and a placeholder of its kind stands there."""
    out = through_gate(line)
    return secret not in out and f"<redacted:{kind}>" in out


GENERATED_PASSWORDS = [
    ("Ang bagong susi ng router: Hq7vXp2LmW9k, huwag ibahagi.", "Hq7vXp2LmW9k"),  # a label no list holds
    ("Kata laluan baharu untuk panel ialah rT5bNq8Zw3Ys, tukar esok.", "rT5bNq8Zw3Ys"),  # after a copula
    ("Uus salasõna: Gk4_wPz9Tq2Lm (vahetame esmaspäeval)", "Gk4_wPz9Tq2Lm"),  # an underscore inside
    ("Slaptažodis dabar kX8m.Qz3vR7pWn, pakeisiu vakare", "kX8m.Qz3vR7pWn"),  # a dot inside
]
GENERATED_ORDINARY = [
    "Alert HttpApi5xxBurstHigh fired twice on the edge pool.",  # an identifier built from English words
    "Refund went through, Stripe payment pi_4Kd9QwErTy7Zx2 settled.",  # a vendor object's id, lower-case prefix
    '{"session_accessor":"Vb7nQ2xKp9Lm4R"}',  # a JSON key names the value: the named rules decide there
    "build_ref=Zk3pQw8Lx2Vn7 in the config dump",  # a setting: the named rules decide there
    "the clock jumped and math.Exp10f overflowed in the scorer",  # a member as code names it
    "Mar 3 10:12:09 mx1 postfix/qmgr[881]: 7QzLm2Wp9Kx4Tb: removed",  # a mail queue id before its colon
    "Built image from commit a1b2c3d4e5f6a7b8 on the runner.",  # lower-case hex, no capitals
    "See chart ingress-nginx-4.10.1 and kube-proxy v1.29.3 notes.",  # versions
    "Heap size tuned with -Xmx4096m -Xms2048m on all nodes.",  # flags
    "Password rotation policy is 90 days for every service account.",  # a password word, no value
    # ids in English prose (review R1): an English word names them, or English goes on after them
    "the review comment came from node PR_kwQzT7x9Zs5aBcD",
    "tracker issue node I_kwQzHk3x7M5aB2c was closed by the bot",
    "spreadsheet row recXyZ482dEf913gH is stale",
    "shortener slug W2StGXR8_Z5jdHi6B collided twice",
    "the clip pQx4w9WgXcL is embedded on the status page",
    "worker jid 7Fq8mZ2Lx9Tq retried 3 times",
    "as agreed on the call: Rt5kW9qZ2nLm",  # an English hand-over: the round start's readings decide
    # a tool's or vendor's name no English list holds, before an id in English prose (review R2)
    "failed job: resque jid 5Gr9nA3My0Ur",
    "the duplicate came from cuid W3TuHYS9_A6keIj7C.",
    "status page embeds vimeo eRx5x0XhYdM",
    "stale row in baserow recBcD234eFg567hI",
    "trace in honeycomb: Bc23De45Fg67",
    "failing build, circleci Yc8Mr3Qa0Le, lint stage",
    # a terse line of tools' names and abbreviations (review R5)
    "vimeo vid eRx5x0XhYdM",
    "baserow rec recBcD234eFg567hI",
]


@pytest.mark.parametrize(("line", "secret"), GENERATED_PASSWORDS)
def test_generated_password_after_a_word_no_list_holds_is_redacted(line: str, secret: str) -> None:
    assert taken(line, secret)


@pytest.mark.parametrize("line", GENERATED_ORDINARY)
def test_identifiers_ids_and_settings_of_letters_and_digits_stay(line: str) -> None:
    assert through_gate(line) == line


ONE_TIME_CODES = [
    ("Nilipokea OTP 604218 jana lakini haikufanya kazi.", "604218"),  # the clause goes on in Swahili
    ("Ο κωδικός OTP 731 904 δεν λειτουργεί πια.", "731 904"),  # in another script, 3+3
    ("GET /verify?otp=582047&next=/home HTTP/1.1", "582047"),  # a URL's query goes on
]
ONE_TIME_ORDINARY = [
    "OTP 604218 failures since the gateway upgrade.",  # an English count's noun after the number
    "OTP 604218 requests were retried overnight.",  # another count's noun
    "SMS 604218 gesendet an den Provider heute",  # SMS with no code word: a count
    "GET /verify?otp_batch=582047&next=/home HTTP/1.1",  # another parameter's number
    # an abbreviation in English prose after the number (review R3)
    "OTP 604218 msgs queued in the SMS gateway",
    "OTP 604218 reqs since the deploy",
    "OTP 604218 rps at peak",
    "OTP 604218 msgs rcvd",  # abbreviations only (review R5)
]


@pytest.mark.parametrize(("line", "secret"), ONE_TIME_CODES)
def test_one_time_code_with_the_sentence_going_on_is_redacted(line: str, secret: str) -> None:
    assert taken(line, secret)


@pytest.mark.parametrize("line", ONE_TIME_ORDINARY)
def test_counts_after_an_otp_or_sms_word_stay(line: str) -> None:
    assert through_gate(line) == line


@pytest.mark.xfail(strict=True, reason="a code followed by a short English word ('a', 'eh') of another language: "
                   "the reading cannot tell it from an English clause (round 28, left)")
def test_code_before_a_short_word_shared_with_english() -> None:
    assert taken("OTP i dawn chu 418263 a ni a", "418263")
