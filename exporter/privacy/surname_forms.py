"""A full name in Cyrillic told by its surname's form, where no list holds the given name (issue 13, round 31).

Names registered on the Russian (Soviet) civil model carry a surname of a few endings whatever the bearer's language:
`-ов/-ев/-ёв/-ин` (feminine with `-а`), `-ский/-ская/-цкий/-цкая` (Ukrainian `-ський/-ська`, Macedonian `-ски/-ска`),
`-ович/-евич`, `-чук/-юк`, `-енко`. Writers 21-31 name people of a dozen languages so (Komi `Николай Игушев`, Erzya
`Инна Кирдяшкина`, Kumyk `Зарема Алиева`, Sakha `Айаал Саввинов`, Bashkir `Айгөл Хәйруллина`, Kazakh `Нұрлан
Ахметов`, Macedonian `Марија Стојановска`), in a field, a chat line's speaker, a CSV cell or a sentence; the given
names are in no list `native_names` reads, the surname's form says it is a name.

Read: two capitalised Cyrillic words, the second of that form; or three, a given name, a patronymic (`-овна`, `-евна`,
`-ична`, `-ович`, `-евич`) and the surname, or the surname, a given name and a patronymic. What stands in the same
place and is no person's name stays: a word of that form that is a listed given name (`Ирина`, `Марина`) or a common
Russian word (`Магазин`, `Московская`), a common word that is no given name before a feminine form, which is then a
genitive (`Кубок Гагарина`, the cup of a man; before a masculine one it is a given name the word list also holds:
`Ахмед Мусаев`), a run of three opened by such a word (the two after it are read: `Клиент Алтынай Курмангалиева`), a run of four capitalised words
or more, and a street's or a dedication's name (`ул. Юрия Гагарина`, `имени Петра Иванова`). Mongolian and Kazakh
genitives in `-ын` are no surname ending (`Монгол Улсын`).

One bounded pattern per run of capitalised Cyrillic words, set look-ups and a look at the word before and after: a
line is read in linear time.
"""

from __future__ import annotations

import re

from exporter.privacy.data_owner_names import _russian_words
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


_SURNAME = re.compile(r"(?:[оеё]в|ин)а?$|[цс]ка[яй]$|[цс]кий$|[цс]ьк(?:а|ий)$|ск[аи]$|[ое]вич$|чук$|юк$|енко$")
_GENITIVE_LIKE = re.compile(r"(?:[оеё]в|ин)а$|[цс]ка[яй]$|[цс]ька$|ска$")
_PATRONYMIC = re.compile(r"(?:[ое]вн|ичн)а$|[ое]вич$")
_SHORTEST_SURNAME = 4
# The word before a street's or a place's name given for a person (`ул. Юрия Гагарина`, `проспект Мира`, `имени`).
_STREET_BEFORE = re.compile(
    r"(?:^|[^\w])(?:ул|улица|пр|просп|проспект|пр-т|пер|переулок|пл|площадь|б-р|бульвар|наб|набережная|шоссе|ш"
    r"|мкр|проезд|им|имени|вул|вулиця)\.?[ \t]+\Z",
    re.I,
)
_CAPITALISED_AFTER = re.compile(rf"[ \t]+[{_UP}][{_LO}]")


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


def _reads_as_name(words: list[str]) -> bool:
    if len(words) == 2:
        if not _surname(words[1]) or len(words[0]) < 3:
            return False
        # After a common noun the feminine forms are a genitive (`Кубок Гагарина`, `Театр Вахтангова`: the cup, the
        # theatre of a man); the masculine nominative is a name's (`Ахмед Мусаев`: `Ахмед` is also in the word list).
        return not _common(words[0]) or _GENITIVE_LIKE.search(words[1]) is None
    if len(words) == 3:
        return (_patronymic(words[1]) and _surname(words[2])) or (_surname(words[0]) and _patronymic(words[2]))
    return False


def _opens_sentence(before: str) -> bool:
    """Whether a word after `before` opens its sentence, so its capital says nothing (`Дзвонив Остап Кравчук`)."""
    before = before.rstrip(" \t")
    return not before or before[-1] in "\n.!?:;—–-"


def pick_surname_form_name(m: re.Match, text: str, floor: int) -> Span | None:
    a, b = m.span("name")
    if _CAPITALISED_AFTER.match(text, b):
        return None  # a run of four capitalised words or more: a heading or a title
    before = text[max(0, a - 16) : a]
    if re.search(rf"[{_UP}][{_LO}]+[ \t]+\Z", before) or _STREET_BEFORE.search(before):
        return None  # (the run's end after an earlier match; a street named for a person)
    words = [(w.start(), w.end()) for w in re.finditer(r"\S+", text[a:b])]
    values = [text[a + x : a + y] for x, y in words]
    if len(words) == 3 and not _reads_as_name(values) and (_common(values[0]) or _opens_sentence(before)):
        words, values = words[1:], values[1:]  # (`Клиент Алтынай ...`, `Дзвонив Остап Кравчук`: a noun or a verb first)
    if not _reads_as_name(values):
        return None
    return a + words[0][0], a + words[-1][1]
