"""Round 20, engineer redpii: personal data found by its own shape or by the field it fills, in any script.

Every line here is invented (no corpus line). The scripts are chosen from those no rule was written for and no
corpus batch has (Gujarati, Kannada, Telugu, Lao, Tigrinya, Nepali, Uzbek ...), so a pass here is the rule carrying
to a script it never saw. The phone numbers are `phonenumbers`' example numbers in their regions' national format,
the IBANs' check digits computed with python-stdnum. Each positive is missed by the redactor at the round's start
(`cfa4a42`, checked with bench/redaction.py's `baseline_module`), and each twin is kept both there and here: the
look-alike ordinary text each rule must leave alone.
"""

from __future__ import annotations

from collections import Counter

import pytest

from exporter.privacy.redaction import Redactor
from tests.redaction_probes import assert_new_at_round_start, leaked

R = Redactor()

# (line, what must be gone)
FOUND = [
    # phones in a region's national format after a word of any language (national_phones.py)
    ("ಮೊಬೈಲ್ 0802 123 4567 ಗೆ ಕರೆ ಮಾಡಿ", ["0802 123 4567"]),
    ("ტელეფონი 555 12 34 56", ["555 12 34 56"]),
    ("ໂທ 020 23 123 456 ຫຼັງ 5 ໂມງ", ["020 23 123 456"]),
    ("ስልክ ቁጥሩ 091 123 4567 ነው", ["091 123 4567"]),
    ("Telefon raqami: 91 234 56 78", ["91 234 56 78"]),
    ("mpigie kwa 0621 234 567 kesho", ["0621 234 567"]),
    ("फोन नम्बर ९८४-१२३४५६७", ["९८४-१२३४५६७"]),
    ("APT-1042,NG-LOS-01,2024-11-19T15:00,canine,surgery,0802 123 4567,confirmed", ["0802 123 4567"]),
    # a whole date of a year only a living adult was born in (birth_dates.py)
    ("ልደት፡ 14/02/1987", ["14/02/1987"]),
    ("जन्म मिति १९७९-०८-१५", ["१९७९-०८-१५"]),
    ("születési idő 1985.03.02.", ["1985.03.02"]),
    ("<redacted:person_name>, 03.05.1968, Vorsorge", ["03.05.1968"]),
    # an address's shape after a form's label in any script (labelled_values.py)
    ("સરનામું: 12, ગાંધી રોડ, નવરંગપુરા, અમદાવાદ 380009", ["12, ગાંધી રોડ, નવરંગપુરા, અમદાવાદ 380009"]),
    ("చిరునామా: 5-9-22, అబిడ్స్ రోడ్, హైదరాబాద్ 500001", ["5-9-22, అబిడ్స్ రోడ్, హైదరాబాద్ 500001"]),
    ("ທີ່ຢູ່: ເຮືອນ 45, ບ້ານ ໂພນໄຊ, ເມືອງ ໄຊເສດຖາ", ["ເຮືອນ 45, ບ້ານ ໂພນໄຊ, ເມືອງ ໄຊເສດຖາ"]),
    ("Osoite: Koivukuja 3 A 7, 33100 Tampere", ["Koivukuja 3 A 7, 33100 Tampere"]),
    # an identifying number alone after a label in a language other than English (labelled_values.py)
    ("ಆಧಾರ್ ಸಂಖ್ಯೆ: 2345 6789 0123", ["2345 6789 0123"]),
    ("ባንክ ሒሳብ፡ 1000 4455 6677 2", ["1000 4455 6677 2"]),
    # a name of two to four caseless words filling a form's field (caseless_names.py)
    ("ሽም፡ ሃብቶም ገብረሚካኤል, <redacted:phone>", ["ሃብቶም ገብረሚካኤል"]),
    ("નામ: રમેશ પટેલ, <redacted:email>", ["રમેશ પટેલ"]),
    ("ಸಂಪರ್ಕ: ರಮೇಶ್ ಕುಮಾರ್ (ಅಣ್ಣ), 0802 123 4567", ["ರಮೇಶ್ ಕುಮಾರ್", "0802 123 4567"]),
    # a listed given name or surname and a listed surname filling a field under any language's label (field_names.py)
    ("Doradca: Bartosz Kowalczyk", ["Bartosz Kowalczyk"]),
    ("nombre según DNI: LUCIA FERNANDEZ GARCIA", ["LUCIA FERNANDEZ GARCIA"]),
    ("titular: JOAO PEREIRA SANTOS", ["JOAO PEREIRA SANTOS"]),
    # an IBAN whose ISO check digits hold though the bank's own check does not (redaction_checks.py)
    ("refund to IBAN ES21 2100 0418 4502 0005 1331 please", ["ES21 2100 0418 4502 0005 1331"]),
    ("rekening BE41 5390 0754 7035 van de klant", ["BE41 5390 0754 7035"]),
]

