#!/usr/bin/env bash
# Issue 14, "uploads": 20 concurrent 25 MB document uploads through the gateway (the real
# route: POST /api/licensing/applications/{id}/documents, multipart, a retailer's token) next
# to the same bytes PUT directly to the S3 server the service writes to, alternately; the
# throughput of each and the licensing service's heap growth while it streams.
#
# Makes its own database (BENCH_DB, default tobacco_bench_uploads; UPLOADS draft applications
# of retailer.xihu by SQL), starts its OWN licensing-service and gateway from the built jars on
# ports in 18000-18999 with the machine's issuer (:9000), Redis (database REDIS_DB) and S3Mock
# (:9090; its own bucket), the document type OTHER's cap raised to 32 MB for the run (20 MB as
# shipped; the bench sends 25 MB). The file is a PDF header and random bytes. Heap: the
# service's jvm_memory_used_bytes{area="heap"} (actuator's Prometheus endpoint) sampled every
# 0.5 s; growth = the peak during the uploads minus the figure before (after a GC.run), and
# the figure after a GC.run when they are done. Everything the run stored is deleted again.
# Targets (issue 14): throughput >= 0.7x direct, heap growth <= 64 MiB.
#
#   ./mvnw -q -B -DskipTests package -pl gateway,licensing-service -am && bench/uploads.sh
#
# JFR=1: a flight recording of the service, its hottest methods printed. The service's errors
# during the run and its GC log's largest heap are printed too.
# Environment: UPLOADS (20), SIZE_MB (25), ROUNDS (2), MAX_TIME (s per upload, 300), BENCH_DB, JAVA_OPTS, GATEWAY_JAVA_OPTS, IDENTITY_ISSUER,
# S3 (http://127.0.0.1:9090), BASE_PORT (18500: licensing, gateway, its management), REDIS_DB (14).
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "$0")/lib/common.sh"
UPLOADS=${UPLOADS:-20}
SIZE_MB=${SIZE_MB:-25}
ROUNDS=${ROUNDS:-2}
MAX_TIME=${MAX_TIME:-300}
DB=${BENCH_DB:-tobacco_bench_uploads}
S3=${S3:-http://127.0.0.1:9090}
BASE_PORT=${BASE_PORT:-18500}
LICENSING_PORT=$((BASE_PORT + 1)); GATEWAY_PORT=$((BASE_PORT + 2)); MANAGEMENT_PORT=$((BASE_PORT + 3))
ports_free "$LICENSING_PORT" "$GATEWAY_PORT" "$MANAGEMENT_PORT"
need_issuer
bench_jvm_flags
recreate_database "$DB" >&2
point_services_at "$DB"
BUCKET=$LICENSING_S3_BUCKET
say "Database $DB: schema by the licensing migrate profile, $UPLOADS drafts of retailer.xihu by SQL"
migrate licensing-service
psql_db -v n="$UPLOADS" <<'SQL'
set search_path = licensing;
insert into application (id, number, type, state, applicant_subject, jurisdiction, business_name, operator_name,
                         premises_division, version, created_at, updated_at)
select gen_random_uuid(), 'BU' || lpad(i::text, 10, '0'), 'NEW', 'DRAFT', 'retailer.xihu', '330106',
       '压测便利店' || i, '王建国', '330106', 0, now(), now()
from generate_series(1, :n) as i;
SQL
# the S3 server's processes (their CPU while the uploads run through the gateway), if local
S3_PIDS=$(ss -ltnpH "sport = :${S3##*:}" 2>/dev/null | grep -o 'pid=[0-9]*' | cut -d= -f2 | sort -u | xargs)
mapfile -t APPLICATIONS < <(psql_db -c "select id from licensing.application order by number")

say "Starting licensing-service on :$LICENSING_PORT and the gateway on :$GATEWAY_PORT (services: ${JVM[*]}; gateway: ${GATEWAY_JVM[*]})"
start_java licensing LICENSING_PORT="$LICENSING_PORT" -- "${JVM[@]}" "-Xlog:gc:file=$WORK/licensing-gc.log" \
  -jar "$(jar_of licensing-service)" --licensing.documents.max-size.OTHER=32MB
LICENSING_PID=$STARTED
start_java gateway GATEWAY_PORT="$GATEWAY_PORT" MANAGEMENT_SERVER_PORT="$MANAGEMENT_PORT" \
  LICENSING_URI="http://127.0.0.1:$LICENSING_PORT" COMPLAINTS_URI=http://127.0.0.1:9 \
  SPRING_DATA_REDIS_DATABASE="${REDIS_DB:-14}" WEB_FRONTEND_DIR="file:$WORK/no-frontend/" \
  -- "${GATEWAY_JVM[@]}" -jar "$(jar_of gateway)"
GATEWAY_PID=$STARTED
wait_ready "http://127.0.0.1:$LICENSING_PORT/actuator/health/readiness" licensing
wait_ready "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health/readiness" gateway
TOKEN=$(token retailer.xihu)
G=http://127.0.0.1:$GATEWAY_PORT
on_exit delete_stored

# the file: a PDF's first bytes (the type is read from them), then random bytes
{ printf '%%PDF-1.4\n%%\xe2\xe3\xcf\xd3\n'; head -c $((SIZE_MB * 1024 * 1024 - 15)) /dev/urandom; } >"$WORK/file.pdf"
BYTES=$(stat -c %s "$WORK/file.pdf")

heap_mb() { # the service's heap in use, MiB (jcmd answers even when the service is too busy to)
  jcmd "$LICENSING_PID" GC.heap_info 2>/dev/null \
    | awk '/(def new|tenured) generation/ {for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i + 1); sub(/K,?/, "", v); s += v}}
           END {printf "%.1f", s / 1024}'
}
sample_heap() { while :; do heap_mb >>"$WORK/heap.samples"; echo >>"$WORK/heap.samples"; sleep 0.5; done; }
delete_stored() { # every object this run stored: the service's documents and the direct PUTs
  local key
  for key in $(psql_db -c "select storage_key from licensing.document" 2>/dev/null) $(cat "$WORK/direct.keys" 2>/dev/null); do
    curl -s -o /dev/null -X DELETE "$S3/$BUCKET/$key" || true
  done
}

direct() { # round -> seconds for UPLOADS concurrent PUTs of the file
  local start i; start=$(date +%s%N)
  for i in $(seq "$UPLOADS"); do
    echo "bench-direct/$1-$i" >>"$WORK/direct.keys"
    curl -sS -m "$MAX_TIME" -o /dev/null -w '%{http_code}\n' -T "$WORK/file.pdf" "$S3/$BUCKET/bench-direct/$1-$i" >>"$WORK/direct.status" &
  done
  wait # (a command substitution's subshell: only its own curls)
  echo "scale=2; ($(date +%s%N) - $start) / 1000000000" | bc
}
through_gateway() { # -> seconds for UPLOADS concurrent uploads, one per draft
  local start i; start=$(date +%s%N)
  : >"$WORK/gateway.status"
  for i in $(seq 0 $((UPLOADS - 1))); do
    curl -sS -m "$MAX_TIME" -o "$WORK/answer.$i" -w '%{http_code}\n' -H "Authorization: Bearer $TOKEN" \
      -H "Idempotency-Key: $(python3 -c 'import uuid; print(uuid.uuid4())')" \
      -F documentType=OTHER -F "file=@$WORK/file.pdf;type=application/pdf;filename=big.pdf" \
      "$G/api/licensing/applications/${APPLICATIONS[$i]}/documents" >>"$WORK/gateway.status" &
  done
  wait # (a command substitution's subshell: only its own curls)
  echo "scale=2; ($(date +%s%N) - $start) / 1000000000" | bc
}

say "Warming up: one upload each way (the service makes its bucket at its first upload)"
curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN" -F documentType=OTHER \
  -F "file=@$WORK/file.pdf;type=application/pdf;filename=big.pdf" \
  "$G/api/licensing/applications/${APPLICATIONS[0]}/documents" || { echo "the warm-up upload failed" >&2; exit 1; }
echo bench-direct/warm >>"$WORK/direct.keys"
curl -fsS -o /dev/null -T "$WORK/file.pdf" "$S3/$BUCKET/bench-direct/warm" || { echo "the direct warm-up PUT failed" >&2; exit 1; }

printf '\n| round | direct to S3 s | direct MB/s | through the gateway s | stored (2xx) | gateway MB/s (stored bytes) | gateway / direct | heap before / peak / after GC MiB | CPU ms direct: S3 | CPU ms through the gateway: gateway · service · S3 | load |\n'
printf '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n'
for round in $(seq "$ROUNDS"); do
  s0=$(cpu_ticks $S3_PIDS)
  d=$(direct "$round")
  s1=$(cpu_ticks $S3_PIDS)
  jcmd "$LICENSING_PID" GC.run >/dev/null 2>&1 || true
  sleep 1
  before=$(heap_mb)
  : >"$WORK/heap.samples"
  sample_heap & sampler=$!
  jfr_start "$LICENSING_PID"
  cpu0=("$(cpu_ticks "$GATEWAY_PID")" "$(cpu_ticks "$LICENSING_PID")" "$(cpu_ticks $S3_PIDS)")
  g=$(through_gateway)
  cpu1=("$(cpu_ticks "$GATEWAY_PID")" "$(cpu_ticks "$LICENSING_PID")" "$(cpu_ticks $S3_PIDS)")
  jfr_stop "$LICENSING_PID" "licensing-service-$round"
  cpu="$(((s1 - s0) * 10)) | $(((cpu1[0] - cpu0[0]) * 10)) · $(((cpu1[1] - cpu0[1]) * 10)) · $(((cpu1[2] - cpu0[2]) * 10))"
  stored=$(grep -c '^20[01]$' "$WORK/gateway.status" || true)
  cat "$WORK/gateway.status" >>"$WORK/gateway.all"
  kill "$sampler"; wait "$sampler" 2>/dev/null || true
  peak=$(sort -n "$WORK/heap.samples" | tail -1)
  jcmd "$LICENSING_PID" GC.run >/dev/null 2>&1 || true
  sleep 1
  after=$(heap_mb)
  python3 - "$round" "$d" "$g" "$BYTES" "$UPLOADS" "$before" "$peak" "$after" "$(load_average)" "$stored" "$cpu" <<'PY' | tee -a "$WORK/rounds"
import sys
r, d, g, size, n, ok = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[10])
direct, gateway = size * n / 1048576 / d, size * ok / 1048576 / g
print(f"| {r} | {d:.1f} | {direct:.1f} | {g:.1f} | {ok} of {n} | {gateway:.1f} | {gateway / direct:.2f}× "
      f"| {sys.argv[6]} / {sys.argv[7]} / {sys.argv[8]} | {sys.argv[11]} | {sys.argv[9]} |")
