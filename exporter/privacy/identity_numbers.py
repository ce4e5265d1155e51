"""Government ids and dates of birth, found after the name people write them under.

A national id is a short run of digits (a Dutch BSN is nine, a Canadian SIN nine, an Aadhaar twelve),
which ops text is full of: order ids, ticket numbers, counters. Two things tell one apart, and both
are needed: the id's own name written before it (`BSN`, `Aadhaar`, `National Insurance number`), and
the id's check digits or issuing format, which `python-stdnum` keeps for each scheme (an 11-test, a
Luhn sum, Verhoeff, the DNI's letter). The name alone is not enough (`BSN 12345` in a form's help
text), and the check alone is not either (one nine-digit number in eleven passes the BSN's test).

A date of birth is found the same way: a date right after a label that says birth (`DOB`, `date of
birth`, `né le`); other dates (start, expiry, payment) stay.

Each rule's pattern matches the label only; its pick reads a bounded window after it (`_WINDOW`
characters, never past the line's end), so the cost per label is fixed and the whole rule is linear
in the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime

from stdnum import luhn
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.cn import ric
from stdnum.de import idnr as steuer_id
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.ie import pps
from stdnum.il import idnr as teudat_zehut
from stdnum.in_ import aadhaar, pan
from stdnum.jp import in_ as my_number
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.no import fodselsnummer, kontonr
from stdnum.pl import pesel
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin as thai_id
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import ssn

from exporter.privacy.legal_forms import alternation
from exporter.privacy.scheme_names import scheme_labels

Span = tuple[int, int]

_WINDOW = 64  # characters read after a label: `NAS (numéro d'assurance sociale) pour la paie : 245 686 621`

# UK National Insurance number (HMRC's format; no check digit): two prefix letters (D, F, I, Q, U, V never,
# O never second, and a few pairs never issued), six digits, a suffix A-D.
_NINO = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")


def _nino(value: str) -> bool:
    return _NINO.fullmatch(value) is not None


def nino(value: str) -> bool:
    """A UK National Insurance number as written in a record's field (capitals, no spaces)."""
    return _nino(value)


def _pan(value: str) -> bool:
    """An Indian PAN held by a person: its fourth letter is the holder's type, P for an individual
    (a company's, C, is no personal data)."""
    return pan.is_valid(value) and value[3:4].upper() == "P"


def _spanish_id(value: str) -> bool:
    return dni.is_valid(value) or nie.is_valid(value)


def _snils(value: str) -> bool:
    """Russia's SNILS (11 digits): its last two are the first nine weighted 9..1, summed, modulo 101 (100 is 00).
    (python-stdnum has no module for it.)"""
    if len(value) != 11 or not value.isdigit() or len(set(value)) < 3:
        return False
    total = sum(int(c) * (9 - i) for i, c in enumerate(value[:9])) % 101
    return total % 100 == int(value[9:])


def _saudi_id(value: str) -> bool:
    """A Saudi national id (1...) or residence id (2...): ten digits and a Luhn check (no stdnum module)."""
    return len(value) == 10 and value[0] in "12" and luhn.is_valid(value)


# A passport or driving-licence number has no public check; it is letters and digits with a digit.
_DOCUMENT = re.compile(r"(?=[A-Z]*\d)[A-Z0-9]{6,18}")


def _document(value: str) -> bool:
    return _DOCUMENT.fullmatch(value) is not None


def document_number(value: str) -> bool:
    """A passport's or an identity card's number as written in a record's field: 6-18 capitals and digits."""
    return _DOCUMENT.fullmatch(value) is not None