KEPT = [
    # numbers no plan prints so, or where a log, a company or a count stands (national_phones.py)
    "exit code 137 after 14 retries",
    "open ports 8080 9090 on the gateway",
    '"GET /metrics HTTP/1.1" 200 18442 "-" "Prometheus/2.51.2"',
    "Takk for handelen! Fjordline AS, org.nr. 971 403 780 MVA",
    "Installed Microsoft Visual C++ 2015-2022 Redistributable (x64)",
    "processed 12 345 678 rows in 4 batches",
    "rendered 1,240 frames, 198 nodes",
    "backoff 0 10 20 30 40 ms",
    "card ending 4918 2736 4553 declined",
    # dates of this decade, the epoch, a timestamp (birth_dates.py)
    "deployed 2024-11-30, rolled back 01.12.2024",
    "last_login: 1970-01-01 (never)",
    "cert notBefore=2009-03-01T00:00:00Z",
    "release 2019-04-01 is end of life",
    "initial import 2009-06-30 by the platform team",
    "job,1990-01-01,status,ok,retries",
    # fields whose value is ops text, a company's address, an English label's number (labelled_values.py)
    "Open: PayoutsBatchStuck flapped overnight, 3 pages, all auto-resolved",
    "Status: In Progress, assignee team-privacy, due 2024-12-11",
    "Tags: kafka, retries 3, postgres",
    "Vakuutuksenottaja: Fjordline Finland Oy, Mannerheimintie 12, Helsinki",
    "order id: 100042317",
    "AWS account: 123456789012",
    "Open: INC-2291 monitoring, INC-2293 assigned to SRE",
    # a business's address opens with its name, not a number; a company's legal form in the value
    "ທີ່ຢູ່ຈັດສົ່ງ: ບໍລິສັດ ລາວນົມ, ເຮືອນ 45, ວຽງຈັນ",
    "Toimitusosoite: Meijeri Pohjola Oy, Teollisuuskatu 12, 00510 Helsinki",
    # caseless words that are a title or a sentence (caseless_names.py)
    "ตำแหน่ง: นักวิทยาศาสตร์ห้องปฏิบัติการ ตรวจวัดปริมาณไอโอดีนและโลหะหนักในสาหร่าย",
    "ሁኔታ፡ ተፈትቷል",
    "status: running fine",
    # capitalised words filling a field that are English words, or no listed names (field_names.py)
    "Owner: Platform Team",
    "Resolution: Won't Fix",
    "Standort: Kadıköy İstanbul",
    # review R1-R5 (reviewer rev's probes): dates of things in English prose, numbers after Latin-script labels, a
    # status in a caseless script, a rack's place, a ticket's number
    "PostgreSQL 8.3 was released on 2008-02-04; our replica still runs it.",
    "Y2K regression test: 1999-12-31 must roll over without errors.",
    "GPS epoch is 1980-01-06; leap seconds are not applied.",
    "Laiko žyma: 1765012345",
    "Stærð í bætum: 1073741824",
    "Număr comandă: 400123456789",
    "നില: സെർവർ നിലച്ചു",
    "ਸੇਵਾ: ਭੁਗਤਾਨ ਗੇਟਵੇ",
    "Locație server: Rack 12, Hala 3, 077190 Voluntari",
    "Ubicació: Sala 2, Fila 14, Bastidor 7, 08040 Barcelona",
    "ticket 0412 345 678 closed as duplicate",
    "Ukubuyekeza: 0812 1545 (inguqulo entsha)",
    # an IBAN-shaped string whose ISO check digits fail
    "build tag DE00 1234 5678 9012 3456 78",
]


