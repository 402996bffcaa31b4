#!/usr/bin/env bash
# Checks what each module's Dockerfile builds, without a container engine (none on the build
# machines): the jar is extracted with the Dockerfile's own `jarmode=tools` command, the layers
# its COPY --from=extract lines name are merged in that order into one folder, as /app in the
# image; where the Dockerfile has a class-data-sharing training step (RUN java
# -XX:ArchiveClassesAtExit=...), it runs there as in the image build, with no database, Redis or
# issuer to reach, and must write its archive; then that folder is started the way ENTRYPOINT
# starts it (a Spring Boot launcher, or the archive and -jar application.jar):
#   - identity, licensing-service, complaints-hotline with the migrate profile (what the k8s
#     init container runs) against a scratch database; they must migrate and exit 0;
#   - the gateway on spare ports until its readiness group answers UP;
#   each with the JDK_JAVA_OPTIONS its Kubernetes pod sets (heap and native pools).
# It also reads the rules every image must keep: a numeric non-root USER and a pinned base.
# Needs the jars built (mvnw install) and PostgreSQL and Redis running.
source "$(dirname "$0")/lib.sh"
# licensing-service's training step makes the certificate's font, as its image has it
ensure_certificate_font

db=${IMAGE_CHECK_DATABASE:-tobacco_image_check}
work=$(mktemp -d)
trap 'rm -rf "$work"; [[ -n "${gateway_pid:-}" ]] && kill "$gateway_pid" 2>/dev/null; true' EXIT
recreate_database "$db" >/dev/null
point_services_at "$db"

failures=0
fail() { printf '\033[31mimage-check: %s\033[0m\n' "$*" >&2; failures=$((failures + 1)); }

