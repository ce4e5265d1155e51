"""Passwords found by the name they are assigned to: `DB_PASSWORD=`, `"api_key": `, `<entry key=...>`,
`setdefault("API_TOKEN", "x")`, a Kubernetes Secret's `data:`.

A name must *end* in a keyword (`auth_token_validation_errors_total` is a metric, not a slot);
names that only may hold a secret (`cache_key`, `license`) need a value that looks generated, and
names that say their value is public or a reference (`public_key`, `existingSecret`) are kept.
"""

from __future__ import annotations

import re

from exporter.privacy import ordinary_values as ordinary
from exporter.privacy import secret_shape as shape
from exporter.privacy.rule_engine import SEP, Span, key_start, secret_value
from exporter.privacy.stand_ins import low_diversity

# A name holding a secret ends with one of these. Short ones need a separator before them so that
# `bypass=` or `compass:` stay.
KW = (
    r"(?:pass(?:word|wd|phrase|code)|(?<![a-z0-9])sig|pwd|pw"
    # `dbpass`, `rootpass`, `$smtppass`, but not the English words ending in -pass (`bypass`, `compass`)
    r"|(?<!by)(?<!com)(?<!sur)(?<!res)(?<!over)(?<!under)(?<!im)pass|secret|token|signature|api[_-]?key|apikey"
    r"|credentials?|creds|(?<![a-z0-9])_auth|storepass|keypass|(?<![a-z0-9])pat"  # `GITHUB_PAT`, `ado pat =`
    r"|(?<![a-z0-9])psk"  # a pre-shared key, `WG_PSK=`, `BOOTSTRAP_PSK=<hex>` (round 19)
    r"|(?:access|secret|private|signing|encryption|master|client|app|account|auth)[_-]?key"
    # a private or secret key named in French, Spanish, Portuguese or Italian (`MONDIAL_RELAY_CLE_PRIVEE=`, round 21)
    r"|(?<![a-z])(?:cl[eé]|clave|chave|chiave)[_-]?(?:priv[eé]e|privada|privata|secr[eè]te|secreta|segreta))"
)
_KW_TAIL = re.compile(KW + r"\Z")
SECRET_KEY = re.compile(r"[\w.-]*" + KW, re.I)  # for dict keys and Kubernetes env names
AWS_SECRET_KEY = re.compile(
    r"(?i:(?:aws_?)?secret_?access_?key|aws_?secret_?key|aws_?session_?token)|SessionToken"
)
# Found by how every keyword ends (a literal, hence fast), then the whole name is checked.
ASSIGN = r"(?:word|wd|phrase|pass|pwd|pw|sig|secret|token|ture|key|tial|tials|auth|ense|creds|cookie|code|login|session|pat|psk|iv[eé]e|vada|vata|cr[eè]te|creta|greta)" + SEP + secret_value()


def assign_gate(hay: str) -> bool:
    """No `ASSIGN` without one of the separators `SEP` allows (`=`, `:`, `->`, `--`): four substring tests,
    cheaper than the pattern's search on the texts that hold none (about three in five)."""
    return "=" in hay or ":" in hay or "->" in hay or "--" in hay

