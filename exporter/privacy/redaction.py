"""Remove credentials and personal data from text before it is stored or embedded.

Everything the AI helper reports (commands it ran, output it read, questions people asked) can
carry a password, a token or a customer's address. Once such a string reaches the store it is
copied into embeddings, caches and archives and cannot be taken back, so redaction happens
first, on every ingested string, and is tuned to rather redact a little too much than leak.

Each secret is replaced by a typed placeholder such as ``<redacted:aws_key>``; the type names are
a bounded set (`REDACTION_TYPES`) because they become a Prometheus label.

Decisions, so callers can rely on them:

- **Precedence** follows the order of `REDACTION_TYPES`: the most specific rule runs first and its
  placeholder is never matched again, so a secret is counted once. A credential in an
  ``Authorization`` header is a ``bearer`` even when it is a JWT or a GitHub token (the header says
  what it is; the scheme is kept: ``Authorization: Bearer <redacted:bearer>``). A JWT or an AWS key
  assigned to ``password=`` keeps its own type.
- **Connection strings** keep scheme, user, host, port and database, because those are what an
  operator needs to diagnose a failure; only the password goes:
  ``postgresql://app:<redacted:connection_string>@db:5432/x``. Key/value DSNs
  (``host=db password=x``, ``Password=x;``) are caught by the ``password`` rule and counted there.
- **Passwords** are found by the name they are assigned to (``DB_PASSWORD=``, ``"api_key": ``,
  ``?token=``, ``--password x``, ``mysql -pX``, ``docker login -p X``, ``curl -u user:X``). A name
  must *end* in the keyword, so ``auth_token_validation_errors_total`` or ``--password-stdin``
  are left alone. After a bare ``token:`` in the middle of prose a single plain word is kept
  (``invalid token: expired``); in config (line start, quoted or compound keys) it is redacted.
  Shell references (``$PGPASSWORD``, ``${TOKEN}``), templates and booleans are not secrets.
- **Dict values** are redacted as ``password`` when their key names a secret
  (``{"DB_PASSWORD": "x"}`` or a Kubernetes ``{"name": "API_TOKEN", "value": "x"}``), since a bare
  value has nothing else to recognise it by. Keys themselves are never changed.
- **IPs**: ``10.0.0.1`` and ``1.2.3.4`` are addresses (a bare dotted quad is indistinguishable
  from one); ``1.2.3`` and ``v1.2.3.4`` are versions. Loopback, unspecified and broadcast
  addresses (``127.0.0.1``, ``0.0.0.0``, ``::1``) identify nobody and are kept. IPv6 candidates
  are validated by `ipaddress` and must contain a digit, which keeps times (``12:30:45``), MACs
  and ``Foo::Bar`` intact.
- **Hostnames** are off by default: in ops text they are usually what the conversation is
  about. When on, only dotted names ending in a common public or internal suffix are replaced.
- **Generated or typed?** A credential-shaped value of 16+ characters written with five or fewer
  distinct ones (`AIzaaaaaaaa...`, `AKIA0000...`) is a placeholder someone typed and is kept, as
  are `[value]`-style placeholders, small integers (`PuttyPassword=0`) and code (`new Foo(...)`).
  Names that say their value is public or an identifier (`public_key`, `partitionKey`) are kept
  whatever word they end in. `token`, `key`, `secret` or `auth` glued inside a longer word
  (`io.jsonwebtoken:`) only *may* name a secret: the value must look generated.
- **Stand-ins, pointers and digests** are told apart from values by one shared predicate
  (`secret_shape.is_stand_in`, asked by every rule before it replaces anything): masks, the slot's
  own name, positional and format placeholders, interpolations, code (calls, indexes, casts, another
  variable named after a secret), YAML tags, URLs without userinfo and file paths are kept, as is
  anything after a digest label (`sha256:`). A generated token with no name around it is redacted
  when its shape says generated (`secret_shape.looks_generated`: long, three character classes,
  frequent class changes, high entropy), unless it is named as an id or is base64 of text.
- **Where a password sits** beyond `name=value`: `-p` after a named user on any command line, the
  text of an element whose attribute names a secret, a value piped to a command reading stdin, a
  literal after a type annotation or a command (`ConvertTo-SecureString "x"`), prose ("password
  for X: Y", "creds: user / Y"), and every value of a Kubernetes Secret's `data:` block.
- **Slots without an assignment** (`credential_slots`): a word for password in any of several
  languages followed within a few words by a value with a password's shape (`ID/PW: admin/X`,
  `pwd of admin is X`, `Passwort: X`), directives (`requirepass X`), Windows switches (`/p:X`),
  `user%password`, `host (user/X)`, "X is the password", "logged in as U with X", `-P` after a user,
  SNMP communities, here-strings to password commands. Without a name, the value's shape
  (`credential_slots.password_shaped`) keeps ids, versions, hosts and words beside the word.
- **Vendor tokens** are found by their documented prefix and strict body (`checks.KNOWN_TOKENS`,
  the formats the maintained scanners' rule sets check), beside detect-secrets' token plugins.
- **Custom patterns** run last, only outside existing placeholders, and count as ``custom``. They
  are RE2 patterns (linear time, whatever the pattern); one RE2 cannot compile is refused.
- Redaction is idempotent: redacting redacted text changes nothing and counts nothing.
- Known limits, chosen to err towards redacting: an unquoted value runs to whitespace, ``&`` or a
  quote (``Password=x;Database=y`` loses ``;Database=y``); a value that looks like a flag
  (``--password --verbose``) is taken for the next flag; AWS secret keys are only recognised by
  their name, never bare (a bare one is indistinguishable from other base64).
"""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

import re2

from exporter.privacy import credential_slots as slots
from exporter.privacy import redaction_checks as checks
from exporter.privacy import secret_shape as shape

REDACTION_TYPES: tuple[str, ...] = (
    "private_key",
    "bearer",
    "aws_key",
    "aws_secret",
    "github_token",
    "slack_token",
    "webhook",
    "generic_api_key",
    "jwt",
    "connection_string",
    "password",
    "email",
    "iban",
    "card_number",
    "national_id",
    "phone",
    "ipv6",
    "ipv4",
    "hostname",
    "custom",
)
DEFAULT_CLASSES: frozenset[str] = frozenset(REDACTION_TYPES) - {"hostname"}

_PLACEHOLDER_SPLIT = re.compile(r"(<redacted:[a-z0-9_]+>)")
# Types whose values are numbers checked by a numbering plan or check digits, not generated tokens.
_NUMBER_KINDS = frozenset({"iban", "card_number", "national_id", "phone", "ipv4", "ipv6"})
# Types whose value may be typed by a person: checksummed numbers, and passwords (a weak password
# after `password=` is still a password; `_pick_assign` applies the placeholder test to weak names).
_KEEPS_TYPED_VALUES = _NUMBER_KINDS | {"password"}


def _ph(kind: str) -> str:
    return f"<redacted:{kind}>"


@dataclass(frozen=True)
class RedactionResult:
    """Redacted text and how many secrets of each type were replaced (only types that occurred)."""

    text: str
    counts: dict[str, int]


# --- how a rule finds its secret ----------------------------------------------------------------