# layout MODULE: merges the module's layers and runs its training step; sets main to what
# ENTRYPOINT runs. Called in this shell, never in $(...), so that every fail is counted.
layout() {
  main=
  local module=$1 dockerfile="$ROOT/$1/Dockerfile" jar="$ROOT/$1/target/$1-$PROJECT_VERSION.jar"
  [[ -f "$jar" ]] || { fail "$module: $jar is missing (build first)"; return 1; }
  grep -qE '^USER [1-9][0-9]*:[1-9][0-9]*$' "$dockerfile" || fail "$module: USER is not a numeric non-root uid:gid"
  grep -qE '^ARG JRE_IMAGE=[^ :]+:[^ ]+$' "$dockerfile" && ! grep -qE '^ARG JRE_IMAGE=.*:latest$' "$dockerfile" \
    || fail "$module: the base image is not pinned to a tag"
  local extract; extract=$(sed -n 's/^RUN \(java -Djarmode=tools .*\)$/\1/p' "$dockerfile")
  [[ -n "$extract" ]] || { fail "$module: no 'RUN java -Djarmode=tools ...' extract step"; return 1; }
  mkdir -p "$work/$module/build" "$work/$module/app"
  cp "$jar" "$work/$module/build/application.jar"
  (cd "$work/$module/build" && eval "$extract" >/dev/null) || { fail "$module: '$extract' failed"; return 1; }
  local copies=0 layer
  while read -r layer; do
    [[ -d "$work/$module/build/$layer" ]] || { fail "$module: the Dockerfile copies $layer, which extraction did not make"; return 1; }
    cp -a "$work/$module/build/$layer/." "$work/$module/app/"
    copies=$((copies + 1))
  done < <(sed -n 's#^COPY --from=extract /build/\([^ ]*\)/ \./$#\1#p' "$dockerfile")
  ((copies == 4)) || fail "$module: expected the 4 layers copied, found $copies"
  local train; train=$(training_step "$dockerfile")
  if [[ -n "$train" ]]; then
    # As in the image build: nothing to connect to (port 1 refuses: databases, Redis, S3, the
    # issuer), so nothing may be needed.
    (cd "$work/$module/app" && env IDENTITY_DB_URL=jdbc:postgresql://127.0.0.1:1/none \
        LICENSING_DB_URL=r2dbc:postgresql://127.0.0.1:1/none LICENSING_FLYWAY_URL=jdbc:postgresql://127.0.0.1:1/none \
        COMPLAINTS_DB_URL=r2dbc:postgresql://127.0.0.1:1/none COMPLAINTS_JDBC_URL=jdbc:postgresql://127.0.0.1:1/none \
        REDIS_PORT=1 S3_ENDPOINT=http://127.0.0.1:1 IDENTITY_ISSUER=http://127.0.0.1:1 timeout 180 bash -c "$train" >"$LOGS/image-check-$module-cds.log" 2>&1) \
      || { tail -30 "$LOGS/image-check-$module-cds.log" >&2; fail "$module: the CDS training step failed"; return 1; }
    local archive; archive=$(sed -n 's/.*-XX:ArchiveClassesAtExit=\([^ ]*\).*/\1/p' <<<"$train")
    [[ -s "$work/$module/app/$archive" ]] || { fail "$module: the training step wrote no $archive"; return 1; }
    echo "image-check: $module: the CDS training step wrote $archive ($(du -m "$work/$module/app/$archive" | cut -f1) MB) with nothing to connect to" >&2
  fi
  main=$(entrypoint "$dockerfile") || { fail "$module: ENTRYPOINT names no Spring Boot launcher and no -jar application.jar"; return 1; }
}

# joined DOCKERFILE: its lines with continuation lines joined
joined() { sed -e ':a' -e '/\\$/N; s/\\\n[[:space:]]*/ /; ta' "$1"; }

# training_step DOCKERFILE: its RUN java -XX:ArchiveClassesAtExit=... command (continuation lines
# joined), or nothing
training_step() {
  joined "$1" | sed -n 's/^RUN \(java .*-XX:ArchiveClassesAtExit=.*\)$/\1/p'
}

# entrypoint DOCKERFILE: the JVM arguments that choose what runs: a Spring Boot launcher class,
# or the CDS archive and -jar application.jar
entrypoint() {
  local main; main=$(grep -o 'org\.springframework\.boot\.loader\.launch\.[A-Za-z]*Launcher' "$1" | head -1)
  if [[ -n "$main" ]]; then echo "$main"; return; fi
  grep -q '"-jar", "application.jar"' "$1" || return 1
  local archive; archive=$(grep -o '"-XX:SharedArchiveFile=[^"]*"' "$1" | tr -d '"')
  echo "$archive -Xlog:cds=off -jar application.jar"
}

# entry_flags DOCKERFILE: the ENTRYPOINT's -XX flags but the CDS archive's (layout's answer has it),
# so the JVM this JDK runs is given the flags the image's will be
entry_flags() {
  joined "$1" | sed -n 's/^ENTRYPOINT //p' | grep -o '"-XX:[^"]*"' \
    | tr -d '"' | grep -v '^-XX:SharedArchiveFile='
}

# pod_options MODULE: the JDK_JAVA_OPTIONS of the module's first container in the Kubernetes base
# (the migrate init container, or the gateway's app), so that the image is started within the
# pod's own heap and native-pool bounds, given before the ENTRYPOINT's flags as the launcher does
pod_options() {
  local manifest="$ROOT/k8s/base/$1/deployment.yaml"
  [[ -f "$manifest" ]] || manifest="$ROOT/k8s/overlays/dev/$1.yaml"
  grep -A1 'name: JDK_JAVA_OPTIONS' "$manifest" | sed -n 's/^ *value: "\(.*\)"$/\1/p' | head -1
}

for module in identity licensing-service complaints-hotline; do
  layout "$module" || continue
  log="$LOGS/image-check-$module.log"
  # $main unquoted: the launcher class, or the archive and -jar application.jar
  # shellcheck disable=SC2086
  opts=$(pod_options "$module")
  [[ "$opts" == *-Xmx* ]] || { fail "$module: no JDK_JAVA_OPTIONS with -Xmx in its Kubernetes manifest"; continue; }
  flags=$(entry_flags "$ROOT/$module/Dockerfile")
  if (cd "$work/$module/app" && JDK_JAVA_OPTIONS="$opts" timeout 180 java $flags \
        -Djava.io.tmpdir="$work" $main \
        --spring.profiles.active=migrate >"$log" 2>&1); then
    echo "image-check: $module: layers merged as the Dockerfile does, migrate profile exited 0 ($opts)"
  else
    tail -30 "$log" >&2
    fail "$module: the image layout did not run its migrations (log: $log)"
  fi
done

if layout gateway; then
  log="$LOGS/image-check-gateway.log"
  flags=$(entry_flags "$ROOT/gateway/Dockerfile")
  opts=$(pod_options gateway)
  # shellcheck disable=SC2086
  (cd "$work/gateway/app" && JDK_JAVA_OPTIONS="$opts" exec java $flags -Djava.io.tmpdir="$work" \
      $main --server.port=18080 \
      --management.server.port=19091 --gateway.frontend.spa-fallback=false >"$log" 2>&1) &
  gateway_pid=$!
  ready=false
  for _ in $(seq 120); do
    if curl -fsS http://127.0.0.1:19091/actuator/health/readiness 2>/dev/null | grep -q '"UP"'; then ready=true; break; fi
    kill -0 "$gateway_pid" 2>/dev/null || break
    sleep 1
  done
  kill "$gateway_pid" 2>/dev/null; wait "$gateway_pid" 2>/dev/null || true; gateway_pid=
  if $ready; then echo "image-check: gateway: layers merged as the Dockerfile does, readiness UP ($opts)"
  else tail -30 "$log" >&2; fail "gateway: the image layout did not become ready (log: $log)"; fi
fi

psql_admin -d postgres -c "drop database if exists $db with (force)" >/dev/null
((failures == 0)) || die "image-check: $failures problem(s)"
echo "image-check: all four images' layouts start"
