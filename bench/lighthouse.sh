#!/usr/bin/env bash
# Issue 13 point 12, measured: Lighthouse mobile scores (performance, accessibility) of the
# portal's home page (/) and the 12313 report page (/report), as the gateway serves them, next
# to the targets (performance >= 90, accessibility 100). Lighthouse's default mobile run:
# a Moto G Power sized screen, simulated slow 4G and 4x CPU slowdown (Lantern), so the figures
# depend little on this machine's load; the median of RUNS runs per page is printed.
#
# Needs the running platform (BASE_URL, http://localhost:8080) serving the frontend build to
# measure; against your own build, under the journeys' lock:
#
#   cd web-frontend && npm run build && flock /tmp/journey.lock bash -c \
#     'rsync -a --delete dist/ /tmp/served-dist/ && ../bench/lighthouse.sh'
#
# Lighthouse 13 needs Node 22; this machine has Node 20, hence lighthouse@12.2.3 (npx).
# Environment: BASE_URL, PAGES ("/ /report"), RUNS (3), CHROME_PATH (/usr/bin/chromium).
set -euo pipefail
BASE_URL=${BASE_URL:-http://localhost:8080}
PAGES=${PAGES:-/ /report}
RUNS=${RUNS:-3}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
# the flags of web-frontend/e2e/support.ts
FLAGS="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE_URL/api/session" || true)
if [ "$code" != 200 ]; then
  echo "the platform is not up at $BASE_URL (GET /api/session: $code)" >&2
  exit 1
fi

printf '%-10s %5s %12s %14s %8s %8s %8s %10s\n' page run performance accessibility 'FCP s' 'LCP s' 'TBT ms' 'bytes kB'
for page in $PAGES; do
  for run in $(seq 1 "$RUNS"); do
    out="$WORK/$(echo "$page" | tr -c 'a-z0-9\n' '_')-$run.json"
    timeout 180 npx -y lighthouse@12.2.3 "$BASE_URL$page" --quiet --output=json --output-path="$out" \
      --only-categories=performance,accessibility --chrome-flags="$FLAGS" >/dev/null 2>"$WORK/err" \
      || { echo "lighthouse failed on $page:" >&2; tail -5 "$WORK/err" >&2; exit 1; }
    node -e '
      const r = require(process.argv[1]);
      const a = (id) => r.audits[id]?.numericValue ?? NaN;
      const row = [process.argv[2], process.argv[3], Math.round(r.categories.performance.score * 100),
        Math.round(r.categories.accessibility.score * 100), (a("first-contentful-paint") / 1000).toFixed(2),
        (a("largest-contentful-paint") / 1000).toFixed(2), Math.round(a("total-blocking-time")),
        Math.round(a("total-byte-weight") / 1024)];
      const widths = [10, 5, 12, 14, 8, 8, 8, 10];
      console.log(row.map((v, i) => (i === 0 ? String(v).padEnd(widths[i]) : String(v).padStart(widths[i]))).join(" "));
      const failed = Object.values(r.categories.accessibility.auditRefs ?? [])
        .map((ref) => r.audits[ref.id]).filter((x) => x && x.score === 0).map((x) => x.id);
      if (failed.length) console.log("           accessibility audits failed: " + failed.join(", "));
    ' "$out" "$page" "$run" | tee -a "$WORK/rows"
  done
done

echo
echo "median of $RUNS run(s) per page (target: performance >= 90, accessibility 100):"
node -e '
  const rows = require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n")
    .filter((l) => !l.includes("audits failed")).map((l) => l.trim().split(/\s+/));
  const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
  for (const page of [...new Set(rows.map((r) => r[0]))]) {
    const mine = rows.filter((r) => r[0] === page);
    const m = (i) => median(mine.map((r) => Number(r[i])));
    const ok = m(2) >= 90 && m(3) === 100 ? "meets the targets" : "BELOW the targets";
    console.log(`${page.padEnd(10)} performance ${m(2)}, accessibility ${m(3)}, FCP ${m(4)} s, LCP ${m(5)} s, TBT ${m(6)} ms, ${m(7)} kB: ${ok}`);
  }
' "$WORK/rows"