# Values that name or describe a secret rather than being one; replacing them only loses context.
_NOT_SECRET = re.compile(
    r"""\$(?:\{[^}]*\}|\([^)]*\)|[A-Za-z_][A-Za-z0-9_]*)   # shell references
    |\{\{.*\}\}|%\([a-z_]+\)s|\*+|\#{3,}|x{3,}|X{3,}|<[A-Za-z _-]+>   # templates, masks, doc placeholders
    |<[A-Za-z_][^<>]*>?|&lt;.*&gt;   # `<set in .env.local>`, `&lt;YOUR PASSWORD&gt;`
    |(?i:change[-_ ]?(?:me|it)|placeholder|dummy|tbd|todo|fixme)   # typed stand-ins
    |@(?:[~./][\w./~-]*|[\w-]+\.\w+)   # a file to read the value from (`password=@password.txt`)
    |\#[a-z]+(?:-[a-z0-9]+)+   # an anchor or a selector (`#add-password`), not `#hunter2`
    |arn:aws[\w-]*:.*   # an AWS resource name: an identifier
    # Terraform: `var.x`, `local.x`, `data.t.n.attr`, `module.m.out`, `random_password.db.result`
    |(?:var|local|data|module|each|count|path)\.[\w.\[\]"-]+|[a-z]+_[a-z0-9_]+\.[\w-]+\.[\w.\[\]"-]+
    # string concatenation around the name, not a value: `"Password: " + getPassword() + ","`
    |\s*(?:[&,;)\]}]|\+\s*[A-Za-z_"'(]|\.\s*\$).*|.*\s[+&.]\s*
    |\[[A-Za-z _-]+\]|\.{3}   # `[value]`, `[PASSWORD]`, `...` as written in docs
    |\d{1,2}   # a flag or a count (`PuttyPassword=0`), not a password
    |(?i:true|false|null|none|nil|yes|no|on|off|required|optional|redacted|\[redacted\]|masked)
    |(?:new|await|function|lambda|require|import|undefined)   # code: the value is an expression
    |(?:this|self|config|settings|props|cfg|env|opts|options|args)\.[\w.]+,?  # code""",
    re.X,
)

Span = tuple[int, int]


# Vendors' documented example keys (AWS's `AKIAIOSFODNN7EXAMPLE`, `...EXAMPLEKEY`) and placeholders
# (`ghp_xxxxxxxxxxxx`, Slack's `T00000000/B00000000/XXXXXXXX`, `your_api_key`): copying them from
# a doc page leaks nothing, and replacing them hides what the person was trying to do.
_PLACEHOLDER = re.compile(r"EXAMPLE|(?i:\byour[_-]|changeme_?here|<[a-z_ -]+>)")
# Values that point at a secret kept elsewhere: CI expressions, command substitution, templates,
# environment lookups in code, Ansible Vault's tag.
_REFERENCE_START = (
    "!Ref", "!Sub", "!GetAtt", "!ImportValue", "!FindInMap", "!Join", "!Select", "!If", "!Base64",  # CloudFormation
    "${{", "{{", "$(", "${", "!vault", "os.environ", "os.getenv", "process.env", "getenv(", "System.getenv",
    "ENV[", "ENV.fetch",
)


def _not_secret(inner: str) -> bool:
    if inner[:1] in "'\"`" and len(inner) > 1 and inner[-1] == inner[0]:
        inner = inner[1:-1]  # quoted twice, as in `"'$PRECOMPILE_PASSWORD'"`
    return (
        not inner
        or _NOT_SECRET.fullmatch(inner) is not None
        or _PLACEHOLDER.search(inner) is not None
        or inner.startswith(_REFERENCE_START)
        or (inner[0] == "`" and inner[-1] == "`")  # command substitution
        or shape.is_stand_in(inner)
    )


def _low_diversity(value: str) -> bool:
    """A long credential-shaped value written with a handful of characters (`AIzaaaaaaaaa...`,
    `s.xxxxxxxx`, `0000-0000-0000`) is a placeholder someone typed, not a generated secret: a
    random token of 16+ characters uses far more distinct ones. Not applied to checksummed numbers
    (a test card `4111111111111111` is still a card)."""
    return len(value) >= 16 and len(set(value)) <= 5


@dataclass(frozen=True)
class _Rule:
    """One way of finding one type of secret.

    This runs on every ingested string, and Python's regex engine is slow in two cases: with
    IGNORECASE, and when a pattern does not start with a literal (it then tries every position).
    So `lower` rules are written in lower case and searched in the lower-cased text (same length,
    same offsets), and patterns start with a literal, with any word-boundary check placed as a
    look-behind after it. The few that cannot have `needles`, substrings that must occur first.
    """

    kind: str
    pattern: re.Pattern
    folded: re.Pattern  # IGNORECASE twin, for the rare text whose lower() changes its length
    lower: bool
    needles: tuple[str, ...]  # if given, the rule runs only when one of them occurs
    has_needle: Callable[[str], object] | None  # the needle check as one call (a substring test or a regex)
    gate: Callable[[str], object] | None  # a further pre-check, on the same text as `pattern`
    # The span to replace, or None to keep the match; `floor` is where the previous replacement ended.
    pick: Callable[[re.Match, str, int], Span | None] | None
    groups: tuple[str, ...]  # without `pick`: the first of these that matched, else the whole match


def _rule(
    kind: str,
    regex: str,
    *,
    lower: bool = False,
    needles: tuple[str, ...] = (),
    gate: Callable[[str], object] | None = None,
    pick: Callable[[re.Match, str, int], Span | None] | None = None,
) -> _Rule:
    pattern = re.compile(regex, re.S)
    groups = tuple(g for g in pattern.groupindex if g == "val")
    folded = re.compile(regex, re.S | re.I) if lower else pattern
    if not needles:
        has_needle = None
    elif len(needles) == 1:
        has_needle = _contains(needles[0])
    else:
        has_needle = re.compile("|".join(map(re.escape, needles))).search
    return _Rule(kind, pattern, folded, lower, needles, has_needle, gate, pick, groups)


def _contains(needle: str) -> Callable[[str], bool]:
    return lambda hay: needle in hay


def _apply(rule: _Rule, text: str, hay: str) -> tuple[str, int]:
    pattern = rule.pattern
    if rule.lower and len(hay) != len(text):
        hay, pattern = text, rule.folded
    out: list[str] = []
    last = hits = 0
    placeholder = _ph(rule.kind)
    redacted_before = "<redacted:" in text
    for m in pattern.finditer(hay):
        if redacted_before and _inside_placeholder(text, m.start()):
            continue  # the type word of `<redacted:password>` is not a password slot
        if rule.pick is not None:
            span = rule.pick(m, text, last)
            if span is None:
                continue
        else:
            span = next((m.span(g) for g in rule.groups if m[g] is not None), m.span())
        a, b = span
        if a < last:
            continue
        if b - a >= 2 and text[a] == text[b - 1] and text[a] in "\"'":
            a, b = a + 1, b - 1
        if _not_secret(text[a:b]) or (rule.kind not in _KEEPS_TYPED_VALUES and _low_diversity(text[a:b])):
            continue
        if rule.kind not in _NUMBER_KINDS and (shape.after_digest_label(text, a) or shape.continues_as_code(text, a, b)):
            continue  # `sha256:...`, `sha512-...`: a digest of public content
        out.append(text[last:a])
        out.append(placeholder)
        last = b
        hits += 1
    if not hits:
        return text, 0
    out.append(text[last:])
    return "".join(out), hits


def _inside_placeholder(text: str, i: int) -> bool:
    opened = text.rfind("<redacted:", max(0, i - 40), i + 1)
    return opened >= 0 and text.find(">", opened) >= i


def _key_start(s: str, i: int) -> int:
    while i > 0 and (s[i - 1].isalnum() or s[i - 1] in "_.-"):
        i -= 1
    return i


def _value(name: str = "val") -> str:
    """A secret value: quoted (the quotes stay around the placeholder) or a run up to whitespace,
    `&` (the next query parameter) or a quote. Never an existing placeholder, so re-runs are no-ops."""
    return rf"""(?P<{name}>(?![=:"'`]*<redacted:)(?:"[^"\n]*"|'[^'\n]*'|["'`]?[^\s&"'`]+))"""


_SEP = r"""["']?\]?(?P<sep>(?>[ \t]*(?:=>|:=|==?|:|->|-{2,}(?![A-Za-z]))[ \t]*))"""  # `--x` is a flag, not a separator

# --- credentials in headers and in tokens with a recognisable shape -----------------------------

