-- wrk script for the ceiling: the same small JSON body, echoed by a bare minimal API.
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("POST", "/echo", { ["Content-Type"] = "application/json" },
    '{"clientMessageId":"c-' .. counter .. '","text":"hello there"}')
end