_UUID = re.compile(r"""["']?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}["']?""")
# Names that hold a reference to a secret kept elsewhere (Helm's `existingSecret: loki-postgresql`).
_REFERENCE_KEY = re.compile(r"(?:existing|external|use|sealed)[_-]?(?:secret|token|credentials?)|.*(?:ref|name)")
# A value under a name that merely *may* hold a secret (`AZURE_STORAGE_KEY=`, `newreliclicensekey:`,
# `...LICENSE=`): redacted only when it looks generated, a run of 16+ letters and digits with both,
# so `partition_key=user_id` and `cache_key=session:index:v2` stay.
# `sonar.login=<token>`, `_gitlab_session=<cookie value>`
_MAYBE_KEY = re.compile(r"(?:key|license|cert|auth|creds|cookie|login|session)")
# Names that say their value is public or an identifier, whatever word they end in (gitleaks keeps
# the same allowance): `public_key`, `publicToken`, `partition_key`, `primaryKey`, `idempotency_key`, and the key
# a monitor groups its events by (Datadog's `aggregation_key`: batch 19). (Not `group` or `correlation`: a
# `VK_GROUP_TOKEN` or a `CORRELATION_TOKEN` is a secret; review R44, round 19.)
_PUBLIC_NAME = re.compile(
    r"(?:.*[_.-])?(?:public|pub|primary|foreign|partition|sort|range|row|cache|bucket|schema|sequence"
    r"|idempotency|idem|natural|shard|dedup|lookup)[_.-]?(?:key|token)s?|(?:.*[_.-])?aggregation[_.-]?keys?"
)
# The same names written as words in prose (`Build cache key: 62cc...`, `partition key = tenant_id`): the rule's key
# is the last word only, so the word before it says what kind of key it is. Only the words that never name a
# credential: Azure calls a Storage or Cosmos DB account's access key its "primary key" (review R2).
_PUBLIC_WORD_BEFORE = re.compile(r"(?i:\b(?:public|cache|partition|sort|row|range|shard|dedup|idempotency|lookup))[ \t]\Z")
# A webhook's signature header (`Stripe-Signature: t=...,v1=<hex>`, `X-Hub-Signature-256: sha256=<hex>`): a
# MAC of one message, which proves the sender and grants nothing; Azure's `sig=` in a SAS URL is the
# grant itself, so only a name spelled out as `signature` holding a digest is kept. A scheme's versioned digests
# (`v1=<hex>` as PagerDuty and Slack send them, after Stripe's `t=` or alone, or `v1=<hmac-sha256>` as a doc writes
# one) are the same MAC.
_SIGNATURE_NAME = re.compile(r"(?:.*[_.-])?signature(?:[_.-]?\d+)?")
_SIGNATURE_VALUE = re.compile(
    r"[\"']?(?:(?:t=\d+,)?(?:v\d=(?:[0-9a-f]{32,}|<[\w -]+>),?)+|(?:sha(?:1|256|512)=)?[0-9a-f]{40,128})[\"']?"
)
# Keywords that name a password outright: any value after them counts. The others (`token`, `key`,
# `secret`, `auth`) glued to a preceding word (`io.jsonwebtoken:`, `mysecret=`) only may name one.
_STRONG_KW = ("pass", "pwd", "pw", "cred", "storepass", "keypass")
GENERATED = re.compile(
    r"(?=[A-Za-z0-9+/=]{0,200}?\d)(?=[A-Za-z0-9+/=]{0,200}?[A-Za-z])[A-Za-z0-9+/=]{16,}"
    # or written in dash-separated groups, as license and product keys are (`4f7a-9c2e-b81d-33ef`)
    r"|(?=[\w-]{0,80}?\d)(?=[\w-]{0,80}?[A-Za-z])[A-Za-z0-9]{4,}(?:-[A-Za-z0-9]{4,}){3,}"
)


# A PIN by its name (`pin=835677` in a query, `"pin":"4471"`, `terminal_pin: "1485"`) and four to twelve digits, as
# PINs are issued. `pin` is the whole key, or the key names what the PIN opens (a card, a SIM, a door, a terminal, a
# user's account): pinning is the common sense of the word in config (`cpu_pin`, `numa_pin`, `nixpkgs_pin`, `GPIO
# pin`, `chart pin`), and a date (`snapshot_pin: 20240501`) is no PIN.
PIN_ASSIGN = r"pin(?:[-_ ]?(?:code|kode|kod|number|nr))?(?![a-z0-9_])" + SEP + r"""(?P<val>["']?\d{4,12}["']?)(?![\w.:/-])"""
_PIN_HOLDER = re.compile(
    r"(?:card|sim|door|terminal|user|admin|atm|pos|keypad|lock|safe|account|login|phone|voicemail|alarm"
    r"|code|kod|c(?:ó|o)digo)[ _.-]?\Z"  # (and the word for code where a language puts it first: `kod PIN: 8356`)
)
_WHOLE_KEY_BEFORE = frozenset("?&\"'{,;\n")
_DATE_DIGITS = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")


