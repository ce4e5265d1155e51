"""An org admin's own redaction patterns, run in linear time or refused."""

from __future__ import annotations

import re2


def compile_custom(name: str, pattern: str):
    """An org admin's pattern, compiled by RE2 so that it runs in time linear in the text.

    Python's backtracking engine lets one pattern such as ``(a+)+$`` take seconds on a short line,
    and redaction runs inline on every ingest, for every org. RE2 has no backreferences or
    look-arounds; a pattern that needs them is refused (``ValueError`` naming the pattern, which
    the privacy API turns into a 400) rather than run on the slow engine.
    """
    try:
        compiled = re2.compile(pattern, _RE2_OPTIONS)
    except re2.error as exc:
        reason = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        raise ValueError(
            f"custom redaction pattern {name!r} cannot be compiled for linear-time matching (RE2: {reason}); "
            "backreferences and look-arounds are not supported"
        ) from exc
    if compiled.fullmatch("") is not None:
        raise ValueError(f"custom redaction pattern {name!r} matches the empty string")
    return compiled


_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.log_errors = False  # a refused pattern is reported to the caller, not to stderr
