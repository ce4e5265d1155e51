"""Round 26 (rednames2, issue 13): person names the gate left, read by cause across writers.

A name beside the address its owner built from it (`anouk.verbeek@...  # Anouk's test account`); the owner of a home
whose host address a comment gives (`# Sophie's home`), and of an account beside personal data; a chat line's speaker
after a clock split by dots or with its day (`[08.05] Wulan Sukmawati: ...`). A chat line's speaker of two words of a
script other than Latin was read and reverted on review (R6): its lines are strict xfails, the reviewer's team and
bot speakers twins that must stay. Written in my own words with invented people and values (no corpus line copied);
each behaviour has lines that change and ordinary twins that must come out as written.
"""

from __future__ import annotations

import pytest

from tests.redaction_probes import through_gate

# A capitalised word of the text that spells a part of a personal address the gate took.
NAMED_BY_HANDLE = [
    ("ALERT_TO=anouk.verbeek@ziggo.nl  # Anouk wants the pages too", "Anouk"),  # a given name in a comment
    ("ssh kofi.mensah@jump-02  # Kofi takes the night queue", "Kofi"),  # a login at a host
    ("Bu Wulan minta dikirim ke wulan.sukmawati81@yahoo.co.id saja", "Wulan"),  # digits after the parts
    ("Gast: Reinhold Messer, reinhold.messer@web.de, Messer kommt erst am Freitag", "Messer"),  # two parts on the line
]
# The twins: a mailbox of a team, a product or a role beside its own name, a name no address on the line spells,
# an address the gate keeps.
NAMED_BY_HANDLE_ORDINARY = [
    "grafana.alerts@kestrel.io  # Grafana pages the on-call rotation",
    "Billing sends invoices from billing.team@kestrel.io every Monday",
    "Support replied from support.desk@kestrel.io within the hour",
    "Oncall escalation goes to oncall.primary@kestrel.io first",
    "Jenkins mails build failures from jenkins@ci.kestrel.io to the channel",  # one part: no person's shape
    "Kestrel ships the digest to noreply@kestrel.io at night",
    "scp report.csv kofi.mensah@jump-02:/tmp  # for Kofi",  # a login the gate keeps (a copy's target) names nobody
    # review R1: a person's handle whose name is also an English word; the word names a service, a colour, a verb
    "Requested by dawn.price@gmail.com. Price service returns 500 since Tuesday.",
    "Escalated by olivia.green@outlook.com: Green deployment is live, Blue is idle.",
    "From bill.page@yahoo.com: Page the on-call if disk fills.",
    "june.park@gmail.com wrote: June release slips, Park the branch until then.",
    # review R2: a place's or a vendor's pair, no part a listed name
    "Tokyo NOC: tokyo.noc@acme.jp handles Tokyo region pages overnight.",
    "Alerts flow from datadog.pagerduty@acme.io; Datadog retries three times before paging.",
    # review R7: a later part alone is a vendor's or a place's name that is also a surname
    "Ticket from john.dell@gmail.com: Dell server in rack 4 rebooted twice.",
    "anna.siemens@web.de meldet: Siemens PLC im Werk 2 offline",
]


@pytest.mark.parametrize(("text", "name"), NAMED_BY_HANDLE)
def test_a_name_beside_the_address_made_from_it_is_redacted(text: str, name: str) -> None:
    out = through_gate(text)
    assert name not in out
    assert "<redacted:person_name>" in out


@pytest.mark.parametrize("text", NAMED_BY_HANDLE_ORDINARY)
def test_a_mailbox_beside_its_own_products_name_keeps_the_name(text: str) -> None:
    assert "<redacted:person_name>" not in through_gate(text)


# A handle's later part alone (a surname after a title, after an initial's handle) is not read since review R7: the
# same shape is a vendor's name that is also a surname (`john.dell@... Dell server`).
SURNAME_ALONE = [
    ("Mevr. Verbeek stuurde het vanaf anouk.verbeek@ziggo.nl", "Verbeek"),
    ("Backup address t.kowalczyk@onet.pl; ask Kowalczyk first", "Kowalczyk"),
]


@pytest.mark.xfail(strict=True, reason="review R7: a handle's later part alone is as often a vendor's name")
@pytest.mark.parametrize(("text", "name"), SURNAME_ALONE)
def test_a_surname_alone_beside_its_handle_is_redacted(text: str, name: str) -> None:
    assert name not in through_gate(text)

# The owner of the home or office a host's address is, in the possessive; an account beside personal data.
PLACE_OWNERS = [
    ('allowlist: ["84.17.203.66/32"]  # Marieke\'s home, until Friday', "Marieke"),
    ("    - 2001:db8:4a1:77::19/128  # Rashid's home IPv6", "Rashid"),
    ("deny 84.17.203.66;  # was Lars' home office", "Lars"),
    ("VPN_PEER=84.17.203.66  # Priya's home IP for the test", "Priya"),
    ('REFUND_IBAN = "DE89370400440532013000"  # Gunnar\'s own account, remove', "Gunnar"),
]
# The twins: a product's or a team's part at a host's address, a home that is a directory or a page.
PLACE_OWNERS_ORDINARY = [
    "ingester at 84.17.203.66  # Loki's ingester, moved last week",
    "84.17.203.66  # Jenkins' home directory is on this box",
    "84.17.203.66  # Grafana's home page answers here",
    "84.17.203.66  # the office network's egress",
    "84.17.203.66  # Kestrel's office router",  # a firm's office: no listed name owns it
    # review R4: a city's office; R5: a bank's or a fintech's account
    "Sydney's office IP is 203.0.113.10, whitelist it on the firewall.",
    "Phoenix's office IPv6 is 2001:db8:85a3::8a2e:370:7334",
    "Wise's account details: GB33BUKB20201555555555",
    "Chase's account number is 4111 1111 1111 1111 for the corporate card",
]


