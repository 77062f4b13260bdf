-- wrk script: many visitors, each posting to their own conversation with a unique clientMessageId.
-- conversations.lua (written by run-load.sh) returns { {conversationId, visitorId}, ... }.
local conversations = dofile(os.getenv("CONVERSATIONS_LUA"))
local counter = 0

-- Seeded from the kernel: Lua's default seed is the same in every run, so a second run against the same host (the
-- scripts' warm-up, then the measured run) would resend the first run's client message ids, and measure replays.
local urandom = io.open("/dev/urandom", "rb")
local a, b, c, d = urandom:read(4):byte(1, 4)
urandom:close()
math.randomseed(((a * 256 + b) * 256 + c) * 256 + d)

function setup(thread)
  thread:set("tid", tostring(math.random(1, 1e9)))
end

function init(args)
  math.randomseed(tonumber(tid))
end

request = function()
  counter = counter + 1
  local c = conversations[math.random(#conversations)]
  local body = '{"clientMessageId":"' .. tid .. "-" .. counter .. '","text":"hello there"}'
  return wrk.format("POST", "/chatflows/api/conversations/" .. c[1] .. "/messages",
    { ["Content-Type"] = "application/json", ["X-Chatflows-Visitor"] = c[2] }, body)
end

function done(summary, latency, requests)
  io.write(string.format("non-2xx or errors: %d\n", summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
