"""Round 18, engineer pii: personal data found by its structure, narrowed so that no ordinary line is lost.

Every line here is invented (no corpus line). Each positive is missed by the redactor at the round's start
(`682a247`, checked with bench/redaction.py's `baseline_module`), and each twin is kept both there and here:
the look-alike ordinary text each rule must leave alone.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from exporter.privacy.redaction import Redactor

R = Redactor()

# (line, what must be gone)
FOUND = [
    # a street address right after a person's redacted name (street_addresses.py)
    ("Please call back Marek Nowak, he lives at ul. Kwiatowa 8/2, 31-042 Kraków", ["ul. Kwiatowa 8/2, 31-042 Kraków"]),
    ("shipping label for Lucia Ferreira, Avenida Paulista 1578, conj. 12, 01310-200 São Paulo",
     ["Avenida Paulista 1578, conj. 12, 01310-200 São Paulo"]),
    ("reply to Mrs Ana Lima, whose parcel went astray; hers is 9 Rowan Close, Harrogate HG2 7LP",
     ["9 Rowan Close, Harrogate HG2 7LP"]),
    ("| Pieter Jansen | Prinsengracht 263-I, 1016 GV Amsterdam |", ["Prinsengracht 263-I, 1016 GV Amsterdam"]),
    # an INSERT row whose name column holds a person (record_rows.py)
    ("INSERT INTO patients (full_name, date_of_birth, home_address) VALUES ('Ingrid Solberg', '1975-05-30', "
     "'Storgata 5, 0155 Oslo');", ["Ingrid Solberg", "1975-05-30", "Storgata 5, 0155 Oslo"]),
    ("INSERT INTO members (name, national_id, postcode) VALUES ('Tomasz Nowak', '44051401359', 'EH7 5DD');",
     ["44051401359", "EH7 5DD"]),
    # ids after their own names, checked by python-stdnum (identity_numbers.py)
    ("cliente mandou o CPF 529.982.247-25 ontem", ["529.982.247-25"]),
    ("TC kimlik 10000000146 sisteme girilmemiş", ["10000000146"]),
    ("個人番号 123456789018 を削除してください", ["123456789018"]),
    # birth labels in Turkish and Portuguese
    ("Müşteri doğum tarihini 03.04.1981 olarak girmiş", ["03.04.1981"]),
    ("oi, nasci em 11/09/1979 e o cadastro diz outra coisa", ["11/09/1979"]),
    # names in Han characters and in Greek (script_names.py)
    ("山本 花子さん、明日の当番お願いします", ["山本 花子"]),
    ("ticket assigned to 中村 由美 yesterday", ["中村 由美"]),
    ("CC：院長 高橋 一郎 <k.takahashi@example.jp>", ["高橋 一郎"]),
    ("Ticket from Νίκος Παπαδόπουλος about the invoice", ["Νίκος Παπαδόπουλος"]),
    # a Japanese number after a name or a mobile word (japanese_phones.py)
    ("山本 花子 様（090-1234-5678）の予約", ["090-1234-5678"]),
    ("夜間は携帯 090-1234-5678 まで", ["090-1234-5678"]),
    # JSON members and query parameters read with their names (personal_fields.py)
    ('{"event":"profile_update","dob":"1984-02-11","postcode":"EH7 5DD"}', ["1984-02-11", "EH7 5DD"]),
    ('{"case":"CC-1","caller":"Oliver Bennett","address":"4 Mill Lane, York YO1 7HH"}',
     ["Oliver Bennett", "4 Mill Lane, York YO1 7HH"]),
    ("GET /rx/status?surname=Lindqvist&page=2", ["Lindqvist"]),
    ("GET /rx/upload?vet=Dr%20Sofia%20Lindqvist&pet=Mochi", ["Sofia%20Lindqvist"]),
    ('./bin/crm lookup --customer "Oluwaseun Bakare" --limit 5', ["Oluwaseun Bakare"]),
    # reviewer rrev's near variants (R16, R17, R21, R22), each leaked by the draft
    ("Επιβάτης Γιώργος Αντωνίου παραπονέθηκε", ["Γιώργος Αντωνίου"]),
    ('{"date_of_birth":"1979-08-15T00:00:00Z"}', ["1979-08-15"]),
    ('{"callerName":"Mehmet Öztürk"}', ["Mehmet Öztürk"]),
    ("携帯番号：090-4417-2286", ["090-4417-2286"]),
    ("INSERT INTO c (first_name, last_name, dob) VALUES ('Greta', 'Schultz', '1979-08-15')",
     ["Greta", "Schultz", "1979-08-15"]),
    ("?full_name=Greta+Schultz&x=1", ["Schultz"]),
    ('{"First Name": "Greta", "Last Name": "Schultz"}', ["Greta", "Schultz"]),
    ("Anna Weber, Rua do Cais 12, 1200-109 Lisboa", ["Rua do Cais 12, 1200-109 Lisboa"]),
    ("Anna Weber, Storgatan 5, 114 55 Stockholm", ["Storgatan 5, 114 55 Stockholm"]),
    ("T.C. KİMLİK NO: 10000000146", ["10000000146"]),
    ("My Number: 123456789018", ["123456789018"]),
    ("nascida em 15/08/1979, conforme o cadastro", ["15/08/1979"]),
    # a display name before its e-mail address in round brackets (display_names.py)
    ("forward the complaint from Sipho Dlamini (sipho.d@example.org) to legal", ["Sipho Dlamini"]),
]

# Ordinary lines that stay as written, here and at the round's start.
KEPT = [
    "INSERT INTO workshops (city, address) VALUES ('Bergen', 'Strandgaten 15, 5013 Bergen');",
    "INSERT INTO customers (full_name, dob) VALUES ('Test Testesen', '1900-01-01');",
    "INSERT INTO services (name, owner) VALUES ('checkout-api', 'team-payments');",
    "Lieferadresse Werkstatt Bergen, Strandgaten 15, 5013 Bergen, bitte bis Freitag",
    "Partition 12, 20000 Kafka events lagging behind",
    "Rack 4, Row C12 4000 units on hand",
    "CPU 高 负载",
    "山口 工場 で 停止",
    "order from 前田 工房, ok",
    "order from 小林 製作所, ok",
    "error: 接続 失敗",
    "ケストレル病院 世田谷院　東京都世田谷区三軒茶屋2-11-22",
    "代表 03-5555-0142 までお電話ください",
    "Ωδείο Αθηνών closes at 18:00",
    '{"caller":"Kafka Connect","level":"warn"}',
    '{"name":"Grace Period","days":14}',
    '{"owner":"Platform Team","tier":"gold"}',
    '{"dob_format":"YYYY-MM-DD","postcode_lookup_enabled":"true"}',
    '{"city":"Leipzig","address":"Spinnereistraße 7, 04179 Leipzig"}',
    "GET /api/services?name=checkout-api&owner=team-payments",
    "CPF validation fails for empty input",
    "the tckn column is nullable since 2.3",
    "doğum tarihi alanı boş bırakılamaz",
    'deploy --owner "Platform Team" --name "Grace Period"',
    '{"caller":"Argo Rollouts"}',
    "the Kafka Connect worker restarted twice",
    # reviewer rrev's ordinary lines the draft took (R13, R14, R15, R16f, R27)
    "大阪 第二 DC で障害",
    "東京 第一 DC failover done",
    "主键 唯一 constraint violated",
    "Slack 通知 机器人 bot-7 failed",
    "项目 负责人 Zhang",
    '{"name":"Ruby Sidekiq"}',
    '{"customer":"Stella Artois"}',
    '{"client":"Maria DB"}',
    'ferryctl queue create --name "Ruby Sidekiq" --workers 4',
    "INSERT INTO ships (full_name, address) VALUES ('Princess Seaways', 'Pier 3, 24103 Kiel')",
    "Σοφία Αρχείου",
    # after the ship run (narrowings only): firms addressed with 様 (R35), a system account and the epoch (R34)
    "田中 商事 様 宛",
    "日本 郵船 様 (NYK) 入港",
    "佐藤 建設 様 工事",
    "東京 電機 様 保守",
    "INSERT INTO staff (first_name, dob) VALUES ('System', '1970-01-01')",
    '{"first_name":"Anonymous","dob":"1970-01-01"}',
]


@pytest.mark.parametrize(("line", "gone"), FOUND)
def test_personal_data_found_by_structure(line: str, gone: list[str]) -> None:
    out = R.redact(line).text
    for value in gone:
        assert value not in out, out


@pytest.mark.parametrize("line", KEPT)
def test_look_alike_ordinary_text_stays(line: str) -> None:
    assert R.redact(line).text == line


@pytest.mark.parametrize(
    "line",
    [
        # a signature's separators, a legal form or an office's floor between the name and the address: the employer's
        "Anna Weber — Cantabile Strings — Via dei Liutai 3, 26100 Cremona",
        "Anna Weber, Cantabile Strings GmbH, Spinnereistraße 7, 04179 Leipzig",
        "Marcus Lindgren | Senior Agent | Lindgren Talent | 3rd Floor, 41 Great Titchfield Street, London W1W 7PQ",
        # no street-type word: a count, not an address
        "Anna Weber said Partition 12, 20000 Kafka events lagging",
    ],
)
def test_an_employers_address_after_a_name_stays(line: str) -> None:
    out = R.redact(line).text
    assert "<redacted:postal_address>" not in out, out


def test_the_new_rules_leave_a_fixed_point() -> None:
    for line, _ in FOUND:
        once = R.redact(line).text
        assert R.redact(once).text == once


def test_structured_payload_fields_read_with_their_keys() -> None:
    """Review F19: a dict's string leaves are decided as the same record's JSON text is."""
    payload = {"case": "CC-7", "caller": "Oliver Bennett", "dob": "1983-07-19", "postcode": "LS6 2QT",
               "labels": {"surname": "Vosberg", "service": "checkout"}, "replicas": 3}
    counts: Counter = Counter()
    out = R.redact_value(payload, counts)
    assert out == {"case": "CC-7", "caller": "<redacted:person_name>", "dob": "<redacted:date_of_birth>",
                   "postcode": "<redacted:postal_address>",
                   "labels": {"surname": "<redacted:person_name>", "service": "checkout"}, "replicas": 3}
    assert counts == Counter(person_name=2, date_of_birth=1, postal_address=1)
    flat = {k: v for k, v in payload.items() if k != "labels"}
    assert R.redact_value(flat, Counter()) == json.loads(R.redact(json.dumps(flat)).text)


def test_structured_ordinary_fields_stay() -> None:
    payload = {"service": "checkout", "postcode_lookup_enabled": "true", "dob_format": "YYYY-MM-DD",
               "owner": "team-payments", "name": "checkout-api", "caller": "Kafka Connect", "city": "Leipzig",
               "address": "Spinnereistraße 7, 04179 Leipzig", "reporter": "Alertmanager", "port": 8080}
    counts: Counter = Counter()
    assert R.redact_value(payload, counts) == payload
    assert not counts


@pytest.mark.parametrize("line", ["?surname=<redacted:person_name>abc def ->", "then ?surname=<redacted:person_name>TAIL kept?"])
def test_a_value_that_only_starts_with_a_placeholder_stays(line: str) -> None:
    """Review R39: only a name's words joined to a placeholder complete a partly redacted name."""
    assert R.redact(line).text == line


def test_structured_brand_names_stay() -> None:
    """Review R14: a listed given name and a word no list holds is a product's name (`Victoria Metrics`)."""
    payload = {"owner": "Victoria Metrics", "name": "Ruby Sidekiq"}
    assert R.redact_value(payload, Counter()) == payload


def test_classes_turned_off_are_not_asked() -> None:
    r = Redactor(classes={"email", "person_name"})
    payload = {"caller": "Oliver Bennett", "dob": "1983-07-19", "postcode": "LS6 2QT"}
    assert r.redact_value(payload, Counter()) == {"caller": "<redacted:person_name>", "dob": "1983-07-19",
                                                  "postcode": "LS6 2QT"}
    line = "INSERT INTO patients (full_name, date_of_birth) VALUES ('Ingrid Solberg', '1975-05-30');"
    assert "1975-05-30" in r.redact(line).text
