"""Secret words borrowed by sound: "password" and "code" as any script writes the loanword.

Round 23 (issue 13). Every new writer brought the English word "password" spelled in a script no list held
(Gujarati `પાસવર્ડ`, Punjabi `ਪਾਸਵਰਡ`, Telugu `పాస్‌వర్డ్`, Malayalam `പാസ്‌വേഡ്`, Zulu `iphasiwedi`), and a one-time
code named by the loanword "code" (`ikhodi`, `cód`, `kóòdù`, `कोड`, `koda`). A list of spellings grows by one
script per writer and never carries to the next; the sound does. Unicode names every letter by its sound
(`GUJARATI LETTER PA`, `KATAKANA LETTER SU`, `HANGUL SYLLABLE WEO`, `THAI CHARACTER DO DEK`), so each letter is
read as its consonant, one character for one character (offsets stay), and a word is the loanword when its
consonants are the English word's: p-s-w-(r)-d for password (`パスワード`, `패스워드`, `passwort` too), k-d with a vowel
between for code. What these words name is then read as the rules already read it after a listed word: a
password's shape near the word (`credential_structures.pick_near_extra_word`), a one-time code's six digits.
"""

from __future__ import annotations

import re
import unicodedata

from exporter.privacy.credential_slots import PASSWORD_WORD, password_shaped
from exporter.privacy.credential_structures import EXTRA_WORD, not_a_value, pick_near_extra_word, strong_value
from exporter.privacy.handed_over_logins import CODE_DATE, CODE_WORD, STATUS_CODE
from exporter.privacy.rule_engine import Rule

Span = tuple[int, int]

_VOWEL = "·"  # a vowel, a vowel sign, a virama or a joiner: inside a word, no consonant
_GAP = " "  # anything that is no letter: words end there
# Latin consonants folded to the classes loanwords blur (Arabic has no p; v and w are one sound in Indic scripts)
_FOLD = {"b": "p", "v": "w", "c": "k", "q": "k"}
_NAME_MARKERS = ("LETTER", "SYLLABLE", "CHARACTER")
_NOT_SOUND = frozenset({"SMALL", "CAPITAL", "FINAL", "MEDIAL", "INITIAL", "SHORT", "LONG", "DOTLESS", "SCRIPT"})
_VOWEL_NAMES = frozenset({"SARA", "SOFT", "HARD", "ALEF", "AIN", "AYIN", "YEH", "YA", "YU", "YO", "YE", "VOCALIC"})


def _latin(c: str) -> str:
    low = c.lower()
    if low in "aeiouy":
        return _VOWEL
    return _FOLD.get(low, low)


def _from_name(c: str) -> str:
    """A letter's consonant read from its Unicode name: the sound the name gives after LETTER, SYLLABLE or
    CHARACTER (`DEVANAGARI LETTER DDA` d, `THAI CHARACTER PHO PHAN` p, `CYRILLIC SMALL LETTER ER` r); a name
    that is a vowel's (`SARA AA`, `ALEF`, `A`) or none is a vowel."""
    words = unicodedata.name(c, "").split()
    start = next((i + 1 for i, w in enumerate(words) if w in _NAME_MARKERS), None)
    if start is None:
        return _VOWEL  # (`KATAKANA-HIRAGANA PROLONGED SOUND MARK`: a long vowel)
    sound = next((w for w in words[start:] if w not in _NOT_SOUND), "")
    if not sound.isalpha() or sound in _VOWEL_NAMES:
        return _VOWEL
    consonants = [ch for ch in sound.lower() if ch not in "aeiouy"]
    if not consonants or (sound[0] in "AEIOU" and len(sound) > 2):
        return _VOWEL  # (`A`, `ALPHA`, `OMEGA`: a vowel; `ES`, `ER`, `EL` name their consonant)
    return _FOLD.get(consonants[0], consonants[0])


class _Sounds(dict):
    """`str.translate`'s table, filled as characters come: one character of sound for each character."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        category = unicodedata.category(c)
        if category[0] == "M" or c in "\u200c\u200d":
            sound = _VOWEL  # a vowel sign, a virama, a nukta, a tone mark, a joiner: part of the word
        elif category[0] != "L":
            sound = _GAP
        elif c.isascii():
            sound = _latin(c)
        else:
            base = unicodedata.normalize("NFKD", c)[0]
            sound = _latin(base) if base.isascii() else _from_name(c)
        self[code] = sound
        return sound


_SOUNDS = _Sounds()


_LAST: list[str] = ["", ""]  # the last text read and its sounds: the two rules read the same text in turn


def sounds(text: str) -> str:
    """`text` read as sounds, offset for offset (`પાસવર્ડ` -> `p·s·w·r·d`)."""
    if _LAST[0] is not text:
        _LAST[1] = text.translate(_SOUNDS)
        _LAST[0] = text
    return _LAST[1]


# The loanwords as whole words of sound (the `i-` of a Zulu noun class, a vowel or two, may open one).
PASSWORD_SOUND = re.compile(r"(?<!\S)·{0,2}p+h?·*s+·*w+·*(?:r+·*)?[dt]+·*(?!\S)")
CODE_SOUND = re.compile(r"(?<!\S)·{0,2}k+h?·+d+·{1,3}(?!\S)|(?<!\S)·{0,2}k+h?·+d(?!\S)")
# The words the rules already read: the loanword rule leaves them to those rules.
_KNOWN_WORD = re.compile(rf"(?:{PASSWORD_WORD}|{EXTRA_WORD})")
_KNOWN_CODE_WORD = re.compile(CODE_WORD)
_NEAR = 160
_OTP_WORD = re.compile(r"(?<![a-z0-9])(?:otp|totp|sms)(?![a-z0-9])")


class _SoundPattern:
    """The part of a compiled pattern the rule engine uses (`search`, `finditer`), run on the text's sounds."""

    groupindex: dict = {}

    def __init__(self, pattern: re.Pattern) -> None:
        self._pattern = pattern

    def search(self, text: str) -> re.Match | None:
        return self._pattern.search(sounds(text))

    def finditer(self, text: str):
        return self._pattern.finditer(sounds(text))