_PRIVATE_KEY = (
    r"-----BEGIN[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----"
    r"(?:.*?-----END[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|[A-Za-z0-9+/=\s\\:,.-]*)"  # or truncated
)
# The scheme word has no digits (bar SigV4): that tells `Bearer abc1` from a bare `abc1`.
_AUTH_HEADER = (
    r"""authorization(?<![a-z0-9_]authorization)["']?[ \t]*[:=][ \t]*"""
    r"""(?>["']?(?:(?:aws4-hmac-sha256|[a-z][a-z-]*)[ \t]+)?)""" + _value()
)
# Without a header, only a token with a digit counts (`Basic authentication` is prose).
_BARE = r"[ \t]+(?!<redacted:)(?=[\w.~+/=-]*\d)(?P<val>[\w.~+/=-]{8,})"

# --- passwords, found by the name they are assigned to ------------------------------------------

# A name holding a secret ends with one of these. Short ones need a separator before them so that
# `bypass=` or `compass:` stay.
_KW = (
    r"(?:pass(?:word|wd|phrase|code)|(?<![a-z0-9])sig|pwd|pw"
    # `dbpass`, `rootpass`, `$smtppass`, but not the English words ending in -pass (`bypass`, `compass`)
    r"|(?<!by)(?<!com)(?<!sur)(?<!res)(?<!over)(?<!under)(?<!im)pass|secret|token|signature|api[_-]?key|apikey"
    r"|credentials?|creds|(?<![a-z0-9])_auth|storepass|keypass"
    r"|(?:access|secret|private|signing|encryption|master|client|app|account|auth)[_-]?key)"
)
_KW_TAIL = re.compile(_KW + r"\Z")
_SECRET_KEY = re.compile(r"[\w.-]*" + _KW, re.I)  # for dict keys and Kubernetes env names
_AWS_SECRET_KEY = re.compile(
    r"(?i:(?:aws_?)?secret_?access_?key|aws_?secret_?key|aws_?session_?token)|SessionToken"
)
# Found by how every keyword ends (a literal, hence fast), then the whole name is checked.
_ASSIGN = r"(?:word|wd|phrase|pass|pwd|pw|sig|secret|token|ture|key|tial|tials|auth|ense|creds|cookie|code|login)" + _SEP + _value()
_UUID = re.compile(r"""["']?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}["']?""")
# Names that hold a reference to a secret kept elsewhere (Helm's `existingSecret: loki-postgresql`).
_REFERENCE_KEY = re.compile(r"(?:existing|external|use|sealed)[_-]?(?:secret|token|credentials?)|.*(?:ref|name)")
# A value under a name that merely *may* hold a secret (`AZURE_STORAGE_KEY=`, `newreliclicensekey:`,
# `...LICENSE=`): redacted only when it looks generated, a run of 16+ letters and digits with both,
# so `partition_key=user_id` and `cache_key=session:index:v2` stay.
_MAYBE_KEY = re.compile(r"(?:key|license|cert|auth|creds|cookie|login)")  # `sonar.login=<token>`
# Names that say their value is public or an identifier, whatever word they end in (gitleaks keeps
# the same allowance): `public_key`, `publicToken`, `partition_key`, `primaryKey`, `idempotency_key`.
_PUBLIC_NAME = re.compile(
    r"(?:.*[_.-])?(?:public|pub|primary|foreign|partition|sort|range|row|cache|bucket|schema|sequence"
    r"|idempotency|natural|shard|dedup|lookup)[_.-]?(?:key|token)s?"
)
# Keywords that name a password outright: any value after them counts. The others (`token`, `key`,
# `secret`, `auth`) glued to a preceding word (`io.jsonwebtoken:`, `mysecret=`) only may name one.
_STRONG_KW = ("pass", "pwd", "pw", "cred", "storepass", "keypass")
_GENERATED = re.compile(
    r"(?=[A-Za-z0-9+/=]{0,200}?\d)(?=[A-Za-z0-9+/=]{0,200}?[A-Za-z])[A-Za-z0-9+/=]{16,}"
    # or written in dash-separated groups, as license and product keys are (`4f7a-9c2e-b81d-33ef`)
    r"|(?=[\w-]{0,80}?\d)(?=[\w-]{0,80}?[A-Za-z])[A-Za-z0-9]{4,}(?:-[A-Za-z0-9]{4,}){3,}"
)
# `echo <token> | docker login ... --password-stdin` and the like: the piped word is the secret.
_PIPED_LOGIN = (
    r"""(?:echo|printf)[ \t]+(?:-[neE]+[ \t]+|'%s(?:\\n)?'[ \t]+|"%s(?:\\n)?"[ \t]+)?"""
    + _value()
    + r"""[ \t]*\|[ \t]*(?:(?:sudo[ \t]+)?[\w./-]*?(?:docker|podman|nerdctl|buildah|skopeo|oras|helm|crane|cf|gh|az|aws)\b[^|\n]{0,80}?login"""
    # or any command told to read its password from stdin: `sudo -S`, `--password-stdin`, `passwd --stdin`
    + r"""|sudo[ \t]+(?:-[a-zA-Z]*[ \t]+)*-[a-zA-Z]*S|[^|\n]{0,80}?--(?:password-)?stdin(?![\w-]))"""
)
_XML_SETTING = (
    r"""(?:key|name)=["'](?P<name>[\w.:-]{1,80})["'](?:[ \t]+value="""
    + _value()
    # or the element's text: `<entry key="db.password">x</entry>`, `<add name="ApiToken">x</add>`
    + r"""|[^<>\n]{0,80}>(?P<text>[^<\s][^<\n]{0,200})</)"""
)
# Passwords in prose: "changed the db password to Tr0ub4dor&3", "the new password for X is Y".
_PROSE_PASSWORD = (
    # a quoted value right after the word: `use passphrase 'tangerine kite 42'`
    r"pass(?:(?:word|phrase)[ \t]+(?=[\"'`])"
    r"|(?:word|phrase)(?![\w-])[^.;\n]{0,40}?(?<![\w])(?:to|is|as)(?:[ \t]+now)?[ \t]+"
    # the password word and the value with nothing between: "logged in with password X"
    r"|(?:word|phrase)[ \t]+(?=[^\s]*\d)"
    # the bare word (`the admin pass for the wiki is X`): only with `is`, and not inside `bypass`
    r"|(?<![a-z]pass)(?![\w-])[^.;\n]{0,40}?(?<![\w])is[ \t]+"
    # a few words, then a colon: "password for the kiosk account: X"
    r"|(?:word|phrase)(?![\w-])[ \t][^.;:\n]{1,40}?:[ \t]+)" + _value()
)
# The short forms in prose: "pwd for the relay box is X", "the pw: X".
_PROSE_SHORT = r"(?<![\w-])(?:pwd|pw|passwd|passcode)(?![\w-])[^.;\n]{0,40}?(?:(?<![\w])(?:to|is|as)|:)[ \t]+" + _value()
# A user and a password named together in prose: "creds for the relay: mirror / X", "login: ops:X".
_PROSE_PAIR = (
    r"(?:creds|credentials?|login)(?![\w-])[^.;:\n]{0,40}?(?::|[ \t](?:are|is|was|were))[ \t]+[\w.@\\-]+[ \t]*(?:/|:)[ \t]*"
    + _value()
)
# A name with a secret word inside and more after it (`SECRET_KEY_BASE=`, `api_token_value:`): like
# the names that only may hold a secret, its value counts when it looks generated.
_INNER_KW = r"(?:secret|token|passw(?:or)?d|api_?key)[a-z0-9_.-]*[a-z0-9]" + _SEP + _value()
# ... unless what follows the secret word says the value is about the secret, not the secret.
_ABOUT_SECRET = re.compile(
    r".*[_.-](?:name|names|path|file|id|ref|url|uri|ttl|type|count|seconds|length|expiry|enabled|hash|version|arn)"
)


def _pick_inner_kw(m: re.Match, text: str, floor: int) -> Span | None:
    key = text[_key_start(text, m.start()) : m.start("sep")].rstrip("\"']").lower()
    a, b = m.span("val")
    if (
        _ABOUT_SECRET.fullmatch(key)
        or _REFERENCE_KEY.fullmatch(key)
        or _PUBLIC_NAME.fullmatch(key)
        or not _GENERATED.search(text, a, b)
    ):
        return None
    return a, b
