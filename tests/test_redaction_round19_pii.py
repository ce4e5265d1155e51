"""Round 19, engineer pii: personal data in the scripts and schemes a new writer brings, and a found person everywhere.

Every line here is invented (no corpus line; the names are Faker's list entries or common ones, the ids computed
with python-stdnum's check digits). Each positive is missed by the redactor at the round's start (`25202b0`,
checked with bench/redaction.py's `baseline_module` in `test_positives_were_missed_at_the_round_start`), and each
twin is kept both there and here: the look-alike ordinary text each rule must leave alone.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from exporter.privacy.redaction import Redactor
from tests.redaction_probes import assert_new_at_round_start, leaked

R = Redactor()

# (line, what must be gone)
FOUND = [
    # ids under their own country's name, in its own script, checked by python-stdnum (identity_numbers.py)
    ("고객 주민등록번호 900101-1234568 확인 필요", ["900101-1234568"]),
    ("מספר תעודת זהות של הלקוח: 000000018", ["000000018"]),
    ("เลขประจำตัวประชาชน 1-1018-00000-00-3", ["1-1018-00000-00-3"]),
    ("ІПН клієнта: 3141592650", ["3141592650"]),
    ("СНИЛС сотрудника: 112-233-445 95", ["112-233-445 95"]),
    ("身份证号：11010519491231002X", ["11010519491231002X"]),
    ("رقم الهوية: 1000000008", ["1000000008"]),
    ("Steuer-ID des Mitarbeiters lautet 65 258 743 017", ["65 258 743 017"]),
    ("N° de sécurité sociale (assurée) : 2 84 05 75 123 456 72", ["2 84 05 75 123 456 72"]),
    ("Kontonummer: 8601.11.17947", ["8601.11.17947"]),
    ("आधार संख्या 2341 2341 2346", ["2341 2341 2346"]),
    ("Паспорт клиента: 45 08 123456", ["45 08 123456"]),
    # an id after words in the same run and after an aside (the pick's new starts)
    ("my National Insurance number is PL 48 21 93 C", ["PL 48 21 93 C"]),
    # phones after a phone word of another language or script, read in that language's region first
    ("휴대폰 010-2345-6789 로 연락 주세요", ["010-2345-6789"]),
    ("מספר הטלפון שלי 052-1234567", ["052-1234567"]),
    ("Portable : 06 12 34 56 78", ["06 12 34 56 78"]),
    ("Telefoon: 06-12345678", ["06-12345678"]),
    ("联系电话 139 1234 5678", ["139 1234 5678"]),
    ("if the site is down text me at 412 34 567", ["412 34 567"]),
    # names in their own script, by their locale's lists (native_names.py)
    ("ПІБ: Шевченко Тарас Григорович", ["Шевченко Тарас Григорович"]),
    ("клиент Иван Петров жалуется на задержку", ["Иван Петров"]),
    ("שמי יעל כהן ואני מנהלת הרכש", ["יעל כהן"]),
    ("नाम: राहुल शर्मा", ["राहुल शर्मा"]),
    ("ชื่อ: นางสาวสุภาพร ใจดี", ["สุภาพร ใจดี"]),
    ("담당자: 김민준 대리", ["김민준"]),
    ("联系人：李娜，电话见附件", ["李娜"]),
    ("يرجى إرسال الفاتورة باسم مريم العتيبي", ["مريم العتيبي"]),
    # addresses under a home or delivery label of another language or script (native_addresses.py)
    ("배송지: 서울특별시 강남구 테헤란로 152, 1203호", ["서울특별시 강남구 테헤란로 152, 1203호"]),
    ("כתובת למשלוח: רחוב הרצל 12, חיפה", ["רחוב הרצל 12, חיפה"]),
    ("收货地址：北京市朝阳区建国路 88 号", ["北京市朝阳区建国路 88 号"]),
    ("Адрес доставки: ул. Ленина 5, кв. 3, Казань", ["ул. Ленина 5, кв. 3, Казань"]),
    # a US street address right after a person's name (street_addresses.py)
    ("Ship the badge to Jane Morrison, 1234 Elm St, Springfield, IL 62704 by Friday", ["1234 Elm St, Springfield"]),
    ("customer Jane Morrison lives at 55 Oak Ave. Apt 4, Portland, OR 97205-1234", ["55 Oak Ave. Apt 4"]),
    # an id further after its label (64 characters read, was 48); a delivery address after its label
    ("Mijn BSN is helaas op de pakbon van vorige week afgedrukt: 111222333", ["111222333"]),
    ("Caller: the delivery address is 14 Rowan Close, Harrogate HG2 7LP.", ["14 Rowan Close, Harrogate HG2 7LP"]),
    ("Dirección de envío: Calle Mayor 12, 2º B, 28013 Madrid", ["Calle Mayor 12, 2º B, 28013 Madrid"]),
    ("Adres do wysyłki paczki: ul. Długa 14/3, 80-827 Gdańsk", ["ul. Długa 14/3, 80-827 Gdańsk"]),
    ("If nobody answers, call Ann Lee at home on 0113 496 0718.", ["0113 496 0718"]),
    # review R57: a site's word in a street's name, a flat: a home's address under a delivery label
    ("Delivery address: 12 Gate Lane, Kendal LA9 4QT", ["12 Gate Lane, Kendal LA9 4QT"]),
    ("Lieferadresse: Am Tor 5, 10119 Berlin", ["Am Tor 5, 10119 Berlin"]),
    ("Адрес доставки: ул. Складская 4, кв. 12, Москва", ["ул. Складская 4, кв. 12, Москва"]),
    # a birth date a person writes of themselves in German; git's identity
    ("Geboren bin ich am 03.05.1971 in Kiel.", ["03.05.1971"]),
    ("user.email = <redacted:email>, user.name = Sanne Wit", ["Sanne Wit"]),
]

# Ordinary lines that stay as written, here and at the round's start.
KEPT = [
    # id words with a number that fails the scheme's check, or a word that is no id's name
    "주민등록번호 필드 검증 로직 1234 줄 수정",
    "מספר תעודת זהות 123456789 נכשל בבדיקה",
    "СНИЛС 112-233-445 96 не проходит проверку",
    "Kontonummer 1234.56.78901 ist ungültig",
    "Паспорт сервиса обновлён до версии 2",
    "the Steuer-ID field moved to tab 3",
    "NIR (numéro) 12345 is no id",
    # phone words before what is no phone
    "휴대폰 앱 버전 3.2.1 배포 완료",
    "Portable build 2024.06 is out",
    "text me at noon, the runbook is at step 12",
    "Telefoon app crashte 3 keer",
    # words in other scripts that are also names, alone or beside an ordinary word; labels over prose
    "Вера в успех релиза 2.0",
    "Роман прочитан, сервис перезапущен",
    "ПІБ: поле обовʼязкове для заповнення форми",
    "नाम: सर्वर का नाम बदलें और फिर से चलाएँ",
    "باسم الشركة المحدودة للتقنية",
    "联系人：运维部值班",
    "담당자: 미정",
    "서버 이름 변경",
    # address labels over a machine's address, or a bare address word
    "Адрес сервера: стойка 12, ряд 4",
    "Статус: адрес: стойка 12, ряд 4",
    "服务器地址：db-01.internal:5432",
    "배송지: https://shop.example.kr/track/12",
    "Адреса в Норвегії: див. вікі",
    "Mijn BSN is helaas op de pakbon van vorige week afgedrukt: 111222334",
    "the delivery address is validated by the geo service",
    "Delivery address: Acme Ltd, 5 Market Street, Leeds LS1 4AP",
    "Lieferadresse: Werkstatt Nord GmbH, Strandgaten 15, 5013 Bergen",
    "Dirección de envío ahora se valida en el checkout",
    "call home on Friday, the 2024 roadmap is on page 3",
    # review R41, R44: a delivery label or a bare address label over a site (a warehouse, a dock, a gate)
    "delivery address: Dock 3, Building C",
    "delivery address: Warehouse 4, Gate 12 (use the side entrance)",
    "Lieferadresse: Lager 2, Tor 5",
    "Adres do wysyłki: Hala 3, brama 12",
    "Teslimat adresi: Depo 2, Kapı 5",
    "adresse de livraison : Quai 4, Entrepôt B",
    "Адрес: склад 4, ворота 12",
    "Адрес доставки: склад 4, рампа 2",
    "כתובת: מחסן 4, שער 12",
    "पता: गोदाम 4, गेट 12",
    "ที่อยู่: คลังสินค้า 4 ประตู 12",
    "收货地址：仓库4号门12",
    "배송지: 물류센터 4동 12번 게이트",
    # review R43: a batch's, a cow's or a site's passport (a certificate)
    "Паспорт партии молока: 2026113004",
    "паспорт качества: 4471202611",
    "ветеринарный паспорт: RU2026113004",
    "Паспорт объекта: ABC123456",
    # review R47: a field's label before another thing's number
    "Steuer-ID Feld in Version 4.13 hinzugefügt, Build 65258743017",
    "sin(x) = 0.5 for x = 30 degrees; nir value 2840575115037 52",
    "PESEL walidacja poprawiona w wersji 44051401359",
    "BSN veld toegevoegd in release 123456782",
    "Aadhaar masking added in release 2345 6789 0124",
    # review R58: a team, a shop, a dish, a brand or a company after a name label
    "담당자: 정보팀",
    "이름: 김치찌개",
    "고객명: 한국우유",
    "联系人：王府井店",
    "收件人：李宁公司",
    "收货人：金龙鱼",
    "الاسم: مستودع الرياض",
    "الاسم: شركة الحليب",
    # review R60: the bare word for "name" after another noun names a product, a file, a team, a village
    "제품 이름: 우유",
    "파일 이름: 정산서",
    "팀 이름: 정보팀",
    "गाँव का नाम: राम नगर",
    "कंपनी का नाम: राधा डेयरी",
    # review R44, R51 (recheck): a company's registered address, an office; a freephone, an office's line
    "ТОВ «Молокозавод», адреса реєстрації: вул. Шевченка 12, Київ",
    "адрес в Москве: ул. Ленина 4, офис 12",
    "телефон: 8 800 555 35 35",
    "โทรศัพท์ 02-123-4567 (สำนักงาน)",
    # review R63, R64: a business's address under a delivery label; an order, a form or a version under an address label
    "Delivery address: Bergmoor Creamery, 1 Dairy Way, Kendal LA9 6BT",
    "Delivery address: Unit 4, Mintsfeet Industrial Estate, Kendal LA9 6NH",
    "Lieferadresse: Molkerei Bergmoor, Industriestraße 12, 04109 Leipzig",
    "收货地址：光明乳业有限公司，上海市闵行区吴中路12号",
    "Адрес доставки: ООО «Молоко», ул. Ленина 4, Москва",
    "כתובת למשלוח: תנובה, רחוב הרצל 12, תל אביב",
    "عنوان التسليم: شركة المراعي، طريق الملك فهد 12، الرياض",
    "Адрес доставки: см. заказ 4471",
    "收货地址：见订单4471",
    "배송지: 주문서 4471 참고",
    "घर का पता: फॉर्म 12 देखें",
    "Адрес: версия 4.13 не поддерживает",
    # review R50, R51: a bot's commit identity; a date or a company's line after a phone word
    "user.name = Bergmoor Build Bot",
    "call home 2026-11-30",
    "Text us 2026 11 30 for the schedule",
    "text us at 0800 123 4567 for the farm shop",
    "电话：010-12345678（总机）",
    # a company's US address with no person before it, a rack position
    "Acme Corp, 1234 Elm St, Springfield, IL 62704",
    "Geboren bin ich in Kiel, umgezogen am 03.05.2019.",
    "service.name = Payment Gateway",
    "user.name = github-actions[bot]",
]


@pytest.mark.parametrize(("line", "gone"), FOUND)
def test_personal_data_in_other_scripts_and_schemes(line: str, gone: list[str]) -> None:
    assert leaked(R, line, gone) == []


@pytest.mark.parametrize("line", KEPT)
def test_look_alike_ordinary_text_stays(line: str) -> None:
    assert R.redact(line).text == line, "a twin changed"


def test_positives_were_missed_and_twins_kept_at_the_round_start() -> None:
    assert_new_at_round_start("25202b0", FOUND, KEPT)


# --- review R33: a person found once is redacted everywhere in the same payload ----------------------------


def test_a_name_found_by_its_key_is_redacted_in_the_payloads_other_fields() -> None:
    payload = {"customer": "Mehmet Öztürk", "summary": "refund for Mehmet Öztürk stuck",
               "history": [{"note": "Mehmet Öztürk called twice"}]}
    counts: Counter = Counter()
    out = R.redact_value(payload, counts)
    assert "Öztürk" not in json.dumps(out, ensure_ascii=False)
    assert out["summary"] == "refund for <redacted:person_name> stuck"
    assert counts["person_name"] == 3


@pytest.mark.parametrize("payload", [
    # review R42: a surname alone elsewhere is often a town, a breed or a word of another language
    {"customer": "Ruth Kendal", "route": "Kendal depot, 5 tanks"},
    {"customer": "Lewis Hamilton", "note": "Hamilton depot closed"},
    {"customer": "Emma Holstein", "note": "Holstein Friesian herd is fine"},
    {"contact_name": "Ömer Çiftçi", "note": "Çiftçi kooperatifi toplantısı"},
    # review R61: a given name alone is often a place
    {"customer": "Georgia Brown", "note": "The Georgia depot ships cheese to Tbilisi."},
    {"customer": "India Jones", "note": "India export licence renewed."},
])
def test_a_found_surname_alone_elsewhere_stays(payload: dict) -> None:
    out = R.redact_value(payload, Counter())
    other = [k for k in payload if k not in ("customer", "contact_name")][0]
    assert out[other] == payload[other]


def test_a_payload_without_a_found_name_keeps_its_words() -> None:
    payload = {"service": "Mehmet", "summary": "refund for Mehmet stuck"}
    assert R.redact_value(payload, Counter()) == payload


def test_a_name_found_in_a_text_is_redacted_where_it_stands_alone_in_it() -> None:
    out = R.redact('{"caller": "Mehmet Öztürk"} then retry for Mehmet Öztürk later').text
    assert "Öztürk" not in out
    assert R.redact('{"caller": "Mehmet Öztürk"} then retry for Mehmet later').text.endswith("for Mehmet later")


# --- review R34: national ids under their own key when the payload is data ----------------------------------


@pytest.mark.parametrize(("key", "value"), [("tckn", "10000000146"), ("ssn", "536-22-8761"),
                                            ("national_id", "111222333"), ("bsn", "111222333")])
def test_a_checked_id_under_its_key_as_data_and_as_text(key: str, value: str) -> None:
    payload = {key: value, "note": "x"}
    assert R.redact_value(payload, Counter())[key] == "<redacted:national_id>"
    assert value not in R.redact(json.dumps(payload)).text


@pytest.mark.parametrize(("key", "value"), [("ssn", "000-00-0000"), ("tckn", "00000000000"), ("national_id", "12"),
                                            ("tax_id", "DE123456789"), ("tax_id", "123456782"), ("tax_id", "47-1234567"),
                                            ("id_number", "467171638"), ("rrn", "123456789012"), ("bsn", "111222334"),
                                            ("id_number", "ORD-2024-77")])
def test_a_value_under_an_id_key_that_fails_every_check_stays(key: str, value: str) -> None:
    payload = {key: value}
    assert R.redact_value(payload, Counter()) == payload
