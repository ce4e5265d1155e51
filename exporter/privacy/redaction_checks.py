"""Well-kept detectors behind the redactor's cheap candidate patterns.

A regex can find something shaped like a phone number, a card number or an IBAN; only the
numbering plans and check digits tell a customer's card from a 16-digit order id. Those rules are
maintained elsewhere, so they come from libraries: Google's libphonenumber port (`phonenumbers`)
for phone numbers, `python-stdnum` for the Luhn check, IBANs and US social security numbers, and
the token-shape plugins of Yelp's `detect-secrets` for vendor credentials. The redactor runs a
candidate pattern first (fast, literal-led where possible) and asks these only about candidates.
"""

from __future__ import annotations

import re

import phonenumbers
from detect_secrets.plugins.artifactory import ArtifactoryDetector
from detect_secrets.plugins.aws import AWSKeyDetector
from detect_secrets.plugins.azure_storage_key import AzureStorageKeyDetector
from detect_secrets.plugins.discord import DiscordBotTokenDetector
from detect_secrets.plugins.mailchimp import MailchimpDetector
from detect_secrets.plugins.npm import NpmDetector
from detect_secrets.plugins.openai import OpenAIDetector
from detect_secrets.plugins.pypi_token import PypiTokenDetector
from detect_secrets.plugins.sendgrid import SendGridDetector
from detect_secrets.plugins.square_oauth import SquareOAuthDetector
from detect_secrets.plugins.stripe import StripeDetector
from detect_secrets.plugins.telegram_token import TelegramBotTokenDetector
from detect_secrets.plugins.twilio import TwilioKeyDetector
from stdnum import iban, luhn
from stdnum.us import ssn

from exporter.privacy.look_alikes import zero_subscriber
from exporter.privacy.ordinary_values import test_card_field

Span = tuple[int, int]

# --- vendor tokens: detect-secrets' token-shape rules -------------------------------------------

# Plugin -> (our type, substrings one of which must occur before its patterns run). The needles
# keep the cost low: most of these patterns do not start with a literal, and they run on every
# ingested string. GitHub, GitLab, Slack, JWT and private keys have rules of our own that also
# keep scheme words and cover newer formats (routable GitLab tokens), so their plugins are left out.
VENDOR_PLUGINS = (
    (ArtifactoryDetector, "generic_api_key", ("AKC", "AP")),
    # AKIA/ASIA keys have our own rule; the plugin's second pattern finds a quoted secret key near "aws".
    (AWSKeyDetector, "aws_key", ("A3T", "ABIA", "ACCA", "aws")),
    (AzureStorageKeyDetector, "generic_api_key", ("AccountKey",)),
    (DiscordBotTokenDetector, "generic_api_key", (".",)),
    (MailchimpDetector, "generic_api_key", ("-us",)),
    (NpmDetector, "generic_api_key", ("_auth",)),
    (OpenAIDetector, "generic_api_key", ("T3BlbkFJ",)),
    (PypiTokenDetector, "generic_api_key", ("pypi-",)),
    (SendGridDetector, "generic_api_key", ("SG.",)),
    (SquareOAuthDetector, "generic_api_key", ("sq0csp-",)),
    (StripeDetector, "generic_api_key", ("k_live_",)),
    (TelegramBotTokenDetector, "generic_api_key", (":",)),
    (TwilioKeyDetector, "generic_api_key", ("AC", "SK")),
)


def vendor_patterns() -> list[tuple[str, re.Pattern, bool, tuple[str, ...]]]:
    """(type, pattern, case-insensitive?, needles) for each pattern of each chosen plugin's deny list.

    A case-insensitive pattern is searched in the lower-cased text (same offsets), with its needles
    lower-cased, which is how the redactor runs its own case-insensitive rules fast."""
    out = []
    for plugin, kind, needles in VENDOR_PLUGINS:
        for pattern in plugin.denylist:
            folded = bool(pattern.flags & re.IGNORECASE)
            bounded = re.compile(_ANY_RUN.sub(lambda m: _BOUNDED_RUN[m[1]], pattern.pattern), pattern.flags)
            out.append((kind, bounded, folded, tuple(n.lower() for n in needles) if folded else needles))
    return out


# A plugin's `.+` / `.*` read at most one line of 128 characters: npm's `//.+/:_authToken=` otherwise reads
# from every `//` to the text's end (the redactor compiles with DOTALL) and back, quadratic on a line of
# slashes. A registry's path and a token are far shorter.
_ANY_RUN = re.compile(r"(?<!\\)\.([+*])")
_BOUNDED_RUN = {"+": "[^\\n]{1,128}", "*": "[^\\n]{0,128}"}


