"""Values that look like personal data or a secret and, by their own structure, are none (issue 13, round 23).

Every independent writer of the redaction corpus damages ordinary lines a rule took for something else; most of
what the rules misread has a structure of its own that says what it is, in any language around it:

- **A version numbered in four parts** (`billing-svc 2.0.1.4`, `QGIS 3.34.6.1`, `верзија 2.0.1.4`): a release's
  major, minor and patch count up from zero, so they are small (the fourth, a build counter, may be any); an
  address's octets spread over 0-255, and a public address whose first three are all small is rare (none of the ~150
  public addresses the released writers list for removal has them). Right after a word of any script and a space
  (`personal_data._standing_alone`: not after a label's colon, a switch or a word that names an address, and with no
  port after it) such a number is a version, whatever language names it.
- **A digest that names its algorithm** (`SHA256:pp9OTJbn...`, as OpenSSH prints a key's fingerprint): the body is
  exactly as long as the algorithm's output, in hex or unpadded base64. A secret is not written so.
- **A payment processor's object id** (`tok_KADgEpbq...`, `cus_...`: Stripe names every object so): an id, not a
  key.
- **A product token in an access log's user-agent field** (`... 204 0 "-" "GitHub-Hookshot/7a2c5e1"`): read as the
  `User-Agent:` header already is (RFC 9110's `product/version`, a commit id as the version).
- **A phone number whose subscriber part is all zeros** (`+1 555 000 0000`, `+49 341 000 00`): no numbering plan
  gives one out; it is a form's filler.

The constant (`MAX_VERSION_PART`) was chosen leave-one-batch-out over the released batches 10-23 (bench/plans/
redneg.md, round 23).
"""

from __future__ import annotations

import ipaddress
import re

import phonenumbers

# The largest part of a four-part number read as a version when it stands alone (see the module doc).
MAX_VERSION_PART = 40


def small_parts(octets: list[str]) -> bool:
    """The first three parts at most `MAX_VERSION_PART`, and not a private address (`10.0.0.1` is a host's whatever its
    size)."""
    if any(int(o) > MAX_VERSION_PART for o in octets[:3]):
        return False
    return not ipaddress.IPv4Address(".".join(octets)).is_private


# Stripe's object ids (a card's token, a payment method, a customer, a charge, ...): they name an object in the
# account, as a row's id does, and only the account's secret key (`sk_`, `rk_`) can act on them. A PaymentIntent's
# client secret (`pi_..._secret_...`) is written otherwise and is not matched; prefixes other vendors' keys also use
# (`re_`, `in_`, `py_`) are left out, and under a name that says key, secret or password the value is read as one
# (review R4: `api_key: cus_...`).
_STRIPE_OBJECT_ID = re.compile(r"(?:tok|pm|card|src|cus|ch|pi|seti|acct|prod|price|sub|evt)_[A-Za-z0-9]{14,32}")
_NAME_BEFORE = re.compile(r"([A-Za-z][\w.-]{0,48})[\"']?[ \t]*[:=][ \t]*[\"']?\Z")
_SECRET_NAME_END = re.compile(r"(?i:key|secret|password|passwd|pass|pwd|credentials?)\Z")


def vendor_object_id(text: str, a: int, b: int) -> bool:
    """The value `text[a:b]` is a processor's object id, under no name that says it is a key or a secret."""
    if _STRIPE_OBJECT_ID.fullmatch(text, a, b) is None:
        return False
    name = _NAME_BEFORE.search(text, max(0, a - 56), a)
    return name is None or _SECRET_NAME_END.search(name[1]) is None


# The combined log format's status and size, then the quoted referer: what stands before the user agent's quote.
_STATUS_SIZE_REFERER = re.compile(r'" [1-5]\d\d (?:\d{1,12}|-) "\Z')
_REFERER_REACH = 2048