PY
done
printf '\nAnswers: direct %s; gateway %s.\n' "$(sort "$WORK/direct.status" | uniq -c | xargs)" "$(sort "$WORK/gateway.all" | uniq -c | xargs)"
grep -h -o '"type":"[^"]*"' "$WORK"/answer.* 2>/dev/null | sort | uniq -c | sed 's/^/problem: /' || true
in_db=$(psql_db -c "select count(*) || ' documents, ' || round(coalesce(sum(size_bytes), 0) / 1048576.0) || ' MiB' from licensing.document")
printf 'Stored by the service: %s (warm-up included). Gateway RSS after: %s MiB.\n' "$in_db" \
  "$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$GATEWAY_PID/status")"
python3 - "$WORK/rounds" <<'PY'
import re, sys
rows = [l for l in open(sys.argv[1]) if l.startswith("| ")]
direct = sum(float(l.split("|")[3]) for l in rows); gateway = sum(float(l.split("|")[6]) for l in rows)
growth = max(float(l.split("|")[8].split("/")[1]) - float(l.split("|")[8].split("/")[0]) for l in rows)
ratio = gateway / direct
print(f"All rounds: gateway / direct {ratio:.2f}× (target ≥ 0.7×: {'met' if ratio >= 0.7 else 'NOT met'}); "
      f"largest heap growth {growth:.1f} MiB (target ≤ 64: {'met' if growth <= 64 else 'NOT met'})")
