# Shared by the scripts in this folder. Source it; do not run it.
# shellcheck shell=bash
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUN="$ROOT/.run"
LOGS="$RUN/logs"
mkdir -p "$LOGS"

S3MOCK_VERSION="$(sed -n 's:.*<s3mock.version>\(.*\)</s3mock.version>.*:\1:p' "$ROOT/pom.xml")"
WIREMOCK_VERSION="$(sed -n 's:.*<wiremock.version>\(.*\)</wiremock.version>.*:\1:p' "$ROOT/pom.xml")"
# One WireMock serves every third-party stand-in, each under its own path prefix.
STAND_INS_PORT=${STAND_INS_PORT:-9300}
STAND_INS_URL="http://localhost:$STAND_INS_PORT"
PROJECT_VERSION="0.1.0-SNAPSHOT"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf '\033[31mERROR: %s\033[0m\n' "$*" >&2; exit 1; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_http URL SECONDS NAME [LOG]
wait_http() {
  local url=$1 seconds=$2 name=$3 log=${4:-}
  local deadline=$((SECONDS + seconds))
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    if ((SECONDS > deadline)); then
      [[ -n "$log" && -f "$log" ]] && tail -40 "$log" >&2
      die "$name did not become ready at $url within ${seconds}s"
    fi
    sleep 1
  done
}

# PostgreSQL and Redis: start the installed servers if they are not running.
ensure_postgres() {
  if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then return; fi
  if command -v pg_ctlcluster >/dev/null && ls /etc/postgresql >/dev/null 2>&1; then
    say "Starting PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start
    for _ in $(seq 30); do pg_isready -q -h 127.0.0.1 -p 5432 && return; sleep 1; done
  fi
  die "PostgreSQL is not running on 127.0.0.1:5432. Install it: apt-get install -y postgresql (trust auth for local connections), or set the *_DB_URL variables."
}

ensure_redis() {
  if redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then return; fi
  if command -v redis-server >/dev/null; then
    say "Starting Redis"
    mkdir -p /var/lib/redis /var/log/redis 2>/dev/null || true
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no \
      --dir /tmp --logfile "$LOGS/redis.log"
    for _ in $(seq 20); do redis-cli ping >/dev/null 2>&1 && return; sleep 0.5; done
  fi
  die "Redis is not running on 127.0.0.1:6379. Install it: apt-get install -y redis-server"
}

psql_admin() { psql -h 127.0.0.1 -U "${PGUSER:-postgres}" -v ON_ERROR_STOP=1 -qtA "$@"; }

ensure_database() {
  local db=$1
  if [[ "$(psql_admin -d postgres -c "select 1 from pg_database where datname = '$db'")" != "1" ]]; then
    say "Creating database $db"
    psql_admin -d postgres -c "create database $db"
  fi
}

# The S3 server: Adobe S3Mock's runnable jar from Maven Central.
ensure_s3() {
  if port_open 9090; then return; fi
  local jar="$RUN/s3mock-$S3MOCK_VERSION-exec.jar"
  if [[ ! -f "$jar" ]]; then
    say "Fetching S3Mock $S3MOCK_VERSION"
    "$ROOT/mvnw" -q -B dependency:copy -Dartifact="com.adobe.testing:s3mock:$S3MOCK_VERSION:jar:exec" \
      -DoutputDirectory="$RUN" >/dev/null
  fi
  say "Starting S3Mock on :9090"
  mkdir -p "$RUN/s3data"
  nohup java -Xmx256m -jar "$jar" --server.port=0 --com.adobe.testing.s3mock.store.root="$RUN/s3data" \
    --com.adobe.testing.s3mock.store.retain-files-on-exit=true \
    >"$LOGS/s3mock.log" 2>&1 &
  echo $! >"$RUN/s3mock.pid"
  local deadline=$((SECONDS + 90))
  until port_open 9090; do
    ((SECONDS > deadline)) && { tail -30 "$LOGS/s3mock.log" >&2; die "S3Mock did not start"; }
    sleep 1
  done
}

