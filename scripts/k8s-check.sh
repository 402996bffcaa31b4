#!/usr/bin/env bash
# Checks the Kubernetes deployment in k8s/ without a cluster:
#   1. renders every overlay in k8s/overlays/ with `kubectl kustomize`;
#   2. validates every rendered object against the Kubernetes schemas (offline, strict: unknown
#      fields fail) and the operators' resources against their structural schemas;
#   3. checks the platform's rules: probes, requests and limits, non-root, read-only root
#      filesystem, no Secret with values, a NetworkPolicy for every workload, a PDB for every
#      Deployment and an HPA for every one in prod, who may talk to whom, metrics, alerts, and the
#      Keycloak realm against the local issuer's contract.
# Prints each failure and a closing line "N passed, M failed"; exits non-zero on any failure.
#
# Needs, and does not install (.ci/run does):
#   - kubectl with its built-in kustomize: Debian's kubernetes-client package (kubectl 1.20,
#     kustomize v2) or any newer kubectl; KUBECTL=/path/to/kubectl picks another one.
#   - Node.js >= 20 with npm. When k8s/node_modules is missing or older than
#     k8s/package-lock.json, this script runs `npm ci` in k8s/, which downloads the locked
#     packages (kubernetes-models, @kubernetes-models/prometheus-operator, @kubernetes/client-node,
#     yaml) from the npm registry.
set -euo pipefail

K8S_DIR="$(cd "$(dirname "$0")/../k8s" && pwd)"
KUBECTL="${KUBECTL:-kubectl}"
cd "$K8S_DIR"

for tool in "$KUBECTL" node npm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "k8s-check: $tool not found (kubectl: apt-get install kubernetes-client; node and npm: apt-get install nodejs npm)" >&2
    exit 2
  fi
done
echo "k8s-check: $("$KUBECTL" version --client 2>/dev/null | head -n 1), node $(node --version)"

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "k8s-check: npm ci in k8s/"
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
fi

render_dir="$(mktemp -d)"
trap 'rm -rf "$render_dir"' EXIT
render_failed=0
for overlay in overlays/*/; do
  name="$(basename "$overlay")"
  [ -f "$overlay/kustomization.yaml" ] || continue
  if "$KUBECTL" kustomize "$overlay" >"$render_dir/$name.yaml" 2>"$render_dir/$name.err"; then
    echo "k8s-check: rendered overlays/$name: $(grep -c '^kind:' "$render_dir/$name.yaml") objects"
    # newer kustomize warns about the v2-era fields kept for kubectl 1.20: not a problem
    grep -v "^# Warning: '[A-Za-z0-9]*' is deprecated" "$render_dir/$name.err" >&2 || true
  else
    echo "k8s-check: kubectl kustomize overlays/$name failed:" >&2
    cat "$render_dir/$name.err" >&2
    rm -f "$render_dir/$name.yaml"
    render_failed=1
  fi
done

test_status=0
K8S_RENDER_DIR="$render_dir" KUBECTL="$KUBECTL" \
  node --test --test-reporter=./test/summary-reporter.mjs test/ || test_status=$?

if [ "$render_failed" -ne 0 ] || [ "$test_status" -ne 0 ]; then
  exit 1
fi
