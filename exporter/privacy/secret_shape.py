"""Principles that tell a secret value from text that only stands where a secret would go.

The redactor's rules find a *place* that holds a credential (a name such as ``password=``, a flag,
a URL's userinfo, a header). Whether the value found there is a secret is a separate question with
the same answer for every rule, so it is asked here, once, rather than by each rule's own list of
exceptions. The answers are principles about the value's shape, not lists of seen strings:

- **Stand-ins**: masks (``••••``, ``****``, ``xxxx`` making up most of the value), the slot's own
  name typed as its value (``password``, ``<user:password>``, ``my_token``), positional parameters
  (``$1``), format placeholders (``%s``, ``{0}``), interpolations (``{get_pat()}``, ``#{pw}``) and
  code (``getpass.getpass(...)``, ``$_POST['pw']``, ``(char *)buf``, ``NULL``) say where a value will
  come from; none of them is the value.
- **Pointers**: a URL without userinfo or a file path names where the secret is kept (``tokenEndpoint:
  https://...``, ``password_file=/run/secrets/db``).
- **Digests**: a value right after a digest label (``sha256:``, ``sha512-``, ``h1:``, ``md5``) is a
  hash of public content (image ids, lock-file integrity, SSH host key fingerprints).
- **Generated tokens without a name** (`bare_token`): only a long run mixing upper case, lower case
  and digits with a high rate of character-class changes and high entropy, which identifiers
  (``PdfEncryptionKeySize.Key128Bit``), versions, hex hashes and UUIDs never are.
"""

from __future__ import annotations

import base64
import binascii
import math
import re
from collections import Counter

from exporter.privacy.look_alikes import access_log_agent, labelled_digest, named_public_key
from exporter.privacy.ordinary_values import kms_ciphertext, sealed_ciphertext

