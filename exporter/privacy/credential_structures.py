"""Credentials told by the structure of the text around them, where no assignment names them.

Round 18 (issue 13): each rule reads one structure a tool or a writer uses to hand over a secret, so that
the look-alike ordinary text (the same words with no value, a value of another shape) stays:
a label that ends in a colon after a word for password in any of the languages ops text comes in
(`senha do Wi-Fi da oficina: X`, `API-Schlüssel (Produktion): X`, `管理者 PIN も共有します: 833663`); a value in
parentheses after the word (`wachtwoordzin van het .p12-bestand (X)`); a verb that says the value comes
next (`Passwort ... lautet X`); a row of an SQL `INSERT` whose column is a password; the new value of a
changed secret (`"<old>" -> "<new>"`, `the old password ..., the new one X`).
"""

from __future__ import annotations

import base64
import re

from exporter.privacy import secret_shape as shape
from exporter.privacy.credential_slots import (
    PASSWORD_WORD,
    PASSWORD_WORD_NEEDLES,
    password_shaped,
    pick_near_word,
)
from exporter.privacy.rule_engine import Rule, make_rule

Span = tuple[int, int]

# Words for a password or a PIN that `credential_slots.PASSWORD_WORD` does not hold (review F21 and its kin),
# written in lower case: Turkish `şifre` (inflected `şifresi`; `ŞİFRE` folds to a dotted i), `parolası` (bare `parola`
# is Italian's "word"); German `Geheimzahl`, `Zugangscode`,
# `Kennziffer`-free; a Wi-Fi network's key in German, French, Spanish, Portuguese and Italian; the Japanese
# word for PIN (`暗証番号`); Greek `κωδικός πρόσβασης`; Portuguese `palavra-passe`; Catalan `contrasenya`;
# Dutch and Scandinavian `toegangscode`, `tilgangskode`; Russian `пароль` inflected; Serbian `лозинка`;
# traditional Chinese `密碼`; Vietnamese `mật khẩu`; Indonesian `kata sandi`; Hebrew `סיסמה`; Arabic
# `كلمة المرور`; Hindi `पासवर्ड`; Thai `รหัสผ่าน`.
# Round 21: Romanian `parolă`, `parolei` and `parola` before the Romanian copula (`Parola arhivei este X`), Bulgarian
# `парола`, `паролата`.
EXTRA_WORD = (
    r"(?:(?<![a-zçğışöü])(?:ş(?:i̇|[iıİ])fre(?:si|niz|m|n)?|parola(?:sı|nız|m|(?=[ \t]*:)|(?=[^\n]{0,80}?[ \t]este[ \t]))|parol(?:ă|ei))(?![a-zçğışöü])"
    r"|(?<![a-zäöüß])(?:geheimzahl|zugangscode|(?:api|wi-?fi|wlan|netzwerk|zugangs)-?schlüssel)(?![a-zäöüß])"
    r"|(?<![a-z])(?:clé|cle|clave|chave|chiave)[ \t]+(?:(?:du|de|del|do|da|della)[ \t]+)?(?:wi-?fi|wlan)(?![a-z])"
    r"|(?<![a-z])(?:palavra-passe|contrasenya|toegangscode|tilgangskode|pin-?code|pin-?koodi)(?![a-z])"
    r"|暗証番号|κωδικ(?:ός|ος|ό|ο|ού|ου)[ \t]+πρ[οό]σβασης|парол(?:ата|а|я|ем|е|и)|лозинк[а-я]{0,2}|密碼|mật[ \t]+khẩu|kata[ \t]+sandi"
    r"|סיסמ[הא]|كلمة[ \t]+المرور|पासवर्ड|รหัสผ่าน"
    # round 20 (review R45 and the languages of the newest writers' batches): Amharic, Armenian, Georgian, Tamil,
    # Bengali, Persian, Urdu, Khmer, Sinhala, Mongolian, Burmese, Kazakh, Lao; Azerbaijani, Swahili, Malay,
    # Albanian, Lithuanian, Estonian, Icelandic, Welsh; a secret key in Hungarian, Italian, Spanish, Portuguese,
    # French, Turkish, Polish, Vietnamese and Indonesian
    r"|የይለፍ[ \t]*ቃል|գաղտնաբառ|პაროლ|கடவுச்சொல்|পাসওয়ার্ড|رمز[ \t]+عبور|گذرواژه|کلمه[ \t]+عبور|پاس[ \t]*ورڈ"
    r"|ពាក្យ[ \t]*សម្ងាត់|මුරපද|нууц[ \t]+үг|စကားဝှက်|құпия[ \t]+сөз|ລະຫັດຜ່ານ"
    r"|(?<![a-zà-ÿ])(?:şifrə|nenosiri|neno[ \t]+la[ \t]+siri|kata[ \t]+laluan|fjalëkalim[a-zë]{0,3}|slaptažod[a-zž]{0,3}"
    r"|parool[a-z]{0,2}|lykilorð[a-zð]{0,2}|cyfrinair|titkos[ \t]+kulcs[a-z]{0,3}|chiave[ \t]+segreta|clave[ \t]+secreta"
    r"|chave[ \t]+secreta|clé[ \t]+secrète|gizli[ \t]+anahtar[a-zı]{0,3}|klucz[ \t]+tajny|khóa[ \t]+bí[ \t]+mật"
    r"|kunci[ \t]+rahasia)(?![a-zà-ÿ]))"
)
EXTRA_WORD_NEEDLES = (
    "şifre",
    "şi̇fre",
    "parola",
    "geheimzahl",
    "zugangscode",
    "schlüssel",
    "clé",
    "cle ",
    "clave",
    "chave",
    "chiave",
    "palavra-passe",
    "contrasenya",
    "toegangscode",
    "tilgangskode",
    "pincode",
    "pin-code",
    "pin-koodi",
    "pinkoodi",
    "暗証番号",
    "κωδικ",
    "парол",
    "лозинк",
    "密碼",
    "khẩu",
    "sandi",
    "סיסמ",
    "المرور",
    "पासवर्ड",
    "รหัสผ่าน",
    "የይለፍ",
    "գաղտնաբառ",
    "პაროლ",
    "கடவுச்சொல்",
    "পাসওয়ার্ড",
    "عبور",
    "گذرواژه",
    "ورڈ",
    "សម្ងាត់",
    "මුරපද",
    "нууц",
    "စကားဝှက်",
    "құпия",
    "ລະຫັດຜ່ານ",
    "şifrə",
    "siri",
    "laluan",
    "fjalëkalim",
    "slaptažod",
    "parool",
    "lykilorð",
    "cyfrinair",
    "kulcs",
    "segreta",
    "secreta",
    "secrète",
    "anahtar",
    "tajny",
    "bí mật",
    "rahasia",
)
# (`passwordVariable`, `password-policy`, `pass-db-ro`: a name or a compound the word only modifies)
_ANY_WORD = rf"(?:{PASSWORD_WORD}|{EXTRA_WORD})(?![a-zà-ÿ]|-[a-z])"
# The characters any of those words opens with (lower case, the text these rules read), as a lookahead that opens
# each rule: the engine then passes every other position at once instead of trying each word's branches and their
# look-behinds there. Round 20: on a 20 KB line of password labels the four rules cost a third as much.
# `tests/test_redaction_round20_cred.py` checks it against the words' own first characters.
WORD_FIRST = "(?=[acfghjklmnpstwzşκлнпқգסركپکگपপகමรລစპየពパ口密暗비암패])"
# Words of a label between the word and what ends it, up to 60 characters: no sentence end (a full stop only
# when a space or the end follows it: `.p12-bestand` is a word), no value or markup of its own.
_LABEL_WORDS = r"""(?:[^\n.;:!?=<>{}`"'\[\]|：፡፥፦՝()@/\\]|\.(?=\S)|\([^\n()=<>{}`"':：]{0,30}\)){0,60}?"""
# A label: the word, a few words, a colon (also the full-width one), the value.
# (the colon also as Ethiopic scripts write it, `፡` `፥` `፦`, and the Armenian pause `՝` that stands for one)
LABEL_COLON = (
    WORD_FIRST + _ANY_WORD + _LABEL_WORDS + r"""[ \t]?[:：፡፥፦՝][ \t]*(?P<val>(?!<redacted:)[^\s："']{1,80})"""
)
# A value in parentheses after the word: `wachtwoordzin van het .p12-bestand (9st1X+KbCSLka3-Z)`.
PAREN_VALUE = (
    WORD_FIRST
    + _ANY_WORD
    + r"""(?:[^\n.;:!?=<>{}`"'\[\]|()]|\.(?=\S)){0,60}?[ \t]\((?P<val>(?!<redacted:)[^\s()]{6,64})\)"""
)
# The verbs: German, French, Spanish, Portuguese, Italian, Swedish, the Scandinavian `er`, Polish, the Slavic `je`;
# round 21 the Romanian `este`, the Bulgarian and Macedonian `е`, Catalan `és` and Estonian `oli` ("was").
_COPULA = r"(?:lautet|lauten|ist|est|este|es|és|é|è|är|er|jest|wynosi|je|е|era|était|war|foi|oli)"
# A verb that says the value comes next, in the languages other than English (English has `prose_passwords`):
# `Das SFTP-Passwort für den Upload der Holzzertifikate lautet X`.
COPULA_VALUE = (
    WORD_FIRST
    + _ANY_WORD
    + r"""(?:[^\n.;:!?=<>{}`"'\[\]|()]|\.(?=\S)|\([^\n()=<>{}`"':：]{0,30}\)){0,60}?[ \t]"""
    + _COPULA
    + r"""[ \t]+(?P<now>(?:jetzt|nun|now|neu|ahora|agora|maintenant|nu|teraz|ora|adesso)"""
    r"""[ \t]+)?(?P<val>(?!<redacted:|lautet|lauten|wynosi)[^\s]{6,80})"""
)

