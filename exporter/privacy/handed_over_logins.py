"""Logins handed over in a line of prose or a pasted file, where no key names the secret.

Round 20 (issue 13), each the structure a person or a tool uses, read whatever the language around it:
- a one-time code after its name (`OTP 368131`, `verification code: 482913`) or sent by SMS (`SMS ... kód: 781769`):
  whoever reads it in time logs in as its owner;
- a well-known account's name and its password (`admin / X`, `root:X`) or a quoted account and its password
  (`'Guest-WLAN' / X`), the pair people type into a ticket;
- a `.pgpass` line quoted in prose (`host.internal:5432:db:user:X`), its fifth field the password;
- Windows' `net use \\\\share /user:DOMAIN\\user X` (or the password before `/user:`).
"""

from __future__ import annotations

import re

from exporter.privacy import secret_shape as shape
from exporter.privacy.credential_slots import password_shaped
from exporter.privacy.credential_structures import letter_digit_changes, not_a_value, strong_value
from exporter.privacy.rule_engine import Rule, make_rule

Span = tuple[int, int]

# A one-time code's name, then the code: six to eight digits that end the sentence's clause (the end, a punctuation
# mark) or go on with what a code does (`expires`, `is valid`, `for`, `to`). Any other word after the number makes it a
# count (`OTP 1250000 requests today`, `MFA 482913 failures`, `auth code 500123 returned by ...`; reviewer rev's R1).
ONE_TIME_CODE = (
    r"(?<![a-z0-9])(?:otp|totp|2fa|mfa|one[ \t-]time[ \t]+(?:code|password|passcode|pin)|verification[ \t]+code"
    r"|sms[ \t-]?code|auth(?:entication)?[ \t]+code)(?:[ \t]+code)?(?:[ \t]+is|[ \t]*[:=])?[ \t]*"
    r"(?P<val>\d{6,8})(?=[ \t]*(?:$|[\n,;!?)\]'\"»]|[.:](?!\d)|(?:expires?|expiring|is|was|valid|for|to|from|sent|via)\b))"
)
ONE_TIME_CODE_NEEDLES = ("otp", "2fa", "mfa", "one", "verification", "sms", "auth")
# A code an SMS brought, named in the sentence's own language (`A bank SMS-ben küldött egy kódot: 781769`).
CODE_WORD = r"code|kód|kod|código|codice|код|mã|کد|קוד|코드|コード|验证码|認証"
SMS_CODE = (
    r"(?<![a-z])sms(?![a-z])[^\n.!?]{0,40}?(?P<word>" + CODE_WORD + ")"
    r"[^\n\d]{0,12}?(?P<val>\d{6,8})(?!\d|[.,:/-]\d)"
)
CODE_DATE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])?")


# (an error's or a status's code after an SMS is the gateway's, not the one it sent: `SMS failed, error code 300071`)
STATUS_CODE = re.compile(
    r"(?:error|status|exit|return|response|http|reason|result|fehler|erreur)\W{0,3}\Z", re.I
)


# After an SMS, a code word stands alone or after an article, a verb of sending or a verification word; a noun of its
# own before it, or glued to it, names another code (`order code 482913`, `Kampagnen-Code`; reviewer rev's R2).
BEFORE_THE_CODE = frozenset(
    {
        "a",
        "an",
        "the",
        "this",
        "that",
        "your",
        "my",
        "his",
        "her",
        "our",
        "their",
        "new",
        "one-time",
        "sms",
        "verification",
        "login",
        "security",
        "sent",
        "got",
        "received",
        "with",
        "egy",
        "az",
        "ein",
        "eine",
        "einen",
        "den",
        "der",
        "die",
        "das",
        "mit",
        "un",
        "una",
        "uno",
        "le",
        "la",
        "el",
        "de",
        "het",
        "o",
        "um",
        "uma",
        "il",
        "lo",
        "con",
        "com",
        "avec",
        "küldött",
        "kapott",
        "wysłał",
        "otrzymany",
        "otrzymałem",
        "jednorazowy",
    }
)
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'-]*)[ \t]*\Z")