# A secret's name and its value as two quoted arguments: `os.environ.setdefault("API_TOKEN", "x")`,
# `GetEnvOrDefault("api_token", "...")`, `System.setProperty("db.password", "...")`.
_NAME_VALUE_ARGS = r"""(?P<q>["'])(?P<name>[\w.-]{1,80})(?P=q)[ \t]*,[ \t]*(?P<val>"[^"\n]+"|'[^'\n]+')"""


def _pick_name_value_args(m: re.Match, text: str, floor: int) -> Span | None:
    name = m["name"].lower()
    if not _SECRET_KEY.fullmatch(name) or _REFERENCE_KEY.fullmatch(name) or _PUBLIC_NAME.fullmatch(name):
        return None
    return m.span("val")


_URL_USER_TOKEN = r"://(?P<val>[A-Za-z0-9_-]{20,})@"


def _pick_url_user_token(m: re.Match, text: str, floor: int) -> Span | None:
    return m.span("val") if _GENERATED.fullmatch(m["val"]) else None


# Commands and statements that take a password as an argument.
_PASSWORD_ARGS = (
    r"(?:change_password|add_user)[ \t]+[^\s'\"]+[ \t]+" + _value("a")
    + r"|htpasswd(?:[ \t]+-[a-z]+)*[ \t]+-[a-z]*b[a-z]*(?:[ \t]+-[a-z]+)*[ \t]+[^\s]+[ \t]+[^\s]+[ \t]+" + _value("b")
    + r"""|(?:with[ \t]+(?:encrypted[ \t]+)?password|identified[ \t]+by|password[ \t]+for[ \t]+[^\s]+[ \t]*=)[ \t]+(?P<c>'[^'\n]*')"""
)
_FLAG = r"-(?<![\w.-]-)-?[a-z0-9_.-]*?" + _KW + r"[ \t]+" + _value()
# Commands that take a password as a plain argument (`mysql -pX`, `docker login -p X`,
# `redis-cli -a X`, `curl -u user:X`): found by the flag, then the command is checked.
_CMD_FLAG = (
    r"-(?:p[ \t]*"
    + _value("p")
    + r"|a[ \t]+"
    + _value("a")
    + r"|w[ \t]+"
    + _value("w")
    + r"""|(?:u|-(?:proxy-)?user)[ \t=]+["']?[^\s:"']*:"""
    + _value("u")
    # `-P X` (ipmitool, sqlcmd, zip after a user), SNMP's `-c community`, `-A`/`-X` v3 pass phrases
    + r"|P[ \t]+"
    + _value("P")
    + r"|c[ \t]+"
    + _value("c")
    + r"|A[ \t]+"
    + _value("A")
    + r"|X[ \t]+"
    + _value("X")
    + ")"
)
_SNMP_TOOLS = ("snmpwalk", "snmpget", "snmpset", "snmpbulkwalk", "snmpbulkget", "snmpgetnext", "snmptrap", "snmptable")
_CMD_FLAGS = {
    "sshpass": "p", "redis-cli": "a", "curl": "u", "zip": "P", "unzip": "P", "7z": "p", "7za": "p",
    **dict.fromkeys(_SNMP_TOOLS, "cAX"),
    **{f"ldap{op}": "w" for op in ("search", "modify", "add", "delete", "whoami", "passwd", "compare", "modrdn")},
}
_PORT_TOOLS = frozenset({"ssh", "scp", "sftp", "nc", "ncat", "telnet", "kubectl", "run"})  # -p is a port
_REGISTRY_TOOLS = frozenset(
    {"docker", "podman", "buildah", "skopeo", "nerdctl", "oras", "registry", "auth", "cf", "az"}
)

# --- personal data --------------------------------------------------------------------------------

_EMAIL = r"@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?![\w-])"
# From the first colon (a literal start is much faster); the first group is found backwards.
_IPV6 = r":(?:[0-9A-Fa-f]{0,4}:){1,6}(?:[0-9A-Fa-f]{1,4}|\d{1,3}(?:\.\d{1,3}){3})?(?![\w:]|\.\d)"
_IPV4 = r"\.\d{1,3}\.\d{1,3}\.\d{1,3}"  # from the first dot: a literal start is much faster
_HOSTNAME = (
    r"(?<![\w.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+"
    r"(?:com|net|org|io|dev|app|cloud|ai|co|info|biz|edu|gov|eu|us|uk|de|example|test"
    r"|internal|local|localdomain|lan|corp|intra|intranet|home|svc|cluster)(?![\w-]|\.[a-z0-9])"
)


# After `scheme://user:`, the password runs to the last `@` before the path; failing that, to an
# `@` after a `/`, since generated passwords often carry an unencoded `/`.
_URL_CREDS = r"""://[^\s:/?#@"'<>]*:(?P<val>(?!<redacted:)(?:[^\s/?#"']+(?=@)|[^\s?#"']+(?=@)))"""


def _pick_url_creds(m: re.Match, text: str, floor: int) -> Span | None:
    if "/" in m["val"] and m["val"].split("/", 1)[0].isdigit():
        return None  # a port and a path, as in https://host:443/users/@me
    return m.span("val")


def _pick_aws_secret(m: re.Match, text: str, floor: int) -> Span | None:
    key = text[_key_start(text, m.start()) : m.start("sep")].rstrip("\"'")
    return m.span("val") if _AWS_SECRET_KEY.fullmatch(key) else None  # else Django's SECRET_KEY etc.


_K8S_SECRET_KEY = re.compile(r"""[\w.-]*[a-z0-9]Secret(?:Name)?["']?""")
_K8S_NAME = re.compile(r"[a-z]([-a-z]*[a-z])?(?:-[a-z]+)+")  # lower-case words joined by hyphens, no digits


def _joined_words(key: str) -> str:
    """A keyword written as two words is the keyword: `api.key`, `private-key`, `pass_word`."""
    return _SPLIT_KEYWORD.sub("", key)


# The first words of `_KW`'s two-word keywords (`api key`, `private key`, ..., `pass word`).
_SPLIT_KEYWORD = re.compile(
    "(?:" + "|".join(f"(?<={w})" for w in ("api", "private", "secret", "access", "signing", "encryption", "master",
                                           "client", "app", "account", "auth", "pass"))
    + r")[._-](?=key\Z|word\Z)"
)


def _pick_assign(m: re.Match, text: str, floor: int) -> Span | None:
    ks = _key_start(text, m.start())
    key = _joined_words(text[ks : m.start("sep")].rstrip("\"']").lower())
    kw = _KW_TAIL.search(key)
    a, b = m.span("val")
    if _K8S_SECRET_KEY.fullmatch(text, ks, m.start("sep")) and _K8S_NAME.fullmatch(text, a, b):
        return None  # Helm's `apiKeySecret: datadog-keys`: the name of a Kubernetes Secret
    if _PUBLIC_NAME.fullmatch(key) or (ks > 0 and text[ks - 1] == "/"):
        return None  # a public name, or the last segment of a path or URL (`/creating-a-strong-password":`)
    if (
        kw is not None
        and kw.start() > 0
        and key[kw.start() - 1].isalpha()
        and text[ks + kw.start()].islower()
        and not key[kw.start() :].startswith(_STRONG_KW)
    ):
        # `io.jsonwebtoken:jjwt-jackson`: a weak keyword glued inside a word only may name a secret.
        return (a, b) if _GENERATED.search(text, a, b) or shape.looks_mixed(text[a:b]) else None
    if kw is None or _REFERENCE_KEY.fullmatch(key):
        if (
            kw is None
            and _MAYBE_KEY.search(key[-7:])
            and not key.endswith(("keyword", "keywords"))
            and not _UUID.fullmatch(text, a, b)  # under a name that only may be secret, a UUID is an id
            and (_GENERATED.search(text, a, b) or shape.looks_mixed(text[a:b]))
        ):
            return a, b
        return None
    if key in ("pwd", "oldpwd") and text[a] in "/~":
        return None  # the working directory in an environment dump
    sep = m["sep"]
    if "=" not in sep and kw.start() == 0 and text[a] not in "\"'":
        # A bare keyword and a colon is config at a line start or as a quoted key, but in the
        # middle of prose (`invalid token: expired`) a plain word after it is not a secret.
        j = ks
        while j > 0 and text[j - 1] in " \t-#":
            j -= 1
        line_start = j == 0 or text[j - 1] == "\n"
        quoted_key = ks > 0 and text[ks - 1] in "\"'"
        if not line_start and not quoted_key and text[a:b].rstrip(".,;:!?)").isalpha():
            return None
    if not key[kw.start() :].startswith(_STRONG_KW) and _low_diversity(text[a:b].strip("\"'")):
        return None  # `apiKey: "AIzaaaaaaaaaaaaa..."`: a typed stand-in under a name that only may be secret
    return a, b