def pick_pin(m: re.Match, text: str, floor: int) -> Span | None:
    i = m.start()
    a, b = m.span("val")
    if _DATE_DIGITS.fullmatch(text[a:b].strip("\"'")):
        return None
    if i == 0 or text[i - 1] in _WHOLE_KEY_BEFORE:
        return a, b  # `pin` is the whole key
    if text[i - 1].isalnum() and not (text[i - 1].islower() and text[i] == "P"):
        return None  # glued inside another word (`spin`); `terminalPin` (a capital opens the word) is one
    j = i
    while j > 0 and text[j - 1] in " \t":
        j -= 1  # (each match walks only its own indentation: linear)
    if j < i and (j == 0 or text[j - 1] == "\n"):
        return a, b  # `pin` opens its line
    holder = _PIN_HOLDER.search(text[max(0, i - 24) : i].lower())
    return (a, b) if holder is not None else None


XML_SETTING = (
    r"""(?:key|name)=["'](?P<name>[\w.:-]{1,80})["'](?:[ \t]+value="""
    + secret_value()
    # or the element's text: `<entry key="db.password">x</entry>`, `<add name="ApiToken">x</add>`
    + r"""|[^<>\n]{0,80}>(?P<text>[^<\s][^<\n]{0,200})</)"""
)


# A name with a secret word inside and more after it (`SECRET_KEY_BASE=`, `api_token_value:`): like
# the names that only may hold a secret, its value counts when it looks generated.
INNER_KW = r"(?:secret|token|passw(?:or)?d|api_?key)[a-z0-9_.-]*[a-z0-9]" + SEP + secret_value()
# ... unless what follows the secret word says the value is about the secret, not the secret.
_ABOUT_SECRET = re.compile(
    r".*[_.-](?:name|path|file|id|ref|url|uri|ttl|type|count|seconds|length|expiry|enabled|hash|version|arn)s?"
)  # (a list's name is plural: `password_files = [...]` holds paths as `password_file = "..."` holds one)


def pick_inner_kw(m: re.Match, text: str, floor: int) -> Span | None:
    key = text[key_start(text, m.start()) : m.start("sep")].rstrip("\"']").lower()
    a, b = m.span("val")
    if text[a] == "[" or _TUPLE_OPEN.match(text, a):
        item = list_item(text, a)
        return item if item is not None and not (
            _ABOUT_SECRET.fullmatch(key) or _REFERENCE_KEY.fullmatch(key) or _PUBLIC_NAME.fullmatch(key)
        ) else None
    if (
        _ABOUT_SECRET.fullmatch(key)
        or _REFERENCE_KEY.fullmatch(key)
        or _PUBLIC_NAME.fullmatch(key)
        or not GENERATED.search(text, a, b)
    ):
        return None
    return a, b


# A list of strings under a secret's name (`SECRET_KEY_FALLBACKS = ["..."]`, Prometheus' `params: {apikey:
# ['...']}`): each item is a value. The first quoted item not yet redacted is read (the rules run until the
# text stops changing, so a later round reads the next); an item that is a plain word or an id (`["aws",
# "gcp"]`) must look generated, as under a name that only may hold a secret.
_LIST_ITEM = re.compile(
    r"""[\[(][ \t]{0,8}(?:["']?<redacted:[a-z_]+>["']?[ \t]{0,8},[ \t]{0,8}){0,8}(?P<q>["'])(?P<item>[^"'\n]{1,256})(?P=q)"""
)
_TUPLE_OPEN = re.compile(r"""\([ \t]{0,8}["']""")  # a tuple of strings; any other `(` opens code or a password
# The items after the first, each read once (at most 32): the list is one value, redacted whole in one pass (the
# rules' three rounds read only three items when each round took one; reviewer rrev's F22).
_MORE_ITEMS = re.compile(r"""(?:[ \t]{0,8},[ \t]{0,8}["'][^"'\n]{1,256}["']){0,31}""")


def list_item(text: str, a: int) -> Span | None:
    item = _LIST_ITEM.match(text, a)
    if item is None or not may_be_secret_value(text, *item.span("item")):
        return None
    more = _MORE_ITEMS.match(text, item.end())
    return item.start("item"), (more.end() - 1 if more.end() > item.end() else item.end("item"))


