-- wrk script for scripts/load-test.sh (run from the repository root): posts api-contract.md's
-- example request, the same file the integration tests post, to POST /api/v1/checks.
local file = assert(io.open("tests/MedInsure.Web.Tests/Api/contract-request.json", "r"))
wrk.method = "POST"
wrk.path = "/api/v1/checks"
wrk.headers["Content-Type"] = "application/json"
wrk.body = file:read("*a")
file:close()
