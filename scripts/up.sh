#!/usr/bin/env bash
# Builds the platform and starts all of it on this machine: the S3 server, the OIDC issuer,
# both services and the gateway on http://localhost:8080, with demo accounts and data.
#   scripts/up.sh             build, then start everything
#   scripts/up.sh --no-build  start from the jars already built
#   scripts/up.sh --only identity   start just the issuer (used by scripts/test.sh)
#   scripts/up.sh --database NAME   use another PostgreSQL database than "tobacco"
source "$(dirname "$0")/lib.sh"

build=true
only=""
database=tobacco
while (($#)); do
  case $1 in
    --no-build) build=false ;;
    --only) only=$2; shift ;;
    --database) database=$2; shift ;;
    *) die "unknown option $1" ;;
  esac
  shift
done

"$ROOT/scripts/down.sh" --apps-only >/dev/null 2>&1 || true
ensure_infrastructure
ensure_database "$database"
point_services_at "$database"
start_stand_ins

if $build; then
  say "Building (tests run with scripts/test.sh)"
  "$ROOT/mvnw" -q -B -DskipTests install
  if [[ -f "$ROOT/web-frontend/package.json" ]]; then
    say "Building the web frontend"
    (cd "$ROOT/web-frontend" && { [[ -d node_modules ]] || npm ci --no-audit --no-fund; } && npm run build)
  fi
fi

# Run from copies, so a rebuild never replaces a jar under a running JVM.
mkdir -p "$RUN/jars"
for m in identity licensing-service complaints-hotline gateway; do
  cp "$ROOT/$m/target/$m-$PROJECT_VERSION.jar" "$RUN/jars/" 2>/dev/null || true
done
# The services' JVM flags (bench/footprint.sh measures them): the serial collector and the C1
# compiler only (a small machine, many JVMs), the heap given back after a collection down to
# 20% free, bounded metaspace and code cache, smaller thread stacks.
JAVA_FLAGS=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms32m -Xmx384m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=48m -Xss512k)
# The gateway's: the same, but with the C2 compiler too. Every request passes through it, and with
# C1 only it took about twice the CPU per request (bench/gateway.sh); C2 costs it 30-60 MB more
# RSS, most of it native memory the compiler threads free but the C library keeps, which
# TrimNativeHeapInterval gives back to the system every 5 s (bench/footprint.sh). The services
# keep C1 only: with C2 they stay above 256 MB even trimmed.
GATEWAY_JAVA_FLAGS=(-XX:+UseSerialGC -Xms32m -Xmx384m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=48m -Xss512k -XX:TrimNativeHeapInterval=5000)
jvm_flags() { # name -> FLAGS=(...) for that JVM
  if [[ $1 == gateway ]]; then FLAGS=("${GATEWAY_JAVA_FLAGS[@]}"); else FLAGS=("${JAVA_FLAGS[@]}"); fi
}
# Class data sharing, as in the images (bench/footprint.sh: about half the time to ready): each
# jar is extracted once per build and a training run archives the classes it loads (the
# application context is made, then the JVM exits before anything listens); every later start
# maps that archive. A jar whose training fails starts as a plain jar; CDS=0 turns it off.
cds_dir() { printf '%s/cds/%s/%s' "$RUN" "$1" "$(sha256sum "$RUN/jars/$1-$PROJECT_VERSION.jar" | cut -c1-16)"; }
archive_classes() { # names...: trains, in parallel, those without an archive for their jar
  [[ "${CDS:-1}" == 1 ]] || return 0
  local name dir pids=()
  for name in "$@"; do
    [[ -f "$RUN/jars/$name-$PROJECT_VERSION.jar" ]] || continue
    dir=$(cds_dir "$name")
    [[ -s "$dir/app.jsa" ]] && continue
    say "Archiving $name's classes for faster starts (once per build)"
    rm -rf "$RUN/cds/$name" && mkdir -p "$dir"
    jvm_flags "$name"
    (java -Djarmode=tools -jar "$RUN/jars/$name-$PROJECT_VERSION.jar" extract --destination "$dir/app" >/dev/null \
      && cd "$ROOT" && java "${FLAGS[@]}" -XX:ArchiveClassesAtExit="$dir/app.jsa" -Dspring.context.exit=onRefresh \
        -Xlog:cds=off -jar "$dir/app/$name-$PROJECT_VERSION.jar") >"$LOGS/$name-cds.log" 2>&1 \
      || rm -f "$dir/app.jsa" &
    pids+=($!)
  done
  ((${#pids[@]} == 0)) || wait "${pids[@]}" || true
  for name in "$@"; do
    [[ -f "$RUN/jars/$name-$PROJECT_VERSION.jar" && ! -s "$(cds_dir "$name")/app.jsa" ]] \
      && echo "  ($name: no class archive, see $LOGS/$name-cds.log; it starts from the plain jar)"
  done
  return 0
}
start() {
  local name=$1 port=$2; shift 2
  local jar="$RUN/jars/$name-$PROJECT_VERSION.jar"
  [[ -f "$jar" ]] || die "$jar is missing; run scripts/up.sh without --no-build"
  port_open "$port" && die "port $port is taken; stop what runs there (scripts/down.sh)"
  local run=(-jar "$jar") dir; dir=$(cds_dir "$name")
  if [[ "${CDS:-1}" == 1 && -s "$dir/app.jsa" ]]; then
    run=(-XX:SharedArchiveFile="$dir/app.jsa" -Xlog:cds=off -jar "$dir/app/$name-$PROJECT_VERSION.jar")
  fi
  say "Starting $name on :$port"
  jvm_flags "$name"
  # exec: the recorded pid is the JVM's own, so down.sh stops the JVM and not a wrapper shell.
  (cd "$ROOT" && exec nohup java "${FLAGS[@]}" "${run[@]}" "$@" \
    >"$LOGS/$name.log" 2>&1) &
  echo $! >"$RUN/$name.pid"
}

# A developer's issuer already running here is as good as ours: same contract, same database.
if port_open 9000 && curl -fsS -o /dev/null http://localhost:9000/.well-known/openid-configuration; then
  say "Using the OIDC issuer already running on :9000"
else
  archive_classes identity
  start identity 9000
fi
wait_http http://localhost:9000/actuator/health/readiness 120 identity "$LOGS/identity.log"
[[ "$only" == identity ]] && { say "Issuer ready on http://localhost:9000"; exit 0; }

archive_classes licensing-service complaints-hotline gateway
start licensing-service 8081
start complaints-hotline 8082
wait_http http://localhost:8081/actuator/health/readiness 180 licensing-service "$LOGS/licensing-service.log"
wait_http http://localhost:8082/actuator/health/readiness 180 complaints-hotline "$LOGS/complaints-hotline.log"
start gateway 8080
wait_http http://localhost:9091/actuator/health/readiness 120 gateway "$LOGS/gateway.log"

if [[ -x "$ROOT/scripts/demo-data.sh" ]]; then
  "$ROOT/scripts/demo-data.sh"
fi

cat <<MSG

  平台已启动 · The platform is up:   http://localhost:8080
  OIDC issuer:                       http://localhost:9000
  Demo accounts (password Demo@2026): see README.md
  Logs: .run/logs/        Stop: scripts/down.sh

MSG
