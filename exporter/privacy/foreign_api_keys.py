"""An API's key or token as hex or a UUID, handed over in a sentence of another language.

Round 29 (issue 13). The rules that read a hex key by its noun (`credential_slots.HEX_AFTER_KEY_NOUN`: `API key <hex>`,
`auth token: <hex>`) read English word order, the noun right before the value. Writers 24, 26 and 29 name the key with
the loanwords "API" and "token", which every language borrows, and their own word for "key" or "secret" and its
grammar around them (Kinyarwanda `MTN MoMo API nkoresheje urufunguzo <hex>`, Kyrgyz `Яндекс.Карталар API ачкычы:
<uuid>`, Romansh `il token provisoric <hex> (Twilio AuthToken)`, Aragonese `O token d'a API de Twilio que yera en o
runbook viello (<hex>)`, Newari `eSewa मर्चेन्ट API सिक्रेट <hex>`). Hex and UUIDs in other languages' prose are ids far
more often (`trace <hex>`, `commit <sha>`, `request_id <uuid>`, `sjekksum <md5>`): so the value counts only when the
loanword stands before it in its clause, no word an id or a digest is named by stands between, and the words around
read as another language (`other_language`); English prose is the noun rules' business.
"""

from __future__ import annotations

import re

from exporter.privacy import secret_shape as shape
from exporter.privacy.other_language import another_language, words_after, words_before
from exporter.privacy.rule_engine import make_rule

Span = tuple[int, int]

# The loanword (alone, or ending a vendor's glued name: `AuthToken`), then on its clause no digit and no sentence's
# end, then the value: hex of a key's length or a UUID, nothing glued to it.
API_KEY_IN_PROSE = (
    r"(?<![\w-])(?:api|[a-z]*token)(?![\w-])(?P<gap>[^\n\d.!?]{0,60}?)"
    r"(?<![\w./:-])(?P<val>[0-9a-f]{32,64}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])"
)
# What names an id or a digest, not a key (in the gap): the English words and the loanwords other languages use.
_AN_ID = re.compile(
    r"(?<![a-z])(?:ids?|hash\w*|sha\d*|md5|digest|fingerprint|checksum|commit\w*|trace\w*|request\w*|session\w*"
    r"|uuid|ref|serial|job|build|order|invoice|user|account|merchant|client|tenant|app|project)(?![a-z])"
)
_GAP_WORD = re.compile(r"[^\W\d_]+")
_FEWEST_DISTINCT = 10  # (`credential_slots.pick_hex_after_key_noun`'s bar: `aaaa...` and `0000...` are stand-ins)


def pick_api_key(m: re.Match, text: str, floor: int) -> Span | None:
    """The value when nothing in the gap names an id, it is no stand-in, and the sentence is another language's."""
    a, b = m.span("val")
    value = m["val"]
    if a < floor or _AN_ID.search(m["gap"].lower()) or shape.is_stand_in(value) or len(set(value)) < _FEWEST_DISTINCT:
        return None
    if "-" in value and len(_GAP_WORD.findall(m["gap"])) > 1:
        return None  # a UUID is an id unless the loanword or one key word names it (review R2: `die API hat für den
        # Auftrag <uuid>`, `la API de Stripe rechazó el evento <uuid>`; `API ачкычы: <uuid>` stays a key)
    if not another_language(words_before(text, m.start()) + words_after(text, b)):
        return None
    return a, b


RULE = make_rule("generic_api_key", API_KEY_IN_PROSE, lower=True, needles=("api", "token"), pick=pick_api_key)
