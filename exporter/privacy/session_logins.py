"""The account a login session's record names, in the place the system prints it (issue 13, round 29).

Unix prints the account of a session in fixed places, whatever language the people around it write: the first
column of `last` and `who` before the terminal (`dmurtagh  pts/1  86.44.191.23 ...`), sudo's journal line
(`sudo[23011]: dmurtagh : TTY=pts/1 ; PWD=/home/dmurtagh ; ...`), the account's home directory (`/home/tnakamura`),
and the account before the host an ssh or scp session goes to (`dmurtagh@10.40.2.13`, `amara.oyelaran@10.20.4.11:`).
Writers 17, 23, 24, 25, 27, 28 and 29 list such an account for removal when it is a person's; the rules took it only
after a word naming an account (`user`, `login`, `@`), which these records do not write. The place says "an account",
and the account is a person's when it is made of a person's names (`access_log_users.persons_login`, the reading the
access log's user field already has): `jmorrow`, `amara.oyelaran`; a system's account is made of words and stays
(`ops`, `deploy`, `ansible`, `hxadmin`, `svc-backup`, `root`), and so does one given name alone (`ingrid`).
"""

from __future__ import annotations

import re

from exporter.privacy.access_log_users import persons_login
from exporter.privacy.person_names import _names
from exporter.privacy.rule_engine import Span

_LOGIN = r"[a-z][a-z0-9]{1,31}(?:[._-][a-z][a-z0-9]{0,31})?"
# Each place found from a literal start: sudo's journal and a home directory with the login after them; the terminal
# of `last`/`who` and the `@` before an IPv4 host (ssh, scp: `user@host:`; before a name it is an address) with the
# login read back before them (`_BEFORE_TERMINAL`, `_BEFORE_HOST`).
SESSION_LOGIN = (
    rf"sudo(?:\[\d{{1,10}}\])?:[ \t]+(?P<sudo>{_LOGIN})[ \t]+:[ \t]"
    rf"|/home/(?P<home>{_LOGIN})(?![\w-]|\.\w)"
    r"|(?P<tty>pts/\d{1,4}|tty\w{1,8})(?![\w/])"
    r"|(?P<at>@)\d{1,3}(?:\.\d{1,3}){3}(?![\w.])"
)
SESSION_LOGIN_NEEDLES = ("pts/", "tty", "sudo", "/home/", "@")
# `last`/`who`'s first column: at a line's start, or after the `->` a pasted session writes before a command's output.
_BEFORE_TERMINAL = re.compile(rf"(?:^|(?<=\n)|(?<=->))[ \t]*(?P<login>{_LOGIN})[ \t]+\Z")
_BEFORE_HOST = re.compile(rf"(?<![\w.@/+-])(?P<login>{_LOGIN})\Z")
_REACH = 72  # the longest login `_LOGIN` reads, and the blanks before a terminal


def pick_session_login(m: re.Match, text: str, floor: int) -> Span | None:
    if m["sudo"] is not None or m["home"] is not None:
        group = "sudo" if m["sudo"] is not None else "home"
        return m.span(group) if _persons(m[group]) else None
    before = _BEFORE_TERMINAL if m["tty"] is not None else _BEFORE_HOST
    found = before.search(text, max(floor, m.start() - _REACH), m.start())
    if found is None or found.start() < floor or not _persons(found["login"]):
        return None
    return found.span("login")


def _persons(login: str) -> bool:
    """A person's login by `persons_login`; one glued word only with a surname of six letters or more after its
    initial (`jmorrow`, `dmurtagh`). Software runs as an account of its own name, and a six-letter program's name is
    often an initial before a listed five-letter surname (`presto`, `packer`, `splunk`, `agetty`, `amavis`: review R1);
    the longer the tail, the rarer a word's tail is a listed surname by chance. A login of two parts only with a listed
    surname of five letters or more after the separator, the bar `_initial_surname` has: a service's account is a
    product named after a person and a role (`cassandra-svc`, `loki-gw`, `athena_etl`, `luigi-cron`: round 30's
    review R1), and `persons_login` takes any tail that is no English word after a listed given name."""
    if login.isalpha():
        return len(login) >= _GLUED_FROM and persons_login(login)
    parts = _TWO_PARTS.fullmatch(login)
    if parts is None or len(parts[2]) < _SURNAME_FROM or not _names().surname(parts[2]):
        return False
    return persons_login(login)


_GLUED_FROM = 7
_SURNAME_FROM = 5
_TWO_PARTS = re.compile(r"([a-z]+)[._-]([a-z]+)")
