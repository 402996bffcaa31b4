#!/usr/bin/env bash
# Issue 14, "footprint": for each service (identity, licensing, complaints, gateway) the time from
# `java` to readiness, the RSS once ready and the RSS after 1,000 requests, started the way
# scripts/up.sh started it before (`-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar`)
# and the way it starts it now (OLD_FLAGS / NEW_FLAGS), alternately, in the same run; plus the
# RSS of a JVM that runs nothing (the floor of any Java service with the same flags).
#
# "now": scripts/up.sh's JAVA_FLAGS (right-sized heap, metaspace, code cache, thread stacks).
# CDS=1 adds Spring Boot's class data sharing: the jar extracted (`java -Djarmode=tools -jar X.jar
# extract`), an archive made by one training run (`-XX:ArchiveClassesAtExit` with
# `-Dspring.context.exit=onRefresh`: the context is built, nothing is served), then started with
# `-XX:SharedArchiveFile` (a training run takes as long as a start or longer: minutes on a
# loaded machine).
#
# Every service runs on its own port in 18000-18999 against its own database (BENCH_DB, default
# tobacco_perf), with the machine's Redis, S3Mock and issuer (the identity under test issues
# for its own port); the gateway proxies a stub backend.
#
#   ./mvnw -q -B -DskipTests package && bench/footprint.sh
#
# Environment: ROUNDS (2), REQUESTS (1000), CDS (0), MIGRATE (1; 0: the database is migrated), BENCH_DB, OLD_FLAGS, NEW_FLAGS,
# NEW_GATEWAY_FLAGS (the gateway's "now": up.sh's GATEWAY_JAVA_FLAGS unless NEW_FLAGS is given), BASE_PORT (18440),
# SERVICES ("identity licensing-service complaints-hotline gateway").
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "$0")/lib/common.sh"
ROUNDS=${ROUNDS:-2}
REQUESTS=${REQUESTS:-1000}
DB=${BENCH_DB:-tobacco_perf}
BASE_PORT=${BASE_PORT:-18440}
SERVICES=${SERVICES:-identity licensing-service complaints-hotline gateway}
CDS=${CDS:-0}
read -r -a OLD <<<"${OLD_FLAGS:--Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
read -r -a NEW <<<"${NEW_FLAGS:-$(sed -n 's/^JAVA_FLAGS=(\(.*\))$/\1/p' scripts/up.sh)}"
[[ ${#NEW[@]} -gt 0 ]] || { echo "no NEW_FLAGS and no JAVA_FLAGS=(...) line in scripts/up.sh" >&2; exit 1; }
# the gateway's "now": NEW_GATEWAY_FLAGS, else NEW_FLAGS if given, else up.sh's GATEWAY_JAVA_FLAGS
read -r -a NEW_GATEWAY <<<"${NEW_GATEWAY_FLAGS:-${NEW_FLAGS:-$(sed -n 's/^GATEWAY_JAVA_FLAGS=(\(.*\))$/\1/p' scripts/up.sh)}}"
[[ ${#NEW_GATEWAY[@]} -gt 0 ]] || NEW_GATEWAY=("${NEW[@]}")
new_flags() { if [[ $1 == gateway ]]; then NF=("${NEW_GATEWAY[@]}"); else NF=("${NEW[@]}"); fi; } # service -> NF=(...)
PORT=$((BASE_PORT + 1)); MANAGEMENT_PORT=$((BASE_PORT + 2)); STUB_PORT=$((BASE_PORT + 3))
ports_free "$PORT" "$MANAGEMENT_PORT" "$STUB_PORT"
bench_database "$DB"
export COMPLAINTS_LICENSING_URL=http://127.0.0.1:9 LICENSING_URI=http://127.0.0.1:$STUB_PORT COMPLAINTS_URI=http://127.0.0.1:$STUB_PORT
export WEB_FRONTEND_DIR=file:$WORK/no-frontend/

cat >"$WORK/stub.py" <<'PY'
import http.server, sys
class H(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def do_GET(self):
        body = b'{"year":2026,"published":true,"days":[]}'
        self.send_response(200); self.send_header('Content-Type', 'application/json')
        self.send_header('Content-Length', str(len(body))); self.end_headers(); self.wfile.write(body)
    def log_message(self, *a): pass
http.server.ThreadingHTTPServer(('127.0.0.1', int(sys.argv[1])), H).serve_forever()
PY
python3 "$WORK/stub.py" "$STUB_PORT" & track $!
mkdir -p "$WORK/idle" && printf 'public class Idle { public static void main(String[] a) throws Exception { Thread.sleep(4000); } }\n' >"$WORK/idle/Idle.java"
javac -d "$WORK/idle" "$WORK/idle/Idle.java"

# per service: environment, readiness URL, the URL of the 1,000 requests
setup() { # service -> sets ENV READY URL
  case $1 in
    identity) ENV=(IDENTITY_PORT=$PORT IDENTITY_ISSUER=http://localhost:$PORT)
      READY=http://127.0.0.1:$PORT/actuator/health/readiness; URL=http://127.0.0.1:$PORT/.well-known/openid-configuration ;;
    licensing-service) ENV=(LICENSING_PORT=$PORT)
      READY=http://127.0.0.1:$PORT/actuator/health/readiness; URL=http://127.0.0.1:$PORT/api/licensing/public/calendar/2026 ;;
    complaints-hotline) ENV=(COMPLAINTS_PORT=$PORT)
      READY=http://127.0.0.1:$PORT/actuator/health/readiness; URL=http://127.0.0.1:$PORT/api/complaints/categories ;;
    gateway) ENV=(GATEWAY_PORT=$PORT MANAGEMENT_SERVER_PORT=$MANAGEMENT_PORT)
      READY=http://127.0.0.1:$MANAGEMENT_PORT/actuator/health/readiness; URL=http://127.0.0.1:$PORT/api/licensing/public/calendar/2026 ;;
  esac
}
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
requests() { # url n
  python3 - "$1" "$2" <<'PY'
import http.client, sys, urllib.parse
u = urllib.parse.urlparse(sys.argv[1]); c = http.client.HTTPConnection(u.hostname, u.port, timeout=30); bad = 0
for _ in range(int(sys.argv[2])):
    c.request("GET", u.path); r = c.getresponse(); r.read(); bad += r.status >= 400
print(bad)
PY
}
measure() { # label service java-args... -> one table row
  local label=$1 service=$2; shift 2
  setup "$service"
  local start; start=$(date +%s%N)
  env "${ENV[@]}" java "$@" >"$WORK/$service-$label.log" 2>&1 &
  local pid=$!; track "$pid"
  until curl -fsS -o /dev/null "$READY" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { tail -30 "$WORK/$service-$label.log" >&2; echo "$service ($label) died" >&2; exit 1; }
    (( ($(date +%s%N) - start) / 1000000000 < 600 )) || { echo "$service ($label) not ready in 600 s" >&2; exit 1; }
    sleep 0.1
  done
  local ready_ms=$((($(date +%s%N) - start) / 1000000))
  sleep 2
  local rss_ready; rss_ready=$(rss_mb "$pid")
  local bad; bad=$(requests "$URL" "$REQUESTS")
  local rss_after; rss_after=$(rss_mb "$pid")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  printf '| %s | %s | %.1f | %s | %s | %s |\n' "$service" "$label" "$(echo "$ready_ms / 1000" | bc -l)" "$rss_ready" "$rss_after" "$bad"
}

[[ "${MIGRATE:-1}" == 1 ]] && say "Schemas in $DB (the jars' migrate profiles)"
[[ "${MIGRATE:-1}" == 1 ]] && migrate identity licensing-service complaints-hotline

if [[ "$CDS" == 1 ]]; then
say "Extracting the jars and making each one's CDS archive by a training run"
printf '\n| service | CDS training run s | archive MB |\n| --- | --- | --- |\n'
for m in $SERVICES; do
  java -Djarmode=tools -jar "$m/target/$m-$PROJECT_VERSION.jar" extract --destination "$WORK/$m" >/dev/null
  setup "$m"
  start=$SECONDS
  new_flags "$m"
  env "${ENV[@]}" java "${NF[@]}" -XX:ArchiveClassesAtExit="$WORK/$m/app.jsa" -Dspring.context.exit=onRefresh \
    -jar "$WORK/$m/$m-$PROJECT_VERSION.jar" >"$WORK/$m-training.log" 2>&1 || { tail -30 "$WORK/$m-training.log"; exit 1; }
  printf '| %s | %s | %s |\n' "$m" "$((SECONDS - start))" "$(du -m "$WORK/$m/app.jsa" | cut -f1)"
done
fi

printf '\nOld: %s -jar. New: %s (the gateway: %s) -jar%s.\n' "${OLD[*]}" "${NEW[*]}" "${NEW_GATEWAY[*]}" "$([[ "$CDS" == 1 ]] && echo ', extracted, with -XX:SharedArchiveFile')"
printf '\n| service | start | ready s | RSS ready MB | RSS after %s requests MB | failed requests |\n' "$REQUESTS"
printf '| --- | --- | --- | --- | --- | --- |\n'
idle_start=$(date +%s%N)
java "${NEW[@]}" -cp "$WORK/idle" Idle & idle=$!; track "$idle"; sleep 2
printf '| (a JVM running nothing) | new flags | – | %s | – | – |\n' "$(rss_mb "$idle")"; wait "$idle" || true
for round in $(seq "$ROUNDS"); do
  for m in $SERVICES; do
    measure old "$m" "${OLD[@]}" -jar "$m/target/$m-$PROJECT_VERSION.jar"
    new_flags "$m"
    if [[ "$CDS" == 1 ]]; then
      measure new "$m" "${NF[@]}" -XX:SharedArchiveFile="$WORK/$m/app.jsa" -Xlog:cds=off -jar "$WORK/$m/$m-$PROJECT_VERSION.jar"
    else
      measure new "$m" "${NF[@]}" -jar "$m/target/$m-$PROJECT_VERSION.jar"
    fi
  done
done
printf '\nTargets: <= 256 MB RSS, <= 4 s to ready. Machine: %s cores, %s MB RAM, load %s (shared: compare old and new\n' \
  "$(nproc)" "$(free -m | awk '/Mem:/ {print $2}')" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf 'within the run); %s\n' "$(date -u +%Y-%m-%dT%H:%MZ)"
