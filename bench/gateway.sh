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
# correlation ids, sessions and CSRF on. Its shared cache of anonymous public reads is off
# (GATEWAY_PUBLIC_CACHE_ENABLED=false): this bench measures proxying, as nginx does it;
# bench/public-reads.sh measures the reads with the cache as shipped.
#
#   ./mvnw -q -B -DskipTests package -pl gateway,licensing-service -am && bench/gateway.sh
#
# Environment: DURATION (seconds per round, 10), WARMUP (seconds of each warm-up run, DURATION; a JVM
# with C2 needs a minute or more on a busy machine before its code is compiled), ROUNDS (3), CONNECTIONS (32), BENCH_DB, MIGRATE (1;
# 0: the database is migrated already),
# JAVA_OPTS (the services' JVM flags, default those of scripts/up.sh), GATEWAY_JAVA_OPTS (the gateway's: up.sh's GATEWAY_JAVA_FLAGS unless JAVA_OPTS is set), IDENTITY_ISSUER,
# GATEWAY_EXTRA_OPTS (more JVM flags for the gateway only, e.g. a JFR recording),
# PIN (0; 1: the backend on CPU 1, the proxy under test and wrk on CPU 0, as when the gateway and
# the services run in pods of their own: the proxy's cost then shows as its own core's limit
# instead of CPU taken from the backend; nginx and the gateway are pinned the same way),
# BASE_PORT (18400: backend, gateway, gateway management, nginx on the next four ports).
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "$0")/lib/common.sh"
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-$DURATION}
ROUNDS=${ROUNDS:-3}
CONNECTIONS=${CONNECTIONS:-32}
DB=${BENCH_DB:-tobacco_perf}
BASE_PORT=${BASE_PORT:-18400}
PIN=${PIN:-0}
BACKEND_CPU=(); PROXY_CPU=()
if [[ $PIN == 1 ]]; then BACKEND_CPU=(taskset -c 1); PROXY_CPU=(taskset -c 0); fi
BACKEND_PORT=$((BASE_PORT + 1)); GATEWAY_PORT=$((BASE_PORT + 2)); MANAGEMENT_PORT=$((BASE_PORT + 3))
NGINX_PORT=$((BASE_PORT + 4))
bench_jvm_flags
LICENSING_JAR=$(jar_of licensing-service)
GATEWAY_JAR=$(jar_of gateway)
ENDPOINT=/api/licensing/public/calendar/2026
ports_free "$BACKEND_PORT" "$GATEWAY_PORT" "$MANAGEMENT_PORT" "$NGINX_PORT"
need_tool wrk
need_tool nginx
NGINX=$(nginx_bin)
need_issuer
bench_database "$DB"

if [[ "${MIGRATE:-1}" == 1 ]]; then
  say "Licensing schema in $DB (the jar's migrate profile)"
  migrate licensing-service
fi
say "Starting licensing-service on :$BACKEND_PORT, the gateway on :$GATEWAY_PORT, nginx on :$NGINX_PORT (services: ${JVM[*]}; gateway: ${GATEWAY_JVM[*]})"
# not start_java: the processes may run under taskset (PIN=1)
LICENSING_PORT=$BACKEND_PORT "${BACKEND_CPU[@]}" java "${JVM[@]}" -jar "$LICENSING_JAR" >"$WORK/licensing.log" 2>&1 &
BACKEND_PID=$!; track $!
GATEWAY_PORT=$GATEWAY_PORT MANAGEMENT_SERVER_PORT=$MANAGEMENT_PORT LICENSING_URI=http://127.0.0.1:$BACKEND_PORT \
  COMPLAINTS_URI=http://127.0.0.1:9 WEB_FRONTEND_DIR=file:"$WORK"/no-frontend/ GATEWAY_PUBLIC_CACHE_ENABLED=false \
  "${PROXY_CPU[@]}" java "${GATEWAY_JVM[@]}" ${GATEWAY_EXTRA_OPTS:-} -jar "$GATEWAY_JAR" >"$WORK/gateway.log" 2>&1 &
GATEWAY_PID=$!; track $!
mkdir -p "$WORK/static"
sed -e "s#@WORK@#$WORK#g" -e "s#@BACKEND_PORT@#$BACKEND_PORT#g" -e "s#@NGINX_PORT@#$NGINX_PORT#g" \
  bench/nginx-gateway.conf >"$WORK/nginx.conf"
"${PROXY_CPU[@]}" "$NGINX" -p "$WORK" -c "$WORK/nginx.conf" -e "$WORK/nginx-error.log" >"$WORK/nginx.out" 2>&1 &
NGINX_PID=$!; track $!
wait_ready "http://127.0.0.1:$BACKEND_PORT/actuator/health/readiness" licensing
wait_ready "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health/readiness" gateway
wait_ready "http://127.0.0.1:$NGINX_PORT$ENDPOINT" nginx-error

