#!/usr/bin/env bash
# A retailer's first steps through the gateway, with nothing but curl:
# sign in (OIDC code flow, the gateway keeps the tokens), create a draft application,
# upload a PDF, download it again and compare; then an anonymous 12313 report and its tracking.
# Run it after scripts/up.sh:   scripts/walkthrough.sh [username] [password]
set -euo pipefail
GW=${GATEWAY_URL:-http://localhost:8080}
USER_NAME=${1:-retailer.xihu}
PASSWORD=${2:-Demo@2026}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
jar=$work/cookies

step() { printf '\n\033[1m## %s\033[0m\n' "$*"; }
xsrf() { awk '$6 == "XSRF-TOKEN" { print $7 }' "$jar" | tail -1; }

step "1. Sign in as $USER_NAME (browser-style: the gateway starts the OIDC login)"
login_page=$(curl -sS -L -H "Accept: text/html" -c "$jar" -b "$jar" "$GW/oauth2/authorization/identity")
csrf=$(grep -o 'name="_csrf"[^>]*value="[^"]*"' <<<"$login_page" | sed 's/.*value="//; s/"$//' | head -1)
[[ -n "$csrf" ]] || { echo "no login form found"; exit 1; }
issuer=${IDENTITY_ISSUER:-http://localhost:9000}
curl -sS -L -o /dev/null -c "$jar" -b "$jar" \
  --data-urlencode "username=$USER_NAME" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf" \
  "$issuer/login"
curl -sS -c "$jar" -b "$jar" "$GW/api/me"; echo

step "2. Create a draft NEW application"
app=$(curl -sS -f -c "$jar" -b "$jar" -H "X-XSRF-TOKEN: $(xsrf)" -H 'Content-Type: application/json' \
  -d '{"type":"NEW","businessName":"西湖便利店","creditCode":"91350100M000100Y43","operatorName":"张三",
       "operatorIdNumber":"11010519491231002X","mobile":"13812345678",
       "premises":{"address":"杭州市西湖区文三路 1 号","divisionCode":"330106","latitude":30.2741,"longitude":120.1551}}' \
  "$GW/api/licensing/applications")
echo "$app"
app_id=$(grep -o '"id":"[^"]*"' <<<"$app" | head -1 | cut -d'"' -f4)

step "3. Upload a PDF (business license scan)"
printf '%%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%%%EOF\n' >"$work/license.pdf"
doc=$(curl -sS -f -c "$jar" -b "$jar" -H "X-XSRF-TOKEN: $(xsrf)" \
  -F documentType=BUSINESS_LICENSE -F "file=@$work/license.pdf;type=application/pdf;filename=营业执照.pdf" \
  "$GW/api/licensing/applications/$app_id/documents?documentType=BUSINESS_LICENSE")
echo "$doc"
doc_id=$(grep -o '"id":"[^"]*"' <<<"$doc" | head -1 | cut -d'"' -f4)

step "4. Download it and compare"
curl -sS -f -c "$jar" -b "$jar" -o "$work/downloaded.pdf" "$GW/api/licensing/documents/$doc_id/content"
cmp "$work/license.pdf" "$work/downloaded.pdf" && echo "byte-identical ($(wc -c <"$work/license.pdf") bytes)"

step "5. An anonymous 12313 report (multipart: a JSON part and an optional photo), then its tracking page"
report=$(curl -sS -f -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" \
  -F 'report={"kind":"REPORT","category":"SALES_TO_MINORS","address":{"divisionCode":"330106","detail":"杭州市西湖区文三路 1 号 便利店"},"description":"2026-11-20 下午四点左右，店主向穿校服的学生出售香烟。"};type=application/json' \
  "$GW/api/complaints/public/reports")
echo "$report"
code=$(grep -o '"trackingCode":"[^"]*"' <<<"$report" | cut -d'"' -f4)
curl -sS -f "$GW/api/complaints/public/reports/$code"; echo