# What PAREN_VALUE and COPULA_VALUE cannot match without, as gates the runner asks before their search: each rule scans
# the whole text when it finds nothing, and after WORD_FIRST every `a`, `p`, `s`, `t` of a placeholder
# (`<redacted:password>`) starts a try, ~5 ms per rule on a 40 KB text of password labels (round 20, redspeed:
# `bench/redaction_speed.py`'s dotted-capital-I line cost 14% more than at the round start). A substring that
# either pattern requires, found in C or by a pattern the engine skips to spaces for, changes no output.
_COPULA_GATE = re.compile(r"[ \t]" + _COPULA + r"[ \t]")


def _has_paren(hay: str) -> bool:
    """PAREN_VALUE's value is in parentheses after a space or tab: no `(`, no match."""
    return "(" in hay


# What a label's words are when the value after the colon is a count or a setting, not the secret:
# `PIN resets: 1520`, `password length: 14`, `Passwort-Richtlinie (min. 12): ja`.
_PIN_WORDS = re.compile(r"pin|暗証番号|geheimzahl|pin-?code|pin-?koodi|zugangscode|toegangscode|tilgangskode")
_YEAR_MONTH = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])")
_PIN_VALUE = re.compile(
    r"\d{4,6}"
)  # (eight digits after a PIN's label are a date as often: `変更日：20240605`)


