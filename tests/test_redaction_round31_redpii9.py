"""Round 31 (redpii9, issue 13): a Cyrillic full name told by its surname's form, and a phone written in the +7 zone's
form with the city's own area code beside a person's name.

Written in my own words with invented people, places and numbers (no corpus line copied). Each positive has twins in
the same place that must keep their words: a cup, a theatre, a street or a prize named for a person (the surname's
form in the genitive after a noun), a heading of four capitalised words, a given name that ends like a surname, a
Mongolian genitive, an office's or a hotline's number written the same way. The positives fail on the round start
(`/tmp/r31_start`); the twins pass on both.
"""

from __future__ import annotations

import pytest

from tests.redaction_probes import through_gate

_PERSON = "<redacted:person_name>"
_PHONE = "<redacted:phone>"

# (text, the name that must vanish): two or three capitalised Cyrillic words, the surname of the civil model's form
SURNAME_FORM_NAMES = [
    ("Ответственный: Данияр Жумабаев | Наблюдатель: svc-bot", "Данияр Жумабаев"),
    ("[03.12.2025 09:41] Айсылу Габдрахманова: сервер опять упал", "Айсылу Габдрахманова"),
    ("07:55 Тимерлан Бекмурзаев: подниму реплику после обеда", "Тимерлан Бекмурзаев"),
    ("ticket,Open,High,Эрдни Манджиев,db-oncall,2025-12-03", "Эрдни Манджиев"),
    ("Сегодня Ахмед Бийсолтанов звонил дважды по поводу планшета", "Ахмед Бийсолтанов"),
    ("по заявке: Гульшат Мухаметзянова, паспорт на проверке", "Гульшат Мухаметзянова"),
    ("вложение: Сайфуллина Гузель Ринатовна, скан договора", "Сайфуллина Гузель Ринатовна"),
    ("Клиент Нургуль Абдыкадырова просила перезвонить", "Нургуль Абдыкадырова"),
    ("Контакт за поддршка: Билјана Пејковска, канцеларија 3", "Билјана Пејковска"),
    ("Дзвонив Остап Кравчук щодо повернення коштів", "Остап Кравчук"),
]
# The twins: the same places with a noun's genitive, a street, a heading, a given name, a team or a Mongolian genitive.
SURNAME_FORM_KEPT = [
    "Кубок Гагарина перенесли на весну",  # the cup of a man: a feminine form after a common noun is a genitive
    "Театр Вахтангова закрыт на ремонт",
    "Офис переехал: ул. Юрия Гагарина, 14, третий этаж",  # a street named for a person
    "Премия имени Андрея Сахарова вручена вчера",
    "Сомелье Ирина приедет к обеду",  # a given name ends like a surname
    "Монгол Улсын иргэн бүртгэлтэй",  # Mongolian: of the state of Mongolia
    "Главный Инженер Проекта Иванов подписал акт",  # four capitalised words: a heading or a title
    "[09:40] Служба поддержки: тикет закрыт",
    "[10:00] Ночной Дозор: бэкап завершён",
    "Магазин Московская, 12 открыт до девяти",
]


@pytest.mark.parametrize(("text", "name"), SURNAME_FORM_NAMES)
def test_a_cyrillic_full_name_is_told_by_its_surnames_form(text: str, name: str) -> None:
    out = through_gate(text)
    assert name not in out
    assert _PERSON in out


@pytest.mark.parametrize("text", SURNAME_FORM_KEPT)
def test_a_genitive_a_street_a_heading_or_a_given_name_of_that_form_stays(text: str) -> None:
    assert through_gate(text) == text


# (text, the number that must vanish): a person named before it on its line
BRACKETED_AREA_PHONES = [
    ("Дежурный: Ренат Исмагилов, тел. 8 (8552) 31-47-06", "8 (8552) 31-47-06"),
    ("Руслан Тхагапсоев просил звонить на 8 (928) 714-22-05 после шести", "8 (928) 714-22-05"),
    ("| Данияр Жумабаев | 8 (7172) 55-13-90 |", "8 (7172) 55-13-90"),
]
# The twins: an office's and a hotline's numbers written the same way, a number of no region's plan, a formula.
BRACKETED_AREA_PHONES_KEPT = [
    "Отдел кадров, тел. 8 (8552) 30-00-00",  # no person named before it: an office's line
    "Горячая линия: Ренат Исмагилов дежурит, 8 (800) 555-01-01",  # a number the plan gives a service (free to call)
    "Ренат Исмагилов: retry 3 (500) 200-10-10",  # no region writes its trunk 3 before a bracketed code
    "Ренат Исмагилов: 8 (1234) 56-78-90",  # no valid number
]


@pytest.mark.parametrize(("text", "number"), BRACKETED_AREA_PHONES)
def test_a_phone_with_the_citys_bracketed_code_beside_a_person_is_redacted(text: str, number: str) -> None:
    out = through_gate(text)
    assert number not in out
    assert _PHONE in out


@pytest.mark.parametrize("text", BRACKETED_AREA_PHONES_KEPT)
def test_an_office_a_hotline_or_no_plans_number_stays(text: str) -> None:
    out = through_gate(text)
    assert _PHONE not in out
    assert text.split()[-1] in out


# Review R2 of round 30 (redpii8, Low, left open): a firm named for its founders after a time is read as a speaker,
# as the round start reads it after a 24-hour time. No general reading tells a firm of two listed names from a person
# in the speaker column without a list of firms; kept as a strict xfail.
@pytest.mark.xfail(strict=True, reason="round 30 review R2, left open: a firm named for its founders reads as a person")
@pytest.mark.parametrize("text", ["7:15 PM Morgan Stanley: wire confirmed", "14:20 Morgan Stanley: wire confirmed"])
def test_a_firm_after_a_time_is_no_speaker(text: str) -> None:
    assert through_gate(text) == text