# Runs of the characters people type to hide or stand in for a value (`****`, `••••`, `xxxx`); only
# runs count, since a random token or a typed password holds a few of them singly.
_MASK_RUN = re.compile(r"([*•●·#?xX])\1{2,}")
# A value of one letter typed over and over (`curl --user "xxx:yyy"`, `zzzz`): a stand-in as `xxx` is.
_ONE_LETTER_RUN = re.compile(r"([A-Za-z])\1{2,}")
# The slot's own name as its value: `password`, `my-password`, `<user:password>`, `username:password`,
# `your_token`, `api_key`. No digits: `password1` is a (weak) password, not a stand-in.
_SLOT_WORD = re.compile(
    r"(?i)(?:(?:my|your|the|new|old|some|db|admin|user(?:name)?|root)[_ :-]?)?"
    r"(?:pass(?:word|wd|phrase)?|pwd|pw|secret|token|api[_-]?key|key|credentials?|user(?:name)?)s?"
)
# A placeholder written in capitals around the slot's name (`REPLACE_WITH_PASSWORD`, `YOUR_API_TOKEN`,
# `DB_PASSWORD`), or the name of a type where documentation shows a field's type (`"apiKey": "string"`).
_CAPS_SLOT = re.compile(r"(?:[A-Z]+_)*(?:PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|KEY|PWD|CREDENTIALS?)(?:_[A-Z]+)*")
_TYPE_NAME = re.compile(
    r"(?i:string|str|int|integer|number|float|double|bool|boolean|bytes|dict|list|tuple|datetime|path|object|any|text"
    r"|secret_string|securestring)"
)
# A value made only of the words people type to fill a slot in a sample (`fake_password`, `test-token`,
# `sample`, `REPLACE_ME`, `example-key-here`): no digit, nothing generated.
_FILLER_WORDS = re.compile(
    r"(?i)(?:(?:sample|fake|dummy|test|example|demo|replace|me|your|my|placeholder|foo|bar|baz|here|value|insert"
    r"|enter|pass(?:word)?|secret|token|api|key|auth)(?:[_.-](?=[a-z])|\Z))+"
)
# A password hash in crypt format (`$2b$12$...`, `$argon2id$...`, `$6$salt$...`): a digest, not the password.
_CRYPT_HASH = re.compile(r"\$(?:2[abxy]?|argon2(?:id|i|d)|[156]|apr1|y|gy|7|pbkdf2(?:-sha\d+)?)\$[./A-Za-z0-9$=,+-]{8,}")
_YAML_TAG = re.compile(r"![A-Za-z_]+")  # `!secret name`, `!env_var NAME`, `!vault |`: a constructor, not a value
_POSITIONAL = re.compile(r"\$\d|%[sdr]|%\([\w.-]+\)[sdr]|\{\d*\}|%[A-Za-z_]\w*%")  # ... and `%VAR%` (cmd.exe)
# A format verb the value is printed into (Go's `fmt.Errorf("load api token: %w", err)`, C's `%-8s`, `%.4x`), and a
# regular expression's character class (`token=[A-Za-z0-9]+` in a LogQL or grep filter): what a value looks like,
# never the value.
_FORMAT_VERB = re.compile(r"%[-+#0 ]?\d*(?:\.\d+)?[sdvwqxXfegtTbcop]")
_REGEX_CLASS = re.compile(r"\[\^?(?:[A-Za-z0-9]-[A-Za-z0-9]|\\[wdsWDS]|[_.+/=-])+\][+*?]?(?:\{\d+(?:,\d*)?\})?")
# Where a secret is kept, named in a tool's reference syntax instead of the value: Argo CD's `$<key>` into
# argocd-secret (`$dex.github.clientSecret`, `$oidc.azure.clientSecret`) and Grafana's `$__file{...}`,
# `$__env{...}`, `$__vault{...}` providers. The tool resolves the value at run time; the text holds only a name.
# Each part a lower-case name without digits (`clientSecret`, `client-secret`): a password that opens with `$`
# (`$uper.Secret99`, `$Summer:2024`) has a capital or a digit where a reference has a name, and stays a secret.
_SECRET_REFERENCE = re.compile(r"\$(?:[a-z_][A-Za-z_-]*(?:[.:][a-z_][A-Za-z_-]*)+|__[a-z]+\{[^{}]*\})")
# A Stripe publishable key: documented as public, it is shipped to every browser that loads the checkout.
_PUBLISHABLE = re.compile(r"pk_(?:live|test)_[A-Za-z0-9]+")
# An OpenSSH public key line (`ssh-ed25519 AAAAC3... deploy@ci`, as authorized_keys and ssh-keygen -y write it): the
# half of a key pair that is handed out; the private half is PEM armour, which the private-key rule reads.
_OPENSSH_LINE = re.compile(r"(?:ssh|ecdsa|sk)-[\w.@-]+[ \t]+(?P<blob>AAAA[A-Za-z0-9+/]+={0,3})(?:[ \t]+[^\s\"'`]+)?")
_INTERPOLATION = re.compile(r"[#$]?\{[A-Za-z_][^{}]*\}")
# A name in code: lower case or snake case, or a few capitalised humps (`getDecoder`, `Base64`), digits
# only at its end. A generated password has more humps than that (`OGnLqWgesM`), so it is never read as one.
_NAME = r"[A-Za-z_][a-z_]*(?:[A-Z][a-z_]+){0,3}\d*"
# Code on the right of an assignment: a call, an index into a request or environment, a cast.
_CODE = re.compile(
    # a call: `getpass.getpass(` (cut at its quote), `GetSecret(name);`, `jwt.encode(payload,` (cut at a
    # space), `@Microsoft.KeyVault(...)`; the callee is a name of 3+ letters, or a dotted path whose names
    # may end in digits (`hashlib.sha256(raw).hexdigest()`, `Base64.getEncoder()`), and the call is closed or
    # cut, so a password such as `Pa(ss0`, `Summer2024(!)` or `Sup3r.S3cret(1)` stays a password
    rf"@?(?:[A-Za-z_][A-Za-z_.]{{2,}}|(?:{_NAME}\.)+(?=[A-Za-z_]{{3}}){_NAME})(?:::[A-Za-z_]+)*\s*\((?:.*\)|[^)]*,)?[;,]?"
    rf"|(?:{_NAME}\.)+(?=[A-Za-z_]{{3}}){_NAME}\([a-z_][\w.]*"  # a method call cut at a space: `hashlib.sha256(salt`
    r"|\$?[A-Za-z_][\w.]*\[['\"]?[\w.-]+['\"]?\][;,]?"  # `$_POST['pw']`, `params[:password]`, `env["X"]`
    r"|\(\s*[A-Za-z_][\w ]*\**\s*\)\s*[A-Za-z_&*][\w.>-]*[;,]?"  # `(char *)buf`, `(String) value`
    r"|(?i:null|nil|none|undefined|nullptr|string\.empty|\"\"|'')[;,]?"
    r"|[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+;"  # a member of another object, as a statement: `req.body.pw;`
    r"|\(\s*[A-Za-z_]\w*\s*\**",  # the start of a cast cut at a space: `(char *)malloc(64)`
    re.S,
)
_URL_NO_USERINFO = re.compile(r"[a-z][a-z0-9+.-]*://[^\s@]*", re.I)
_PATH = re.compile(r"(?:~?/|\./|\.\./|classpath:|file:|\$\{?\w+\}?/)[\w./~-]*")  # ... and `$dir/private/key.pem`
# A name and the file it is read from (systemd's `LoadCredential=db-password:/etc/credstore/db-password`): a
# reference; at least two path segments in lower case, so a `user:/Xk9.../pQ7w` pair is still a login.
_NAMED_PATH = re.compile(r"[\w.-]+:/[a-z][a-z0-9_.~-]*(?:/[a-z0-9_.~-]+)+")


