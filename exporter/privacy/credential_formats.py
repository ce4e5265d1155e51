"""Credentials told by their container or their format: private keys, `Authorization` headers, a URL's
userinfo, `.pgpass` lines, session cookies.

Here the place says what the value is, so no name or shape test is needed beyond the stand-ins.
"""

from __future__ import annotations

import base64
import binascii
import re

from exporter.privacy import secret_shape as shape
from exporter.privacy.named_secrets import GENERATED
from exporter.privacy.rule_engine import Span, secret_value

PRIVATE_KEY = (
    r"-----BEGIN[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----"
    r"(?:.*?-----END[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|[A-Za-z0-9+/=\s\\:,.-]*)"  # or truncated
)
# The same key base64-encoded, as kubeconfig (`client-key-data:`), a Kubernetes Secret or a CI variable holds
# it: `LS0tLS1CRUdJTi` is the encoding of `-----BEGIN`, and the block's own header says whether it is a private
# key (redacted) or a certificate or public key (kept, they are published). Only the header is decoded.
# A header the key's body does not follow (a scanner's report that removed it: `Raw: -----BEGIN PRIVATE KEY-----
# (redacted by scanner, 1704 bytes)`) holds no key; a truncated body still goes (its first base64 run is enough).
_KEY_BODY_RUN = re.compile(r"[A-Za-z0-9+/]{16}")


def pick_private_key(m: re.Match, text: str, floor: int) -> Span | None:
    if "-----END" in m[0]:
        return m.span()
    # (the body is looked for past any markup between, `<br>`, `| `, `> `: the header is then kept redacted as the clue
    # to the line after it; reviewer rrev's F31)
    head_end = m.start() + m[0].index("-----", 5) + 5
    return m.span() if _KEY_BODY_RUN.search(text, head_end, head_end + _BODY_LOOK_AHEAD) is not None else None


_BODY_LOOK_AHEAD = 200

# A client library's basic-auth pair in code, `auth=("user", "pw")` (requests, httpx), `HTTPBasicAuth("user", "pw")`,
# `aiohttp.BasicAuth(...)`, `HTTPDigestAuth(...)`: the second string literal is the password (round 25; writers 22 and
# 25). A name or a call in its place (`os.environ["X"]`) is no literal and stays, nor is prose with blanks (a realm and
# a message: `BasicAuth("Staff area", "Please sign in")`, review R3).
AUTH_PAIR = (
    r"""(?:(?<![\w.])auth[ \t]*=[ \t]*|(?:basic|digest)auth[ \t]*)[(\[][ \t]*(?P<q>['"])[^'"\n]{1,128}(?P=q)"""
    r"""[ \t]*,[ \t]*(?P<q2>['"])(?P<val>[^'"\s]{1,256})(?P=q2)[ \t]*[)\]]"""
)


ENCODED_PEM = r"LS0tLS1CRUdJTi[A-Za-z0-9+/]{8,}={0,2}"
_PEM_HEADER_CHARS = 64  # base64 of `-----BEGIN ENCRYPTED PRIVATE KEY-----` is 52 characters


def pick_encoded_private_key(m: re.Match, text: str, floor: int) -> Span | None:
    head = m[0][:_PEM_HEADER_CHARS]
    head = head[: len(head) - len(head) % 4]
    try:
        header = base64.b64decode(head, validate=True).split(b"\n", 1)[0]
    except (binascii.Error, ValueError):
        return None
    return m.span() if b"PRIVATE KEY" in header else None


# The scheme word has no digits (bar SigV4): that tells `Bearer abc1` from a bare `abc1`.
AUTH_HEADER = (
    r"""authorization(?<![a-z0-9_]authorization)["']?[ \t]*[:=][ \t]*"""
    r"""(?>["']?(?:(?:aws4-hmac-sha256|[a-z][a-z-]*)[ \t]+)?)""" + secret_value()
)
# Without a header, only a token with a digit counts (`Basic authentication` is prose).
BARE = r"[ \t]+(?!<redacted:)(?=[\w.~+/=-]*\d)(?P<val>[\w.~+/=-]{8,})"


