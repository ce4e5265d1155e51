"""The chart's Celery workers: a worker Deployment on PostgreSQL with the broker URL from a Secret,
the same settings as the API, and refused where it cannot work."""

from __future__ import annotations

import subprocess

import kubernetes_validate

from tests.test_helm_chart import CHART, K8S_VERSION, by_kind, helm, render  # noqa: F401 - helm is a fixture

WORKERS = [
    "--set", "worker.enabled=true", "--set", "worker.replicas=3",
    "--set", "secret.databaseUrl=postgresql://exporter:pw@pg.obs:5432/learning",
    "--set", "secret.celeryBrokerUrl=redis://:pw@redis.obs:6379/0",
]  # fmt: skip


def test_workers_run_the_worker_command_with_the_apis_settings_and_the_broker_from_the_secret(helm):  # noqa: F811
    docs = render(helm, *WORKERS)
    deployments = {d["metadata"]["name"]: d for d in by_kind(docs, "Deployment")}
    api, worker = deployments["rel-learning-exporter"], deployments["rel-learning-exporter-worker"]
    container = worker["spec"]["template"]["spec"]["containers"][0]
    assert container["args"] == ["worker", "--concurrency", "1"]
    assert worker["spec"]["replicas"] == 3
    assert container["env"] == api["spec"]["template"]["spec"]["containers"][0]["env"]
    broker = next(e for e in container["env"] if e["name"] == "LEARNING_EXPORTER_CELERY_BROKER_URL")
    assert broker["valueFrom"]["secretKeyRef"]["key"] == "celery-broker-url"
    [secret] = by_kind(docs, "Secret")
    assert secret["stringData"]["celery-broker-url"] == "redis://:pw@redis.obs:6379/0"
    assert "redis://" not in str(worker), "the broker URL (and its password) only in the Secret"
    # Neither the API's Service nor its Deployment may select a worker pod.
    [service] = by_kind(docs, "Service")
    labels = worker["spec"]["template"]["metadata"]["labels"]
    for selector in (service["spec"]["selector"], api["spec"]["selector"]["matchLabels"]):
        assert not all(labels.get(k) == v for k, v in selector.items()), selector
    for doc in docs:
        if not doc["apiVersion"].startswith("monitoring.coreos.com/"):
            kubernetes_validate.validate(doc, K8S_VERSION, strict=True)


def test_workers_without_a_broker_or_on_sqlite_are_refused(helm):  # noqa: F811
    on_sqlite = subprocess.run(
        [helm, "template", "rel", str(CHART), "--set", "worker.enabled=true",
         "--set", "secret.celeryBrokerUrl=redis://redis:6379/0"], capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert on_sqlite.returncode != 0 and "PostgreSQL" in on_sqlite.stderr
    no_broker = subprocess.run(
        [helm, "template", "rel", str(CHART), "--set", "worker.enabled=true",
         "--set", "secret.databaseUrl=postgresql://pg/learning"], capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert no_broker.returncode != 0 and "broker" in no_broker.stderr
    typo = subprocess.run(
        [helm, "template", "rel", str(CHART), "--set", "secret.celeryBrokerUrl=http://redis:6379"],
        capture_output=True, text=True, timeout=60,
    )
    assert typo.returncode != 0 and "celeryBrokerUrl" in typo.stderr