# A date or a clock time inside a word (`2026-12-05`, `12:30:45`): a timestamp the sentence is about,
# not a password told in it.
DATE_OR_TIME = re.compile(r"\d{4}-\d\d-\d\d|\d\d:\d\d:\d\d")


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'`":
        value = value[1:-1]
    return value.strip("<>[]")


# A value with an ellipsis for most of it, as people and tools shorten a key they refer to (`rk_live_51N...xyz`,
# `ending ...9fQ2`): only a vendor key's documented public prefix (`sk_live_`, `rk_live_`, `pk_test_`, `AKIA`,
# `ghp_`, `glpat-`, ...) and at most `_SHOWN` characters each side stay visible, or only a tail (the dots open the
# value), so what is written can no longer be used. The dots alone tell nothing: a password typed with dots in it
# (`Kestrel...Harbour42`, `Winter...2026`, `n0rth...S3a`) has the same shape without a vendor's prefix and is read
# as before (review R1, R6), as is a key shown almost whole (`wJalrXUtnF...Q3`, R2). Trailing dots alone end a
# sentence (`the password is hunter2...` still goes). After a vendor's prefix a run of mask characters cuts a key the
# same way, where a tool shows a token's first characters (`"token_prefix":"github_pat_11****"`, round 27): the prefix
# and the few characters beside the mask are all that is left (writer 27; writers 12-15 mask whole keys,
# `AKIA************Q7ZL`). Without the prefix (`***abc123`) the value is read as before (review R5).
_SHOWN = 6
_DOTS = r"(?:\.\.\.|…)"
_CUT = r"(?:\.\.\.|…|[*•●]{3,})"
_VENDOR_PREFIX = (
    r"(?:(?:sk|rk|pk)_(?:live|test)_|whsec_|AKIA|ASIA|gh[pousr]_|github_pat_|glpat-|xox[abposr]-|xapp-"
    r"|sk-(?:proj-|ant-)?|AIza|SG\.|npm_|pypi-|shpat_|hv[sb]\.|dop_v1_)"
)
_ELIDED = re.compile(
    rf"{_VENDOR_PREFIX}[A-Za-z0-9]{{0,{_SHOWN}}}{_CUT}[A-Za-z0-9]{{0,{_SHOWN}}}|{_DOTS}[A-Za-z0-9]{{2,{_SHOWN}}}"
)


def is_stand_in(value: str) -> bool:
    """True when `value`, found where a secret goes, is not a secret itself (see the module doc)."""
    if _REGEX_CLASS.fullmatch(value.strip().strip("\"'")):
        return True  # (read before the brackets are taken off as a placeholder's)
    inner = _unquote(value)
    if inner[-1:] == ")" and "(" not in inner:
        inner = inner.rstrip(");,")  # the end of a condition around it: `if (pw == NULL)`
    if inner[-1:] == "," and _CAPS_SLOT.fullmatch(inner[:-1]):
        return True  # an entry of a flow mapping or a list (`{ secretKey: ADYEN_API_KEY, ... }`): its comma ends it
    if not inner:
        return True
    if not any(c.isalnum() for c in inner):
        return True  # punctuation only: `")`, `--`, what is left of code around the name
    masked = sum(m.end() - m.start() for m in _MASK_RUN.finditer(inner))
    if masked and masked * 2 >= len(inner):
        return True  # half or more mask characters: `••••••••`, `xxxx-xxxx`, `sk_live_xxxxxxxxxxxx`
    if _ELIDED.fullmatch(inner):
        return True  # `rk_live_51N...xyz`: a value shown with its middle cut out, which no one can use
    return bool(
        _SLOT_WORD.fullmatch(inner)
        or _CAPS_SLOT.fullmatch(inner)
        or _FILLER_WORDS.fullmatch(inner)
        or _CRYPT_HASH.fullmatch(inner)
        or _ALGORITHM_DIGEST.fullmatch(inner)
        or labelled_digest(inner)
        or _TYPE_NAME.fullmatch(inner)
        or _POSITIONAL.fullmatch(inner)
        or _FORMAT_VERB.fullmatch(inner)
        or _YAML_TAG.fullmatch(inner)
        or _INTERPOLATION.search(inner)
        or _SECRET_REFERENCE.fullmatch(inner)
        or _PUBLISHABLE.fullmatch(inner)
        or _openssh_public_line(inner)
        or _CODE.fullmatch(inner)
        or _URL_NO_USERINFO.fullmatch(inner)
        or _PATH.fullmatch(inner)
        or _NAMED_PATH.fullmatch(inner)
        or _ONE_LETTER_RUN.fullmatch(inner)
    )


def source_location(value: str) -> bool:
    return SOURCE_LOCATION.fullmatch(value) is not None