def _value(text: str, a: int, b: int) -> tuple[int, int]:
    while b > a and text[b - 1] in ".,;)'\"`":
        b -= 1
    while a < b and text[a] in "'\"`(":
        a += 1
    return a, b


def pick_label_colon(m: re.Match, text: str, floor: int) -> Span | None:
    """After a label ending in a colon the value is a password when it has a password's shape; a PIN (digits
    only) when the label is a PIN's word followed by no word of Latin letters (`PIN resets: 1520` is a count;
    `管理者 PIN も共有します: 833663` and `暗証番号：833663` are the PIN)."""
    if _starts_name(text, m.start()) or _COLUMNS.search(text, m.start(), m.start("val")):
        return None  # (two spaces or a tab between words: a report's columns, `generic-password  File: x`)
    a, b = _value(text, *m.span("val"))
    value = text[a:b]
    label = text[m.start() : m.start("val")].lower()
    # After an action on the secret (`Parola sıfırlama: X`, `toegangscode aanvragen: X`) a thing's name is where or
    # what for; a value the label names is still the secret (`WLAN-Schlüssel geändert: Ostsee#Welle42`, R23).
    named = _names_a_thing(value) and (_ACTION.search(label) is not None or not _word_then_colon(label))
    shaped = (password_shaped(value) or _generated(value)) and not named and not not_a_value(value)
    # (with words between the word and the colon, the label may name what the value is: a policy, a path, a host,
    # a user, an id; only a value no name is written like is taken there, round 19)
    shaped = shaped and (_word_then_colon(label) or strong_value(value))
    if shaped and "://" not in value and not _ENGLISH_NOUN.match(text, m.start()):
        return a, b
    if _TYPED.fullmatch(value) and _word_then_colon(label) and not _ENGLISH_NOUN.match(text, m.start()):
        return (
            a,
            b,
        )  # the colon right after the word: a typed password of letters and digits (`şifre: deniz123`, R28)
    word = _PIN_WORDS.match(label)
    if word is None or not _PIN_VALUE.fullmatch(value) or _YEAR_MONTH.fullmatch(value):
        return None
    between = label[word.end() :].rstrip(" \t:：፡፥፦՝")
    if _COUNTED.search(between):
        return (
            None  # a count, a date or a length of PINs (`暗証番号の変更回数：1520`, `ロック解除件数: 2048`)
        )
    # (`PIN: 1234` right after the word is `named_secrets.PIN_ASSIGN`'s, which knows `chart pin: 202405`)
    if (re.search(r"[a-z]", between) and not _CHANGED.fullmatch(between.strip())) or (
        word.group() == "pin" and not between.strip()
    ):
        return None
    return a, b


def _generated(value: str) -> bool:
    """A value after a label that a password's shape misses: upper-case groups of a generated key
    (`IL3NJ52O-WSOJ6MPS-...`), or a typed one holding `=` (`u=+#2-r^jtmw`; `mode=ro` is a setting)."""
    if len(value) >= 16 and (shape.looks_mixed(value) or _KEY_GROUPS.fullmatch(value)):
        return bool(re.search(r"\d", value) and re.search(r"[A-Za-z]", value))
    return "=" in value and _SETTING.match(value) is None and password_shaped(value.replace("=", ""))


_TYPED = re.compile(r"[^\W\d_]{4,}\d{2,}")
_WORD_RE = re.compile(_ANY_WORD)
_COLON_ONLY = re.compile(r"[ \t]?[:：፡፥፦՝][ \t]*")


def _word_then_colon(label: str) -> bool:
    """The label is the word and its colon only (`şifre:`, `kata sandi:`, `κωδικός πρόσβασης:`)."""
    word = _WORD_RE.match(label)
    return word is not None and _COLON_ONLY.fullmatch(label, word.end()) is not None


_SETTING = re.compile(r"[\w.-]{2,}=")
_KEY_GROUPS = re.compile(r"[A-Z0-9]{4,8}(?:-[A-Z0-9]{4,8}){2,7}")  # a product or licence key's groups


def pick_shaped(m: re.Match, text: str, floor: int) -> Span | None:
    """A value in parentheses or after a verb: only a password's shape."""
    if _starts_name(text, m.start()) or _ENGLISH_NOUN.match(text, m.start()):
        return None
    a, b = _value(text, *m.span("val"))
    value = text[a:b]
    # (an action on the secret before the verb says what the value is for, unless the verb says "now": `Passwort
    # ... geändert, es lautet jetzt X` names the changed secret's new value, round 19)
    acted = _ACTION.search(text, m.start(), m.start("val")) and not m.groupdict().get("now")
    if acted or _names_a_thing(value) or not_a_value(value):
        return None
    if not strong_value(value):
        return None  # (`password hashing (Argon2id) enabled`: an algorithm's name in the parenthesis)
    return (a, b) if password_shaped(value) and "://" not in value else None


