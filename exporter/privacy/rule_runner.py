"""Running the rule table over a text until it stops changing.

One redaction can change what its neighbours look like (a host redacted inside a path leaves a
fragment that reads as a password slot), and text stored redacted is redacted again on every read
and export, so what leaves here must already be a fixed point.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from exporter.privacy.rule_engine import PLACEHOLDER_SPLIT, Rule, apply_rule, placeholder_for

# Text of letters, spaces and plain punctuation only (no digit, `@`, `:`, `=`, `.`, `/`, `+`) can hold
# no rule's secret but a password in prose; most short strings of an event are like that, and
# skipping them keeps the cost of some sixty rules off them.
INERT = re.compile(r"(?:[A-Za-z]{1,19}(?![A-Za-z])|[ \t\n,;!?()'\"-])*")


@dataclass(frozen=True)
class RuleSet:
    """The rules to run, and the subsets for text of plain words (`prose`) and for text without a
    capital letter (`uncased`): three texts in four of an event are all lower case (ids, labels,
    commands), and skipping the rules that need a capital there is cheaper than asking each."""

    rules: tuple[Rule, ...]
    prose: tuple[Rule, ...]
    uncased: tuple[Rule, ...]
    uncased_prose: tuple[Rule, ...]

    @classmethod
    def of(cls, rules: Sequence[Rule]) -> RuleSet:
        rules = tuple(rules)
        uncased = tuple(r for r in rules if not r.cased)
        return cls(rules, tuple(r for r in rules if r.prose), uncased, tuple(r for r in uncased if r.prose))


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
    if INERT.fullmatch(text) is not None and "pass" not in text.lower():
        rules = ruleset.uncased_prose if lower_case else ruleset.prose
        if not rules:
            return text
        # plain words: only a person's name can be in them
    else:
        rules = ruleset.uncased if lower_case else ruleset.rules
    low = low_of = None
    for rule in rules:
        if rule.lower:
            if low_of is not text:
                low, low_of = text.lower(), text
            hay = low
        else:
            hay = text
        if rule.has_needle is not None and not rule.has_needle(hay):
            continue  # one call per rule: this loop runs some sixty times per ingested string
        if rule.gate is not None and not rule.gate(hay):
            continue
        if rule.pattern.search(hay) is None and len(hay) == len(text):
            continue
        text, n = apply_rule(rule, text, hay)
        if n:
            counts[rule.kind] += n
    # An org's own patterns run last, only outside existing placeholders.
    for pattern in custom:
        parts = PLACEHOLDER_SPLIT.split(text)
        for i in range(0, len(parts), 2):
            parts[i], n = pattern.subn(placeholder_for("custom"), parts[i])
            if n:
                counts["custom"] += n
        text = "".join(parts)
    return text