# (label (lower case, as the pattern reads the lower-cased text), the scheme's shape, tested before its check (a regex
# is far cheaper than stdnum's parse and exceptions), the check its value must pass)
_LABELS: tuple[tuple[str, str, Callable[[str], bool]], ...] = (
    (r"social insurance (?:number|no\.?)|sin|num[ée]ro d'assurance sociale", r"\d{9}", sin.is_valid),  # (`NAS` is storage)
    (r"bsn|burgerservicenummer|sofi-?nummer", r"\d{8,9}", bsn.is_valid),
    (r"dni|nie|documento nacional de identidad", r"(?i:[XYZ]?\d{7,8}[A-Z])", _spanish_id),
    (r"aadhaa?r(?: (?:number|no\.?))?|uid(?:ai)? number|आधार(?: संख्या| नंबर)?", r"\d{12}", aadhaar.is_valid),
    # (round 25: the same word in the other scripts of India, each with its word for "number": Bengali and Assamese,
    # Odia, Gujarati, Gurmukhi, Tamil, Telugu, Kannada, Malayalam; batches 23 and 25 wrote four of them)
    (r"(?:আধাৰ|আধার|ଆଧାର|આધાર|ਆਧਾਰ|ஆதார்|ఆధార్|ಆಧಾರ್|ആധാർ)"
     r"(?: (?:নম্বৰ|নম্বর|ନମ୍ବର|નંબર|ਨੰਬਰ|எண்|నంబర్|సంఖ్య|ಸಂಖ್ಯೆ|ನಂಬರ್|നമ്പർ))?", r"\d{12}", aadhaar.is_valid),
    (r"pan(?: (?:card|number|no\.?))?|permanent account number|पैन(?: कार्ड| नंबर)?", r"(?i:[A-Z]{5}\d{4}[A-Z])", _pan),
    (r"national insurance(?: (?:number|no\.?))?|ni (?:number|no\.?)|nino", r"(?i:[A-Z]{2}\d{6}[A-D])", _nino),
    # no check digit: only with the word for its number (`Passport 20240115 release notes` is a library's)
    (r"passport (?:number|no\.?|#)", r"(?i:[A-Z0-9]{6,18})", _document),
    (r"driv(?:ing|er'?s) licen[cs]e(?: (?:number|no\.?|#))?", r"(?i:[A-Z0-9]{6,18})", _document),
    # the Nordic and Polish personal numbers (both check digits of Norway's, Luhn for Sweden's, PESEL's weights)
    (r"f[øo]dselsnummer|f\.?nr\.?", r"\d{11}", fodselsnummer.is_valid),
    (r"personnummer|pnr|personal identity number", r"(?:\d{2})?\d{10}", personnummer.is_valid),
    (r"pesel", r"\d{11}", pesel.is_valid),
    # Brazil's CPF (two check digits, written `318.204.557-18`), Turkey's T.C. kimlik number (two check digits),
    # Japan's My Number (one check digit; `個人番号`, `マイナンバー`)
    (r"cpf", r"\d{11}", cpf.is_valid),
    # (a Turkish form writes the label in capitals, `T.C. KİMLİK NO`: `İ` lower-cases to `i` and a combining dot)
    (r"t\.?c\.? k(?:i\u0307?|ı)ml(?:i\u0307?|ı)k(?: (?:no\.?|numaras(?:ı|i\u0307?)))?|tckn|tc_kimlik", r"\d{11}", tckimlik.is_valid),
    (r"個人番号|マイナンバー|my number", r"\d{12}", my_number.is_valid),
    # Round 19: ids whose scheme has a check, under the name their own country writes them with, in its own script:
    # Korea's resident registration number, Israel's Teudat Zehut, Thailand's citizen id, Ukraine's RNOKPP (IPN),
    # Russia's SNILS, China's resident id, a Saudi national id, Germany's Steuer-ID, France's NIR (sécurité sociale)
    # and Norway's kontonummer (mod 11)
    (r"주민(?:등록)?번호", r"\d{13}", rrn.is_valid),
    (r"תעודת זהות|מספר זהות|ת\.ז\.?|ת[״\"]ז", r"\d{8,9}", teudat_zehut.is_valid),  # (`ת״ז`: with the gershayim)
    # Russia's INN under its Cyrillic abbreviation, which Tatar, Bashkir and Kazakh text writes too (batches 24, 25): a
    # person's is twelve digits with two check digits (a company's, ten digits, is no personal data)
    (r"инн", r"\d{12}", inn.is_valid),
    # Ireland's PPS number under `PPSN` (a bare `PPS` is packets per second, even before a number of its shape: `rx
    # pps 1234567T on eth0`, round 21's twin; review R5 of round 19)
    (r"ppsn(?: (?:no\.?|number))?", r"\d{7}[A-Wa-w][A-Ia-iWw]?", pps.is_valid),
    (r"เลขประจำตัวประชาชน|เลขบัตรประชาชน", r"\d{13}", thai_id.is_valid),
    (r"рнокпп|іпн|ідентифікаційний (?:номер|код)", r"\d{10}", rntrc.is_valid),
    (r"снилс", r"\d{11}", _snils),
    (r"公民身份(?:证)?号码|身份证(?:号码?)?", r"\d{17}[\dXx]", ric.is_valid),
    (r"رقم الهوية(?: الوطنية)?|الهوية الوطنية|رقم الإقامة", r"[12]\d{9}", _saudi_id),
    (r"steuer-?id(?:entifikationsnummer|nr\.?)?|steuerliche identifikationsnummer", r"\d{11}", steuer_id.is_valid),
    # (not a bare `nir`: `nir value <number>` in a formula; review R47)
    (r"num[ée]ro de s[ée]curit[ée] sociale|n° de s[ée]curit[ée] sociale", r"[12]\d{4}(?:\d\d|2[ABab])\d{8}", nir.is_valid),
    (r"kontonummer|kontonr\.?", r"\d{11}", kontonr.is_valid),
    # a passport number under the Russian and Ukrainian word (`Паспорт РФ подрядчика: 45 19 738214`, `Закордонний
    # паспорт: FT482913`): no check, so only right after the label and the words that make it a person's document, in
    # a passport's own shape (a batch's, a cow's or a site's `паспорт` is a certificate: review R43)
    (r"паспорт(?: (?:рф|россии|україни|гражданина рф|громадянина україни))?"
     r"(?: (?:подрядчика|клиента|сотрудника|работника|заявителя|підрядника|працівника|клієнта|заявника))?", r"\d{9,10}|[A-Z]{2}\d{6}", _document),
)
# The other countries' personal ids under the names python-stdnum gives their schemes (scheme_names.py).
_SCHEME_LABELS = scheme_labels(lambda name: any(re.fullmatch(label, name) for label, _shape, _check in _LABELS))
_LABELS = (*_LABELS, *((label, shape, check) for label, shape, check, _needle in _SCHEME_LABELS))
_CHECK_OF = {f"l{i}": check for i, (_label, _shape, check) in enumerate(_LABELS)}
_SHAPE_OF = {f"l{i}": re.compile(shape) for i, (_label, shape, _check) in enumerate(_LABELS)}