_EDGE = " \t=:\"'"


def pick_vendor(m: re.Match, text: str, floor: int) -> Span | None:
    """The token inside a plugin's match: its first group if it has one, without the delimiters
    some plugins match around the token (Artifactory matches the `=` or quote before it)."""
    a, b = next((m.span(i) for i in range(1, (m.re.groups or 0) + 1) if m.span(i)[0] >= 0), m.span())
    while a < b and text[a] in _EDGE:
        a += 1
    while b > a and text[b - 1] in _EDGE:
        b -= 1
    if b - a < 8 or (b - a < 24 and not any(c.isdigit() for c in text[a:b])):
        return None  # too short, or a short word without a digit (`APDosLogConf`): not generated
    if _TWILIO_ACCOUNT_SID.fullmatch(text, a, b):
        return None  # Twilio's Account SID names the account, as a user name does; its auth token is the secret
    # A token is read whole: a plugin's pattern without edges (Stripe's `[rs]k_live_` and 24 characters) matches
    # inside a longer one (`hvsk_live_oueU...xaZv`, a vendor's own prefix before Stripe's), whose ends then leaked.
    # (the prefix read back only before a vendor's letters: `bot<digits>:...` names Telegram's bot id, no token)
    start = max(floor, a - 256)
    while a > start and text[a].isalpha() and _TOKEN_CHAR.match(text, a - 1):
        a -= 1
    if text[b - 1].isspace():
        return a, b - 1  # (a plugin that matches the blank after the token, a newline too, ends it there)
    end = _TOKEN_RUN.match(text, b)
    return a, end.end() if end else b


_TOKEN_CHAR = re.compile(r"[A-Za-z0-9_]")
_TOKEN_RUN = re.compile(r"[A-Za-z0-9_]{1,256}")


_TWILIO_ACCOUNT_SID = re.compile(r"AC[0-9a-f]{32}")


# --- payment cards ------------------------------------------------------------------------------

# Issuer prefixes (Visa, Mastercard incl. 2-series, Amex, Discover, Diners, JCB, UnionPay, Maestro).
_ISSUER = re.compile(r"4|5[1-5]|2[2-7]|3[47]|3(?:0[0-5]|[689])|35|6(?:011|5|4[4-9]|2)|5[06-8]")


_GROUPINGS = ([4, 4, 4, 4], [4, 4, 4, 4, 3], [4, 6, 5], [4, 6, 4], [4, 4, 4, 1], [4, 4, 4, 2], [4, 4, 4, 3])


def pick_card(m: re.Match, text: str, floor: int) -> Span | None:
    raw = m.group()
    seps = {c for c in raw if not c.isdigit()}
    if len(seps) > 1:
        return None  # a card is written with one kind of separator, or none
    if seps and [len(g) for g in re.split(r"[ -]", raw)] not in _GROUPINGS:
        return None  # written in groups, a card uses its network's grouping (4-4-4-4, Amex 4-6-5)
    digits = raw.replace(" ", "").replace("-", "")
    if not 13 <= len(digits) <= 19 or not luhn.is_valid(digits):
        return None
    if digits[0] == "0" or len(set(digits)) == 1:
        return None  # ISO/IEC 7812 gives industry 0 no payment card; one digit repeated is a mask or a fixture
    if _IBAN_HEAD.search(text, max(0, m.start() - 5), m.start()) and _inside_iban(text, m.start()):
        return None  # the account digits of an IBAN kept as a published example (`AT61 1904 3002 3457 3201 (example)`)
    if len(set(digits)) == 2 and (_TEST_CARD_LABEL.search(text, max(0, m.start() - 48), m.start())
                                  or _TEST_LABEL_AFTER.match(text, m.end())):
        # `documented test card 4242 4242 4242 4242`, `sandbox: 4111 1111 1111 1111`: a processor's published test
        # number of two digits (no issuer's account number looks so), and the text says it is one. Without the
        # label the same number stands where a customer's card would, and is read as one.
        return None
    if test_card_field(text, m.start()):
        return None  # the whole value of a field named a test card (`TEST_CARD = '4000...'`)
    if not seps and not _ISSUER.match(digits):
        return None  # an unbroken run needs a known issuer; one in a network's grouping is a card whatever its issuer
    if not seps and _NUMBERED_THING.search(text, max(0, m.start() - 24), m.start()):
        return None  # `order 4532015112830366`: the number of an order or a ticket, not a card
    return m.span()


