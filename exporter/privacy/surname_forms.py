"""A full name in Cyrillic told by its surname's form where a person stands, the given name in no list (issue 13,
round 31).

Names registered on the Russian (Soviet) civil model carry a surname of a few endings whatever the bearer's language:
`-ов/-ев/-ёв/-ин` (feminine with `-а`), `-ович/-евич`, `-чук/-юк`, `-енко`. Writers 21-31 name people of a dozen
languages so (Komi `Николай Игушев`, Kumyk `Зарема Алиева`, Sakha `Айаал Саввинов`, Bashkir `Айгөл Хәйруллина`,
Kalmyk `Бадма Очиров`, Udmurt `Ондрей Корепанов`), and their given names are in no list `native_names` reads.

The same endings are a Russian noun's genitive (`Мониторинг Серверов`, `Кубок Гагарина`) and part of ordinary words
(`Главный Админ`, `Плагин Логин`), which Title Case labels write capitalised (review R1, R2); the adjective endings
`-ский/-ская` (`Филиал Московский`, `Република Српска`) are read by no form here. So the form is read only where a
person stands in the artefact, or with a second sign of a name:
- a chat line's speaker, after the clock at a line's start and before the colon (`[27.11.2025 10:04] Ахмед Мусаев:`);
- a field's whole value, after a label's colon or a cell's bar, to a comma, a semicolon, a bar or the line's end
  (`Исполнитель: Ольга Канева |`, `Эскалация: Айгөл Хәйруллина, +7 ...`), or a delimited cell (`,Зелимхан Мусаев,`);
- anywhere, three words with a patronymic (`Канева Ольга Петровна`, `Ольга Петровна Канева`), or a pair whose first
  word is a listed given name (`Светлана Пантелеева`).
Where a person stands, a pair whose first word is in no list needs the feminine agreement of a given name in `-а/-я`
and a surname in `-ова/-ева` (`Зарема Алиева`, `Сардаана Иванова`), or a surname no noun's genitive ends with
(`-енко`, `-чук`, `-юк`, `-ович`: `Богдана Ткаченко`): a masculine `-ов/-ев/-ин` or a feminine `-ина`
after an unlisted word has the letters of a noun's genitive in a job's, a panel's or a bot's name, which stand in the
same places (`Панель: Мониторинг Серверов`, `[10:12] Бот Алертов:`, `Задача: Смена Логина`; review R1).
A run of three opened by a common word or a sentence's first word is read as the pair after it (`Сегодня Руслан
Бийсолтанов`). The first word of a pair is never a common Russian word that is no listed given name (`Главный`, `Статус`, `Город`),
nor of the surname's form itself (`Рестартов Подов`). A street's or a dedication's name stays (`ул. Юрия Гагарина`),
and a name that opens a labelled address is left to the address's rule, which takes both (`хэрэглэгшэ: Дулма
Бадмаева, Улаан-Үдэ, Ключевская үйлсэ, 58`).

Bounded patterns and set look-ups, a look at most 40 characters before the run: a line is read in linear time.
"""

from __future__ import annotations

import re

from exporter.privacy.data_owner_names import _russian_words
from exporter.privacy.labelled_values import opens_labelled_address
from exporter.privacy.native_names import _lists
from exporter.privacy.rule_engine import Span

_CYR = "\u0400-\u04ff"
_UP = "".join(chr(c) for c in range(0x400, 0x500) if chr(c).isupper())
_LO = "".join(chr(c) for c in range(0x400, 0x500) if chr(c).islower())
_WORD = rf"[{_UP}][{_LO}]+(?:-[{_UP}]?[{_LO}]+)?"
# Two or three capitalised Cyrillic words, not inside a word or a dotted abbreviation.
SURNAME_FORM_NAME = rf"(?<![{_CYR}\w.-])(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,2}})(?![{_CYR}\w-])"
_GATE = re.compile(rf"[{_UP}][{_LO}]+[ \t]+[{_UP}]")


def surname_form_gate(text: str) -> bool:
    return not text.isascii() and _GATE.search(text) is not None


