#!/usr/bin/env bash
# Runs every test of the platform:
#   1. builds everything and starts the real OIDC issuer (the integration tests sign in there);
#   2. unit tests (*Tests) and integration tests (*IntegrationTests) of every module against the
#      real PostgreSQL (database tobacco_test), Redis and S3 server;
#   3. checks that each Dockerfile's layered layout starts (no container engine needed), then
#      starts the whole platform and runs the end-to-end tests through the gateway;
#   4. the web frontend's tests and browser journeys, and the Kubernetes manifest checks.
source "$(dirname "$0")/lib.sh"

started=false
cleanup() { $started && "$ROOT/scripts/down.sh" --apps-only >/dev/null 2>&1 || true; }
trap cleanup EXIT

ensure_infrastructure

say "Linting the OpenAPI contracts (Redocly)"
(cd "$ROOT/openapi" && { [[ -d node_modules ]] || npm install --no-audit --no-fund >/dev/null; } && npm run -s lint)
# Fresh databases every run: a schema left by earlier work must not decide the outcome.
test_db=${TEST_DATABASE:-tobacco_test}
e2e_db=${E2E_DATABASE:-tobacco_e2e}
recreate_database "$test_db"
recreate_database "$e2e_db"
point_tests_at "$test_db"

say "Building"
"$ROOT/mvnw" -q -B -DskipTests install
started=true
"$ROOT/scripts/up.sh" --no-build --only identity --database "$e2e_db"

say "Unit and integration tests"
"$ROOT/mvnw" -B verify

say "Container images: the Dockerfiles' layer layout starts (migrate profile; gateway readiness)"
"$ROOT/scripts/image-check.sh"

say "Starting the platform for the end-to-end tests"
"$ROOT/scripts/up.sh" --no-build --database "$e2e_db"
"$ROOT/mvnw" -B -pl gateway -Pend-to-end verify

say "The README walkthrough (curl through the gateway)"
"$ROOT/scripts/walkthrough.sh" >"$LOGS/walkthrough.log" || { cat "$LOGS/walkthrough.log"; die "walkthrough failed"; }
grep -q 'byte-identical' "$LOGS/walkthrough.log" || die "walkthrough: the download did not match"

if [[ -f "$ROOT/scripts/frontend-test.sh" ]]; then
  say "Web frontend"
  "$ROOT/scripts/frontend-test.sh"
fi

if [[ -f "$ROOT/scripts/k8s-check.sh" ]]; then
  say "Kubernetes manifests"
  "$ROOT/scripts/k8s-check.sh"
fi

say "All tests passed"