TOKEN=$(token clerk.xihu)
run() { # url token seconds -> "rps p50 p95 failed errors n"
  WRK_AUTH=$2 "${PROXY_CPU[@]}" wrk -t1 -c"$CONNECTIONS" -d"$3s" -s bench/lib/latency.lua "$1" | grep '^RESULT' \
    | sed 's/.*rps=\([^ ]*\) p50=\([^ ]*\) p95=\([^ ]*\) n=\([^ ]*\) failed=\([^ ]*\) errors=\([^ ]*\).*/\1 \2 \3 \5 \6 \4/'
}
# CPU time (utime + stime, all threads) of processes, in clock ticks: what a request costs each
# tier, which a noisy machine changes far less than it changes the throughput.
TICK_US=$((1000000 / $(getconf CLK_TCK)))
measure() { # url token seconds proxy-pids... -> "rps p50 p95 failed errors proxy-us/req backend-us/req"
  local url=$1 token=$2 seconds=$3; shift 3
  local p0 b0 p1 b1 rps p50 p95 failed errors n
  p0=$(cpu_ticks "$@"); b0=$(cpu_ticks "$BACKEND_PID")
  read -r rps p50 p95 failed errors n < <(run "$url" "$token" "$seconds")
  p1=$(cpu_ticks "$@"); b1=$(cpu_ticks "$BACKEND_PID")
  echo "$rps $p50 $p95 $failed $errors $(( (p1 - p0) * TICK_US / (n > 0 ? n : 1) )) $(( (b1 - b0) * TICK_US / (n > 0 ? n : 1) ))"
}
# what the gateway adds, checked once: the correlation id and the security headers
curl -fsS -D "$WORK/headers" -o /dev/null "http://127.0.0.1:$GATEWAY_PORT$ENDPOINT"
grep -qi '^X-Correlation-Id:' "$WORK/headers" || { echo "the gateway's answer has no correlation id" >&2; exit 1; }

say "Warming up (the JIT of both JVMs): ${WARMUP} s each"
run "http://127.0.0.1:$GATEWAY_PORT$ENDPOINT" "" "$WARMUP" >/dev/null
run "http://127.0.0.1:$NGINX_PORT$ENDPOINT" "" "$WARMUP" >/dev/null
run "http://127.0.0.1:$GATEWAY_PORT$ENDPOINT" "$TOKEN" "$WARMUP" >/dev/null

NGINX_PIDS=("$NGINX_PID" $(pgrep -P "$NGINX_PID" || true))
say "$ROUNDS rounds of ${DURATION} s, $CONNECTIONS connections, nginx and the gateway alternately"
printf '\n| scenario | round | nginx req/s | nginx p95 ms | gateway req/s | gateway p95 ms | gateway / nginx | CPU µs/request: nginx · gateway | backend CPU µs/request behind nginx · gateway |\n'
printf '| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n'
for scenario in anonymous bearer; do
  token=""; [[ $scenario == bearer ]] && token=$TOKEN
  for round in $(seq "$ROUNDS"); do
    read -r n_rps _ n_p95 n_failed n_errors n_cpu nb_cpu < <(measure "http://127.0.0.1:$NGINX_PORT$ENDPOINT" "$token" "$DURATION" "${NGINX_PIDS[@]}")
    read -r g_rps _ g_p95 g_failed g_errors g_cpu gb_cpu < <(measure "http://127.0.0.1:$GATEWAY_PORT$ENDPOINT" "$token" "$DURATION" "$GATEWAY_PID")
    [[ "$n_failed$n_errors$g_failed$g_errors" == 0000 ]] \
      || say "round $round: failed answers nginx $n_failed/$n_errors, gateway $g_failed/$g_errors"
    ratio=$(python3 -c "print(f'{$g_rps / $n_rps:.2f}')")
    printf '| %s | %s | %s | %s | %s | %s | %s× | %s · %s | %s · %s |\n' "$scenario" "$round" "$n_rps" "$n_p95" "$g_rps" "$g_p95" "$ratio" \
      "$n_cpu" "$g_cpu" "$nb_cpu" "$gb_cpu"
    echo "$scenario $n_rps $g_rps $n_cpu $g_cpu $nb_cpu $gb_cpu" >>"$WORK/ratios"
  done
done
printf '\n| scenario | nginx req/s (sum of rounds) | gateway req/s (sum) | gateway / nginx | target | CPU µs/request nginx · gateway (median) | backend CPU µs/request behind nginx · gateway |\n| --- | --- | --- | --- | --- | --- | --- |\n'
python3 - "$WORK/ratios" <<'PY'
import sys
sums = {}
for line in open(sys.argv[1]):
    s, n, g, nc, gc, nbc, gbc = line.split()
    a = sums.setdefault(s, [0.0, 0.0, [], [], [], []])
    a[0] += float(n); a[1] += float(g)
    for i, v in enumerate((nc, gc, nbc, gbc)): a[2 + i].append(int(v))
med = lambda xs: sorted(xs)[len(xs) // 2]
for s, (n, g, nc, gc, nbc, gbc) in sums.items():
    r = g / n
    print(f"| {s} | {n:.0f} | {g:.0f} | {r:.2f}× | ≥ 0.8× ({'met' if r >= 0.8 else 'NOT met'}) "
          f"| {med(nc)} · {med(gc)} | {med(nbc)} · {med(gbc)} |")
PY
printf '\nMachine: %s cores, %s MB RAM, load %s; JVM flags: %s; the gateway'"'"'s: %s%s; %s\n' "$(nproc)" "$(free -m | awk '/Mem:/ {print $2}')" \
  "$(cut -d' ' -f1-3 /proc/loadavg)" "${JVM[*]}" "${GATEWAY_JVM[*]}" "$([[ $PIN == 1 ]] && echo '; pinned: backend CPU 1, proxy and wrk CPU 0')" \
  "$(date -u +%Y-%m-%dT%H:%MZ)"
