#!/usr/bin/env bash
# What SQLite's synchronous=FULL costs a durable visitor turn against NORMAL, in one run (issue 18).
# Each mode gets a fresh database and the same wrk load as run-load.sh (b); every server started here is
# stopped at the end. Usage: tests/Chatflows.Benchmarks/load/run-sync.sh [duration-seconds] [connections] [conversations]
# SKIP_BUILD=1 uses the Host already built in Release.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
duration=${1:-8}
connections=${2:-64}
conversation_count=${3:-200}
work=$(mktemp -d)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
[ "${SKIP_BUILD:-}" = 1 ] || dotnet build "$root/src/Chatflows.Host" -c Release -nologo -v q >/dev/null

export ASPNETCORE_ENVIRONMENT=Production
export Logging__LogLevel__Default=Warning
export Chatflows__Setup__Recipe=load
export Chatflows__Setup__RecipesPath="$here"
export Chatflows__Setup__AdminPassword="Load-Test-Passw0rd!"
export Chatflows__Limits__MessagesPerMinutePerVisitor=100000000
export Chatflows__Limits__StartsPerMinutePerVisitor=100000000
export Chatflows__Limits__StartsPerMinutePerIp=100000000
export Chatflows__Limits__RequestsPerMinutePerIp=100000000
export Chatflows__Security__SiteContentSecurityPolicy=""

for mode in Normal Full; do
  export Chatflows__Database__ConnectionString="Data Source=$work/$mode.db"
  export Chatflows__Database__SqliteSynchronous=$mode
  (cd "$root/src/Chatflows.Host/bin/Release/net10.0" && exec dotnet Chatflows.Host.dll --urls http://127.0.0.1:5093) &
  pid=$!
  for _ in $(seq 1 300); do curl -fs -o /dev/null http://127.0.0.1:5093/chatflows/health && break; sleep 0.2; done
  echo "return {" > "$work/conversations.lua"
  for _ in $(seq 1 "$conversation_count"); do
    curl -fs -X POST -H 'Content-Type: application/json' -d '{"chatflowId":"load"}' http://127.0.0.1:5093/chatflows/api/conversations \
      | python3 -c 'import json,sys; b=json.load(sys.stdin); print("{\"%s\",\"%s\"}," % (b["conversationId"], b["visitorId"]))' >> "$work/conversations.lua"
  done
  echo "}" >> "$work/conversations.lua"
  export CONVERSATIONS_LUA="$work/conversations.lua"
  echo "== synchronous=$mode: POST /chatflows/api/conversations/{id}/messages, $conversation_count visitors"
  wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$here/post-message.lua" http://127.0.0.1:5093 | tee "$work/$mode.txt"
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
done

rps() { grep 'Requests/sec' "$1" | awk '{print $2}'; }
p99() { grep ' 99%' "$1" | awk '{print $2}'; }
echo "== summary"
echo "NORMAL: $(rps "$work/Normal.txt") req/s, p99 $(p99 "$work/Normal.txt")"
echo "FULL:   $(rps "$work/Full.txt") req/s, p99 $(p99 "$work/Full.txt")"
python3 -c "print('FULL / NORMAL: %.0f %%' % (100 * float('$(rps "$work/Full.txt")') / float('$(rps "$work/Normal.txt")')))"
