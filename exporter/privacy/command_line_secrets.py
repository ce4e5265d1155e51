"""Passwords passed on a command line: a flag named for a secret (`--password x`), a tool's own password
flag (`mysql -pX`, `redis-cli -a X`, `curl -u user:X`), `-p` after a named user, a value piped to a
login, and statements that take a password as an argument (`IDENTIFIED BY '...'`).

A short flag means different things to different tools (`-p` is a port for `ssh` and `docker run`),
so the command the flag belongs to is found on its line first.
"""

from __future__ import annotations

import re

import re2

from exporter.privacy import credential_slots as slots
from exporter.privacy import person_names
from exporter.privacy import secret_shape as shape
from exporter.privacy.named_secrets import KW
from exporter.privacy.rule_engine import Span, secret_value

# `echo <token> | docker login ... --password-stdin` and the like: the piped word is the secret.
PIPED_LOGIN = (
    r"""(?:echo|printf)[ \t]+(?:-[neE]+[ \t]+|'%s(?:\\n)?'[ \t]+|"%s(?:\\n)?"[ \t]+)?"""
    + secret_value()
    + r"""[ \t]*\|[ \t]*(?:(?:sudo[ \t]+)?[\w./-]*?(?:docker|podman|nerdctl|buildah|skopeo|oras|helm|crane|cf|gh|az|aws|p4)\b[^|\n]{0,80}?login"""
    # or any command told to read its password from stdin: `sudo -S`, `--password-stdin`, `passwd --stdin`
    + r"""|sudo[ \t]+(?:-[a-zA-Z]*[ \t]+)*-[a-zA-Z]*S|[^|\n]{0,80}?--(?:password-)?stdin(?![\w-]))"""
)


# Commands and statements that take a password as an argument.
PASSWORD_ARGS = (
    r"(?:change_password|add_user)[ \t]+[^\s'\"]+[ \t]+" + secret_value("a")
    + r"|htpasswd(?:[ \t]+-[a-z]+)*[ \t]+-[a-z]*b[a-z]*(?:[ \t]+-[a-z]+)*[ \t]+[^\s]+[ \t]+[^\s]+[ \t]+" + secret_value("b")
    + r"""|(?:with[ \t]+(?:encrypted[ \t]+)?password|identified[ \t]+by|password[ \t]+for[ \t]+[^\s]+[ \t]*=)[ \t]+(?P<c>'[^'\n]*')"""
)
FLAG = r"-(?<![\w.-]-)-?[a-z0-9_.-]*?" + KW + r"[ \t]+" + secret_value()
# Commands that take a password as a plain argument (`mysql -pX`, `docker login -p X`,
# `redis-cli -a X`, `curl -u user:X`): found by the flag, then the command is checked.
CMD_FLAG = (
    r"-(?:p[ \t]*"
    + secret_value("p")
    + r"|a[ \t]+"
    + secret_value("a")
    + r"|w[ \t]+"
    + secret_value("w")
    + r"""|(?:u|-(?:proxy-)?user)[ \t=]+["']?[^\s:"']*:"""
    + secret_value("u")
    # `-P X` (ipmitool, sqlcmd, zip after a user), SNMP's `-c community`, `-A`/`-X` v3 pass phrases
    + r"|P[ \t]+"
    + secret_value("P")
    + r"|c[ \t]+"
    + secret_value("c")
    + r"|A[ \t]+"
    + secret_value("A")
    + r"|X[ \t]+"
    + secret_value("X")
    # ldappasswd's old and new passwords (`-a oldPasswd -s newPasswd`, its manual's names)
    + r"|s[ \t]+(?!-)"  # (never a flag: `curl -s -u user:X` must still find `-u`)
    + secret_value("s")
    + ")"
)
_SNMP_TOOLS = ("snmpwalk", "snmpget", "snmpset", "snmpbulkwalk", "snmpbulkget", "snmpgetnext", "snmptrap", "snmptable")
_CMD_FLAGS = {
    "sshpass": "p", "redis-cli": "a", "curl": "u", "zip": "P", "unzip": "P", "7z": "p", "7za": "p",
    **dict.fromkeys(_SNMP_TOOLS, "cAX"),
    **{f"ldap{op}": "w" for op in ("search", "modify", "add", "delete", "whoami", "compare", "modrdn")},
    "ldappasswd": "was",
}
_PORT_TOOLS = frozenset({"ssh", "scp", "sftp", "nc", "ncat", "telnet", "kubectl", "run"})  # -p is a port
_REGISTRY_TOOLS = frozenset(
    {"docker", "podman", "buildah", "skopeo", "nerdctl", "oras", "registry", "auth", "cf", "az"}
)