# A file and a line in it, as scanners and compilers report a finding (`infra/terraform/kms.tf:14`, `.env.example:4`):
# a place in a repository, in lower case with an extension and a line number.
SOURCE_LOCATION = re.compile(r"[a-z0-9_./-]*[a-z0-9_]\.[a-z][a-z0-9]{0,7}:\d{1,6}(?::\d{1,6})?")


_STRING_PREFIX = frozenset({"f", "r", "b", "u", "rb", "br", "fr", "rf", "@", "$", "@$", "$@"})


def continues_as_code(text: str, a: int, b: int) -> bool:
    """A value cut at a quote that opens a string inside an expression: `f"{x}"`, `$_ENV['X']`,
    `getenv("X")`. What was found is the start of code, not a value."""
    if b >= len(text) or text[b] not in "\"'`" or a == b:
        return False
    value = text[a:b]
    if value[-1] in "[(" or value[-2:] in ("({", "[{"):
        return True  # `getenv("X")`, `auth_s.dumps({"id": 5})`: a call, or a literal opened as its argument
    head, bracket, prefix = value.rpartition("(")
    # `f.encrypt(b"...")`: a string prefix right after a call's bracket is the call's argument
    return value.lower() in _STRING_PREFIX or (bracket == "(" and head != "" and prefix.lower() in _STRING_PREFIX)


_DIGEST_LABEL = re.compile(r"(?i)(?:sha(?:1|224|256|384|512)|md5|h1|blake2b?|fingerprint)[:=-][ \t]*[\"']?\Z")


# An Amazon Resource Name up to `i`: it names where a secret is kept (`:secret:prod/db-Xk2p9Q`,
# `:key/1234abcd-...`), it never holds one.
_IN_ARN = re.compile(r"(?<![\w:])arn:aws[\w-]*:[^\s\"'=,()\[\]]*\Z", re.I)


def inside_arn(text: str, i: int) -> bool:
    return _IN_ARN.search(text, max(0, i - 200), i) is not None


def after_digest_label(text: str, start: int) -> bool:
    """The value at `start` follows a digest label (`sha256:`, `sha512-`, `h1:`): a hash, not a key."""
    return _DIGEST_LABEL.search(text, max(0, start - 16), start) is not None


# --- generated tokens without a name ------------------------------------------------------------

_MIN_LEN = 20
_MIN_ENTROPY = 4.0  # bits per character; with the two below chosen on the dev halves (bench/RESULTS.md)
_MIN_CHANGES = 0.5  # share of adjacent pairs that change class (upper/lower/digit/other)
# (Base64 segments, each with its padding, may be joined by dashes: Adyen's API keys are written
# `AQE...==-...=-...`; the padding is then inside the token, not its end.)
BARE_TOKEN = (
    r"(?<![\w+/=~.:@%#$-])(?P<val>[A-Za-z0-9+/_~-]{20,}(?:={1,2}-[A-Za-z0-9+/_~-]{8,})*"
    r"(?:\.[A-Za-z0-9+/_~-]{8,})*={0,2})(?![\w+/=~.@-]|:\w)"
)


def _class(c: str) -> int:
    return 0 if c.isupper() else 1 if c.islower() else 2 if c.isdigit() else 3


def entropy(s: str) -> float:
    n = len(s)
    return -sum(k / n * math.log2(k / n) for k in Counter(s).values())


def looks_generated(token: str) -> bool:
    """A random token, not a word, identifier, version, hex hash or UUID: long, all three character
    classes, classes changing often (random text changes class on ~60% of pairs; CamelCase
    identifiers on ~25%) and high entropy."""
    core = token.rstrip("=")
    if len(core) < _MIN_LEN:
        return False
    if not (any(c.isupper() for c in core) and any(c.islower() for c in core) and any(c.isdigit() for c in core)):
        return False
    return change_rate(core) >= _MIN_CHANGES and entropy(core) >= _MIN_ENTROPY


def looks_mixed(value: str) -> bool:
    """A shorter value under a name that may hold a secret (`mailgun.key=`, `license:`): 12+ characters
    from at least three of upper case, lower case, digits and symbols, changing class on 60% of
    the pairs, as generated and typed-strong secrets do and words, paths and ids (`session:index:v2`) do not."""
    core = value.strip("\"'")
    if len(core) < 12 or any(c.isspace() for c in core):
        return False
    return character_kinds(core) >= 3 and change_rate(core) >= _MIXED_CHANGES and not _PATH.fullmatch(core)


# Words joined by separators, then a hex digest of 32+ digits: a name built from a hash (cache keys,
# artifact and build names), not a secret.
_LABELLED_DIGEST = re.compile(r"(?:[A-Za-z]{2,}[-_.:])+[0-9a-f]{32,}")


