"""Values in a secret's slot that the format they are written in says are no secret (round 18, issue 13).

Each test reads a structure a tool or a format defines, not the words one writer used: a digest a scanner stores
in place of the secret, a ciphertext only a cluster's controller can open, a signed header's list of tags, a
command that prompts for the password, the id of the account a password belongs to, and a card number a field
names as a test card. The assignment, near-word and card rules ask these before they take a value.
"""

from __future__ import annotations

import re

# detect-secrets' baseline (`"hashed_secret": "<sha1>"`, the field its schema stores in place of the secret): a digest
# in hexadecimal, at one of the common digests' lengths (MD5, SHA-1, SHA-224, SHA-256, SHA-384, SHA-512). Other
# hashed names (`hashed_password`) stay redacted: writers count an account's stored password hash either way.
_HASHED_NAME = re.compile(r"hashed[_.-]?secret")
_HEX_DIGEST = re.compile(r"""["']?(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{56}|[0-9a-f]{64}|[0-9a-f]{96}|[0-9a-f]{128})["']?""")

# A Bitnami SealedSecret's `encryptedData`: each value is encrypted to the controller's public key, and the format
# opens with the two-byte length of the wrapped session key (0x0200 for the controller's RSA-4096 key), which base64
# writes as `Ag`. The manifest is made to be committed; only the controller can read it.
_SEALED_VALUE = re.compile(r"""["']?Ag[A-Za-z0-9+/]{38,}={0,2}["']?""")
_SEALED_FIELD = "encryptedData"
# The mapping opens right after the field's colon, and the value's key sits in it (no brace between: reviewer rrev's R2,
# `{"encryptedData": null, "stringData": {"password": "Ag..."}}` is a plain Secret); or the field ends its line.
_SEALED_FLOW = re.compile(r"""encryptedData["']?[ \t]*:[ \t]*\{[^{}\n]*\Z""")
_SEALED_BLOCK = re.compile(r"""encryptedData["']?[ \t]*:[ \t]*(?:#[^\n]*)?\n""")
_SEALED_REACH = 8192  # (how far above a value its field is looked for: a bounded read per value, so linear)

# AWS KMS's ciphertext blob (`aws kms encrypt ... --query CiphertextBlob`): a versioned envelope whose header (format
# 1, then the key's ARN) base64 writes as `AQICAH`; only a caller the key's policy allows can decrypt it.
_KMS_CIPHERTEXT = re.compile(r"AQICAH[A-Za-z0-9+/]{94,}={0,2}")

# A header that signs a message lists its parameters as tags (`DKIM-Signature: v=1; a=rsa-sha256; ...`, `Signature:
# keyId="k1",algorithm=...`): the value right after the name is the first of two tags or more (a name, `=`, its value
# and `;` or `,`), not a secret, when that tag's own value is short and unmixed (`v=1`, not `v1=Zk9mP2qL7vBq...`, a
# signature the old rule took); base64 with its padding has no separator after the `=`.
_TAG = r"""[A-Za-z][A-Za-z0-9]{0,15}=(?P<v>"[^"\n]{0,64}"|[^\s;,="]{0,64})[;,]"""
_TAG_OPENS = re.compile(_TAG + r"[ \t]{0,8}[A-Za-z][A-Za-z0-9]{0,15}=")
_MIXED_RUN = re.compile(r"(?=[A-Za-z0-9]{0,64}?\d)(?=[A-Za-z0-9]{0,64}?[A-Za-z])[A-Za-z0-9]{12,}")

# A PowerShell cmdlet (Verb-Noun, each capitalised) called with a parameter and assigned to a variable: `$pw =
# Read-Host -AsSecureString`, `$c = Get-Credential -UserName x`. In PowerShell an unquoted word there is a command, never
# a string; the command asks for the password, its name is no value. (A literal handed to a cmdlet,
# `ConvertTo-SecureString "x" -AsPlainText`, is read after the name as before; without the `$` the word stays a value.)
_CMDLET_WITH_PARAMETER = re.compile(r"[A-Z][a-z]+-[A-Z][A-Za-z]+[ \t]+-[A-Z]")

