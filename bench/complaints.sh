#!/usr/bin/env bash
# Issue 14, "complaints": complaint lifecycles per second through the gateway with 1M cases
# stored, p95 per call, and the staff lists' p95 (the agent's case list, handler.xihu's queue).
#
# Makes its own database (BENCH_DB, default tobacco_bench_complaints): the schema by the
# complaints jar's migrate profile, ROWS cases by one SQL generator (10 districts of Hangzhou
# and 4 other cities, every state, three years of dates), then starts its OWN complaints-hotline
# and gateway from the built jars on ports in 18000-18999, with the machine's issuer (:9000),
# Redis (database REDIS_DB, not the platform's 0) and S3Mock. It measures, in this order:
#   1. the reference: the SQL of one lifecycle's writes and reads by pgbench (the statements
#      the service runs for file, accept, dispatch, start, answer, evaluate, as one script)
#      and the list statements (page + count) by pgbench;
#   2. lifecycles through the gateway: bench/lib/lifecycles.py with CLIENTS clients for
#      DURATION seconds (agent logs a call, opens it, accepts, dispatches; handler.xihu opens
#      it, starts, answers; the citizen tracks and evaluates: 9 calls);
#   3. the lists through the gateway with wrk (CONNECTIONS connections).
# Targets (issue 14): >= 50 lifecycles/s with 1M cases, p95 < 250 ms per step, list p95 <= 50 ms.
#
#   ./mvnw -q -B -DskipTests package -pl gateway,complaints-hotline -am && bench/complaints.sh
#
# Environment: ROWS (1000000), CLIENTS (8), DURATION (30 s of lifecycles; lists and pgbench 10 s
# each), LIST_WARMUP (10 s of each list through the gateway before it is measured), CONNECTIONS
# (4), BENCH_DB, KEEP_DATA=1 (reuse the rows of an earlier run), JAVA_OPTS, GATEWAY_JAVA_OPTS,
# IDENTITY_ISSUER, BASE_PORT (18460: complaints, gateway, its management, the events' sink),
# EVENTS_SINK (nginx: bench/nginx-events-sink.conf; wiremock: the local run's stand-ins on
# :9300), REDIS_DB (14), JFR=1 (a flight recording of complaints-hotline while the lifecycles
# run; its hottest methods are printed).
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "$0")/lib/common.sh"
ROWS=${ROWS:-1000000}
CLIENTS=${CLIENTS:-8}
DURATION=${DURATION:-30}
LIST_SECONDS=${LIST_SECONDS:-10}
LIST_WARMUP=${LIST_WARMUP:-10}
CONNECTIONS=${CONNECTIONS:-4}
DB=${BENCH_DB:-tobacco_bench_complaints}
BASE_PORT=${BASE_PORT:-18460}
COMPLAINTS_PORT=$((BASE_PORT + 1)); GATEWAY_PORT=$((BASE_PORT + 2)); MANAGEMENT_PORT=$((BASE_PORT + 3))
SINK_PORT=$((BASE_PORT + 4))
EVENTS_SINK=${EVENTS_SINK:-nginx}
ports_free "$COMPLAINTS_PORT" "$GATEWAY_PORT" "$MANAGEMENT_PORT" "$SINK_PORT"
need_tool wrk
need_tool pgbench postgresql-client
[[ "$EVENTS_SINK" == wiremock ]] || need_tool nginx
need_issuer
bench_jvm_flags
bench_database "$DB"

rows=$(psql_db -c "select count(*) from complaints.cases" 2>/dev/null || echo 0)
if [[ "${KEEP_DATA:-}" == 1 && "$rows" -ge "$ROWS" ]]; then
  say "Database $DB: keeping its $rows cases; migrating to this build's schema"
  migrate complaints-hotline
else
  recreate_database "$DB" >&2
  say "Database $DB: schema by the complaints migrate profile"
  migrate complaints-hotline
  say "Generating $ROWS cases (10 districts of Hangzhou and 4 other cities, every state, 3 years)"
  start=$SECONDS
  psql_db -v rows="$ROWS" <<'SQL'