def pick_near_extra_word(m: re.Match, text: str, floor: int) -> Span | None:
    """`credential_slots.pick_near_word` for the added words, without a thing's name or an action on the secret
    (`αλλαγή κωδικού πρόσβασης στο Gate-B12`, `Şifre değişikliği ...`)."""
    span = pick_near_word(m, text, floor)
    if span is None:
        return None
    value = text[span[0] : span[1]]
    if _names_a_thing(value.lstrip("-")) or not_a_value(value) or not strong_value(value):
        return None
    line_start = text.rfind("\n", 0, m.start()) + 1
    lo = max(line_start, span[0] - 256)  # (a bounded look back, so linear on any text)
    token_start = max(lo, *(text.rfind(c, lo, span[0]) + 1 for c in " \t`\"'"))
    if _REFERENCE_CHARS.search(text, token_start, span[0]):
        return None  # (a piece of a URL or a path: `https://sso.example.com/reset?id=...`)
    # (an action before the word too: `איפוס סיסמה ב-...`, `reset der Geheimzahl für ...`)
    return None if _ACTION.search(text, max(line_start, m.start() - 24), span[0]) else span


def not_a_value(value: str) -> bool:
    """A UUID (a request's or a record's id), or a slug of words (`PIN-Block-Format-0`, `redacted-by-vault`)."""
    return (
        _UUID.fullmatch(value) is not None
        or _slug(value)
        or _CALL.fullmatch(value) is not None
        or _DIGEST.match(value) is not None
    )


_DIGEST = re.compile(
    r"(?:sha\d*|md5|blake2\w*)[:-][0-9a-f]{8,}", re.I
)  # a digest, `sha256:9f86d0...` (round 20)


_CALL = re.compile(
    r"\w+\([^()\s]*\)?"
)  # code: `bcrypt(12)`, `hash(pw1)` (a call's closing `)` may be trimmed)
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def strong_value(value: str) -> bool:
    """A value no name, path, reference or id is written like, for the rules that read a value by bare proximity or
    after label words that may say what it is (`Password policy (k8s-prod-eu1)`, `password reset ticket: INC-20931`,
    `Password stored in: vault:kv/app/db`, `password reset for accountId: acc_7Fq2LmZ9xK`; round 19): a symbol a
    password is typed with (`Jd@h2024!noura`, `Ostsee#Welle42`), a generated key's groups, or one run of 12+ letters
    and digits of three kinds that changes between letters and digits 3+ times (`6gH3M1xzvXBxg8r6`), `_` in a value
    of three kinds after no id's type (`Boğaz_77xQ`). A path or a
    reference (`:`, `/`, `\\`, `%`, `$`, braces), words joined by `-_.;()`, `build#4412` and `MFA+SSO` are names."""
    if _PATH_CHARS.search(value) or _NAME_JOINS.fullmatch(value) or _sigil_reference(value):
        return False
    if _TYPED_SYMBOL.search(value) or _KEY_GROUPS.fullmatch(value):
        return True
    if "_" in value and not _ID_PREFIX.match(value) and shape.character_kinds(value, ignore="_-.") >= 3:
        return True  # (`_` typed into a password of three kinds, `Boğaz_77xQ`; `acc_7Fq2LmZ9xK` is an id)
    return (
        len(value) >= 12
        and value.isalnum()
        and value.isascii()
        and shape.character_kinds(value) >= 3
        and (letter_digit_changes(value) >= 3 or shape.looks_mixed(value))
    )


_REFERENCE_CHARS = re.compile(r"[:/\\%${}]")
_PATH_CHARS = re.compile(r"[:/\\{}]")
# A `$` or `%` that opens a variable, a substitution, a format or a URL escape (`$ENV`, `$(pass)`, `%APPDATA%`,
# `%s`, `%2F`); inside a run that holds a symbol of its own beside it (`3+Cd#$cZNTKFtzzWFk`, `D%Rc4Ec2ivvuW3w$Z@`)
# it is one more character a generated password was typed with (round 21).
_SIGIL_REFERENCE = re.compile(r"^[$%]|\$[({]|%[A-Za-z_]\w*%|%[0-9A-Fa-f]{2}|%[sdif](?![A-Za-z])")
_OTHER_SYMBOL = re.compile(r"[^\w\-.;()\s$%]")


def _sigil_reference(value: str) -> bool:
    """A `$` or `%` in the value reads as a reference: it opens one, or no other typed symbol stands beside it; a `%`
    that can open nothing (`_typed_percent`) is a typed character."""
    if "$" not in value and "%" not in value:
        return False
    if "$" not in value and all(_typed_percent(value, i) for i, c in enumerate(value) if c == "%"):
        return False
    return _SIGIL_REFERENCE.search(value) is not None or _OTHER_SYMBOL.search(value) is None


# What a `%` inside a run opens: a variable (`%APPDATA%`), a format (`%s`, `%5d`, `%-8.2f`, `%lu`, `%zu`, `%(name)s`,
# `%{var}`; C's length modifiers, round 30's review R2: `attempt%lu`), or a URL escape (`%2F`, `%3A`, `%C3`).
_PERCENT_VARIABLE_OR_FORMAT = re.compile(
    r"%(?:[A-Za-z_]\w*%|[-+ 0#]*\d*(?:\.\d+)?(?:hh|ll|[hlLjzt])?[sdifxXcrauoegp%]|[({])"
)
_PERCENT_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
# RFC 3986 2.3: an unreserved character (a letter, a digit, `-._~`) is never percent-encoded by a URI's producer, so
# `%6E` ("n") in a run is no escape a URL holds.
_UNRESERVED = re.compile(r"[A-Za-z0-9._~-]")


def _typed_percent(value: str, i: int) -> bool:
    """The `%` at `i` opens nothing (round 30: generated passwords of writers 25, 27, 28, 30 hold one,
    `IP3axYZiBkhd%6`, `6p%8SVXKfVT1`, `3uPaT4lY%6Ej9A`): not first nor last (a percentage, `HighCpu90%`), after a
    letter or a digit, no variable or format opens there, and no URL escape of a character an encoder escapes."""
    if i == 0 or i == len(value) - 1 or not value[i - 1].isalnum() or _PERCENT_VARIABLE_OR_FORMAT.match(value, i):
        return False
    escape = _PERCENT_ESCAPE.match(value, i)
    return escape is None or _UNRESERVED.fullmatch(chr(int(escape[1], 16))) is not None