URL_USER_TOKEN = r"://(?P<val>[A-Za-z0-9_-]{20,})@"


def pick_url_user_token(m: re.Match, text: str, floor: int) -> Span | None:
    return m.span("val") if GENERATED.fullmatch(m["val"]) else None


# After `scheme://user:`, the password runs to the last `@` before the path; failing that, to an
# `@` after a `/`, since generated passwords often carry an unencoded `/`.
# The user and the first password form stop at a `/`, and every match starts at `://`, so each start
# reads only up to the next one: linear without a cap (a cap let a 68-character user or a 300-character
# token through in full). Only the form that crosses a `/` could read to the line's end from every
# `://u:` of a repeated line, so it alone is capped, at 256 characters.
# A typed password keeps the `?`, `#` and `%` a URL would encode (`postgres://app:Yq7?rB#2@db`, round 20): they stay
# in it up to the `@`, and a port is told apart by its digits before the path, query or fragment.
URL_CREDS = r"""://[^\s:/?#@"'<>]*:(?P<val>(?!<redacted:)(?:[^\s/"']+(?=@)|[^\s"']{1,256}(?=@)))"""
_PORT_THEN_MORE = re.compile(r"\d{1,5}[/?#]")


def pick_url_creds(m: re.Match, text: str, floor: int) -> Span | None:
    if _PORT_THEN_MORE.match(m["val"]):
        return None  # a port and a path, a query or a fragment, as in https://host:443/users/@me, :8443?to=a@b.c
    return m.span("val")


LONG_RUN = re.compile(r"[A-Za-z0-9+/_~-]{20}")

# PuTTY's key file: the lines after `Private-Lines: N` are the private key.
PUTTY_PRIVATE = r"Private-Lines:[ \t]*\d+[ \t]*\r?\n(?P<val>[A-Za-z0-9+/=]{4,}(?:[ \t]*\r?\n[A-Za-z0-9+/=]{4,}(?![\w-]*:))*)"
# A `.pgpass` line: `host:port:database:user:password` (port or `*`), the password last.
# The database and the user are names (a letter first): `root:*:20228:0:99999:7:::` is a shadow entry.
PGPASS = r"(?m)^[\w.*-]+:(?:\d{1,5}|\*):[A-Za-z_*][\w.*-]*:[A-Za-z_*\\][\w.@*\\-]*:(?P<val>[^\s]+)$"
PGPASS_GATE = re.compile(r":(?:\d{1,5}|\*):[^:\s]+:[^:\s]+:\S").search
# Session cookies are credentials: under a `Cookie:` or `Set-Cookie:` header, a long value with letters
# and digits (`sessionid=...`, `JSESSIONID=...`); `theme=dark` stays.
COOKIE_PAIR = r"[\w.-]+=(?P<val>[^;\s,\"']{16,})"
_COOKIE_HEADER = re.compile(r"(?i)(?:set-)?cookie[\"']?[ \t]*:")


# ... or the pair right after the word itself, as a sentence names it (`includes the cookie sess=...`, round 20).
_COOKIE_WORD = re.compile(r"(?i)cookies?[ \t]+\Z")


def pick_cookie(m: re.Match, text: str, floor: int) -> Span | None:
    line = text.rfind("\n", 0, m.start()) + 1
    named = _COOKIE_WORD.search(text[max(line, m.start() - 12) : m.start()]) is not None
    header = _COOKIE_HEADER.search(text, line, m.start()) is not None
    if not (named or header):
        return None
    value = m["val"]
    if not header and not (shape.looks_mixed(value) or GENERATED.fullmatch(value)):
        return None  # (named in a sentence, only a generated value: `the cookie consent=granted-all-2024` stays)
    if not (any(c.isdigit() for c in value) and any(c.isalpha() for c in value)) or shape.is_stand_in(value):
        return None
    if _DOTTED_NUMBERS.fullmatch(value):
        return None  # `_ga=GA1.2.1234567890.1700000000`: a version label and numbers, no generated token
    return m.span("val")


_DOTTED_NUMBERS = re.compile(r"[A-Za-z]{0,4}\d*(?:\.\d+)+")
