# The preamble every bench script shares. Source it from a script in bench/ (after `set -euo
# pipefail`); it moves to the repository's root, makes the run's temp folder ($WORK) and sets
# the EXIT trap that stops everything the script started (track PID) and removes $WORK.
#
#   source "$(dirname "$0")/lib/common.sh"
#
# What it gives: say, spare_port, ports_free, need_tool, need_issuer, bench_jvm_flags, jar_of,
# start_java, wait_ready, token, bench_database, psql_db, migrate, wrk_run, pgbench_run,
# load_average, machine_line, and on_exit (a command of the script's own to run before the processes are stopped).
# shellcheck shell=bash

cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 1
# scripts/lib.sh: ensure_database, recreate_database, point_services_at, PROJECT_VERSION, ...
# shellcheck source=../../scripts/lib.sh
source scripts/lib.sh
export ROOT=$PWD
ISSUER=${IDENTITY_ISSUER:-http://localhost:9000}
WORK=$(mktemp -d)
pids=()
exit_hooks=()

# every process the script started, stopped on exit (a stopped one is continued first)
track() { pids+=("$@"); }
on_exit() { exit_hooks+=("$*"); }
stop_tracked() {
  local pid
  for pid in "${pids[@]}"; do kill -CONT "$pid" 2>/dev/null || true; kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  pids=()
}
bench_cleanup() {
  local hook
  for hook in "${exit_hooks[@]}"; do eval "$hook" || true; done
  stop_tracked
  rm -rf "$WORK"
}
trap bench_cleanup EXIT

# progress on stderr (scripts/lib.sh's say writes to stdout, where the tables go)
say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

spare_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

# ports_free PORT...: stops the script when one of them is taken
ports_free() {
  local port
  for port in "$@"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "port $port is taken; set BASE_PORT" >&2
      exit 1
    fi
  done
}

# need_tool COMMAND [DEBIAN_PACKAGE]: installs the Debian package when the command is missing
need_tool() {
  command -v "$1" >/dev/null || [[ -x "/usr/sbin/$1" ]] && return 0
  say "Installing $1 (Debian package ${2:-$1})"
  apt-get install -y -qq "${2:-$1}" >/dev/null
}

# nginx_bin: nginx's path (Debian puts it in /usr/sbin, often not on a non-root PATH)
nginx_bin() { command -v nginx || echo /usr/sbin/nginx; }

need_issuer() {
  curl -fsS -o /dev/null "$ISSUER/.well-known/openid-configuration" \
    || { echo "no OIDC issuer at $ISSUER (start it: scripts/up.sh --no-build --only identity)" >&2; exit 1; }
  export IDENTITY_ISSUER=$ISSUER
}

# bench_jvm_flags: JVM=(...) for the services from JAVA_OPTS, else scripts/up.sh's JAVA_FLAGS;
# GATEWAY_JVM=(...) for the gateway from GATEWAY_JAVA_OPTS, else JAVA_OPTS, else up.sh's
# GATEWAY_JAVA_FLAGS (C2 as well as C1)
bench_jvm_flags() {
  read -r -a JVM <<<"${JAVA_OPTS:-$(sed -n 's/^JAVA_FLAGS=(\(.*\))$/\1/p' scripts/up.sh)}"
  [[ ${#JVM[@]} -gt 0 ]] || JVM=(-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1)
  read -r -a GATEWAY_JVM <<<"${GATEWAY_JAVA_OPTS:-${JAVA_OPTS:-$(sed -n 's/^GATEWAY_JAVA_FLAGS=(\(.*\))$/\1/p' scripts/up.sh)}}"
  [[ ${#GATEWAY_JVM[@]} -gt 0 ]] || GATEWAY_JVM=("${JVM[@]}")
}

# jar_of MODULE [CHECKOUT]: a copy in $WORK of the module's built (repackaged) jar, made at the
# first call, so a rebuild during the run never replaces a jar under a running JVM
jar_of() {
  local jar="" candidate copy
  copy="$WORK/jars/$(printf '%s' "${2:-.}" | md5sum | cut -c1-8)-$1.jar"
  [[ -f "$copy" ]] && { printf '%s\n' "$copy"; return 0; }
  for candidate in "${2:-.}/$1/target/$1"-*.jar; do
    [[ -f "$candidate" && "$candidate" != *-plain.jar ]] && { jar=$candidate; break; }
  done
  [[ -n "$jar" ]] || { echo "no built jar of $1: ./mvnw -q -B -DskipTests package -pl $1 -am" >&2; exit 1; }
  mkdir -p "$WORK/jars" && cp "$jar" "$copy"
  printf '%s\n' "$copy"
}

# start_java NAME [VAR=value...] -- JAVA_ARGS...: starts a JVM in the background (log
# $WORK/NAME.log), tracked; its pid in $STARTED
start_java() {
  local name=$1; shift
  local env=()
  while [[ $# -gt 0 && "$1" != -- ]]; do env+=("$1"); shift; done
  shift
  env "${env[@]}" java "$@" >"$WORK/$name.log" 2>&1 &
  STARTED=$!
  track "$STARTED"
  STARTED_PIDS[$name]=$STARTED
}
declare -A STARTED_PIDS=()

# wait_ready URL NAME [SECONDS (600)]: until URL answers 2xx; else (or when the JVM NAME that
# start_java started has died) the log's tail and exit
wait_ready() {
  local deadline=$((SECONDS + ${3:-600})) pid=${STARTED_PIDS[$2]:-}
  until curl -fsS -o /dev/null "$1" 2>/dev/null; do
    if ((SECONDS > deadline)) || { [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; }; then
      [[ -f "$WORK/$2.log" ]] && tail -40 "$WORK/$2.log" >&2
      echo "$2 did not become ready at $1" >&2
      exit 1
    fi
    sleep 1
  done
}

# token USER: an access token of a demo account from the issuer (bench/lib/oidc_token.py)
token() { python3 bench/lib/oidc_token.py "$1"; }

# bench_database NAME: makes it if missing and points the services at it (scripts/lib.sh)
bench_database() {
  ensure_database "$1" >&2
  point_services_at "$1"
}

# psql_db ARGS...: psql on the script's database ($DB), quiet, unaligned, stopping at an error
psql_db() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qtA -d "$DB" "$@"; }

# migrate MODULE...: each jar's migrate profile against the database the environment names
migrate() {
  local m
  for m in "$@"; do
    java -jar "$(jar_of "$m")" --spring.profiles.active=migrate >>"$WORK/migrate.log" 2>&1 \
      || { tail -30 "$WORK/migrate.log" >&2; exit 1; }
  done
}

# wrk_run URL TOKEN SECONDS CONNECTIONS [LUA] -> "rps p50 p95 failed errors"; a request
# unanswered after WRK_TIMEOUT (10s; wrk's own default is 2 s) counts as an error
wrk_run() {
  WRK_AUTH=$2 wrk -t1 -c"$4" -d"$3s" --timeout "${WRK_TIMEOUT:-10s}" -s "${5:-bench/lib/latency.lua}" "$1" | grep '^RESULT' \
    | sed 's/.*rps=\([^ ]*\) p50=\([^ ]*\) p95=\([^ ]*\) n=[^ ]* failed=\([^ ]*\) errors=\([^ ]*\).*/\1 \2 \3 \4 \5/'
}

load_average() { cut -d' ' -f1-3 /proc/loadavg; }

machine_line() {
  printf 'Machine: %s cores, %s MB RAM, load %s; %s\n' "$(nproc)" "$(free -m | awk '/Mem:/ {print $2}')" \
    "$(load_average)" "$(date -u +%Y-%m-%dT%H:%MZ)"
}

# pgbench_run NAME SCRIPT CLIENTS SECONDS [PGBENCH_ARGS...] -> "tps p50 p95" (ms, from the
# per-transaction log) of SCRIPT against $DB, prepared statements
pgbench_run() {
  local name=$1 script=$2 clients=$3 seconds=$4; shift 4
  (cd "$WORK" && pgbench -h 127.0.0.1 -U postgres -n -M prepared -c "$clients" -j 1 -T "$seconds" -l \
    --log-prefix="$name" "$@" -f "$script" "$DB" >"$WORK/$name.out" 2>&1) || { cat "$WORK/$name.out" >&2; exit 1; }
  python3 - "$WORK" "$name" <<'PY'
import glob, re, sys
lat = []
for f in glob.glob(f"{sys.argv[1]}/{sys.argv[2]}.[0-9]*"):
    lat += [int(line.split()[2]) / 1000 for line in open(f) if len(line.split()) >= 3]
lat.sort()
pick = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] if lat else float("nan")
tps = re.search(r"tps = ([0-9.]+)", open(f"{sys.argv[1]}/{sys.argv[2]}.out").read())
print(f"{float(tps.group(1)) if tps else float('nan'):.1f} {pick(0.5):.1f} {pick(0.95):.1f}")
PY
  rm -f "$WORK/$name".[0-9]*
}

# cpu_ticks PID...: their CPU time (utime + stime, all threads) in clock ticks (100 a second)
cpu_ticks() { local t=0 pid; for pid in "$@"; do t=$((t + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0))); done; echo "$t"; }

# JFR=1: jfr_start PID records the JVM from now on (a flight recording, profile settings);
# jfr_stop PID NAME ends it into $WORK/NAME.jfr; jfr_print NAME prints its CPU samples by the
# innermost frame of this code base (cn.gov.tobacco.*) and by the top frame
jfr_start() { [[ "${JFR:-}" == 1 ]] || return 0; jcmd "$1" JFR.start name=bench settings=profile >/dev/null; }
jfr_stop() {
  [[ "${JFR:-}" == 1 ]] || return 0
  jcmd "$1" JFR.dump name=bench filename="$WORK/$2.jfr" >/dev/null
  jcmd "$1" JFR.stop name=bench >/dev/null
}
jfr_print() {
  [[ "${JFR:-}" == 1 && -f "$WORK/$1.jfr" ]] || return 0
  printf '\nJFR of %s while measured: CPU samples by the innermost frame of this code base, then by the top frame\n\n' "$1"
  jfr print --stack-depth 64 --events jdk.ExecutionSample "$WORK/$1.jfr" | python3 -c 'import collections, re, sys
own, top, n, stack = collections.Counter(), collections.Counter(), 0, []
def flush():
    global n
    if not stack:
        return
    n += 1
    top[stack[0]] += 1
    mine = next((f for f in stack if f.startswith("cn.gov.tobacco.")), None)
    if mine:
        own[mine] += 1
for line in sys.stdin:
    if line.startswith("jdk.ExecutionSample"):
        flush(); stack.clear()
    m = re.match(r"\s+([\w.$<>]+)\(.*line:", line)
    if m:
        stack.append(m.group(1))
flush()
print(f"{n} samples")
for name, c in own.most_common(12):
    print(f"- {100 * c / max(n, 1):.1f}% {name}")
print()
for name, c in top.most_common(12):
    print(f"- {100 * c / max(n, 1):.1f}% {name}")'
}
