"""A code handed over in another language: the loanword "code" in any script, then the number, grammar words between.

Round 29 (issue 13). Writers 24-29 hand a one-time code or a door's or key box's code over after the loanword "code" in
their own language with no SMS or OTP named on the line (Sicilian `còdici 8834`, Ladino `el kodigo de la puerta del
edifisio es 4577`, Limburgish `code 7565`, Kashmiri `کوڈ چھُ 583256`, Sorani `کۆدی ... نێردرا: 825585`, Hmong `Tus
code uas nej xa tuaj rau kuv yog 814775`, Walloon `côde SMS 299212`, Esperanto `kodon 359 185`). The rules that read
the loanword by sound (`loanword_secrets`) ask for an SMS or OTP mark, because k-d is many languages' word (Telugu
`కాదు` "is not", Arabic `قيد` "pending", Spanish `cada`). What those words lack is code's own `o`, which every script
writes: a Latin `o`, a letter or vowel sign named O (`код`, `कोड`, `ކޯޑ`), Arabic's waw or oe (`کوڈ`, `کۆد`), a
syllable KO (`ኮድ`). English prose keeps its codes (`exit code 137`, `error code 500123`, `the verification code you
texted me was 121195`): the words around must read as another language (`other_language`). The number: six digits or
two groups of three anywhere in the clause, four (a door's code) only right after the word, not a year nor a date.
"""

from __future__ import annotations

import re
import unicodedata

from exporter.privacy.handed_over_logins import CODE_DATE, STATUS_CODE
from exporter.privacy.loanword_secrets import SoundPattern
from exporter.privacy.one_time_codes import COUNT_NOUN
from exporter.privacy.other_language import another_language, words_after, words_before
from exporter.privacy.rule_engine import Rule

Span = tuple[int, int]

# k, code's vowel (Arabic-script and Hebrew write it with waw, read as `w`), d, then a short ending: a whole word.
CODE_WORD_SOUND = re.compile(r"(?<!\S)·{0,2}k+h?[·w]{0,3}d+\S{0,5}(?!\S)")
# The names Unicode gives code's `o` outside Latin letters (a letter, a vowel sign, a long vowel, a syllable's vowel).
_O_NAMES = frozenset({"O", "OO", "OE", "OMICRON", "OMEGA", "WAW", "VAV", "OABOAFILI", "KO", "KHO", "QO"})
_LONGEST = 10
# After the word, on its clause: no other number and no sentence's end between; then the number, nothing glued to it.
_VALUE = re.compile(
    r"(?P<gap>[^\n\d.!?]{0,60}?)(?<![\d.,:/#+$-])(?P<val>\d{6}|\d{3}[ \u00a0]\d{3}|\d{4})"
    r"(?![\w]|[ \t\u00a0]\d|[.,:/-]\d)"
)
_RIGHT_AFTER = re.compile(r"[ \t\u00a0]*[:：]?[ \t\u00a0]*\Z")
_YEAR = re.compile(r"(?:19|20)\d\d")
# The clause closes after the number: the text or line ends, a mark of punctuation, a bracket, a dash, a letter of
# another script.
_CLOSES = re.compile(r"[ \t\u00a0]*(?:\Z|\n|[^\w\s])")
# ... or it goes on with a grammar word (`par verificar`, `mins i`, `آیا سی`), not the noun a count names (`482913
# líneas`, `482913 Zeilen`): four letters at most, as a preposition, a conjunction or an auxiliary verb mostly is.
_GRAMMAR_WORD_NEXT = re.compile(r"[ \t\u00a0]+[^\W\d_]{1,4}(?![^\W\d_])")
# Between the word and the number only such grammar words stand (`Tus code uas ... yog 814775`, `codice SMS 300650`),
# or a colon: a noun of five letters or more qualifies the code and names another one (review R1: `код ошибки`,
# `kod błędu`, `code produit`, `código de producto`, `cod poștal`). A word is read with its vowel signs (`त्रुटि`).
_GAP_WORD = re.compile(r"[^\s\d.,;:!?()\[\]'\"«»—–-]+")
_GRAMMAR_WORD = 4


def code_o(word: str) -> bool:
    """`word` writes code's `o` between its k and its d (the module's doc)."""
    for c in word:
        base = unicodedata.normalize("NFKD", c)[0]
        if base.isascii():
            if base.lower() == "o":
                return True
            continue
        if unicodedata.name(c, "").rsplit(" ", 1)[-1] in _O_NAMES:
            return True
    return False


def pick_foreign_code(m: re.Match, text: str, floor: int) -> Span | None:
    """The number after a word that sounds like "code" with its `o`, in a sentence of another language (`m` is read
    on the text's sounds, offset for offset)."""
    a, b = m.span()
    word = text[a:b]
    if len(word) > _LONGEST or not code_o(word[: m.string.rfind("d", a, b) - a + 1]):
        return None
    if (a > 0 and text[a - 1] == "-") or text[b : b + 1] == "-" or STATUS_CODE.search(text[max(0, a - 12) : a]):
        return None  # a compound names another code (`Kampagnen-Code`); an error's or a status's code
    found = _VALUE.match(text, b)
    if found is None or found.start("val") < floor:
        return None
    if COUNT_NOUN.search(found["gap"]) or any(len(w) > _GRAMMAR_WORD for w in _GAP_WORD.findall(found["gap"])):
        return None  # a noun between names another code (`код ошибки 500123`, `code produit 482913`: review R1)
    value = found["val"]
    if CODE_DATE.fullmatch(value) or len(value) == 4 and (_YEAR.fullmatch(value) or not _RIGHT_AFTER.match(found["gap"])):
        return None
    end = found.end("val")
    if not (_CLOSES.match(text, end) or len(value) > 4 and _GRAMMAR_WORD_NEXT.match(text, end)):
        return None  # (`el código tiene 482913 líneas`: a count's noun goes on; a door's four digits end the clause)
    if not another_language(words_before(text, a) + [word] + words_after(text, end)):
        return None
    return found.span("val")


RULE = Rule("password", SoundPattern(CODE_WORD_SOUND), SoundPattern(CODE_WORD_SOUND), False, (), None, None,
            pick_foreign_code, ())
