#!/usr/bin/env bash
# Tests of web-frontend/: install (only when node_modules is absent), build (API types
# generated from openapi/, vue-tsc, vite), Vitest, and — only when the platform answers on
# the gateway — the Playwright journeys in Debian's Chromium. Exits non-zero on any failure.
#   GATEWAY_URL   the running platform (default http://localhost:8080)
#   CHROMIUM_PATH the browser for the journeys (default /usr/bin/chromium)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
GATEWAY_URL="${GATEWAY_URL:-http://localhost:8080}"
export GATEWAY_URL

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf '\033[31mERROR: %s\033[0m\n' "$*" >&2; exit 1; }

command -v npm >/dev/null || die "Node.js 20.19+ with npm is needed (apt-get install -y nodejs npm)"
cd "$ROOT/web-frontend"

if [[ ! -d node_modules ]]; then
  say "Installing the web frontend's dependencies (npm ci)"
  # npm 11 with this machine's npmrc (omit-lockfile-registry-resolved) refuses `npm ci` over
  # rollup's optional per-platform packages; `npm install` honours the same lockfile.
  npm ci --no-audit --no-fund || npm install --no-audit --no-fund
fi

say "Building the web frontend (generate API types, vue-tsc, vite build)"
npm run build

say "Unit and component tests (Vitest)"
npm test

# any HTTP answer means the gateway is up (/api/me answers 401; actuator is not on this port)
if curl -sS -m 5 -o /dev/null "$GATEWAY_URL/api/me" 2>/dev/null; then
  chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
  [[ -x "$chromium" ]] || die "the journeys need Chromium at $chromium (apt-get install -y chromium)"
  say "Browser journeys against $GATEWAY_URL (screenshots in web-frontend/test-results/)"
  npm run e2e
else
  say "Skipping the browser journeys: nothing answers on $GATEWAY_URL (start it with scripts/up.sh)"
fi