_TYPED_SYMBOL = re.compile(r"[^\w\-.;()\s]")  # (`_` and `-` `.` `;` `(` `)` join a name's parts)
_ID_PREFIX = re.compile(r"[a-z]{2,5}_")  # an id's type before its random part (`acc_`, `usr_`, `cus_`)
_NAME_JOINS = re.compile(
    r"[a-z]+#\d+|[A-Za-z]+(?:\+[A-Za-z]+)+|\d+\+[A-Za-z]+"
)  # `build#4412`, `MFA+SSO`, `12+symbols`


def _names_a_thing(value: str) -> bool:
    """A capitalised word joined by hyphens to a code or a word is a gate's, a portal's or a form's name
    (`Gate-B12`, `Portal-Lisboa2`, `İzmir-Gişe2`, `Formulier-B7`, `Okta-Workflow7`), as `INC-20931` is a ticket's."""
    return _THING.fullmatch(value) is not None


_THING = re.compile(r"[A-ZÀ-ÞİŞĞÇÖÜ][a-zà-ÿışğçöü]+(?:-[A-Za-zÀ-ÿİŞĞÇÖÜışğçöü0-9]+)+")
# Words for an action on a secret (reset, change, request, expiry, unlock) between the word and the value, in the
# languages of `EXTRA_WORD` and `PASSWORD_WORD`: what follows names where or when, not the secret.
_ACTION = re.compile(
    r"(?i:sıfırla|değişik|aanvra|wijzig|zurücksetz|änder|vergessen|abgelaufen|reset|réinitialis|redefini|expira|restablec"
    r"|cambi|αλλαγ|επαναφορ|איפוס|שינוי|تغيير|إعادة|รีเซ็ต|เปลี่ยน|重設|重置|变更|變更|変更|đổi|ganti|atur[ \t]+ulang|сброс|смен)"
)
# A count, a date, a length or a lock of PINs after the word, in Japanese and Chinese (no Latin letters to tell it).
# The one Latin word a PIN's label may hold before its value: it was changed, here is the new one (`Geheimzahl
# geändert: 4721`, R23); any other word makes the number a count (`PIN resets: 1520`).
_CHANGED = re.compile(r"geändert|changed|neu|neue|new|yeni|nouveau|nuevo|novo|nieuw|ny|nytt|nowy")
_COUNTED = re.compile(r"[数日時桁回件率長期限]|変更|解除|ロック|リセット")


# `pass` and `pin` are English nouns and verbs too (`first pass at the fix (PR 12): Fix-Build2`, `GPIO pin for the
# relay (rev B): GP17-Out`): after a label they take only a PIN's digits, as `pick_label_colon` reads them.
_ENGLISH_NOUN = re.compile(r"(?i:pass|pin)(?![a-z])")


def _starts_name(text: str, a: int) -> bool:
    """The word inside a name, a path or a URL (`$DB_PASSWORD`, `secret/pass`, `user:password@`) names no value.
    (Kana and Han before it are words of a sentence written without spaces: `管理者の暗証番号：N`.)"""
    return a > 0 and ((text[a - 1].isascii() and text[a - 1].isalnum()) or text[a - 1] in "_$%/.:")


_COLUMNS = re.compile(r"\S(?:[ ]{2}|\t)\S")


# A row of an SQL `INSERT` (the column list and the values read by position): the value under a column named
# for a password or a token is one (`INSERT INTO users (login, password) VALUES ('tablet-kr', 'X')`). A column
# that holds a digest (`password_hash`, `token_digest`) is no column named *for* the secret: it ends in
# another word, and what a hash is stays the owner's decision.
SQL_INSERT = (
    r"insert\s{1,8}into\s{1,8}[\w.\"`\[\]]{1,64}\s{0,8}\((?P<cols>[^()]{1,400})\)\s{0,8}values\s{0,8}\("
)
_SECRET_COLUMN = re.compile(r"(?:\w*_)?(?:password|passwd|pwd|passphrase|secret|token|api_?key|pin)")
# A value: a string (`'x'`, `E'x'`), a call with its arguments one level deep (`now()`, `crypt('x', gen_salt('bf'))`:
# read as one value, never redacted: what a function makes of the text is the database's), or a bare word or number.
_SQL_VALUE = re.compile(
    r"""\s{0,8}(?:[eE]?'(?P<q>(?:[^'\n]|'')*)'|(?P<call>\w{1,64}\((?:[^()\n]|\([^()\n]*\))*\))|(?P<bare>[^,()\s]+))"""
    r"""\s{0,8}(?P<end>[,)])"""
)
_REFERENCE = re.compile(
    r"(?:vault|secret|ssm|kms|env|file):[\w/.-]"
)  # `vault:kv/smtp`: where the secret is kept
_MAX_ROWS_READ = 2000  # characters of the VALUES list read per statement: bounded, so linear on any text


def _kept_in_row(quoted: str) -> bool:
    """A reference (`vault:kv/smtp`), a stand-in, or a marker of lower-case words with no digit (`redacted-by-vault`)."""
    marker = re.fullmatch(r"[a-z]+(?:[-_ ][a-z]+)+", quoted) is not None
    return (
        quoted.startswith("<redacted:")
        or marker
        or shape.is_stand_in(quoted)
        or _REFERENCE.match(quoted) is not None
    )