# A secret's name and its value as two quoted arguments: `os.environ.setdefault("API_TOKEN", "x")`,
# `GetEnvOrDefault("api_token", "...")`, `System.setProperty("db.password", "...")`.
NAME_VALUE_ARGS = r"""(?P<q>["'])(?P<name>[\w.-]{1,80})(?P=q)[ \t]*,[ \t]*(?P<val>"[^"\n]+"|'[^'\n]+')"""


# A secret word anywhere in a name (`SECRET_KEY_BASE`, `api_token_value`): the name only may hold a secret.
_INNER_SECRET_WORD = re.compile(r"secret|token|passw(?:or)?d|api_?key")


def secret_name_holds(name: str, text: str, a: int, b: int) -> bool:
    """Whether `text[a:b]`, held under `name` given in another field (an entry's `name:`), is a secret: the
    tests the assignment rules apply to the name right before a value."""
    key = _joined_words(name.lower())
    if _PUBLIC_NAME.fullmatch(key) or _REFERENCE_KEY.fullmatch(key) or _ABOUT_SECRET.fullmatch(key):
        return False
    kw = _KW_TAIL.search(key)
    if kw is None:
        may_hold = _MAYBE_KEY.search(key[-7:]) is not None or _INNER_SECRET_WORD.search(key) is not None
        return may_hold and not _UUID.fullmatch(text, a, b) and may_be_secret_value(text, a, b)
    return key[kw.start() :].startswith(_STRONG_KW) or not low_diversity(text[a:b])


_KEY_AFTER = re.compile(r"[ \t]*:")
_VALUE_BEFORE = re.compile(r":[ \t]*\Z")  # (`=` before is a tuple's assignment: `pair = "API_TOKEN", "x"`)


def pick_name_value_args(m: re.Match, text: str, floor: int) -> Span | None:
    name = m["name"].lower()
    if not SECRET_KEY.fullmatch(name) or _REFERENCE_KEY.fullmatch(name) or _PUBLIC_NAME.fullmatch(name):
        return None
    if _KEY_AFTER.match(text, m.end()) or _VALUE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        # two strings of a mapping, not a call's arguments: the "name" is a key's value and the "value" the next
        # key (`"secret_ref":"gocardless-webhook-secret","ok":true`)
        return None
    return m.span("val")


def pick_aws_secret(m: re.Match, text: str, floor: int) -> Span | None:
    key = text[key_start(text, m.start()) : m.start("sep")].rstrip("\"'")
    return m.span("val") if AWS_SECRET_KEY.fullmatch(key) else None  # else Django's SECRET_KEY etc.


_K8S_SECRET_KEY = re.compile(r"""[\w.-]*[a-z0-9]Secret(?:Name)?["']?""")
_K8S_NAME = re.compile(r"[a-z]([-a-z]*[a-z])?(?:-[a-z]+)+")  # lower-case words joined by hyphens, no digits


def _joined_words(key: str) -> str:
    """A keyword written as two words is the keyword: `api.key`, `private-key`, `pass_word`."""
    return _SPLIT_KEYWORD.sub("", key)


# The first words of `KW`'s two-word keywords (`api key`, `private key`, ..., `pass word`).
_SPLIT_KEYWORD = re.compile(
    "(?:" + "|".join(f"(?<={w})" for w in ("api", "private", "secret", "access", "signing", "encryption", "master",
                                           "client", "app", "account", "auth", "pass"))
    + r")[._-](?=key\Z|word\Z)"
)


def may_be_secret_value(text: str, a: int, b: int) -> bool:
    """Under a name that only may hold a secret, the value must look generated: letters with digits
    (`GENERATED`) or three kinds of character changing often; a digest named by the words before it
    (`Linux-pip-<sha1>`, a cache key) is content addressed, not secret."""
    value = text[a:b].strip("\"'")
    if shape.is_labelled_digest(value):
        return False
    return (bool(GENERATED.search(text, a, b)) or shape.looks_mixed(value) or _generated_with_symbols(value)
            or _url_safe_random(value))


_URL_SAFE = re.compile(r"[A-Za-z0-9_-]{32,512}")
_URL_SAFE_CHANGES = 0.45  # (random base64 changes class on ~0.6 of its pairs; words joined by `-`/`_` on ~0.3)


