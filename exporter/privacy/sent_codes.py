"""A one-time code handed over in another language: the code word beside an SMS, OTP or verification mark.

Round 30 (issue 13), round 29's reading narrowed after its review (R1 High: error, product and postal codes written in
other languages, `код ошибки 500123`, `O código do erro é 500123`, `código HS 847130`, `पिन कोड 110001`). A code is
taken only where the sentence says it is one a person is sent or signs in with: the loanword "code" (with code's own
`o`, in any script) and a mark of how it came or what it is for (`SMS`, `OTP`, `2FA`, `MFA`, the loanword
"verification") stand side by side, in either order, a particle of two letters at most between them, and the number
comes right after the pair (a colon between at most: `código SMS 604 913`, `SMS تے کوڈ 747 698`, `codice SMS 300650
par verificar`, `côde SMS 299212 mins i`) or right before the mark (`código 942645 ipan SMS`, one word of four letters
at most between). Any other word between the code word and the number (a qualifier, `ошибки`, `erro`, `HS`, a verb,
`deu erro`) or between the code word and its mark (`SMS hata kodu`) stops the reading, so a code named as another one
is never taken; the mark on the line elsewhere is not enough. Six digits or two groups of three, as an SMS shows a code;
the clause closes after it or goes on with a word of four letters at most or a mark; not a date; the words around read
as another language (`other_language`: English prose is `handed_over_logins`'s). Writers 26, 27, 29. Each value reads
a bounded window around it: linear in the text.
"""

from __future__ import annotations

import re
import unicodedata

from exporter.privacy.handed_over_logins import CODE_DATE, STATUS_CODE
from exporter.privacy.loanword_secrets import sounds
from exporter.privacy.other_language import another_language, words_after, words_before
from exporter.privacy.rule_engine import make_rule

Span = tuple[int, int]

VALUE = r"(?<![\w.,:/#+$-])(?P<val>\d{6}|\d{3}[ \u00a0]\d{3})(?![\w]|[ \t\u00a0]\d|[.,:/-]\d)"
# A mark of a code sent or used to sign in: alone, or with a case ending glued by a hyphen (`SMS-om`, `OTP-ээр`).
_MARK = re.compile(r"(?:sms|otp|totp|2fa|mfa)(?:-[^\W\d_]{1,3})?|verifi[^\W\d_]{0,12}|verifik[^\W\d_]{0,12}")
# The loanword "code" read by its sounds (`loanword_secrets.sounds`: k, code's vowel, d, a short ending).
_CODE_SOUND = re.compile(r"·{0,2}k+h?[·w]{0,3}d+[^ ]{0,5}")
_O_NAMES = frozenset({"O", "OO", "OE", "OMICRON", "OMEGA", "WAW", "VAV", "OABOAFILI", "KO", "KHO", "QO"})
_LONGEST_CODE_WORD = 10
_GRAMMAR_WORD = 4  # letters: a preposition, a particle, an auxiliary (round 29's reading of the gap, review R1)
_PARTICLE = 2  # letters: what may stand between the code word and its mark (`SMS تے کوڈ`: "on")
_LOOK = 80  # characters read before the value, on its line and clause
_TOKEN = re.compile(r"\S+")
_EDGE = "\"'«»()[]{}“”‘’"
_CLAUSE_END = re.compile(r"[.!?;,।۔።](?:\s|\Z)|\n")


