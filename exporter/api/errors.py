"""One error vocabulary for the API: every failure is JSON, names what was wrong, and leaks no trace."""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask, jsonify
from pydantic import ValidationError
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

from exporter import metrics
from exporter.scoping import Forbidden
from exporter.store import StoreUnavailable

log = logging.getLogger(__name__)


class ApiError(Exception):
    def __init__(self, status: int, message: str, errors: list[dict[str, Any]] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.errors = errors or []


class NotFound(ApiError):
    """Also used for rows of another scope: a caller learns nothing about what it may not see."""

    def __init__(self, what: str = "not found"):
        super().__init__(404, what)


def validation_errors(exc: ValidationError, item: int | None = None) -> list[dict[str, Any]]:
    out = []
    for err in exc.errors(include_url=False, include_input=False):
        entry: dict[str, Any] = {"field": ".".join(str(p) for p in err["loc"]) or None, "message": err["msg"]}
        if item is not None:
            entry = {"item": item, **entry}
        out.append(entry)
    return out


def _body(status: int, message: str, errors: list[dict[str, Any]] | None = None):
    payload: dict[str, Any] = {"error": message}
    if errors:
        payload["errors"] = errors
    return jsonify(payload), status


def install(app: Flask) -> None:
    @app.errorhandler(ApiError)
    def _api_error(exc: ApiError):
        if exc.status in (400, 413, 415):
            reason = {400: "invalid", 413: "too_large", 415: "unsupported_media_type"}[exc.status]
            metrics.REJECTED.labels(reason=reason).inc(max(1, len({e.get("item") for e in exc.errors})))
        return _body(exc.status, exc.message, exc.errors)

    @app.errorhandler(ValidationError)
    def _validation(exc: ValidationError):
        metrics.REJECTED.labels(reason="invalid").inc()
        return _body(400, "invalid request", validation_errors(exc))

    @app.errorhandler(Forbidden)
    def _forbidden(exc: Forbidden):
        metrics.REJECTED.labels(reason="forbidden").inc()
        return _body(403, str(exc))

    @app.errorhandler(StoreUnavailable)
    def _unavailable(exc: StoreUnavailable):
        log.warning("store unavailable: %s", exc)
        return _body(503, "store unavailable, retry later")

    @app.errorhandler(RequestEntityTooLarge)
    def _too_large(exc: RequestEntityTooLarge):
        metrics.REJECTED.labels(reason="too_large").inc()
        return _body(413, f"request body larger than {app.config['MAX_CONTENT_LENGTH']} bytes")

    @app.errorhandler(HTTPException)
    def _http(exc: HTTPException):
        return _body(exc.code or 500, exc.description or exc.name)

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception):
        log.exception("unhandled error")
        return _body(500, "internal error")
