"""Where personal data sits: e-mail addresses, IPv4/IPv6 addresses, host names, and the cheap gates in
front of the checksummed identifiers (`redaction_checks` decides about cards, IBANs, SSNs, phones).

Addresses are told from versions by what stands before them (`jackson-databind 2.9.10.8`, `from
2.9.10 to 2.9.10.8`), and loopback, unspecified and broadcast addresses identify nobody.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from dataclasses import replace

from exporter.privacy.look_alikes import small_parts
from exporter.privacy.rule_engine import Rule, Span

EMAIL = r"@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?![\w-])"
# From the first colon (a literal start is much faster); the first group is found backwards.
IPV6 = r":(?:[0-9A-Fa-f]{0,4}:){1,6}(?:[0-9A-Fa-f]{1,4}|\d{1,3}(?:\.\d{1,3}){3})?(?![\w:]|\.\d)"
IPV4 = r"\.\d{1,3}\.\d{1,3}\.\d{1,3}"  # from the first dot: a literal start is much faster
HOSTNAME = (
    r"(?<![\w.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+"
    r"(?:com|net|org|io|dev|app|cloud|ai|co|info|biz|edu|gov|eu|us|uk|de|example|test"
    r"|internal|local|localdomain|lan|corp|intra|intranet|home|svc|cluster)(?![\w-]|\.[a-z0-9])"
)


def pick_email(m: re.Match, text: str, floor: int) -> Span | None:
    a = m.start()
    while a > floor and (text[a - 1].isalnum() or text[a - 1] in "._%+-"):
        a -= 1
    while a < m.start() and not text[a].isalnum():
        a += 1
    if a == m.start() or (a > 0 and text[a - 1] == "/") or text[a : m.start()] == "git":
        return None  # no local part, a URL's user (`//user@host`) or an SSH remote (`git@host`)
    scheme = text.rfind("://", max(0, a - 200), a)
    if scheme >= 0 and not any(c.isspace() or c == "/" for c in text[scheme + 3 : a]):
        return None  # a URL's userinfo (`https://user:PASSWORD@host`): the URL rules decide about it
    if _login_target(text, a, m.end()) and not any(c in ".+" for c in text[a : m.start()]):
        return None  # `ssh ubuntu@bastion.acme.io`, `deploy@web-03.prod.internal:~$`: an account on a host
    if _MACHINE_LOCAL.fullmatch(text, a, m.start()):
        return None  # `27ff6dc5...d5ab@group.calendar.google.com`: a calendar's or a message's id, made by a machine
    if _NO_PERSON_LOCAL.fullmatch(text, a, m.start()):
        return None  # `it-noreply@`, `root@host`, `MAILER-DAEMON@`: a mail system's own sender, no person's mailbox
    if _PORT_AT_PRIVATE_HOST.fullmatch(text, a, m.end()):
        return None  # `RLM_LICENSE=5053@lic-lon-02.corp.internal`: a licence server as FlexLM/RLM write it, `port@host`
    if m[0].lower().endswith(".gserviceaccount.com"):
        return None  # a Google Cloud service account: a machine's identity, no person's mailbox
    if m[0].endswith(_SYSTEMD_UNITS):
        return None  # `getty@tty1.service`, `openvpn-server@server.service`: a systemd unit's instance, no mailbox
    # (the header is looked for within a bounded stretch before the address, not from the line's start:
    # per address that made a long line of addresses quadratic)
    if a > 0 and text[a - 1] == "<" and _after_message_id_header(text, a):
        return None  # `Message-ID: <e415de77.c2133@mail.acme.com>`: a message's id, written like an address
    if a > 0 and text[a - 1] == "<" and _BOT_TRAILER.search(text, max(0, a - 96), a):
        return None  # `Signed-off-by: dependabot[bot] <support@github.com>`: a bot's identity on a commit
    return a, m.end()


# A port number at a host under a private-use name (RFC 6762's `.local`, ICANN's `.internal`, `.home.arpa`, and the
# `.lan`/`.corp`/`.localdomain` in common use): no mail domain a person has a mailbox at, and the form licence
# servers are named in (`27000@flexlm.corp`).
_PORT_AT_PRIVATE_HOST = re.compile(
    r"(?:6553[0-5]|655[0-2]\d|65[0-4]\d\d|6[0-4]\d{3}|[1-5]\d{4}|[1-9]\d{0,3})@[\w.-]+\.(?i:internal|local|lan|corp"
    r"|localdomain|home\.arpa)"
)
# A git trailer whose identity is a bot's (one word whose last part is `bot`, or GitHub's `[bot]` suffix): the address
# after it is the bot's, no person's (batches 9, 13 and 17). A person's trailer (`Signed-off-by: Ana Lima <ana@...>`)
# and a bot named in a mail header (`From: "Ops Bot" <...>`) are read as before.
_BOT_TRAILER = re.compile(
    r"(?i:signed-off-by|co-authored-by)[ \t]*:[ \t]*(?:(?:[\w.-]{0,40}[-_.])?bot|[\w.-]{1,40}\[bot\])[ \t]+<\Z"
)
# The suffixes of systemd's unit types (systemd.unit(5)): `name@instance.service` names a templated unit's instance,
# and none of them is a top-level domain a mailbox could be at.
_SYSTEMD_UNITS = (".service", ".socket", ".timer", ".target", ".mount", ".automount", ".path", ".slice", ".scope",
                  ".swap", ".device")
# Senders no person reads: a no-reply address in any spelling, and the accounts a mail system sends as
# itself (cron and the MTA mail as `root`; RFC 5321's `postmaster`; `MAILER-DAEMON` for bounces).
_NO_PERSON_LOCAL = re.compile(r"(?i:(?:[\w.+-]*[._-])?(?:no-?reply|do-?not-?reply)(?:[._+-][\w.+-]*)?|root|postmaster|mailer-daemon)")
_MACHINE_LOCAL = re.compile(r"(?=(?:[.-]?[0-9a-f]){24})[0-9a-f]+(?:[.-][0-9a-f]+)*")
# (only earlier ids may stand between the header and the address: `References: <a@x> <b@y>`)
_HEADER_REACH = 2048  # a References: header of ~30 ids
_ID_HEADERS = ("message-id", "in-reply-to", "references", "content-id")


def _after_message_id_header(text: str, a: int) -> bool:
    """`<` at `a - 1` opens an id in a Message-ID-like header on its line (substring tests first: the
    pattern tried at every place of the stretch costs ten times more, once per address)."""
    lo = text.rfind("\n", max(0, a - _HEADER_REACH), a) + 1 or max(0, a - _HEADER_REACH)
    window = text[lo : a - 1].lower()
    if not any(h in window for h in _ID_HEADERS):
        return False
    if _MESSAGE_ID_HEADER.search(text, lo, a - 1) is not None:
        return True
    if _MESSAGE_ID_WORD.search(text, max(lo, a - 24), a - 1) is None:
        return False
    local = _ID_LOCAL_PART.match(text, a)
    return local is not None and len(_SWITCH.findall(text, a, local.end())) >= 4
_MESSAGE_ID_HEADER = re.compile(r"(?i:message-id|in-reply-to|references|content-id)[ \t]*:[ \t]*(?:<[^<>\s]+>[ \t,]*)*\Z")
# `Message-ID` names an id without its header's colon too, as prose quotes one (`(Outlook for iOS, Message-ID
# <GV0P278MB6G6R06OQSE@GV0P278MB.CHEP278.PROD.OUTLOOK.COM>)`, round 27), where the local part is a generated id's
# (16+ characters, 3+ digits): a person's mailbox pasted there (`Message-ID <jane.doe@gmail.com>`) still goes (R4).
_MESSAGE_ID_WORD = re.compile(r"(?i:message-id)[ \t]*=?[ \t]*\Z")
_ID_LOCAL_PART = re.compile(r"(?=(?:[^@\d]*\d){3})[\w.=$+-]{16,}@")
# (and its letters and digits interleave, as a generator's do: `GV0P278MB6G6R06OQSE`; a person's name with a year,
# `jonathan.richardson1987`, `ana.lima.santos.2024.11`, switches once at most per word: review R6)
_SWITCH = re.compile(r"(?<=[A-Za-z])\d|(?<=\d)[A-Za-z]")


# The host argument of a remote shell (`ssh -i k.pem user@host`), or `user@host` with a path or a prompt
# right after it (`scp f user@host:/tmp/`, `user@host:~$`): an account on a host, never a mailbox. A local part written like a
# person's (`jane.doe@`) is still redacted there.
_REMOTE_COMMAND = re.compile(
    r"(?<![\w-])(?:ssh|sftp|mosh|autossh|ssh-copy-id)[ \t]+(?:-{1,2}[\w-]+(?:[ \t=]+[^\s@-][^\s@]*)?[ \t]+)*\Z"
)
_AFTER_HOST = re.compile(r":(?:[/~]|[$#](?:\s|\Z))")


def _login_target(text: str, a: int, b: int) -> bool:
    if _AFTER_HOST.match(text, b):
        return True
    start = max(0, a - 120)
    window = text[start:a]
    return ("ssh" in window or "sftp" in window or "mosh" in window) and _REMOTE_COMMAND.search(text, start, a) is not None


def pick_ipv6(m: re.Match, text: str, floor: int) -> Span | None:
    a, b = m.span()
    while a > 0 and a > m.start() - 4 and text[a - 1] in _HEX:
        a -= 1
    if a > 0 and (text[a - 1].isalnum() or text[a - 1] in "_:."):
        return None
    candidate = text[a:b]
    if ("::" not in candidate and candidate.count(":") < 6) or not any(c.isdigit() for c in candidate):
        return None  # times, MACs, `Foo::Bar`: cheaper to rule out before parsing
    if "::" not in candidate and all(len(g) == 2 for g in candidate.split(":")):
        return None  # bytes written in pairs (`4A:3F:9B:21:7C:0D:E8:5F`): a serial or a fingerprint
    try:
        ip = ipaddress.IPv6Address(candidate)
    except ValueError:
        return None
    return None if ip.is_loopback or ip.is_unspecified else (a, b)


_HEX = frozenset("0123456789abcdefABCDEF")


def pick_ipv4(m: re.Match, text: str, floor: int) -> Span | None:
    a, b = m.span()
    while a > 0 and a > m.start() - 3 and text[a - 1].isdigit():
        a -= 1
    for k in range(a + 1, m.start()):
        if _after_escape(text, k):
            a = k  # `%2281.2.69.77`: the escape's hex digits (`%22`) are no part of the first octet
    if a == m.start():
        return None  # no first octet
    if a > 0 and (text[a - 1].isalnum() or text[a - 1] in "_.") and not _after_escape(text, a):
        return None  # part of a version (`v1.2.3.4`) or a longer dotted number
    if a > 1 and text[a - 1] == "-" and text[a - 2].isalpha():
        return None  # a package's version glued to its name (`hasql-1.6.0.1`, `release-2.3.4.5`)
    if b < len(text) and (
        text[b].isalnum() or text[b] == "_" or (text[b] == "." and text[b + 1 : b + 2].isdigit())
    ):
        return None
    octets = text[a:b].split(".")
    if any(int(o) > 255 or (len(o) > 1 and o[0] == "0") for o in octets):
        return None
    if _VERSION_SUFFIX.match(text, b) or (_version_place(text, a) and not _PORT.match(text, b)):
        return None  # `1.2.5.1-2`, `2.0.1.3+dfsg`, `10.2.0.1-rc1`; `Chrome/120.0.0.0`, `SeaMonkey/2.53.5.1`
    if _same_family_version(text, a, b, octets):
        return None  # `tried 2.53.4, 2.53.5 and 2.53.5.1`: a shorter version of the same line is nearby
    if _SHORT_VERSION_BEFORE.search(text, max(0, a - 40), a):
        return None  # the second of a pair of versions
    if _VERSION_KEY.search(text, max(0, a - 40), a) or _release_value(text, a):
        return None
    if _version_word_key(text, a) and small_parts(octets):
        return None  # `"firmware":"3.1.0.9"`, `tag: "6.3.0.41"`: a version's small parts as a version key's value  # `AssemblyVersion("2.4.1.0")`, `versionName "3.12.0.4"`: the quoted value of a version's key
    version = _VERSION_BEFORE.search(text, max(0, a - 40), a)
    if version is not None and (version["word"] is not None or (int(octets[0]) <= 30 and octets[0] != "10")):
        return None
    if int(octets[0]) <= 30 and octets[0] != "10":
        word = _WORD_BEFORE.search(text, max(0, a - 24), a)
        if word is not None and word[1].lower() not in _IP_WORDS:
            return None  # `nginx 1.25.3.1`: a product's name before a small four-part number  # `jackson-databind 2.9.10.8`, `version 2.1.0.3`, `bump to 2.12.7.1`
    if _small_parts_version(text, a, b, octets):
        return None  # `ledger-api@4.12.0.3`, `gate_fw=3.14.2.9`, `.jar!/:4.12.0.3`: a version glued to its name
    if int(octets[0]) <= 30 and small_parts(octets) and _standing_alone(text, a, b):
        return None  # `billing-svc 2.0.1.4`, `верзија 2.0.1.4`: a version's small parts, in any language around it
    if octets[0] in ("0", "127", "255"):
        return None  # unspecified, loopback, broadcast and netmasks identify nobody
    if _crawler_request(text, a, b):
        return None  # `66.249.66.1 - - [...] "GET /robots.txt ..." "Googlebot/2.1 (+http://...)"`: a crawler's host
    if octets[3] == "0" and text[b : b + 1] == "/":
        return None  # a network in CIDR notation, not a host
    return a, b


# What follows a version and never an address: a Debian or RPM revision with letters (`-0ubuntu1`,
# `-3+deb12u1`, `-1.el9`), a pre-release (`-rc1`, `-beta`), a build or tilde suffix (`+dfsg`, `~rc1`),
# or a bare revision closing a bracket (`(1.2.5.1-2)`, as dpkg and apt print a package's version).
# A port after the quad: an address (`amara.okafor/159.39.28.60:51234`, OpenVPN's `user/address:port`), which
# no product token's version carries.
_PORT = re.compile(r":\d{1,5}(?![\d.:])")
_VERSION_SUFFIX = re.compile(r"[+~][A-Za-z0-9]|-(?:\d*[A-Za-z]|\d+(?:[.+~][\w.+~]*)?\))")


# Places only a version stands: a container image's tag (`ghcr.io/acme/api:4.12.0.3`: a repository path,
# then the colon), a release heading (`## [4.12.0.3] - 2024-03-11`, `### v4.12.0.3`), and a product token
# as User-Agent and Server headers write one (RFC 9110 `product/version`: `Chrome/120.0.0.0`). A file path
# before a colon (grep's `/var/log/x.log:81.2.69.160 ...`) starts with a slash and is no image; a path
# segment (`/hosts/10.0.0.1`) or a word that names an address (`node/10.0.0.1`) is no product.
_IMAGE_REF = re.compile(r"[\w.-]+(?:/[\w.-]+)+:")
_HEADING = re.compile(r"#{1,6}[ \t]+\[?v?")
_PRODUCT = re.compile(r"[A-Za-z][A-Za-z0-9._-]*/")


def _version_place(text: str, a: int) -> bool:
    if a == 0 or text[a - 1] not in ":/[v \t":
        return False
    start = a
    while start > 0 and a - start < 200 and not text[start - 1].isspace() and text[start - 1] not in "\"'(,;":
        start -= 1
    token = text[start:a]
    if text[a - 1] == ":":
        return _IMAGE_REF.fullmatch(token) is not None
    if text[a - 1] == "/":
        return _PRODUCT.fullmatch(token) is not None and token[:-1].lower() not in _IP_WORDS
    line = text.rfind("\n", 0, a) + 1
    return a - line < 12 and _HEADING.fullmatch(text, line, a) is not None


# A three-part number on the same line (never an address), not part of a longer one nor a CIDR
# (`10.0.0/24`) nor a pattern (`10.0.0.x`).
_SHORT_VERSION = re.compile(r"(?<![\w.])v?(\d+)\.(\d+)\.\d+(?![\w/]|\.\w)")


def _same_family_version(text: str, a: int, b: int, octets: list[str]) -> bool:
    """A version's own family nearby: `2.53.5` beside `2.53.5.1`. Shared first parts are what make a
    version family; an address has no shorter self. Private addresses are left to the address rule
    (`10.1` beside `10.1.2.3` may be a network)."""
    line_start = text.rfind("\n", 0, a) + 1
    line_end = text.find("\n", b)
    line_end = len(text) if line_end < 0 else line_end
    lo, hi = max(line_start, a - 120), min(line_end, b + 120)
    if text.count(f"{octets[0]}.{octets[1]}.", lo, hi) < 2:
        return False  # no other number on the line starts as this one does (a substring test, before any pattern)
    family = any(
        not (a <= m.start() < b) and (m[1], m[2]) == (octets[0], octets[1])
        for m in _SHORT_VERSION.finditer(text, lo, hi)
    )
    if not family or ipaddress.IPv4Address(".".join(octets)).is_private:
        return False
    word = _WORD_BEFORE.search(text, max(0, a - 24), a)
    return word is None or word[1].lower() not in _IP_WORDS or word[1].lower() in _LINK_WORDS  # `client 81.2.69.160`


# An access log's line (the client's address opens it, then ` - `) whose user agent gives the URL that documents the
# bot, as crawlers and webhook senders write it (`Googlebot/2.1 (+http://www.google.com/bot.html)`, `Stripe/1.0
# (+https://stripe.com/docs/webhooks)`, `bingbot/2.0; +http://...`): the client is a company's machine, no person.
_BOT_AGENT = re.compile(r"[(;][ \t]?\+https?://")


def _crawler_request(text: str, a: int, b: int) -> bool:
    """The address opens an access log's line whose user agent names a bot (only a line's first address is read,
    so each line is scanned once)."""
    if (a > 0 and text[a - 1] != "\n") or not text.startswith(" - ", b):
        return False
    end = text.find("\n", b)
    return _BOT_AGENT.search(text, b, len(text) if end < 0 else end) is not None


def _after_escape(text: str, a: int) -> bool:
    """An URL-encoded character (`%22`) ends right before `a`, so its hex digits are not an octet's."""
    return a >= 3 and text[a - 3] == "%" and text[a - 2] in _HEX and text[a - 1] in _HEX


