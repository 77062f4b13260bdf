-- wrk script for the ceilings: the same small JSON body, echoed by a bare minimal API (/echo) or inserted as one
-- row by the benchmark host (CEILING_PATH=/insert, run-postgres.sh).
local path = os.getenv("CEILING_PATH") or "/echo"
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("POST", path, { ["Content-Type"] = "application/json" },
    '{"clientMessageId":"c-' .. counter .. '","text":"hello there"}')
end
