"""The long-lived parts of one running exporter, built once from `Settings` and shared by requests."""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from exporter import metrics
from exporter.cases.matching import IndexCache
from exporter.config import Settings, TokenGrant
from exporter.ingest.writer import insert_queries
from exporter.learning.grafana import AnnotationSender
from exporter.privacy.gate import gate
from exporter.privacy.redaction import Redactor
from exporter.querymem.memory import QueryMemory
from exporter.querymem.policy import MemoryPolicy
from exporter.store import Store, migrate, open_store
from exporter.store.base import Conn, statement_budget
from exporter.store.migrate import applied_version
from exporter.tiers.hot import HotStore, open_hot
from exporter.tiers.retention import SizeProducer

if TYPE_CHECKING:
    from celery import Celery

log = logging.getLogger(__name__)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass
class Services:
    settings: Settings
    store: Store
    redactor: Redactor
    tokens: dict[str, TokenGrant]  # by sha256 of the token: the raw tokens are not kept in memory maps
    hot: HotStore  # the hot tier: Redis when configured, else the store's `hot_entries`
    snapshot: metrics.SnapshotCollector = field(default_factory=metrics.SnapshotCollector)
    migrated: bool = False
    # Hooks that capabilities add: recording a query summary, and background jobs to start.
    query_recorder: Callable[[Conn, list[dict]], list[int]] = insert_queries
    background_starters: list[Callable[[Services], object]] = field(default_factory=list)
    after_demo_load: list[Callable[[Services, object], object]] = field(default_factory=list)
    # Stages of the learning pass, run in order by exporter.jobs: (name, fn(svc, now) -> summary).
    learning_stages: list[tuple[str, Callable[[Services, float], object]]] = field(default_factory=list)
    # Called with (org, user) once delete-my-data finished: in-memory indexes drop what they held of the person.
    after_forget: list[Callable[[str, str], object]] = field(default_factory=list)
    # What the domains keep in memory, owned here so no module holds process-wide state:
    query_memory: QueryMemory = field(init=False)  # built in build(); its index is a cache of the store
    case_indexes: IndexCache = field(default_factory=IndexCache)  # per org, rebuilt when its version moves
    org_redactors: dict[str, tuple[float, Redactor]] = field(default_factory=dict)  # by settings version
    retention_sizes: SizeProducer = field(default_factory=SizeProducer)  # measured by the retention run
    usage_last_pass: float | None = None  # the time the latest usage pass ran for (the demo runs in the past)
    annotation_sender: AnnotationSender | None = None  # started with the background jobs when Grafana is set
    _celery: Celery | None = None  # the scheduler's sender, built by celery_app() on the first distributed pass
    _celery_lock: threading.Lock = field(default_factory=threading.Lock)
    _stop: threading.Event = field(default_factory=threading.Event)
    _started: list[object] = field(default_factory=list)  # what start_background() started, stopped by stop()
    _probe: threading.Thread | None = None
    _probe_ok: bool = False
    _probe_lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def build(cls, settings: Settings, store: Store | None = None, hot: HotStore | None = None) -> Services:
        from exporter import capabilities

        grants = settings.token_grants()
        store = store or open_store(settings.database_url, settings.database_statement_timeout_seconds)
        svc = cls(
            settings=settings,
            store=store,
            redactor=Redactor(settings.redaction_class_set()),
            tokens={token_digest(t): g for t, g in grants.items()},
            hot=hot or open_hot(settings, store),
        )
        svc.query_memory = QueryMemory(store, lambda org: gate(svc, org), MemoryPolicy.from_settings(settings), svc.hot)
        capabilities.install_all(svc)
        return svc

    def grant_for(self, token: str) -> TokenGrant | None:
        return self.tokens.get(token_digest(token))

    def ensure_schema(self) -> bool:
        """Apply migrations once the store is reachable; False (not raised) while it is not."""
        if self.migrated:
            return True
        try:
            migrate(self.store.url)
            self.migrated = True
            metrics.SCHEMA_VERSION.set(applied_version(self.store))
        except Exception as exc:  # the store may come up later; the monitor retries
            log.warning("store not ready for migrations: %s", exc)
        return self.migrated

    def check_health(self) -> bool:
        ok = self.ensure_schema()
        if ok:
            try:
                self.store.ping()
            except Exception as exc:
                log.warning("store health check failed: %s", exc)
                ok = False
        metrics.STORE_UP.set(1 if ok else 0)
        return ok

    def _bounded_check(self) -> bool:
        """check_health with each statement bounded as a request's is: a probe never hangs on a partition."""
        token = statement_budget.set(self.settings.database_request_timeout_seconds)
        try:
            return self.check_health()
        finally:
            statement_budget.reset(token)

    def ready(self, wait: float = 0.8) -> bool:
        """The readiness answer within `wait` seconds whatever the store does.

        One probe runs at a time in its own thread; a probe still running after `wait` (a store
        that accepts connections but answers nothing) means not ready, and the next call waits on
        the same probe instead of piling up another.
        """
        with self._probe_lock:
            probe = self._probe
            if probe is None or not probe.is_alive():
                def run() -> None:
                    self._probe_ok = self._bounded_check()

                probe = self._probe = threading.Thread(target=run, name="store-readiness", daemon=True)
                probe.start()
        probe.join(wait)
        if probe.is_alive():
            metrics.STORE_UP.set(0)
            return False
        return self._probe_ok

    def start_monitor(self, interval: float = 5.0) -> threading.Thread:
        def loop() -> None:
            while not self._stop.wait(interval):
                self._bounded_check()

        thread = threading.Thread(target=loop, name="store-health", daemon=True)
        thread.start()
        return thread

    def celery_app(self) -> Celery:
        """The Celery app this replica enqueues learning passes with, built on first use and kept.

        Why kept: building one per pass set up (and tore down) the broker connection pool every
        scheduler tick. Why lazy: an exporter that learns in process never imports Celery.
        """
        with self._celery_lock:
            if self._celery is None:
                from exporter.scaleout.tasks import make_app

                self._celery = make_app(self.settings)
            return self._celery

    def start_background(self) -> None:
        """The health probe and every capability's background job, kept so `stop()` can end them."""
        self.start_monitor()
        for start in self.background_starters:
            started = start(self)
            if started is not None:
                self._started.append(started)

    def stop(self) -> None:
        """End the background jobs before the process goes: a scheduler left running would start a
        pass on a store that is being closed, and the annotation sender would lose its wake-up."""
        self._stop.set()
        while self._started:
            job = self._started.pop()
            if hasattr(job, "shutdown"):  # APScheduler: do not wait for a running pass, it is transactional
                job.shutdown(wait=False)
            else:
                job.stop()
        with self._celery_lock:
            if self._celery is not None:
                self._celery.close()
                self._celery = None