# What stands before a four-part version: a version word, an upgrade's "to", or a package name
# (letters joined by `-`, `_` or `.`, as in `jackson-databind`, `log4j-core`, `com.acme.lib`).
_VERSION_BEFORE = re.compile(
    r"(?:(?P<word>(?i:\b(?:versions?|ver|release|build|firmware|tag|patch|v)[ \t:=]*))"
    # (the words between may hold a version: `bumped from 8.4.1.2 to 8.4.2.0`)
    r"|(?i:\b(?:bump(?:ed)?|upgraded?|update[ds]?|downgraded?|pin(?:ned)?|roll(?:ed)?[ -]?back|install(?:ed)?)\b"
    r"(?:[^.\n]|(?<=\d)\.(?=\d)){0,40}?[ \t]+)"
    r"|\b[A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z][A-Za-z0-9]*)+[ \t]+)\Z"
)


# A key, attribute or call named a version (`AssemblyFileVersion(`, `versionName`, `"version":`) and the quote that
# opens its value: a build's four-part version as .NET, Android and package manifests write it (blind2). The quote
# is needed: unquoted, `version 10.0.0.1` may still be a sentence about an address.
_VERSION_KEY = re.compile(
    r"(?i:version)(?:[Nn]ame|[Cc]ode|[Ss]tring|[Nn]umber|[Ii]nfo)?[\"']?[ \t]*(?:[:=(][ \t]*)?[\"']\Z"
)  # (the key ends in the word: `versionCheckHost` names a host; review R4)
# Round 27: the other words that name only a version as a key (`"firmware":"3.1.0.9"`, `"release": "2.4.0.1"`: writer
# 27's JSON), quoted the same way, as a key's last word (`pumpFirmware`); and a container image's `tag` beside its
# `repository` or `image` (`image: { repository: ..., tag: "6.3.0.41" }`, as Helm values write it). Not `fw` (a
# firewall's address), a bare `tag` or `build` (anything may be a tag: review R2). Only a number whose parts are a
# version's (`look_alikes.small_parts`) is kept.
_VERSION_WORD_KEY = re.compile(r"(?:(?<![A-Za-z])(?i:firmware|release)|Firmware|Release)[\"']?[ \t]*[:=][ \t]*[\"']\Z")
_IMAGE_TAG_KEY = re.compile(r"(?<![A-Za-z])tag[\"']?[ \t]*:[ \t]*[\"']\Z")
_IMAGE_WORD = re.compile(r"(?<![A-Za-z])(?:repository|image)[\"']?[ \t]*:")
# A release named as Sentry names one, `package@version`, as the quoted value of a `release` key (`"release":
# "billing-svc@7.3.1.220"`, `release='partsbin@3.9.0.2'`: writers 25, 26, 27's error events): the value says what the
# number is, whatever its parts' size; a login's host (`deploy@52.1.2.3`) is never a release's value.
_RELEASE_VALUE = re.compile(
    r"(?:(?<![A-Za-z])(?i:release)|Release)[\"']?[ \t]*[:=][ \t]*[\"'](?:@[a-z0-9-]+/)?[A-Za-z0-9][\w.-]{0,63}@\Z"
)