def _us_ssn(value: str) -> bool:
    return re.fullmatch(r"\d{3}-?\d{2}-?\d{4}", value) is not None and ssn.is_valid(value)


# A field's key that names one scheme, and the check its value must pass (review R34; R48: each key its own scheme,
# the SSN, which has no check digit, only under its own key).
KEY_CHECKS: dict[str, Callable[[str], bool]] = {
    "ssn": _us_ssn, "social_security_number": _us_ssn, "tckn": tckimlik.is_valid, "tc_kimlik": tckimlik.is_valid,
    "tc_kimlik_no": tckimlik.is_valid, "kimlik_no": tckimlik.is_valid, "bsn": bsn.is_valid, "nino": _nino,
    "ni_number": _nino, "national_insurance": _nino, "national_insurance_number": _nino, "aadhaar": aadhaar.is_valid,
    "aadhar": aadhaar.is_valid, "pesel": pesel.is_valid, "personnummer": personnummer.is_valid,
    "fodselsnummer": fodselsnummer.is_valid, "cpf": cpf.is_valid, "resident_registration_number": rrn.is_valid,
    "snils": _snils, "rnokpp": rntrc.is_valid, "steuer_id": steuer_id.is_valid, "steuerid": steuer_id.is_valid,
    "nir": nir.is_valid, "sin": sin.is_valid,
}
# Keys that name a national id of no one scheme: the value must pass one scheme's check (the SSN's excepted).
GENERIC_ID_KEYS = frozenset(("national_id", "nationalid", "national_id_number", "national_number", "citizen_id",
                             "identity_number"))


