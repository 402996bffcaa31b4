-- wrk: one line with what the bench tables need (requests/s, p50, p95 in ms, answers >= 400).
-- Headers come from WRK_AUTH (a bearer token), so one script serves every scenario.
local auth = os.getenv("WRK_AUTH")

request = function()
  if auth and auth ~= "" then
    wrk.headers["Authorization"] = "Bearer " .. auth
  end
  return wrk.format(nil)
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT rps=%.1f p50=%.1f p95=%.1f n=%d failed=%d errors=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    summary.requests, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
