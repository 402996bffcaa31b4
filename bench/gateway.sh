#!/usr/bin/env bash
# Issue 14, "gateway": the gateway next to nginx, each proxying the same licensing endpoint
# (GET /api/licensing/public/calendar/2026), alternately, throughput and p95 with wrk.
#
# Starts its OWN licensing-service and gateway from the built jars on ports in 18000-18999
# (never the platform's 8080-8082) against its own database (BENCH_DB, default tobacco_perf),
# using the machine's issuer on :9000, Redis and S3Mock, and its own nginx (config
# bench/nginx-gateway.conf, pid and temp files under a temp folder; never the system service).
# Two scenarios: anonymous calls, and calls with a bearer token (the gateway checks the JWT,
# the backend too behind either proxy). The gateway runs as shipped: JWT checks, rate limits,
# correlation ids, sessions and CSRF on.
#
#   ./mvnw -q -B -DskipTests package -pl gateway,licensing-service -am && bench/gateway.sh
#
# Environment: DURATION (seconds per round, 10), ROUNDS (3), CONNECTIONS (32), BENCH_DB, MIGRATE (1;
# 0: the database is migrated already),
# JAVA_OPTS (the services' JVM flags, default those of scripts/up.sh), IDENTITY_ISSUER,
# BASE_PORT (18400: backend, gateway, gateway management, nginx on the next four ports).
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "$0")/lib/common.sh"
DURATION=${DURATION:-10}
ROUNDS=${ROUNDS:-3}
CONNECTIONS=${CONNECTIONS:-32}
DB=${BENCH_DB:-tobacco_perf}
BASE_PORT=${BASE_PORT:-18400}
BACKEND_PORT=$((BASE_PORT + 1)); GATEWAY_PORT=$((BASE_PORT + 2)); MANAGEMENT_PORT=$((BASE_PORT + 3))
NGINX_PORT=$((BASE_PORT + 4))
bench_jvm_flags
LICENSING_JAR=$(jar_of licensing-service)
GATEWAY_JAR=$(jar_of gateway)
ENDPOINT=/api/licensing/public/calendar/2026
ports_free "$BACKEND_PORT" "$GATEWAY_PORT" "$MANAGEMENT_PORT" "$NGINX_PORT"
need_tool wrk
need_tool nginx
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
need_issuer
bench_database "$DB"

if [[ "${MIGRATE:-1}" == 1 ]]; then
  say "Licensing schema in $DB (the jar's migrate profile)"
  migrate licensing-service
fi
say "Starting licensing-service on :$BACKEND_PORT, the gateway on :$GATEWAY_PORT, nginx on :$NGINX_PORT (${JVM[*]})"
start_java licensing LICENSING_PORT="$BACKEND_PORT" -- "${JVM[@]}" -jar "$LICENSING_JAR"
start_java gateway GATEWAY_PORT="$GATEWAY_PORT" MANAGEMENT_SERVER_PORT="$MANAGEMENT_PORT" \
  LICENSING_URI="http://127.0.0.1:$BACKEND_PORT" COMPLAINTS_URI=http://127.0.0.1:9 WEB_FRONTEND_DIR="file:$WORK/no-frontend/" \
  -- "${JVM[@]}" -jar "$GATEWAY_JAR"
mkdir -p "$WORK/static"
sed -e "s#@WORK@#$WORK#g" -e "s#@BACKEND_PORT@#$BACKEND_PORT#g" -e "s#@NGINX_PORT@#$NGINX_PORT#g" \
  bench/nginx-gateway.conf >"$WORK/nginx.conf"
"$NGINX" -p "$WORK" -c "$WORK/nginx.conf" -e "$WORK/nginx-error.log" >"$WORK/nginx.out" 2>&1 &
track $!
wait_ready "http://127.0.0.1:$BACKEND_PORT/actuator/health/readiness" licensing
wait_ready "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health/readiness" gateway
wait_ready "http://127.0.0.1:$NGINX_PORT$ENDPOINT" nginx-error

TOKEN=$(token clerk.xihu)
run() { wrk_run "$1" "$2" "$3" "$CONNECTIONS"; } # url token seconds -> "rps p50 p95 failed errors"
# what the gateway adds, checked once: the correlation id and the security headers
curl -fsS -D "$WORK/headers" -o /dev/null "http://127.0.0.1:$GATEWAY_PORT$ENDPOINT"
grep -qi '^X-Correlation-Id:' "$WORK/headers" || { echo "the gateway's answer has no correlation id" >&2; exit 1; }

say "Warming up (the JIT of both JVMs): ${DURATION} s each"
run "http://127.0.0.1:$GATEWAY_PORT$ENDPOINT" "" "$DURATION" >/dev/null
run "http://127.0.0.1:$NGINX_PORT$ENDPOINT" "" "$DURATION" >/dev/null
run "http://127.0.0.1:$GATEWAY_PORT$ENDPOINT" "$TOKEN" "$DURATION" >/dev/null

say "$ROUNDS rounds of ${DURATION} s, $CONNECTIONS connections, nginx and the gateway alternately"
printf '\n| scenario | round | nginx req/s | nginx p95 ms | gateway req/s | gateway p95 ms | gateway / nginx |\n'
printf '| --- | --- | --- | --- | --- | --- | --- |\n'
for scenario in anonymous bearer; do
  token=""; [[ $scenario == bearer ]] && token=$TOKEN
  for round in $(seq "$ROUNDS"); do
    read -r n_rps _ n_p95 n_failed n_errors < <(run "http://127.0.0.1:$NGINX_PORT$ENDPOINT" "$token" "$DURATION")
    read -r g_rps _ g_p95 g_failed g_errors < <(run "http://127.0.0.1:$GATEWAY_PORT$ENDPOINT" "$token" "$DURATION")
    [[ "$n_failed$n_errors$g_failed$g_errors" == 0000 ]] \
      || say "round $round: failed answers nginx $n_failed/$n_errors, gateway $g_failed/$g_errors"
    ratio=$(python3 -c "print(f'{$g_rps / $n_rps:.2f}')")
    printf '| %s | %s | %s | %s | %s | %s | %s× |\n' "$scenario" "$round" "$n_rps" "$n_p95" "$g_rps" "$g_p95" "$ratio"
    echo "$scenario $n_rps $g_rps" >>"$WORK/ratios"
  done
done
printf '\n| scenario | nginx req/s (sum of rounds) | gateway req/s (sum) | gateway / nginx | target |\n| --- | --- | --- | --- | --- |\n'
python3 - "$WORK/ratios" <<'PY'
import sys
sums = {}
for line in open(sys.argv[1]):
    s, n, g = line.split()
    a = sums.setdefault(s, [0.0, 0.0]); a[0] += float(n); a[1] += float(g)
for s, (n, g) in sums.items():
    r = g / n
    print(f"| {s} | {n:.0f} | {g:.0f} | {r:.2f}× | ≥ 0.8× ({'met' if r >= 0.8 else 'NOT met'}) |")
PY
printf '\nMachine: %s cores, %s MB RAM, load %s; JVM flags: %s; %s\n' "$(nproc)" "$(free -m | awk '/Mem:/ {print $2}')" \
  "$(cut -d' ' -f1-3 /proc/loadavg)" "${JVM[*]}" "$(date -u +%Y-%m-%dT%H:%MZ)"
