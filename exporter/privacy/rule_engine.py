"""How a redaction rule is written and how one rule rewrites a text.

A rule finds a *place* (a regex, cheap pre-checks so that most texts skip it) and picks the span to
replace; whether the value found there is a secret is asked of one shared predicate
(`stand_ins.not_secret`), so every rule keeps the same stand-ins, references and digests.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import re2

from exporter.privacy import secret_shape as shape
from exporter.privacy.look_alikes import typed_body, vendor_object_id
from exporter.privacy.stand_ins import low_diversity, not_secret

Span = tuple[int, int]


PLACEHOLDER_SPLIT = re.compile(r"(<redacted:[a-z0-9_]+>)")
# Types whose values are numbers checked by a numbering plan or check digits, not generated tokens.
_NUMBER_KINDS = frozenset({"iban", "card_number", "national_id", "phone", "ipv4", "ipv6"})
# Types whose value may be typed by a person: checksummed numbers, and passwords (a weak password
# after `password=` is still a password; `named_secrets` applies the placeholder test to weak names).
_KEEPS_TYPED_VALUES = _NUMBER_KINDS | {"password"}
# Types whose rule checks the words themselves against a list: a name is no value to test for a stand-in.
_LISTED_KINDS = frozenset({"person_name"})


def placeholder_for(kind: str) -> str:
    return f"<redacted:{kind}>"


@dataclass(frozen=True)
class Rule:
    """One way of finding one type of secret.

    This runs on every ingested string, and Python's regex engine is slow in two cases: with
    IGNORECASE, and when a pattern does not start with a literal (it then tries every position).
    So `lower` rules are written in lower case and searched in the lower-cased text (same length,
    same offsets), and patterns start with a literal, with any word-boundary check placed as a
    look-behind after it. The few that cannot have `needles`, substrings that must occur first.
    """

    kind: str
    pattern: re.Pattern
    folded: re.Pattern  # IGNORECASE twin, for the rare text whose lower() changes its length
    lower: bool
    needles: tuple[str, ...]  # if given, the rule runs only when one of them occurs
    has_needle: Callable[[str], object] | None  # the needle check as one call (a substring test or a regex)
    gate: Callable[[str], object] | None  # a further pre-check, on the same text as `pattern`
    # The span to replace, or None to keep the match; `floor` is where the previous replacement ended.
    pick: Callable[[re.Match, str, int], Span | None] | None
    groups: tuple[str, ...]  # without `pick`: the first of these that matched, else the whole match
    prose: bool = False  # also runs on text of plain words, which every other rule skips
    cased: bool = False  # finds nothing in text without a capital letter (names, `AKIA`, `BEGIN ... KEY`)


def make_rule(
    kind: str,
    regex: str,
    *,
    lower: bool = False,
    needles: tuple[str, ...] = (),
    gate: Callable[[str], object] | None = None,
    pick: Callable[[re.Match, str, int], Span | None] | None = None,
    prose: bool = False,
    cased: bool = False,
) -> Rule:
    pattern = re.compile(regex, re.S)
    groups = tuple(g for g in pattern.groupindex if g == "val")
    folded = re.compile(regex, re.S | re.I) if lower else pattern
    if not needles:
        has_needle = None
    elif len(needles) == 1:
        has_needle = _contains(needles[0])
    else:
        has_needle = needle_search(needles)
    return Rule(kind, pattern, folded, lower, needles, has_needle, gate, pick, groups, prose, cased)


def needle_search(needles: tuple[str, ...]) -> Callable[[str], object]:
    """Whether any of `needles` occurs. Many needles: one alternation of literals; Python's engine tries
    each alternative at each position, RE2 compiles them into one automaton and reads the text once,
    three times faster for the sixty-six needles of the documented token formats, but slower for a
    handful. A handful that share a first character: the alternation too (Python's engine scans for a
    literal prefix in C). A handful that do not (`AC`/`SK`, `key=`/`name=`): one substring test each,
    which costs about half what the alternation does on ops text."""
    if len(needles) < _RE2_FROM and len({n[:1] for n in needles}) > 1:
        return _any_of(needles)
    alternation = "|".join(map(re.escape, needles))
    short = re.compile(alternation).search
    if len(needles) < _RE2_FROM:
        return short
    long = re2.compile(alternation).search

    def search(hay: str) -> object:
        if len(hay) > _RE2_LONGER_THAN:
            try:
                return long(hay)
            except UnicodeEncodeError:  # a lone surrogate is no UTF-8, which RE2 reads: Python's engine then
                pass
        return short(hay)

    return search


def _any_of(needles: tuple[str, ...]) -> Callable[[str], bool]:
    def search(hay: str) -> bool:
        for needle in needles:  # noqa: SIM110 (a loop: any() over a generator costs more)
            if needle in hay:
                return True
        return False

    return search


# Below these, a call into RE2 (it encodes the text first) costs what it saves.
_RE2_FROM = 32
_RE2_LONGER_THAN = 48


def _contains(needle: str) -> Callable[[str], bool]:
    return lambda hay: needle in hay


def apply_rule(rule: Rule, text: str, hay: str) -> tuple[str, int]:
    pattern = rule.pattern
    if rule.lower and len(hay) != len(text):
        hay, pattern = text, rule.folded
    out: list[str] = []
    last = hits = 0
    placeholder = placeholder_for(rule.kind)
    redacted_before = "<redacted:" in text
    for m in pattern.finditer(hay):
        if redacted_before and _inside_placeholder(text, m.start()):
            continue  # the type word of `<redacted:password>` is not a password slot
        if rule.pick is not None:
            span = rule.pick(m, text, last)
            if span is None:
                continue
        else:
            span = next((m.span(g) for g in rule.groups if m[g] is not None), m.span())
        a, b = span
        if a < last:
            continue
        if b - a >= 2 and text[a] == text[b - 1] and text[a] in "\"'":
            a, b = a + 1, b - 1
        if rule.kind not in _LISTED_KINDS and _kept(rule.kind, text, a, b):
            continue
        out.append(text[last:a])
        out.append(placeholder)
        last = b
        hits += 1
    if not hits:
        return text, 0
    out.append(text[last:])
    return "".join(out), hits


def _kept(kind: str, text: str, a: int, b: int) -> bool:
    """A value found where a secret may sit (quotes already stripped) that is a stand-in, a typed
    placeholder or a digest."""
    if not_secret(text[a:b]) or (kind not in _KEEPS_TYPED_VALUES and low_diversity(text[a:b])):
        return True
    if kind not in _NUMBER_KINDS and typed_body(text[a:b], password=kind == "password"):
        return True  # `glc_111...1=`: a vendor's prefix before a typed body
    if vendor_object_id(text, a, b):
        return True  # `"card_token":"tok_..."`: a payment processor's object id, no key
    # `sha256:...`, `sha512-...`: a digest of public content
    return kind not in _NUMBER_KINDS and (shape.after_digest_label(text, a) or shape.continues_as_code(text, a, b))


def _inside_placeholder(text: str, i: int) -> bool:
    opened = text.rfind("<redacted:", max(0, i - 40), i + len("<redacted:"))  # also a match starting at its `<`
    return opened >= 0 and text.find(">", opened) >= i


def key_start(s: str, i: int) -> int:
    while i > 0 and (s[i - 1].isalnum() or s[i - 1] in "_.-"):
        i -= 1
    return i


def secret_value(name: str = "val") -> str:
    """A secret value: quoted (the quotes stay around the placeholder) or a run up to whitespace,
    `&` (the next query parameter) or a quote. Never an existing placeholder, so re-runs are no-ops."""
    return rf"""(?P<{name}>(?![=:"'`]*<redacted:)(?:"[^"\n]*"|'[^'\n]*'|["'`]?[^\s&"'`]+))"""


SEP = r"""["']?\]?(?P<sep>(?>[ \t]*(?:=>|:=|==?|:|->|-{2,}(?![A-Za-z]))[ \t]*))"""  # `--x` is a flag, not a separator


def bounded(word: str) -> str:
    """`word` as a pattern that starts with the literal but still needs a word boundary before it."""
    return re.escape(word) + rf"(?<![A-Za-z0-9_]{re.escape(word)})"


def replaced_texts(original: str, redacted: str) -> list[tuple[str, str]]:
    """(placeholder, the original text it stands for) for every placeholder in `redacted`, which `original` became
    by replacing spans: each literal piece is found in `original` after the previous one (the leftmost place, as a
    lazy match would take it). Where a piece cannot be placed, nothing is returned."""
    parts = PLACEHOLDER_SPLIT.split(redacted)
    if not original.startswith(parts[0]):
        return []
    pos, found = len(parts[0]), []
    for i in range(1, len(parts), 2):
        following = parts[i + 1]
        if i + 2 >= len(parts):  # the last piece ends the text
            end = len(original) - len(following)
            if end <= pos or not original.endswith(following):
                return []
        elif not following:
            return []  # two placeholders side by side: where one ends is not known
        else:
            end = original.find(following, pos + 1)
            if end < 0:
                return []
        found.append((parts[i], original[pos:end]))
        pos = end + len(following)
    return found