def _url_safe_random(value: str) -> bool:
    """24 or more random bytes in URL-safe base64 (RFC 4648 section 5), as session cookies and API tokens are issued
    (`hvs_session=ciHRAMHYNKfRL4i_-FFVAp8A...`): its `-` and `_` cut the letters-and-digits runs `GENERATED` reads
    (round 23). Upper case, lower case and digits, changing class as random text does."""
    if not _URL_SAFE.fullmatch(value):
        return False
    core = value.replace("-", "").replace("_", "")
    kinds = shape.character_kinds(core)
    return kinds == 3 and len(core) >= 2 and shape.change_rate(core) >= _URL_SAFE_CHANGES


_SYMBOLS = frozenset("!#$%^&*()~?@")


def _generated_with_symbols(value: str) -> bool:
    """What a password generator makes with symbols on (`qdmcmel)s1jvhsr3krs%b(#n!`, Django's secret keys): 16 to
    256 characters without a space or a slash, with a letter, a digit and three of the symbols no path, version or
    identifier holds."""
    if not 16 <= len(value) <= 256 or any(c.isspace() or c == "/" for c in value):
        return False
    return (any(c.isalpha() for c in value) and any(c.isdigit() for c in value)
            and sum(c in _SYMBOLS for c in value) >= 3)


# An object's name that says what kind of secret the object keeps (`petrx-adyen-api-key`, `bw-booking-tls`,
# `booking-db-credentials`): lower-case words joined by hyphens, the last a secret's noun. Kubernetes Secrets,
# Vault paths and cloud secret stores are named so.
_SECRET_OBJECT_NAME = re.compile(
    r"""["']?[a-z][a-z-]*-(?:key|keys|secret|secrets|token|tokens|tls|cert|certs|creds|credentials|password)["']?"""
)


# ... only under the bare label (`"secret": "x-api-key"` in an alert's labels): under `secret_key`, `client_secret`,
# `token`, `api_key` such a phrase is the (weak) secret itself, as frameworks' docs write them (rrev's F15).
_OBJECT_LABELS = frozenset({"secret", "secrets"})


def _names_its_object(text: str, ks: int, m: re.Match, key: str) -> bool:
    """`"secret":"petrx-adyen-api-key"` (JSON, both quoted) or `secret: harbor-ingress-tls` (YAML, neither): a label
    naming the object. In code (`session({ secret: 'keyboard-cat-secret' })`) or an env file (`SECRET=...`) the same
    key holds the secret itself (reviewer rrev's F25)."""
    a, b = m.span("val")
    if key not in _OBJECT_LABELS or text[ks : ks + len(key)] != key or "=" in m["sep"]:
        return False
    key_quote = text[ks - 1] if ks > 0 and text[ks - 1] in "\"'" else ""
    value_quote = text[a] if text[a] in "\"'" else ""
    if not ((key_quote == '"' and value_quote == '"') or (not key_quote and not value_quote)):
        return False
    return _SECRET_OBJECT_NAME.fullmatch(text, a, b) is not None


# gcloud's Secret Manager commands name the secret with `--secret=ID` (the value itself comes from `--data-file`, never
# from a flag): batches 12 and 20 (`tool=gcloud args="secrets versions access latest --secret=..."` as an audit logs it). Read within the command's line, at most `_COMMAND_REACH` characters back.
_GCLOUD_SECRETS = re.compile(r"gcloud\b[^\n]{0,40}?[ \t\"']secrets[ \t][^\n]*\Z")
_SECRET_ID = re.compile(r"[a-z][a-z0-9]{0,40}(?:[-_][a-z0-9]{1,40}){0,12}")  # lower-case words, as ids are named
_COMMAND_REACH = 240


def _secret_manager_id(text: str, ks: int, a: int, b: int) -> bool:
    """The `--secret=` flag of a `gcloud secrets ...` command: its value is the secret's id."""
    if not text.startswith("--secret", ks) or _SECRET_ID.fullmatch(text, a, b) is None:
        return False
    start = max(0, ks - _COMMAND_REACH)
    for sep in ("&&", "||", ";", "|"):  # this command only, not the one before a shell separator (review R3)
        cut = text.rfind(sep, start, ks)
        start = cut + len(sep) if cut >= 0 else start
    return "gcloud" in text[start:ks] and _GCLOUD_SECRETS.search(text, start, ks) is not None


