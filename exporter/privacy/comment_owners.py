"""The person a code comment names as the owner of the personal value before it on its line (issue 13, round 28).

Config files, fixtures and scripts carry a person's phone, card, IBAN or id as a value, and the comment after it says
whose it is: `payroll_iban: "<iban>"  # vun Antje ehr Konto`, `TEST_NINO: "<id>"  # niver yswiryans kenedhlek Jenifer`,
`refund_card = '<card>'  # Aisha's Amex`, `SEED_USER_EMAIL=<e-mail>   # Thomas's personal account`, `--member=user:
<e-mail>  # for Wolfgang`. Writers of batches 12, 22, 26, 27 and 28 wrote such comments, in English, Afrikaans, Low
German and Cornish; the words around the name are each language's own, so the place is the evidence, not the words:
a comment opened after the redacted datum on the same line is about that datum, and a given name in it is its owner's.

The name must be a listed given name that is no common English word (`person_names.one_word_person`, strict); a
given name that is also an English word (`Graham`, `Thomas`, `Grace`) only in the possessive (`Graham's real card`),
where a word can only name who holds the datum. A product the lists hold as a given name (`Hermes`) is taken here, as
it is beside a datum in prose by the other owner rules: a comment after a person's datum names its owner far more
often than a product. A comment opened before the datum (`# owner: <name>, <phone> (personal, India)`) is a note of
its own and is left to the other rules.
"""

from __future__ import annotations

import re
from functools import lru_cache

from exporter.privacy.person_names import (
    LATIN_LOWER,
    LATIN_UPPER,
    OPS_PRODUCTS,
    listed_names,
    one_word_person,
)
from exporter.privacy.personal_fields import replace_spans

# A datum only a person has, or that a person's config value holds: the kinds `person_names` calls personal data.
_DATUM = re.compile(r"<redacted:(?:email|phone|national_id|date_of_birth|postal_address|card_number|iban)>")
# A comment's opening after code: a shell's, YAML's or Python's `#`, C's `//`, SQL's `--`, with a space before and after
# (not a URL's fragment `#top`, not a flag's `--name`).
_COMMENT = re.compile(r"[ \t](?:#|//|--)[ \t]")
# A name's owner place right before it (`# for Wolfgang`); and the words before a tool's or a product's name (`# routed
# into Loki`, `failover in Aurora`, `on the Hugo docs site`: review R6), after which a listed given name is no owner.
_FOR = re.compile(r"(?<![^\W\d_])(?i:for|owner:?)[ \t]+\Z")
_TOOL = re.compile(r"(?<![^\W\d_])(?i:in|into|via|through|on|the|to|from|by|with|using|at|and|or|of)[ \t]+\Z")
# A key that says the value is a team's line or mailbox, not a person's (`oncall_phone`, `PAGER_NUMBER`, `support_email`).
_TEAM_KEY = re.compile(r"(?i)on-?call|pager|support|escalation|helpdesk|noc|team|hotline|sre|ops")
_NAME = re.compile(rf"(?<![\w@./'’-])([{LATIN_UPPER}][{LATIN_LOWER}]{{2,}})(['’]s)?(?![\w'’-])")


def _owner_spans(line: str) -> list[tuple[int, int, str]]:
    datum = _DATUM.search(line)
    if datum is None:
        return []
    comment = _COMMENT.search(line, datum.end())
    if comment is None:
        return []
    # (after an e-mail address, which a team's mailbox is too, only a name in an owner's place; after a value whose key
    # says a team's line, `oncall_phone:`, `PAGER_NUMBER=`, only a possessive: review R6)
    mailbox = datum[0] == "<redacted:email>" and _DATUM.search(line, datum.end(), comment.start()) is None
    team = _TEAM_KEY.search(line, max(0, datum.start() - 40), datum.start()) is not None
    spans = []
    for m in _NAME.finditer(line, comment.end()):
        if m[1].lower() in OPS_PRODUCTS:
            continue
        near = max(comment.end(), m.start() - 12)  # (the word before it, read in a bounded window)
        owner_place = m[2] is not None or not team and _FOR.search(line, near, m.start()) is not None
        if _owner(m[1], m[2] is not None) and (
            owner_place or not (team or mailbox) and _TOOL.search(line, near, m.start()) is None
        ):
            spans.append((m.start(1), m.end(1), "person_name"))
    return spans


@lru_cache(maxsize=4096)
def _owner(word: str, possessive: bool) -> bool:
    """A listed given name that is no English word, or any listed given name in the possessive."""
    names = listed_names()
    return one_word_person(word, names) or (possessive and names.given(word, known=True))


def comment_owners(redacted: str) -> tuple[str, int]:
    """`redacted` with the given names that comments after a personal datum name replaced, and how many."""
    if "<redacted:" not in redacted or not any(marker in redacted for marker in ("#", "//", "--")):
        return redacted, 0
    lines = redacted.split("\n")
    found = 0
    for i, line in enumerate(lines):
        spans = _owner_spans(line)
        if spans:
            lines[i], counts = replace_spans(line, spans)
            found += sum(counts.values())
    return "\n".join(lines), found