@pytest.mark.parametrize(("text", "name"), PLACE_OWNERS)
def test_the_owner_of_a_home_or_office_address_is_redacted(text: str, name: str) -> None:
    out = through_gate(text)
    assert name not in out
    assert "<redacted:person_name>" in out


@pytest.mark.parametrize("text", PLACE_OWNERS_ORDINARY)
def test_a_products_or_firms_place_at_an_address_keeps_its_name(text: str) -> None:
    assert "<redacted:person_name>" not in through_gate(text)


# A chat line's speaker after a clock written as other locales' clients print it: parts split by a dot, the day first.
DOTTED_CLOCK_SPEAKERS = [
    ("[08.05] Wulan Sukmawati: saya cek dulu ya", "Wulan Sukmawati"),
    ("[16.05.24 08:11] Marta Kowalska: paczka nie dotarła", "Marta Kowalska"),
    ("[3/11/2024, 21.40] Tomasz Nowak: zrobione", "Tomasz Nowak"),
]
# The twins: a version or a section number in brackets, a tool or a product after a dotted clock, one word.
DOTTED_CLOCK_ORDINARY = [
    "[1.20] Release Notes: the installer is signed",
    "[08.05] Terraform Cloud: run finished",
    "[16.05.24 08:11] Jenkins: build 41 green",
    "[2.3.1] Hugo Server: listening",
]


@pytest.mark.parametrize(("text", "name"), DOTTED_CLOCK_SPEAKERS)
def test_a_chat_speaker_after_a_dotted_or_dated_clock_is_redacted(text: str, name: str) -> None:
    out = through_gate(text)
    assert name not in out
    assert "<redacted:person_name>:" in out


@pytest.mark.parametrize("text", DOTTED_CLOCK_ORDINARY)
def test_a_tool_or_a_heading_after_a_dotted_number_stays(text: str) -> None:
    assert through_gate(text) == text


# Reverted (review R6): a chat export's speaker of two words of one script other than Latin. Kept as strict xfails.
SCRIPT_SPEAKERS = [
    ("[10:04] নীলিমা দত্ত: আমি দেখছি, একটু পরে জানাব", "নীলিমা দত্ত"),  # Bengali
    ("[21:15] गौरव कुलकर्णी: नया बिल्ड चला दिया", "गौरव कुलकर्णी"),  # Devanagari
    ("[11:02] ஆனந்த் குமார்: சரி, பார்க்கிறேன்", "ஆனந்த் குமார்"),  # Tamil
]
# The reviewer's team, bot and system speakers (R6), and the reading's own twins: all must stay.
SCRIPT_SPEAKERS_ORDINARY = [
    "[10:05] خدمة العملاء: تم استلام طلبك وسنرد خلال ساعة",  # "customer service"
    "[09:00] सिस्टम संदेश: बैकअप सफलतापूर्वक पूरा हुआ",  # "system message"
    "[10:00] צוות תמיכה: הכרטיס נסגר",  # "support team"
    "[11:20] বট সতর্কতা: ডিস্ক প্রায় পূর্ণ",  # "bot alert"
    "[08:15] Ομάδα Υποστήριξης: το αίτημα έκλεισε",  # "Support Team"
    "[10:02] فروشگاه: سفارش ثبت شد",  # "the shop"
    "[09:40] Служба поддержки: тикет закрыт",  # "support service"
    "[09:14] सर्वर स्थिति: 200 ठीक",  # a label before its value
]


@pytest.mark.xfail(strict=True, reason="reverted on review R6: no installed resource tells a script's two-word team "
                   "or bot name from a person's in the speaker column")
@pytest.mark.parametrize(("text", "name"), SCRIPT_SPEAKERS)
def test_a_chat_speaker_in_another_script_is_redacted(text: str, name: str) -> None:
    assert name not in through_gate(text)


@pytest.mark.parametrize("text", SCRIPT_SPEAKERS_ORDINARY)
def test_a_team_a_bot_or_a_label_in_the_speaker_column_stays(text: str) -> None:
    assert through_gate(text) == text


# Review R9 (left open, after the ship run): a product named by a given name that opens a person's handle on the same
# line is taken as that person (the word before a noun of the thing). Documented as a known limit.
PRODUCTS_NAMED_BY_A_HANDLES_FIRST_PART = [
    "cassandra.lee@outlook.com reports Cassandra nodes stuck compacting on ring 2.",
    "hugo.martin@gmail.com: Hugo build of the docs site fails on the new theme.",
]


@pytest.mark.xfail(strict=True, reason="review R9, left open: a handle's first part before a noun of a product it "
                   "names (`Cassandra nodes`) is read as the person's given name")
@pytest.mark.parametrize("text", PRODUCTS_NAMED_BY_A_HANDLES_FIRST_PART)
def test_a_product_named_like_the_handles_given_name_stays(text: str) -> None:
    assert "<redacted:person_name>" not in through_gate(text)
