"""A question asked again word for word, now saying which answer it wants.

A bare noun phrase ("crit alerts gavel 24h") stands for a count, a list or a status (`query_compare._intents_agree`),
and most writers accept a count's answer for it. But when the asker repeats the same words over the same range and
adds only "how many" or "list" ("crit alerts gavel 24h how many", "list crashloop alerts today"), the addition is
the point: the earlier answer, read however it was, is not the one now asked for. Writers 21, 23, 26 and 28 label
every such pair partial (round 29, issue 15); a question reworded or asked over another range ("How many deploys today?" /
"Deploys since 00:00 UTC?") keeps the bare phrase's reading. Pure functions, no I/O.
"""

from __future__ import annotations

from detectors.query_compare import SAID, Facts

__all__ = ["said_again"]


def said_again(one: Facts, other: Facts, one_range: str, other_range: str) -> bool:
    """Whether one side is the other's words and range, word for word, with only its request for a count or a list
    ("how many", "list") added; ``*_range`` are the ranges as written (`Window.expression`)."""
    if (one.intent is None) == (other.intent is None) or not one_range or one_range != other_range:
        return False
    said, bare = (one, other) if one.intent is not None else (other, one)
    mark = SAID + str(said.intent)
    return mark in said.mentioned and said.terms == bare.terms \
        and said.mentioned - {mark, said.intent} == bare.mentioned
