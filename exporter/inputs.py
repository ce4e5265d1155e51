"""The limits every value from a client meets before any model, store or learning pass sees it.

Fuzzing every route found the same few shapes of input behind every server error: JSON nested
deeper than Python's recursion limit, numbers no later arithmetic survives (NaN, Infinity, 1e308:
a stored NaN made lookups emit invalid JSON and every SQLite learning pass fail), integers beyond
the 64-bit columns of both stores, and strings PostgreSQL refuses (NUL) or no encoder can write
(lone surrogates). Checking them here, once, for request bodies, query strings, path parameters
and every input model, turns each into a 400 that names the field, and nothing reaches the store.
"""

from __future__ import annotations

import math
import re
from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, model_validator

# Deeper than any document the AI helper sends (a page context nests a handful of levels), and far
# below the interpreter's recursion limit, so json.dumps of a stored value can never recurse out.
MAX_DEPTH = 32
INT_MAX = 2**63 - 1  # BIGINT on PostgreSQL, INTEGER on SQLite
# Every number is stored and computed with as a double: beyond 2**53 it is no longer exact, and
# squares and sums of larger magnitudes (variance, baselines) overflow to inf and then NaN.
FLOAT_MAX = float(2**53)
_BAD_CHARS = re.compile("[\x00\ud800-\udfff]")


def problems(value: Any, where: str = "", depth: int = 0) -> list[dict[str, Any]]:
    """Each value inside `value` (a parsed JSON document, a query string, a model's fields) that no
    store or pass can take, as `{"field", "message"}` entries; empty when all is well."""
    field = where or None
    if depth > MAX_DEPTH:
        return [{"field": field, "message": f"nested deeper than {MAX_DEPTH} levels"}]
    if isinstance(value, str):
        bad = _BAD_CHARS.search(value)
        if bad is None:
            return []
        what = "NUL characters" if bad.group() == "\x00" else "unpaired surrogate characters (invalid Unicode)"
        return [{"field": field, "message": f"{what} are not allowed"}]
    if isinstance(value, bool) or value is None:
        return []
    if isinstance(value, int):
        return [] if -INT_MAX - 1 <= value <= INT_MAX else [{"field": field, "message": "integer out of 64-bit range"}]
    if isinstance(value, float):
        if not math.isfinite(value):
            return [{"field": field, "message": "NaN and Infinity are not numbers this API accepts"}]
        if abs(value) > FLOAT_MAX:
            return [{"field": field, "message": f"magnitude above {FLOAT_MAX:.0f} is out of range"}]
        return []
    out: list[dict[str, Any]] = []
    if isinstance(value, dict):
        for key, item in value.items():
            path = f"{where}.{key}" if where else str(key)
            out += problems(key, path, depth + 1) + problems(item, path, depth + 1)
    elif isinstance(value, list | tuple | set | frozenset):
        for i, item in enumerate(value):
            out += problems(item, f"{where}.{i}" if where else str(i), depth + 1)
    elif isinstance(value, BaseModel):
        out += problems(dict(value), where, depth)
    return out


def as_utc(value: datetime) -> datetime:
    """Naive timestamps are taken as UTC: the AI helper logs in UTC and says so in its docs.

    A time at the very edge of the calendar (0001-01-01T00:00:00+14:00) has no UTC equivalent;
    that is a bad input (ValueError, a 400), not an OverflowError escaping as a 500.
    """
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    try:
        return value.astimezone(UTC)
    except OverflowError as exc:
        raise ValueError("timestamp is outside the range that can be converted to UTC") from exc


UtcDatetime = Annotated[datetime, AfterValidator(as_utc)]


class Input(BaseModel):
    """The base of every model a request is parsed into: unknown fields are refused and every
    value passes `problems`, so no route can forget a limit."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    @model_validator(mode="after")
    def _storable(self):
        found = problems(dict(self))
        if found:
            raise ValueError("; ".join(f"{p['field']}: {p['message']}" if p["field"] else p["message"] for p in found))
        return self
