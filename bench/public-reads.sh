#!/usr/bin/env bash
# Issue 14, "public reads": the calendar, a license check and the complaint categories read
# through the gateway, next to nginx serving the same bytes as a static file (the ceiling: a
# cache in front of everything), and optionally next to an older build (before/after).
#
# Starts its OWN licensing-service, complaints-hotline and gateway from the built jars on ports
# in 18000-18999 (never the platform's 8080-8082) against its own database (BENCH_DB, default
# tobacco_perf, and BENCH_DB_before for BEFORE's build: each build migrates its own; one license
# row made by SQL), using the machine's issuer on :9000 and S3Mock,
# and its own nginx (bench/nginx-gateway.conf; temp files under a temp folder). For each read:
# a plain GET (the answer built from memory) and a conditional GET with the ETag (304, what a
# browser or another service sends once it holds the answer), anonymous, wrk with CONNECTIONS.
#
#   ./mvnw -q -B -DskipTests package -pl gateway,licensing-service,complaints-hotline -am
#   bench/public-reads.sh                      # this build
#   BEFORE=/path/to/other/checkout bench/public-reads.sh   # that checkout's built jars first
#
# Environment: DURATION (seconds per run, 8), CONNECTIONS (32), BENCH_DB, BEFORE, MIGRATE (1; 0: the
# databases are migrated already), JAVA_OPTS, GATEWAY_JAVA_OPTS,
# IDENTITY_ISSUER, BASE_PORT (18420: licensing, complaints, gateway, its management, nginx).
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "$0")/lib/common.sh"
DURATION=${DURATION:-8}
CONNECTIONS=${CONNECTIONS:-32}
DB=${BENCH_DB:-tobacco_perf}
BASE_PORT=${BASE_PORT:-18420}
LICENSING_PORT=$((BASE_PORT + 1)); COMPLAINTS_PORT=$((BASE_PORT + 2)); GATEWAY_PORT=$((BASE_PORT + 3))
MANAGEMENT_PORT=$((BASE_PORT + 4)); NGINX_PORT=$((BASE_PORT + 5))
bench_jvm_flags
LICENSE_NO=330106999000001
chmod 755 "$WORK" # nginx's workers (user nobody) read the static files
ports_free $(seq "$((BASE_PORT + 1))" "$((BASE_PORT + 5))")
need_tool wrk
need_tool nginx
NGINX=$(nginx_bin)
need_issuer

# the jars of this build, and of BEFORE's if given (copied: a rebuild there cannot interfere)
jars_of() { # checkout destination
  mkdir -p "$2"
  for m in licensing-service complaints-hotline gateway; do
    cp "$(jar_of "$m" "$1")" "$2/$m.jar"
  done
}
builds=()
if [[ -n "${BEFORE:-}" ]]; then jars_of "$BEFORE" "$WORK/before"; builds+=(before); fi
jars_of . "$WORK/this"; builds+=(this)

prepare() { # build database: the build's own schema (its migrate profiles) and one license to check
  bench_database "$2"
  if [[ "${MIGRATE:-1}" == 1 ]]; then
    say "Schemas in $2 (the $1 build's migrate profiles)"
    java -jar "$WORK/$1/licensing-service.jar" --spring.profiles.active=migrate >"$WORK/migrate.log" 2>&1 || { tail -30 "$WORK/migrate.log"; exit 1; }
    java -jar "$WORK/$1/complaints-hotline.jar" --spring.profiles.active=migrate >>"$WORK/migrate.log" 2>&1 || { tail -30 "$WORK/migrate.log"; exit 1; }
  fi
  psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qtA -d "$2" <<SQL
insert into licensing.license (id, number, jurisdiction, holder_subject, business_name, credit_code, operator_name,
  operator_id_number, premises_address, premises_division, business_scope, valid_from, valid_until, status, version,
  issued_at, updated_at)
values (gen_random_uuid(), '$LICENSE_NO', '330106', 'bench.retailer', '测试便利店', '91330106MA2B000001', '测试经营者',
  '330106199001010011', '杭州市西湖区测试路1号', '330106', '卷烟、雪茄烟零售', current_date - 10, current_date + 1000,
  'ACTIVE', 1, now(), now())
on conflict (number) do nothing;
SQL
}

declare -a NAMES=("calendar 2026" "license check" "complaint categories")
declare -a PATHS=("/api/licensing/public/calendar/2026" "/api/licensing/public/licenses/$LICENSE_NO" "/api/complaints/categories")

run() { # url [If-None-Match] -> "rps p95 failed"
  local script=bench/lib/latency.lua
  if [[ -n "${2:-}" ]]; then
    printf 'wrk.headers["If-None-Match"] = %s\n' "$(python3 -c 'import json,sys; print(json.dumps(sys.argv[1]))' "$2")" >"$WORK/inm.lua"
    cat bench/lib/latency.lua >>"$WORK/inm.lua"
    script=$WORK/inm.lua
  fi
  wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" -s "$script" "$1" | grep '^RESULT' \
    | sed 's/.*rps=\([^ ]*\) p50=[^ ]* p95=\([^ ]*\) n=[^ ]* failed=\([^ ]*\) errors=\([^ ]*\).*/\1 \2 \3+\4/'
}