def checked_id(value: str, key: str) -> bool:
    """A value under a key that says it is a national id and passes that key's scheme's check (any scheme's for a
    generic key); a document number with no check is not enough."""
    compact = value.strip().replace(" ", "").replace("-", "").replace(".", "")
    if not 6 <= len(compact) <= 18 or len(set(compact)) < 3:
        return False  # (`00000000000` passes several schemes' sums: a fixture's filler, nobody's id)
    check = KEY_CHECKS.get(key)
    if check is not None:
        return check(value.strip() if check is _us_ssn else compact.upper() if check is _nino else compact)
    return key in GENERIC_ID_KEYS and any(
        check is not _document and _SHAPE_OF[f"l{label}"].fullmatch(compact) is not None
        and check(compact.upper() if check is _nino else compact)
        for label, (_pattern, _shape, check) in enumerate(_LABELS)
    )


LABELLED_ID = (
    r"(?<![a-z0-9])(?:"
    + "|".join(f"(?P<l{i}>{label})" for i, (label, _shape, _check) in enumerate(_LABELS))
    + r")(?![a-z0-9])"
)
LABELLED_ID_NEEDLES = ("sin", "assurance", "bsn", "burgerservice", "sofi", "dni", "nie", "documento",
                       "aadha", "uid", "pan", "permanent account", "insurance", "ni ", "nino", "passport", "licen",
                       "dselsnummer", "fnr", "f.nr", "personnummer", "pnr", "personal identity", "pesel", "cpf",
                       "kimlik", "ki\u0307mli\u0307k", "tckn", "個人番号", "マイナンバー", "my number",
                       "आधार", "আধা", "ଆଧାର", "આધાર", "ਆਧਾਰ", "ஆதார்", "ఆధార్", "ಆಧಾರ್", "ആധാർ", "पैन", "주민", "זהות", "ת.ז", "ת״ז", 'ת"ז', "инн", "ppsn", "ประชาชน", "рнокпп", "іпн", "ідентифікаційний", "снилс",
                       "身份", "الهوية", "الإقامة", "steuer", "sociale", "kontonr", "kontonummer", "паспорт",
                       *(needle for _label, _shape, _check, needle in _SCHEME_LABELS))

_GROUP = re.compile(r"[^\W_]+")
_RUNS = 3  # runs read after a label: `for TDS: <PAN>` is the third
_SEPARATORS = re.compile(r"[\s:#=.]*")
# A candidate value: letters and digits, in groups split by one space or dash (`SK 75 11 84 C`, `9566 3238 5088`).
# (Letters beyond ASCII are letters: `Fødselsnummer for honnørrabatt: <id>` has the id in its second run; a dot
# between digits joins groups as the CPF writes them, `318.204.557-18`.)
_RUN = re.compile(r"[^\W_]+(?:(?:[ -]|(?<=\d)\.(?=\d))[^\W_]+)*")


def _window(text: str, a: int) -> str:
    end = text.find("\n", a, a + _WINDOW)
    return text[a : a + _WINDOW if end < 0 else end]


def pick_labelled_id(m: re.Match, text: str, floor: int) -> Span | None:
    """The first run of letters and digits in the window after the label (or its longest prefix that
    ends at a group boundary) that passes the label's check, with its separators removed."""
    check = _CHECK_OF[m.lastgroup]
    start = m.end()
    aside = _ASIDE.match(text, start)  # `Numéro de sécurité sociale (pour la déclaration) : <id>`
    if aside is not None and check is not _document:
        start = aside.end()
    window = _window(text, start)
    for n, run in enumerate(_RUN.finditer(window)):
        if n == _RUNS:
            return None
        if check is _document and _SEPARATORS.fullmatch(window, 0, run.start()) is None:
            return None  # no check digit: only the value written right after its label
        # The value may follow words in the label's own run when a person says what it is (`Steuer-ID ... lautet 59 176
        # 204 738`, `number is NH 48 21 93 C`): it starts at the run's start or right after a word of being among its
        # leading words of letters; never after a comma (a new run), after other words (`... in release <number>`,
        # `w wersji <number>`: review R47) or for a document number.
        said = True
        for offset, group in enumerate(_GROUP.finditer(run[0])):
            span = _checked_prefix(run[0], group.start(), check, m.lastgroup) if said else None
            if span is not None:
                return start + run.start() + span[0], start + run.start() + span[1]
            if check is _document or n > 0 or not group[0].isalpha() or offset == _LEADING_WORDS:
                break
            said = group[0].lower() in _BEING
    return None