# A field whose name says it holds an id (`user_id=`, `account.uid:`, `sessionId=`): the value after it names the
# account a password belongs to (`password changed for user_id=usr_01HZ...`).
_ID_FIELD = re.compile(r"(?i:(?:[A-Za-z0-9_.-]*[_.-])?(?:id|uid|uuid|guid))|[A-Za-z0-9]*[a-z0-9](?:Id|ID|Uid|UUID)")

# A card number that is the whole value of a field named a test card (`TEST_CARD = '4000...'`, `"TestCard": "4000
# 0566 ..."`); a card under another field of an object so named (`"TestCard": {"Number": ...}`) is not.
# The name may say where the test card is for (`TEST_CARD_FOR_STAGING=`, `test_card_in_sandbox`), nothing else (review
# R5: `TEST_CARD_BACKUP_OF_MARIA` is a person's).
# The name's `test` opens a word (after a non-letter, or capitalised in camelCase): `latest_card`, `contest_card`,
# `LatestCard` hold a card like any other (reviewer rrev's R1).
_TEST_CARD_FIELD = re.compile(
    r"""(?:(?<![A-Za-z0-9])(?i:test)|(?<=[a-z0-9])Test)[_.-]?(?i:card)(?:[_.-](?i:for|in|on)[_.-][A-Za-z]{1,12})?["']?[ \t]*[:=]"""
    r"""[ \t]*["']?\Z"""
)


def digest_of_a_secret(key: str, text: str, a: int, b: int) -> bool:
    """`key` is the lower-cased name before the value `text[a:b]`."""
    return _HASHED_NAME.fullmatch(key) is not None and _HEX_DIGEST.fullmatch(text, a, b) is not None


def sealed_ciphertext(text: str, a: int, b: int) -> bool:
    """The value `text[a:b]` of a key inside a SealedSecret's `encryptedData` mapping: in its braces on the same line,
    or on a line indented under it."""
    if _SEALED_VALUE.fullmatch(text, a, b) is None:
        return False
    field = text.rfind(_SEALED_FIELD, max(0, a - _SEALED_REACH), a)
    if field < 0:
        return False
    key_line = text.rfind("\n", 0, a) + 1
    if field >= key_line:  # the same line: directly in the mapping that opens right after the field's colon
        return _SEALED_FLOW.match(text[field:a]) is not None
    if _SEALED_BLOCK.match(text, field) is None:
        return False  # the field holds no block (`encryptedData: null`)
    line = text.rfind("\n", 0, field) + 1
    field_indent = len(text[line:field]) - len(text[line:field].lstrip(" \t"))
    return _indented_under(text, text.find("\n", field), a, field_indent)


def kms_ciphertext(text: str, a: int, b: int) -> bool:
    return _KMS_CIPHERTEXT.fullmatch(text, a, b) is not None


def _indented_under(text: str, start: int, end: int, indent: int) -> bool:
    """Every line from `start` to `end` is blank or indented deeper than `indent`: the block continues."""
    for line in text[start:end].split("\n"):
        if line.strip() and len(line) - len(line.lstrip(" \t")) <= indent:
            return False
    return True


def signature_tags(text: str, a: int) -> bool:
    tags = _TAG_OPENS.match(text, a)
    return tags is not None and _MIXED_RUN.search(tags["v"]) is None


def cmdlet_call(text: str, ks: int, a: int) -> bool:
    """`ks` is where the variable's name starts, `a` where the value does. The variable may be the environment's
    (`$env:API_KEY = (Get-Secret -Name X -AsPlainText)`, blind) and the call in the parentheses of a subexpression."""
    variable = ks > 0 and (text[ks - 1] == "$" or text.endswith("$env:", max(0, ks - 5), ks))
    return variable and _CMDLET_WITH_PARAMETER.match(text, a + (text[a : a + 1] == "(")) is not None


def id_field(word: str, gap: str) -> bool:
    """`word` (as written) is joined to the next token by `=` or `:` alone and names an id."""
    return gap.strip(" \t") in ("=", ":") and _ID_FIELD.fullmatch(word) is not None


def test_card_field(text: str, start: int) -> bool:
    return _TEST_CARD_FIELD.search(text, max(0, start - 64), start) is not None
