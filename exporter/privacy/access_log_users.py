"""The user an HTTP access log line names, in the field the log format gives it.

The Common and Combined Log Formats (Apache's and nginx's default access logs) print `host ident user [time]
"request" ...`: the third field is the user the request authenticated as, `-` when none. Whatever language the
people behind the site speak, that field is an account; it is a person's when it is made of a person's names
(`rachel.kowalczyk`, `jmalinowski`), and a system's when it is made of words (`metrics`, `svc-backup`,
`ci-deployer`). The structure says "an account" so the names may come from any list (names-dataset's too), where
prose needs the census's or Faker's.
"""

from __future__ import annotations

import re

from exporter.privacy.person_names import _initial_surname, _names
from exporter.privacy.rule_engine import Span

# A line's start, the client's address (or what a rule left of it) and the ident field, then the user, then the
# bracketed time as the formats print it (`[05/Dec/2024:10:14:40 +0000]`).
ACCESS_LOG_USER = (
    r"(?:^|(?<=\n))[^\s\[\]\"]{2,64} [^\s\[\]\"]{1,64} (?P<user>[^\s\[\]\"@]{2,64})"
    r" \[\d{1,2}/[A-Za-z]{3}/\d{4}:\d\d:\d\d:\d\d [+-]\d{4}\]"
)
ACCESS_LOG_USER_NEEDLES = ("/20", "/19")  # (the year after the month: `/Dec/2024:`)
_PARTS = re.compile(r"([a-z]+)[._-]([a-z]+)")


def persons_login(login: str) -> bool:
    """Whether an account's name is made of a person's names: a given name and a surname with a separator, both
    listed or one listed and neither an English word; or an initial and a listed surname glued (`jmalinowski`). One
    given name alone is no evidence (`loki`, `mimir`, `hermes`: services; review R4), nor is a split of one glued word
    into a given name and a surname (`traefik`)."""
    names = _names()
    low = login.lower()
    if not low.replace(".", "").replace("_", "").replace("-", "").isalpha() or names.word(low):
        return False
    parts = _PARTS.fullmatch(low)
    if parts is not None:
        head, tail = parts[1], parts[2]
        if names.word(tail):
            return False  # (`svc-backup`, `ci-deployer`: a system's, made of words)
        # (a common given name is an English word too, `rachel.kowalczyk`: then both halves must be listed)
        # (a head that is neither a listed given name nor an initial is no evidence: `svc-harper`, `bot-morgan`,
        # `tf-hudson` are systems named after a product that is a surname; review R7 of round 24)
        return (names.given(head) and names.surname(tail)) or (not names.word(head) and (
            names.given(head) or (len(head) == 1 and names.surname(tail))))
    if not low.isalpha():
        return False
    return _initial_surname(low, names)


def pick_access_log_user(m: re.Match, text: str, floor: int) -> Span | None:
    user = m["user"]
    if user == "-" or user.startswith("<redacted:") or not persons_login(user):
        return None
    return m.span("user")
