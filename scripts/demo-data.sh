#!/usr/bin/env bash
# Demo data for the local run, created through the gateway's public API as the demo users
# would (so it obeys every rule). Runs from scripts/up.sh; does nothing when the demo
# retailer already has applications.
set -euo pipefail
GW=${GATEWAY_URL:-http://localhost:8080}
ISSUER=${IDENTITY_ISSUER:-http://localhost:9000}
PASSWORD=${DEMO_PASSWORD:-Demo@2026}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

sign_in() { # USER JAR
  local page csrf
  page=$(curl -sS -L -H 'Accept: text/html' -c "$2" -b "$2" "$GW/oauth2/authorization/identity")
  csrf=$(grep -o 'name="_csrf"[^>]*value="[^"]*"' <<<"$page" | sed 's/.*value="//; s/"$//' | head -1)
  curl -sS -L -o /dev/null -c "$2" -b "$2" --data-urlencode "username=$1" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf" "$ISSUER/login"
}
xsrf() { awk '$6 == "XSRF-TOKEN" { print $7 }' "$1" | tail -1; }
post_json() { # JAR PATH JSON
  curl -sS -f -c "$1" -b "$1" -H "X-XSRF-TOKEN: $(xsrf "$1")" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" -d "$3" "$GW$2"
}

jar=$work/xihu
sign_in retailer.xihu "$jar"
total=$(curl -sS -f -c "$jar" -b "$jar" "$GW/api/licensing/applications?limit=1" | grep -o '"total":[0-9]*' | cut -d: -f2)
if [[ "${total:-0}" != "0" ]]; then
  echo "==> Demo data already present"
  exit 0
fi
echo "==> Creating demo data"

post_json "$jar" /api/licensing/applications '{"type":"NEW","businessName":"西湖文三路便利店",
  "creditCode":"91330106MA2H3C7D5X","operatorName":"张三","operatorIdNumber":"11010519491231002X",
  "mobile":"13812345678","premises":{"address":"杭州市西湖区文三路 100 号","divisionCode":"330106",
  "latitude":30.2772,"longitude":120.1425}}' >/dev/null

jar2=$work/shangcheng
sign_in retailer.shangcheng "$jar2"
post_json "$jar2" /api/licensing/applications '{"type":"NEW","businessName":"上城河坊街烟酒店",
  "creditCode":"91330102MA2J8F4K2Y","operatorName":"王五","mobile":"13900002222","premises":{"address":"杭州市上城区河坊街 8 号",
  "divisionCode":"330102","latitude":30.2415,"longitude":120.1690}}' >/dev/null

report() { # JSON
  curl -sS -f -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" \
    -F "report=$1;type=application/json" "$GW/api/complaints/public/reports" >/dev/null
}
report '{"kind":"REPORT","category":"SALES_TO_MINORS","address":{"divisionCode":"330106","detail":"文三路 100 号 便利店"},"retailerName":"西湖文三路便利店","description":"工作日放学时段多次看到店员向穿校服的学生出售香烟。"}'
report '{"kind":"REPORT","category":"COUNTERFEIT","address":{"divisionCode":"330102","detail":"河坊街 8 号"},"description":"店内销售的“利群”外包装印刷模糊，疑似假烟，价格明显低于市场价。"}'
report '{"kind":"CONSULTATION","category":"LICENSING","address":{"divisionCode":"330106","detail":"西湖区"},"description":"请问办理烟草专卖零售许可证需要准备哪些材料？"}'
# Supervision: Xihu's roster of inspectors and its random-check share (双随机), set by ADMIN,
# so a supervisor's plan for Xihu assigns its visits.
jar3=$work/admin
sign_in admin "$jar3"
curl -sS -f -o /dev/null -c "$jar3" -b "$jar3" "$GW/api/licensing/supervision/settings/330106"
curl -sS -f -o /dev/null -c "$jar3" -b "$jar3" -X PUT -H "X-XSRF-TOKEN: $(xsrf "$jar3")" \
  -H 'Content-Type: application/json' -d '{"randomShare":0.05,"inspectors":["inspector.xihu"]}' \
  "$GW/api/licensing/supervision/settings/330106"
echo "==> Demo data created"