_K8S_DATA_LINE = r"\n(?P<ind>[ \t]+)[\w.-]+:[ \t]+(?P<val>[^\s#][^\n]*)"
_BLOCK_HEADER = re.compile(r"\n([ \t]*)([\w.-]+):[ \t]*(?=\n)")


def _pick_k8s_secret_data(m: re.Match, text: str, floor: int) -> Span | None:
    """The line's parent key (the nearest line above with less indentation) is `data` or `stringData`."""
    indent = len(m["ind"])
    for header in reversed(list(_BLOCK_HEADER.finditer(text, 0, m.start() + 1))):
        if len(header[1]) < indent:
            return m.span("val") if header[2] in ("data", "stringData") else None
    return None


# `password: str = "x"` (an annotation before the value) and `$pw = ConvertTo-SecureString "x"` (a
# command applied to a literal): the literal after the bare name is the value.
_AFTER_NAME = re.compile(r"""[ \t]*(?:=[ \t]*|(?=["']))(?P<val>"[^"\n]*"|'[^'\n]*'|[^\s"'`;,)]+)""")
_BARE_NAME = re.compile(r"[A-Za-z_][\w.-]*(?:\[[\w, ]*\])?")


# A plain lower-case word followed by more words on the line: a description of the field
# ("password: must be at least 12 characters"), not its value.
# An unquoted identifier with a secret word in it (`new_password`, `apiKey`, `cfg.relay_token`).
# The secret word is a sub-word of its own (after `_` or in camelCase), so `supersecret` is a value.
_SECRET_VARIABLE = re.compile(
    r"(?:[A-Za-z_]\w*\.)*[A-Za-z]\w*?(?:_(?:password|passwd|secret|token|key)|[a-z0-9](?:Password|Secret|Token|Key))\w*[;,]?"
)
_WORD_THEN_PROSE = re.compile(r"[a-z]+,?[ \t]+[A-Za-z]+\b")


# A shell default inside a reference is a literal: `${API_TOKEN:-x}`, `${DB_PASSWORD:=x}`.
_SHELL_DEFAULT = re.compile(r"""["']?\$\{\w+:?[-=](?P<val>[^}$\s]+)\}""")


def _pick_assign_value(m: re.Match, text: str, floor: int) -> Span | None:
    span = _pick_assign(m, text, floor)
    if span is None:
        return None
    default = _SHELL_DEFAULT.match(text, span[0])
    if default is not None:
        return default.span("val")
    if _WORD_THEN_PROSE.match(text, span[0]) and text[span[0] - 1 : span[0]] not in ("'", '"'):
        return None
    if text[span[0] - 1 : span[0]] not in ("'", '"', "`") and _SECRET_VARIABLE.fullmatch(text, *span):
        return None  # `self.secret_key = secret_key`: another variable, passed on
    if not _BARE_NAME.fullmatch(text, *span):
        return span
    nxt = _AFTER_NAME.match(text, span[1])
    return nxt.span("val") if nxt is not None else span


_DATE = re.compile(r"\d{4}-\d\d-\d\d|\d\d:\d\d:\d\d")


def _pick_prose(m: re.Match, text: str, floor: int) -> Span | None:
    """In prose a password is told by its shape: quoted, or a word of 6+ characters mixing letters
    with digits or symbols; `to something stronger` or `is 14 characters` are not passwords."""
    a, b = m.span("val")
    if m.start() > 0 and text[m.start() - 1] in "$%":
        return None  # `$PWD`, `%PASSWORD%`: a variable named, not a password told
    if text[a] in "\"'`":
        return a, b
    if text[a] == "(":
        a += 1  # `password (09u4u6d&)`: the parenthesis is the sentence's
    while b < len(text) and not text[b].isspace() and text[b] not in "\"'`":
        b += 1  # in prose a value runs to a space: `&` starts no query parameter here
    while b > a and text[b - 1] in ".,;:!?)":
        b -= 1
    word = text[a:b]
    if re.search(r"@[\w-]+\.\w", word) or "/" in word or _DATE.search(word):
        return None  # an address or a path the sentence is about, found by its own rule if at all
    has_letter = any(c.isalpha() for c in word)
    mixed = any(c.isdigit() for c in word) or not word.isalnum() or (word != word.lower() and word[1:] != word[1:].lower())
    return (a, b) if len(word) >= 6 and has_letter and mixed else None


def _pick_flag(m: re.Match, text: str, floor: int) -> Span | None:
    if _NEXT_FLAG.fullmatch(m["val"]) or m["val"].startswith("("):
        return None  # `--password --verbose`: prompted for; `-Password (ConvertTo-SecureString ...)`: an expression
    return m.span("val")


_NEXT_FLAG = re.compile(r"--?[A-Za-z][a-z-]*")


def _pick_cmd_flag(m: re.Match, text: str, floor: int) -> Span | None:
    start = m.start()
    if start == 0 or text[start - 1] not in " \t":
        return None
    lo = max(0, start - 512)  # bounded, so a long line of flags stays linear
    seg = max(lo, *(text.rfind(c, lo, start) + 1 for c in "|;&"), _line_start(text, lo, start))
    words = text[seg:start].rsplit(None, 48)[-48:]  # the command is named within its last few words
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
    idiom of most command lines that log in; a port-shaped value (`-p 8080:80`) is a port."""
    group = "p" if m["p"] is not None else "P" if m["P"] is not None else None
    if group is None or _USER_FLAG.search(before) is None:
        return None
    value = m[group].strip("\"'")
    return None if _PORT_SHAPED.fullmatch(value) or _NEXT_FLAG.fullmatch(value) else m.span(group)


def _pick_email(m: re.Match, text: str, floor: int) -> Span | None:
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
    return a, m.end()


def _pick_ipv6(m: re.Match, text: str, floor: int) -> Span | None:
    a, b = m.span()
    while a > 0 and a > m.start() - 4 and text[a - 1] in _HEX:
        a -= 1
    if a > 0 and (text[a - 1].isalnum() or text[a - 1] in "_:."):
        return None
    candidate = text[a:b]
    if ("::" not in candidate and candidate.count(":") < 6) or not any(c.isdigit() for c in candidate):
        return None  # times, MACs, `Foo::Bar`: cheaper to rule out before parsing
    try:
        ip = ipaddress.IPv6Address(candidate)
    except ValueError:
        return None
    return None if ip.is_loopback or ip.is_unspecified else (a, b)


_HEX = frozenset("0123456789abcdefABCDEF")


def _pick_ipv4(m: re.Match, text: str, floor: int) -> Span | None:
    a, b = m.span()
    while a > 0 and a > m.start() - 3 and text[a - 1].isdigit():
        a -= 1
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
    if _SHORT_VERSION_BEFORE.search(text, max(0, a - 40), a):
        return None  # the second of a pair of versions
    version = _VERSION_BEFORE.search(text, max(0, a - 40), a)
    if version is not None and (version["word"] is not None or (int(octets[0]) <= 30 and octets[0] != "10")):
        return None
    if int(octets[0]) <= 30 and octets[0] != "10":
        word = _WORD_BEFORE.search(text, max(0, a - 24), a)
        if word is not None and word[1] not in _IP_WORDS:
            return None  # `nginx 1.25.3.1`: a product's name before a small four-part number  # `jackson-databind 2.9.10.8`, `version 2.1.0.3`, `bump to 2.12.7.1`
    if octets[0] in ("0", "127", "255"):
        return None  # unspecified, loopback, broadcast and netmasks identify nobody
    if octets[3] == "0" and text[b : b + 1] == "/":
        return None  # a network in CIDR notation, not a host
    return a, b


def _after_escape(text: str, a: int) -> bool:
    """An URL-encoded character (`%22`) ends right before `a`, so its hex digits are not an octet's."""
    return a >= 3 and text[a - 3] == "%" and text[a - 2] in _HEX and text[a - 1] in _HEX


