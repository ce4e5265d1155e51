"""A generated password of letters and digits by its shape alone, shorter than a bare token.

Round 28 (issue 13). Every writer of batches 24-28 hands a password over after a word for it that no list holds
(Tatar `серсүз: LF_roJVgSIu6`, West Frisian `wachtwurd: LkU79SOvhEqV4`, Occitan `senhal ... es js5x4pe5qUO5`, Wolof
`baatu-jàll ... mooy mi5cQSyIKIjNKJ3`, Kurmanji `Şîfre: NNwvJLTO_1C4R`, Upper Sorbian `hesło ... je
pt.Lz4PKJGPh_w`), and a word list grows by one language per writer and never carries to the next. The value keeps
one shape in every language: what a password generator writes, 10 to 19 characters of upper case, lower case and
digits mixed (an `_`, `-` or `.` among them at most), changing class on half of its neighbouring pairs or more.
`secret_shape.BARE_TOKEN` reads that shape from 20 characters on; `typed_passwords` reads the shorter ones that hold
a typed symbol; this reads the shorter ones that hold none, where a sentence of another language hands them over
(`handed_over`): short base62 ids are everywhere in English ops prose (review R1).

What else is written so, and kept: an object's id with its vendor's lower-case prefix (`req_UHwejpXz5dCpDc`,
`ch_3PQx9ZAbCdEf12`, `key_01J0Z8K4`), hex with `0x`, a queue id or a label before `:` (`4VdK2x3f1Qz9sXY: to=...`), a
JSON or config value whose key names it (the named rules decide there: `"accessor":"rA1wk0Y45YCufyfq"`), identifiers
built from words (`OrderApi5xxRateHigh`, `DOC_Vector_5_32`: a part of four letters or more that is an English word),
a member as code names it (`rand.Int63n`), a value of repeated characters, and whatever
`secret_shape.bare_token_context_ok` keeps for a bare token (a digest, a URL's path or host, a named identifier).
"""

from __future__ import annotations

import re

from exporter.privacy import secret_shape as shape
from exporter.privacy.other_language import another_language, english, words_before
from exporter.privacy.person_names import english_word
from exporter.privacy.rule_engine import make_rule

Span = tuple[int, int]

# 10-19 characters, a letter or digit at each end; nothing of a path, an address, a flag or a longer run around it.
GENERATED_PASSWORD = (
    r"(?<![\w+/=~.:@%#$\\-])(?P<val>[A-Za-z0-9][A-Za-z0-9_.-]{8,17}[A-Za-z0-9])(?![\w+/=~@:\\-]|\.\w)"
)
# (the rule reads only a text where a letter and a digit meet: a generated value has several such places)
GATE = re.compile(r"[A-Za-z]\d|\d[A-Za-z]")
_MIN_CHANGES = 0.5  # the bare token's share (`secret_shape._MIN_CHANGES`): random text changes class on ~60%
_MIN_DISTINCT = 0.7  # share of distinct characters (`aaaaBBBB1111` is typed, not generated)
_OBJECT_ID = re.compile(r"[a-z]{1,5}_|0[xX]")
# A member of a package or an object, as code names it (`rand.Int63n`, `math.Log10x`)
_MEMBER = re.compile(r"[a-z]+\.[A-Z][a-z]{2,}")
# A word inside an identifier: a capitalised or lower-case run of letters, read between case changes and separators.
_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_SHORTEST_WORD = 4
# A JSON key or a setting right before the value (`"accessor":"`, `key_id=`): the named rules read those. A word and a
# colon in prose (`wachtwurd: `) is how writers hand the value over, and stays.
_KEY_BEFORE = re.compile(r"[\"']\s*:\s*[\"']?\Z|[\w\]]\s*=\s*[\"']?\Z")


def generated(value: str) -> bool:
    """`value` mixes upper case, lower case and digits as a generator does, and reads as no identifier."""
    if not (any(c.isupper() for c in value) and any(c.islower() for c in value) and any(c.isdigit() for c in value)):
        return False
    if _OBJECT_ID.match(value) or _MEMBER.match(value) or len(set(value)) < _MIN_DISTINCT * len(value):
        return False
    if shape.change_rate(value) < _MIN_CHANGES:
        return False
    return not any(len(p) >= _SHORTEST_WORD and english_word(p) for p in _PART.findall(value))


def pick_generated_password(m: re.Match, text: str, floor: int) -> Span | None:
    """The value when it is generated (`generated`) and handed over (`handed_over`), no key names it and the bare
    token's context allows it."""
    a, b = m.span("val")
    if a < floor or not generated(text[a:b]) or not handed_over(text, a, b):
        return None
    if _KEY_BEFORE.search(text, max(0, a - 24), a) or not shape.bare_token_context_ok(text, a):
        return None
    return a, b


def handed_over(text: str, a: int, b: int) -> bool:
    """The value at `a:b` stands where a sentence of another language hands it over: right after a word that is no
    English word (`wachtwurd: `, `ezali `, `серсүз `), closing its clause (`, okoki`, `(аны`, a letter of another
    script, the line's end), and the words before it read as another language (`other_language`: the word before in
    another script, or most of the words before no English word). An id in English prose is named by an English word
    or a tool's name before it, or goes on after it (review R1: `GitHub issue node <id> was closed`, `the video <id>
    is embedded`; R2: `failed job: sidekiq jid <id>`, `trace in datadog: <id>`)."""
    before = _WORD_BEFORE.search(text, max(0, a - _LOOK), a)
    if before is None or english(before["word"]) or _CLOSES.match(text, b) is None:
        return False
    return not before["word"].isascii() or another_language(words_before(text, a))


_LOOK = 40
# The word right before the value, a bracket's close and a colon between at most (`Şîfre: `, `ezali `, `(again): `;
# `ngu-` is read with the value).
_WORD_BEFORE = re.compile(r"(?P<word>[^\W\d_]+)[)\]]?[ \t\u00a0]*[:：]?[ \t\u00a0]*\Z")
# The clause closes: the text or line ends, a mark of punctuation, a bracket, a dash, or a letter of another script.
_CLOSES = re.compile(r"[ \t\u00a0]*(?:\Z|[\n,.;:!?()\[\]'\"·—–]|[^\x00-\x7f])")


RULE = make_rule("password", GENERATED_PASSWORD, gate=GATE.search, pick=pick_generated_password, cased=True)
