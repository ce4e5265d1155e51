#!/bin/sh
# `make stack`: the exporter with demo data, a Prometheus evaluating alerts/ and an Alertmanager
# with the example routing, all on 127.0.0.1, for people to look at. Ctrl-C stops all three.
#   exporter      http://127.0.0.1:9464/metrics
#   Prometheus    http://127.0.0.1:9090/alerts
#   Alertmanager  http://127.0.0.1:9093
# Notices are shown in Alertmanager's UI; its webhooks point at the example hosts and just fail.
set -eu
cd "$(dirname "$0")/.."
./scripts/install-prometheus.sh
dir=var/stack
mkdir -p "$dir"
sed -E 's/^(\s+for:) .*/\1 1m/' alerts/learning-exporter.rules.yml > "$dir/rules.yml"
sed -E 's/group_wait: .*/group_wait: 10s/' alerts/alertmanager.example.yml > "$dir/alertmanager.yml"
cat > "$dir/prometheus.yml" <<CONF
global:
  scrape_interval: 15s
  evaluation_interval: 15s
rule_files: [rules.yml]
alerting:
  alertmanagers:
    - static_configs: [{targets: ["127.0.0.1:9093"]}]
scrape_configs:
  - job_name: learning-exporter
    static_configs: [{targets: ["127.0.0.1:9464"]}]
CONF

pids=""
cleanup() { [ -n "$pids" ] && kill $pids 2>/dev/null; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

.venv/bin/learning-exporter serve --demo &
pids="$pids $!"
prometheus-alertmanager --config.file="$dir/alertmanager.yml" --storage.path="$dir/am-data" \
    --web.listen-address=127.0.0.1:9093 --cluster.listen-address= >"$dir/alertmanager.log" 2>&1 &
pids="$pids $!"
prometheus --config.file="$dir/prometheus.yml" --storage.tsdb.path="$dir/prom-data" \
    --web.listen-address=127.0.0.1:9090 >"$dir/prometheus.log" 2>&1 &
pids="$pids $!"
echo "Prometheus http://127.0.0.1:9090/alerts  Alertmanager http://127.0.0.1:9093  (logs in $dir/)"
wait