# `from 10.4.2 to 11.1.0.1`, `15.8 -> 16.4.1.2`: the second of a pair of versions, the first one
# written with two or three parts (which an address never has).
_SHORT_VERSION_BEFORE = re.compile(r"(?<![\d.])v?\d+\.\d+(?:\.\d+)?(?![\d.])\S*[ \t]+(?:to|->|=>|→)[ \t]+v?\Z")


IBAN_GATE = re.compile(r"[A-Z]{2}\d{2}")
CARD_GATE = re.compile(r"\d{4}[ -]?\d{4}")
_SSN_DASHED = re.compile(r"\d{3}([-. ])\d{2}\1\d{4}")


def ssn_gate(hay: str) -> bool:
    return "ssn" in hay or "social security" in hay or _SSN_DASHED.search(hay) is not None


NANP_GATE = re.compile(r"\d{3}[.-]\d{3}[.-]\d{4}")


# `nginx 1.25.3.1`, `SeaMonkey 2.53.18.2`, `Arnold for Maya (MtoA) 5.3.4.1`: a product's name, in brackets too
_WORD_BEFORE = re.compile(r"\b([A-Za-z][A-Za-z0-9]{2,})\)? \Z")
# Words after which a dotted quad is an address whatever its size.
_IP_WORDS = frozenset({
    "from", "to", "at", "by", "via", "for", "host", "hosts", "ip", "ips", "addr", "address", "peer",
    "client", "server", "upstream", "downstream", "node", "nodes", "src", "source", "dst", "dest",
    "destination", "gateway", "dns", "resolver", "nameserver", "proxy", "endpoint", "remote", "local",
    "origin", "connect", "connecting", "connected", "ping", "ssh", "blocked", "banned", "ban", "block",
    "allow", "allowed", "deny", "denied", "route", "nexthop", "inet", "bind", "listen", "listening",
    "forwarded", "and", "or", "is", "was", "on", "of", "in", "with", "user", "customer", "attacker",
})