_HASHED = re.compile(
    r"(?i:crypt|md5|sha1|sha2|sha224|sha256|sha384|sha512|password|old_password|pgp_sym_encrypt|encryptbypassphrase)"
    r"\(\s{0,8}[eE]?'(?P<q>(?:[^'\n]|''){1,256})'"
)
_NEXT_ROW = re.compile(r"\s{0,8},\s{0,8}\(")


def pick_sql_insert(m: re.Match, text: str, floor: int) -> Span | None:
    cols = [c.strip().strip('"`[]').lower() for c in m["cols"].split(",")]
    wanted = {i for i, c in enumerate(cols) if _SECRET_COLUMN.fullmatch(c)}
    if not wanted:
        return None
    pos, stop, i = m.end(), min(len(text), m.end() + _MAX_ROWS_READ), 0
    while pos < stop:
        v = _SQL_VALUE.match(text, pos, stop)
        if v is None:
            return None
        quoted = v["q"]
        if i in wanted and quoted is not None and len(quoted) >= 4 and not _kept_in_row(quoted):
            return v.span("q")
        # (a hashing call's plain-text argument is the password all the same: `crypt('X', gen_salt('bf'))`, R25)
        plain = _HASHED.match(text, v.start("call"), v.end("call")) if i in wanted and v["call"] else None
        if plain is not None and len(plain["q"]) >= 4 and not _kept_in_row(plain["q"]):
            return plain.span("q")
        pos, i = v.end(), i + 1
        if v["end"] == ")":  # the next row, if any: `, (`
            nxt = _NEXT_ROW.match(text, pos, stop)
            if nxt is None:
                return None
            pos, i = nxt.end(), 0
    return None


# The new value of a changed secret: Terraform's plan (`~ master_password = "<old>" -> "<new>"`), once the old
# value is redacted. Only a quoted value right after the arrow: `-> 401`, `=> rejected` are what happened next.
CHANGED_SECRET = r"""->[ \t]*(?P<val>"[^"\n]{1,200}"|'[^'\n]{1,200}')"""
_OLD_REDACTED = re.compile(r"<redacted:(?:password|generic_api_key|aws_secret)>[\"']?[ \t]*\Z")
# ... and in prose: `the old password `X`, the new one `Y``: a quoted value after "the new one" right after a
# redacted password in the same sentence.
NEW_ONE = (
    r"(?<![a-z])(?:new|old|other|current|previous)[ \t]+one[ \t]*"
    r"""(?:(?:is|was|:)[ \t]*)?(?P<val>`[^`\s]{6,64}`|"[^"\s]{6,64}"|'[^'\s]{6,64}')"""
)
_REDACTED_BEFORE = re.compile(r"<redacted:password>[^\n.;]{0,40}\Z")


def pick_changed(m: re.Match, text: str, floor: int) -> Span | None:
    """The arrow's quoted value right after a redacted one: the old secret's new value."""
    if _OLD_REDACTED.search(text, max(0, m.start() - 24), m.start()) is None:
        return None
    return pick_quoted(m, text, floor)


def pick_new_one(m: re.Match, text: str, floor: int) -> Span | None:
    if _REDACTED_BEFORE.search(text, max(0, m.start() - 60), m.start()) is None:
        return None
    if not strong_value(
        text[m.start("val") + 1 : m.end("val") - 1]
    ):  # (the match is on the lower-cased text)
        return (
            None  # (`the old one 'v2.3.1' stays`, `the new one "ticket-4412"`: a version, a ticket; round 19)
        )
    return pick_quoted(m, text, floor)


def pick_secure_string(m: re.Match, text: str, floor: int) -> Span | None:
    a, b = m.span("val") if m["val"] is not None else m.span("val2")
    return a + 1, b - 1


def pick_quoted(m: re.Match, text: str, floor: int) -> Span | None:
    a, b = m.span("val")
    return a + 1, b - 1


# A token laid out as a UUID (8-4-4-4-12) with letters past `f`: no UUID (those are hex), a generated token
# (Postmark's server tokens are UUIDs; a writer's are not always hex), taken after a word for a token or a key
# within the sentence. HubSpot's private-app tokens carry their region before it (`pat-eu1-<uuid>`).
UUID_LAYOUT_TOKEN = r"(?<![\w-])(?P<val>(?:pat-(?:na|eu|ap)\d-)?[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12})(?![\w-])"
_UUID_GATE = re.compile(r"[0-9a-z]{8}-[0-9a-z]{4}-")
# (the noun right before it, or with one verb or sign between: `server token is X`; `key rotation job X`, `secret sync
# run X` name a job's or a run's id, round 19)
_SECRET_NOUN_BEFORE = re.compile(
    r"(?:token|key|secret|credential|password)s?[ \t]*(?:(?:is|was|:|=)[ \t]*)?\Z"
)
_ID_BEFORE = re.compile(
    r"(?<![a-z])(?:id|ids|no|nr|number|uuid|request|ticket)[ \t:#=]{1,3}\Z"
)  # `token id <x>`


def letter_digit_changes(value: str) -> int:
    kinds = [c.isdigit() for c in value if c.isalnum()]
    return sum(x != y for x, y in zip(kinds, kinds[1:], strict=False))


def pick_uuid_layout_token(m: re.Match, text: str, floor: int) -> Span | None:
    value = m["val"]
    if value.startswith("pat-"):
        return m.span("val")
    if not re.search(r"[g-z]", value) or letter_digit_changes(value) < 4:
        return (
            None  # (a resource named of words, `tenants1-prod-east-blue-ingestwrkr01`, changes twice at most)
        )
    before = text[max(0, m.start() - 48) : m.start()].lower()
    if _ID_BEFORE.search(before):
        return None
    return m.span("val") if _SECRET_NOUN_BEFORE.search(before) else None


