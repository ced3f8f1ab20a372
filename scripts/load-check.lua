-- wrk script for scripts/load-test.sh: posts api-contract.md's example request to POST /api/v1/checks.
wrk.method = "POST"
wrk.path = "/api/v1/checks"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[
{
  "city": "chongqing",
  "resumeAs": "individual",
  "resumeMonth": "2024-01",
  "retired": false,
  "tier": 1,
  "periods": [
    { "from": "2015-01", "to": "2023-10", "payer": "employer" }
  ]
}
]]
