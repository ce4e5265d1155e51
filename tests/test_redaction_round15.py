"""Round 15's kinds of secret and personal data, each with the ordinary text beside it that must stay.

Written in my own words from the kinds batch 15's dev lines showed (no line of the corpus is copied); each
positive is missed by the redactor at the round's start (82d27a8, checked through bench/redaction.py's
`baseline_module`); three negatives (the company with its legal form, the password flag and word in a sentence)
were redacted by it.
"""

from __future__ import annotations

import pytest

from exporter.privacy.identity_numbers import _WINDOW
from exporter.privacy.org_settings import DEFAULT_PII, PII_CLASSES, OrgPrivacy
from exporter.privacy.redaction import REDACTION_TYPES, Redactor

R = Redactor()


def red(text: str) -> str:
    return R.redact(text).text


# --- government ids after their own name, checked by python-stdnum ------------------------------------


@pytest.mark.parametrize(("text", "secret"), [
    ("payroll needs the SIN 130 692 544 before Friday", "130 692 544"),
    ("her burgerservicenummer: 111222333", "111222333"),
    ("DNI 12345678Z en el expediente", "12345678Z"),
    ("Aadhaar number 2341 2341 2346 on the visitor form", "2341 2341 2346"),
    ("vendor PAN: ACUPA7085R (individual)", "ACUPA7085R"),
    ("NI number AB 12 34 56 C for the contractor", "AB 12 34 56 C"),
    ("passport no. 533401372, expires 2031", "533401372"),
    ("copy of driver's license D1234567 attached", "D1234567"),
])
def test_a_checked_id_after_its_own_name_goes(text, secret):
    out = R.redact(text)
    assert secret not in out.text
    assert out.counts.get("national_id") == 1


@pytest.mark.parametrize("text", [
    "BSN 123456789 is the example the form shows",  # fails the 11-test
    "order 111222333 shipped",  # a valid BSN's digits, but nothing names it one
    "company PAN AAACB1234C on the invoice",  # a company's PAN (fourth letter C), no person's
    "passport renewal ticket OPS-12345",  # no document number right after the label
    "the NAS volume is 245 GB",
])
def test_an_id_name_without_its_value_or_a_value_without_its_name_stays(text):
    assert red(text) == text


def test_an_id_is_looked_for_only_in_a_bounded_window_after_its_name():
    text = "BSN" + " filler" * (_WINDOW // 7 + 2) + " 111222333"
    assert red(text) == text  # too far from its name to be its value: each label costs the same on any text


# --- dates of birth -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "date"), [
    ("DOB: 1990-03-14", "1990-03-14"),
    ("date of birth 3/4/1979 per the form", "3/4/1979"),
    ("Geburtsdatum 14.03.1990", "14.03.1990"),
    ("Geboortedatum Anna de Vries: 12.03.1985", "12.03.1985"),
])
def test_a_date_after_a_birth_label_goes(text, date):
    out = R.redact(text)
    assert date not in out.text and out.counts.get("date_of_birth") == 1


@pytest.mark.parametrize("text", [
    "start date 2024-06-03, badge from facilities",
    "born in 1990, joined 03/05/2019",  # the birth label's own value is a year; the date is another thing's
    "licence valid until 2025-12-31",
])
def test_other_dates_stay(text):
    assert red(text) == text


# --- postal addresses ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "address"), [
    ("Home address: 12 Example Road, Leeds LS1 4AB", "12 Example Road, Leeds LS1 4AB"),
    ("mailing address for the payslip is 5 Quay Street, Galway", "5 Quay Street, Galway"),
    ("Adresse : 301 rue Exemple, app. 2, Laval (Québec) H7A 1B2", "301 rue Exemple, app. 2, Laval (Québec) H7A 1B2"),
    ("Anschrift: Beispielweg 7, 10115 Berlin", "Beispielweg 7, 10115 Berlin"),
])
def test_a_persons_address_after_its_label_goes(text, address):
    out = R.redact(text)
    assert address not in out.text and out.counts.get("postal_address") == 1


@pytest.mark.parametrize("text", [
    "listen address: 0.0.0.0:9464",
    "email address: see the HR system",
    "new address 2 hosts added to the pool",
    "bind address: https://proxy.internal:8443",
])
def test_machine_addresses_and_talk_about_addresses_are_no_street(text):
    assert "postal_address" not in R.redact(text).counts


def test_an_org_can_keep_the_new_classes_like_any_other():
    text = "Home address: 12 Example Road, Leeds LS1 4AB; DOB 1990-03-14"
    kept = Redactor(classes=set(REDACTION_TYPES) - {"postal_address", "date_of_birth"})
    assert kept.redact(text).text == text
    assert {"date_of_birth", "postal_address"} <= set(PII_CLASSES) & set(DEFAULT_PII)
    assert OrgPrivacy(redact=["postal_address", "date_of_birth"]).redact == ["date_of_birth", "postal_address"]