# Words of `_IP_WORDS` that join any two things, versions too (`2.53.5 and 2.53.5.1`).
_LINK_WORDS = frozenset({"and", "or", "is", "was", "on", "of", "in", "with", "to", "from", "at", "by", "via", "for"})


# A four-part number whose every part is at most 30 is how versions are numbered (`4.12.0.3`, `2.9.10.8`), where the
# text glues it to what it versions: a package's name and `@` (`ledger-api@4.12.0.3`, as Sentry and npm write a
# release: a name joined by `-` on a line about a release or a deploy, or an npm scope; never a login's `j.smith@`,
# `svc_backup@`, nor `deploy-bot@` in a line about something else: review R1c), a key that names a
# version (`gate_fw=3.14.2.9`, `app_version:`), a jar in a stack trace's packaging data (`~[x.jar!/:4.12.0.3]`).
# Standing alone it may be a client's address (clouds and ISPs hand out small first octets: review R1), and it is one
# whenever a colon follows (a port, scp's `host:/path`) or a word on its line before it names an address or a login
# (`ssh`, `sftp`, `login`, `nameserver`).
_TOKEN_WORD = re.compile(r"[A-Za-z]+")
_ADDRESS_WORDS = (_IP_WORDS - _LINK_WORDS) | {
    "instance", "target", "tcp", "udp", "sftp", "ftp", "mosh", "telnet", "rdp", "login",  # (review R1b)
}
_PACKAGE_AT = re.compile(r"(?:@[a-z0-9-]+/)?[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+@")
_VERSION_KEY_GLUE = re.compile(  # the key's last word (`gate_fw`, `app.version`, `appVersion`; not `server`, `driver`)
    r"(?:(?<![A-Za-z])(?i:ver|version|fw|firmware|release|build|tag|rev)|Ver|Version|Fw|Firmware|Release|Build|Tag|Rev)"
    r"[\"']?[ \t]*[=:][ \t]*\Z"
)
_RELEASE_WORD = re.compile(r"(?i:releas|deploy|version|rollout|upgrad|install|bump)")  # a release's line
_JAR_GLUE = re.compile(r"\.jar(?:!/)?:\Z")