_SURNAME = re.compile(r"(?:[оеё]в|ин)а?$|[ое]вич$|чук$|юк$|енко$")
_FEMININE = re.compile(r"[оеё]ва$")
_NO_GENITIVE = re.compile(r"[ое]вич$|чук$|юк$|енко$")
_PATRONYMIC = re.compile(r"(?:[ое]вн|ичн)а$|[ое]вич$")
_SHORTEST_SURNAME = 4
# The word before a street's or a place's name given for a person (`ул. Юрия Гагарина`, `проспект Мира`, `имени`).
_STREET_BEFORE = re.compile(
    r"(?:^|[^\w])(?:ул|улица|пр|просп|проспект|пр-т|пер|переулок|пл|площадь|б-р|бульвар|наб|набережная|шоссе|ш"
    r"|мкр|проезд|им|имени|вул|вулиця)\.?[ \t]+\Z",
    re.I,
)
_CAPITALISED_AFTER = re.compile(rf"[ \t]+[{_UP}][{_LO}]")
# Where a person stands: the speaker column (a clock at the line's start, the day before it, a dash after a bare one),
# a field's value after a label's colon or a bar, a delimited cell; and what must follow each.
_CLOCK = r"\d{1,2}[:.]\d\d(?:[:.]\d\d)?"
_DAY = r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?[ \t]+"
_SPEAKER_BEFORE = re.compile(rf"(?:^|\n)[ \t]*(?:\[(?:{_DAY})?{_CLOCK}\]|(?:{_DAY})?{_CLOCK}(?:[ \t]+[-–])?)[ \t]+\Z")
_FIELD_BEFORE = re.compile(r"(?:(?<=[^\W\d_])[:：]|[|,;\t])[ \t]*\"?\Z")
_SPEAKER_AFTER = re.compile(r"[ \t]*:")
_FIELD_AFTER = re.compile(r"\"?[ \t]*(?:[,;|\t]|\n|\Z)")


def _given(word: str) -> bool:
    return word in _lists("cyr")[0]


def _common(word: str) -> bool:
    """A common Russian word that is no listed given name: what a heading, a firm or a place is made of."""
    return word.lower() in _russian_words() and not _given(word)


def _surname(word: str) -> bool:
    return (len(word) >= _SHORTEST_SURNAME and _SURNAME.search(word) is not None and not _given(word)
            and not _common(word))


def _patronymic(word: str) -> bool:
    return _PATRONYMIC.search(word) is not None


def _pair(words: list[str], place: bool) -> bool:
    """A given name and a surname of the form: the first word no common word and not of the form itself, and a given
    name by some sign: listed, or, where a person stands, a feminine given name's `-а/-я` agreeing with a feminine
    `-ова/-ева` surname (`Зарема Алиева`). A masculine `-ов/-ев/-ин` or a feminine `-ина` after an unlisted word has the
    letters of a noun's genitive (`Ротация Логов`, `Бот Алертов`, `Смена Логина`: review R1), and stays."""
    first, last = words
    if not _surname(last) or len(first) < 3 or _common(first) or _SURNAME.search(first) is not None:
        return False
    if _given(first):
        return True
    if not place:
        return False
    # (`-енко`, `-чук`, `-юк`, `-ович` end no noun's genitive: `[07:45] Богдана Ткаченко:`)
    return _NO_GENITIVE.search(last) is not None or (_FEMININE.search(last) is not None and first[-1] in "ая")


def _with_patronymic(words: list[str]) -> bool:
    return (_patronymic(words[1]) and _surname(words[2])) or (_surname(words[0]) and _patronymic(words[2]))


def _opens_sentence(before: str) -> bool:
    """Whether a word after `before` opens its sentence, so its capital says nothing (`Дзвонив Остап Кравчук`)."""
    before = before.rstrip(" \t")
    return not before or before[-1] in "\n.!?;—–"


def _in_a_persons_place(text: str, a: int, b: int) -> bool:
    before = text[max(0, a - 40) : a]
    if _SPEAKER_BEFORE.search(before):
        return _SPEAKER_AFTER.match(text, b) is not None
    return _FIELD_BEFORE.search(before) is not None and _FIELD_AFTER.match(text, b) is not None


def pick_surname_form_name(m: re.Match, text: str, floor: int) -> Span | None:
    a, b = m.span("name")
    if _CAPITALISED_AFTER.match(text, b):
        return None  # a run of four capitalised words or more: a heading or a title
    before = text[max(0, a - 16) : a]
    if re.search(rf"[{_UP}][{_LO}]+[ \t]+\Z", before) or _STREET_BEFORE.search(before):
        return None  # (the run's end after an earlier match; a street named for a person)
    words = m["name"].split()
    if len(words) == 3:
        if _with_patronymic(words):
            return a, b
        if not (_common(words[0]) or _opens_sentence(before)):
            return None
        a = text.index(words[1], a)  # (`Сегодня Руслан Бийсолтанов`, `Клиент Зарема ...`: a word that opens the run)
        words = words[1:]
    if not _pair(words, _in_a_persons_place(text, a, b)):
        return None
    # (a name that opens a labelled address goes with it: the address's rule takes both, as it did before this one)
    return None if opens_labelled_address(text, a) else (a, b)