def pick_flag(m: re.Match, text: str, floor: int) -> Span | None:
    if _NEXT_FLAG.fullmatch(m["val"]) or m["val"].startswith("("):
        return None  # `--password --verbose`: prompted for; `-Password (ConvertTo-SecureString ...)`: an expression
    if _PROMPTING_FLAG.match(text, m.start()):
        return None  # `redis-cli --askpass ping`, `--ask-vault-pass site.yml`, `--password-stdin`: a switch, no value
    if m["val"].lower() in _ABOUT_THE_FLAG and _FLAG_IN_PROSE.match(text, m.start("val")):
        return None  # `Using --password via the CLI is insecure`, `the --password flag of`: the flag is talked about
    return m.span("val")


# A word that talks about the flag, then another word: a sentence about the flag (`--password via the CLI`). Any
# other word is the value, weak as it may be (`--password summer registry.gitlab.com`).
_FLAG_IN_PROSE = re.compile(r"[a-z]+[ \t]+[a-z]")
_ABOUT_THE_FLAG = frozenset({
    "via", "flag", "flags", "option", "options", "argument", "arguments", "parameter", "switch", "is", "was", "will",
    "on", "in", "with", "without", "instead", "and", "or", "of", "to", "from", "for", "when", "if", "has", "have",
})


_NEXT_FLAG = re.compile(r"--?[A-Za-z][a-z-]*")
# A flag that says the tool asks for the secret or reads it from its input (`--askpass`, `--ask-become-pass`,
# `--password-stdin`, `--prompt-password`): a switch, so the next word is the command's next argument.
_PROMPTING_FLAG = re.compile(r"--?(?:ask|prompt)[a-z_-]*[ \t]|--?[a-z_-]*-stdin[ \t]")


def pick_cmd_flag(m: re.Match, text: str, floor: int) -> Span | None:
    start = m.start()
    if start == 0 or text[start - 1] not in " \t":
        return None
    lo = max(0, start - 512)  # bounded, so a long line of flags stays linear
    # A backtick ends a command quoted inline as `|` and `;` end one: `` `curl -u ...` `` is read from its opening
    # backtick, and a flag after the closing one is prose about it (`` `docker login` instead of -p so ... ``).
    seg = max(lo, *(text.rfind(c, lo, start) + 1 for c in "|;&`"), _line_start(text, lo, start))
    words = text[seg:start].rsplit(None, 48)[-48:]  # the command is named within its last few words
    if words and _flag_in_prose(m, text, words[-1]):
        return None
    tools = [w.rsplit("/", 1)[-1] for w in words]
    for i in range(len(tools) - 1, -1, -1):  # the command this flag belongs to is the last one named
        tool = tools[i]
        if tool.startswith(("mysql", "mariadb")):
            # For mysql a separate argument after -p is the database: the prompt asks instead.
            return m.span("p") if m["p"] is not None and text[start + 2] not in " \t" else None
        if tool in _REGISTRY_TOOLS:
            login = tools[i + 1 : i + 2] == ["login"]
            return m.span("p") if login and m["p"] is not None else None  # else a port: docker run -p
        if tool in _PORT_TOOLS:
            return None
        if tool in _CMD_FLAGS:
            group = next((g for g in _CMD_FLAGS[tool] if m[g] is not None), None)
            return m.span(group) if group is not None else None
    return _user_then_password(m, text[seg:start])


# Words a sentence puts right before a flag it talks about (`instead of -p so the password ...`); on a command line the
# word before a flag is the command, another flag or its value.
_BEFORE_A_FLAG_IN_PROSE = frozenset({"of", "than", "with", "without", "avoid", "not", "never", "no", "the", "a", "an", "via"})
_WORD_THEN_PROSE = re.compile(r"[a-z]+[ \t]+[a-z]")