def _release_value(text: str, a: int) -> bool:
    """`"release":"billing-svc@` right before `a` (substring tests first: the search tried at every place of the
    stretch is what a line of `api@4.12.0.3` pays per address)."""
    if text[a - 1 : a] != "@":
        return False
    lo = max(0, a - 96)
    if text.find("elease", lo, a) < 0 and text.find("ELEASE", lo, a) < 0:
        return False
    return _RELEASE_VALUE.search(text, lo, a) is not None


def _version_word_key(text: str, a: int) -> bool:
    """The quoted value of a firmware's or a release's key, or of an image's tag (its repository or image key within
    the 200 characters before)."""
    if text[a - 1 : a] not in ("'", '"'):
        return False  # (each key's value opens with a quote: one test instead of three searches)
    if _VERSION_WORD_KEY.search(text, max(0, a - 16), a):
        return True
    tag = _IMAGE_TAG_KEY.search(text, max(0, a - 8), a)
    return tag is not None and _IMAGE_WORD.search(text, max(0, tag.start() - 200), tag.start()) is not None


def _small_parts_version(text: str, a: int, b: int, octets: list[str]) -> bool:
    if octets[0] == "10" or any(int(o) > 30 for o in octets) or text.startswith(":", b):
        return False
    glue = text[a - 1 : a]
    line = text.rfind("\n", max(0, a - 200), a) + 1 or max(0, a - 200)
    if glue == "@":
        start = a - 1
        while start > 0 and a - start < 64 and not text[start - 1].isspace():
            start -= 1
        if not _PACKAGE_AT.fullmatch(text, start, a) or (text[start] != "@" and not _RELEASE_WORD.search(text, line, start)):
            return False  # (a service account is named with `-` too: `deploy-bot@5.2.17.4`, review R1c)
    elif glue not in (":", "=", " ", "\t") or not (
        _VERSION_KEY_GLUE.search(text, max(0, a - 16), a) or _JAR_GLUE.search(text, max(0, a - 8), a)
    ):
        return False  # (each key or jar form ends right before the number: a short window is read)
    return _ADDRESS_WORDS.isdisjoint(w.lower() for w in _TOKEN_WORD.findall(text, line, a))


