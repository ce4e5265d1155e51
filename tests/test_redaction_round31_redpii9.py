"""Round 31 (redpii9, issue 13): a Cyrillic full name told by its surname's form, and a phone written in the +7 zone's
form with the city's own area code beside a person's name.

Written in my own words with invented people, places and numbers (no corpus line copied). Each positive has twins in
the same place that must keep their words: a cup, a theatre, a street or a prize named for a person (the surname's
form in the genitive after a noun), a heading of four capitalised words, a given name that ends like a surname, a
Mongolian genitive, an office's or a hotline's number written the same way. The positives fail on the round start
(`/tmp/r31_start`); the twins pass on both.

**Reverted** by the ship rule (clause 1: PII +8 lines pooled, under the plan's bar of +10; clause 6: two lines newly
over 1.10x their round-start time pooled): `exporter/` is the round start's, the positives are strict xfails naming the
clauses, the twins (the reviewers' inputs among them) pass.
"""

from __future__ import annotations

import pytest

from tests.redaction_probes import through_gate

_PERSON = "<redacted:person_name>"
_PHONE = "<redacted:phone>"

# (text, the name that must vanish): a given name and a surname of the civil model's form where a person stands (a
# chat line's speaker, a field's value, a cell), or anywhere with a patronymic or a listed given name
SURNAME_FORM_NAMES = [
    ("Ответственный: Зульфия Жумабаева | Наблюдатель: svc-bot", "Зульфия Жумабаева"),
    ("[03.12.2025 09:41] Гульнара Габдрахманова: сервер опять упал", "Гульнара Габдрахманова"),
    ("ticket,Open,High,Эрдни Мельничук,db-oncall,2025-12-03", "Эрдни Мельничук"),
    ("по заявке: Айгуль Мухаметзянова, паспорт на проверке", "Айгуль Мухаметзянова"),
    ("вложение: Сайфуллина Гузель Ринатовна, скан договора", "Сайфуллина Гузель Ринатовна"),
    ("Сегодня Руслан Бийсолтанов звонил дважды по поводу планшета", "Руслан Бийсолтанов"),
    ("Вчора дзвонив Остап Кравчук щодо повернення коштів", "Остап Кравчук"),
    ("Клиент Нургуль Абдыкадырова просила перезвонить", "Нургуль Абдыкадырова"),
]
# The twins: a noun's genitive, an ordinary word of the form, a place's adjective, a street, a heading, a given name,
# a Mongolian genitive; reviews R1 and R2 (Title Case labels, roles, sites and products), and a pair of unlisted
# words in prose, where nothing says a person stands.
SURNAME_FORM_KEPT = [
    "Кубок Гагарина перенесли на весну",
    "Театр Вахтангова закрыт на ремонт",
    "Офис переехал: ул. Юрия Гагарина, 14, третий этаж",
    "Премия имени Андрея Сахарова вручена вчера",
    "Сомелье Ирина приедет к обеду",
    "Монгол Улсын иргэн бүртгэлтэй",
    "Главный Инженер Проекта Иванов подписал акт",
    "[09:40] Служба поддержки: тикет закрыт",
    "[10:00] Ночной Дозор: бэкап завершён",
    "Магазин Московская, 12 открыт до девяти",
    "Статус Деплоев: 3 упали, см. пайплайн",  # R1: a genitive plural in a Title Case label
    "Мониторинг Серверов отдаёт 502",
    "alert summary: Много Рестартов Подов в prod",
    "Статус Бэкапов: ок",
    "[10:12] Главный Админ: перезапустил nginx",  # R2: a role in the speaker column
    "Установили Плагин Логин через SSO",
    "Площадка Королёв недоступна с 03:10",
    "Антивирус Касперский блокирует node_exporter",
    "Клиент из Република Српска жалуется",
    "Филиал Московский: касса не отвечает",
    "Сервер Тамбов выдаёт 500",
    "Клиент Айбике Абдыкадырова просила перезвонить",  # a pair of unlisted words in prose: nothing says a person
    # R1's re-check: a genitive plural or a feminine -ина genitive after an unlisted noun where a person also stands
    "Панель: Мониторинг Серверов",
    "prod;Ротация Логов;ok",
    "| Ротация Логов | ок |",
    "[10:12] Бот Алертов: FIRING HighCPU",
    "[10:12] Мониторинг Кластеров: 3 ноды недоступны",
    "Задача: Смена Логина",
]


