"""The app factory: tests and the server build isolated apps from a `Settings` object."""

from __future__ import annotations

from flask import Flask

from exporter import __version__, metrics
from exporter.api import blueprints, errors, health
from exporter.config import Settings
from exporter.service import Services
from exporter.store import Store


def create_app(settings: Settings | None = None, store: Store | None = None, services: Services | None = None) -> Flask:
    settings = settings or Settings()
    svc = services or Services.build(settings, store)
    app = Flask("learning-exporter")
    app.config["MAX_CONTENT_LENGTH"] = settings.max_body_bytes
    app.json.sort_keys = False
    app.extensions["learning"] = svc
    app.extensions["learning_registry"] = metrics.app_registry(svc.snapshot)
    metrics.BUILD.info({"version": __version__})
    svc.check_health()

    errors.install(app)
    app.register_blueprint(health.bp)
    for bp in blueprints():
        app.register_blueprint(bp, url_prefix="/api/v1")
    return app