printf '\n| build | read | gateway req/s | p95 ms | gateway, If-None-Match req/s | p95 ms | status | nginx static file req/s | p95 ms |\n'
printf '| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n'
for build in "${builds[@]}"; do
  if [[ $build == before ]]; then prepare before "${DB}_before"; else prepare this "$DB"; fi
  say "Starting the $build build: licensing :$LICENSING_PORT, complaints :$COMPLAINTS_PORT, gateway :$GATEWAY_PORT (services: ${JVM[*]}; gateway: ${GATEWAY_JVM[*]})"
  start_java "$build-licensing" LICENSING_PORT="$LICENSING_PORT" -- "${JVM[@]}" -jar "$WORK/$build/licensing-service.jar"
  start_java "$build-complaints" COMPLAINTS_PORT="$COMPLAINTS_PORT" COMPLAINTS_LICENSING_URL="http://127.0.0.1:$LICENSING_PORT" \
    -- "${JVM[@]}" -jar "$WORK/$build/complaints-hotline.jar"
  start_java "$build-gateway" GATEWAY_PORT="$GATEWAY_PORT" MANAGEMENT_SERVER_PORT="$MANAGEMENT_PORT" \
    LICENSING_URI="http://127.0.0.1:$LICENSING_PORT" COMPLAINTS_URI="http://127.0.0.1:$COMPLAINTS_PORT" \
    WEB_FRONTEND_DIR="file:$WORK/no-frontend/" -- "${GATEWAY_JVM[@]}" -jar "$WORK/$build/gateway.jar"
  wait_ready "http://127.0.0.1:$LICENSING_PORT/actuator/health/readiness" "$build-licensing"
  wait_ready "http://127.0.0.1:$COMPLAINTS_PORT/actuator/health/readiness" "$build-complaints"
  wait_ready "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health/readiness" "$build-gateway"
  # nginx serves each answer's bytes as a static file (and proxies to this licensing: unused here)
  rm -rf "$WORK/static" && mkdir -p "$WORK/static"
  sed -e "s#@WORK@#$WORK#g" -e "s#@BACKEND_PORT@#$LICENSING_PORT#g" -e "s#@NGINX_PORT@#$NGINX_PORT#g" \
    bench/nginx-gateway.conf >"$WORK/nginx.conf"
  "$NGINX" -p "$WORK" -c "$WORK/nginx.conf" -e "$WORK/nginx-error.log" >"$WORK/nginx.out" 2>&1 &
  track $!
  for i in "${!PATHS[@]}"; do
    curl -fsS -o "$WORK/static/read$i.json" "http://127.0.0.1:$GATEWAY_PORT${PATHS[$i]}"
  done
  wait_ready "http://127.0.0.1:$NGINX_PORT/static/read0.json" nginx-error
  say "Warming up the $build build (${DURATION} s per read)"
  for i in "${!PATHS[@]}"; do run "http://127.0.0.1:$GATEWAY_PORT${PATHS[$i]}" >/dev/null; done
  for i in "${!PATHS[@]}"; do
    url="http://127.0.0.1:$GATEWAY_PORT${PATHS[$i]}"
    etag=$(curl -fsS -D - -o /dev/null "$url" | sed -n 's/^[Ee][Tt][Aa][Gg]: *\(.*\)\r$/\1/p')
    read -r s_rps s_p95 _ < <(run "http://127.0.0.1:$NGINX_PORT/static/read$i.json")
    read -r g_rps g_p95 g_failed < <(run "$url")
    if [[ -n "$etag" ]]; then
      status=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$url")
      read -r c_rps c_p95 c_failed < <(run "$url" "$etag")
    else
      status="no ETag"; c_rps="–"; c_p95="–"; c_failed="0+0"
    fi
    [[ "$g_failed" == 0+0 && "$c_failed" == 0+0 ]] || say "$build ${NAMES[$i]}: failed answers $g_failed / $c_failed"
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$build" "${NAMES[$i]}" "$g_rps" "$g_p95" "$c_rps" "$c_p95" \
      "$status" "$s_rps" "$s_p95"
  done
  stop_tracked
done
printf '\nTarget: >= 5x the ≈770 req/s of the issue through the gateway (>= 3850 req/s). Compare within one run:\n'
printf 'the machine is shared. Machine: %s cores, %s MB RAM, load %s; JVM flags: %s; the gateway'"'"'s: %s; %s\n' "$(nproc)" \
  "$(free -m | awk '/Mem:/ {print $2}')" "$(cut -d' ' -f1-3 /proc/loadavg)" "${JVM[*]}" "${GATEWAY_JVM[*]}" "$(date -u +%Y-%m-%dT%H:%MZ)"