PY
printf '\nThe service: %s log lines at ERROR, %s at WARN; the heap after each GC peaked at %s (GC log), the most GC pauses in a second: %s.\n' \
  "$(grep -c ' ERROR ' "$WORK/licensing.log" || true)" "$(grep -c ' WARN ' "$WORK/licensing.log" || true)" \
  "$(grep -o '[0-9]*M->[0-9]*M' "$WORK/licensing-gc.log" | sed 's/.*->//' | sort -n | tail -1)" \
  "$(grep -o '^\[[0-9.]*s' "$WORK/licensing-gc.log" | cut -d. -f1 | uniq -c | sort -n | tail -1 | awk '{print $1}')"
grep -E ' (ERROR|WARN) ' "$WORK/licensing.log" | sed 's/.*\] \[[^]]*\] //' | cut -c1-300 | sort | uniq -c | sort -rn | head -8 || true
# the first stack of an ERROR, if any: what failed, where
grep -m1 -A12 ' ERROR ' "$WORK/licensing.log" | cut -c1-300 || true
jfr_print licensing-service-1
printf '%s uploads of %s bytes per round. JVM flags: %s; the gateway'"'"'s: %s. ' "$UPLOADS" "$BYTES" "${JVM[*]}" "${GATEWAY_JVM[*]}"
machine_line
