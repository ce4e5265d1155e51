"""A secret found once is the same secret wherever else its text stands in the same text (every line of it; review R2).

Round 25 (issue 13). A value a rule took where its name says what it is also stands where nothing names it: the same
UUID as an SMTP relay's username and password (`username: "<uuid>", password: "<uuid>"`, Postmark's server token is
both; `sasl_username=<uuid> sasl_password=<uuid>`), a password typed after `ssh -P` and again after `password:`, a
token quoted twice in a table (`token = 'X' | 'X'`). Writers 7, 9, 23 and 25 each left the second copy in clear. After
the rules, every credential placeholder is mapped back to the text it replaced (`rule_engine.replaced_texts`), and
each such value of `MIN_LENGTH` characters or more, with no blank inside, is replaced wherever else it stands as a
whole token. Shorter values (`admin`, a six-digit code, a typed password) are words and numbers a line may hold for
other reasons, and a value a rule took wrongly would spread.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection

from exporter.privacy.rule_engine import PLACEHOLDER_SPLIT, replaced_texts

# (chosen leave-one-writer-out over writers 10-25 from 4-16, ties to the strictest: bench/plans/redcred2.md)
MIN_LENGTH = 16
# The first values a text's placeholders stand for, at most (each is looked for in each piece of the text: a line of
# thousands of different secrets stays linear).
MAX_VALUES = 16
_EDGE = "\"'`()[]{}<>,;.:!?"


def same_secret_elsewhere(original: str, redacted: str, credential_types: Collection[str]) -> tuple[str, Counter]:
    """`redacted` with every other whole-token copy of a credential it replaced replaced too, and how many by type.
    `credential_types` are the types whose placeholders stand for a secret (the caller's `REDACTION_TYPES` before
    `email`: this module cannot import that table, which imports it)."""
    found: Counter = Counter()
    placeholders = {f"<redacted:{kind}>" for kind in credential_types}
    if not any(p in redacted for p in placeholders):
        return redacted, found
    values: dict[str, str] = {}
    for placeholder, text in replaced_texts(original, redacted):
        value = text.strip().strip(_EDGE)
        if placeholder in placeholders and len(value) >= MIN_LENGTH and not any(c.isspace() for c in value):
            values.setdefault(value, placeholder)
            if len(values) == MAX_VALUES:
                break
    if not values:
        return redacted, found
    copies = re.compile(
        r"(?<![\w+/-])(?:" + "|".join(map(re.escape, sorted(values, key=len, reverse=True))) + r")(?![\w+/=-])"
    )

    def replace(m: re.Match) -> str:
        found[values[m[0]][len("<redacted:") : -1]] += 1
        return values[m[0]]

    pieces = PLACEHOLDER_SPLIT.split(redacted)
    for i in range(0, len(pieces), 2):
        if any(v in pieces[i] for v in values):
            pieces[i] = copies.sub(replace, pieces[i])
    return "".join(pieces), found