@pytest.mark.parametrize(("line", "gone"), FOUND)
def test_personal_data_found_by_its_shape_or_its_field_in_any_script(line: str, gone: list[str]) -> None:
    assert leaked(R, line, gone) == []


@pytest.mark.parametrize("line", KEPT)
def test_look_alike_ordinary_text_stays(line: str) -> None:
    assert R.redact(line).text == line, "a twin changed"


def test_positives_were_missed_and_twins_kept_at_the_round_start() -> None:
    assert_new_at_round_start("cfa4a42", FOUND, KEPT)


def test_a_found_phone_and_birth_date_are_counted_by_kind() -> None:
    found = R.redact("ტელეფონი 555 12 34 56, დაბადების თარიღი 12.07.1994").counts
    assert found == {"phone": 1, "date_of_birth": 1}


def test_a_dicts_address_is_a_persons_once_its_birth_date_was_redacted_by_shape() -> None:
    out = R.redact_value({"dob": "1979-08-15", "address": "14 Rowan Close, Harrogate HG2 7LP"}, Counter())
    assert out == {"dob": "<redacted:date_of_birth>", "address": "<redacted:postal_address>"}
    kept = {"created": "2024-08-15", "address": "14 Rowan Close, Harrogate HG2 7LP"}
    assert R.redact_value(kept, Counter()) == kept


def test_a_text_of_many_distinct_numbers_reads_at_most_a_few_in_every_plan() -> None:
    """The cost bound (`_MAX_PER_TEXT`): a line of a thousand distinct phone-shaped numbers is read in bounded time;
    the numbers past the budget of one pass are read by the next."""
    import time

    line = " ".join(f"x 0{100 + i % 900} {200 + i % 700} {300 + (i * 7) % 600}" for i in range(1000))
    started = time.process_time()
    R.redact(line)
    assert time.process_time() - started < 5.0


# A campaign's or a batch's line under a label has an address's parts and numbers: a code, a compound word with a
# hyphen then a long number, and a count, a number then a noun (in lower case in a Latin script). Each was read as an
# address by the labelled-address rule before it refused a code's or a count's part (fixpii, issue 13).
CODE_AND_COUNT_LINES = [
    "Envío masivo: Código-Campaña 771204, 3400 destinatarios",
    "SMS-verzending: Actie-Code 551208, 2400 ontvangers",
    "Rozesílka: Kód-Akce 482913, 1200 příjemců",
    "Envoi: lot 482913, 4500 destinataires",
    "კამპანია: SMS-კოდი 482913, 1200 მიმღები",
    "ዘመቻ፡ ኮድ-ዘመቻ 482913፣ 1200 ተቀባዮች",
]
# (the twins: an address whose street is a compound with a hyphen keeps its short house number and its postcode)
HYPHENATED_STREETS = [
    ("სახლი: ვაჟა-ფშაველას გამზირი 45, 0186 თბილისი", ["ვაჟა-ფშაველას გამზირი 45, 0186 თბილისი"]),
    ("მისამართი: ჭავჭავაძე-ქუჩა 12, 0179 თბილისი", ["ჭავჭავაძე-ქუჩა 12, 0179 თბილისი"]),
    ("Osoite: Hämeen-Linnan-tie 14, 33100 Tampere", ["Hämeen-Linnan-tie 14, 33100 Tampere"]),
]


@pytest.mark.parametrize("line", CODE_AND_COUNT_LINES)
def test_a_code_and_a_count_under_a_label_are_no_address(line: str) -> None:
    assert R.redact(line).text == line


@pytest.mark.parametrize(("line", "gone"), HYPHENATED_STREETS)
def test_an_address_on_a_hyphenated_street_is_still_found(line: str, gone: list[str]) -> None:
    assert leaked(R, line, gone) == []