# A card named as a test one right before it (within a few words): `test card`, `sandbox`, `fixture`.
_TEST_CARD_LABEL = re.compile(r"(?i)\b(?:test|testing|sandbox|fixtures?)\b")
# ... or in the parenthesis right after it, as a seed file or a doc annotates one (`4242 4242 4242 4242 (Stripe test
# card)`, `DE89 3704 0044 0532 0130 00 (ISO example)`). (Both runs bounded: one match per number.)
_TEST_LABEL_AFTER = re.compile(
    r"(?i)[ \t]{0,4}\([^()\n]{0,40}?\b(?:test|testing|sandbox|fixtures?|example|sample)\b[^()\n]{0,40}\)"
)
# An account named as a test or an example one right before its IBAN, the label on the account noun itself
# (`KESTREL TEST ACCOUNT,NL91...`, `example IBAN: DE89...`); a test named further off is about something else
# (`refund test against a real account GB97...` is a customer's).
_TEST_ACCOUNT_LABEL = re.compile(
    r"(?i)\b(?:test|testing|sandbox|fixture|example|sample)[ \t]+(?:account|iban)[ \t]*[,:;=|\t]?[ \t]*\Z"
)
# Things people number, named right before an unbroken run of digits; a device's IMEI and a SIM's ICCID are Luhn-checked
# too, and a 15-digit IMEI can open like a Diners card (`Modem IMEI 3004...`, batch 19).
_NUMBERED_THING = re.compile(
    r"(?i:\b(?:order|invoice|ticket|case|incident|build|job|run|tracking|shipment|po|id|imei|imeisv|meid|iccid)"
    r"(?:[ \t]*(?:no\.?|number|id))?[ \t]*[:#=]?[ \t]*|#)\Z"
)


def pick_card_code(m: re.Match, text: str, floor: int) -> Span | None:
    """A card's verification value, unless it is the run or the repeated digit that the networks' and processors'
    test documents print beside their test cards (`CVC 123`, `cvv 000`): a filler, not a card's code."""
    val = m["val"]
    if len(set(val)) == 1 or val in "0123456789":
        return None
    return m.span("val")


# --- IBAN ---------------------------------------------------------------------------------------