def pick_code(m: re.Match, text: str, floor: int) -> Span | None:
    if CODE_DATE.fullmatch(m["val"]):
        return None
    word = m.start("word") if "word" in m.re.groupindex else m.start()
    if STATUS_CODE.search(text[max(0, word - 12) : word]):
        return None
    if "word" in m.re.groupindex:
        if word > 0 and (text[word - 1].isalpha() or text[word - 1] == "-"):
            return None  # (a compound: `Kampagnen-Code`)
        before = _WORD_BEFORE.search(text, max(0, word - 32), word)
        latin = before is not None and any("a" <= c <= "z" for c in before[1].lower())
        if latin and before[1].lower() not in BEFORE_THE_CODE:
            return None  # (a Latin-script noun before it, accents and all: `order`, `rendelési`)
    return m.span("val")


# The accounts every appliance and database ships with, then `/` or `:` and the password; or a quoted account.
KNOWN_ACCOUNT_PAIR = (
    r"(?<![\w.@/\\-])(?:admin|administrator|root|sa|superuser|guest|operator|ubnt|postgres|sysadmin)"
    r"(?:[ \t]+/[ \t]+|/|:)(?P<val>[^\s/:'\"`<>()\[\]{}]{8,64})"
)
QUOTED_ACCOUNT_PAIR = r"""(?P<q>['"])[^'"\s/]{1,64}(?P=q)[ \t]+/[ \t]+(?P<val>[^\s/'"`<>()\[\]{}]{8,64})"""
_EMAIL = re.compile(r"@[\w-]+\.[a-z]")
# (a version, or an image's tag: `postgres:16.3-alpine`)
_DOTTED = re.compile(r"\d+(?:\.\d+){2,}|^v?\d+\.\d+")
_SETTING = re.compile(r"[a-z][a-z0-9_.-]*=[\w.-]+")  # `requests=500m`: a setting, not a password holding `=`


def pick_account_password(m: re.Match, text: str, floor: int) -> Span | None:
    """A password's shape: three kinds of character and a symbol typed into it, or a generated run (4+ changes
    between letters and digits, or mixed as generated keys are); a role, a path or a setting stays."""
    a, b = m.span("val")
    while b > a and text[b - 1] in ".,;":
        b -= 1
    value = text[a:b]
    if shape.character_kinds(value) < 3 or not any(c.isalpha() for c in value) or shape.is_stand_in(value):
        return None
    if (
        _SETTING.fullmatch(value)
        or _EMAIL.search(value)
        or shape.DATE_OR_TIME.search(value)
        or _DOTTED.search(value)
    ):
        return None  # (a setting, an address, a date, a version: `password_shaped` refuses every `=`, which
        # generated passwords hold: `gDkDgthn=zIu`)
    if not_a_value(value) or not strong_value(value):
        return None  # (an id, a UUID, a reference, `build#4412`, `MFA+SSO`: what a name is written like)
    symbol = any(not c.isalnum() and c not in "-_." for c in value)
    core = value.replace("-", "").replace("_", "")
    generated = core.isalnum() and (letter_digit_changes(core) >= 4 or shape.looks_mixed(core))
    return (a, b) if symbol or generated else None


# An account and its password, `user / password`, handed over after a word for logging in or for a Wi-Fi network
# earlier in the clause (`inloggen op het PSP-dashboard met ciderij-admin / X`, `Guest Wi-Fi ... is now VinoraGuest /
# X`), any account's name (round 21). The pair is found first and the word looked for once, at most 80 characters back
# on its line, so the search stays linear.
LOGIN_PAIR = r"(?<![\w.@\\/-])[\w.@\\-]{1,64}[ \t]+/[ \t]+(?P<val>[^\s/:'\"`<>()\[\]{}]{8,64})"
_LOGIN_WORD = re.compile(
    r"(?<![^\W\d_])(?:log(?:ging|ged)?[ \t-]?in|logon|sign(?:ing|ed)?[ \t-]?in|inlog(?:gen)?|einlogg\w{0,3}|anmeld\w{0,4}"
    r"|se[ \t]+connecter|connexion|iniciar[ \t]+sesi[oó]n|acced\w{1,4}|entrar|logowa\w{1,4}|zaloguj\w{0,3}|logga[ \t]+in"
    r"|logge[ \t]+inn?|kirjaudu\w{0,4}|bejelentkez\w{0,6}|войти|вход|wi-?fi|wlan)(?![^\W\d_])",
    re.I,
)
_CLAUSE_END = re.compile(r"[.;!?](?:\s|$)|\n")
# What hands the pair over, right before it: a preposition or verb of using or being (`met X / Y`, `is now X / Y`,
# `log in as X / Y`) or a colon. Any other word there lists things of one kind (`Wi-Fi bands 2.4GHz / 5GHz-ch36+40`,
# `AP names ap-1 / ap-2@floor2`: the reviewer's R6).
_HANDED_OVER = re.compile(
    r"(?:(?<![^\W\d_])(?:with|using|use|as|is|now|met|mit|als|avec|con|com|como|come|med|som|är|er|ist|est|es|é|è"
    r"|jest|je|z|с|через)|:)[ \t]+\Z",
    re.I,
)


