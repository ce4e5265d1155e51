#!/bin/sh
# Installs Debian's Prometheus and Alertmanager (promtool, amtool) where they are missing, so the
# rule tests and the end-to-end test run against the real binaries. Idempotent: a machine that
# already has them is left alone, and no package index is fetched.
set -eu

missing=""
command -v promtool >/dev/null 2>&1 || missing="$missing prometheus"
command -v prometheus >/dev/null 2>&1 || case "$missing" in *prometheus*) ;; *) missing="$missing prometheus" ;; esac
if ! command -v prometheus-alertmanager >/dev/null 2>&1 || ! command -v amtool >/dev/null 2>&1; then
    missing="$missing prometheus-alertmanager"
fi

if [ -z "$missing" ]; then
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo -n"
    else
        echo "install-prometheus: need root to install:$missing" >&2
        exit 1
    fi
else
    SUDO=""
fi

export DEBIAN_FRONTEND=noninteractive
# Only refresh the index when apt does not know the packages yet (a fresh container has none).
for pkg in $missing; do
    if ! apt-cache show "$pkg" >/dev/null 2>&1; then
        $SUDO apt-get update -qq
        break
    fi
done
# --no-install-recommends: the packages' recommends pull node-exporter and friends we do not run.
# The packages' services must not start inside containers or CI; policy-rc.d keeps them down.
if [ ! -e /usr/sbin/policy-rc.d ] && [ -z "$SUDO" ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
command -v promtool >/dev/null && command -v prometheus-alertmanager >/dev/null && command -v amtool >/dev/null
echo "install-prometheus: installed$missing"