# Review R1 (High): a masculine `-ов/-ев` surname after a given name no list holds has the letters of a noun's genitive
# plural (`Бот Алертов`), so it is not read even where a person stands. Kept as strict xfails (a person's name missed).
MASCULINE_UNLISTED = [
    ("07:55 Тимерлан Бекмурзаев: подниму реплику после обеда", "Тимерлан Бекмурзаев"),
    ("ticket,Open,High,Эрдни Манджиев,db-oncall,2025-12-03", "Эрдни Манджиев"),
]


@pytest.mark.xfail(strict=True, reason="review R1: a masculine -ов/-ев after an unlisted given name reads as a genitive")
@pytest.mark.parametrize(("text", "name"), MASCULINE_UNLISTED)
def test_a_masculine_surname_after_an_unlisted_given_name_is_missed(text: str, name: str) -> None:
    assert name not in through_gate(text)


@pytest.mark.xfail(strict=True, reason="reverted by the ship rule: clause 1 (PII +8 pooled under the bar of +10) and "
                   "clause 6 (two lines newly over 1.10x pooled); bench/plans/redpii9.md")
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
    ("Руслан Тхагапсоев, 8 (928) 714-22-05 после шести", "8 (928) 714-22-05"),
    ("Данияр Жумабаев, моб. 8 (7172) 55-13-90", "8 (7172) 55-13-90"),
]
# The twins: an office's and a hotline's numbers written the same way, a number of no region's plan, a desk's number
# a named speaker pastes (review R4).
BRACKETED_AREA_PHONES_KEPT = [
    "Тимур Валиев: дежурная часть 8 (3452) 22-33-44",
    "Отдел кадров, тел. 8 (8552) 30-00-00",  # no person named before it: an office's line
    "Горячая линия: Ренат Исмагилов дежурит, 8 (800) 555-01-01",  # a number the plan gives a service (free to call)
    "Ренат Исмагилов: retry 3 (500) 200-10-10",  # no region writes its trunk 3 before a bracketed code
    "Ренат Исмагилов: 8 (1234) 56-78-90",  # no valid number
]


@pytest.mark.xfail(strict=True, reason="reverted by the ship rule: clause 1 (PII +8 pooled under the bar of +10) and "
                   "clause 6 (two lines newly over 1.10x pooled); bench/plans/redpii9.md")
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


# Review R3 (High, fixed by reverting b37c93a): a name, then a team, a service and a numbered part, is no address.
NAME_THEN_TEAM = [
    ("Owner: Jane Doe, SRE, Platform, ext 4412", "SRE, Platform, ext 4412"),
    ("Assignee: Maria Schmidt, Payments, Checkout, sprint 14", "Payments, Checkout, sprint 14"),
    ("Дежурный: Тимур Валиев, Платформа, Биллинг, смена 2", "Платформа, Биллинг, смена 2"),
]


@pytest.mark.parametrize(("text", "kept"), NAME_THEN_TEAM)
def test_a_team_and_a_service_after_a_name_stay(text: str, kept: str) -> None:
    assert kept in through_gate(text)


# Review R2 of round 30 (redpii8, Low, left open): a firm named for its founders after a time is read as a speaker,
# as the round start reads it after a 24-hour time. No general reading tells a firm of two listed names from a person
# in the speaker column without a list of firms; kept as a strict xfail.
@pytest.mark.xfail(strict=True, reason="round 30 review R2, left open: a firm named for its founders reads as a person")
@pytest.mark.parametrize("text", ["7:15 PM Morgan Stanley: wire confirmed", "14:20 Morgan Stanley: wire confirmed"])
def test_a_firm_after_a_time_is_no_speaker(text: str) -> None:
    assert through_gate(text) == text