_ASIDE = re.compile(r"[ \t]*\([^()\n]{0,60}\)")
_LEADING_WORDS = 6  # words of a run read past before its value: `für die Gutschrift lautet`
# "is" in the languages the labels are read in (`lautet`: German's "reads")
_BEING = frozenset(("is", "was", "ist", "lautet", "lauten", "war", "est", "es", "és", "é", "è", "är", "er", "zijn", "jest",
                    "wynosi", "sind"))


def _checked_prefix(run: str, at: int, check: Callable[[str], bool], label: str) -> Span | None:
    """The longest prefix of `run[at:]` ending at a group's end that passes the label's check."""
    # Group ends whose prefix holds 6-18 letters and digits (no id is shorter or longer): stdnum is asked only
    # about these, and the prefix is built only for them (`dni 12 34 ` runs made every label try every prefix).
    shape = _SHAPE_OF[label]
    cuts, kept = [], 0
    for group in _GROUP.finditer(run, at):
        kept += group.end() - group.start()
        if kept > 18:
            break
        if kept >= 6:
            cuts.append(group.end())
    for cut in reversed(cuts):
        compact = run[at:cut].replace(" ", "").replace("-", "").replace(".", "")
        if shape.fullmatch(compact) is None:
            continue
        if check(compact.upper() if check in (_nino, _document) else compact):
            if check is _document and not compact.isupper() and not compact.isdigit():
                continue  # a document number is written in capitals; a lower-case word is prose
            return at, cut
    return None


# --- dates of birth ---------------------------------------------------------------------------

DATE_OF_BIRTH = (
    r"(?<![a-z])(?:date of birth|birth ?date|d\.?o\.?b\.?"
    r"|date de naissance|née? le|fecha de nacimiento|geboortedatum|geburtsdatum|data di nascita"
    r"|data de nascimento|doğum tarihi(?:ni|niz)?|nasci(?:d[ao])? em"  # (Turkish's label; `nasci em`: "I was born on")
    # `born`, `geb.` (German), `ur.` (Polish), `født` (Norwegian, Danish) only with nothing but a separator or a name
    # before the date (`_NO_DIGIT`): `Kafka was born on <date>` has a word between
    # (a person writing their own birth in German, `Geboren bin ich am 03.05.1968`: a label, no person needed before)
    r"|geboren bin ich(?: am)?"
    r"|born|geb\.|geboren|ur\.|urodzon[ya]|f[øo]dt)(?![a-z])"
)
# (`birthday` left out: `the team birthday lunch is on <date>`; `né le` only with its accent: `ne le relancez pas avant
# le <date>` is French for "don't")
DATE_OF_BIRTH_NEEDLES = ("birth", "dob", "d.o.b", "naissance", "né le", "née le", "nacimiento", "geboorte", "geburt",
                         "nascita", "nascimento", "doğum", "nasci", "born", "geb", "ur.", "urodzon", "født", "fodt")
_MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
           r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_DATE = re.compile(
    r"(?<![\d/.-])(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})"
    rf"|\d{{1,2}}(?:st|nd|rd|th)? (?:{_MONTHS})\.? \d{{4}}|(?:{_MONTHS})\.? \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}})"
    r"(?![\d/.-]\d)",
    re.I,
)
# Between the label and its date only a separator, a name (`Geboortedatum Anna de Vries:`, a redacted one) or a
# short aside in brackets; words (`DOB field validation fails for <date>`, `column is now nullable since`) say the
# date is another thing's.
_NO_DIGIT = re.compile(
    r"[ \t:=#.,-]*(?:(?:<redacted:person_name>|[A-ZÀ-Þ][\w'’-]*)(?:[ \t]+(?:<redacted:person_name>|[A-ZÀ-Þ][\w'’-]*"
    r"|van|de|der|den|da|di|del|la|le)){0,4}[ \t:=#.,-]*)?(?:\([^)\n\d]{0,30}\)[ \t:=#.,-]*)?"
)


