"""Running the exporter under gunicorn (threaded worker), embedded so one command starts it.

The app and its background threads are built inside the worker, after the fork: a database pool
or a thread created in the master would not survive into the worker.
"""

from __future__ import annotations

import gc
import json
import logging

from gunicorn.app.base import BaseApplication

from exporter.config import Settings
from exporter.privacy.redaction import Redactor

log = logging.getLogger(__name__)


class _Gunicorn(BaseApplication):
    def __init__(self, settings: Settings, options: dict):
        self.settings = settings
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)
        self.cfg.set("worker_exit", self.worker_exit)

    def load(self):
        from exporter.app import create_app
        from exporter.privacy import data_owner_names, person_names
        from exporter.service import Services
        from exporter.text import embeddings

        person_names.warm()  # before the worker serves: the first request would otherwise wait seconds
        data_owner_names.warm()
        embeddings.model()  # the same for the embedding model (seconds from disk), and so it is frozen below
        svc = Services.build(self.settings)
        app = create_app(self.settings, services=svc)
        # What start-up built (name and word lists, modules, the app) lives as long as the worker; left in the
        # collector's care, every full collection walks it again (~540k objects, 220 ms idle with the GIL held, so a
        # request in flight waits). Frozen, a full collection walks only what came after.
        gc.collect()
        gc.freeze()
        svc.start_background()
        self.services = svc
        return app

    def worker_exit(self, server, worker) -> None:
        """gunicorn's hook in the worker as it leaves (TERM, INT, restart): stop the jobs, then close the
        store's connections so PostgreSQL sees a clean goodbye, not a dropped socket mid-transaction."""
        svc = getattr(self, "services", None)
        if svc is None:
            return
        svc.stop()
        svc.store.close()
        log.info("learning-exporter worker stopped: background jobs ended, store closed")


def safe_url(url: str) -> str:
    """`url` without its password (in the user part or as `?password=`): start-up output ends up in
    log collectors that many people read. The redactor's own rules do it, keeping user, host and port."""
    return _URL_REDACTOR.redact(url).text


_URL_REDACTOR = Redactor({"connection_string", "password"})


def banner(settings: Settings, demo_tokens: bool = False) -> str:
    """What a person starting the service needs to see: where it listens and which store it uses.

    Configured bearer tokens are secrets of whoever configured them and are never printed; only
    tokens that `serve --demo` generated itself (`demo_tokens`) are shown, so the demo can be tried
    straight away. The store's password is masked.
    """
    scheme = "https" if settings.tls_cert else "http"
    base = f"{scheme}://{settings.host}:{settings.port}"
    lines = [
        "learning-exporter is starting",
        f"  store:    {safe_url(settings.database_url)}",
        f"  metrics:  {base}/metrics",
        f"  API:      {base}/api/v1/  (health: {base}/healthz, {base}/readyz)",
    ]
    grants = settings.token_grants()
    if not demo_tokens:
        if grants:
            lines.append(f"  tokens:   {len(grants)} configured (not shown)")
        return "\n".join(lines)
    for token, grant in grants.items():
        who = f"org={grant.org}" + (f" user={grant.user}" if grant.user else "") + f" role={grant.role}"
        lines.append(f"  token:    {token}  ({who})")
    if grants:
        first = next(iter(grants))
        lines.append(f'  try:      curl -H "Authorization: Bearer {first}" {base}/api/v1/recommendations')
    return "\n".join(lines)


def run(settings: Settings, threads: int = 8, with_demo: bool = False, demo_tokens: bool = False) -> None:
    if with_demo:
        from exporter.demo import load_demo_if_empty
        from exporter.service import Services

        svc = Services.build(settings)
        if svc.ensure_schema():
            summary = load_demo_if_empty(svc)
            if summary:
                log.info("demo data loaded: %s", json.dumps(summary))
                peak = summary["weekly_peak"]
                print(f"  demo:     {peak['org']}'s weekly peak of {peak['group']} recurs at {peak['next']};"
                      " its predictive recommendation is at /api/v1/recommendations?kind=predictive"
                      f" (org={peak['org']} tokens below)", flush=True)
        svc.store.close()
    print(banner(settings, demo_tokens=demo_tokens), flush=True)
    options = {
        "bind": f"{settings.host}:{settings.port}",
        "workers": 1,
        "worker_class": "gthread",
        "threads": threads,
        "timeout": 120,
        # An idle keep-alive connection is closed by the client or its proxy (nginx, cloud load
        # balancers: 60-75 s), never by us first: gunicorn's 2 s default raced a client's next
        # request while the worker's loop was busy, and the client saw "closed without response".
        "keepalive": 75,
        "graceful_timeout": 20,
        "control_socket_disable": True,
        "accesslog": None,
        "errorlog": "-",
    }
    if settings.tls_cert and settings.tls_key:
        options.update(certfile=str(settings.tls_cert), keyfile=str(settings.tls_key))
    _Gunicorn(settings, options).run()