# A digest that names its algorithm first, as Vault's audit log writes every token it hashes
# (`hmac-sha256:<hex>`): the hash of a secret, not the secret.
_ALGORITHM_DIGEST = re.compile(r"(?i:hmac-)?(?i:sha(?:1|224|256|384|512)|md5|blake2[bs]?)[:=-][0-9a-f]{32,}")


def is_labelled_digest(value: str) -> bool:
    return _LABELLED_DIGEST.fullmatch(value) is not None or _ALGORITHM_DIGEST.fullmatch(value) is not None


def character_kinds(value: str, ignore: str = "") -> int:
    """How many of upper case, lower case, digits and symbols `value` mixes (`ignore`: symbols not counted)."""
    return len({_class(c) for c in value if c not in ignore})


def change_rate(core: str) -> float:
    """The share of adjacent pairs that change class: ~60% in random text, ~25% in CamelCase names."""
    return sum(_class(a) != _class(b) for a, b in zip(core, core[1:], strict=False)) / (len(core) - 1)


_MIXED_CHANGES = 0.6  # stricter than for bare tokens: `Basic-Scheme-v2`, words joined by dashes, change on 0.5


def bare_token_context_ok(text: str, a: int) -> bool:
    """Not a digest, not a URL's path or host, not a named identifier (`...Id: x`, `public_key = x`)."""
    if after_digest_label(text, a):
        return False
    # Only a bounded window before the candidate is read: the name given to a value sits right before it,
    # and reading from the line's start once per candidate made 20 KB of `x <24 characters> ` take 4 s.
    window = max(0, a - _LOOK_BACK)
    newline = text.rfind("\n", window, a)
    opens_line = newline >= 0 or window == 0  # the window reaches the line's start
    before = text[newline + 1 if newline >= 0 else window:a]
    word = before.rsplit(None, 1)[-1] if before.strip() else ""
    if "://" in word or word.endswith("/"):
        return False  # part of a URL or a path
    label = _GLUED_LABEL.match(text, a)
    if label is not None and label[1].lower() in _NOT_SECRET_WORDS:
        return False  # a label glued on: `nonce-rAnd0m...`, `trace_4bf9...`
    if (opens_line and _PRODUCT_HEADER.match(before) or access_log_agent(before)) and _PRODUCT_TOKEN.match(text, a):
        return False  # `User-Agent: GitHub-Hookshot/7a2c5e1`: a product token (RFC 9110 10.1.5, 10.2.4), never a secret
    if _VAULT_ACCESSOR.search(before) and _VAULT_ACCESSOR_VALUE.match(text, a):
        return False  # `accessor    x`: Vault's accessor names a token and cannot authenticate (a reference)
    name = _NAME_BEFORE.search(before)
    if name is not None and name[1] in _JWK_PUBLIC and _JWK_OBJECT.search(before):
        return False  # a JSON Web Key's public members (RFC 7518: `x`, `y` of an EC key, `n`, `e` of RSA), its id
    if _DATA_URI.search(word):
        return False  # `src="data:image/png;base64,iVBOR...`: an image's bytes written inline
    if public_pem_body(text, a):
        return False  # a line of a certificate's or a public key's body
    if named_public_key(text, a):
        return False  # `site key 6LeIxAc...`: a key its name says is published
    return name is None or not (_sub_words(name[1]) & _NOT_SECRET_WORDS)


# A JSON Web Key's public parameters and its id (`kid`, RFC 7517 4.5: a key's name in a published key set); its
# private ones (`d`, `p`, `q`, `dp`, `dq`, `qi`, `k`) are secrets.
_JWK_PUBLIC = frozenset({"x", "y", "n", "e", "kid"})
# A data URI of a media type (RFC 2397: `data:image/png;base64,`): a file's bytes written inline, not a key.
_DATA_URI = re.compile(r"data:(?:image|font|audio|video)/[\w.+-]{1,40};base64,\Z")
# PEM labels of what is published (RFC 7468): a certificate, a request for one, a revocation list, a public key.
_PUBLIC_PEM = re.compile(r"-----BEGIN (?:CERTIFICATE|TRUSTED CERTIFICATE|CERTIFICATE REQUEST|NEW CERTIFICATE REQUEST"
                         r"|X509 CRL|PUBLIC KEY|RSA PUBLIC KEY|PGP PUBLIC KEY BLOCK|SSH2 PUBLIC KEY)-----")
_PEM_REACH = 8192  # a certificate chain's one block (a 4096-bit RSA certificate is ~2 KB of base64)


def public_pem_body(text: str, a: int) -> bool:
    """`a` stands inside the body of a PEM block whose label says it is public: the nearest armour line before it
    (read within `_PEM_REACH`) opens such a block. A private key's block, or text after its `-----END`, is not."""
    armour = text.rfind("-----", max(0, a - _PEM_REACH), a)
    if armour < 0:
        return False
    opened = text.rfind("-----BEGIN ", max(0, armour - 80), armour + 1)
    return opened >= 0 and _PUBLIC_PEM.match(text, opened) is not None and "-----END" not in text[opened:a]