def pick_date_of_birth(m: re.Match, text: str, floor: int) -> Span | None:
    start = m.end()
    window = _window(text, start)
    date = _DATE.search(window)
    if date is None or _NO_DIGIT.fullmatch(window, 0, date.start()) is None:
        return None
    if m[0].lower() in _BIRTH_WORDS and not (_adult_birth_year(date[0]) and _person_before(text, m.start())):
        return None  # `Project X (born: 2019-04-01)`, `Zertifikat geb. 2024-05-01`: a thing's start, not a person's birth
    return start + date.start(), start + date.end()


# The words (not labels) that say birth: a person's only when a person was just named on the line (`Ana Lima, geb.
# <date>`), and only a date of a year a living adult was born in (a service is `born` in 2021 too).
_BIRTH_WORDS = frozenset(("born", "geb.", "geboren", "ur.", "urodzony", "urodzona", "født", "fodt"))
_ADULT_AGE = 14
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_PERSON_BEFORE = re.compile(r"<redacted:person_name>[^\n<]{0,60}\Z")


def adult_birth_year(year: int) -> bool:
    """A year a living adult was born in: 1900 to fourteen years before this one."""
    return 1900 <= year <= datetime.now(UTC).year - _ADULT_AGE


def _adult_birth_year(date: str) -> bool:
    years = _YEAR.findall(date)
    if years:
        return adult_birth_year(int(years[-1]))
    two = date.rsplit("/", 1)[-1].rsplit(".", 1)[-1].rsplit("-", 1)[-1]
    return len(two) == 2  # `02/11/75`: a two-digit year, read as a birth's by the word before it


def _person_before(text: str, at: int) -> bool:
    line = text.rfind("\n", 0, at) + 1
    return _PERSON_BEFORE.search(text, max(line, at - 80), at) is not None


# --- postal addresses -------------------------------------------------------------------------

