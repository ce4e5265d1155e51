"""Person names written in their own script: Cyrillic, Hebrew, Arabic, Devanagari, Thai, Hangul and Han.

The Latin-script name rules read capitals and English words; these scripts have no capitals (bar
Cyrillic) and none of those words, so the rules stayed silent on `Коваленко Олена Петрівна`, `יעל
מזרחי`, `प्रिया रघुनाथन`. Faker ships each of these locales' given names and surnames (installed, no
download), and a name is read from them in three ways, each needing a listed word:
- two adjacent words of one script, one a listed given name and the other a listed surname (either
  order; a Cyrillic pair capitalised, a third listed word such as a patronymic joins);
- a Korean word of a listed surname syllable and a listed two-syllable given name (`김서연`), a Thai
  word of a title and a listed given name (`นางสาวสุภาพร`, with the surname after it);
- one to three words right after a form's name label (`ПІБ:`, `नाम:`, `ชื่อ-นามสกุล:`, `联系人：`,
  `담당자:`) or after the words for "my name is" / "in the name of" (`שמי`, `باسم`) with a listed
  word among them (an Arabic family name may instead carry its article, `الحربي`).

Ordinary words that are also names (`Вера`, `आशा`, `أمل`) are never taken alone, and a pair with no label
before it needs both words in the lists (`प्रिया रघुनाथन` in a sentence stays: `रघुनाथन` is in no list; review
R46). Capitals-only Cyrillic (`ИВАНОВ ИВАН`) and Persian letters in Arabic script (`ی`, `ک`) are not read (R45, R46:
widenings, left for a round whose plan names them). The pattern is one
word of one script (no two ways to split it); the pick reads at most three words after it and 24
characters before it, and looks words up in sets, so the rule is linear in the text.
"""

from __future__ import annotations

import importlib
import re
from functools import cache

Span = tuple[int, int]

_SCRIPTS = {
    "cyr": "\u0400-\u04ff",
    "heb": "\u05d0-\u05ea\u05f3",
    "arb": "\u0620-\u065f\u066e-\u06d3",
    "dev": "\u0900-\u0963\u0971-\u097f",
    "thai": "\u0e01-\u0e3a\u0e40-\u0e4e",
    "kor": "\uac00-\ud7a3",
    "han": "\u4e00-\u9fff",
}
# One word of one script per match (the pick reads up to three more words after it in a bounded parse).
NATIVE_NAME = "|".join(rf"(?<![{r}])(?P<{k}>[{r}]+)" for k, r in _SCRIPTS.items())
_GATE = re.compile("[" + "".join(_SCRIPTS.values()) + "]")
_LOCALES = {
    "cyr": ("ru_RU", "uk_UA"), "heb": ("he_IL",), "arb": ("ar_AA", "ar_SA", "ar_PS"), "dev": ("hi_IN",),
    "thai": ("th_TH",), "kor": ("ko_KR",), "han": ("zh_CN", "zh_TW"),
}
# A form's label for a person's name, written just before the value.
_LABEL_BEFORE = re.compile(
    r"(?:ПІБ|ФІО|ФИО|П\.І\.Б\.|Ф\.И\.О\.|[Іі]м'я та прізвище|पूरा नाम|นามสกุล|الاسم الكامل|שם מלא|성명"
    r"|담당자|고객명|姓名|联系人|收件人|收货人|聯絡人"
    # the bare word for "name" only opening its line or field: `제품 이름:`, `गाँव का नाम:` name a product, a village (R60)
    r"|(?<![^\n,;|(\[{])[ \t]*(?:नाम|ชื่อ|الاسم|שם|이름))[ \t]*[:：][ \t]*\Z"
)
_LABEL_WORDS = frozenset(("שמי", "باسم", "اسمي"))  # "my name is", "in the name of": the words after are the name
_THAI_TITLE = re.compile(r"(?:นางสาว|นาง|นาย|คุณ|ด\.ช\.|ด\.ญ\.|น\.ส\.)")
_ARABIC_FOLD = str.maketrans({"ة": "ه", "ى": "ي", "أ": "ا", "إ": "ا", "آ": "ا", "\u0651": None, "\u064e": None,
                              "\u064f": None, "\u0650": None, "\u0652": None})
_WORD = {k: re.compile(f"[{r}]+") for k, r in _SCRIPTS.items()}
# The word and up to three after it, as far as the same script runs (four words or more after a label: a sentence).
_WORDS_AHEAD = {k: re.compile(rf"[{r}]+(?:[ \t]+[{r}]+){{0,3}}") for k, r in _SCRIPTS.items()}


def native_gate(text: str) -> bool:
    return not text.isascii() and _GATE.search(text) is not None


# A `names-dataset` name of the script joins Faker's when it ranks within this in some country: `الدوسري`, `نورة` are in
# no Faker locale. Round 22: batches 10-16 hold too few of these scripts to choose on (no cut moved them), so this is
# the largest cut that damaged no negative line of batches 20-22; at 1,000 Korean words such as `재설정` ("reset") read
# as a surname syllable and a ranked given name, at 2,000 Arabic and Persian prose (bench/RESULTS.md).
WORLD_RANK = 500


@cache
def _lists(script: str) -> tuple[frozenset[str], frozenset[str]]:
    """Given names and surnames of the script's Faker locales and of `names-dataset` (`_faker_lists`' and more)."""
    from exporter.privacy.world_names import world_names

    table = world_names()
    given, last = _faker_lists(script)
    given |= {_key(script, n) for n in table.given_within(WORLD_RANK) if _WORD[script].fullmatch(n)}
    last |= {_key(script, n) for n in table.surnames_within(WORLD_RANK) if _WORD[script].fullmatch(n)}
    return frozenset(given), frozenset(last)


