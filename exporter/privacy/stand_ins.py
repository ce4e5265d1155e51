"""Values found where a secret goes that are not one: references, templates, masks, vendors' examples.

Replacing them only loses context (what the person was trying to do), and they leak nothing: a
`${{ secrets.X }}` names where the secret is kept, `AKIAIOSFODNN7EXAMPLE` is printed in AWS's docs.
Every rule asks `not_secret` before it replaces a value; the shape principles it builds on are in
`secret_shape`.
"""

from __future__ import annotations

import base64
import re

from exporter.privacy import secret_shape as shape

# Values that name or describe a secret rather than being one; replacing them only loses context.
_NOT_SECRET = re.compile(
    r"""\$(?:\{[^}]*\}|\([^)]*\)|[A-Za-z_][A-Za-z0-9_]*)   # shell references
    |\$(?i:env):[A-Za-z_][A-Za-z0-9_]*[;,]?   # PowerShell's environment drive: `$env:DB_PASSWORD`
    |\{\{.*\}\}|%\([a-z_]+\)s|\*+|\#{3,}|x{3,}|X{3,}|<[A-Za-z _-]+>   # templates, masks, doc placeholders
    |<[A-Za-z_][^<>]*>?|&lt;.*&gt;   # `<set in .env.local>`, `&lt;YOUR PASSWORD&gt;`
    |(?i:change[-_ ]?(?:me|it)|placeholder|dummy|tbd|todo|fixme)   # typed stand-ins
    |@(?:[~./][\w./~-]*|[\w-]+\.\w+)   # a file to read the value from (`password=@password.txt`)
    |\#[a-z]+(?:-[a-z0-9]+)+   # an anchor or a selector (`#add-password`), not `#hunter2`
    |arn:aws[\w-]*:.*   # an AWS resource name: an identifier
    # Terraform: `var.x`, `local.x`, `data.t.n.attr`, `module.m.out`, `random_password.db.result`
    |(?:var|local|data|module|each|count|path)\.[\w.\[\]"-]+|[a-z]+_[a-z0-9_]+\.[\w-]+\.[\w.\[\]"-]+
    # string concatenation around the name, not a value: `"Password: " + getPassword() + ","`
    # (`&` as VB's operator has a space after it, and as an HTML entity opens escaped markup (`&lt;your
    # password&gt;`); `&=ck...`, `&q9!...` open a generated key)
    # (`+` glued to a run of letters with a digit opens a generated value, `password=+j6iPnM5EB...`: only a code
    # name after it, a call, a member, a name the statement ends after or a word with a count (`+ getPassword()`,
    # `+user.pw`, `+userPw2;`, `+counter1`), is concatenation)
    |\s*(?:[,;)\]}]|&(?:\s|[a-z]{2,6};|\#\d{2,5};)|\+(?:\s+[A-Za-z_"'(]|["'(]|[A-Za-z_]\w*[.(;),]|[A-Za-z_]+\d*(?![\w@^!\#%*&=/-]))|\.\s*\$).*|.*\s[+&.]\s*
    |\[[A-Za-z _-]+\]|\.{3}   # `[value]`, `[PASSWORD]`, `...` as written in docs
    |\(?[A-Za-z]{1,10}(?:[_-][A-Za-z]{1,10}){0,2}[_-]?(?:\.{3}|…)\)?   # a prefix cut off: `whsec_...`, `hf_…`
    |[{\[][\w.-]*[,:]?   # the first item of a flow mapping or list (`token: {org, user}`): structure
    |\d{1,2}|[A-Za-z]   # a flag, a count or a key letter (`PuttyPassword=0`, `accesskey="n"`), not a password
    |(?i:true|false|null|none|nil|yes|no|on|off|required|optional|redacted|\[redacted\]|masked)
    |(?:new|await|function|lambda|require|import|undefined)   # code: the value is an expression
    |(?:this|self|config|settings|props|cfg|env|opts|options|args)\.[\w.]+,?  # code""",
    re.X,
)