def pick_password_loanword(m: re.Match, text: str, floor: int) -> Span | None:
    """A password's shape near a word that sounds like "password", when no listed word is there already: the
    rules' own reading first (`credential_structures.pick_near_extra_word`), else one of the next few tokens whole
    as whitespace cuts it, `=` and all (`పాస్‌వర్డ్ 7=3dm=#HslxY అని`: generated passwords hold `=`)."""
    word = text[m.start() : m.end()].lower()
    if _KNOWN_WORD.fullmatch(word) or word.isascii() and "password" in word:
        return None
    span = pick_near_extra_word(m, text, floor)
    if span is not None and text[span[0] - 1 : span[0]] != "=" and text[span[1] : span[1] + 1] != "=":
        return span
    for count, token in enumerate(_TOKEN.finditer(text, m.end(), min(len(text), m.end() + 96)), 1):
        if count > _MAX_TOKENS:
            return None
        a, b = token.span()
        while b > a and text[b - 1] in ".,;:!?)]'\"":
            b -= 1
        value = text[a:b]
        if _typed_password(value):
            return a, b
    return None


_TOKEN = re.compile(r"[^\s]+")
_MAX_TOKENS = 3  # (the value follows the word, a verb or an article between at most)


def _typed_password(value: str) -> bool:
    """A value no name, path or reference is written like, with a password's shape once its `=` are set aside."""
    if "://" in value or not_a_value(value) or not strong_value(value):
        return False
    return password_shaped(value) or password_shaped(value.replace("=", ""))


# After the word, on its clause: six digits (or two groups of three, as an SMS shows them), no other number
# between, nothing glued to the number; then the clause ends (a parenthesis opens: `255678 (falbhaidh e ...)`, round
# 25), a word of another script goes on, or a word a code takes (`expires`, `valid`). `OTP 482913 failures` is a count.
_CODE_VALUE = re.compile(
    r"[^\n\d.!?]{0,60}?(?<![\d.,:/#+-])(?P<val>\d{6}|\d{3}[ \u00a0]\d{3})(?![\d\w]|[ \t]\d|[.,:/-]\d)"
    r"(?=[ \t]*(?:$|[\n,;!?()\]'\"»—–-]|[.:](?!\d)|[^\x00-\x7f]|(?:expires?|expiring|is|was|valid|for|to|sent|via)\b))"
)


def pick_code_loanword(m: re.Match, text: str, floor: int) -> Span | None:
    """A one-time code after a word that sounds like "code" (`_sounds_like_code`): six digits or 3+3 that end the
    clause."""
    word = text[m.start() : m.end()]
    # (the line around the word, read at most `_NEAR` characters each way: reading the whole line for each word made a
    # 20 KB line of `&code=` parameters quadratic, `bench/redaction_speed.py`)
    lo = max(0, m.start() - _NEAR)
    lo = max(lo, text.rfind("\n", lo, m.start()) + 1)
    hi = min(len(text), m.end() + _NEAR)
    newline = text.find("\n", m.end(), hi)
    line = text[lo : hi if newline < 0 else newline].lower()
    if len(word) > 8 or not _sounds_like_code(word, _OTP_WORD.search(line) is not None):
        return None
    if _KNOWN_CODE_WORD.fullmatch(word.lower()):
        return None  # (`handed_over_logins.SMS_CODE` reads these, and the noun before them: `order code 482913`)
    if (m.start() > 0 and (text[m.start() - 1].isalpha() or text[m.start() - 1] == "-")) or text[m.end() : m.end() + 1] == "-":
        return None  # a compound names another code (`Kampagnen-Code 482913`, reviewer rev's R2 of round 20)
    return _code_after(m, text)


def _sounds_like_code(word: str, marked: bool) -> bool:
    """k-d in any script is shared by many words (Telugu `కాదు` "is not", Arabic `قيد` "pending", Spanish `cada`;
    review R1): a word in Latin letters must hold code's own `o` (`cód`, `kóòdù`, `ikhodi`, `koda`), and a word of
    plain ASCII or of another script counts only on a line that names an SMS or an OTP (`कोड (OTP) 256966`)."""
    latin = all(c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in word if c.isalpha())
    if latin and _LATIN_CODE.fullmatch(unicodedata.normalize("NFKD", word.lower()).encode("ascii", "ignore").decode()) is None:
        return False
    return marked or (latin and not word.isascii())


_LATIN_CODE = re.compile(r"i?[ck]h?o+d[aeiouy]{0,3}")


def _code_after(m: re.Match, text: str) -> Span | None:
    found = _CODE_VALUE.match(text, m.end())
    if found is None or CODE_DATE.fullmatch(found["val"]) or STATUS_CODE.search(text[max(0, m.start() - 12) : m.start()]):
        return None  # (a date; an error's or a status's code, `error code 300071`)
    return found.span("val")


# Same length in, same length out: the engine's offsets hold.
RULES: tuple[Rule, ...] = (
    Rule("password", _SoundPattern(PASSWORD_SOUND), _SoundPattern(PASSWORD_SOUND), False, (), None, None,
         pick_password_loanword, ()),
    Rule("password", _SoundPattern(CODE_SOUND), _SoundPattern(CODE_SOUND), False, (), None, None,
         pick_code_loanword, ()),
)