# --- phone numbers, cards -----------------------------------------------------------------------------


def test_an_international_number_written_in_groups_goes_even_in_a_range_set_aside_for_fiction():
    assert "7700" not in red("on call tonight: +44 7700 900123 (text first)")


def test_an_international_looking_run_without_groups_still_needs_a_valid_range():
    assert red("build +20240514 tagged") == "build +20240514 tagged"


def test_a_cards_verification_value_goes():
    assert "417" not in red("card ending 0004, CVC: 417")
    assert red("cid 1234 in the pod log") == "cid 1234 in the pod log"


# --- credentials --------------------------------------------------------------------------------------


def test_a_bitlocker_recovery_key_goes_and_eight_groups_failing_its_check_stay():
    key = "-".join(f"{11 * n:06d}" for n in (1201, 33012, 5000, 400, 60000, 12, 777, 9000))
    assert key not in red(f"recovery key is {key}")
    other = "123456-123456-123456-123456-123456-123456-123456-123456"
    assert red(other) == other


_SIG = "5d1e9f0c7a3b8e2d6f4a1c9b0e7d3a5f8c2b6e1d9a4f7c0b3e8d5a2f6c1b9e4d"


@pytest.mark.parametrize(("text", "secret"), [
    ('curl -s -H "X-Api-Key: KorvalinTessmarQ7Lupo" "https://cost.internal/report"', "KorvalinTessmarQ7Lupo"),
    ("log into the NAS web ui with admin / Tq9!fz#Lm2x if it hangs", "Tq9!fz#Lm2x"),
    ("console login ops / Vb4*kQ9!zRt2 for the UPS", "Vb4*kQ9!zRt2"),
    ("sops -d --passphrase-file <(echo Hs8!kQ2mZp) secrets.enc", "Hs8!kQ2mZp"),
    ("java -jar jenkins-cli.jar -s https://ci/ -auth ci-bot:1f2e3d4c5b6a79880716 list-jobs", "1f2e3d4c5b6a79880716"),
    ("GET /a.mp4?X-Amz-Date=20240101T000000Z&X-Amz-Signature=" + _SIG, _SIG),
    ('config: {PIPELINE_SCRIPT_KEY: "tkwpzra)b2xqmnv7fhd%c(#y!"}', "tkwpzra)b2xqmnv7fhd%c(#y!"),
])
def test_credentials_in_the_places_round_15_added_go(text, secret):
    assert secret not in red(text)


@pytest.mark.parametrize("text", [
    "WARNING: passing --password on the command line is unsafe; use --password-stdin",
    "Using --password via a flag leaks it to ps",
    "how do I change the ldap password without restarting the agents?",
    "login with read / write access to the bucket",
    "echo $TOKEN | tee login.log",
    "jenkins-cli -auth @/run/secrets/cli list-jobs",
    'cache_key: "user:(id)?v=2"',
])
def test_talk_about_passwords_and_references_stay(text):
    assert red(text) == text


# --- people -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("onboarding call with Priya Venkatachalapathy at 10", "Priya Venkatachalapathy"),
    ("call with Hannah Oyelowokan tomorrow", "Hannah Oyelowokan"),
    ("@Tomasz can you look at the queue", "Tomasz"),
    ("thanks to Siddharth for the fix", "Siddharth"),
])
def test_people_in_the_places_round_15_added_go(text, name):
    assert name not in red(text)


@pytest.mark.parametrize("text", [
    "Arnold Renderer crashed on frame 12",  # a listed name and a word the word list holds
    "Katana Foundry licence renewed",
    "walk down Boulevard Saint-Laurent to the office",
    "invoice to Kestrel Lane Studios Europe S.L. this month",
    "ping @here and @channel, not @Grace; npm i @angular/core",
])
def test_products_places_companies_and_channel_mentions_stay(text):
    assert red(text) == text


# --- kept identifiers and addresses -------------------------------------------------------------------


def test_an_ldif_guid_is_an_id():
    text = "objectGUID:: kQ7vLm2Xp9Tz4Kw8Jd3Fs6=="
    assert red(text) == text


def test_a_public_address_with_a_port_after_a_vpn_user_goes():
    out = red("openvpn[12]: someone/81.2.69.160:51234 MULTI: primary virtual IP")
    assert "81.2.69.160" not in out
    assert red("User-Agent: curl/8.5.0.1 x") == "User-Agent: curl/8.5.0.1 x"  # a product's version stays