set search_path = complaints;
insert into cases (id, case_number, kind, channel, category_code, urgent, priority, state, outcome, division_code,
                   district_code, address_detail, address_key, retailer_name, retailer_key, description,
                   reporter_masked, tracking_code_hash, received_at, acknowledge_due_at, answer_due_at,
                   dispatched_at, answered_at, evaluation_due_at, closed_at, evaluation, deadline_setting_id,
                   created_by, version, updated_at)
select gen_random_uuid(),
       'BENCH-' || lpad(i::text, 10, '0'),
       (array['REPORT', 'REPORT', 'REPORT', 'COMPLAINT', 'COMPLAINT', 'CONSULTATION', 'SUGGESTION'])[1 + i % 7],
       (array['WEB', 'WEB', 'PHONE', 'PHONE', 'PHONE', 'HOTLINE_12345'])[1 + i % 6],
       c.code, c.code = 'SALES_TO_MINORS', case when c.code = 'SALES_TO_MINORS' then 0 else 1 end,
       s.state,
       case when s.state = 'CLOSED' then (array['SUBSTANTIATED', 'UNSUBSTANTIATED', 'REFERRED'])[1 + i % 3] end,
       d.code || lpad((i % 13)::text, 3, '0'), d.code,
       '测试路' || (i % 5000) || '号', 'bench-' || i, '测试便利店' || (i % 20000), 'bench-retailer-' || (i % 20000),
       '店内出售的卷烟疑似假冒，包装粗糙，价格明显低于市场价（生成数据）',
       '张* 138****' || lpad((i % 10000)::text, 4, '0'),
       encode(sha256(('bench' || i)::bytea), 'hex'),
       t.received, t.received + interval '24 hours',
       case when s.state not in ('RECEIVED', 'ACCEPTED', 'NOT_ACCEPTED') then t.received + interval '21 days' end,
       case when s.state not in ('RECEIVED', 'ACCEPTED', 'NOT_ACCEPTED') then t.received + interval '20 minutes' end,
       case when s.state = 'CLOSED' then t.received + interval '10 days'
            when s.state = 'ANSWERED' then t.received + interval '50 minutes' end,
       case when s.state = 'ANSWERED' then t.received + interval '50 minutes' + interval '14 days' end,
       case when s.state in ('CLOSED', 'NOT_ACCEPTED') then t.received + interval '12 days' end,
       case when s.state = 'CLOSED' and i % 4 <> 0 then 'SATISFIED' end,
       1, 'bench', 3, t.received + interval '50 minutes'
from generate_series(1, :rows) as i
cross join lateral (select (array['330102', '330105', '330106', '330108', '330109', '330110', '330111', '330112',
                                  '330113', '330114', '330203', '330302', '330402', '330602'])[1 + (i / 7) % 14] as code) d
cross join lateral (select (array['COUNTERFEIT', 'SMUGGLED', 'UNLICENSED', 'SALES_TO_MINORS', 'E_CIGARETTE',
                                  'SERVICE_ATTITUDE', 'LICENSING', 'POLICY', 'OTHER'])[1 + (i / 3) % 9] as code) c
cross join lateral (select case when i % 100 < 78 then 'CLOSED'
                                when i % 100 < 82 then 'NOT_ACCEPTED'
                                when i % 100 < 84 then 'RECEIVED'
                                when i % 100 < 86 then 'ACCEPTED'
                                when i % 100 < 90 then 'DISPATCHED'
                                when i % 100 < 94 then 'IN_PROGRESS'
                                else 'ANSWERED' end as state) s
-- closed cases over three years; open ones recent, none past a deadline (else the service's
-- deadline watch would spend the run escalating and closing them)
cross join lateral (select case when s.state in ('CLOSED', 'NOT_ACCEPTED')
                                then timestamptz '2024-01-01 08:00+08'
                                     + (i::float / :rows) * (now() - interval '30 days' - timestamptz '2024-01-01 08:00+08')
                                when s.state in ('RECEIVED', 'ACCEPTED') then now() - (i % 120) * interval '7 minutes'
                                else now() - interval '1 hour' - (i % 1000) * interval '10 minutes' end as received) t;
SQL
  psql_db -c "vacuum analyze complaints.cases"
  say "Generated in $((SECONDS - start)) s"
fi
total=$(psql_db -c "select count(*) from complaints.cases")
xihu_open=$(psql_db -c "select count(*) from complaints.cases where district_code = '330106' and state in ('DISPATCHED', 'IN_PROGRESS')")