# An SNMP community string under its setting's name (`snmp_community_rw: "X"`, `community_string=X`): the
# community is SNMP v1/v2c's password. The defaults `public`/`private` stay (documented, and no secret).
SNMP_COMMUNITY = (
    r"(?:snmp[\w.-]{0,20}community|community[_-]?(?:string|rw|ro|read|write))[\w-]{0,12}[\"']?[ \t]*[:=][ \t]*"
    r"""(?P<val>"[^"\n]{1,128}"|'[^'\n]{1,128}'|[^\s"',;]{1,128})"""
    # Cisco's and Arista's `snmp-server community <value> RO|RW`, net-snmp's `rocommunity <value>`
    # (Cisco's only with its access word after it: `snmp-server community string is set` is prose)
    r"""|snmp-server[ \t]+community[ \t]+(?P<cisco>[^\s"']{1,128})[ \t]+(?:ro|rw|view)(?![a-z])"""
    r"""|(?<![\w-])r[ow]community6?[ \t]+(?P<netsnmp>[^\s"']{1,128})"""
)


def pick_community(m: re.Match, text: str, floor: int) -> Span | None:
    group = next(g for g in ("val", "cisco", "netsnmp") if m[g] is not None)
    a, b = _value(text, *m.span(group))
    value = text[a:b]
    if value.lower() in ("public", "private") or len(value) < 6 or shape.is_stand_in(value):
        return None
    if m["val"] is None and value.isalpha() and value.islower():
        return (
            None  # a word after the directive (`rwcommunity directive`, `community string`): prose about it
        )
    return a, b


# An account named with its user and password after a label (`Break-glass root account for X: admin /
# 577Fln2qwm9FcI`): `prose_passwords.PROSE_PAIR` reads the same after `creds`/`login`.
ACCOUNT_PAIR = (
    r"(?<![a-z])(?:account|konto|compte|cuenta|conta|zugang|accesso)(?![a-z])[^\n.;:=]{0,60}?:[ \t]*"
    r"[\w.@\\-]{1,64}[ \t]*/[ \t]*(?P<val>[^\s/]{8,64})"
)


def pick_account_pair(m: re.Match, text: str, floor: int) -> Span | None:
    a, b = _value(text, *m.span("val"))
    value = text[a:b]
    if not password_shaped(value) or shape.character_kinds(value) < 3:
        return None
    # (a role or a review's name joined by hyphens, `ReadOnly-Role1`, `Q3-Review2024`: a generated password
    # changes between letters and digits often, or holds a symbol of its own)
    symbol = any(not c.isalnum() and c not in "-_." for c in value)
    return (a, b) if symbol or (not re.search(r"[-_.]", value) and letter_digit_changes(value) >= 4) else None


# An invitation link's token (`/login?invite=<token>`): whoever holds the link joins as the invited person.
INVITE_TOKEN = (
    r"[?&#](?:invite|invitation|invite_?token|invite_?code)=(?P<val>[a-z0-9._~-]{16,256})(?![a-z0-9._~-])"
)
# An OAuth authorization code in a redirect's query, beside its `state`: it buys the token until it is used.
# 32+ characters, so RFC 6749's own example (`code=SplxlOBeZQQYbYS6WxSbIA&state=xyz`, 22) is not read here.
OAUTH_CODE = r"[?&\"](?:code)=(?P<val>[A-Za-z0-9._~/-]{32,512})(?=&state=|&scope=|&session_state=|[\"&#\s]|$)"


def pick_generated(m: re.Match, text: str, floor: int) -> Span | None:
    """Upper case, lower case and digits mixed, as generated tokens are; a slug (`team-violin-makers-2024`),
    a status (`expired`) or a hex id are not."""
    value = text[m.start("val") : m.end("val")]
    mixed = re.search(r"\d", value) and re.search(r"[A-Z]", value) and re.search(r"[a-z]", value)
    return m.span("val") if mixed and not _slug(value) and not shape.is_stand_in(value) else None


def pick_invite(m: re.Match, text: str, floor: int) -> Span | None:
    """Under an invitation's key the value is the token whatever its alphabet (hex, lower case, upper case and
    digits), when it holds letters and digits and is no slug of words."""
    value = text[m.start("val") : m.end("val")]
    mixed = re.search(r"\d", value) and re.search(r"[A-Za-z]", value)
    return m.span("val") if mixed and not _slug(value) and not shape.is_stand_in(value) else None


def _slug(value: str) -> bool:
    return all(_SLUG_PART.fullmatch(p) for p in re.split(r"[-_.~]", value) if p)


_SLUG_PART = re.compile(
    r"[A-Z]?[a-z]+|[A-Z]+|\d+"
)  # a word or a number of a slug (`Team-Violin-Makers-2024`)


def oauth_gate(hay: str) -> bool:
    return "code=" in hay and ("state=" in hay or "authorization_code" in hay)


