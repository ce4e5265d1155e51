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
  (``{"DB_PASSWORD": "s3cr3t"}`` or a Kubernetes ``{"name": "API_TOKEN", "value": "s3cr3t"}``), since a bare
  value has nothing else to recognise it by. Keys themselves are never changed.
- **IPs**: ``10.0.0.1`` and ``1.2.3.4`` are addresses (a bare dotted quad is indistinguishable
  from one); ``1.2.3`` and ``v1.2.3.4`` are versions. Loopback, unspecified and broadcast
  addresses (``127.0.0.1``, ``0.0.0.0``, ``::1``) identify nobody and are kept; private addresses are
  redacted like any other unless the org keeps them (``keep_private_addresses``: RFC 1918, loopback,
  link-local, IPv6 unique-local). A four-part version is told from an address by where it stands: after a
  product (``Chrome/120.0.0.0``), as an image tag or a release heading, with a revision or build
  suffix (``1.2.5.1-2``, ``+dfsg``), or beside a shorter version of its family. IPv6 candidates
  are validated by `ipaddress` and must contain a digit, which keeps times (``12:30:45``), MACs
  and ``Foo::Bar`` intact.
- **Hostnames** are off by default: in ops text they are usually what the conversation is
  about. When on, only dotted names ending in a common public or internal suffix are replaced.
- **Generated or typed?** A credential-shaped value of 16+ characters written with five or fewer
  distinct ones (`AIzaaaaaaaa...`, `AKIA0000...`) is a placeholder someone typed and is kept, as
  are `[value]`-style placeholders, small integers and single letters (`PuttyPassword=0`,
  `accesskey="n"`) and code (`new Foo(...)`).
  Names that say their value is public or an identifier (`public_key`, `partitionKey`) are kept
  whatever word they end in. `token`, `key`, `secret` or `auth` glued inside a longer word
  (`io.jsonwebtoken:`) only *may* name a secret (as do `license`, `cookie`, `login`, `session`): the
  value must look generated, and a name built from a hash (`Linux-pip-<sha1>`, a cache key) does not.
- **Stand-ins, pointers and digests** are told apart from values by one shared predicate
  (`secret_shape.is_stand_in`, asked by every rule before it replaces anything): masks, the slot's
  own name, positional and format placeholders, interpolations, code (calls, indexes, casts, another
  variable named after a secret), YAML tags, URLs without userinfo and file paths are kept, as is
  anything after a digest label (`sha256:`), the first item of a flow mapping (`{org, user}`) and a
  type in an annotation (`float | None`). A generated token with no name around it is redacted
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
- **Accounts and references**: ``user@host`` as ssh's host argument, a copy's target or a shell prompt is
  an account, not a mailbox (a person-shaped local part such as ``jane.doe@`` is still redacted); an
  ARN names where a secret is kept and is never one.
- **Person names** (`person_names`, lists in `name_lists`): a listed given name then a listed surname
  (census and Faker lists of some eighty locales, in any Latin script; a word more common as an
  English word than as a name is no name), or the capitalised words where a person is named (git
  trailers, `assigned to`, `paging`, `Author:`, an address's display name, a JSON person field, a
  chat nick, whose number it is), every item of a list such a place opened, a login built from a given
  name and a surname (``priya.venkataraman``, ``j.virtanen``; ``mkowalczyk`` where an account is named),
  a listed pair in chat written all in lower case, one word where only a person stands (a greeting,
  ``X is on PTO``, a signature; a listed given name after ``ping``), a given name and an initial, or a surname written first
  (``NGUYEN Van Duc``, ``Tanaka Hiroshi``); an organisation's name (``Amazon Web Services``, ``Acme
  GmbH``) or a saint's place (``São Paulo``) is none. After the rules: a login built from a found full
  name with a separator (or glued, with digits, and no English word) goes wherever the text writes it (`person_names.same_person_elsewhere`), and on a line with a phone,
  address, national id, card or IBAN the owner named beside it (`person_names.owner_of_personal_data`). They are the
  one class that also runs on text of plain words, which every other rule skips.
- **Custom patterns** run last, only outside existing placeholders, and count as ``custom``. They
  are RE2 patterns (linear time, whatever the pattern); one RE2 cannot compile is refused.
- Redaction is idempotent: redacting redacted text changes nothing and counts nothing.
- Every rule costs time linear in the text (every ingested string passes here, so a rule that backtracks
  over a long line is a stall anyone can cause): runs are bounded, a look-back reads its line once, and a
  pattern that cannot be bounded runs in RE2. `tests/test_redaction_linear.py` shows the construction,
  `bench/redaction_speed.py` the milliseconds per KB on adversarial lines.
