"""Running the rule table over a text until it stops changing.

One redaction can change what its neighbours look like (a host redacted inside a path leaves a
fragment that reads as a password slot), and text stored redacted is redacted again on every read
and export, so what leaves here must already be a fixed point.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from exporter.privacy.rule_engine import PLACEHOLDER_SPLIT, Rule, apply_rule, placeholder_for

# Text of letters, spaces and plain punctuation only (no digit, `@`, `:`, `=`, `.`, `/`, `+`) and no
# word of twenty letters or more can hold no rule's secret but a password in prose; most short strings
# of an event are like that, and skipping them keeps the cost of some sixty rules off them.
_INERT_CHARS = re.compile(r"[A-Za-z \t\n,;!?()'\"-]*")
_LONG_WORD = re.compile(r"[A-Za-z]{20}")


def _inert(text: str) -> bool:
    """Two steps (one character class the engine repeats in C, then a search for a word too long to be
    one) cost about half of the one pattern that says the same (the tests hold them equal)."""
    return _INERT_CHARS.fullmatch(text) is not None and _LONG_WORD.search(text) is None


# One rule as the loop over the table reads it: (rule, runs on the lower-cased text, the one needle that
# must occur or None, the needle check as a call or None, the gate or None, the pattern's `search`).
Step = tuple[Rule, bool, "str | None", "Callable[[str], object] | None", "Callable[[str], object] | None",
             Callable[..., object]]


def _steps(rules: Sequence[Rule]) -> tuple[Step, ...]:
    """The per-rule fields the loop needs, read once here instead of as attributes for every rule of every
    text (that loop runs some hundred times per ingested string); a single needle is tested inline
    (`needle in hay`) rather than through a call."""
    return tuple(
        (r, r.lower, r.needles[0] if len(r.needles) == 1 else None,
         r.has_needle if len(r.needles) > 1 else None, r.gate, r.pattern.search)
        for r in rules
    )


@dataclass(frozen=True)
class RuleSet:
    """The rules to run, and the subsets for text of plain words (`prose`) and for text without a
    capital letter (`uncased`): three texts in four of an event are all lower case (ids, labels,
    commands), and skipping the rules that need a capital there is cheaper than asking each."""

    steps: tuple[Step, ...]
    prose_steps: tuple[Step, ...]
    uncased_steps: tuple[Step, ...]
    uncased_prose_steps: tuple[Step, ...]

    @classmethod
    def of(cls, rules: Sequence[Rule]) -> RuleSet:
        rules = tuple(rules)
        uncased = tuple(r for r in rules if not r.cased)
        return cls(_steps(rules), _steps(tuple(r for r in rules if r.prose)), _steps(uncased),
                   _steps(tuple(r for r in uncased if r.prose)))


def fold(text: str) -> str:
    """`text.lower()` of the same length, offset for offset: Turkish `İ` (the one code point whose lower case is two,
    `i` and a combining dot) is read as `i`, as IGNORECASE reads it. A longer lower-cased text sent every lower-case
    rule to its IGNORECASE twin on the original text, ~2x the cost of the whole redactor on a line holding one `İ`
    (reviewer rrev's R18, round 18)."""
    low = text.lower()
    return low if len(low) == len(text) else text.replace("İ", "i").lower()


def redact_to_fixed_point(text: str, rules: RuleSet, custom: Sequence, counts: Counter) -> str:
    """Rules applied until the text stops changing (at most three rounds). Texts nothing was found
    in take one round. Only the prose rules run on text that holds nothing but plain words."""
    out = _redact_once(text, rules, custom, counts)
    for _ in range(2):
        if out == text:
            break
        text, out = out, _redact_once(out, rules, custom, counts)
    return out


def _redact_once(text: str, ruleset: RuleSet, custom: Sequence, counts: Counter) -> str:
    if not text:
        return text
    # (A placeholder adds no capital letter, so text without one keeps having none.)
    lower_case = text.islower()
    low = None  # the lower-cased text, made when a rule first needs it and again after the text changes
    if _inert(text):
        low = text if lower_case else fold(text)
        if "pass" in low:
            steps = ruleset.uncased_steps if lower_case else ruleset.steps
        else:
            steps = ruleset.uncased_prose_steps if lower_case else ruleset.prose_steps
            if not steps:
                return text
            # plain words: only a person's name can be in them
    else:
        steps = ruleset.uncased_steps if lower_case else ruleset.steps
    for rule, lower, needle, has_needle, gate, search in steps:
        if lower:
            if low is None:
                # (`lower()` of a text that `islower()` is the same text: no copy needed)
                low = text if lower_case else fold(text)
            hay = low
        else:
            hay = text
        if needle is not None:
            if needle not in hay:
                continue  # one test per rule: this loop runs some hundred times per ingested string
        elif has_needle is not None and not has_needle(hay):
            continue
        if gate is not None and not gate(hay):
            continue
        if search(hay) is None and (hay is text or len(hay) == len(text)):
            continue
        text, n = apply_rule(rule, text, hay)
        if n:
            counts[rule.kind] += n
            low = None
    # An org's own patterns run last, only outside existing placeholders.
    for pattern in custom:
        parts = PLACEHOLDER_SPLIT.split(text)
        for i in range(0, len(parts), 2):
            parts[i], n = _custom_subn(pattern, parts[i])
            if n:
                counts["custom"] += n
        text = "".join(parts)
    return text


_LONE_SURROGATE = re.compile("([\ud800-\udfff])")


def _custom_subn(pattern, text: str) -> tuple[str, int]:
    """An org's pattern over the text. RE2 reads UTF-8, which a lone surrogate is not (the API refuses
    them at its edge, but the gate also serves paths that do not pass it), so such a text is matched
    piece by piece between its surrogates instead of raising out of the gate (review R38, round 18)."""
    try:
        return pattern.subn(placeholder_for("custom"), text)
    except UnicodeEncodeError:
        pieces, total = _LONE_SURROGATE.split(text), 0
        for i in range(0, len(pieces), 2):
            pieces[i], n = pattern.subn(placeholder_for("custom"), pieces[i])
            total += n
        return "".join(pieces), total
