#!/usr/bin/env bash
# Stops what scripts/up.sh started. --apps-only leaves the S3 server running (the
# third-party stand-ins stop either way: up.sh starts them fresh).
source "$(dirname "$0")/lib.sh"
for m in gateway licensing-service complaints-hotline identity; do
  stop_pidfile "$RUN/$m.pid"
done
stop_pidfile "$RUN/stand-ins.pid"
if [[ "${1:-}" != "--apps-only" ]]; then
  stop_pidfile "$RUN/s3mock.pid"
fi
say "Stopped"
