"""Round 27 (rednames3, issue 13): a full name written right beside the personal datum it owns.

Writers of batches 18 and 22-26 give a contact, a customer or a payee as a form does: the full name, then the number,
the address, the id or the account with only a comma, a colon, a bracket or the datum's label between, or the datum
and then the name in brackets; most of those names are in no list. Written in my own words with invented people and
values (no corpus line copied); each positive has an ordinary twin in the same place that must come out as written.
"""

from __future__ import annotations

import pytest

from exporter.privacy.gate import Gate
from exporter.privacy.redaction import Redactor


def through_gate(text: str) -> str:
    return Gate(Redactor()).text(text)


# (text, the name's words that must vanish)
OWNER_BESIDE_DATUM = [
    ("Escalation: Tuvshin Ganbold (+976 9911 4827) takes the night pages", ["Tuvshin", "Ganbold"]),
    ("fallback owner Nkemdirim Ugwuoke, +233 24 418 7730", ["Nkemdirim", "Ugwuoke"]),
    ("CO-4410,2024-11-02,ZW-0042,closed,Tapiwa Chinyanga,+263 77 214 5583", ["Tapiwa", "Chinyanga"]),
    ("Ticket 881: Lemlem Gebremariam email lemlem.g77@gmail.com asked for a refund", ["Lemlem", "Gebremariam"]),
    ("5. Контакт: Зарема Байрамукова, +7 928 411-52-73 (личный)", ["Зарема", "Байрамукова"]),
    ("Резервный дежурный Айдар Мухаметзянов: +7 917 305-22-81", ["Айдар", "Мухаметзянов"]),
    ("для договора: +7 917 305-22-81 (Садыкова Л. Р.)", ["Садыкова"]),
    ("owner Pieter van der Westhuizen +27 82 553 1940 on the hive card", ["Pieter", "Westhuizen"]),
    # after a comma, the datum's own label in the line's language
    ("Оплата клиента Снежана Вълчанова Петрова, тел. +359 888 412 907", ["Снежана", "Вълчанова"]),
    ("Пострадалы: Янiна Карпенка, тэл. +375 29 614-55-12", ["Янiна", "Карпенка"]),
    ("Վարորդ Անի Մելքոնյան, հեռ. +374 91 482 117", ["Անի", "Մելքոնյան"]),
]
# The twins: the same places held by a company's, a product's, a team's or a form's words, which stay.
OWNER_BESIDE_DATUM_ORDINARY = [
    ("Escalation: Platform Team (+976 9911 4827) takes the night pages", "Platform Team"),  # English words
    ("fallback owner Kestrel Support, +233 24 418 7730", "Kestrel Support"),  # a role
    ("CO-4410,2024-11-02,ZW-0042,closed,Test Customer,+263 77 214 5583", "Test Customer"),  # a fixture's words
    ("Ticket 881: Airtel Money +265 991 563 204 asked for a refund", "Airtel Money"),  # a product and a word
    ("Bekannte Kontaktdaten: lemlem.g77@gmail.com, +49 171 2345678", "Bekannte Kontaktdaten"),  # German words
    ("payout IBAN DE89370400440532013000 (Northbeam Removals Ltd)", "Northbeam Removals Ltd"),  # a legal form
    ("T.C. Kimlik No 10000000146, tel +90 532 418 2671", "Kimlik No"),  # a two-letter word is an abbreviation
    ("4471,Ristorante Da Gino,DE89370400440532013000,EUR,1280.00", "Ristorante Da Gino"),
    ("visitor from São Paulo, +55 11 98765-4321", "São Paulo"),  # a saint's place
    ("sent receipt SMS to +44 7842 119306 (Checkout)", "Checkout"),  # one word alone is not read
    ("Fernwick Bot: order FW-1203 confirmed, reply to +44 7842 119306", "Fernwick Bot"),  # not right beside it
    ("Служба Поддержки, тел. +7 917 305-22-81", "Служба Поддержки"),  # common Russian words
    ("Горячая Линия: +7 917 305-22-81", "Горячая Линия"),
    ("Kestrel Support, tel. +27 82 553 1940", "Kestrel Support"),
    # review R1: a place, a site, a carrier or a firm before an office's fixed line, or after an account number
    ("Regional NOC lines: Kuala Lumpur: +60 3 2123 4567", "Kuala Lumpur"),
    ("Escalate to Addis Ababa +251 11 551 2345 if the Nairobi line is busy", "Addis Ababa"),
    ("Москва Сити: +7 495 123-45-67", "Москва Сити"),
    ("Bangkok Silom (+66 2 123 4567)", "Bangkok Silom"),
    ("Equinix Singapore: +65 6431 1234", "Equinix Singapore"),
    ("Backup SIM is on Mtn Uganda +256 772 123456", "Mtn Uganda"),  # a mobile number, but a country's name
    ("Bill to: DE89 3704 0044 0532 0130 00 (Hapag Lloyd)", "Hapag Lloyd"),
    ("Bill to: DE89 3704 0044 0532 0130 00 (Kuehne Nagel)", "Kuehne Nagel"),
    # the same person's words before a fixed line or a number written without its country: its kind is not known
    ("fallback owner Nkemdirim Ugwuoke, +233 30 221 7730", "Nkemdirim Ugwuoke"),
    ("fallback owner Nkemdirim Ugwuoke, 024 418 7730", "Nkemdirim Ugwuoke"),
]


@pytest.mark.parametrize(("text", "words"), OWNER_BESIDE_DATUM)
def test_a_full_name_right_beside_a_persons_datum_is_redacted(text: str, words: list[str]) -> None:
    out = through_gate(text)
    assert "<redacted:person_name>" in out
    for word in words:
        assert word not in out


@pytest.mark.parametrize(("text", "kept"), OWNER_BESIDE_DATUM_ORDINARY)
def test_an_organisations_or_a_forms_words_beside_a_datum_stay(text: str, kept: str) -> None:
    out = through_gate(text)
    assert kept in out
    assert "<redacted:person_name>" not in out


def test_a_name_beside_a_datum_the_gate_keeps_stays() -> None:
    # a freephone number is a company's: nothing personal on the line, so nothing is read beside it
    text = "Callback line: Kestrelbox Lilongwe, 0800 123 4567"
    assert through_gate(text) == text


def test_an_opening_ordinary_word_is_left_out_of_the_name() -> None:
    out = through_gate("Backup Tuvshin Ganbold (+976 9911 4827) takes the night pages")
    assert out.startswith("Backup <redacted:person_name> (")
    assert through_gate("Backup Platform Team (+976 9911 4827) takes the night pages").startswith("Backup Platform Team (")
