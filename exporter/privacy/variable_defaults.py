"""A secret named by a Terraform (HCL) variable and held in its `default`: `variable "datadog_api_key" { default = "x" }`.

Round 31 (issue 13). HCL declares an input variable by its name in a label and gives its value in a `default`
argument inside the block, so the name right before the value is always `default`, which names nothing; the
variable's label does. Three independent writers (29, 30, 31) pasted a Datadog API or application key left in a
module's default, and each was missed for that. The label decides by the tests the assignment rules apply to a name
(`named_secrets.secret_name_holds`, as `secret_entries` does for a Kubernetes `name:` / `value:` pair), and only a
label that ends in a secret's keyword counts (`SECRET_KEY`: `*_api_key`, `*_token`, `*_password`): `kms_key_id`,
`region` or `owner` hold no secret, a public or reference name (`public_key`, `*_secret_name`) none either, and a
variable without a default (`sensitive = true` alone, the form the writers use for a secret set elsewhere) has no
value to read. A module's default documents the value it uses unless told otherwise, far more often a key's *name*
(`aws/s3`, `wildcard-tls`, `rds-master-password`, a resource path) than a pasted secret (review R1), so the value must
also look generated, as under a name that only may hold a secret (`named_secrets.may_be_secret_value`), and hold no
`:` or `/`: a reference's scheme or a path (`vault:secret/data/db#password`, `env:DB_PASSWORD`, `aws/s3`,
`projects/p1/locations/global/keyRings/kr/cryptoKeys/sign`), what a module's default points to.
"""

from __future__ import annotations

import re

from exporter.privacy import named_secrets as named
from exporter.privacy.rule_engine import Span

# The label, the block's opening brace, then the block's arguments up to `default = "..."` (no nested block between:
# a `validation { ... }` ends the reading). Every match starts at the literal `variable` and each run is bounded.
VARIABLE_DEFAULT = (
    r"""(?<![\w-])variable[ \t]+"(?P<name>[\w.-]{1,80})"[ \t]*\{[^{}]{0,400}?(?<![\w-])default[ \t]*=[ \t]*"""
    r""""(?P<val>[^"\n]{1,256})\""""
)


def pick_variable_default(m: re.Match, text: str, floor: int) -> Span | None:
    """The default's value, when the variable's label names a secret and the value is one under that name."""
    name = m["name"].lower()
    a, b = m.span("val")
    if not named.SECRET_KEY.fullmatch(name) or not named.secret_name_holds(name, text, a, b):
        return None
    if _REFERENCE_OR_PATH.search(text, a, b) or not named.may_be_secret_value(text, a, b):
        return None
    return a, b


_REFERENCE_OR_PATH = re.compile(r"[:/]")