# (`kty` in the same object, no brace between, of a type that has public members: an `oct` key has none; F16)
_JWK_OBJECT = re.compile(r"""["']kty["'][ \t]*:[ \t]*["'](?:EC|OKP|RSA)["'][^{}]*\Z""")


# A header line whose value is product tokens (`product/version (comment)`), in HTTP or a mail's headers,
# and the token itself in that shape: a product's name of letters (words joined by `-`, `.` or `_`), a slash
# and a version. `Server` only as HTTP writes it (capitalised, the header opening its line): in lower case
# `server:` is as often a config key whose value may be anything. A value of another shape after any of
# the three headers is judged like any other.
_PRODUCT_HEADER = re.compile(r"(?:(?i:user-agent|x-mailer)|Server)[ \t]*:[ \t]*(?:[^ \t]+[ \t]+){0,8}\Z")
# The product is words (`GitHub-Hookshot`, `go-http-client`); the version is numbers and dots with at most
# two short suffixes (`3.1.3`, `1.2.0-rc1`), or a commit id in lower-case hex. 41 free characters after a
# digit (`Wq/8Zk29Lm...`) were a "version" before, and kept any token behind a product-like word.
_PRODUCT_TOKEN = re.compile(
    r"[A-Za-z][a-z]+(?:[A-Z][a-z]+)*(?:[-._][A-Za-z][a-z]+(?:[A-Z][a-z]+)*){0,3}"
    r"/(?:v?[0-9]{1,6}(?:\.[0-9]{1,6}){0,4}(?:[-+_.~][A-Za-z0-9]{1,12}){0,2}|[0-9a-f]{7,40})(?![^\s;,)\x22])"
)
# Vault's accessor only as Vault prints it: the field `accessor` or `token_accessor` in its table (the value
# aligned by two or more spaces or a tab) or as a JSON key, and the value its shape (24 base62 characters,
# or a UUID from older servers). Any name merely ending in `accessor` (`db_accessor= x`) kept its value.
# Also as the CLI's flag (`vault token lookup -accessor <24>`) and as Vault's docs name it in prose, a token's accessor
# (`Token with accessor <24> expires in 2h`, an alert's summary); the word alone (`accessor <24>`) may be any name.
_VAULT_ACCESSOR = re.compile(
    r"""(?:(?<![\w.-])"?(?:token_)?accessor(?:[ \t]{2,}|\t|"[ \t]*:[ \t]*")|(?<![\w.-])--?accessor[ \t]+"""
    r"""|(?i:token)[ \t]+(?:with[ \t]+)?accessor[ \t]+)\Z"""
)
_VAULT_ACCESSOR_VALUE = re.compile(
    r"(?:[A-Za-z0-9]{24}|[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})(?![\w+/=~.@-])"
)


_LOOK_BACK = 200  # characters before a bare token read for its name, its URL or its header

# The name given to the value: `requestId: x`, `trace_id=x`, or a name and a space (`VersionId x`, `trace id x`).
# (`::` is LDIF's mark of a base64 value: `objectGUID:: iC5SWDTV6wiC78PVc9NcF7==`)
_NAME_BEFORE = re.compile(r"([A-Za-z][\w.-]*)[\"']?(?:\s*(?:::?|=)\s*[\"']?|[ \t]+)\Z")
_GLUED_LABEL = re.compile(r"([A-Za-z]{2,12})[-_]")
# Sub-words of a name that say its value identifies or describes something public.
_NOT_SECRET_WORDS = frozenset({
    "id", "ids", "name", "version", "hash", "digest", "checksum", "etag", "sum", "integrity", "fingerprint",
    "match", "nonce", "state", "public", "publishable", "pub", "md5", "sha1", "sha256", "request", "trace",
    "sid", "uid", "uuid", "guid", "serial", "commit", "revision",
})


