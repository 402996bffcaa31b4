#!/usr/bin/env bash
# Issue 14, "writes": the create-and-submit rate of licensing applications through the
# service's API (a retailer's token), next to pgbench running the same statements (the
# transactions the service runs for it: application row, audit entry, outbox row, idempotency
# record, the attachment, the submission's update) on the same database, in the same run.
#
# Makes its own database (BENCH_DB, default tobacco_bench_writes): the schema by the licensing
# jar's migrate profile, then by SQL one ACTIVE license of retailer.xihu (330106) and one
# verified ID card of theirs; starts its OWN licensing-service from the built jar on a port in
# 18000-18999 with the machine's issuer (:9000) and S3Mock. Each create-and-submit is a CLOSURE
# (歇业) application for that license: POST /applications, POST /attachments (材料复用: the
# verified ID card), POST /submission (bench/lib/applications.py). The reference is
# bench/lib/create-and-submit.sql by pgbench with the same number of clients; the two run
# alternately, ROUNDS times. Target (issue 14): >= 0.5x pgbench.
#
#   ./mvnw -q -B -DskipTests package -pl licensing-service -am && bench/writes.sh
#
# Environment: CLIENTS (8), DURATION (s per round, 20), ROUNDS (2), BENCH_DB, JAVA_OPTS,
# IDENTITY_ISSUER, BASE_PORT (18480: licensing), LOG_SQL=1, JFR=1 (a flight recording of the service
# in the API's first round; its hottest methods are printed).
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "$0")/lib/common.sh"
CLIENTS=${CLIENTS:-8}
DURATION=${DURATION:-20}
ROUNDS=${ROUNDS:-2}
DB=${BENCH_DB:-tobacco_bench_writes}
BASE_PORT=${BASE_PORT:-18480}
LICENSING_PORT=$((BASE_PORT + 1))
LICENSE_NO=330106998000001
DOCUMENT_ID=00000000-0000-4000-8000-0000000000d1
ports_free "$LICENSING_PORT"
need_tool pgbench postgresql-client
need_issuer
bench_jvm_flags
recreate_database "$DB" >&2
point_services_at "$DB"
say "Database $DB: schema by the licensing migrate profile, one license and one verified ID card by SQL"
migrate licensing-service
psql_db <<SQL
set search_path = licensing;
insert into license (id, number, jurisdiction, holder_subject, business_name, credit_code, operator_name,
  operator_id_number, premises_address, premises_division, business_scope, valid_from, valid_until, status, version,
  issued_at, updated_at)
values (gen_random_uuid(), '$LICENSE_NO', '330106', 'retailer.xihu', '压测便利店', '91330106MA2B000001', '王建国',
  '330106199001010011', '杭州市西湖区压测路1号', '330106', '卷烟、雪茄烟零售', current_date - 10, current_date + 1000,
  'ACTIVE', 1, now(), now());
insert into document (id, owner_subject, document_type, file_name, content_type, size_bytes, sha256, storage_key,
  status, uploaded_by, uploaded_at, verified_at)
values ('$DOCUMENT_ID', 'retailer.xihu', 'ID_CARD', 'id.pdf', 'application/pdf', 1024, repeat('a', 64),
  'bench/id-card', 'STORED', 'retailer.xihu', now(), now());
SQL

# LOG_SQL=1: the server's log gets every statement of the service's connections (to write the
# reference script from them again when the service's SQL changes)
[[ "${LOG_SQL:-}" == 1 ]] && psql_db -c "alter role licensing_app in database $DB set log_statement = 'all'"
say "Starting licensing-service on :$LICENSING_PORT (${JVM[*]})"
start_java licensing LICENSING_PORT="$LICENSING_PORT" -- "${JVM[@]}" -jar "$(jar_of licensing-service)"
LICENSING_PID=$STARTED
wait_ready "http://127.0.0.1:$LICENSING_PORT/actuator/health/readiness" licensing
RETAILER_TOKEN=$(token retailer.xihu)
export RETAILER_TOKEN
S=http://127.0.0.1:$LICENSING_PORT

api() { python3 bench/lib/applications.py "$S" "$CLIENTS" "$1" "$LICENSE_NO" "$DOCUMENT_ID"; }
reference() { # seconds -> "tps p50 p95"
  pgbench_run ref "$ROOT/bench/lib/create-and-submit.sql" "$CLIENTS" "$1" -D license="$LICENSE_NO" -D document="$DOCUMENT_ID"
}

say "Warming up: 20 s through the API"
api 20 >"$WORK/warm.json"
python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); sys.exit("the warm-up failed: " + json.dumps(r["failures"], ensure_ascii=False) if r["failures"] and not r["flows"] else 0)' "$WORK/warm.json"
printf '\n| round | API create-and-submit/s | API p95 ms create / attach / submit | pgbench tx/s | pgbench p95 ms | API / pgbench | load |\n'
printf '| --- | --- | --- | --- | --- | --- | --- |\n'
for round in $(seq "$ROUNDS"); do
  read -r tps _ rp95 < <(reference "$DURATION")
  jfr_start "$LICENSING_PID"
  api "$DURATION" >"$WORK/api.json"
  jfr_stop "$LICENSING_PID" "licensing-service-$round"
  python3 - "$WORK/api.json" "$round" "$tps" "$rp95" "$(load_average)" <<'PY' | tee -a "$WORK/rounds"
import json, sys
r = json.load(open(sys.argv[1]))
s = r["steps"]
ratio = r["per_second"] / float(sys.argv[3])
print(f"| {sys.argv[2]} | {r['per_second']} | {s['create']['p95']} / {s['attach']['p95']} / {s['submit']['p95']} | "
      f"{sys.argv[3]} | {sys.argv[4]} | {ratio:.2f}× | {sys.argv[5]} |")
for k, v in sorted(r["failures"].items()):
    print(f"<!-- {v} × {k} -->")
PY
  echo "$tps $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["per_second"])' "$WORK/api.json")" >>"$WORK/sums"
done
python3 - "$WORK/sums" <<'PY'
import sys
ref = api = 0.0
for line in open(sys.argv[1]):
    r, a = map(float, line.split()); ref += r; api += a
ratio = api / ref
print(f"\nAll rounds: API {api:.1f} vs pgbench {ref:.1f} create-and-submits/s: {ratio:.2f}× "
      f"(target ≥ 0.5×: {'met' if ratio >= 0.5 else 'NOT met'})")
PY
jfr_print licensing-service-1
printf '%s applications submitted through the API. Clients: %s. JVM flags: %s. ' \
  "$(psql_db -c "select count(*) from licensing.application where state = 'SUBMITTED' and number like 'SQ%'")" "$CLIENTS" "${JVM[*]}"
machine_line