def _flag_in_prose(m: re.Match, text: str, before: str) -> bool:
    """A flag a sentence names, not one typed: a prose word before it, and after it a word the sentence goes on from
    (a lower-case word, then another). A typed value after a prose word (`with -p Xk29!pq`) is still a value."""
    if before.lower() not in _BEFORE_A_FLAG_IN_PROSE:
        return False
    group = next((g for g in "pawuPcAXs" if m[g] is not None), None)
    return group is not None and _WORD_THEN_PROSE.match(text, m.start(group)) is not None


def _line_start(text: str, lo: int, i: int) -> int:
    """Where the command line holding `i` starts: a line ending in `\\` continues on the next one."""
    nl = text.rfind("\n", lo, i)
    while nl > lo and text[lo:nl].rstrip(" \t").endswith("\\"):
        nl = text.rfind("\n", lo, nl)
    return nl + 1 if nl >= 0 else lo


# A user named earlier on the same command line: `-u svc`, `-U svc`, `--username svc`, `/user:svc`.
_USER_FLAG = re.compile(r"(?:^|\s)(?:-[uUl]|--user(?:name)?|/user:|/u:)[ \t=:]*[^\s-]\S*")
_PORT_SHAPED = re.compile(r"[\d:./-]+")


def _user_then_password(m: re.Match, before: str) -> Span | None:
    """Whatever the tool, `-p X` after a user was named is that user's password (`-u svc -p X`), the
    idiom of most command lines that log in; a port-shaped value (`-p 8080:80`) is a port. Glued to the
    flag (`-pX`), only a value with a password's shape counts: for a tool not known to take `-pX`,
    `-pthread` or `-pipe` is a flag of its own."""
    group = "p" if m["p"] is not None else "P" if m["P"] is not None else None
    if group is None or _USER_FLAG.search(before) is None:
        return None
    value = m[group].strip("\"'")
    if m.start(group) == m.start() + 2 and not slots.password_shaped(value):
        return None
    return None if _PORT_SHAPED.fullmatch(value) or _NEXT_FLAG.fullmatch(value) else m.span(group)


# A password handed to a flag that reads it from a file, as a process substitution: `--vault-password-file
# <(echo X)`, `--password-file=<(printf '%s' X)`; and jenkins-cli's `-auth USER:SECRET` (its documented form).
PASSWORD_FROM_SUBSTITUTION = (
    # (a flag: starts at its dash, every run bounded, so each start reads a fixed stretch; a run of `pass_` with one
    # unclosed `<(` after it was quadratic when the name was an unbounded run from any `pass`)
    r"-(?<![\w-]-)-?[a-z0-9_-]{0,40}?pass[a-z0-9_-]{0,40}(?:[ \t]+|=)<\((?:echo|printf)[ \t]+"
    r"(?:-[ne]+[ \t]+|'%s(?:\\n)?'[ \t]+)?(?P<val>[^\s)]{1,256})\)"
)
AUTH_FLAG = r"-(?<![\w-]-)-?auth[ \t]+(?!@)[^\s:@/]{1,64}:(?P<val>[^\s]{4,256})"


# Perforce's tickets as `p4 tickets` lists them (`server:port (user) TICKET`) and its tickets file holds them
# (`server:port=user:TICKET`): a ticket is 32 upper-case hex digits and logs in as that user until it expires.
P4_TICKET = (
    r":\d{1,5}(?:[ \t]+\((?P<user>[^()\s]{1,64})\)[ \t]+|=(?P<user2>[^\s:=]{1,64}):)(?P<val>[0-9A-F]{32})(?![0-9A-Za-z])"
)
_HOST_BEFORE = re.compile(r"[\w.-]{1,253}\Z")
# Perforce named on the line (`p4 tickets`, `P4PORT`, `.p4tickets`), or its port: the same shape after any other
# server is a digest (`host:443=etag:<md5>`, `cache01:6379 (session) <hex>`).
_P4_CONTEXT = re.compile(r"(?i)(?<![a-z0-9])p4|:1666(?!\d)")
_NOT_A_USER = ("sha", "md5", "crc", "blake", "etag", "digest", "checksum", "hash", "id")