# A .pgpass line quoted in the command that writes it (`echo "*:6432:*:user:X" >> ~/.pgpass`): the password
# is the fifth field. Only when the command writes to a file named .pgpass.
PGPASS_QUOTED = (
    r"""echo[ \t]+(?P<q>["'])[\w.*-]{1,128}:(?:\d{1,5}|\*):[\w.*-]{1,128}:[\w.@*\\-]{1,128}:(?P<val>[^\s"']{1,256})"""
    r"""(?P=q)[ \t]*>{1,2}[ \t]*[\w~/.$-]{0,128}\.pgpass(?![\w.])"""
)
# PowerShell's `ConvertTo-SecureString "X" -AsPlainText`: the quoted plain text is the password
# (`credential_slots.SECURE_STRING` reads it unquoted).
SECURE_STRING_QUOTED = (
    r"""convertto-securestring(?:[ \t]+-(?:asplaintext|force))*[ \t]+(?:-string[ \t]+)?"""
    r"""(?P<val>"[^"$`\n]{4,128}"|'[^'\n]{4,128}')(?:[ \t]+-force)?[ \t]+-asplaintext"""
    r"""|convertto-securestring(?:[ \t]+-force)?[ \t]+-asplaintext(?:[ \t]+-force)?[ \t]+(?:-string[ \t]+)?"""
    r"""(?P<val2>"[^"$`\n]{4,128}"|'[^'\n]{4,128}')"""
)
# A DER private key pasted as base64 without its PEM armour: what the first ASN.1 tags say tells it from a
# certificate, a CSR or a public key pasted the same way (`pick_der_private_key`). Wrapped as `base64` and YAML
# blocks write it (round 21), the lines that follow, each base64 alone on its line, are the same key.
DER_BASE64 = (
    r"(?<![A-Za-z0-9+/=])(?P<val>M[IH][A-Za-z0-9+/]{60,8000}"
    r"(?:\r?\n[ \t]{0,16}[A-Za-z0-9+/]{4,8000}={0,2}(?=[ \t]*(?:\r?\n|\Z)))*={0,2})(?![A-Za-z0-9+/=])"
)


def pick_der_private_key(m: re.Match, text: str, floor: int) -> Span | None:
    """PKCS#8 (`SEQUENCE { INTEGER 0|1, SEQUENCE algorithm, ...}`), PKCS#1 RSA (`SEQUENCE { INTEGER 0,
    INTEGER modulus ...}`), SEC1 EC (`SEQUENCE { INTEGER 1, OCTET STRING ...}`) or a PKCS#12 bundle (RFC 7292's
    `PFX { INTEGER 3, ContentInfo ...}`: the private key and its certificate in one file, review R3, round 21); a
    certificate, a CSR and a public key open with a SEQUENCE inside the SEQUENCE and stay."""
    head = m["val"][:16]
    try:
        der = base64.b64decode(head)
    except ValueError:
        return None
    if len(der) < 8 or der[0] != 0x30:
        return None
    n = der[1]
    at = 2 if n < 0x80 else 2 + (n & 0x7F)
    version, inner = der[at : at + 3], der[at + 3 : at + 4]
    private = (version == b"\x02\x01\x00" and inner in (b"\x30", b"\x02")) or (
        version == b"\x02\x01\x01" and inner in (b"\x30", b"\x04")
    ) or (version == b"\x02\x01\x03" and inner == b"\x30")
    return m.span("val") if private else None


def _HAS_REDACTED_PASSWORD(hay: str) -> bool:  # noqa: N802 (a gate, named as the others' patterns are)
    return "<redacted:password>" in hay


# (run by `rule_table` before the bare-token rule, which would take a wrapped key's lines one by one)
DER_PRIVATE_KEY = make_rule("private_key", DER_BASE64, needles=("MI", "MH"), pick=pick_der_private_key, cased=True)

RULES: tuple[Rule, ...] = (
    make_rule(
        "password",
        SECURE_STRING_QUOTED,
        lower=True,
        needles=("convertto-securestring",),
        pick=pick_secure_string,
    ),
    make_rule("password", PGPASS_QUOTED, needles=(".pgpass",), pick=lambda m, t, f: m.span("val")),
    make_rule("password", OAUTH_CODE, gate=oauth_gate, pick=pick_generated),
    make_rule("password", INVITE_TOKEN, lower=True, needles=("invit",), pick=pick_invite),
    make_rule("password", SNMP_COMMUNITY, lower=True, needles=("community",), pick=pick_community),
    make_rule(
        "generic_api_key",
        UUID_LAYOUT_TOKEN,
        lower=True,
        needles=("-",),
        gate=_UUID_GATE.search,
        pick=pick_uuid_layout_token,
    ),
    make_rule("password", SQL_INSERT, lower=True, needles=("insert",), pick=pick_sql_insert),
    make_rule("password", CHANGED_SECRET, needles=("->",), pick=pick_changed),
    make_rule(
        "password", NEW_ONE, lower=True, needles=(" one",), gate=_HAS_REDACTED_PASSWORD, pick=pick_new_one
    ),
    make_rule("password", ACCOUNT_PAIR, lower=True, needles=("/",), pick=pick_account_pair),
    make_rule(
        "password",
        LABEL_COLON,
        lower=True,
        needles=PASSWORD_WORD_NEEDLES + EXTRA_WORD_NEEDLES,
        pick=pick_label_colon,
    ),
    make_rule(
        "password",
        PAREN_VALUE,
        lower=True,
        needles=PASSWORD_WORD_NEEDLES + EXTRA_WORD_NEEDLES,
        gate=_has_paren,
        pick=pick_shaped,
    ),
    make_rule(
        "password",
        COPULA_VALUE,
        lower=True,
        needles=PASSWORD_WORD_NEEDLES + EXTRA_WORD_NEEDLES,
        gate=_COPULA_GATE.search,
        pick=pick_shaped,
    ),
    make_rule(
        "password", WORD_FIRST + EXTRA_WORD, lower=True, needles=EXTRA_WORD_NEEDLES, pick=pick_near_extra_word
    ),
)