def _standing_alone(text: str, a: int, b: int) -> bool:
    """The number right after a word of any script and a space, on a line that names a software component
    (`billing-svc 2.0.1.4`, `billing-svc (верзија 2.0.1.4)`, a table's `ledger-2.10.0  4.12.0.3`): not after a label's colon or a list's comma (`last hour: 3.14.2.9`), a switch
    (`-h`), a word that joins it to an address (`to`, `from`, `client`), nor in a path, a URL, a login or a key's value;
    no port or path after it, and no word on its line before it that names an address or a login (`ssh`, `IP-адрес`)."""
    if a < 2 or text[a - 1] not in " \t" or text.startswith((":", "/"), b):
        return False
    token = text[max(0, a - 64) : a].rstrip(" \t").rsplit(None, 1)
    word = token[-1] if token else ""
    if not word or word[0] == "-" or unicodedata.category(word[-1])[0] not in "LMN" or word.lower() in _IP_WORDS:
        return False
    line = text.rfind("\n", max(0, a - 200), a) + 1 or max(0, a - 200)
    package = False
    for joined in _JOINED_WORD.findall(text, line, a):
        parts = _JOINER.split(joined.lower())
        if (len(parts) == 1 and parts[0] in _ADDRESS_WORDS) or parts[-1] in _SLOT_WORDS:
            return False
        package = package or "-" in joined
    end = text.find("\n", b, b + 200)
    return package or _PACKAGE_NAME.search(text, b, end if end >= 0 else min(len(text), b + 200)) is not None


