#!/usr/bin/env bash
# Visitor-message throughput vs a bare minimal-API echo, in one run on this machine (issue: visitor API).
# Bounded: each wrk run lasts DURATION seconds; every server started here is stopped at the end.
# Usage: tests/Chatflows.Benchmarks/load/run-load.sh [duration-seconds] [connections] [conversations]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
duration=${1:-10}
connections=${2:-64}
conversation_count=${3:-1000}
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
dotnet build "$root/Chatflows.sln" -c Release -nologo -v q >/dev/null

wait_for() { for _ in $(seq 1 100); do curl -fs -o /dev/null "$1" && return 0; sleep 0.2; done; echo "server at $1 did not start" >&2; exit 1; }

# (a) the ceiling
dotnet "$root/tests/Chatflows.Benchmarks/bin/Release/net10.0/Chatflows.Benchmarks.dll" echo-server http://127.0.0.1:5091 &
pids+=($!)
for _ in $(seq 1 100); do curl -fs -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"clientMessageId":"w","text":"w"}' http://127.0.0.1:5091/echo && break; sleep 0.2; done
echo "== (a) bare minimal-API echo"
wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$here/echo.lua" http://127.0.0.1:5091 | tee "$work/echo.txt"
kill "${pids[0]}"

# (b) the visitor-message endpoint on SQLite with durable writes
export ASPNETCORE_ENVIRONMENT=Production
export Logging__LogLevel__Default=Warning
export Chatflows__Database__ConnectionString="Data Source=$work/load.db"
export Chatflows__Setup__Recipe=load
export Chatflows__Setup__RecipesPath="$here"
export Chatflows__Setup__AdminPassword="Load-Test-Passw0rd!"
export Chatflows__Limits__MessagesPerMinutePerVisitor=100000000
export Chatflows__Limits__StartsPerMinutePerVisitor=100000000
export Chatflows__Limits__StartsPerMinutePerIp=100000000
export Chatflows__Limits__RequestsPerMinutePerIp=100000000
export Chatflows__Security__SiteContentSecurityPolicy=""
(cd "$root/src/Chatflows.Host/bin/Release/net10.0" && exec dotnet Chatflows.Host.dll --urls http://127.0.0.1:5092) &
pids+=($!)
wait_for http://127.0.0.1:5092/chatflows/health

echo "return {" > "$work/conversations.lua"
for _ in $(seq 1 "$conversation_count"); do
  curl -fs -X POST -H 'Content-Type: application/json' -d '{"chatflowId":"load"}' http://127.0.0.1:5092/chatflows/api/conversations \
    | python3 -c 'import json,sys; b=json.load(sys.stdin); print("{\"%s\",\"%s\"}," % (b["conversationId"], b["visitorId"]))' >> "$work/conversations.lua"
done
echo "}" >> "$work/conversations.lua"
export CONVERSATIONS_LUA="$work/conversations.lua"

echo "== (b) POST /chatflows/api/conversations/{id}/messages, SQLite, $conversation_count visitors"
wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$here/post-message.lua" http://127.0.0.1:5092 | tee "$work/visitor.txt"

rps() { grep 'Requests/sec' "$1" | awk '{print $2}'; }
p99() { grep ' 99%' "$1" | awk '{print $2}'; }
echo "== summary"
echo "echo:    $(rps "$work/echo.txt") req/s, p99 $(p99 "$work/echo.txt")"
echo "visitor: $(rps "$work/visitor.txt") req/s, p99 $(p99 "$work/visitor.txt")"
python3 -c "print('ratio: %.1f %%' % (100 * float('$(rps "$work/visitor.txt")') / float('$(rps "$work/echo.txt")')))"
