#!/usr/bin/env bash
# Issue 14, "faults": what complaints-hotline loses, answers and how fast it recovers when
#   - PostgreSQL stops at once (`pg_ctl stop -m immediate`, the crash of the server) under a
#     steady stream of agents' logged calls, and starts again DOWN seconds later;
#   - the S3 server is killed (SIGKILL) while citizens' reports with 3 MB photos stream to it,
#     and starts again DOWN seconds later.
# (Redis: bench/faults-redis.sh, at the gateway; the services do not use Redis.)
#
# Each case has its OWN dependency, never the machine's: a PostgreSQL cluster made by initdb in
# a temp folder (/usr/lib/postgresql/15/bin, as the postgres user) on a spare port, an S3Mock
# (the jar scripts/lib.sh runs, its store in a temp folder kept across the restart) on a spare
# port; and its own complaints-hotline from the built jar, called directly (the fault is the
# service's). bench/lib/fault_load.py sends writes with CLIENTS clients: the dependency goes at
# FAULT_AT s, comes back DOWN s later, and the writes go on for AFTER s once it answers again
# (at most LOAD_SECONDS in all). Afterwards every request that got a
# 2xx is looked up: its case in the database (PostgreSQL), its case, its attachment rows and
# both objects (original and the staff copy) in the bucket (S3). Printed per case: the answers
# before / while down / after, what was lost (must be 0), the statuses and problem types while
# the dependency was away (a 500, or a body naming something internal, fails the case), and
# the time from the restart to the first 2xx.
#
#   ./mvnw -q -B -DskipTests package -pl complaints-hotline -am && bench/faults.sh
#
# Environment: CASES ("postgres s3"), CLIENTS (4), FAULT_AT (12), DOWN (10), AFTER (20), LOAD_SECONDS (600),
# JAVA_OPTS, IDENTITY_ISSUER, BASE_PORT (18520: complaints, PostgreSQL, S3Mock).
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "$0")/lib/common.sh"
CASES=${CASES:-postgres s3}
CLIENTS=${CLIENTS:-4}
LOAD_SECONDS=${LOAD_SECONDS:-600}
AFTER=${AFTER:-20}
FAULT_AT=${FAULT_AT:-12}
DOWN=${DOWN:-10}
BASE_PORT=${BASE_PORT:-18520}
COMPLAINTS_PORT=$((BASE_PORT + 1)); PG_PORT=$((BASE_PORT + 2)); S3_PORT=$((BASE_PORT + 3))
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
ports_free "$COMPLAINTS_PORT" "$PG_PORT" "$S3_PORT"
need_issuer
bench_jvm_flags
chmod 755 "$WORK" # the postgres user runs the cluster in it
failed=0