# A person's postal address is found by the label people write before it: an address said to be a home, a
# postal or a delivery one (`Home address:`, `homePostalAddress:`, `mailing address`, `domicilio`), or a bare
# `Address:`/`Adresse :` opening a line as a form's field, or an address a person owns (`Tavita's home address`,
# `her new address ... is`). `IP address`, `email address`, `listen address` name no such label. The value
# must read as a street: words and a number (a house number or a postcode), never an IP address or a URL.
POSTAL_ADDRESS = (
    # (`new|current|private|delivery|billing address` and a bare `address:` are as often a VIP's, a memory word's, a
    # subnet's, a listener's or an office's: only the words that make it where a person lives or gets mail)
    # (`billing address`: where a card holder's statement goes, a customer's in a ticket)
    r"(?:(?<![a-z])(?:home|postal|mailing|residential|personal|billing|delivery)[ _-]?address(?:es)?(?![a-z])"
    r"|(?<![a-z])(?:home|)postaladdress(?![a-z])"
    # a form's field: opening a line, or after the field before it (`Mój numer: ..., adres: ul. Kwiatowa 8`)
    r"|(?:^|\n|[,;])[ \t]*(?:[-*][ \t]+)?(?:adresse|adres|direcci[óo]n|domicilio|indirizzo|endere[çc]o|anschrift)"
    r"(?=[ \t]*:|[ \t]+for[ \t]+[a-z]+[ \t]*:)"
    r"|(?<![a-z])(?P<bare>domicilio|anschrift|wohnadresse|woonadres|huisadres"
    r"|adresse (?:personnelle|postale|du domicile))(?![a-z])"
    # (a billing or residence field's name only as a field, before `:`: `Rechnungsadresse im ERP geändert` is a sentence)
    r"|(?<![a-z])(?:adres zamieszkania|adres do korespondencji|rechnungsadresse|fakturaadresse|faktureringsadresse"
    # (round 19: a delivery address's field in the languages tickets come in, as `delivery address` in English)
    r"|adres (?:do wysyłki|dostawy)(?: [a-ząćęłńóśźż]+)?|lieferadresse|adresse de livraison|direcci[óo]n de (?:env[íi]o|entrega)"
    r"|indirizzo di (?:consegna|spedizione)|endere[çc]o de entrega|leveringsadres(?:se)?|teslimat adresi)"
    r"(?=[ \t]*:))"
)
POSTAL_ADDRESS_NEEDLES = ("address", "adres", "direcci", "domicilio", "indirizzo", "endere", "anschrift")  # `adresse` too
# After the label: a few words (`for the courier`, `for the contract is`), then a separator or `is`.
# After the label: at most `for the <word>` (`home address for the courier:`), then `:` or `is`; `home address of the
# NFS share is`, `postal address field is` name another thing.
_ADDRESS_LEAD = re.compile(r"(?:[ \t]+for[ \t]+(?:the[ \t]+|a[ \t]+)?[a-z]+)?[ \t]*(?::|[ \t]is[ \t])[ \t]*")
# The label as a key in code, JSON or a structured log, its value a quoted string (`"home_address": "..."`,
# `billing_address='...'`): the string is the value.
_QUOTED_LEAD = re.compile(r"[\"']?[ \t]*[:=][ \t]*(?P<q>[\"'])")
_BARE_LEAD = re.compile(r"[ \t]*:?[ \t]*")  # `domicilio Calle de ...`: a word that can only be followed by one
_ADDRESS_WINDOW = 120
# The value ends at the line's end, an aside closing the line (`(Québec) H2J 2L4` goes on) or a sentence's end.
# (A period after a word of one or two lower-case letters is an abbreviation's, `ul. Długa`, not a sentence's end.)
_ADDRESS_END = re.compile(
    r"[ \t]+\([^)]*\)?[ \t]*[.,;]?[ \t]*\Z|(?<!\b[a-z]{2})(?<!\b[a-z])\.(?=[ \t]+[A-Z][a-z]|[ \t]*\Z)|;|[ \t]+[-–][ \t]|\Z"
)  # `app. 3` goes on
_STREET = re.compile(r"\d")
_WORDS = re.compile(r"[^\W\d_]{3,}")
# (`44/7` is a house and a flat, Polish and Spanish addresses write them so; any other slash is a path's)
_MACHINE = re.compile(r"\d+\.\d+\.\d+|://|@|(?<!\d)/|/(?!\d)|[0-9a-fA-F:]{2,}:[0-9a-fA-F]{1,4}|<redacted:|0x[0-9a-fA-F]")


def machine_text(value: str) -> bool:
    """An IP address, a URL, a path, a placeholder or a hex number in a value: a machine's, no street."""
    return _MACHINE.search(value) is not None


def pick_postal_address(m: re.Match, text: str, floor: int) -> Span | None:
    quoted = _QUOTED_LEAD.match(text, m.end()) if m["bare"] is None else None
    lead = quoted or (_BARE_LEAD if m["bare"] is not None else _ADDRESS_LEAD).match(text, m.end())
    if lead is None:
        return None
    start = lead.end()
    end = text.find("\n", start, start + _ADDRESS_WINDOW)
    window = text[start : start + _ADDRESS_WINDOW if end < 0 else end]
    if quoted is not None:  # a key's quoted string in code, JSON or a log (`"billing_address": "..."`, `...='...'`)
        close = window.find(quoted["q"])
        if close < 0:
            return None
        window = window[:close]
    stop = _ADDRESS_END.search(window)
    value = window[: stop.start()].rstrip(" ,") if stop is not None else window
    if (_STREET.search(value) is None or len(_WORDS.findall(value)) < 2 or _MACHINE.search(value)
            or not any(w[0].isupper() for w in _WORDS.findall(value))):  # a street or a town has a capital
        return None  # `address: 10.0.0.5`, `address: https://...`: a machine's, not a street
    if _COMPANY_FIRST.match(value):
        return None  # `Billing address: Example Holdings Ltd, 5 Market Street`: a company's, named first
    if _DELIVERY.search(m[0]) and (_POSTCODE_TOWN.search(value) is None or site_address(value)
                                    or _NAMED_FIRST.match(value) or _UNIT_FIRST.match(value)):
        return None  # a delivery address is as often a site's or a business's (`Dock 3, Building C`, `Bergmoor
        # Creamery, 1 Dairy Way, ...`, `Unit 4, ...`): a full postal one that opens with its street only (R41, R63)
    return start, start + len(value)