# What stands before a four-part version: a version word, an upgrade's "to", or a package name
# (letters joined by `-`, `_` or `.`, as in `jackson-databind`, `log4j-core`, `com.acme.lib`).
_VERSION_BEFORE = re.compile(
    r"(?:(?P<word>(?i:\b(?:versions?|ver|release|build|firmware|tag|patch|v)[ \t:=]*))"
    r"|(?i:\b(?:bump(?:ed)?|upgraded?|update[ds]?|downgraded?|pin(?:ned)?|roll(?:ed)?[ -]?back|install(?:ed)?)\b[^.\n]{0,30}?[ \t]+)"
    r"|\b[A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z][A-Za-z0-9]*)+[ \t]+)\Z"
)


# `from 10.4.2 to 11.1.0.1`, `2.9.10 -> 2.9.10.8`: the second of a pair of versions, the first one
# written with three parts (which an address never has).
_SHORT_VERSION_BEFORE = re.compile(r"(?<![\d.])v?\d+\.\d+\.\d+(?![\d.])\S*[ \t]+(?:to|->|=>|→)[ \t]+v?\Z")
_IBAN_GATE = re.compile(r"[A-Z]{2}\d{2}")
_CARD_GATE = re.compile(r"\d{4}[ -]?\d{4}")
_SSN_DASHED = re.compile(r"\d{3}([-. ])\d{2}\1\d{4}")


def _ssn_gate(hay: str) -> bool:
    return "ssn" in hay or "social security" in hay or _SSN_DASHED.search(hay) is not None


def _piped_login(hay: str) -> bool:
    return ("login" in hay or "stdin" in hay or "sudo" in hay) and ("echo" in hay or "printf" in hay)


def _pick_xml_setting(m: re.Match, text: str, floor: int) -> Span | None:
    """.NET `<add key="ApiKey" value="..."/>`: the key names the secret in another attribute."""
    if not _SECRET_KEY.fullmatch(m["name"]):
        return None
    return m.span("val") if m["val"] is not None else m.span("text")
_NANP_GATE = re.compile(r"\d{3}[.-]\d{3}[.-]\d{4}")


_WORD_BEFORE = re.compile(r"\b([a-z][a-z0-9]{2,}) \Z")
# Words after which a dotted quad is an address whatever its size.
_IP_WORDS = frozenset({
    "from", "to", "at", "by", "via", "for", "host", "hosts", "ip", "ips", "addr", "address", "peer",
    "client", "server", "upstream", "downstream", "node", "nodes", "src", "source", "dst", "dest",
    "destination", "gateway", "dns", "resolver", "nameserver", "proxy", "endpoint", "remote", "local",
    "origin", "connect", "connecting", "connected", "ping", "ssh", "blocked", "banned", "ban", "block",
    "allow", "allowed", "deny", "denied", "route", "nexthop", "inet", "bind", "listen", "listening",
    "forwarded", "and", "or", "is", "was", "on", "of", "in", "with", "user", "customer", "attacker",
})


def _maybe_ipv6(text: str) -> bool:
    """Only `::` or at least six colons (placeholders have one each) can make an IPv6 address."""
    return "::" in text or text.count(":") - text.count("<redacted:") >= 6


def _bounded(word: str) -> str:
    """`word` as a pattern that starts with the literal but still needs a word boundary before it."""
    return re.escape(word) + rf"(?<![A-Za-z0-9_]{re.escape(word)})"


_LONG_RUN = re.compile(r"[A-Za-z0-9+/_~-]{20}")

# PuTTY's key file: the lines after `Private-Lines: N` are the private key.
_PUTTY_PRIVATE = r"Private-Lines:[ \t]*\d+[ \t]*\r?\n(?P<val>[A-Za-z0-9+/=]{4,}(?:[ \t]*\r?\n[A-Za-z0-9+/=]{4,}(?![\w-]*:))*)"
# A `.pgpass` line: `host:port:database:user:password` (port or `*`), the password last.
_PGPASS = r"(?m)^[\w.*-]+:(?:\d{1,5}|\*):[\w.*-]+:[\w.@*\\-]+:(?P<val>[^\s]+)$"
_PGPASS_GATE = re.compile(r":(?:\d{1,5}|\*):[^:\s]+:[^:\s]+:\S").search
# Session cookies are credentials: under a `Cookie:` or `Set-Cookie:` header, a long value with letters
# and digits (`sessionid=...`, `JSESSIONID=...`); `theme=dark` stays.
_COOKIE_PAIR = r"[\w.-]+=(?P<val>[^;\s,\"']{16,})"
_COOKIE_HEADER = re.compile(r"(?i)(?:set-)?cookie[\"']?[ \t]*:")


def _pick_cookie(m: re.Match, text: str, floor: int) -> Span | None:
    line = text.rfind("\n", 0, m.start()) + 1
    if _COOKIE_HEADER.search(text, line, m.start()) is None:
        return None
    value = m["val"]
    if not (any(c.isdigit() for c in value) and any(c.isalpha() for c in value)) or shape.is_stand_in(value):
        return None
    return m.span("val")