# A placeholder in angle brackets that opens a value and says in words where the value is (`TOKEN=<from 1Password:
# Call Centre / Twilio>`, writer 14; `URL=<set in 1Password: ops/slack-webhook>`, blind): a product named in it
# (`1Password:`) is no field of its own. Bounded both ways on the line.
_PLACEHOLDER_OPENS = re.compile(r"=[ \t]?<[a-z][a-z-]*[ \t]")


def _in_angle_placeholder(text: str, ks: int) -> bool:
    lt = text.rfind("<", max(0, ks - 60), ks)
    if lt < 1 or ">" in text[lt:ks] or "\n" in text[lt:ks]:
        return False
    opened = _PLACEHOLDER_OPENS.match(text, lt - 1) or _PLACEHOLDER_OPENS.match(text, lt - 2)
    gt = text.find(">", ks, ks + 120)
    return opened is not None and gt > 0 and "\n" not in text[ks:gt]


def _closes_the_name(text: str, ks: int, sep: int, a: int) -> bool:
    """`'api_key='` written as a string: the quote after the separator closes the one the name opened, so the
    string is a name with its `=` and holds no value (`grep 'api_key=' ...`)."""
    return ks > 0 and text[ks - 1] in "\"'" and text[a] == text[ks - 1] and text[sep - 1] != text[ks - 1]


def _code_span(text: str, a: int) -> bool:
    """A backtick that opens a span closed after a space (`` `vault kv get -field=password secret/x` ``): inline
    code or shell's command substitution, a command (a flag or a path in it) that fetches the secret, as `$(...)`
    is; a passphrase in backticks has neither."""
    if text[a] != "`":
        return False
    end = text.find("`", a + 1, a + 256)
    span = text[a:end]
    return end > 0 and "\n" not in span and " " in span and (" -" in span or "/" in span)


