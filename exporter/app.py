"""The app factory: tests and the server build isolated apps from a `Settings` object."""

from __future__ import annotations

from flask import Flask, g

from exporter import __version__, metrics
from exporter.api import blueprints, body, errors, health, openapi
from exporter.config import Settings
from exporter.scaleout.metrics import LedgerCollector, worker_stages
from exporter.service import Services
from exporter.store import Store
from exporter.store.base import statement_budget


def create_app(settings: Settings | None = None, store: Store | None = None, services: Services | None = None) -> Flask:
    settings = settings or Settings()
    svc = services or Services.build(settings, store)
    app = Flask("learning-exporter")
    app.config["MAX_CONTENT_LENGTH"] = settings.max_body_bytes
    app.json.sort_keys = False
    app.extensions["learning"] = svc
    metrics.BUILD.info({"version": __version__})
    svc.check_health()
    # After the schema check: registering describes the store-derived families from the store.
    app.extensions["learning_registry"] = registry = metrics.app_registry(svc.snapshot)
    registry.register(LedgerCollector(svc.store, settings.learn_interval_seconds, lambda: worker_stages(svc)))
    metrics.instrument(app)

    errors.install(app)
    _bound_request_statements(app, settings.database_request_timeout_seconds)
    app.before_request(body.check_url)
    openapi.install(app)
    app.register_blueprint(health.bp)
    for bp in blueprints():
        app.register_blueprint(bp, url_prefix="/api/v1")
    return app


def _bound_request_statements(app: Flask, seconds: float) -> None:
    """A request's statements wait at most `seconds` for the store: past that the request is a 503
    (a partitioned PostgreSQL answered nothing for minutes before), never a hung worker thread."""

    @app.before_request
    def _start() -> None:
        g.statement_budget = statement_budget.set(seconds)

    @app.teardown_request
    def _end(_exc: BaseException | None) -> None:
        token = g.pop("statement_budget", None)
        if token is not None:
            statement_budget.reset(token)