@cache
def _faker_lists(script: str) -> tuple[frozenset[str], frozenset[str]]:
    """Given names (with Cyrillic patronymics) and surnames of the script's Faker locales: one word of a pair is
    one of these, and a Korean name written as one word is (names-dataset ranks words of every language too:
    `정화`, `أمل`)."""
    given: set[str] = set()
    last: set[str] = set()
    for locale in _LOCALES[script]:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in dir(provider):
            value = getattr(provider, attr)
            if not isinstance(value, (tuple, list, dict, set)) or not attr.endswith(("_names", "_names_female",
                                                                                         "_names_male", "_only")):
                continue
            target = last if attr.startswith("last_names") else given if "name" in attr else None
            if target is not None:
                target.update(_key(script, n) for n in value if isinstance(n, str))
    return frozenset(given), frozenset(last)


def _key(script: str, word: str) -> str:
    return word.translate(_ARABIC_FOLD) if script == "arb" else word


def _listed(script: str, word: str) -> tuple[bool, bool]:
    given, last = _lists(script)
    key = _key(script, word)
    if script == "thai":
        title = _THAI_TITLE.match(key)
        key = key[title.end():] if title else key
    return key in given, key in last


def pick_native_name(m: re.Match, text: str, floor: int) -> Span | None:
    script = m.lastgroup
    ahead = _WORDS_AHEAD[script].match(text, m.start())
    words = [(w.start(), w.end()) for w in _WORD[script].finditer(text, *ahead.span())]
    # (the label is looked for in the 24 characters before the word, only when a colon ends them: the label regex ends
    # with one, and searching every word's 24 characters made name-dense text cost 12 ms/KB, review R56)
    if (len(words) <= 3 and _colon_before(text, m.start())
            and _LABEL_BEFORE.search(text, max(0, m.start() - 24), m.start())):
        span = _after_label(script, text, words)
        if span is not None:
            return span
    a, b = words[0]
    word = text[a:b]
    if word in _LABEL_WORDS:
        return _after_label(script, text, words[1:3])
    one = _single_word_name(script, word)
    if one is not None:
        return a, (words[1][1] if one == "title" and len(words) > 1 else b)
    if len(words) > 1 and _listed_pair(script, word, text[slice(*words[1])]):
        end = words[1][1]
        if len(words) > 2 and any(_listed(script, text[slice(*words[2])])):
            end = words[2][1]
        return a, end
    return None


def _colon_before(text: str, at: int) -> bool:
    floor = max(0, at - 24)
    while at > floor and text[at - 1] in " \t":
        at -= 1
    return at > floor and text[at - 1] in ":："


def _single_word_name(script: str, word: str) -> str | None:
    """A Korean surname syllable and a listed given name in one word; a Thai title joined to a listed given name."""
    if script == "kor" and len(word) == 3:
        given, last = _faker_lists("kor")
        return "word" if word[0] in last and word[1:] in given else None
    if script == "thai" and _THAI_TITLE.match(word) and _listed("thai", word)[0]:
        return "title"
    return None


def _listed_pair(script: str, first: str, second: str) -> bool:
    if script in ("kor", "han", "thai"):
        return False
    if script == "cyr" and not (first[:1].isupper() and second[:1].isupper()):
        return False
    (g1, s1), (g2, s2) = _listed(script, first), _listed(script, second)
    faker_given, faker_last = _faker_lists(script)
    if not any(_key(script, w) in faker_given or _key(script, w) in faker_last for w in (first, second)):
        return False  # both ranked by names-dataset alone: `نور الشمس` "sunlight"
    return (g1 and s2) or (s1 and g2)


def _after_label(script: str, text: str, words: list[Span]) -> Span | None:
    """The name after a label: its words (one for Han and Hangul), one of them listed, or in Arabic a listed given
    name first. A Han or Hangul word needs a listed surname and, after it, a listed given name (Hangul) or characters
    listed given names use (Han): `정보팀`, `王府井店`, `金龙鱼` are a team, a shop and a brand (review R58)."""
    if not words:
        return None
    if script in ("han", "kor"):
        a, b = words[0]
        word = text[a:b]
        return (a, b) if 2 <= len(word) <= 4 and _surname_and_given(script, word) else None
    values = [text[a:b] for a, b in words]
    if script == "cyr":
        n = next((i for i, v in enumerate(values) if not v[:1].isupper()), len(values))
        words, values = words[:n], values[:n]
    if not words or (len(values) < 2 and script != "thai"):
        return None
    if script == "arb":
        return (words[0][0], words[-1][1]) if _listed("arb", values[0])[0] else None
    if any(any(_listed(script, v)) for v in values):
        return words[0][0], words[-1][1]
    return None


def _surname_and_given(script: str, word: str) -> bool:
    given, last = _lists(script)
    for cut in (1, 2):
        if word[:cut] in last and len(word) > cut:
            rest = word[cut:]
            if rest in given or (script == "han" and all(c in _han_given_characters() for c in rest)):
                return True
    return False


@cache
def _han_given_characters() -> frozenset[str]:
    """Every character the Han given-name lists use (a given name is two characters of these, rarely listed whole)."""
    return frozenset(c for name in _lists("han")[0] for c in name if "\u4e00" <= c <= "\u9fff")