# Vendors' documented example keys (AWS's `AKIAIOSFODNN7EXAMPLE`, `...EXAMPLEKEY`) and placeholders
# (`ghp_xxxxxxxxxxxx`, Slack's `T00000000/B00000000/XXXXXXXX`, `your_api_key`): copying them from
# a doc page leaks nothing, and replacing them hides what the person was trying to do.
# (`...AccessTokenHere`, `PASTE_KEY_HERE`: where to put the value, as `your_token_here` says; gitleaks' Slack example.
# The slot word opens a word, after a separator or a change of case, and `here` ends the value or meets a separator:
# `Monkeyhere42!`, `TurkeyHere99`, `SecretHere2024!` are passwords, review R1)
_PUT_HERE = r"(?:(?<![A-Za-z])(?i:token|key|secret)|(?<=[a-z])(?:Token|Key|Secret))[_-]?(?:here|Here|HERE)(?:[_-]|\Z)"
_PLACEHOLDER = re.compile(r"EXAMPLE|(?i:\byour[_-]|changeme_?here|<[a-z_ -]+>)|" + _PUT_HERE + "|" + "|".join(
    # Stripe's documented test keys, printed on every page of its API reference (round 19); the signature of jwt.io's
    # example token (HS256 over its `"John Doe"` claims with the secret `your-256-bit-secret` printed beside it), the
    # token every JWT library's docs and three independent writers of the corpus quote (round 24); the account keys
    # Microsoft publishes for its local emulators, the same on every machine (Azurite's `devstoreaccount1` and the
    # Cosmos DB emulator's: round 27, writer 27's compose file)
    ("sk_test_4eC39HqLyjWDarjtT1zdp7dc", "pk_test_TYooMQauvdEDq54NiTphI7jx", "sk_test_BQokikJOvBiI2HlWgH4olfQ2",
     "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
     re.escape("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw"),  # (without the padding a rule may leave out)
     re.escape("C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw"))))
# Values that point at a secret kept elsewhere: CI expressions, command substitution, templates,
# environment lookups in code, Ansible Vault's tag.
_REFERENCE_START = (
    "!Ref", "!Sub", "!GetAtt", "!ImportValue", "!FindInMap", "!Join", "!Select", "!If", "!Base64",  # CloudFormation
    "${{", "{{", "$(", "${", "!vault", "os.environ", "os.getenv", "process.env", "getenv(", "System.getenv",
    "ENV[", "ENV.fetch",
)


def not_secret(inner: str) -> bool:
    if inner[:1] in "'\"`" and len(inner) > 1 and inner[-1] == inner[0]:
        inner = inner[1:-1]  # quoted twice, as in `"'$PRECOMPILE_PASSWORD'"`
    return (
        not inner
        or _NOT_SECRET.fullmatch(inner) is not None
        or _PLACEHOLDER.search(inner) is not None
        or inner.startswith(_REFERENCE_START)
        or (inner[0] == "`" and inner[-1] == "`")  # command substitution
        or shape.is_stand_in(inner)
        or _encodes_stand_in(inner)
    )


_BASE64 = re.compile(r"(?:[A-Za-z0-9+/]{4})+(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?")


def _encodes_stand_in(inner: str) -> bool:
    """A Kubernetes Secret's `data:` holds base64: `Y2hhbmdlbWU=` is `changeme`, a stand-in like the plain
    one. Only a value that decodes to a typed stand-in is kept."""
    if not 8 <= len(inner) <= 24:
        return False  # (a typed stand-in is short: `placeholder` is 16 characters of base64)
    padded = inner + "=" * (-len(inner) % 4)  # (a rule may hand over the value without its padding)
    if _BASE64.fullmatch(padded) is None:
        return False
    plain = base64.b64decode(padded)  # (the pattern checked the alphabet: no exception to pay for)
    return plain.isascii() and _TYPED_STAND_IN.fullmatch(plain.decode().strip()) is not None


# What a person types for "no real value here" (a narrower set than `not_secret`: `admin:password` or a
# word behind base64 can be a real credential, as npm's `_auth=` holds `user:password`).
_TYPED_STAND_IN = re.compile(r"(?i:change[-_ ]?(?:me|it)|placeholder|dummy|tbd|todo|fixme|example|x{3,}|\*{3,})")


def low_diversity(value: str) -> bool:
    """A long credential-shaped value written with a handful of characters (`AIzaaaaaaaaa...`,
    `s.xxxxxxxx`, `0000-0000-0000`) is a placeholder someone typed, not a generated secret: a
    random token of 16+ characters uses far more distinct ones. Not applied to checksummed numbers
    (a test card `4111111111111111` is still a card)."""
    return len(value) >= 16 and len(set(value)) <= 5
