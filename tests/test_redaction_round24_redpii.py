"""Round 24, engineer redpii (bench/plans/redpii-r24.md): a mobile number as people group it after the prefix they
dial, and personal ids with their own check in three more schemes; every line through the gate, each beside an
ordinary twin the gate must leave as written. The ids' rule (self_checked_ids.py, round 23's re-landed with three more
schemes) was reverted by the plan's rule after review R5/R6's rerun (its speed clause: a line of mobiles beside their
marks 8.4 against the round start's slowest 7.5 ms/KB); its code is in the branch's history (`76e6b96`), its lines
are strict xfails below and its ordinary twins stay tests."""

from __future__ import annotations

import pytest

from exporter.privacy.national_phones import trunk_mobile_region
from exporter.privacy.redaction import Redactor
from tests.redaction_probes import through_gate

_IDS_REVERTED = pytest.mark.xfail(strict=True, reason="self-checked ids reverted by round 24 redpii's rule (speed "
                                                      "clause of the rerun after review R5/R6): bench/plans/redpii-r24.md")


MOBILES = [
    # the plan's first group (`07984`, GB), the subscriber digits as said, not as libphonenumber prints (`331620`)
    ("I called her on 07984 331 620, she moved banks", "07984 331 620"),
    ("If the gate vendor calls back: their tech is on 0664 318 14 27", "0664 318 14 27"),  # AT, 3-2-2
    # two groups after an English-script word: a trunk-prefixed mobile printed so (NL `06 38174925`)
    ("Jo kinne my berikke op 06-38174925 of nei 18:00", "06-38174925"),
    # inside a quote (a grep for the number)
    ('ops@bastion:~$ grep -r "0555 412 387" /var/log/notify/ | tail -3', "0555 412 387"),
]
ORDINARY_NUMBERS = [
    "FIXTURE_SSN = '078-05-1120'  # the famous wallet-insert number",  # nine digits: an SSN's length
    "NL91 ABNA 0417 1643 01",  # an IBAN's account digits after its printed groups
    "ports 8080 9090 open",  # two groups with no trunk prefix
    'grep -r "0200 18442" access.log',  # a quote before a number no plan gives a mobile
    "build 07984 331 620 failed",  # a word naming a thing numbered so
    "chmod 0660 0640 0600 on the three config files",  # file modes (review R3)
    "kafka offset 0612 3456 78 committed at partition 3",  # two of the plan's blocks written as one (review R3)
]


@pytest.mark.parametrize(("line", "number"), MOBILES)
def test_mobile_grouped_as_said_is_redacted(line: str, number: str) -> None:
    out = through_gate(line)
    assert number not in out and "<redacted:phone>" in out


@pytest.mark.parametrize("line", ORDINARY_NUMBERS)
def test_ordinary_grouped_numbers_stay(line: str) -> None:
    assert through_gate(line) == line


def test_trunk_mobile_needs_the_plans_first_group() -> None:
    assert trunk_mobile_region("07984 331 620") == "GB"
    assert trunk_mobile_region("079 8433 1620") is None  # (GB prints `07984`: a regrouped prefix is no dialled one)
    assert trunk_mobile_region("7984 331 620") is None  # (no trunk prefix)


IDS = [
    # Kazakhstan's IIN (its mod-11 check, born 1988-03-02) on a line with the person's e-mail
    ("aigerim.t@mail.kz, ИИН 880302300519", "880302300519"),
    # (a person's Russian INN beside the person's other id: read under its label `ИНН` since round 25, a test in
    # test_redaction_round25_redpii2.py)
    # Indonesia's NIK (province, a date) on a line with the person's phone
    ("Nomer HP-ne 0812-2739-4418, NIK 3404071708850003 (dibutuhke kanggo klaim asuransi)", "3404071708850003"),
]
ORDINARY_IDS = [
    "trace 880302300519 retried after the timeout",  # a weak scheme alone, no second sign
    # epoch times and quantities (review R1): a JMBG's or a CNP's date reads from their digits
    "batch 42 committed at 1703962936789 after the rebalance",
    '{"level":"info","msg":"flush done","ts_ms": 1703962936789}',
    "job finished at 1781008281725 ms since epoch",
    "consumer group lag 37501073774 bytes behind on topic audit",
    '{"ts": 1703962936789, "offset": 37501073774}',  # a bare number under a JSON key is the field the key names
    # a strong scheme in English ops prose needs a person's data on the line (review R6)
    "committed offset 37501073774 on partition 3 after the rebalance",
    "the consumer is at position 37501073774 and the log end is 37501080000",
    "total rows scanned 51080681279 by the nightly job",
    "vacuum freed 69507295150 tuples on the events table",
    "trace 9750709451914 was sampled twice",
    # a letter of another script before the number is no second sign (review R2): an order, a time, a trace
    "запуск 1606288562 завершился без ошибок",
    "订单号 8481100848 已发货",
    "رقم الطلب 1312164446 تم شحنه",
    "Идентификатор трассировки 5300334506820563 найден в логах",
    "row 165827390420 inserted into ledger",
    "order 3404071708850003 shipped",
]


@_IDS_REVERTED
@pytest.mark.parametrize(("line", "number"), IDS)
def test_checked_id_with_a_second_sign_is_redacted(line: str, number: str) -> None:
    out = through_gate(line)
    assert number not in out and "<redacted:national_id>" in out


@pytest.mark.parametrize("line", ORDINARY_IDS)
def test_weak_scheme_without_a_second_sign_stays(line: str) -> None:
    assert through_gate(line) == line


def test_iin_with_a_wrong_check_digit_stays() -> None:
    assert through_gate("aigerim.t@mail.kz, ИИН 880302300518").endswith("ИИН 880302300518")


@pytest.mark.xfail(strict=True, reason="review R2: a label in the writer's script is no second sign by itself; an IIN "
                                       "with no person's data on its line stays (bench/plans/redpii-r24.md)")
def test_iin_after_a_label_alone_is_missed() -> None:
    assert "880302300519" not in through_gate("ئۇ ئۆزىنىڭ IIN نومۇرىنى يوللىدى: 880302300519، بۇنى ساقلىماسلىق كېرەك.")


@_IDS_REVERTED
def test_strong_scheme_after_a_word_of_another_language_decides_alone() -> None:
    # a Swedish personnummer (twelve digits) after Swedish words, however many epoch times come before it (review R5:
    # no per-text budget), and however often the same string is redacted
    line = "a " + " ".join(["1703962936789"] * 17) + " kund 198112189876 ringde"
    redactor = Redactor()
    outs = [redactor.redact(line).text for _ in range(20)]
    assert all("198112189876" not in out and out.count("1703962936789") == 17 for out in outs)


# Review R7 (round 24): an access log's account named "<system prefix>-<surname>" is a system named after a product,
# not a person; an initial or a listed given name before the surname is one.
ACCESS_LINE = '10.0.0.7 - {} [05/Dec/2024:10:14:40 +0000] "GET /api HTTP/1.1" 200 512'


@pytest.mark.parametrize("login", ["tf-hudson", "cron-hudson", "svc-harper"])
def test_access_log_system_account_named_after_a_surname_stays(login: str) -> None:
    assert login in through_gate(ACCESS_LINE.format(login))


@pytest.mark.parametrize("login", ["j-hudson", "anna-kowalczyk"])
def test_access_log_person_login_is_redacted(login: str) -> None:
    assert login not in through_gate(ACCESS_LINE.format(login))
