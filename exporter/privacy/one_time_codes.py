"""A one-time code on a line that says it came by SMS or is an OTP, whatever words stand between.

Round 25 (issue 13). `handed_over_logins` reads a code right after its name (`OTP 368131`) or an SMS's code word
followed by the code (`SMS ... kód: 781769`); writers 22-25 wrote the code later in the clause, after words of their
own language, and the code word before the SMS or glued to it: `Jednokratni kod koji je korisnica dobila SMS-om:
768078`, `Kod kadarnaat kaset dre SMS: 436484`, `le khowudi nge-SMS: 993090`, `SMS bilen gelen kod: 915813`,
`SMS-Code fir de gedeelten Admin-Kont: 441314`, `code ya SMS oyo totindaki: 250 048`; `OTP daga portal ɗin: 966081`,
`khoutu ya OTP ke 180 954`, `OTP 105 445`. The structure: the mark (`SMS`, `OTP`, `TOTP`, `2FA`, `MFA`, a word of its
own, glued by a hyphen at most), then on the same line and with no other digit between, six digits or two groups of
three (as an SMS shows them) that end the clause. After `SMS` alone a code word must be on the line too: any word that
opens as the loanword "code" does in Latin letters (`kod`, `kode`, `khowudi`, `khoutu`, `kodiċi`, `còd`), so an SMS
gateway's counts stay (`SMS queue depth: 482913`). A count's noun between (`OTP failures: 482913`), an error's or
a status's code before, or a date stays.

Round 28: writers 26-28 go on after the code in their own language (`OTP 276747 पठौलक`, `kode 778488 tigusara`,
`OTP 050 204 mme`) or in a URL's query (`?otp=448066&alert=...`), so the clause may also go on with a word of another
script or one that is no English word; an English count's noun or unit after the number still keeps it.
"""

from __future__ import annotations

import re
import unicodedata

from exporter.privacy.handed_over_logins import BEFORE_THE_CODE, CODE_DATE
from exporter.privacy.other_language import another_language, english, words_after
from exporter.privacy.person_names import english_word
from exporter.privacy.rule_engine import Rule, make_rule

Span = tuple[int, int]

MARKED_CODE = (
    r"(?P<mark>otp|totp|sms|2fa|mfa)(?![a-z])[^\n\d]{0,60}?(?<![\d.,:/#+$-])(?P<val>\d{6}|\d{3}[ \u00a0]\d{3})"
    r"(?!\w|[ \t\u00a0]\d|[.,:/-]\d)"
)
# The clause ends after the code, or goes on with what a code does (as `handed_over_logins.ONE_TIME_CODE` reads it).
_CLAUSE_ENDS = re.compile(
    r"[ \t]*(?:$|[\n,;!?()\]'\"»—–]|[.:](?!\d)|(?:expires?|expiring|is|was|valid|for|to|from|sent|via)\b)", re.I
)
# "code" as a Latin-letter word opens (`code`, `kod`, `kode`, `kodu`, `khowudi`, `khoutu`, `còd`, `ikhodi`), a word of
# eight letters at most, read on the text with each letter's accents dropped (same length).
_CODE_WORD = re.compile(r"(?<![^\W\d_])i?[ck]h?o+[uw]{0,2}[dt][^\W\d_]{0,4}(?![^\W\d_])", re.I)
# What an ops line counts after an OTP or SMS word (`OTP failures: 482913`, `SMS sent today: 104 233`), and an error's
# or a status's code (`SMS failed, error code 300071`: the gateway's, not the one it sent).
_COUNT_NOUN = re.compile(
    r"(?<![a-z])(?:fail\w*|errors?|requests?|attempts?|retries|total|counts?|messages?|users?|rate"
    r"|queue\w*|depth|latency|backlog|volume|per|status|exit|return\w*|response|http|reason|result"
    # and what numbers a thing of its own (review R1: `MFA incident: 804112`, `OTP release 556677`, `MFA ticket 330912`)
    r"|incidents?|tickets?|issues?|releases?|builds?|changes?|orders?|invoices?|jobs?|runs?|pr|prs|versions?|cases?"
    r"|requests?|commits?|tasks?|items?|stories|story|epics?|bugs?|sprints?|chg|inc|ops|[a-z]{2,}-)(?![a-z])",
    re.I,
)
# A currency before the number: an amount (`NOK 150 000`).
_CURRENCY = re.compile(r"(?<![A-Za-z])(?:[A-Z]{3}|[$€£¥₹])[ \t]*\Z")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_LABEL_END = re.compile(r"[:=][ \t]*\Z")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+\Z")
_NEAR = 160
_NEXT_WORD = re.compile(r"(?P<amp>&)|[ \t\u00a0]+(?P<word>[^\W\d_]+)(?![\w.-]*\d)")