# --- the dependencies of our own --------------------------------------------------------
as_postgres() { runuser -u postgres -- "$@"; }
pg_start() { as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/server.log" -w -t 60 start >/dev/null; }
pg_stop() { as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -m "$1" -w stop >/dev/null 2>&1 || true; }
pg_cluster() {
  say "A PostgreSQL cluster of our own on :$PG_PORT ($WORK/pg)"
  install -d -o postgres -g postgres "$WORK/pg"
  as_postgres "$PG_BIN/initdb" -D "$WORK/pg" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$WORK/initdb.log"
  printf "port = %s\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '%s'\nfsync = on\n" \
    "$PG_PORT" "$WORK/pg" >>"$WORK/pg/postgresql.conf"
  pg_start
  on_exit pg_stop immediate
  psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qtA -c "create database faults" >/dev/null
}
S3MOCK_JAR=""
s3_start() {
  start_java "s3mock-$1" -- -Xmx256m -jar "$S3MOCK_JAR" --server.port=0 \
    --com.adobe.testing.s3mock.httpPort="$S3_PORT" --com.adobe.testing.s3mock.store.root="$WORK/s3" \
    --com.adobe.testing.s3mock.store.retain-files-on-exit=true
  S3_PID=$STARTED
  local deadline=$((SECONDS + 120))
  until curl -s -o /dev/null "http://127.0.0.1:$S3_PORT/"; do
    ((SECONDS < deadline)) || { tail -20 "$WORK/s3mock-$1.log" >&2; echo "S3Mock did not start" >&2; exit 1; }
    sleep 0.5
  done
}
s3_server() {
  S3MOCK_JAR="$RUN/s3mock-$S3MOCK_VERSION-exec.jar"
  local m2="$HOME/.m2/repository/com/adobe/testing/s3mock/$S3MOCK_VERSION/s3mock-$S3MOCK_VERSION-exec.jar"
  if [[ ! -f "$S3MOCK_JAR" && -f "$m2" ]]; then S3MOCK_JAR=$m2; fi
  if [[ ! -f "$S3MOCK_JAR" ]]; then
    say "Fetching S3Mock $S3MOCK_VERSION (as scripts/lib.sh does)"
    ./mvnw -q -B dependency:copy -Dartifact="com.adobe.testing:s3mock:$S3MOCK_VERSION:jar:exec" -DoutputDirectory="$RUN" >/dev/null
  fi
  say "An S3Mock of our own on :$S3_PORT ($WORK/s3)"
  mkdir -p "$WORK/s3"
  s3_start first
}

# --- the service ---------------------------------------------------------------------------
complaints() { # case -> starts complaints-hotline against this case's PostgreSQL and S3
  local db_host=localhost db_port=5432 db=$DB
  [[ $1 == postgres ]] && { db_port=$PG_PORT; db=faults; }
  export COMPLAINTS_DB_URL="r2dbc:postgresql://$db_host:$db_port/$db"
  export COMPLAINTS_JDBC_URL="jdbc:postgresql://$db_host:$db_port/$db"
  migrate complaints-hotline
  start_java "complaints-$1" COMPLAINTS_PORT="$COMPLAINTS_PORT" COMPLAINTS_LICENSING_URL=http://127.0.0.1:9 \
    HOTLINE_12345_PULL_INTERVAL=0s S3_ENDPOINT="http://127.0.0.1:$S3_PORT" \
    -- "${JVM[@]}" -jar "$(jar_of complaints-hotline)"
  SERVICE_PID=$STARTED
  wait_ready "http://127.0.0.1:$COMPLAINTS_PORT/actuator/health/readiness" "complaints-$1"
}
stop_service() { kill "$SERVICE_PID" 2>/dev/null || true; wait "$SERVICE_PID" 2>/dev/null || true; }

# --- what happened --------------------------------------------------------------------------
# report CASE OUT.jsonl DOWN_FROM DOWN_UNTIL CHECK: one table row; CHECK prints the case numbers
# (one per line) of the 2xx answers that are NOT stored
report() {
  local name=$1 log=$2
  python3 - "$log" "$3" "$4" >"$WORK/$name.numbers" 2>"$WORK/$name.summary" <<'PY'
import collections, json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
down, up = float(sys.argv[2]), float(sys.argv[3])
ok = lambda l: 200 <= l["status"] < 300
phase = lambda l: "before" if l["answered"] < down else ("down" if l["sent"] < up else "after")
count = collections.Counter((phase(l), ok(l)) for l in lines)
errors = collections.Counter(f"{l['status']} {l.get('type') or ''}".strip() for l in lines
                             if not ok(l) and phase(l) != "before")
internal = sum(1 for l in lines if l.get("internal"))
five_hundred = sum(1 for l in lines if l["status"] == 500)
first = min((l["answered"] for l in lines if ok(l) and l["sent"] >= up), default=None)
for l in lines:
    if ok(l):
        print(l.get("number") or "-")
p = lambda ph: f"{count[(ph, True)]} / {count[(ph, False)]}"
print(json.dumps({"phases": f"{p('before')} · {p('down')} · {p('after')}",
                  "errors": "; ".join(f"{n} × {k}" for k, n in errors.most_common()) or "none",
                  "recovery": f"{first - up:.1f}" if first else "no 2xx after the restart",
                  "internal": internal, "five_hundred": five_hundred,
                  "ok": sum(1 for l in lines if ok(l))}), file=sys.stderr)
PY
  local missing
  missing=$($5 <"$WORK/$name.numbers" | grep -c . || true)
  python3 - "$name" "$WORK/$name.summary" "$missing" <<'PY'
import json, sys
s = json.load(open(sys.argv[2]))
bad = int(sys.argv[3]) > 0 or s["internal"] > 0 or s["five_hundred"] > 0 or not s["recovery"][0].isdigit()
print(f"| {sys.argv[1]} | {s['phases']} | {s['ok']} | {sys.argv[3]} | {s['errors']} | {s['five_hundred']} / {s['internal']} "
      f"| {s['recovery']} | {'FAILED' if bad else 'ok'} |")
PY
}
missing_cases() { # case numbers on stdin -> those without a row
  python3 -c 'import sys; [print(l.strip()) for l in sys.stdin if l.strip()]' >"$WORK/numbers.txt"
  local number
  while read -r number; do
    [[ "$(psql -h 127.0.0.1 -p "$CHECK_PORT" -U postgres -qtA -d "$CHECK_DB" \
      -c "select count(*) from complaints.cases where case_number = '$number'")" == 1 ]] || echo "$number"
  done <"$WORK/numbers.txt"
}
missing_evidence() { # case numbers on stdin -> those whose case, attachment or objects are missing
  local number keys key
  while read -r number; do
    [[ -n "$number" ]] || continue
    keys=$(psql -h 127.0.0.1 -U postgres -qtA -d "$DB" -c "select a.object_key || ' ' || coalesce(a.redacted_key, '-')
      from complaints.attachments a join complaints.cases c on c.id = a.case_id where c.case_number = '$number'")
    [[ -n "$keys" ]] || { echo "$number"; continue; }
    for key in $keys; do
      [[ "$key" == - ]] && { echo "$number"; break; }
      [[ "$(curl -s -o /dev/null -w '%{http_code}' -I "http://127.0.0.1:$S3_PORT/$COMPLAINTS_S3_BUCKET/$key")" == 200 ]] \
        || { echo "$number"; break; }
    done
  done
}

printf '\n| dependency | answers 2xx / other: before · while down · after | 2xx in all | 2xx lost | errors while down and after (status, problem type) | 500s / bodies naming internals | recovery s (restart → first 2xx) | result |\n'
printf '| --- | --- | --- | --- | --- | --- | --- | --- |\n'
DB=${BENCH_DB:-tobacco_bench_faults}
for case in $CASES; do
  case $case in
    postgres)
      pg_cluster
      s3_server
      complaints postgres
      AGENT_TOKEN=$(token agent); export AGENT_TOKEN
      say "PostgreSQL: logged calls, immediate stop at ${FAULT_AT} s, start ${DOWN} s later, ${AFTER} s more"
      python3 bench/lib/fault_load.py call "http://127.0.0.1:$COMPLAINTS_PORT" "$CLIENTS" "$LOAD_SECONDS" "$WORK/pg.jsonl" "$WORK/pg.stop" &
      load=$!; track "$load"
      sleep "$FAULT_AT"
      down_from=$(date +%s.%N); pg_stop immediate
      sleep "$DOWN"
      pg_start; up_at=$(date +%s.%N)
      sleep "$AFTER"; touch "$WORK/pg.stop"
      wait "$load" || true
      CHECK_PORT=$PG_PORT CHECK_DB=faults
      report "PostgreSQL (immediate stop, own cluster)" "$WORK/pg.jsonl" "$down_from" "$up_at" missing_cases | tee -a "$WORK/results"
      stop_service; stop_tracked
      pg_stop fast ;;
    s3)
      bench_database "$DB"
      point_services_at "$DB"
      export COMPLAINTS_S3_BUCKET=complaints-evidence-bench-faults
      [[ -n "${S3_PID:-}" ]] && kill -0 "$S3_PID" 2>/dev/null || s3_server
      complaints s3
      say "S3: reports with photos, S3Mock killed at ${FAULT_AT} s, started ${DOWN} s later, ${AFTER} s more once it answers"
      python3 bench/lib/fault_load.py report "http://127.0.0.1:$COMPLAINTS_PORT" "$CLIENTS" "$LOAD_SECONDS" "$WORK/s3.jsonl" "$WORK/s3.stop" &
      load=$!; track "$load"
      sleep "$FAULT_AT"
      down_from=$(date +%s.%N); kill -9 "$S3_PID"; wait "$S3_PID" 2>/dev/null || true
      sleep "$DOWN"
      s3_start again; up_at=$(date +%s.%N)
      sleep "$AFTER"; touch "$WORK/s3.stop"
      wait "$load" || true
      report "S3 (S3Mock killed mid-upload)" "$WORK/s3.jsonl" "$down_from" "$up_at" missing_evidence | tee -a "$WORK/results"
      stop_service ;;
    *) echo "unknown case $case (postgres, s3)" >&2; exit 1 ;;
  esac
done
printf '\nEvery 2xx must be stored (lost 0), no 500 and no body naming internals, a 2xx after the restart.\n'
for log in "$WORK"/complaints-*.log; do # what the service logged about failed requests, by kind
  printf '\n%s, its warnings and errors by kind:\n' "$(basename "$log" .log)"
  grep -E '^[0-9-]+T.* (WARN|ERROR) ' "$log" | sed -E 's/^.* (WARN|ERROR) [0-9]+ --- \[[^]]*\] \[[^]]*\] \[[^]]*\] \[[^]]*\] //' \
    | cut -c1-180 | sed -E 's/[0-9a-f]{8}-[0-9a-f-]{27}/<id>/g' | sort | uniq -c | sort -rn | head -8 || true
done
printf 'Clients: %s; the fault at %s s for %s s, then %s s of load once the dependency answered. ' "$CLIENTS" "$FAULT_AT" "$DOWN" "$AFTER"
machine_line
grep -q FAILED "$WORK/results" && failed=1
exit "$failed"
