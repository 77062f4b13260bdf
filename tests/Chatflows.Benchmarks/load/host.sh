# Sourced by the load scripts (run-*.sh): the demo host started the same way by each, and the helpers they share.
# The caller sets `root` (the repository) and `here` (this folder) and cleans up what it started.

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

# The demo host in Release and Production, on the `load` recipe, with every per-visitor and per-address limit lifted
# (all load comes from 127.0.0.1). The database is the caller's: Chatflows__Database__* before start_host.
export ASPNETCORE_ENVIRONMENT=Production
export Logging__LogLevel__Default=Warning
export Chatflows__Setup__Recipe=load
export Chatflows__Setup__RecipesPath="$here"
export Chatflows__Setup__AdminPassword="Load-Test-Passw0rd!"
export Chatflows__Limits__MessagesPerMinutePerVisitor=100000000
export Chatflows__Limits__StartsPerMinutePerVisitor=100000000
export Chatflows__Limits__StartsPerMinutePerIp=100000000
export Chatflows__Limits__MaxOpenConversationsPerVisitor=100000000
export Chatflows__Limits__RequestsPerMinutePerIp=100000000
export Chatflows__Security__SiteContentSecurityPolicy=""

# Waits until a URL answers (up to 60 s).
wait_for() { for _ in $(seq 1 300); do curl -fs -o /dev/null "$1" && return 0; sleep 0.2; done; echo "server at $1 did not start" >&2; exit 1; }

# start_host PORT LOG: starts the built host in the background and waits until it is healthy; its pid in host_pid.
start_host() {
  (cd "$root/src/Chatflows.Host/bin/Release/net10.0" && exec dotnet Chatflows.Host.dll --urls "http://127.0.0.1:$1") >>"$2" 2>&1 &
  host_pid=$!
  for _ in $(seq 1 900); do
    curl -fs -o /dev/null "http://127.0.0.1:$1/chatflows/health" && return 0
    kill -0 "$host_pid" 2>/dev/null || break
    sleep 0.2
  done
  echo "the host on port $1 did not start; its log:" >&2; cat "$2" >&2; exit 1
}

# make_conversations BASE-URL COUNT FILE [CHATFLOW]: starts COUNT conversations and writes them for post-message.lua.
make_conversations() {
  echo "return {" > "$3"
  for _ in $(seq 1 "$2"); do
    curl -fs -X POST -H 'Content-Type: application/json' -d "{\"chatflowId\":\"${4:-load}\"}" "$1/chatflows/api/conversations" \
      | python3 -c 'import json,sys; b=json.load(sys.stdin); print("{\"%s\",\"%s\"}," % (b["conversationId"], b["visitorId"]))' >> "$3"
  done
  echo "}" >> "$3"
}

# warm_up WRK-ARGS...: the same load for WARMUP seconds (default 5, 0 for none), not reported. A fresh host spends its
# first seconds compiling (perf showed the tiered JIT at an eighth of both cores in a cold 15 s run) while a bare
# endpoint is warm at once, so every measured run of the ratio scripts starts warm, the ceilings' as well as the turn's.
warm_up() {
  [ "${WARMUP:-5}" = 0 ] && return 0
  wrk -t2 -c"${connections:-64}" -d"${WARMUP:-5}s" --timeout 10s "$@" >/dev/null 2>&1 || true
}

# Figures out of a `wrk --latency` report.
rps() { grep 'Requests/sec' "$1" | awk '{print $2}'; }
p99() { grep ' 99%' "$1" | awk '{print $2}'; }
# A wrk latency ("42.10ms", "1.23s", "880.00us") in milliseconds.
ms() { python3 -c "import re,sys; v,u=re.match(r'([\d.]+)(us|ms|s|m)',sys.argv[1]).groups(); print(float(v)*{'us':0.001,'ms':1,'s':1000,'m':60000}[u])" "$1"; }