def _pick_assign(m: re.Match, text: str, floor: int) -> Span | None:
    ks = key_start(text, m.start())
    key = _joined_words(text[ks : m.start("sep")].rstrip("\"']").lower())
    kw = _KW_TAIL.search(key)
    a, b = m.span("val")
    if text[a] == "[" or _TUPLE_OPEN.match(text, a):
        item = list_item(text, a)
        if item is None:
            return None
        a, b = item
    if _K8S_SECRET_KEY.fullmatch(text, ks, m.start("sep")) and _K8S_NAME.fullmatch(text, a, b - (text[b - 1] == ",")):
        return None  # Helm's `apiKeySecret: datadog-keys`: the name of a Kubernetes Secret (in a flow mapping, `{
        # apiKeyExistingSecret: datadog-secret, ... }`, its comma ends the entry: round 27)
    if _names_its_object(text, ks, m, key) or _closes_the_name(text, ks, m.start("sep"), a) or _code_span(text, a):
        return None
    if shape.shell_unset_message(text, m.start("sep")):
        return None  # `${REDIS_PASSWORD:?set REDIS_PASSWORD}`: the shell's error message when the variable is unset
    if _in_angle_placeholder(text, ks):
        return None  # `SLACK_WEBHOOK_URL=<set in 1Password: ops/slack-webhook>`: a name inside the placeholder's words
    if key.lstrip("-") == "secret" and _secret_manager_id(text, ks, a, b):
        return None  # `gcloud secrets versions access latest --secret=ledger-db-password`: which secret, by its id
    if text.startswith("-----BEGIN", a):
        return None  # a PEM block's armour: with its body the private-key rule has taken it already; alone it is none
    if _SIGNATURE_NAME.fullmatch(key) and _SIGNATURE_VALUE.fullmatch(text, a, b):
        return None  # a message's signature: a digest
    if _ordinary_in_slot(text, ks, key, a, b):
        return None
    if key in ("key", "keys") and _PUBLIC_WORD_BEFORE.search(text, max(0, ks - 16), ks):
        return None  # `Build cache key: 62ccb60a...`: a public name written as two words
    if _PUBLIC_NAME.fullmatch(key) or (ks > 0 and text[ks - 1] == "/"):
        return None  # a public name, or the last segment of a path or URL (`/creating-a-strong-password":`)
    if ks > 0 and text[ks - 1] == ":" and shape.inside_arn(text, ks):
        return None  # `arn:aws:secretsmanager:...:secret:prod/db-Xk2p9Q`: the resource's name, a reference
    if (
        kw is not None
        and kw.start() > 0
        and key[kw.start() - 1].isalpha()
        and text[ks + kw.start()].islower()
        and not key[kw.start() :].startswith(_STRONG_KW)
    ):
        # `io.jsonwebtoken:jjwt-jackson`: a weak keyword glued inside a word only may name a secret.
        return (a, b) if may_be_secret_value(text, a, b) else None
    if kw is None or _REFERENCE_KEY.fullmatch(key):
        while b > a + 1 and text[b - 1] in ";,":
            b -= 1  # (a cookie's `;` or a list's `,` ends the value: `hvs_session=<value>; Path=/`, round 23)
        if (
            kw is None
            and _MAYBE_KEY.search(key[-7:])
            and not key.endswith(("keyword", "keywords"))
            and not _UUID.fullmatch(text, a, b)  # under a name that only may be secret, a UUID is an id
            and may_be_secret_value(text, a, b)
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
    if not key[kw.start() :].startswith(_STRONG_KW) and low_diversity(text[a:b].strip("\"'")):
        return None  # `apiKey: "AIzaaaaaaaaaaaaa..."`: a typed stand-in under a name that only may be secret
    return a, b


def _ordinary_in_slot(text: str, ks: int, key: str, a: int, b: int) -> bool:
    """A value the format says is none (`ordinary_values`): a scanner's digest of the secret, a sealed ciphertext,
    the first tag of a signed header's list."""
    return (ordinary.digest_of_a_secret(key, text, a, b) or ordinary.sealed_ciphertext(text, a, b)
            or (_SIGNATURE_NAME.fullmatch(key) is not None and ordinary.signature_tags(text, a)))


K8S_DATA_LINE = r"\n(?P<ind>[ \t]+)[\w.-]+:[ \t]+(?P<val>[^\s#][^\n]*)"
_BLOCK_HEADER = re.compile(r"\n([ \t]*)([\w.-]+):[ \t]*(?=\n)")


def pick_k8s_secret_data(m: re.Match, text: str, floor: int) -> Span | None:
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
_WORD_THEN_PROSE = re.compile(r"[A-Za-z][a-z]*,?[ \t]+[A-Za-z]+\b")  # ... or a name (`pwd: Jim Meyering`)


# A shell default inside a reference is a literal: `${API_TOKEN:-x}`, `${DB_PASSWORD:=x}`.
_SHELL_DEFAULT = re.compile(r"""["']?\$\{\w+:?[-=](?P<val>[^}$\s]+)\}""")


def pick_assign_value(m: re.Match, text: str, floor: int) -> Span | None:
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
    if ordinary.cmdlet_call(text, key_start(text, m.start()), span[0]):
        return None  # `$pw = Read-Host -AsSecureString`: a command that prompts for it
    if not _BARE_NAME.fullmatch(text, *span) or GENERATED.fullmatch(text, *span):
        return span  # (a generated value is no type annotation: `X-Api-Key: <mixed 32>" "https://..."`)
    nxt = _AFTER_NAME.match(text, span[1])
    if nxt is None:
        return span
    if (shape.is_stand_in(text[span[0] : span[1]]) and text[nxt.start("val")] in "\"'"
            and _K8S_NAME.fullmatch(text, nxt.start("val") + 1, nxt.end("val") - 1)):
        return None  # `secret "app-db-credentials" not found`: an object's kind, then its name, as Kubernetes writes them
    return nxt.span("val")


def pick_xml_setting(m: re.Match, text: str, floor: int) -> Span | None:
    """.NET `<add key="ApiKey" value="..."/>`: the key names the secret in another attribute."""
    if not SECRET_KEY.fullmatch(m["name"]):
        return None
    return m.span("val") if m["val"] is not None else m.span("text")
