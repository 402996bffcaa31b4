#!/usr/bin/env bash
# Issue 14, "queue": the clerks' work queue (GET /api/licensing/queue: first page with the true
# total) with 1M applications, 10% open, 10 districts of Hangzhou.
#
# Makes its own database (BENCH_DB, default tobacco_bench_queue): the schema by the licensing
# jar's migrate profile, the rows by one SQL generator (seconds, not the API); starts the built
# licensing jar on a spare port against it; then for each scenario measures
#   - the reference: pgbench running the same SQL the service runs (page + count), and
#   - the service: wrk through HTTP with a real access token from the issuer on :9000,
# alternately, and prints p50/p95 side by side with the target (p95 <= 50 ms).
#
#   ./mvnw -q -B -DskipTests package -pl licensing-service -am && bench/queue.sh
#
# Environment: ROWS (1000000), DURATION (seconds per run, 10), CONNECTIONS (4), BENCH_DB,
# KEEP_DATA=1 (reuse the generated rows of an earlier run), IDENTITY_ISSUER.
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "$0")/lib/common.sh"
ROWS=${ROWS:-1000000}
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-4}
DB=${BENCH_DB:-tobacco_bench_queue}
JAR=$(jar_of licensing-service)
need_tool wrk
need_tool pgbench postgresql-client
need_issuer

export LICENSING_FLYWAY_URL="jdbc:postgresql://localhost:5432/$DB"
export LICENSING_DB_URL="r2dbc:postgresql://localhost:5432/$DB?schema=licensing"
export LICENSING_S3_BUCKET="licensing-documents-bench"

existing=$(psql -h 127.0.0.1 -U postgres -qtA -d postgres -c "select 1 from pg_database where datname = '$DB'")
rows=0
if [[ "${KEEP_DATA:-}" == 1 && "$existing" == 1 ]]; then
  rows=$(psql_db -c "select count(*) from licensing.application" 2>/dev/null || echo 0)
fi
if [[ "$rows" != "$ROWS" ]]; then
  say "Database $DB: schema by the licensing migrate profile"
  psql -h 127.0.0.1 -U postgres -qtA -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
  migrate licensing-service
  say "Generating $ROWS applications (10% open, 10 districts, 5% of the open ones paused)"
  start=$SECONDS
  psql_db -v rows="$ROWS" <<'SQL'
set search_path = licensing;
insert into application (id, number, type, state, applicant_subject, jurisdiction, business_name, credit_code,
                         operator_name, premises_division, version, created_at, updated_at, submitted_on, current_due)
select gen_random_uuid(),
       'BQ' || lpad(i::text, 10, '0'),
       (array['NEW', 'RENEWAL', 'CHANGE', 'SUSPENSION', 'RESUMPTION', 'CLOSURE'])[1 + i % 6],
       case when i % 10 = 0
            then (array['SUBMITTED', 'ACCEPTED', 'UNDER_REVIEW', 'CORRECTION_REQUESTED', 'SITE_CHECK'])[1 + (i / 10) % 5]
            else (array['APPROVED', 'REFUSED', 'WITHDRAWN', 'DRAFT', 'APPROVED', 'APPROVED'])[1 + (i / 10) % 6] end,
       'bench.retailer.' || (i % 200000),
       d.code || lpad((i % 17)::text, 3, '0'),
       '测试便利店' || i,
       '91330100' || lpad((i % 10000000000)::text, 10, '0'),
       '经营者' || (i % 50000),
       d.code,
       1, now(), now(),
       current_date - (i % 400),
       case when i % 10 = 0 and i % 200 <> 0 then current_date + (i % 45) - 15 end
from generate_series(1, :rows) as i
cross join lateral (select (array['330102', '330105', '330106', '330108', '330109', '330110', '330111', '330112',
                                  '330113', '330114'])[1 + (i / 7) % 10] as code) d;
SQL
  psql_db -c "vacuum analyze licensing.application"
  say "Generated in $((SECONDS - start)) s"
else
  say "Database $DB: keeping its $rows rows; migrating to this build's schema"
  migrate licensing-service
  psql_db -c "vacuum analyze licensing.application"
fi

PORT=$(spare_port)
say "Starting licensing-service on :$PORT"
start_java licensing LICENSING_PORT="$PORT" -- -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$JAR"
wait_ready "http://127.0.0.1:$PORT/actuator/health/readiness" licensing 120

