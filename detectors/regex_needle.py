"""A literal that every match of a regular expression contains, so a text without it is known to have no match.

Why: reading one question runs ~190 rewriting rules (`detectors.query_compare._PHRASES`) one after another, and on a
typical question about one of them changes the text; the other scans cost ~0.3 ms of the ~0.7 ms a reading takes
(bench/RESULTS.md, round 20). A substring test costs a tenth of a scan, and a pattern whose needle is missing from
the text cannot match it, so `sub` would return the text unchanged: skipping it is the same result.

The needle is read from the parsed pattern (`re._parser`), conservatively: the longest run of plain literals the
pattern must match, at its top level or inside a group or a repeat that must match at least once. Anything whose
characters are not compared exactly gives no needle: a pattern compiled or grouped with IGNORECASE (Unicode case
folding matches "ſ" for "s"), a character class, an alternation (no literal all branches share is looked for), a
lookaround. No needle means the pattern is always run.
"""

from __future__ import annotations

import re
from re import _constants as C  # noqa: N812 (the parser's opcodes)
from re import _parser

__all__ = ["needle"]

_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


def needle(pattern: re.Pattern[str]) -> str | None:
    """The longest literal every match of ``pattern`` holds, or None (none found, or case folded)."""
    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    found = _required(_parser.parse(pattern.pattern, pattern.flags))
    if found is None:
        return None
    return max(found, key=len, default=None) or None


def _required(items) -> list[str] | None:
    """The literal runs a sequence of parsed items must match; None when part of it folds case."""
    runs: list[str] = []
    current: list[str] = []
    for op, av in items:
        if op is C.LITERAL:
            current.append(chr(av))
            continue
        if current:
            runs.append("".join(current))
            current = []
        inner = None
        if op is C.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if (add_flags | del_flags) & re.IGNORECASE:
                return None
            inner = sub
        elif op in _REPEATS and av[0] >= 1:
            inner = av[2]
        elif op is C.ATOMIC_GROUP:
            inner = av
        if inner is not None:
            below = _required(inner)
            if below is None:
                return None
            runs += below
    if current:
        runs.append("".join(current))
    return runs
