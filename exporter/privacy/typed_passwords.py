"""A typed password by its shape alone, whatever words stand around it.

Round 23 (issue 13). Writers hand a password over in a phrase of their own language that no list holds (Somali
`Erayga sirta ah ee RabbitMQ: uWUYg8libtT+898XyT`, Yoruba `... ni -qQpdaIQzMK?%`, Welsh, Latvian, Filipino), while
the value keeps one shape in every language: a run of 10 to 40 ASCII characters mixing upper and lower case with a
digit or a symbol, holding a symbol people type into passwords (`! # % & * ? @ ^ ~ + = $`), and changing class on
half of its neighbouring pairs or more, as a generator does. `shape.typed_strong_password` (the older bare rule)
asks for two symbols and four classes; this one asks less of the value and more of what it is not: no code or path
character, no reference (`$VAR`, `%APPDATA%`, `%2F`), no words joined by `+` (`Ctrl+Shift+I`), no version, date,
address or setting (`mode=ro`), no stand-in, and no base64 run longer than a typed password (a PEM body's lines,
a digest) — those are public or are someone else's structure.
"""

from __future__ import annotations

import re

from exporter.privacy import secret_shape as shape
from exporter.privacy.credential_structures import strong_value
from exporter.privacy.rule_engine import make_rule

Span = tuple[int, int]

_SHORTEST, _LONGEST = 10, 40
_ALNUM_SHARE = 0.6  # (letters and digits most of it: `??A????A.a` is punctuation)
_LONGEST_BASE64 = 24  # (a run of base64's own alphabet longer than this is a blob's, a certificate's or a digest's)
# Share of neighbouring pairs that change class (upper, lower, digit, symbol): chosen leave-one-batch-out over
# batches 10-23 from 0.3-0.7 (every fold chose 0.5; `bench/plans/redcred.md`).
MIXED_CHANGES = 0.5
_TYPED = frozenset("!#%&*?@^~+=$")
_TYPED_BEYOND_PROSE = _TYPED - frozenset("!?")
_NOT_TYPED = re.compile(r"""[/\\:{}\[\]()<>|"'`,;]""")
_BASE64 = re.compile(r"[A-Za-z0-9+/]+=*")
# a version, a setting or a query (`mode=ro`, `?a=1&b=2`), an address, a date, a sum or a channel list (`ch36+40`)
_ORDINARY = re.compile(r"\d\.\d|(?:^|[?&])[\w.-]+=|@[\w-]+\.|\d{4}-\d\d-\d\d|\d[+*^]\d|[*^+]\d+\Z")
# Markup around a word (`*SeaMonkey*`, `__init__`, `~~Old~~`), or a name numbered after `#` (`Office-5G-Guest#2`)
_EMPHASIS = re.compile(r"([*_~=+#])\1?[^*_~=+#\s]+\1\1?")
# Words and numbers joined by symbols (`Fix#42&Retry!Now`, `Ctrl+Shift+I`): a title's or a shortcut's parts
_WORDS_JOINED = re.compile(r"(?:[A-Z]?[a-z]+|[A-Z]+|\d+)(?:[\W_]+(?:[A-Z]?[a-z]+|[A-Z]+|\d+))*[\W_]*")
_NUMBERED = re.compile(r"#\d+\Z")
# A handle (`@DevOps4Life2024`), or base64 with its padding (`XrY7u+Ae7tCTyyK7j1rNww==`, an MD5; review R3): a digest
_HANDLE_OR_PADDED = re.compile(r"\A@\w+\Z|[A-Za-z0-9+/]{4,}={1,2}\Z")
# An HTTP entity tag (`ETag: W/"Zm9v+YmFy"`): the server's name for a version of a resource, public
_ETAG_BEFORE = re.compile(r"(?i:etag)[ \t]*[:=][ \t]*(?:W/)?[\"']?\Z|W/[\"']\Z")
# A typed symbol, then the rest of its whitespace-delimited run (the pick reads the run back to its start).
# (an `@` that opens a handle or a mention, `@Tomasz `, is passed over in the pattern: a call per mention cost a
# quarter more on `bench/redaction_speed.py`'s mentions line)
TYPED_PASSWORD = r"(?!@[^\W\d_]+(?:\s|\Z))[!#%&*?@^~+=$][^\s\"'`]{0,40}"
_RUN_BEFORE = re.compile(r"[^\s\"'`]{0,40}\Z")


def pick_typed_password(m: re.Match, text: str, floor: int) -> Span | None:
    """The whole run around the symbol when it is a typed password's shape (a sentence's `.,;:)` after it left out;
    `!` and `?` stay, passwords end in them)."""
    b = m.end()
    if b < len(text) and not (text[b].isspace() or text[b] in "\"'`"):
        return None  # a run longer than any password this rule takes
    a = _RUN_BEFORE.search(text, max(0, m.start() - _LONGEST), m.start()).start()
    if a < floor or (a > 0 and not (text[a - 1].isspace() or text[a - 1] in "\"'`")):
        return None
    while a < b and text[a] == "(":
        a += 1
    while b > a and text[b - 1] in ".,;:)":
        b -= 1
    if _ETAG_BEFORE.search(text, max(0, a - 16), a):
        return None
    return (a, b) if typed_password(text[a:b]) else None


def typed_password(value: str) -> bool:
    """`value` has a typed password's shape and is none of the things that look like one (the module's doc)."""
    if not _SHORTEST <= len(value) <= _LONGEST or not value.isascii() or _NOT_TYPED.search(value):
        return False
    if not any(c.isupper() for c in value) or not any(c.islower() for c in value):
        return False
    if not any(c in _TYPED for c in value) or shape.character_kinds(value) < 3:
        return False
    if _BASE64.fullmatch(value) and len(value) > _LONGEST_BASE64:
        return False
    if _ORDINARY.search(value) or shape.SHELL_VARIABLE.search(value) or shape.is_stand_in(value):
        return False
    if _EMPHASIS.fullmatch(value) or _WORDS_JOINED.fullmatch(value.lstrip("#")) or _HANDLE_OR_PADDED.search(value):
        return False
    if not any(c in _TYPED for c in _NUMBERED.sub("", value)) or sum(c.isalnum() for c in value) < _ALNUM_SHARE * len(value):
        return False
    if not any(c.isdigit() or c in _TYPED_BEYOND_PROSE for c in value):
        return False  # (letters with `!`, `?` and a sentence's marks are prose, `Wait?What!Now`, however mixed)
    return change_rate(value) >= MIXED_CHANGES and strong_value(value)


def change_rate(value: str) -> float:
    """The share of neighbouring pairs that change class."""
    kinds = [_class(c) for c in value]
    return sum(x != y for x, y in zip(kinds, kinds[1:], strict=False)) / (len(value) - 1)


def _class(c: str) -> int:
    return 0 if c.isupper() else 1 if c.islower() else 2 if c.isdigit() else 3


RULE = make_rule("password", TYPED_PASSWORD, pick=pick_typed_password)