_RULES: tuple[_Rule, ...] = (
    _rule("private_key", _PRIVATE_KEY),
    _rule("private_key", _PUTTY_PRIVATE, needles=("Private-Lines",)),
    _rule("bearer", _AUTH_HEADER, lower=True),
    _rule("bearer", _bounded("bearer") + _BARE, lower=True),
    _rule("bearer", _bounded("basic") + _BARE, lower=True),
    _rule("aws_key", r"A(?:KIA|SIA)(?<![A-Za-z0-9_]A[KS]IA)[A-Z0-9]{16}\b"),
    _rule(
        "aws_secret",
        r"se(?:cret_?access_?key|cret_?key|ssion_?token)" + _SEP + _value(),
        lower=True,
        pick=_pick_aws_secret,
    ),
    _rule("github_token", r"gh[pousr]_(?<![A-Za-z0-9_]gh[pousr]_)[A-Za-z0-9]{20,255}"),
    _rule("github_token", _bounded("github_pat_") + r"[A-Za-z0-9_]{20,255}"),
    _rule("slack_token", r"xox[abposre]-(?<![A-Za-z0-9_]xox[abposre]-)[A-Za-z0-9-]{10,}"),
    _rule("slack_token", _bounded("xapp-") + r"\d-[A-Za-z0-9-]{10,}"),
    _rule(
        "slack_token",
        r"hooks\.slack(?:-gov)?\.com/(?:services|workflows|triggers)/(?P<val>(?!<redacted:)[A-Za-z0-9_/-]+)",
    ),
    # Microsoft Teams (Office 365 connectors) and Discord webhook URLs: the path is the credential.
    _rule(
        "webhook",
        r"\.office\.com/webhook(?:b2)?/(?P<val>(?!<redacted:)[^\s\"'<>]+)",
        needles=(".office.com/webhook",),
    ),
    _rule(
        "webhook",
        r"discord(?:app)?\.com/api/webhooks/(?P<val>(?!<redacted:)\d+/[\w-]+)",
        needles=("/api/webhooks/",),
    ),
    _rule("generic_api_key", _bounded("AIza") + r"[0-9A-Za-z_-]{35}"),
    _rule("generic_api_key", r"\b[sr]k_(?:live|test)_[0-9A-Za-z]{16,}", needles=("k_live_", "k_test_")),
    _rule("generic_api_key", _bounded("sk-") + r"(?=[\w-]*\d)[A-Za-z0-9_-]{20,}"),
    # GitLab tokens by prefix; routable tokens carry dot-separated parts after the random one.
    _rule(
        "generic_api_key",
        r"(?<![A-Za-z0-9_])gl(?:pat|dt|ft|soat|rt|cbt|oas|ptt|imt|agent|ffct|sa)-"
        r"[0-9A-Za-z_-]{20,}(?:\.[0-9A-Za-z_-]{2,})*",
        needles=("gl",),
    ),
    # HashiCorp Vault service, batch and recovery tokens
    _rule("generic_api_key", r"hv[sbr]\.(?<![A-Za-z0-9_]hv[sbr]\.)[A-Za-z0-9_-]{24,}", needles=("hvs.", "hvb.", "hvr.")),
    # A generated token as a URL's user (Sentry DSNs, `https://<token>@host`): userinfo without a password.
    _rule("generic_api_key", _URL_USER_TOKEN, needles=("://",), pick=_pick_url_user_token),
    _rule("generic_api_key", _bounded("npm_") + r"[A-Za-z0-9]{36}"),
    _rule("generic_api_key", _bounded("hf_") + r"[A-Za-z0-9]{30,}"),
    _rule("generic_api_key", _bounded("SG.") + r"[\w-]{22}\.[\w-]{43}"),
    _rule("generic_api_key", _bounded("dop_v1_") + r"[a-f0-9]{64}"),
    _rule("generic_api_key", _bounded("glsa_") + r"[A-Za-z0-9]{32}_[0-9a-fA-F]{8}"),  # Grafana service account
    _rule("generic_api_key", _bounded("glc_") + r"[A-Za-z0-9+/]{32,}={0,2}"),  # Grafana Cloud
    _rule("generic_api_key", r"shp(?:at|ca|pa|ss)_(?<![A-Za-z0-9_]shp[a-z]{2}_)[a-fA-F0-9]{32}", needles=("shp",)),
    *(_rule(kind, pattern.pattern, lower=folded, needles=needles, pick=checks.pick_vendor)
      for kind, pattern, folded, needles in checks.vendor_patterns()),
    _rule("generic_api_key", checks.known_token_pattern()[0], needles=checks.known_token_pattern()[1]),
    _rule("jwt", _bounded("eyJ") + r"[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*"),
    _rule("connection_string", _URL_CREDS, pick=_pick_url_creds),
    _rule("password", _ASSIGN, lower=True, pick=_pick_assign_value),
    _rule("password", _FLAG, lower=True, pick=_pick_flag),
    _rule(
        "password",
        _CMD_FLAG,
        needles=("mysql", "mariadb", "login", "sshpass", "redis-cli", "curl", "ldap", " -p", " -P", "snmp"),
        pick=_pick_cmd_flag,
    ),
    _rule("password", _PIPED_LOGIN, gate=_piped_login, pick=lambda m, t, f: m.span("val")),
    _rule("password", _XML_SETTING, lower=True, needles=("key=", "name="), pick=_pick_xml_setting),
    _rule(
        "password",
        r"<(?P<tag>[\w.:-]{0,40}(?:password|passwd|secret|token|api_?key))>(?P<val>[^<\s][^<]{0,200})</",
        lower=True,
        needles=("password>", "passwd>", "secret>", "token>", "key>"),
        pick=lambda m, t, f: m.span("val"),
    ),
    _rule(
        "password",
        r"net[ \t]+use[ \t]+[^\s]+[ \t]+/user:[^\s]+[ \t]+" + _value(),
        lower=True,
        needles=("net use",),
        pick=lambda m, t, f: m.span("val"),
    ),
    _rule("password", _PROSE_PASSWORD, lower=True, needles=("pass",), pick=_pick_prose),
    _rule("password", _PROSE_PAIR, lower=True, needles=("cred", "login"), pick=_pick_prose),
    _rule("password", _PROSE_SHORT, lower=True, needles=("pw", "passcode"), pick=_pick_prose),
    # Every value in a Kubernetes Secret's `data:` or `stringData:` block, whatever its key.
    _rule("password", _K8S_DATA_LINE, needles=("kind: Secret",), pick=_pick_k8s_secret_data),
    # netrc and ftp scripts: `machine host login user password secret`
    _rule("password", r"login\s+\S+\s+password\s+(?P<val>\S+)", lower=True, needles=("login",),
          pick=lambda m, t, f: m.span("val")),
    _rule("password", _NAME_VALUE_ARGS, needles=('",', "',"), pick=_pick_name_value_args),
    _rule(
        "password",
        _INNER_KW,
        lower=True,
        needles=("secret", "token", "passw", "pwd", "api"),
        pick=_pick_inner_kw,
    ),
    _rule(
        "password",
        _PASSWORD_ARGS,
        lower=True,
        needles=("change_password", "add_user", "htpasswd", "password", "identified"),
        pick=lambda m, t, f: next(m.span(g) for g in "abc" if m[g] is not None),
    ),
    _rule("password", _PGPASS, gate=_PGPASS_GATE, pick=lambda m, t, f: m.span("val")),
    _rule("password", _COOKIE_PAIR, lower=True, needles=("cookie",), pick=_pick_cookie),
    _rule("password", slots.HERE_STRING, lower=True, needles=("<<<",), pick=slots.pick_here_string),
    _rule("password", slots.NET_USER, lower=True, needles=("net user",), pick=lambda m, t, f: m.span("val")),
    _rule("password", slots.SECURE_STRING, lower=True, needles=("convertto-securestring",), pick=slots.pick_user_percent),
    _rule("password", slots.COMPOUND_NAME_SPACE_VALUE, lower=True, needles=("pass", "secret", "token", "key", "pw"),
          pick=slots.pick_compound_name),
    # Places without an assignment (`credential_slots`): near a word for password, directives,
    # Windows switches, `user%password`, `(user/password)`, "X is the password", "log in as U with X".
    _rule("password", slots.DIRECTIVE, lower=True, needles=("pass", "pw", "secret", "token", "key", "auth", "cred", "psk"),
          pick=slots.pick_directive),
    _rule("password", slots.WINDOWS_SWITCH, lower=True, needles=("/p", "/rp"), pick=slots.pick_windows_switch),
    _rule("password", slots.USER_PERCENT, needles=("%",), pick=slots.pick_user_percent),
    _rule("password", slots.IS_THE_PASSWORD, lower=True, gate=slots.is_the_password_gate, pick=slots.pick_value_group),
    _rule("password", slots.LOGIN_AS_WITH, lower=True, needles=("in as ",), pick=slots.pick_login_as_with),
    _rule("password", slots.USER_SLASH_PASSWORD, needles=("/",), pick=slots.pick_user_slash_password),
    _rule("password", slots.PASSWORD_WORD, lower=True, needles=slots.PASSWORD_WORD_NEEDLES, pick=slots.pick_near_word),
    _rule("password", slots.SECRET_WORD, lower=True, needles=("secret", "token", "key"), pick=slots.pick_near_secret_word),
    # A generated token with no name or known format around it (pasted into prose or a log line).
    _rule("generic_api_key", shape.BARE_TOKEN, gate=_LONG_RUN.search, pick=shape.pick_bare_token),
    _rule("email", _EMAIL, pick=_pick_email),
    # Checksummed and numbering-plan identifiers: a cheap candidate shape, then the library's check.
    _rule(
        "iban",
        r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])",
        gate=_IBAN_GATE.search,
        pick=checks.pick_iban,
    ),
    _rule(
        "card_number",
        r"(?<![\w.+/-])\d(?:[ -]?\d){12,18}(?![\w.]|-\d)",
        gate=_CARD_GATE.search,
        pick=checks.pick_card,
    ),
    _rule(
        "national_id",
        r"(?P<ctx>(?:\bssn|social security(?: number| no\.?)?)[\s:#=]*)?(?<![\w-])"
        r"(?P<num>\d{3}(?P<sep>[-. ])\d{2}(?P=sep)\d{4}|(?<=[\s:#=])\d{9})(?![\w-]|\.\d)",
        lower=True,
        gate=_ssn_gate,
        pick=checks.pick_ssn,
    ),
    _rule("phone", r"\+(?<![\w+]\+)\d[\d \t().-]{5,18}\d(?![\d])", needles=("+",), pick=checks.pick_phone),
    _rule("phone", r"\((?<!\w\()\d{3}\)[ .-]?\d{3}[ .-]\d{4}(?!\d)", needles=("(",), pick=checks.pick_phone),
    _rule(
        "phone",
        r"(?<![\w.-])(?:1(?P<p>[.-]))?\d{3}(?P<s>[.-])\d{3}(?P=s)\d{4}(?![\w.-])",
        gate=_NANP_GATE.search,
        pick=checks.pick_phone,
    ),
    _rule(
        "phone",
        r"(?:phone|tel|mobile|cell|sms|whatsapp|fax|contact|hotline|call)(?![a-z])[\s:.#]*"
        r"(?P<num>\+?[\d(][\d \t().-]{5,18}\d)",
        lower=True,
        needles=("phone", "tel:", "tel.", "tel ", "mobile", "cell", "sms", "whatsapp", "fax", "contact", "hotline",
                 "call "),
        pick=checks.pick_phone,
    ),
    _rule("ipv6", _IPV6, gate=_maybe_ipv6, pick=_pick_ipv6),
    _rule("ipv4", _IPV4, pick=_pick_ipv4),
    _rule("hostname", _HOSTNAME, lower=True, needles=(".",)),
)