def _sub_words(name: str) -> set[str]:
    """`x-amz-id-2` -> {x, amz, id}; `buildId` -> {build, id}; `If-None-Match` -> {if, none, match}."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name)
    return {w.lower() for w in re.split(r"[^A-Za-z]+|\s", spaced) if w}


def _decodes_to_text(token: str) -> bool:
    """Base64 of text (a config, a JSON body) is data someone encoded, not a generated key: random
    key bytes decode to binary."""
    core = token.rstrip("=")
    if len(core) % 4 == 1 or not re.fullmatch(r"[A-Za-z0-9+/]+", core):
        return False
    try:
        raw = base64.b64decode(core + "=" * (-len(core) % 4), validate=True)
    except (binascii.Error, ValueError):
        return False
    printable = sum(32 <= c < 127 or c in (9, 10, 13) for c in raw)
    return len(raw) >= 12 and printable == len(raw) and any(c in b" \n:,{}=" for c in raw)


def _encoded_host(text: str, a: int, b: int) -> bool:
    """`ANTECH_SFTP_HOST: c2Z0cC5h...` is `sftp.antech-lab.eu`: base64 of a dotted lower-case name under a name that
    says host (a dotted passphrase's base64 under `auth:` is still a secret: reviewer rrev's F29)."""
    core = text[a:b].rstrip("=")
    if len(core) % 4 == 1 or not re.fullmatch(r"[A-Za-z0-9+/]+", core):
        return False
    raw = base64.b64decode(core + "=" * (-len(core) % 4))
    if _HOST_NAME.fullmatch(raw) is None:
        return False
    name = _NAME_BEFORE.search(text, max(0, a - 80), a)
    return name is not None and bool(_sub_words(name[1]) & _HOST_WORDS)


_HOST_NAME = re.compile(rb"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}")
_HOST_WORDS = frozenset({"host", "hostname", "server", "endpoint", "domain", "fqdn"})


def shell_unset_message(text: str, name_end: int) -> bool:
    """`${REDIS_PASSWORD:?set REDIS_PASSWORD}`: what follows `:?` in a shell's reference is the error printed when the
    variable is unset, no value (a default after `:-` or `:=` is one, and is read as before)."""
    if not text.startswith((":?", "?"), name_end):
        return False
    start = name_end
    while start > 0 and name_end - start < 128 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    return text[max(0, start - 2) : start] == "${"


def _openssh_public_line(inner: str) -> bool:
    line = _OPENSSH_LINE.fullmatch(inner)
    return line is not None and ssh_public_key(line["blob"])


def ssh_public_key(token: str) -> bool:
    """An SSH public key's blob (`ssh-ed25519 AAAAC3Nza...`): base64 of a length-prefixed key type
    (`ssh-ed25519`, `ecdsa-sha2-nistp256`, `sk-ssh-...`). It is published, not kept secret."""
    if not token.startswith("AAAA"):
        return False
    core = token[:32]
    try:
        raw = base64.b64decode(core, validate=True)
    except (binascii.Error, ValueError):
        return False
    size = int.from_bytes(raw[:4], "big")
    return 7 <= size <= 40 and raw[4:].startswith((b"ssh-", b"ecdsa-", b"sk-"))


# Formats documented as public (Stripe's publishable keys) and digests written with their label glued on.
# ... object ids that vendors document with a type prefix (Stripe's `ch_`, `cus_`, `pi_`, `evt_`...;
# its keys are `sk_`, `rk_`, `whsec_`, found before this rule): they name a charge or a customer.
_PUBLIC_OR_DIGEST = re.compile(
    r"pk_(?:live|test)_|(?i:sha(?:1|256|384|512)|md5)[-_]"
    r"|(?:acct|ba|btok|card|ch|cs|cus|dp|du|evt|file|in|ii|il|link|or|pi|pm|po|price|prod|promo|py|pyr|re|req"
    r"|seti|si|sku|src|sub|tok|tr|txn)_(?=[A-Za-z0-9]{14,}\b)"
    r"|Qm[1-9A-HJ-NP-Za-km-z]{44}(?![\w+/=-])"  # an IPFS content id (a multihash of public content)
    # Terraform Cloud's object ids (`run-`, `ws-`, `sv-` ...: a run, a workspace, a state version), 16 base62
    # characters after the type, as its API documents them; the token itself is `<14>.atlasv1.<...>`.
    r"|(?:run|ws|plan|apply|cv|sv|team|user|at|pol|polset|var|varset|prj)-(?=[A-Za-z0-9]{16}(?![\w+/=~.@-]))"
    # Twilio's Account SID, `AC` and 32 lower-case hex digits: it names the account as a user name does (the
    # account's auth token, and an API key's secret, are the secrets)
    r"|AC(?=[0-9a-f]{32}(?![\w+/=~.@-]))"
)


# --- typed strong passwords without a name ---------------------------------------------------------

# A password made with symbols on, pasted into a sentence with nothing naming it (`I think it was X before it
# expired`, `the value captured was X`): found from a symbol that base64, hex, paths, versions, identifiers and
# e-mail addresses never hold (`!#%&*?@^~`; `@` only outside an address), read as the whole word around it.
# Each match consumes the rest of its word, and the look back is bounded: linear.
BARE_PASSWORD = r"[!#%&*?@^~][^\s\"'`]{0,64}"
_TYPED_SYMBOLS = frozenset("!#%&*?@^~")
_RUN_BEFORE = re.compile(r"[^\s\"'`]{0,64}\Z")
_CODE_CHARS = frozenset("[]{}()<>\\=|/")
SHELL_VARIABLE = re.compile(r"\$(?:[{(]|[A-Z_][A-Z0-9_]*(?![a-z0-9]))")  # `$HOME`, `${x}`, `$(cmd)`; a `$` before a digit or a small letter is typed
_ADDRESS = re.compile(r"[^@]+@[\w-]+(?:\.[\w-]+)+")
_DOTTED_NUMBER = re.compile(r"\d\.\d")
_ISSUE_NUMBER = re.compile(r"#\d+")


def pick_bare_password(m: re.Match, text: str, floor: int) -> tuple[int, int] | None:
    i, b = m.start(), m.end()
    if b < len(text) and not (text[b].isspace() or text[b] in "\"'`"):
        return None  # a word longer than any password
    a = _RUN_BEFORE.search(text, max(0, i - 64), i).start()
    if a < floor or (a == i - 64 and a > 0 and not (text[a - 1].isspace() or text[a - 1] in "\"'`")):
        return None
    if text[a] == "(":
        a += 1
    while b > a and text[b - 1] in ".,;:)":
        b -= 1
    word = text[a:b]
    return (a, b) if typed_strong_password(word) else None


def typed_strong_password(word: str) -> bool:
    """12 to 64 ASCII characters mixing upper and lower case, digits and two or more symbols, one of them a
    symbol only typed passwords hold, changing kind as generators make them; never code, a path, an address,
    a version or a stand-in."""
    if not 12 <= len(word) <= 64 or not word.isascii() or any(c in _CODE_CHARS for c in word):
        return False
    if SHELL_VARIABLE.search(word):
        return False
    core = _ISSUE_NUMBER.sub("", word)  # `Fix#42&Retry!Now`: `#42` is an issue's number, not a generator's symbol
    if len(core) < 12:
        core = word  # ... unless what is left is too short for a title: `Wint3r!Sn0w#2026` ends in a typed year
    if not any(c in _TYPED_SYMBOLS for c in core) or sum(not c.isalnum() for c in core) < 2:
        return False
    if character_kinds(core) < 4 or not looks_mixed(word) or _ADDRESS.fullmatch(word):
        return False
    return not (_DOTTED_NUMBER.search(word) or DATE_OR_TIME.search(word) or is_stand_in(word))


# A name Kubernetes generates for a Deployment's pod: the owner's name, the pod template's hash and five
# random characters, both drawn from the alphabet its `rand.SafeEncodeString` uses (no vowels, no 0, 1, 3,
# so they never spell a word): `pass-api-7d9f8b6c5d-x2kqp`. It names a pod; it is no secret.
_K8S_SAFE = "bcdfghjklmnpqrstvwxz2456789"
GENERATED_POD_NAME = re.compile(
    rf"[a-z0-9](?:[-a-z0-9]*[a-z0-9])?-(?=[{_K8S_SAFE}]*[2456789])[{_K8S_SAFE}]{{6,10}}-[{_K8S_SAFE}]{{5}}"
)
# A pod's name is a DNS subdomain (RFC 1123): at most 253 characters. The word around a position is read
# at most that far each way (a longer word is no pod name), so a check costs the same on any text: round
# 13 walked to the word's ends, and a 10 KB run of `pass-` was walked once per `pass` (2.7 s).
_POD_NAME_MAX = 253
_WORD_AFTER = re.compile(rf"[^\s\"'`),;]{{0,{_POD_NAME_MAX + 1}}}")
_WORD_BEFORE_REVERSED = re.compile(rf"[^\s/\"'`(]{{0,{_POD_NAME_MAX + 1}}}")


def in_generated_pod_name(text: str, a: int) -> bool:
    """The word around position `a` (delimited by space, quotes, brackets, a slash) is a generated pod name."""
    end = _WORD_AFTER.match(text, a).end()
    start = a - _WORD_BEFORE_REVERSED.match(text[max(0, a - _POD_NAME_MAX - 1) : a][::-1]).end()
    if end - start > _POD_NAME_MAX:
        return False
    return GENERATED_POD_NAME.fullmatch(text, start, end) is not None


def pick_bare_token(m: re.Match, text: str, floor: int) -> tuple[int, int] | None:
    a, b = m.span("val")
    if in_generated_pod_name(text, a):
        return None
    if (
        _PUBLIC_OR_DIGEST.match(text, a)
        or not looks_generated(text[a:b])
        or _decodes_to_text(text[a:b])
        or _encoded_host(text, a, b)
        or is_labelled_digest(text[a:b])
        or ssh_public_key(text[a:b])
        or sealed_ciphertext(text, a, b)  # a SealedSecret's value, encrypted to its controller
        or kms_ciphertext(text, a, b)
    ):
        return None
    return (a, b) if bare_token_context_ok(text, a) else None