def pick_marked_code(m: re.Match, text: str, floor: int) -> Span | None:
    """The code when the mark opens no longer word, the clause ends after it, no count's noun stands between, the
    code follows a colon or stands at most one word after the mark or the code word, and (after `SMS` alone) a code
    word names it: not one glued to a noun of its own (`Kampagnen-Code`; an article or the mark may be glued,
    `Il-kodiċi`, `SMS-Code`), nor one after an English noun (`order code`)."""
    a, b = m.span("val")
    mark = m.start("mark")
    if mark > 0 and text[mark - 1].isalpha():
        return None  # inside a word (`Dtmf`, `bsms`)
    if CODE_DATE.fullmatch(text[a:b]) or not (_CLAUSE_ENDS.match(text, b) or _own_language_after(m, text, b)):
        return None
    if _COUNT_NOUN.search(text, m.end("mark"), a) or _CURRENCY.search(text, max(m.end("mark"), a - 6), a):
        return None
    anchor = m.end("mark")
    if m["mark"].lower() == "sms":
        lo = max(text.rfind("\n", 0, mark) + 1, mark - _NEAR)
        words = list(_CODE_WORD.finditer(_unaccented(text[lo:a])))
        if not words:
            return None
        word_start, word_end = lo + words[-1].start(), lo + words[-1].end()
        if _named_otherwise(text, word_start, mark):
            return None
        anchor = max(anchor, word_end)
    if _LABEL_END.search(text, max(anchor, a - 8), a) is None and len(_WORD.findall(text, anchor, a)) > 1:
        return None  # (`Migrated OTP provider, ticket 482913`: another noun's number)
    return a, b


def _own_language_after(m: re.Match, text: str, b: int) -> bool:
    """After the code the sentence goes on in the writer's own language (`OTP 276747 पठौलक`, `kode 778488
    tigusara`), or a URL's query does after the mark's own parameter (`?otp=448066&alert=...`, not `?otp_batch=`): a
    word of another script, or one that is no English word, where an English count's noun (`OTP 482913 failures`)
    or unit would stand, and the words after read as another language (`other_language`: not an abbreviation in
    English prose, review R3: `OTP 482913 reqs since the deploy`)."""
    after = _NEXT_WORD.match(text, b)
    if after is None:
        return False
    if after["amp"] is not None:
        return text[m.end("mark") : m.start("val")] == "="
    word = after["word"]
    if word.isascii() and (english(word) or _COUNT_NOUN.fullmatch(word)):
        return False
    return another_language(words_after(text, b))


def _named_otherwise(text: str, word: int, mark: int) -> bool:
    """The code word names another code: glued to a noun before it, or after an English noun."""
    if word > 0 and (text[word - 1].isalpha() or text[word - 1] == "-"):
        glued = re.search(r"([^\W\d_]+)[-]?\Z", text[max(0, word - 24) : word])
        return glued is not None and len(glued[1]) > 3 and glued.start(1) + max(0, word - 24) != mark
    before = _WORD_BEFORE.search(text, max(0, word - 32), word)
    return before is not None and before[1].lower() not in BEFORE_THE_CODE and english_word(before[1])


def _unaccented(text: str) -> str:
    """`text` with each letter's accents dropped, one character for one (`kodiċi` -> `kodici`, `còd` -> `cod`)."""
    return "".join(unicodedata.normalize("NFKD", c)[0] if not c.isascii() else c for c in text)


RULES: tuple[Rule, ...] = (
    make_rule("password", MARKED_CODE, lower=True, needles=("otp", "sms", "2fa", "mfa"), pick=pick_marked_code),
)