# The third-party stand-ins (scripts/stand-ins/<system>/mappings/*.json): WireMock standalone
# from Maven Central, on :$STAND_INS_PORT, started fresh each time so scenarios start over. Its
# request log (__admin/requests) keeps the last 1,000 requests: unbounded, it grew with every
# event the services deliver, and WireMock's 128 MB heap went to collecting garbage (event
# POSTs a second: 2,500 with 14,000 entries, 500 with 35,000; 7,600 with the cap).
start_stand_ins() {
  local jar="$RUN/wiremock-standalone-$WIREMOCK_VERSION.jar" root="$RUN/stand-ins"
  if [[ ! -f "$jar" ]]; then
    say "Fetching WireMock $WIREMOCK_VERSION"
    "$ROOT/mvnw" -q -B dependency:copy -Dartifact="org.wiremock:wiremock-standalone:$WIREMOCK_VERSION" \
      -DoutputDirectory="$RUN" >/dev/null
  fi
  stop_pidfile "$RUN/stand-ins.pid"
  port_open "$STAND_INS_PORT" && die "port $STAND_INS_PORT (third-party stand-ins) is taken; set STAND_INS_PORT"
  rm -rf "$root" && mkdir -p "$root/mappings" "$root/__files"
  local system file
  for system in "$ROOT"/scripts/stand-ins/*/; do
    for file in "$system"mappings/*.json; do
      [[ -f "$file" ]] && cp "$file" "$root/mappings/$(basename "$system")--$(basename "$file")"
    done
  done
  say "Starting the third-party stand-ins on :$STAND_INS_PORT (SMS, registry, 12345, geocoder, e-seal, e-cigarette platform)"
  nohup java -Xmx128m -XX:+UseSerialGC -jar "$jar" --port "$STAND_INS_PORT" --bind-address 127.0.0.1 \
    --root-dir "$root" --global-response-templating --disable-banner --max-request-journal-entries 1000 \
    >"$LOGS/stand-ins.log" 2>&1 &
  echo $! >"$RUN/stand-ins.pid"
  wait_http "$STAND_INS_URL/__admin/health" 60 "third-party stand-ins" "$LOGS/stand-ins.log"
}

# The license certificate embeds this CJK TrueType font (PDFBox cannot embed the Noto CFF
# fonts); without it every certificate download would fail.
ensure_certificate_font() {
  [[ -n "${LICENSING_CERTIFICATE_FONTS:-}" || -f /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ]] && return 0
  if command -v apt-get >/dev/null && [[ $(id -u) == 0 ]]; then
    say "Installing the certificate font (Debian package fonts-wqy-zenhei)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-zenhei >/dev/null 2>&1 \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-zenhei >/dev/null; } \
      || die "could not install fonts-wqy-zenhei; install it or set LICENSING_CERTIFICATE_FONTS"
  else
    die "the certificate font is missing: install the Debian package fonts-wqy-zenhei or set LICENSING_CERTIFICATE_FONTS"
  fi
}

ensure_infrastructure() {
  ensure_certificate_font
  ensure_postgres
  ensure_redis
  ensure_database tobacco
  ensure_database tobacco_test
  ensure_s3
}


stop_pidfile() {
  local file=$1
  [[ -f "$file" ]] || return 0
  local pid; pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

# recreate_database NAME: drop (ending its connections) and create, so a run starts clean.
recreate_database() {
  local db=$1
  say "Recreating database $db"
  psql_admin -d postgres -c "drop database if exists $db with (force)"
  psql_admin -d postgres -c "create database $db"
}

# point_services_at DATABASE: every service's run-time connection settings.
point_services_at() {
  local db=$1 host=${PGHOST_FOR_APPS:-localhost}
  export IDENTITY_DB_URL="jdbc:postgresql://$host:5432/$db"
  export LICENSING_DB_URL="r2dbc:postgresql://$host:5432/$db?schema=licensing"
  export LICENSING_FLYWAY_URL="jdbc:postgresql://$host:5432/$db"
  export COMPLAINTS_DB_URL="r2dbc:postgresql://$host:5432/$db"
  export COMPLAINTS_JDBC_URL="jdbc:postgresql://$host:5432/$db"
  # One bucket per database: the services' orphan sweeps delete objects their own database
  # does not know, so two databases must never share a bucket on the one local S3 server.
  local suffix; suffix=$(bucket_suffix "$db" tobacco)
  export LICENSING_S3_BUCKET="licensing-documents$suffix"
  export COMPLAINTS_S3_BUCKET="complaints-evidence$suffix"
  # Third parties: the stand-ins (start_stand_ins) unless the caller points elsewhere.
  export SMS_GATEWAY_URL="${SMS_GATEWAY_URL:-$STAND_INS_URL/sms}"
  export BUSINESS_REGISTRY_URL="${BUSINESS_REGISTRY_URL:-$STAND_INS_URL/registry}"
  export HOTLINE_12345_URL="${HOTLINE_12345_URL:-$STAND_INS_URL/12345}"
  export HOTLINE_12345_PULL_INTERVAL="${HOTLINE_12345_PULL_INTERVAL:-30s}"
  export GEOCODER_URL="${GEOCODER_URL:-$STAND_INS_URL/geocoder}"
  export ESEAL_URL="${ESEAL_URL:-$STAND_INS_URL/eseal}"
  export ECIG_PLATFORM_URL="${ECIG_PLATFORM_URL:-$STAND_INS_URL/ecig-platform}"
}

# bucket_suffix DATABASE DEFAULT: "" for the default database, else "-<name>" as S3 allows it.
bucket_suffix() {
  [[ "$1" == "$2" ]] && return 0
  printf -- '-%s' "$(printf '%s' "$1" | tr 'A-Z_' 'a-z-')"
}

# point_tests_at DATABASE: the integration tests' connection settings.
point_tests_at() {
  local db=$1
  local suffix; suffix=$(bucket_suffix "$db" tobacco_test)
  export LICENSING_TEST_S3_BUCKET="licensing-documents-test$suffix"
  export COMPLAINTS_TEST_S3_BUCKET="complaints-evidence-test$suffix"
  export IDENTITY_TEST_DB_URL="jdbc:postgresql://localhost:5432/$db"
  export LICENSING_TEST_DB_URL="r2dbc:postgresql://localhost:5432/$db?schema=licensing"
  export LICENSING_TEST_FLYWAY_URL="jdbc:postgresql://localhost:5432/$db"
  export COMPLAINTS_TEST_DB_URL="r2dbc:postgresql://localhost:5432/$db"
  export COMPLAINTS_TEST_JDBC_URL="jdbc:postgresql://localhost:5432/$db"
}