- Known limits, chosen to err towards redacting: an unquoted value runs to whitespace, ``&`` or a
  quote (``Password=s3cr3t;Database=y`` loses ``;Database=y``); a value that looks like a flag
  (``--password --verbose``) is taken for the next flag; AWS secret keys are only recognised by
  their name, never bare (a bare one is indistinguishable from other base64).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from exporter.privacy.comment_owners import comment_owners
from exporter.privacy.custom_patterns import compile_custom
from exporter.privacy.data_owner_names import data_owner_names
from exporter.privacy.found_name_words import names_across_payload, names_in_text
from exporter.privacy.handle_names import names_from_handles
from exporter.privacy.named_logins import logins_of_named_people
from exporter.privacy.named_secrets import AWS_SECRET_KEY, SECRET_KEY
from exporter.privacy.person_names import owner_of_personal_data, same_person_elsewhere
from exporter.privacy.person_records import people_in_records
from exporter.privacy.personal_data import public_addresses_only
from exporter.privacy.personal_fields import a_persons_record, field_kinds, fields_in_text, has_personal_key
from exporter.privacy.record_rows import people_in_insert_rows
from exporter.privacy.repeated_secrets import same_secret_elsewhere
from exporter.privacy.rule_engine import PLACEHOLDER_SPLIT, placeholder_for
from exporter.privacy.rule_runner import RuleSet, redact_to_fixed_point
from exporter.privacy.rule_table import RULES
from exporter.privacy.stand_ins import not_secret

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
    "date_of_birth",
    "postal_address",
    "vehicle_registration",
    "phone",
    "person_name",
    "ipv6",
    "ipv4",
    "hostname",
    "custom",
)
DEFAULT_CLASSES: frozenset[str] = frozenset(REDACTION_TYPES) - {"hostname"}
# The types whose placeholder stands for a secret: every type before the first kind of personal data.
_CREDENTIAL_TYPES: frozenset[str] = frozenset(REDACTION_TYPES[: REDACTION_TYPES.index("email")])


@dataclass(frozen=True)
class RedactionResult:
    """Redacted text and how many secrets of each type were replaced (only types that occurred)."""

    text: str
    counts: dict[str, int]


