"""Reading request bodies: JSON objects, JSON arrays or NDJSON, each item validated on its own."""

from __future__ import annotations

import json
from typing import Any, TypeVar

from flask import request
from pydantic import BaseModel, ValidationError

from exporter.api.errors import ApiError, validation_errors

M = TypeVar("M", bound=BaseModel)

JSON_TYPES = ("application/json",)
NDJSON_TYPES = ("application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines")


def _media_type() -> str:
    return (request.mimetype or "").lower()


def json_object() -> dict[str, Any]:
    if _media_type() not in JSON_TYPES:
        raise ApiError(415, "send application/json")
    try:
        data = json.loads(request.get_data(cache=False) or b"null")
    except (ValueError, UnicodeDecodeError) as exc:
        raise ApiError(400, f"body is not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise ApiError(400, "body must be a JSON object")
    return data


def batch(max_items: int) -> list[Any]:
    """A JSON array (or a single object) or NDJSON lines, as raw items."""
    media = _media_type()
    raw = request.get_data(cache=False)
    if media in JSON_TYPES:
        try:
            data = json.loads(raw or b"null")
        except (ValueError, UnicodeDecodeError) as exc:
            raise ApiError(400, f"body is not valid JSON: {exc}") from exc
        items = data if isinstance(data, list) else [data]
    elif media in NDJSON_TYPES:
        items = []
        for n, line in enumerate(raw.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                items.append(json.loads(line))
            except (ValueError, UnicodeDecodeError) as exc:
                raise ApiError(400, "invalid NDJSON", [{"line": n, "message": str(exc)}]) from exc
    else:
        raise ApiError(415, "send application/json (array or object) or application/x-ndjson")
    if not items:
        raise ApiError(400, "empty batch")
    if len(items) > max_items:
        raise ApiError(413, f"batch of {len(items)} items exceeds the limit of {max_items}")
    return items


def validate_all(model: type[M], items: list[Any]) -> list[M]:
    """Every item is checked; one bad item rejects the batch and every bad item is named."""
    parsed: list[M] = []
    errors: list[dict[str, Any]] = []
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            errors.append({"item": i, "field": None, "message": "each item must be a JSON object"})
            continue
        try:
            parsed.append(model.model_validate(item))
        except ValidationError as exc:
            errors.extend(validation_errors(exc, item=i))
    if errors:
        raise ApiError(400, f"{len({e['item'] for e in errors})} of {len(items)} items invalid; nothing stored", errors)
    return parsed