# A delivery label (round 19): where a parcel goes is as often a warehouse, a dock or a gate as a home (review R41).
_DELIVERY = re.compile(r"(?i:deliver|liefer|livraison|wysyłki|dostawy|env[íi]o|entrega|consegna|spedizione|levering"
                       r"|teslimat)")
# A value whose first segment (to its first comma) holds no number: a recipient named first, a business (R63).
_NAMED_FIRST = re.compile(r"[^,\d\n]+,")
_UNIT_FIRST = re.compile(r"(?i:unit|suite|building|estate|park|industrial|trading)(?![^\W\d_])")
# A postcode and its town (`08036 Barcelona`, `00-514 Warszawa`, `1016 GV Amsterdam`) or a town and a UK postcode.
_POSTCODE_TOWN = re.compile(
    r"(?<![\w-])(?:\d{2}-\d{3}|\d{4,5}(?:-\d{3})?|\d{3}[ \t]\d{2}|\d{4}[ \t]?[A-Z]{2})[ \t]+[A-ZÀ-Þ]"
    r"|[A-ZÀ-Þ][\w’-]+[ \t]+[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}(?![\w-])"
)
# Words that name a site, not a home, opening an address or standing in one, in the languages the labels are read in.
_SITE_WORD = re.compile(
    r"(?i:(?<![^\W\d_])(?:warehouse|dock|gate|bay|building|depot|store|plant|hall|yard|loading|lager|tor|halle|werk"
    r"|rampe|hala|brama|magazyn|depo|kap[ıi]|antrepo|entrep[ôo]t|quai|almac[ée]n|muelle|nave|magazzino|banchina"
    r"|armaz[ée]m|doca|склад\w*|ворота|рампа|ангар|מחסן|שער|רציף|गोदाम|गेट)(?![^\W\d_]))"
    r"|คลังสินค้า|仓库|库房|月台|물류센터|창고|게이트"
)


def site_address(value: str) -> bool:
    """A value whose first word names a site (a warehouse, a dock, a gate), or that holds such a word beside
    numbers only: a company's place, no person's home. A site word in a street's name (`12 Gate Lane`, `Am Tor 5`,
    `ул. Складская 4`, review R57) or an address with a flat (`кв. 12`, `Flat 2`) is a home's."""
    first = _SITE_WORD.search(value)
    if first is None or (first.start() > 0 and _WORDS.search(value[: first.start()])):
        return False
    return _STREET_NAMED.match(value, first.end()) is None and _STREET_OPENS.search(value, 0, first.start()) is None \
        and _FLAT.search(value) is None


_STREET_NAMED = re.compile(r"[ \t]+(?i:lane|road|street|avenue|close|way|drive|sokak|sokağı|caddesi|cad\.|straße|weg|gate)"
                           r"(?![^\W\d_])")
_STREET_OPENS = re.compile(r"(?i:(?<![^\W\d_])(?:am|an der|ul\.|ул\.|улица|вул\.|rue|via|calle)[ \t]*\Z)")
_FLAT = re.compile(r"(?i:(?<![^\W\d_])(?:flat|apt\.?|apartment|кв\.|квартира|daire|m\.|mieszkanie|wohnung)[ \t]*\d)")


# An address that opens with a company's name: words ending in a legal form, then a comma.
_COMPANY_FIRST = re.compile(
    r"[^,\d\n]{1,60}?[ \t](?:" + alternation("f") + r")[ \t]*,"
)