say "Starting complaints-hotline on :$COMPLAINTS_PORT, the gateway on :$GATEWAY_PORT (services: ${JVM[*]}; gateway: ${GATEWAY_JVM[*]})"
# The events' subscribers (the 12313 platform, operations alerts): nginx answering 202 (see
# bench/nginx-events-sink.conf), or the local run's WireMock with EVENTS_SINK=wiremock
if [[ "$EVENTS_SINK" == wiremock ]]; then
  EVENTS_URL=http://localhost:9300
else
  sed -e "s#@WORK@#$WORK#g" -e "s#@SINK_PORT@#$SINK_PORT#g" bench/nginx-events-sink.conf >"$WORK/events-sink.conf"
  "$(nginx_bin)" -p "$WORK" -c "$WORK/events-sink.conf" -e "$WORK/events-sink-error.log" \
    >"$WORK/events-sink.out" 2>&1 &
  track $!
  EVENTS_URL=http://127.0.0.1:$SINK_PORT
fi
start_java complaints COMPLAINTS_PORT="$COMPLAINTS_PORT" COMPLAINTS_LICENSING_URL=http://127.0.0.1:9 \
  HOTLINE_12313_PLATFORM_EVENTS_URL="$EVENTS_URL/12313-platform/v1/events" OPS_ALERTS_EVENTS_URL="$EVENTS_URL/ops-alerts/v1/events" \
  HOTLINE_12345_PULL_INTERVAL=0s -- "${JVM[@]}" -jar "$(jar_of complaints-hotline)"
COMPLAINTS_PID=$STARTED
# the public POST limit (10/s per address) raised: every citizen here shares 127.0.0.1; the
# limiter still runs (a Redis call per public POST), in a Redis database of its own
start_java gateway GATEWAY_PORT="$GATEWAY_PORT" MANAGEMENT_SERVER_PORT="$MANAGEMENT_PORT" \
  COMPLAINTS_URI="http://127.0.0.1:$COMPLAINTS_PORT" LICENSING_URI=http://127.0.0.1:9 \
  SPRING_DATA_REDIS_DATABASE="${REDIS_DB:-14}" PUBLIC_RATE_LIMIT_PER_SECOND=100000 PUBLIC_RATE_LIMIT_BURST=100000 \
  WEB_FRONTEND_DIR="file:$WORK/no-frontend/" -- "${GATEWAY_JVM[@]}" -jar "$(jar_of gateway)"
GATEWAY_PID=$STARTED
wait_ready "http://127.0.0.1:$COMPLAINTS_PORT/actuator/health/readiness" complaints
wait_ready "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health/readiness" gateway
AGENT_TOKEN=$(token agent)
HANDLER_TOKEN=$(token handler.xihu)
export AGENT_TOKEN HANDLER_TOKEN
G=http://127.0.0.1:$GATEWAY_PORT
S=http://127.0.0.1:$COMPLAINTS_PORT

# The reference: one lifecycle's statements (CaseStore, CaseWorkflow, AuditChain, Outbox,
# IdempotencyStore, Tracking, Evaluation), each call's transaction as the service runs it.
cat >"$WORK/lifecycle.sql" <<'SQL'
\set n random(1, 1000000000)
begin;
select pg_try_advisory_xact_lock(:n);
select fingerprint, sealed_result from complaints.idempotency_record where scope = 'agent' and key_hash = (md5(:n::text) || md5(:n::text))::char(64) and operation = 'POST /api/complaints/cases' and expires_at > now();
insert into complaints.case_number_counters (day, last_no) values (current_date, 1) on conflict (day) do update set last_no = complaints.case_number_counters.last_no + 1 returning last_no;
select c.id, c.case_number from complaints.cases c where c.district_code = '330106' and c.category_code = 'COUNTERFEIT' and c.duplicate_of is null and c.state not in ('CLOSED', 'NOT_ACCEPTED') and c.received_at > now() - interval '30 days' and (c.address_key = 'bench-new-' || :n) order by c.received_at limit 1;
insert into complaints.cases (id, case_number, kind, channel, category_code, urgent, priority, state, division_code, district_code, address_detail, address_key, description, reporter_masked, tracking_code_hash, received_at, acknowledge_due_at, deadline_setting_id, created_by, version, updated_at)
  values (md5('c' || :n)::uuid, 'PGB-' || :n || '-' || txid_current(), 'REPORT', 'PHONE', 'COUNTERFEIT', false, 1, 'RECEIVED', '330106', '330106', '压测路', 'bench-new-' || :n, '来电反映该店出售的卷烟疑似假冒', '', md5('t' || :n) || md5('u' || :n), now(), now() + interval '24 hours', 1, 'agent', 0, now());