# A software component's name on the line (letters, then `-` and more: `billing-svc`, `tile-server`, `ledger-2.10.0`):
# what a small four-part number after a word is the version of (review R1, round 23: `home 34.12.8.99`,
# `интернет 5.18.7.201` name no component and stay addresses).
_PACKAGE_NAME = re.compile(r"(?<![\w-])[A-Za-z]{2,}(?:-[A-Za-z0-9]+)+")


# A word of ASCII letters, and words joined by `-` or `_` read as one name: `tile-server` names a product, `src_ip`
# and `remote-addr` a slot that holds an address.
_JOINED_WORD = re.compile(r"[A-Za-z]+(?:[-_][A-Za-z0-9]+)*")
_JOINER = re.compile(r"[-_]")
_SLOT_WORDS = frozenset({"ip", "ips", "addr", "address", "host"})


def maybe_ipv6(text: str) -> bool:
    """Only `::` or at least six colons (placeholders have one each) can make an IPv6 address."""
    return "::" in text or text.count(":") - text.count("<redacted:") >= 6


# Addresses no host on the internet has: RFC 1918, loopback and link-local (IPv4); loopback, unique-local
# and link-local (IPv6); the shared address space of carrier-grade NAT and overlay networks (RFC 6598,
# 100.64/10: Tailscale's tailnet addresses); and the documentation ranges (RFC 5737, RFC 3849), which
# by definition are nobody's. An org that keeps its private addresses keeps these; a public address is
# redacted whatever the setting.
_PRIVATE_NETWORKS = tuple(ipaddress.ip_network(n) for n in (
    "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8", "169.254.0.0/16", "100.64.0.0/10",
    "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24",
    "::1/128", "fc00::/7", "fe80::/10", "2001:db8::/32",
))


def private_address(text: str) -> bool:
    try:
        ip = ipaddress.ip_address(text)
    except ValueError:
        return False
    return any(ip.version == n.version and ip in n for n in _PRIVATE_NETWORKS)


def public_addresses_only(rule: Rule) -> Rule:
    """`rule` (ipv4 or ipv6) with the private addresses it would take left in place: an org's setting."""
    pick = rule.pick

    def pick_public(m: re.Match, text: str, floor: int) -> Span | None:
        span = pick(m, text, floor) if pick is not None else m.span()
        return None if span is None or private_address(text[span[0] : span[1]]) else span

    return replace(rule, pick=pick_public)