def _plain(token: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", token.strip(_EDGE).lower()) if not unicodedata.combining(c))


def _code_word(token: str, start: int, text: str) -> bool:
    """`token` (at `start` in `text`) is the loanword "code" written with its `o` (round 29's `foreign_codes`)."""
    word = token.strip(_EDGE + ":")
    if not word or len(word) > _LONGEST_CODE_WORD or "-" in word:
        return False
    offset = start + token.find(word)
    heard = sounds(text)
    if _CODE_SOUND.fullmatch(heard, offset, offset + len(word)) is None:
        return False
    return _code_o(word[: heard.rfind("d", offset, offset + len(word)) - offset + 1])


def _code_o(word: str) -> bool:
    for c in word:
        base = unicodedata.normalize("NFKD", c)[0]
        if base.isascii():
            if base.lower() == "o":
                return True
            continue
        if unicodedata.name(c, "").rsplit(" ", 1)[-1] in _O_NAMES:
            return True
    return False


def _short(token: str) -> bool:
    word = token.strip(_EDGE)
    letters = [c for c in word if c.isalpha()]
    return 0 < len(letters) <= _GRAMMAR_WORD and all(c.isalpha() or c in "'’-" or unicodedata.category(c)[0] == "M"
                                                    for c in word)


def _classify(token: str, start: int, text: str) -> str | None:
    """`mark`, `code`, `short` or None (a token that stops the run: a noun, a number, a name)."""
    plain = _plain(token).rstrip(":")
    if _MARK.fullmatch(plain):
        return "mark"
    if _code_word(token, start, text):
        return "code"
    if _short(token.rstrip(":")):
        return "short"
    return None


def _run_before(text: str, a: int) -> list[tuple[str, str]]:
    """The marks, code words and short words right before the value, in order: a colon only on the last, a clause's
    end or any other token stops the run."""
    lo = max(0, a - _LOOK)
    ends = list(_CLAUSE_END.finditer(text, lo, a))
    if ends:
        lo = ends[-1].end()
    tokens = list(_TOKEN.finditer(text, lo, a))
    run: list[tuple[str, str]] = []
    for i in range(len(tokens) - 1, -1, -1):
        token = tokens[i][0]
        if token.endswith(":") and i != len(tokens) - 1:
            break
        kind = "colon" if token == ":" else _classify(token, tokens[i].start(), text)
        if kind is None:
            break
        run.append((kind, token))
    return run[::-1]


def _pair_before(run: list[tuple[str, str]]) -> bool:
    """The value comes right after a code word and a mark side by side, in either order (`código SMS 604 913`, `SMS
    تے کوڈ 747 698`, `kódigu verifikasaun: 099204`): a particle of two letters at most may stand between them, a colon
    after them, nothing else."""
    tail = run[:-1] if run and run[-1][0] == "colon" else run
    if len(tail) < 2:
        return False
    other = -2
    if tail[-2][0] == "short" and len(tail[-2][1].strip(_EDGE)) <= _PARTICLE and len(tail) >= 3:
        other = -3
    return {tail[-1][0], tail[other][0]} == {"code", "mark"}


def _after(text: str, b: int) -> tuple[bool, bool]:
    """(the clause closes after the value or goes on with a short word or a mark; a mark is the first token after the
    value, or the second after a short word: `código 942645 ipan SMS`)."""
    rest = text[b : b + 40]
    if not rest.strip() or not rest[:1].isspace() or rest.lstrip()[:1] in "\n.,;:!?()[]'\"«»—–-،۔।።":
        return True, False
    tokens = list(_TOKEN.finditer(text, b, min(len(text), b + 40)))[:2]
    kinds = [_classify(t[0].rstrip(".,;!?،۔"), t.start(), text) for t in tokens]
    if not kinds or kinds[0] not in ("short", "mark"):
        return False, False
    return True, kinds[0] == "mark" or len(kinds) > 1 and kinds[1] == "mark"


def pick_sent_code(m: re.Match, text: str, floor: int) -> Span | None:
    """The value when the module's reading holds (its doc)."""
    a, b = m.span("val")
    if a < floor or CODE_DATE.fullmatch(m["val"]):
        return None
    run = _run_before(text, a)
    if not run:
        return None
    goes_on, mark_after = _after(text, b)
    if not goes_on:
        return None
    last = run[-2][0] if run[-1][0] == "colon" and len(run) > 1 else run[-1][0]
    if not (_pair_before(run) or mark_after and last == "code") or STATUS_CODE.search(text[max(0, a - 60) : a]):
        return None
    if not another_language(words_before(text, a) + words_after(text, b)):
        return None
    return a, b


RULE = make_rule("password", VALUE, lower=True, needles=("sms", "otp", "2fa", "mfa", "verifi"),
                 pick=pick_sent_code)