insert into complaints.case_events (case_id, to_state, action, actor, at) values (md5('c' || :n)::uuid, 'RECEIVED', 'FILE', 'hotline-agent', now());
select pg_advisory_xact_lock(hashtext('case' || :n));
select seq, hash from complaints.audit_log where aggregate_type = 'case' and aggregate_id = md5('c' || :n)::uuid order by seq desc limit 1;
insert into complaints.audit_log (aggregate_type, aggregate_id, seq, action, actor, detail, at, prev_hash, hash) values ('case', md5('c' || :n)::uuid, 1, 'FILE', 'agent', '{}', now(), repeat('0', 64), md5(:n::text) || md5(:n::text));
insert into complaints.outbox (aggregate_type, aggregate_id, event_type, payload, created_at) values ('case', md5('c' || :n)::uuid, 'case.filed', '{}', now());
insert into complaints.idempotency_record (scope, key_hash, operation, fingerprint, sealed_result, created_at, expires_at) values ('agent', md5(:n::text) || md5(:n::text), 'POST /api/complaints/cases', repeat('f', 64), 'sealed', now(), now() + interval '24 hours') on conflict do nothing;
commit;
select * from complaints.cases where id = md5('c' || :n)::uuid;
select * from complaints.case_events where case_id = md5('c' || :n)::uuid order by id;
select * from complaints.attachments where case_id = md5('c' || :n)::uuid;
begin;
select * from complaints.cases where id = md5('c' || :n)::uuid for update;
update complaints.cases set state = 'ACCEPTED', version = version + 1, updated_at = now() where id = md5('c' || :n)::uuid and version = 0;
insert into complaints.case_events (case_id, from_state, to_state, action, actor, at) values (md5('c' || :n)::uuid, 'RECEIVED', 'ACCEPTED', 'ACCEPT', 'agent', now());
select seq, hash from complaints.audit_log where aggregate_type = 'case' and aggregate_id = md5('c' || :n)::uuid order by seq desc limit 1;
insert into complaints.audit_log (aggregate_type, aggregate_id, seq, action, actor, detail, at, prev_hash, hash) values ('case', md5('c' || :n)::uuid, 2, 'ACCEPT', 'agent', '{}', now(), repeat('0', 64), md5(:n::text) || md5(:n::text));
insert into complaints.outbox (aggregate_type, aggregate_id, event_type, payload, created_at) values ('case', md5('c' || :n)::uuid, 'case.state-changed', '{}', now());
commit;
select * from complaints.case_events where case_id = md5('c' || :n)::uuid order by id;
begin;
select * from complaints.cases where id = md5('c' || :n)::uuid for update;
update complaints.cases set state = 'DISPATCHED', dispatched_at = now(), answer_due_at = now() + interval '21 days', version = version + 1, updated_at = now() where id = md5('c' || :n)::uuid and version = 1;
insert into complaints.case_events (case_id, from_state, to_state, action, actor, at) values (md5('c' || :n)::uuid, 'ACCEPTED', 'DISPATCHED', 'DISPATCH', 'agent', now());
select seq, hash from complaints.audit_log where aggregate_type = 'case' and aggregate_id = md5('c' || :n)::uuid order by seq desc limit 1;
insert into complaints.audit_log (aggregate_type, aggregate_id, seq, action, actor, detail, at, prev_hash, hash) values ('case', md5('c' || :n)::uuid, 3, 'DISPATCH', 'agent', '{}', now(), repeat('0', 64), md5(:n::text) || md5(:n::text));
insert into complaints.outbox (aggregate_type, aggregate_id, event_type, payload, created_at) values ('case', md5('c' || :n)::uuid, 'case.state-changed', '{}', now());
commit;
select * from complaints.cases where id = md5('c' || :n)::uuid;
select * from complaints.case_events where case_id = md5('c' || :n)::uuid order by id;
begin;
select * from complaints.cases where id = md5('c' || :n)::uuid for update;
update complaints.cases set state = 'IN_PROGRESS', version = version + 1, updated_at = now() where id = md5('c' || :n)::uuid and version = 2;
insert into complaints.case_events (case_id, from_state, to_state, action, actor, at) values (md5('c' || :n)::uuid, 'DISPATCHED', 'IN_PROGRESS', 'START', 'handler.xihu', now());
select seq, hash from complaints.audit_log where aggregate_type = 'case' and aggregate_id = md5('c' || :n)::uuid order by seq desc limit 1;
insert into complaints.audit_log (aggregate_type, aggregate_id, seq, action, actor, detail, at, prev_hash, hash) values ('case', md5('c' || :n)::uuid, 4, 'START', 'handler.xihu', '{}', now(), repeat('0', 64), md5(:n::text) || md5(:n::text));
insert into complaints.outbox (aggregate_type, aggregate_id, event_type, payload, created_at) values ('case', md5('c' || :n)::uuid, 'case.state-changed', '{}', now());
commit;
begin;
select * from complaints.cases where id = md5('c' || :n)::uuid for update;
update complaints.cases set state = 'ANSWERED', outcome = 'SUBSTANTIATED', public_answer = '经现场检查，已依法立案查处。', answered_at = now(), evaluation_due_at = now() + interval '14 days', version = version + 1, updated_at = now() where id = md5('c' || :n)::uuid and version = 3;
insert into complaints.case_events (case_id, from_state, to_state, action, actor, at) values (md5('c' || :n)::uuid, 'IN_PROGRESS', 'ANSWERED', 'ANSWER', 'handler.xihu', now());
select seq, hash from complaints.audit_log where aggregate_type = 'case' and aggregate_id = md5('c' || :n)::uuid order by seq desc limit 1;
insert into complaints.audit_log (aggregate_type, aggregate_id, seq, action, actor, detail, at, prev_hash, hash) values ('case', md5('c' || :n)::uuid, 5, 'ANSWER', 'handler.xihu', '{}', now(), repeat('0', 64), md5(:n::text) || md5(:n::text));
insert into complaints.outbox (aggregate_type, aggregate_id, event_type, payload, created_at) values ('case', md5('c' || :n)::uuid, 'case.state-changed', '{}', now());
commit;
select * from complaints.cases where tracking_code_hash = (md5('t' || :n) || md5('u' || :n))::char(64);
select * from complaints.case_events where case_id = md5('c' || :n)::uuid order by id;
begin;
select * from complaints.cases where tracking_code_hash = (md5('t' || :n) || md5('u' || :n))::char(64) for update;
update complaints.cases set state = 'CLOSED', evaluation = 'SATISFIED', closed_at = now(), version = version + 1, updated_at = now() where id = md5('c' || :n)::uuid and version = 4;
insert into complaints.case_events (case_id, from_state, to_state, action, actor, at) values (md5('c' || :n)::uuid, 'ANSWERED', 'EVALUATED_SATISFIED', 'EVALUATE', 'anonymous', now()), (md5('c' || :n)::uuid, 'EVALUATED_SATISFIED', 'CLOSED', 'CLOSE', 'system', now());
select seq, hash from complaints.audit_log where aggregate_type = 'case' and aggregate_id = md5('c' || :n)::uuid order by seq desc limit 1;
insert into complaints.audit_log (aggregate_type, aggregate_id, seq, action, actor, detail, at, prev_hash, hash) values ('case', md5('c' || :n)::uuid, 6, 'EVALUATE', 'anonymous', '{}', now(), repeat('0', 64), md5(:n::text) || md5(:n::text));
insert into complaints.outbox (aggregate_type, aggregate_id, event_type, payload, created_at) values ('case', md5('c' || :n)::uuid, 'case.state-changed', '{}', now());
commit;
SQL
CASE_COLUMNS="id, case_number, kind, channel, category_code, urgent, state, outcome, division_code, district_code, address_detail, retailer_name, description, reporter_masked, reporter_subject, public_answer, not_accepted_reason, duplicate_of, received_at, acknowledge_due_at, answer_due_at, answered_at, evaluation_due_at, closed_at, reopen_count, escalation_level, version, license_no, reward_amount"
# CaseQueries.page for the agent (330100: newest first) and Queues.handlerQueue for handler.xihu
# (330106: the district by equality), each with its true total as CaseQueries.count reads it
# (V16: the case counters and their deltas not yet compacted, one statement)
counted() { printf 'select coalesce(sum(n), 0)::bigint as total from (select n from complaints.case_counts where %s union all select n from complaints.case_count_deltas where %s) c;' "$1" "$1"; }
printf 'select %s from complaints.cases where division_code like $$3301%%$$ order by received_at desc, id desc limit 21;\n%s\n' \
  "$CASE_COLUMNS" "$(counted "division_code >= \$\$3301\$\$ and division_code < \$\$3302\$\$")" >"$WORK/case-list.sql"