def access_log_agent(before: str) -> bool:
    """`before` ends where an access log's user-agent field opens (`... 204 0 "-" "`): a product token follows
    (`"GitHub-Hookshot/7a2c5e1"`), as in a `User-Agent:` header."""
    if not before.endswith('" "'):
        return False
    opened = before.rfind('"', max(0, len(before) - _REFERER_REACH), len(before) - 3)  # the referer's opening quote
    return opened > 0 and _STATUS_SIZE_REFERER.search(before, max(0, opened - 20), opened + 1) is not None


# Algorithms and the length of their output written in hex and in base64 (padded or not).
_DIGEST_LENGTHS = {"md5": 16, "sha1": 20, "sha224": 28, "sha256": 32, "sha384": 48, "sha512": 64}
_LABELLED = re.compile(r"(?i:(md5|sha1|sha224|sha256|sha384|sha512))[:=-]([A-Za-z0-9+/_-]{22,128})(={0,2})")


def labelled_digest(value: str) -> bool:
    """`SHA256:<43 base64 characters>`, `sha1:<40 hex digits>`: a digest of exactly its algorithm's length."""
    m = _LABELLED.fullmatch(value)
    if m is None:
        return False
    size, body, pad = _DIGEST_LENGTHS[m[1].lower()], m[2], m[3]
    if len(body) == 2 * size and not pad and all(c in "0123456789abcdefABCDEF" for c in body):
        return True
    full, rest = divmod(size, 3)
    unpadded = 4 * full + (rest + 1 if rest else 0)
    return len(body) == unpadded and len(pad) == (3 - rest) % 3 * (pad != "")


def zero_subscriber(number: phonenumbers.PhoneNumber) -> bool:
    """The digits after the area or network code are all zeros (`+1 555 000 0000`): no plan gives that out."""
    if number.national_number % 10000:
        return False  # (a subscriber part of four zeros or more ends the number so: the area code's length, read from
        # the plan's metadata, is asked only then)
    national = phonenumbers.national_significant_number(number)
    code = phonenumbers.length_of_national_destination_code(number)
    subscriber = national[code:]
    return len(subscriber) >= 4 and set(subscriber) == {"0"}


# A vendor's prefix (`glc_`, `ghp_`, `xoxb-`, `sk-`) and what follows it.
_VENDOR_PREFIX = re.compile(r"[A-Za-z]{2,6}[_-]")
# Fewest characters after the prefix for the test to speak, and most distinct ones a typed body has; under a name that
# holds a password (a person may type a weak one), only a long run of one character.
_MIN_BODY = 16
_MAX_TYPED_KINDS = 3
_MIN_RUN = 32


def typed_body(value: str, password: bool = False) -> bool:
    """A vendor token whose body after its prefix is typed, not generated: a long run of at most `_MAX_TYPED_KINDS`
    distinct characters (`glc_111...1=`, `ghp_000...0`, round 24). The prefix is left out of the count: its letters
    are the vendor's and say nothing of the body (`stand_ins.low_diversity` counts the whole value, so a prefix of
    three letters hid `glc_` + forty-two `1`s). In a password's slot (`password=True`) the body must be one character
    repeated at least `_MIN_RUN` times: a weak password a person typed is still a password."""
    m = _VENDOR_PREFIX.match(value)
    body = value[m.end():].rstrip("=") if m else ""
    if password:
        return len(body) >= _MIN_RUN and len(set(body)) == 1
    return len(body) >= _MIN_BODY and len(set(body)) <= _MAX_TYPED_KINDS


# A key public by its own name, in prose or as a label: a site key (reCAPTCHA's, Turnstile's, hCaptcha's `sitekey`,
# printed in every page that shows the widget), a public or publishable key; what may stand between it and its value.
_PUBLIC_KEY_NAME = re.compile(r"(?i:\b(?:site|public|publishable)[ \t_-]?key[ \t]{0,4}[:=]?[ \t]{0,4})\Z")


def named_public_key(text: str, at: int) -> bool:
    """The text before `at` ends with the name of a key that is published by design (`site key `, round 24)."""
    return _PUBLIC_KEY_NAME.search(text, max(0, at - 24), at) is not None
