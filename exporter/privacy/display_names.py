"""A person's name read from the words alone where the place gives a weaker hint than a field that only a person
fills: a display name before its e-mail address in round brackets (`complaint from Thabo Nkosi (<e-mail>)`), a
value under a field or a flag that also names services (`"caller":`, `?owner=`, `--customer`).

The words must read as a person's (`reads_as_person`): `Oliver Bennett`, `Thabo Nkosi`; `Grace Period` (review
F34), `Kafka Connect`, `Grafana Cloud`, `Platform Team`, `Ruby Sidekiq` (R14) are not.
"""

from __future__ import annotations

import re
from functools import cache

Span = tuple[int, int]

_TITLES = frozenset(("Dr", "Mr", "Mrs", "Ms", "Miss", "Prof", "Frau", "Herr", "Sr", "Sra", "Mme", "M"))
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@cache
def _names():
    from exporter.privacy.person_names import _names as names

    return names()


def _words(value: str) -> list[str] | None:
    words = value.split()
    if words and words[0].rstrip(".") in _TITLES:
        words = words[1:]
    if not 2 <= len(words) <= 4 or any(_WORD.fullmatch(w) is None or not w[0].isupper() for w in words):
        return None
    return words


def reads_as_person(value: str) -> bool:
    """Two to four capitalised words, none an English word unless a listed name, the last a listed name, and the
    first a listed given name unless no word is English (`Thabo Nkosi`). Review R14/R27: a listed given name and a
    word no list holds is how products, bots and brands are named (`Ruby Sidekiq`, `Stella Artois`, `Maria DB`)."""
    words = _words(value)
    if words is None:
        return False
    names = _names()
    if not all(names.given(w) or names.surname(w) or not names.word(w) for w in words):
        return False
    if not (names.surname(words[-1]) or names.given(words[-1])) or all(names.word(w) for w in words):
        return False
    return names.given(words[0]) or not any(names.word(w) for w in words)


def reads_as_full_name(value: str) -> bool:
    """A value under a field only people fill (`full_name`): a listed given name first and no English word
    (`Jonas Weißbach`, whose surname no list holds; `Princess Seaways`, `Color Magic` are not, review R15)."""
    words = _words(value)
    if words is None:
        return False
    names = _names()
    return names.given(words[0]) and not any(names.word(w) and not names.given(w) and not names.surname(w)
                                             for w in words)


_CAP = r"[A-ZÀ-Þ][\w'’-]{0,30}"
# (from the bracket back: the needle is the redacted address, the name the capitalised words right before it)
NAME_BEFORE_BRACKETED_ADDRESS = (
    rf"(?<![\w'’-])(?P<name>{_CAP}(?:[ \t]{_CAP}){{1,3}})[ \t]*\((?=<redacted:email>\))"
)
NAME_BEFORE_BRACKETED_ADDRESS_NEEDLES = ("(<redacted:email>)",)


def pick_name_before_bracketed_address(m: re.Match, text: str, floor: int) -> Span | None:
    return m.span("name") if reads_as_person(m["name"]) else None


# Round 25: a display name in a script other than Latin before its address in angle or round brackets, filling the
# whole of a line's field: after the line's start, a bullet or a comment's mark, and at most a label and its colon
# (`审批人：张伟 <e-mail>`, `ପ୍ରେରକ: ସସ୍ମିତା ଦାସ <e-mail>`, `Author: Фарҳод Раҳимов <e-mail>`, `• רבקה פֿרידמאַן (<e-mail>)`;
# batches 24 and 25). RFC 5322 writes a mailbox so (`display-name <addr-spec>`), and a field holding nothing but it is
# a person's or a role's mailbox; a role is named in English or in Latin letters far more often than in a script
# (a Latin name is `reads_as_person`'s, above), so words of other scripts are read as a name when they look like one:
# two or three words (a single word is a role's as often, `客服`, `Поддержка`), each capitalised where the script has
# case, or one Han word of two to four characters whose first is a listed Han surname (script_names.py).
_SCRIPT_WORD = r"[^\W\d_A-Za-z\u00c0-\u024f][^\s<>()@:：,，]{0,30}"
NAME_BEFORE_ANY_ADDRESS = (
    r"(?:^|(?<=\n))[ \t]*(?:[•*#-][ \t]*)?(?:[^\n:：<>()@]{1,30}[:：][ \t]*)?"
    rf"(?P<name>{_SCRIPT_WORD}(?:[ \t]{_SCRIPT_WORD}){{0,2}})[ \t]*(?:<(?=<redacted:email>>)|\((?=<redacted:email>\)))"
)
NAME_BEFORE_ANY_ADDRESS_NEEDLES = ("<redacted:email>",)
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]{1,4}")
_HAN_OR_KANA = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]+")


def pick_name_before_any_address(m: re.Match, text: str, floor: int) -> Span | None:
    words = m["name"].split()
    if any(c.isalpha() and (c.isascii() or "\u00c0" <= c <= "\u024f") for c in m["name"]):
        return None  # (a Latin name is read by `reads_as_person`)
    if len(words) == 1 or all(_HAN_OR_KANA.fullmatch(w) for w in words):
        from exporter.privacy.script_names import _lists

        # (one word, or Han and kana words: a listed Han surname opens it; `技术 支持`, `カスタマー サポート` are roles;
        # review R4)
        if _HAN_WORD.fullmatch(words[0]) is None or not {words[0][0], words[0][:2]} & _lists()[0]:
            return None
    elif any(w[0].lower() != w[0].upper() and not w[0].isupper() for w in words):
        return None  # (a cased script's name is capitalised)
    return m.span("name")