printf 'select %s, priority from complaints.cases where district_code = $$330106$$ and state in ($$DISPATCHED$$, $$IN_PROGRESS$$) order by priority, answer_due_at, id limit 21;\n%s\n' \
  "$CASE_COLUMNS" "$(counted "district_code >= \$\$330106\$\$ and district_code < \$\$330107\$\$ and state in (\$\$DISPATCHED\$\$, \$\$IN_PROGRESS\$\$)")" >"$WORK/queue.sql"

say "Warming up (the JVMs' compilers, the pools): 10 s of lifecycles"
python3 bench/lib/lifecycles.py "$G" "$CLIENTS" 10 >/dev/null
say "Reference: one lifecycle's SQL by pgbench, $CLIENTS clients, $LIST_SECONDS s"
read -r ref_tps ref_p50 ref_p95 < <(pgbench_run lifecycle lifecycle.sql "$CLIENTS" "$LIST_SECONDS")
load_before=$(load_average)
run_started=$(psql_db -c "select now()")
say "Lifecycles through the gateway: $CLIENTS clients, $DURATION s"
jfr_start "$COMPLAINTS_PID"
python3 bench/lib/lifecycles.py "$G" "$CLIENTS" "$DURATION" >"$WORK/lifecycles.json"
jfr_stop "$COMPLAINTS_PID" complaints-hotline
load_after=$(load_average)
say "Lists: pgbench and wrk, $CONNECTIONS connections, $LIST_SECONDS s each (each through the gateway after $LIST_WARMUP s of warm-up)"
# gateway_list URL TOKEN -> "rps p50 p95 failed errors gateway-us service-us": the list through
# the gateway after LIST_WARMUP s of the same calls (discarded), and each JVM's CPU per request
gateway_list() {
  [[ "$LIST_WARMUP" -gt 0 ]] && wrk_run "$1" "$2" "$LIST_WARMUP" "$CONNECTIONS" >/dev/null
  local g0 s0 result
  g0=$(cpu_ticks "$GATEWAY_PID"); s0=$(cpu_ticks "$COMPLAINTS_PID")
  result=$(wrk_run "$1" "$2" "$LIST_SECONDS" "$CONNECTIONS")
  python3 -c 'import sys; r, g, s, n = sys.argv[1].split(), int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[1].split()[0]) * int(sys.argv[4])
print(*r, round(g * 10000 / n) if n else "-", round(s * 10000 / n) if n else "-")' \
    "$result" "$(($(cpu_ticks "$GATEWAY_PID") - g0))" "$(($(cpu_ticks "$COMPLAINTS_PID") - s0))" "$LIST_SECONDS"
}
read -r _ list_ref_p50 list_ref_p95 < <(pgbench_run caselist case-list.sql "$CONNECTIONS" "$LIST_SECONDS")
read -r list_rps list_p50 list_p95 list_failed list_errors list_gw_us list_svc_us < <(gateway_list "$G/api/complaints/cases?limit=20" "$AGENT_TOKEN")
# the same list from the service itself, without the gateway: which of the two the time is in
read -r list_direct_rps list_direct_p50 list_direct_p95 _ _ < <(wrk_run "$S/api/complaints/cases?limit=20" "$AGENT_TOKEN" "$LIST_SECONDS" "$CONNECTIONS")
read -r _ queue_ref_p50 queue_ref_p95 < <(pgbench_run queue queue.sql "$CONNECTIONS" "$LIST_SECONDS")
read -r queue_rps queue_p50 queue_p95 queue_failed queue_errors queue_gw_us queue_svc_us < <(gateway_list "$G/api/complaints/queue?limit=20" "$HANDLER_TOKEN")
read -r queue_direct_rps queue_direct_p50 queue_direct_p95 _ _ < <(wrk_run "$S/api/complaints/queue?limit=20" "$HANDLER_TOKEN" "$LIST_SECONDS" "$CONNECTIONS")
list_total=$(curl -fsS -H "Authorization: Bearer $AGENT_TOKEN" "$G/api/complaints/cases?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')

printf '\n%s cases stored (%s open in the Xihu queue before the run); the agent (330100) sees %s.\n' "$total" "$xihu_open" "$list_total"
python3 - "$WORK/lifecycles.json" "$CLIENTS" "$ref_tps" "$ref_p50" "$ref_p95" "$load_before" "$load_after" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
clients, ref_tps, ref_p50, ref_p95 = sys.argv[2], float(sys.argv[3]), sys.argv[4], sys.argv[5]
rate = r["per_second"]
print(f"\n| measure | through the gateway | SQL alone (pgbench, same clients) | target |")
print("| --- | --- | --- | --- |")
print(f"| lifecycles/s ({clients} clients, {r['seconds']} s, load {sys.argv[6]} → {sys.argv[7]}) | {rate} "
      f"({r['flows']} lifecycles) | {ref_tps} (p50 {ref_p50} / p95 {ref_p95} ms per lifecycle) | "
      f"≥ 50 ({'met' if rate >= 50 else 'NOT met'}) |")
print("\n| call | n | p50 ms | p95 ms | target p95 |")
print("| --- | --- | --- | --- | --- |")
for step, s in r["steps"].items():
    met = s["p95"] is not None and s["p95"] < 250
    print(f"| {step} | {s['n']} | {s['p50']} | {s['p95']} | < 250 ({'met' if met else 'NOT met'}) |")
if r["failures"]:
    print("\nAnswers that were not 2xx:")
    for k, v in sorted(r["failures"].items()):
        print(f"- {v} × {k}")
PY
met() { python3 -c "print('met' if $1 <= 50 and $2 == 0 and $3 > 0 else 'NOT met')"; } # p95 failed rps
printf '\n| list | SQL alone (pgbench) p50 / p95 ms | service alone p50 / p95 ms, req/s | gateway p50 / p95 ms | gateway req/s | CPU µs per request through the gateway: gateway · service | failed | target p95 |\n'
printf '| --- | --- | --- | --- | --- | --- | --- | --- |\n'
printf '| case list, agent (330100), first page + total | %s / %s | %s / %s, %s | %s / %s | %s | %s · %s | %s | <= 50 (%s) |\n' \
  "$list_ref_p50" "$list_ref_p95" "$list_direct_p50" "$list_direct_p95" "$list_direct_rps" "$list_p50" "$list_p95" "$list_rps" "$list_gw_us" "$list_svc_us" "$((list_failed + list_errors))" "$(met "$list_p95" "$((list_failed + list_errors))" "$list_rps")"
printf '| handler queue, handler.xihu (330106), first page + total | %s / %s | %s / %s, %s | %s / %s | %s | %s · %s | %s | <= 50 (%s) |\n' \
  "$queue_ref_p50" "$queue_ref_p95" "$queue_direct_p50" "$queue_direct_p95" "$queue_direct_rps" "$queue_p50" "$queue_p95" "$queue_rps" "$queue_gw_us" "$queue_svc_us" "$((queue_failed + queue_errors))" "$(met "$queue_p95" "$((queue_failed + queue_errors))" "$queue_rps")"
# every event of the run's cases was offered to its subscribers (none refused, none waiting)
printf '\nEvents of the run (sink: %s): %s\n' "$EVENTS_SINK" "$(psql_db -c "select count(*) filter (where published_at is not null) || ' delivered, ' || count(*) filter (where published_at is null and dead_at is null) || ' waiting, ' || count(*) filter (where dead_at is not null) || ' refused for good' from complaints.outbox where created_at >= '$run_started'")"
jfr_print complaints-hotline
printf '\nJVM flags: %s; the gateway'"'"'s: %s. ' "${JVM[*]}" "${GATEWAY_JVM[*]}"
machine_line