CLERK=$(token clerk.xihu)
APPROVER=$(token approver)
BASE="http://127.0.0.1:$PORT/api/licensing/queue"

# the cursor of page 50 (a deep page), followed as a clerk would
deep_cursor() {
  python3 - "$1" "$2" <<'PY'
import json, sys, urllib.request
url, token = sys.argv[1], sys.argv[2]
cursor = None
for _ in range(50):
    req = urllib.request.Request(url + ("&cursor=" + cursor if cursor else ""), headers={"Authorization": "Bearer " + token})
    page = json.loads(urllib.request.urlopen(req, timeout=30).read())
    cursor = page.get("nextCursor")
    if not cursor:
        break
print(cursor or "")
PY
}

# The reference: the service's two statements for the same request, run by pgbench.
# (QueueQuery: open states, the caller's subtree, keyset order by the due date; and the count.)
OPEN="state in ('SUBMITTED', 'CORRECTION_REQUESTED', 'ACCEPTED', 'UNDER_REVIEW', 'SITE_CHECK')"
SORT="coalesce(current_due, date '9999-12-31')"
COLUMNS="id, number, type, state, business_name, operator_name, credit_code, jurisdiction, submitted_on, current_due, version, applicant_subject, $SORT as sort_due"
sql_for() { # subtree-from subtree-end [search]   (QueueQuery: the subtree as a range of codes)
  local where="$OPEN and jurisdiction >= '$1' and jurisdiction < '$2'"
  [[ -n "${3:-}" ]] && where+=" and (business_name ilike '%$3%' or operator_name ilike '%$3%' or credit_code = '$3' or number = '$3')"
  printf 'select %s from licensing.application where %s order by %s, id limit 21;\nselect count(*) from licensing.application where %s;\n' \
    "$COLUMNS" "$where" "$SORT" "$where"
}

reference() { # name sql -> "tps p50 p95" of the statements by pgbench
  printf '%s' "$2" >"$WORK/$1.sql"
  pgbench_run "$1" "$1.sql" "$CONNECTIONS" "$DURATION"
}

say "Scenarios: ${DURATION} s each, $CONNECTIONS connections, the reference and the service alternately"
CLERK_DEEP=$(deep_cursor "$BASE?limit=20" "$CLERK")
APPROVER_DEEP=$(deep_cursor "$BASE?limit=20" "$APPROVER")
declare -a NAMES=("district clerk, first page" "district clerk, page 50" "city approver, first page"
  "city approver, page 50" "city approver, text search")
declare -a TOKENS=("$CLERK" "$CLERK" "$APPROVER" "$APPROVER" "$APPROVER")
declare -a URLS=("$BASE?limit=20" "$BASE?limit=20&cursor=$CLERK_DEEP" "$BASE?limit=20"
  "$BASE?limit=20&cursor=$APPROVER_DEEP" "$BASE?limit=20&q=%E4%BE%BF%E5%88%A9%E5%BA%974242")
declare -a SQLS=("$(sql_for 330106 330107)" "$(sql_for 330106 330107)" "$(sql_for 3301 3302)" "$(sql_for 3301 3302)"
  "$(sql_for 3301 3302 '便利店4242')")

total=$(curl -fsS -H "Authorization: Bearer $APPROVER" "$BASE?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
printf '\n%s applications, %s open in the city (true total from the API)\n' "$ROWS" "$total"
printf '\n| scenario | SQL alone (pgbench) p50 / p95 ms | service p50 / p95 ms | service req/s | failed | target p95 |\n'
printf '| --- | --- | --- | --- | --- | --- |\n'
for i in "${!NAMES[@]}"; do
  read -r _ rp50 rp95 < <(reference "s$i" "${SQLS[$i]}")
  read -r rps p50 p95 failed _ < <(wrk_run "${URLS[$i]}" "${TOKENS[$i]}" "$DURATION" "$CONNECTIONS")
  met=$(python3 -c "print('met' if $p95 <= 50 else 'NOT met')")
  printf '| %s | %s / %s | %s / %s | %s | %s | <= 50 (%s) |\n' "${NAMES[$i]}" "$rp50" "$rp95" "$p50" "$p95" "$rps" "$failed" "$met"
done
printf '\nMachine: %s cores, %s MB RAM; %s\n' "$(nproc)" "$(free -m | awk '/Mem:/ {print $2}')" "$(date -u +%Y-%m-%dT%H:%MZ)"