def pick_p4_ticket(m: re.Match, text: str, floor: int) -> Span | None:
    """The port follows a host's name (a clock time `12:30` does not), Perforce is named on the line, and the
    user is no digest's label."""
    host = _HOST_BEFORE.search(text, max(0, m.start() - 253), m.start())
    user = (m["user"] or m["user2"]).lower()
    if host is None or not any(c.isalpha() for c in host[0]) or user.startswith(_NOT_A_USER):
        return None
    line = text.rfind("\n", max(0, m.start() - 256), m.start()) + 1 or max(0, m.start() - 256)
    return m.span("val") if _P4_CONTEXT.search(text, line, m.end("val")) else None


def piped_login(hay: str) -> bool:
    return ("login" in hay or "stdin" in hay or "sudo" in hay) and ("echo" in hay or "printf" in hay)


# A command whose purpose is to print a secret's value, and the line it printed: `kubectl get secret ...
# | base64 -d` (every value of a Secret is one, as the `data:` rule holds), `vault kv get -field=x` / `vault
# read -field=x`, `aws secretsmanager get-secret-value ... SecretString`, `gcloud secrets versions access`,
# `az keyvault secret show --query value`, 1Password's `op read`. What the next line holds, when it is one
# word, is that value.
#
# Linear by construction (every ingested string passes here): the rule's own pattern is a line of one word
# after a newline, with no nested repetition, so each character is read a bounded number of times; the
# command is then looked for on the line before only, at most `_COMMAND_LINE_MAX` characters, by RE2
# (a DFA: linear in that line whatever the pattern). Each line is so read once as "the line before". (Round
# 13's single Python pattern searched the command with lazy runs from every `vault` on a line: 20 KB of
# `vault read -field=x ` took 38 s.)
PRINTED_SECRET = r"\n[ \t]*(?P<val>[^\s<]\S{5,})[ \t]*(?=\n|\Z)"
PRINTED_SECRET_NEEDLES = ("get secret", "vault", "get-secret-value", "secrets versions", "keyvault", "op read")
PRINTING_COMMAND = re2.compile(
    r"kubectl.*?[ \t]get[ \t]+secrets?[ \t].*?\|[ \t]*base64[ \t]+(?:-d|--decode|-D)\b"
    r"|vault[ \t]+(?:kv[ \t]+get|read)[ \t].*?-field[= ]"
    r"|aws[ \t]+secretsmanager[ \t]+get-secret-value[ \t].*?secretstring"
    r"|gcloud[ \t]+secrets[ \t]+versions[ \t]+access[ \t]"
    r"|az[ \t]+keyvault[ \t]+secret[ \t]+show[ \t].*?--query[ \t]+[\"']?value"
    r"|(?:^|[^\w-])op[ \t]+read[ \t]+[\"']?op://"
)
_COMMAND_LINE_MAX = 2048  # longer lines are no command a person typed


def printing_command_before(text: str, newline: int) -> bool:
    """The line that ends at `newline` runs a command that prints a secret (read in lower case)."""
    start = text.rfind("\n", max(0, newline - _COMMAND_LINE_MAX), newline) + 1
    if start == 0 and newline > _COMMAND_LINE_MAX:
        return False
    line = text[start:newline].lower()
    try:
        return PRINTING_COMMAND.search(line) is not None
    except UnicodeEncodeError:  # a lone surrogate is no UTF-8: no command RE2 can read
        return False


def pick_printed_secret(m: re.Match, text: str, floor: int) -> Span | None:
    a, b = m.span("val")
    value = text[a:b]
    if value.startswith(("$", "#", "error", "Error", "ERROR")) or shape.is_stand_in(value):
        return None  # a next prompt, a comment or an error, not the value
    if _a_reply(value):
        return None
    return (a, b) if printing_command_before(text, m.start()) else None


def _a_reply(value: str) -> bool:
    """A word of English, or one word ended as a sentence (`Perfect`, `Confirmed.`, `Success!`): someone's
    reply on the line after a command they mention, not what it printed. A generated or chosen secret mixes
    digits or symbols in, or is no word (a printed `Password` is lost, a reply taken for one is far commoner)."""
    core = value.rstrip(".!?,;:")
    if not core.isalpha():
        return False
    sentence = core != value and (core.islower() or core.istitle())
    return sentence or person_names.english_word(core)