def pick_login_pair(m: re.Match, text: str, floor: int) -> Span | None:
    """The password of a pair when a login's or a Wi-Fi network's word stands before it in the same clause and the
    pair is handed over there; two names that share their stem (`Office-5G / Office-5G-Guest#2`) are a list."""
    lo = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 80)
    before = text[lo : m.start()]
    words = list(_LOGIN_WORD.finditer(before))
    if not words or _CLAUSE_END.search(before, words[-1].end()) or not _HANDED_OVER.search(before):
        return None
    user = text[m.start() : text.find("/", m.start())].strip().lower()
    if user[:3] and m["val"].lower().startswith(user[:3]):
        return None
    return pick_account_password(m, text, floor)


# A `.pgpass` line quoted in a sentence (`.pgpass obsahoval řádek db.internal:5432:routes:admin:X`): a host with a
# dot (or `localhost`, `*`), a port, a database, a user, the password (`credential_formats.PGPASS` reads a whole line).
PGPASS_IN_PROSE = (
    r"(?<![\w.:*@/-])(?:[\w-]+(?:\.[\w-]+)+|localhost|\*):(?:\d{1,5}|\*):[A-Za-z_*][\w.*-]{0,63}"
    r":[A-Za-z_*][\w.@*-]{0,63}:(?P<val>[^\s:'\"`]{6,64})"
)


def pick_pgpass(m: re.Match, text: str, floor: int) -> Span | None:
    a, b = m.span("val")
    while b > a and text[b - 1] in ",;)":
        b -= 1
    return (a, b) if password_shaped(text[a:b].rstrip(".")) or shape.looks_mixed(text[a:b]) else None


# `net use Z: \\host\share /user:DOMAIN\user X` or `net use Z: \\host\share X /user:...`; `*` prompts for it.
NET_USE = (
    r"net[ \t]+use(?:[ \t]+(?:[a-z]:|\*))?[ \t]+\\\\[^\s]{1,256}(?:[ \t]+(?P<val>[^\s/*][^\s]{0,127}))?"
    r"[ \t]+/u(?:ser)?:[^\s]{1,128}(?:[ \t]+(?P<val2>[^\s/*][^\s]{0,127}))?"
)


def pick_net_use(m: re.Match, text: str, floor: int) -> Span | None:
    group = "val" if m["val"] is not None else "val2" if m["val2"] is not None else None
    return m.span(group) if group is not None else None


RULES: tuple[Rule, ...] = (
    make_rule("password", ONE_TIME_CODE, lower=True, needles=ONE_TIME_CODE_NEEDLES, pick=pick_code),
    make_rule("password", SMS_CODE, lower=True, needles=("sms",), pick=pick_code),
    make_rule(
        "password",
        KNOWN_ACCOUNT_PAIR,
        lower=True,
        needles=("admin", "root", "sa", "guest", "operator", "ubnt", "postgres", "superuser"),
        pick=pick_account_password,
    ),
    make_rule("password", QUOTED_ACCOUNT_PAIR, needles=(" / ",), pick=pick_account_password),
    make_rule("password", LOGIN_PAIR, needles=(" / ",), pick=pick_login_pair),
    make_rule("password", PGPASS_IN_PROSE, gate=re.compile(r":(?:\d{1,5}|\*):").search, pick=pick_pgpass),
    make_rule("password", NET_USE, lower=True, needles=("net use",), pick=pick_net_use),
)
