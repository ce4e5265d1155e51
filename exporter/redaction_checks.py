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
            out.append((kind, pattern, folded, tuple(n.lower() for n in needles) if folded else needles))
    return out


_EDGE = " \t=:\"'"


def pick_vendor(m: re.Match, text: str, floor: int) -> Span | None:
    """The token inside a plugin's match: its first group if it has one, without the delimiters
    some plugins match around the token (Artifactory matches the `=` or quote before it)."""
    a, b = next((m.span(i) for i in range(1, (m.re.groups or 0) + 1) if m.span(i)[0] >= 0), m.span())
    while a < b and text[a] in _EDGE:
        a += 1
    while b > a and text[b - 1] in _EDGE:
        b -= 1
    return (a, b) if b - a >= 8 else None


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
    if not 13 <= len(digits) <= 19 or not _ISSUER.match(digits) or not luhn.is_valid(digits):
        return None
    return m.span()


# --- IBAN ---------------------------------------------------------------------------------------


def pick_iban(m: re.Match, text: str, floor: int) -> Span | None:
    """The longest prefix of the candidate (whole 4-character groups) that is a valid IBAN: a
    candidate written in groups can run on into a following upper-case word."""
    raw = m.group()
    end = len(raw)
    while end >= 15:
        if iban.is_valid(raw[:end].replace(" ", "")):
            return m.start(), m.start() + end
        cut = raw.rfind(" ", 0, end)
        end = cut if cut > 0 else end - 4
    return None


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
    group = "num" if m.groupdict().get("num") is not None else 0
    a, b = m.span(group)
    raw = text[a:b].rstrip(" .-")
    b = a + len(raw)
    digits = sum(c.isdigit() for c in raw)
    if not 7 <= digits <= 15:
        return None
    regions = (None,) if raw.startswith("+") else _REGIONS
    for region in regions:
        try:
            number = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return a, b
    return None