# Passes at most (each after the first needs a name or field the previous one found; two in practice).
_PASSES = 4


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
    keep_private_addresses
        Keep addresses no one outside the org's network can reach (RFC 1918, loopback, link-local,
        IPv6 unique-local and link-local) in clear; public ones are still redacted. Off by default:
        addresses are PII, and an org turns this on through its privacy settings.

    A `Redactor` holds no mutable state and is safe to share between threads.
    """

    def __init__(
        self,
        classes: Iterable[str] | None = None,
        custom_patterns: Mapping[str, str] | None = None,
        *,
        keep_private_addresses: bool = False,
    ):
        chosen = DEFAULT_CLASSES if classes is None else frozenset(classes)
        unknown = sorted(c for c in chosen if c not in REDACTION_TYPES)
        if unknown:
            raise ValueError(f"unknown redaction classes {unknown}; known: {', '.join(REDACTION_TYPES)}")
        self.classes: frozenset[str] = chosen
        rules = [r for r in RULES if r.kind in chosen]
        if keep_private_addresses:
            rules = [public_addresses_only(r) if r.kind in ("ipv4", "ipv6") else r for r in rules]
        self._rules = RuleSet.of(rules)
        self._custom = [compile_custom(name, pattern) for name, pattern in (custom_patterns or {}).items()]
        self._keyed = "password" in chosen
        self._names = "person_name" in chosen
        self._birth_dates = "date_of_birth" in chosen
        self._ids = "national_id" in chosen

    def redact(self, text: str) -> RedactionResult:
        counts: Counter = Counter()
        out = self._redact(text, counts)
        return RedactionResult(out, {k: v for k, v in counts.items() if v})

    def redact_value(self, value: object, counts: Counter) -> object:
        """Redact every string inside JSON-like data, adding what was found to ``counts``.

        Dict keys are kept (they are schema, not content) but used as context: a string under a
        key such as ``DB_PASSWORD`` is redacted whole. Other leaves are returned as they are. A person
        found anywhere in the data is redacted in every other string of it too (review R33).
        """
        names_before = counts["person_name"]
        out = self._redact_value(value, counts)
        if self._names and isinstance(value, (dict, list, tuple)) and counts["person_name"] > names_before:
            out = names_across_payload(value, out, counts)  # (only when a name was found: most payloads hold none)
        return out

    def _redact_value(self, value: object, counts: Counter) -> object:
        if isinstance(value, str):
            return self._redact(value, counts)
        if isinstance(value, dict):
            env_name = value.get("name") if self._keyed and _is_secret_env(value) else None
            out = {}
            for k, v in value.items():
                if env_name is not None and k == "value":
                    out[k] = self._redact_keyed(env_name, v, counts)
                elif self._keyed and isinstance(v, str) and isinstance(k, str) and SECRET_KEY.fullmatch(k):
                    out[k] = self._redact_keyed(k, v, counts)
                else:
                    out[k] = self._redact_value(v, counts)
            personal = self._names or self._birth_dates or self._ids or "postal_address" in self.classes
            if personal and has_personal_key(value):
                self._personal_leaves(value, out, counts)
            return out
        if isinstance(value, list):
            return [self._redact_value(v, counts) for v in value]
        if isinstance(value, tuple):
            return tuple(self._redact_value(v, counts) for v in value)
        return value

    def _personal_leaves(self, value: dict, out: dict, counts: Counter) -> None:
        """A dict's string leaves read with their keys, by the decision the text path applies to JSON members
        (`{"caller": ..., "dob": ..., "postcode": ...}` as data is redacted as its JSON text is; review F19)."""
        leaves = [(k, v) for k, v in value.items() if isinstance(k, str) and isinstance(v, str)]
        if not leaves:
            return
        person = any(isinstance(v, str) and a_persons_record(v) for v in out.values())
        for i, kind in field_kinds(leaves, person, self.classes).items():
            key = leaves[i][0]
            if "<redacted:" not in out[key]:
                out[key] = placeholder_for(kind)
                counts[kind] += 1

    def _redact_keyed(self, key: str, value: str, counts: Counter) -> str:
        if not_secret(value.strip()) or PLACEHOLDER_SPLIT.fullmatch(value):
            return value
        if key.lower() in ("pwd", "oldpwd") and value.startswith(("/", "~")):
            return self._redact(value, counts)
        kind = "aws_secret" if "aws_secret" in self.classes and AWS_SECRET_KEY.fullmatch(key) else "password"
        counts[kind] += 1
        return placeholder_for(kind)

    def _redact(self, text: str, counts: Counter) -> str:
        """The rules, then the passes that read records and people; again while those passes found something.

        A name only a later pass finds (the owner of a phone number, a record's field) can open what the rules
        take after a person's name (a street address) on the next read, and the gate redacts again on read and
        on export: what leaves here must be a fixed point (review R40). Text the later passes leave alone (most
        text, and all text with nothing in it) takes one pass."""
        original = text
        for _ in range(_PASSES):
            ruled = redact_to_fixed_point(text, self._rules, self._custom, counts)
            out = self._after_rules(text, ruled, counts)
            if out == ruled:
                break
            text = out
        if out is not original and "<redacted:" in out:
            # (a secret's other copies, once at the end: a whole token becomes a placeholder, which opens no rule's
            # slot, so the text stays a fixed point without another pass of the rules)
            out, copies = same_secret_elsewhere(original, out, _CREDENTIAL_TYPES)
            counts.update(copies)
        return out

    def _after_rules(self, text: str, out: str, counts: Counter) -> str:
        """The passes that need the rules' output: people in records, fields by structure, people by name."""
        if self._names or self._birth_dates or self._ids:
            # (a roster line may hold nothing a rule finds but a surname, a given name and a birth date side by side)
            out, found = people_in_records(out, self._birth_dates, self._names, self._ids)
            counts.update({k: n for k, n in found.items() if n})
        out = self._fields_by_structure(out, counts)
        if self._names and out is not text and "<redacted:" in out:
            if "<redacted:person_name>" in out:
                out, n = same_person_elsewhere(text, out)
                counts["person_name"] += n
                out = names_in_text(text, out, counts)
            out, n = owner_of_personal_data(out)
            counts["person_name"] += n
            out, n = data_owner_names(text, out)
            counts["person_name"] += n
            out, n = comment_owners(out)
            counts["person_name"] += n
            out, n = names_from_handles(text, out)
            counts["person_name"] += n
            out, n = logins_of_named_people(text, out)
            counts["person_name"] += n
        return out

    def _fields_by_structure(self, out: str, counts: Counter) -> str:
        """A record's fields read with their names (an `INSERT` row's columns, JSON members, query parameters);
        then the rules once more when these found something, so a name found here opens what follows it (a
        street address). (A name found by the rules' rerun or by the name passes after this one, which can make
        another field a person's on the next read, is read by `_redact`'s next pass; reviews R39, R40.)"""
        out, rows = people_in_insert_rows(out, self.classes)
        out, fields = fields_in_text(out, self.classes)
        if rows or fields:
            counts.update(rows)
            counts.update(fields)
            out = redact_to_fixed_point(out, self._rules, self._custom, counts)
        return out


def _is_secret_env(d: dict) -> bool:
    """A Kubernetes env entry (`{"name": "DB_PASSWORD", "value": ...}`) holding a secret."""
    name = d.get("name")
    return (
        isinstance(name, str) and isinstance(d.get("value"), str) and SECRET_KEY.fullmatch(name) is not None
    )