def test_a_long_run_of_capitalised_words_gives_each_surname_only_a_names_worth_of_words(monkeypatch):
    """The round-14 redactor handed every word of a run all the words after it (20 KB of `Priya Raghunathan `:
    18.7 ms per KB, four times the cost when the line doubles); a name has a few words, so each gets those."""
    from exporter.privacy import person_names

    seen: list[int] = []
    real = person_names._surname_first

    def spy(text, head, tokens, names, capitals):
        seen.append(len(tokens))
        return real(text, head, tokens, names, capitals)

    monkeypatch.setattr(person_names, "_surname_first", spy)
    Redactor().redact("Kubernetes Grafana Tempo " * 200)
    assert seen and max(seen) <= person_names._NAME_WORDS


def test_a_licence_server_written_port_at_a_private_host_is_no_mailbox():
    assert red("LM_LICENSE_FILE=27000@flexlm.corp.internal") == "LM_LICENSE_FILE=27000@flexlm.corp.internal"
    assert "12345@qq.com" not in red("mail 12345@qq.com")  # a numeric mailbox at a public domain is one
    assert "99999@" not in red("x 99999@build.internal")  # no port: above 65535


def test_a_small_four_part_version_after_a_bracketed_product_name_stays_and_a_bracketed_address_word_does_not():
    assert red("loaded Foo for Bar (FtoB) 5.3.4.1 ok") == "loaded Foo for Bar (FtoB) 5.3.4.1 ok"
    assert "25.1.2.3" not in red("seen from (client) 25.1.2.3")


# --- the review's findings (/work/wt/reviews/redact.md), each in my own words; each fails on d4fe554 -----------------


@pytest.mark.parametrize("text", [
    "billing moved to Aurora Redpanda last quarter",  # F1: a product after `to`
    "two racks at Interxion Marlborough for the backups",  # F1: a vendor and its site (surname second)
    "The Sofia Druzhba office moves on Monday",  # F1: a place after an article
    "the team birthday dinner is on 14/11/2026",  # F3: an event's date
    "Ne le supprimez pas avant le 02/03/2026, accès donné à l'équipe",  # F3b: French `ne le`, no birth label
    "DOB column became nullable on 2024-05-01",  # F3c: a line about the field
    "The current address is 0x7ffd1000 in the core dump",  # F4: a memory address
    "address: port 9090 on every interface",  # F4: a listener's YAML
    "Billing address: Example Holdings Ltd, 5 Market Street, Leeds",  # F4: a company's
    "home address of the backup share is /srv/homes on nas-3",  # F4: a path
    "The proxy answered security code 451 for the range",  # F5
    "login to jira, board CORE / Sprint-17 holds the tasks",  # F6
    "echo rotated | logger -t audit login",  # F7
    "NAS: 130 692 544 is the array's serial",  # F8
    "Passport 20240115 adds a new strategy",  # F8
    "latency +12 345 678 ns over the window",  # F12
    "Primary broker for the audit log – Cassandra",  # F15
])
def test_review_false_positives_stay(text):
    assert red(text) == text


@pytest.mark.parametrize(("text", "secret"), [
    ("docker login --username ci --password autumn registry.example.com", "autumn"),  # F9: a weak password, then a host
    ("psql --password welcome appdb", "welcome"),  # F9
    ("the guest wifi password is meadow!", "meadow!"),  # F10: a word and a symbol is a password
])
def test_review_regressions_go_again(text, secret):
    assert secret not in red(text)


def test_a_process_substitution_rule_reads_a_bounded_stretch_per_flag():
    """F13: the pattern starts at a flag's dash and bounds each run (the name and the value), so a long word of
    `pass_` before one unclosed `<(` gives it no start to read from: none of its repetitions is unbounded."""
    from exporter.privacy.command_line_secrets import PASSWORD_FROM_SUBSTITUTION

    assert PASSWORD_FROM_SUBSTITUTION.startswith("-(?<![\\w-]-)")
    name = PASSWORD_FROM_SUBSTITUTION.split("<\\(")[0]  # the flag's name, before the substitution opens
    assert "*" not in name and "+" not in name.replace("[ \\t]+", "")
    assert "{1,256}" in PASSWORD_FROM_SUBSTITUTION


def test_an_id_label_asks_stdnum_only_about_runs_an_id_can_be(monkeypatch):
    """F14: `dni 12 34 ` repeated made every label try every group prefix of a 48-character window."""
    from exporter.privacy import identity_numbers as ids

    calls: list[str] = []
    real = ids.dni.is_valid
    monkeypatch.setattr(ids.dni, "is_valid", lambda v: calls.append(v) or real(v))
    Redactor().redact("dni 12 34 " * 50)
    assert all(6 <= len(v) <= 18 for v in calls)


def test_a_person_before_a_capitalised_department_word_is_still_a_person():
    """F11: a department after a full name (`Media`, `Productions`) is no legal form; a company's legal form a few
    words on still is."""
    assert "Sharma" not in red("Priya Sharma Media will join the call")
    assert red("invoice to Kestrel Lane Studios Europe S.L. this month") == "invoice to Kestrel Lane Studios Europe S.L. this month"
