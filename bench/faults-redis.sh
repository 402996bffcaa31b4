#!/usr/bin/env bash
# Issue 12 point 2, measured: what losing Redis costs at the gateway.
#
# Starts its OWN redis-server on a spare port (never the machine's 6379), a stub backend and
# the built gateway jar pointed at both, then times public calls (no session: what bearer-token
# and anonymous calls go through) and rate-limited public POSTs
#   1. with Redis up (baseline),
#   2. with Redis stopped (connection refused),
#   3. with Redis hanging (SIGSTOP: accepts nothing, answers nothing),
#   4. with Redis back,
# and checks a request with a session cookie gets the 503 "sign-in unavailable" answer while
# Redis is away. Fails if a median grows by more than BUDGET_MS (100) over the baseline.
#
#   ./mvnw -pl gateway -am -DskipTests package && bench/faults-redis.sh
#
# Environment: N (requests per phase, 40), BUDGET_MS (100), GATEWAY_JAR.
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "$0")/lib/common.sh"
N=${N:-40}
BUDGET_MS=${BUDGET_MS:-100}
JAR=${GATEWAY_JAR:-$(jar_of gateway)}
REDIS_PORT=$(spare_port); BACKEND_PORT=$(spare_port); GATEWAY_PORT=$(spare_port)

redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize no \
  > "$WORK/redis.log" 2>&1 &
REDIS_PID=$!; track "$REDIS_PID"

cat > "$WORK/backend.py" <<'PY'
import http.server, sys
class H(http.server.BaseHTTPRequestHandler):
    def answer(self):
        n = int(self.headers.get('Content-Length') or 0)
        if n: self.rfile.read(n)
        body = b'{}'
        self.send_response(200); self.send_header('Content-Type', 'application/json')
        self.send_header('Content-Length', str(len(body))); self.end_headers(); self.wfile.write(body)
    do_GET = do_POST = answer
    def log_message(self, *a): pass
http.server.ThreadingHTTPServer(('127.0.0.1', int(sys.argv[1])), H).serve_forever()
PY
python3 "$WORK/backend.py" "$BACKEND_PORT" & track $!

SERVER_PORT=$GATEWAY_PORT REDIS_PORT=$REDIS_PORT LICENSING_URI=http://127.0.0.1:$BACKEND_PORT \
  COMPLAINTS_URI=http://127.0.0.1:$BACKEND_PORT PUBLIC_RATE_LIMIT_PER_SECOND=1000 PUBLIC_RATE_LIMIT_BURST=1000 \
  java -Xmx256m -jar "$JAR" > "$WORK/gateway.log" 2>&1 &
track $!
G=http://127.0.0.1:$GATEWAY_PORT
wait_ready "$G/actuator/health" gateway 120

# median in ms of N requests
median() {
  local method=$1 path=$2
  for _ in $(seq 1 "$N"); do
    if [ "$method" = POST ]; then
      curl -s -o /dev/null -w '%{time_total}\n' -X POST -H 'Content-Type: application/json' -d '{}' "$G$path"
    else
      curl -s -o /dev/null -w '%{time_total}\n' "$G$path"
    fi
  done | sort -n | awk '{a[NR]=$1} END {printf "%d", a[int((NR+1)/2)]*1000}'
}
session_status() { curl -s -o /dev/null -w '%{http_code}' -b 'SESSION=00000000-0000-0000-0000-000000000000' "$G/api/licensing/applications"; }

failed=0
phase() {
  local name=$1
  local get post
  median GET /api/licensing/public/verify/ZJ1 > /dev/null   # warm-up
  get=$(median GET /api/licensing/public/verify/ZJ1)
  post=$(median POST /api/complaints/public/reports)
  printf '%-16s public GET median %4d ms   rate-limited POST median %4d ms   with session cookie: %s\n' \
    "$name" "$get" "$post" "$(session_status)"
  eval "${2}_get=$get ${2}_post=$post"
}
check() {
  local name=$1 base=$2 value=$3
  if [ $((value - base)) -gt "$BUDGET_MS" ]; then echo "FAIL: $name adds $((value - base)) ms (budget $BUDGET_MS)"; failed=1; fi
}

phase "Redis up" up
redis-cli -p "$REDIS_PORT" shutdown nosave > /dev/null 2>&1 || true
sleep 1
phase "Redis stopped" down
[ "$(session_status)" = 503 ] || { echo "FAIL: a session request is not 503 while Redis is stopped"; failed=1; }
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize no >> "$WORK/redis.log" 2>&1 &
REDIS_PID=$!; track "$REDIS_PID"
sleep 2
kill -STOP "$REDIS_PID"
phase "Redis hanging" hang
kill -CONT "$REDIS_PID"
sleep 2
phase "Redis back" back

check "Redis stopped, public GET" "$up_get" "$down_get"
check "Redis stopped, rate-limited POST" "$up_post" "$down_post"
check "Redis hanging, public GET" "$up_get" "$hang_get"
check "Redis hanging, rate-limited POST" "$up_post" "$hang_post"
echo "fail-open counter: $(curl -s "$G/actuator/prometheus" | grep '^gateway_rate_limit_fail_open_total' | tr '\n' ' ')"
grep -c 'Rate limiting fails open' "$WORK/gateway.log" | sed 's/^/fail-open log lines: /'
[ "$failed" = 0 ] && echo "OK: losing Redis adds at most $BUDGET_MS ms to the medians" || exit 1