def compile_custom(name: str, pattern: str):
    """An org admin's pattern, compiled by RE2 so that it runs in time linear in the text.

    Python's backtracking engine lets one pattern such as ``(a+)+$`` take seconds on a short line,
    and redaction runs inline on every ingest, for every org. RE2 has no backreferences or
    look-arounds; a pattern that needs them is refused (``ValueError`` naming the pattern, which
    the privacy API turns into a 400) rather than run on the slow engine.
    """
    try:
        compiled = re2.compile(pattern, _RE2_OPTIONS)
    except re2.error as exc:
        reason = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        raise ValueError(
            f"custom redaction pattern {name!r} cannot be compiled for linear-time matching (RE2: {reason}); "
            "backreferences and look-arounds are not supported"
        ) from exc
    if compiled.fullmatch("") is not None:
        raise ValueError(f"custom redaction pattern {name!r} matches the empty string")
    return compiled


_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.log_errors = False  # a refused pattern is reported to the caller, not to stderr


class Redactor:
    """Replaces secrets and personal data in text with typed placeholders.

    Parameters
    ----------
    classes
        Types to redact, from `REDACTION_TYPES`; ``None`` means `DEFAULT_CLASSES`. Limiting them is
        for deployments that need, say, IPs kept; an unknown name is a configuration mistake and
        raises ``ValueError`` rather than silently redacting less.
    custom_patterns
        Site-specific secrets (``name -> regex``), e.g. an internal token format. Matches become
        ``<redacted:custom>`` and count as ``custom`` whatever their name, so metric labels stay
        bounded; the names only make error messages useful. They apply whenever given.

    A `Redactor` holds no mutable state and is safe to share between threads.
    """

    def __init__(
        self, classes: Iterable[str] | None = None, custom_patterns: Mapping[str, str] | None = None
    ):
        chosen = DEFAULT_CLASSES if classes is None else frozenset(classes)
        unknown = sorted(c for c in chosen if c not in REDACTION_TYPES)
        if unknown:
            raise ValueError(f"unknown redaction classes {unknown}; known: {', '.join(REDACTION_TYPES)}")
        self.classes: frozenset[str] = chosen
        self._rules = tuple(r for r in _RULES if r.kind in chosen)
        self._custom = [compile_custom(name, pattern) for name, pattern in (custom_patterns or {}).items()]
        self._keyed = "password" in chosen

    def redact(self, text: str) -> RedactionResult:
        counts: Counter = Counter()
        out = self._redact(text, counts)
        return RedactionResult(out, {k: v for k, v in counts.items() if v})

    def redact_value(self, value: object, counts: Counter) -> object:
        """Redact every string inside JSON-like data, adding what was found to ``counts``.

        Dict keys are kept (they are schema, not content) but used as context: a string under a
        key such as ``DB_PASSWORD`` is redacted whole. Other leaves are returned as they are.
        """
        if isinstance(value, str):
            return self._redact(value, counts)
        if isinstance(value, dict):
            env_name = value.get("name") if self._keyed and _is_secret_env(value) else None
            out = {}
            for k, v in value.items():
                if env_name is not None and k == "value":
                    out[k] = self._redact_keyed(env_name, v, counts)
                elif self._keyed and isinstance(v, str) and isinstance(k, str) and _SECRET_KEY.fullmatch(k):
                    out[k] = self._redact_keyed(k, v, counts)
                else:
                    out[k] = self.redact_value(v, counts)
            return out
        if isinstance(value, list):
            return [self.redact_value(v, counts) for v in value]
        if isinstance(value, tuple):
            return tuple(self.redact_value(v, counts) for v in value)
        return value

    def _redact_keyed(self, key: str, value: str, counts: Counter) -> str:
        if _not_secret(value.strip()) or _PLACEHOLDER_SPLIT.fullmatch(value):
            return value
        if key.lower() in ("pwd", "oldpwd") and value.startswith(("/", "~")):
            return self._redact(value, counts)
        kind = "aws_secret" if "aws_secret" in self.classes and _AWS_SECRET_KEY.fullmatch(key) else "password"
        counts[kind] += 1
        return _ph(kind)

    def _redact(self, text: str, counts: Counter) -> str:
        """Rules applied until the text stops changing (at most three rounds): one redaction can change
        what its neighbours look like (a host redacted inside a path leaves a fragment that reads as a
        password slot), and text that is stored redacted is redacted again on every read and export,
        so it must already be a fixed point. Texts nothing was found in take one round."""
        out = self._redact_once(text, counts)
        for _ in range(2):
            if out == text:
                break
            text, out = out, self._redact_once(out, counts)
        return out

    def _redact_once(self, text: str, counts: Counter) -> str:
        if not text or (_INERT.fullmatch(text) is not None and "pass" not in text.lower()):
            return text
        low = low_of = None
        for rule in self._rules:
            if rule.lower:
                if low_of is not text:
                    low, low_of = text.lower(), text
                hay = low
            else:
                hay = text
            if rule.has_needle is not None and not rule.has_needle(hay):
                continue  # one call per rule: this loop runs some sixty times per ingested string
            if rule.gate is not None and not rule.gate(hay):
                continue
            if rule.pattern.search(hay) is None and len(hay) == len(text):
                continue
            text, n = _apply(rule, text, hay)
            if n:
                counts[rule.kind] += n
        for pattern in self._custom:
            parts = _PLACEHOLDER_SPLIT.split(text)
            for i in range(0, len(parts), 2):
                parts[i], n = pattern.subn(_ph("custom"), parts[i])
                if n:
                    counts["custom"] += n
            text = "".join(parts)
        return text


# Text of letters, spaces and plain punctuation only (no digit, `@`, `:`, `=`, `.`, `/`, `+`) can hold
# no rule's secret but a password in prose; most short strings of an event are like that, and
# skipping them keeps the cost of some sixty rules off them.
_INERT = re.compile(r"(?:[A-Za-z]{1,19}(?![A-Za-z])|[ \t\n,;!?()'\"-])*")


def _is_secret_env(d: dict) -> bool:
    """A Kubernetes env entry (`{"name": "DB_PASSWORD", "value": ...}`) holding a secret."""
    name = d.get("name")
    return (
        isinstance(name, str) and isinstance(d.get("value"), str) and _SECRET_KEY.fullmatch(name) is not None
    )