_IBAN_HEAD = re.compile(r"[A-Z]{2}\d{2} ?\Z")
_IBAN_CANDIDATE = re.compile(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?")


def _inside_iban(text: str, start: int) -> bool:
    """The digits at `start` continue a valid IBAN opened just before them (its country code and check digits)."""
    head = _IBAN_HEAD.search(text, max(0, start - 5), start)
    run = _IBAN_CANDIDATE.match(text, head.start()) if head is not None else None
    if run is None:
        return False
    raw = run[0]
    ends = [i for i, c in enumerate(raw) if c == " " and i >= 15] + [len(raw)]  # (whole groups, as `pick_iban` reads)
    return any(_valid_iban(raw[:end].replace(" ", "")) for end in ends)


def _valid_iban(compact: str) -> bool:
    """An IBAN of its country's registered length and format whose ISO 7064 check digits hold. The country's own
    check inside the account number (Spain's, Belgium's) is not asked: people and test writers compute the IBAN's
    two check digits but not the bank's, and a ticket's account with a wrong national digit is still someone's
    (blind, blind2 and batch 17 wrote three so)."""
    return iban.is_valid(compact, check_country=False)

# The example IBANs the standards and registries publish (ISO 13616's and the SWIFT IBAN registry's examples per
# country, the ECBS one): nobody's account. Kept only where the text also labels the one it writes as a test or an
# example (reviewer rrev's F17: a label alone kept any customer's IBAN); without the label they stand for customers'
# accounts in tickets, as three older dev lines write them.
_EXAMPLE_IBANS = frozenset({
    "DE89370400440532013000", "NL91ABNA0417164300", "GB29NWBK60161331926819", "GB82WEST12345698765432",
    "FR1420041010050500013M02606", "CH9300762011623852957", "AT611904300234573201", "ES9121000418450200051332",
    "IT60X0542811101000000123456", "NO9386011117947", "SE4550000000058398257466", "DK5000400440116243",
    "FI2112345600000785", "PL61109010140000071219812874", "IE29AIBK93115212345678",
})


def pick_iban(m: re.Match, text: str, floor: int) -> Span | None:
    """The longest prefix of the candidate (whole 4-character groups) that is a valid IBAN: a
    candidate written in groups can run on into a following upper-case word. A published example IBAN with a
    test or example label on it is a fixture (`_EXAMPLE_IBANS`)."""
    raw = m.group()
    end = len(raw)
    while end >= 15:
        compact = raw[:end].replace(" ", "")
        if _valid_iban(compact):
            if compact in _EXAMPLE_IBANS and (_TEST_ACCOUNT_LABEL.search(text, max(0, m.start() - 24), m.start())
                    or _TEST_LABEL_AFTER.match(text, m.start() + end)):
                return None  # an account the text names as a test or an example one: a fixture, nobody's
            return m.start(), m.start() + end
        cut = raw.rfind(" ", 0, end)
        end = cut if cut > 0 else end - 4
    return None


# --- BitLocker recovery keys ------------------------------------------------------------------

BITLOCKER_KEY = r"(?<![\w-])\d{6}(?:-\d{6}){7}(?![\w-])"


def pick_bitlocker_key(m: re.Match, text: str, floor: int) -> Span | None:
    """Eight groups of six digits in which every group is a multiple of 11 below 720896 (each encodes 16
    bits times 11: Microsoft's check on a typed key). A random eight-group number passes one time in 11^8."""
    groups = [int(g) for g in m[0].split("-")]
    return m.span() if all(g % 11 == 0 and g < 720896 for g in groups) else None


# --- US social security numbers ---------------------------------------------------------------


def pick_ssn(m: re.Match, text: str, floor: int) -> Span | None:
    """A dashed 3-2-4 number that the SSA could have issued; after the words `SSN` or `social
    security` any 9 digits count, since the context says what they are (advertising numbers too)."""
    if m["ctx"] is not None:
        return m.span("num")
    digits = "".join(ch for ch in m["num"] if ch.isdigit())
    return m.span("num") if ssn.is_valid(digits) else None


# --- phone numbers ------------------------------------------------------------------------------

# Regions tried for a number written without a country code: the ones whose formats dominate the
# text this service sees. A number must be valid (not merely possible) in one of them.
_REGIONS = ("US", "GB", "DE", "FR", "IN")


def pick_phone(m: re.Match, text: str, floor: int) -> Span | None:
    span = _valid_phone(m, text, _REGIONS)
    if span is not None and _LABEL_RIGHT_BEFORE.search(text, max(0, span[0] - 32), span[0]) and not _mobile(text[span[0] : span[1]]):
        return None  # `Infolinia: +47 55 30 70 00`: the label of a switchboard or a service desk names this number
    return span


# A UUID, or a run of 16+ hex digits with a letter, standing as one token (round 27, writer 25's SIP call ids): an id
# whose first group may be all digits, as 2% of random UUIDs' are.
_HEX_ID = re.compile(
    r"(?:[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}|(?=[0-9]*[a-fA-F])[0-9a-fA-F]{16,})(?![\w-])"
)


def pick_named_phone(m: re.Match, text: str, floor: int) -> Span | None:
    """After a word that says phone, a number written in groups (`0803 073 0539`) may be from any
    numbering plan: the word, not the region, says what it is. A run of digits (`contact 48213377`)
    must still be valid in one of `_REGIONS`."""
    a, b = m.span("num")
    if _HEX_ID.match(text, a):
        return None  # `call 4522329d-d6d4-...`: the digits open a call's UUID or a hex id, no number written alone
    groups = len(_GROUP_SEP.findall(text, a, b))
    raw = text[a:b]
    # (a national number with its trunk 0 and a space after the area code, `06 12345678`, is written for a region too;
    # a word in another language than English says the number is that language's region's)
    foreign = m.groupdict().get("foreign") is not None
    if foreign and _DATE_DIGITS.fullmatch(raw.strip()):
        return None  # `telefon 20261130`: a date's eight digits, valid in some plan, are no number a person gave
    if _ISO_DATE.fullmatch(raw.strip()):
        return None  # `call home 2026-11-30`, `2026 11 30`: a date after any phone word (review R51)
    if _DATE_HOUR.fullmatch(raw) and text.startswith(":", b):
        return None  # `[Call 2024-10-09 14:02 AEST | ...]`: a date and the hour of a time, a timestamp
    wide = groups >= 2 or foreign or (groups >= 1 and raw.startswith("0"))
    regions = _REGIONS + _ALL_REGIONS if wide else _REGIONS
    if foreign:
        regions = _label_regions(m["foreign"]) + regions
    span = _valid_phone(m, text, regions)
    if span is None and groups >= 2 and _fictional_national(raw):
        return m.span("num")
    if span is not None and foreign and (company_line(text, m.start(), raw, regions) or (
            m["foreign"].lower().startswith("телефон") and company_line(text, m.start(), raw, ("RU",)))):
        return None
    return span


# The region a phone word's language or script says first (`휴대폰 010-4827-1935` is a Korean mobile; read in every
# region's plan in turn it is valid first in Åland's, where its type is a service number). A word several countries
# write (`телефон`, `هاتف`) names none: every region is read as before (and `телефон`'s number is also refused when
# Russia's plan calls it a service number: `8 800 ...` is its freephone, review R51).
_LABEL_REGION = (("휴대", "KR"), ("전화", "KR"), ("연락처", "KR"), ("טלפון", "IL"), ("נייד", "IL"), ("手机", "CN"),
                 ("电话", "CN"), ("โทรศัพท์", "TH"), ("มือถือ", "TH"), ("फ़ोन", "IN"), ("फोन", "IN"),
                 ("मोबाइल", "IN"), ("portable", "FR"), ("telefoon", "NL"), ("mobiel", "NL"))


def _label_regions(word: str) -> tuple[str, ...]:
    word = word.lower()
    return tuple(region for prefix, region in _LABEL_REGION if word.startswith(prefix))[:1]


# A company's line, no person's: a number the plan gives out for a service (freephone, shared cost, premium rate, a
# universal access number, voicemail: `phonenumbers.number_type`), or one a switchboard or customer-service label
# names on the line before it.
_SERVICE_TYPES = frozenset((
    phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.SHARED_COST,
    phonenumbers.PhoneNumberType.PREMIUM_RATE, phonenumbers.PhoneNumberType.UAN, phonenumbers.PhoneNumberType.VOICEMAIL,
))
_COMPANY_LABEL = re.compile(
    r"(?i:sentralbord|switchboard|zentrale|kunde(?:n)?service|kundeservice|customer service|service client|servicio"
    r"|atenci[óo]n al cliente|infolinia|centrala|helpdesk|reception|resepsjon|freephone|gratuito|toll[- ]free"
    r"|总机|客服|热线|대표번호|고객센터|קבלה|מוקד|办公室|사무실|משרד|สำนักงาน|офис|офіс)"  # (round 19's scripts, R51)
)

# A switchboard or service-desk label right before the number (then `:` or a space), never a word further off (review R2).
_LABEL_RIGHT_BEFORE = re.compile(_COMPANY_LABEL.pattern + r"[ \t]*:?[ \t]*\Z")


def _mobile(raw: str) -> bool:
    """A mobile (or mobile-or-fixed) range is a person's line whatever label stands before it."""
    try:
        number = phonenumbers.parse(raw, None if raw.startswith("+") else _REGIONS[0])
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.number_type(number) in (phonenumbers.PhoneNumberType.MOBILE,
                                                phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)



def company_line(text: str, at: int, raw: str, regions: tuple[str, ...] | None = None) -> bool:
    line = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    if _COMPANY_LABEL.search(text, max(line, at - 60), min(end if end >= 0 else len(text), at + 80)):
        return True
    for region in (None,) if raw.startswith("+") else regions or _REGIONS + _ALL_REGIONS:
        try:
            number = phonenumbers.parse(raw.rstrip(" .-"), region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return phonenumbers.number_type(number) in _SERVICE_TYPES
    return False


def pick_owned_phone(m: re.Match, text: str, floor: int) -> Span | None:
    """A number right after a person's redacted name or address: written in groups split by spaces (a count, a date or
    an id is not), valid in some region or a national number of a possible length (`_fictional_national`)."""
    if not text.endswith(("<redacted:person_name>", "<redacted:email>"), 0, m.start()):
        return None
    a, b = m.span("num")
    raw = text[a:b]
    if " " not in raw or raw.startswith("+"):
        return None  # (`+` numbers are found by the rule for them)
    # a national number opens with its trunk 0; without one, only nine digits or more in three groups or more
    # (`91 555 23 87`), which a count (`12 345 678 rows`) or a date (`2024 05 01`) has not; no group is a lone 0
    # (`0 12 24 36 48 retries`: a backoff), no unit follows (`0 10 20 30 40 ms`), and the number is one a numbering
    # plan gives out (no sign of a phone but the name before it: a schedule's `0800 1200 1300` is possible, not valid)
    digits = sum(c.isdigit() for c in raw)
    if not ((raw.startswith("0") and 10 <= digits <= 11) or (digits >= 9 and raw.count(" ") >= 3)):
        return None  # (a national number with its trunk 0 is ten or eleven digits in the plans that write one)
    if "0" in raw.split(" ") or _UNIT_AFTER.match(text, b):
        return None
    span = _valid_phone(m, text, _REGIONS + _ALL_REGIONS)
    return None if span is None or company_line(text, m.start(), raw) else span


_UNIT_AFTER = re.compile(r"[ \t]*(?:ms|s|sec|secs|seconds?|min|mins|minutes?|h|hours?|retries|retry|bytes?|[kmg]i?b|rows|requests"
                         r"|times|x|%|buckets?|items|events|points|px)(?![\w])", re.I)


_SPACED_NATIONAL = re.compile(r"0\d{1,4}(?: \d{2,4}){2,3}")


def _fictional_national(raw: str) -> bool:
    """A number in national format (trunk 0, groups split by spaces: `07700 900 845`) of a possible length after a word
    that says phone: the ranges set aside for fiction and tests (Ofcom's 07700 900xxx) and new allocations are in no
    list of valid ranges, but the word and the writing say what it is."""
    raw = raw.rstrip(" .-")
    if _SPACED_NATIONAL.fullmatch(raw) is None:
        return False
    for region in _REGIONS:
        try:
            if phonenumbers.is_possible_number(phonenumbers.parse(raw, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


_ISO_DATE = re.compile(r"(?:19|20)\d\d[- ./](?:0[1-9]|1[0-2])[- ./](?:0[1-9]|[12]\d|3[01])")
_DATE_DIGITS = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
_DATE_HOUR = re.compile(_ISO_DATE.pattern + r"[ \tT](?:[01]?\d|2[0-3])")  # the number cut at the time's colon
_GROUP_SEP = re.compile(r"\d[ .-]+(?=\d)")
_ALL_REGIONS = tuple(sorted(phonenumbers.SUPPORTED_REGIONS - set(_REGIONS)))


def pick_json_phone(m: re.Match, text: str, floor: int) -> Span | None:
    """A JSON field holding a phone number: named so (`"phone": ...`), or an `address`/`number` in an
    object about a phone (`"type":"sms_contact_method"`), with its country code in a field of its own
    when the object has one (`"country_code":48`)."""
    key = m["key"].lower()
    lo = text.rfind("{", 0, m.start())
    hi = text.find("}", m.end())
    obj = text[lo + 1 : hi if hi >= 0 else len(text)]
    if key in ("address", "number", "value") and _PHONE_OBJECT.search(obj) is None:
        return None
    code = _COUNTRY_CODE.search(obj)
    if code is not None and not m["num"].startswith("+"):
        try:
            number = phonenumbers.parse(f"+{code[1]} {m['num']}", None)
        except phonenumbers.NumberParseException:
            return None
        return m.span("num") if phonenumbers.is_valid_number(number) else None
    return pick_named_phone(m, text, floor)


_PHONE_OBJECT = re.compile(r"(?i)phone|sms|mobile|cell|whatsapp|voice")
_COUNTRY_CODE = re.compile(r'"(?:country_?code|countryCode|calling_code|dial_code)"[ \t]*:[ \t]*"?\+?(\d{1,3})\b')


def _valid_phone(m: re.Match, text: str, regions: tuple[str, ...]) -> Span | None:
    group = "num" if m.groupdict().get("num") is not None else 0
    a, b = m.span(group)
    raw = text[a:b].rstrip(" .-")
    if raw.count("(") > raw.count(")"):
        raw = raw[: raw.rindex("(")].rstrip(" .-")  # `+351 912 075 724 (24/7)`: a bracket the number never closes
    b = a + len(raw)
    digits = sum(c.isdigit() for c in raw)
    if not 7 <= digits <= 15:
        return None
    for region in (None,) if raw.startswith("+") else regions:
        try:
            number = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            continue
        if number.national_number == 0:
            return None  # `+47 000 00 000`: no numbering plan gives out an all-zero number; it is a form's filler
        if phonenumbers.is_valid_number(number) or (region is None and _written_as_phone(raw, number)):
            return None if zero_subscriber(number) else (a, b)  # `+1 555 000 0000`: a form's filler
    return None


def _written_as_phone(raw: str, number: phonenumbers.PhoneNumber) -> bool:
    """An international number of a possible length for its country, written in groups (`+44 7700 900418`).

    Validity is the numbering plan's list of ranges in use, which lags new allocations and leaves out the
    ranges set aside for fiction and tests (Ofcom's 07700 900xxx); a person writing `+`, a country code and
    digit groups has written a phone number all the same. A run without groups (`+20240514`) still needs a
    valid range."""
    if len(_GROUP_SEP.findall(raw)) < 2 or not phonenumbers.is_possible_number(number):
        return False
    # the country code written as a group of its own (`+44 7700 ...`), as people write one: `+12 345 678 s` is a
    # count with a sign, whose first group is no country code
    first = raw[1:].lstrip(" (").split(" ", 1)[0].split("-", 1)[0].split(".", 1)[0]
    return first == str(number.country_code)


# --- vendor tokens by their documented prefix ---------------------------------------------------

# Token formats that vendors document (and that the maintained scanners' rule sets, gitleaks and
# secrets-patterns-db among them, check for): a fixed prefix, then a body of a known alphabet and
# length. A prefix alone is a weak sign (`pat`, `key-` are words), so each body is strict, and the
# whole token must contain a digit. (needle, body pattern): the needle is the literal prefix, which
# must occur before the pattern runs.
KNOWN_TOKENS: tuple[tuple[str, str], ...] = (
    ("dapi", r"dapi[a-f0-9]{32}(?:-\d)?"),  # Databricks
    ("pul-", r"pul-[a-f0-9]{40}"),  # Pulumi
    ("sntrys_", r"sntrys_[A-Za-z0-9+/=_]{50,}"),  # Sentry org token
    ("sntryu_", r"sntryu_[a-f0-9]{64}"),  # Sentry user token
    ("_v1_", r"do[opr]_v1_[a-f0-9]{64}"),  # DigitalOcean
    ("dckr_pat_", r"dckr_pat_[A-Za-z0-9_-]{27,}"),  # Docker Hub
    ("PMAK-", r"PMAK-[a-f0-9]{24}-[a-f0-9]{34}"),  # Postman
    ("ATATT3", r"ATATT3[A-Za-z0-9_=-]{50,}"),  # Atlassian API token
    ("lin_api_", r"lin_api_[A-Za-z0-9]{40}"),  # Linear
    ("gsk_", r"gsk_[A-Za-z0-9]{52}"),  # Groq
    ("ntn_", r"ntn_\d{11}[A-Za-z0-9]{35}"),  # Notion
    ("secret_", r"secret_[A-Za-z0-9]{43}"),  # Notion (older integration secret)
    ("dp.", r"dp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{40,44}"),  # Doppler
    ("dt0c01.", r"dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}"),  # Dynatrace
    ("NRAK-", r"NRAK-[A-Z0-9]{27}"),  # New Relic user key
    ("NRII-", r"NRII-[A-Za-z0-9-]{32}"),  # New Relic insert key
    ("NRJS-", r"NRJS-[a-f0-9]{19}"),  # New Relic browser key
    ("FLW", r"FLW(?:PUB|SEC)K(?:_TEST)?-[a-hA-H0-9]{32}-X"),  # Flutterwave
    ("pscale_", r"pscale_(?:tkn|oauth|pw)_[\w=.-]{32,64}"),  # PlanetScale
    ("figd_", r"figd_[\w-]{40}"),  # Figma
    ("CFPAT-", r"CFPAT-[\w-]{43}"),  # Contentful
    ("sgp_", r"sgp_(?:[a-f0-9]{16}_)?[a-f0-9]{40}"),  # Sourcegraph
    (".atlasv1.", r"[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,100}"),  # Terraform Cloud (mixed case, as gitleaks)
    ("pat-", r"pat-(?:na|eu|ap)\d-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),  # HubSpot private app
    ("AGE-SECRET-KEY-1", r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}"),  # age
    ("rubygems_", r"rubygems_[a-f0-9]{48}"),  # RubyGems
    ("oy2", r"oy2[a-z0-9]{43}"),  # NuGet
    ("CLOJARS_", r"CLOJARS_[a-z0-9]{60}"),  # Clojars
    ("LTAI", r"LTAI[A-Za-z0-9]{20}"),  # Alibaba Cloud access key id
    ("EAA", r"EAA[MC][A-Za-z0-9]{100,}"),  # Facebook / Meta access token
    ("ya29.", r"ya29\.[\w-]{30,}"),  # Google OAuth access token
    ("key-", r"key-[a-f0-9]{32}"),  # Mailgun
    ("sq0atp-", r"sq0atp-[\w-]{22}"),  # Square access token
    ("eyJrIjoi", r"eyJrIjoi[A-Za-z0-9]{70,400}={0,3}"),  # Grafana API key
    ("HRKU-", r"HRKU-AA[\w-]{58}"),  # Heroku
    ("fm", r"fm[12]_[A-Za-z0-9+/]{100,}={0,3}"),  # Fly.io
    ("v1.0-", r"v1\.0-[a-f0-9]{24}-[a-f0-9]{146}"),  # Cloudflare origin CA key
    ("pat", r"pat[A-Za-z0-9]{14}\.[a-f0-9]{64}"),  # Airtable personal access token
    ("sk.eyJ", r"sk\.eyJ[\w.-]{50,}"),  # Mapbox secret token (pk. tokens are public)
    ("duffel_", r"duffel_(?:test|live)_[\w=-]{43}"),  # Duffel
    ("EZ", r"EZ[AT]K[a-z0-9]{54}"),  # EasyPost
    ("fio-u-", r"fio-u-[\w=-]{64}"),  # Frame.io
    ("pnu_", r"pnu_[A-Za-z0-9]{36}"),  # Prefect
    ("rdme_", r"rdme_[a-z0-9]{70}"),  # ReadMe
    ("shippo_", r"shippo_(?:live|test)_[a-fA-F0-9]{40}"),  # Shippo
    ("tfp_", r"tfp_[\w.=-]{59}"),  # Typeform
    ("ico-", r"ico-[A-Za-z0-9]{32}"),  # Infracost
    ("API-", r"API-[A-Z0-9]{26}"),  # Octopus Deploy
    ("pat.", r"pat\.[\w-]{22}\.[0-9a-f]{24}\.[A-Za-z0-9]{20}"),  # Harness
    ("dnkey-", r"dnkey-[a-z0-9=_-]{26}-[a-z0-9=_-]{52}"),  # Defined Networking
    ("whsec_", r"whsec_[A-Za-z0-9+/=]{32,}"),  # Stripe and Svix webhook signing secrets
    ("r8_", r"r8_[A-Za-z0-9]{37}"),  # Replicate
    ("pplx-", r"pplx-[A-Za-z0-9]{48}"),  # Perplexity
    ("xai-", r"xai-[A-Za-z0-9]{80}"),  # xAI
    ("lsv2_", r"lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}"),  # LangSmith
    ("bkua_", r"bkua_[a-f0-9]{40}"),  # Buildkite
    ("CCIPAT_", r"CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40}"),  # CircleCI
    ("rnd_", r"rnd_[A-Za-z0-9]{32}"),  # Render
    ("sbp_", r"sbp_[a-f0-9]{40}"),  # Supabase
    ("sb_secret_", r"sb_secret_[\w-]{31,}"),  # Supabase secret key
    ("tskey-", r"tskey-(?:api|auth|client|scim|webhook)-[A-Za-z0-9]{8,}-[A-Za-z0-9]{20,}"),  # Tailscale
    ("nfp_", r"nfp_[A-Za-z0-9]{36}"),  # Netlify
    ("sq", r"sq[pua]_[a-f0-9]{40}"),  # SonarQube
    ("pcsk_", r"pcsk_\w{40,}"),  # Pinecone
    ("glrt-", r"glrt-[\w-]{20,}"),  # GitLab runner token
    ("1//0", r"1//0[\w-]{40,}"),  # Google OAuth refresh token
    ("s-s4t2", r"s-s4t2(?:ud|af)-[a-f0-9]{64}"),  # 42 intra API client secret
    ("rzp_live_", r"rzp_live_[A-Za-z0-9]{14}"),  # Razorpay live key id (its test keys are documentation's)
    ("access_token$", r"access_token\$(?:production|sandbox)\$[a-z0-9]{16}\$[a-f0-9]{32}"),  # Braintree (gitleaks)
    ("sl.", r"sl\.(?:u\.)?[A-Za-z0-9_=-]{50,2048}"),  # Dropbox short-lived access token (its documented `sl.` prefix)
)


def known_token_pattern() -> tuple[str, tuple[str, ...]]:
    """One pattern for every documented format (a token ends at a non-token character) and its needles."""
    body = "|".join(regex for _, regex in KNOWN_TOKENS)
    # (a digit within the token: Braintree's joins its parts with `$`)
    pattern = rf"(?<![A-Za-z0-9_.+/-])(?=[\w.+/=$-]*\d)(?:{body})(?![A-Za-z0-9_+/-])"
    return pattern, tuple(dict.fromkeys(needle for needle, _ in KNOWN_TOKENS))


_MIXED = re.compile(r"(?=[^a-z]*[a-z])(?=[^A-Z]*[A-Z])(?=\D*\d)")


def pick_generated_value(m: re.Match, text: str, floor: int) -> Span | None:
    """A value that looks generated: lower- and upper-case letters and a digit (no word or path does)."""
    return m.span("val") if _MIXED.match(m["val"]) else None
