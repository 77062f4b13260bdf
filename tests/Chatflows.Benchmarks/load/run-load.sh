#!/usr/bin/env bash
# Visitor-message throughput vs a bare minimal-API echo and vs SQLite's own ceiling for the turn's write (one durable
# single-row insert per request, group-committed: Echo/SqliteInsertCeiling.cs), in one run on this machine (issue 19).
# Bounded: each wrk run lasts DURATION seconds after WARMUP seconds (default 5) of the same load; every server started here is stopped at the end.
# Usage: tests/Chatflows.Benchmarks/load/run-load.sh [duration-seconds] [connections] [conversations]
# SKIP_BUILD=1 uses what is already built in Release (the host and tests/Chatflows.Benchmarks).
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

if [ "${SKIP_BUILD:-}" != 1 ]; then
  dotnet build "$root/Chatflows.sln" -c Release -nologo -v q >/dev/null
fi
. "$here/host.sh"

# (a) the ceiling
dotnet "$root/tests/Chatflows.Benchmarks/bin/Release/net10.0/Chatflows.Benchmarks.dll" echo-server http://127.0.0.1:5091 &
pids+=($!)
for _ in $(seq 1 100); do curl -fs -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"clientMessageId":"w","text":"w"}' http://127.0.0.1:5091/echo && break; sleep 0.2; done
warm_up -s "$here/echo.lua" http://127.0.0.1:5091
echo "== (a) bare minimal-API echo"
wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$here/echo.lua" http://127.0.0.1:5091 | tee "$work/echo.txt"
kill "${pids[0]}"

# (c) SQLite's ceiling for the write: one raw single-row INSERT per request, acknowledged after its commit
dotnet "$root/tests/Chatflows.Benchmarks/bin/Release/net10.0/Chatflows.Benchmarks.dll" sqlite-insert-server http://127.0.0.1:5093 "$work/ceiling.db" &
pids+=($!)
for _ in $(seq 1 100); do curl -fs -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"clientMessageId":"w","text":"w"}' http://127.0.0.1:5093/sqlite-insert && break; sleep 0.2; done
CEILING_PATH=/sqlite-insert warm_up -s "$here/echo.lua" http://127.0.0.1:5093
echo "== (c) one raw SQLite single-row INSERT per request (WAL, synchronous=FULL, group commit)"
CEILING_PATH=/sqlite-insert wrk -t2 -c"$connections" -d"${duration}s" --timeout 10s --latency -s "$here/echo.lua" http://127.0.0.1:5093 | tee "$work/insert.txt"
kill "${pids[1]}"

# (b) the visitor-message endpoint on SQLite with durable writes
export Chatflows__Database__ConnectionString="Data Source=$work/load.db"
start_host 5092 "$work/host.log"
pids+=("$host_pid")
make_conversations http://127.0.0.1:5092 "$conversation_count" "$work/conversations.lua"
export CONVERSATIONS_LUA="$work/conversations.lua"
warm_up -s "$here/post-message.lua" http://127.0.0.1:5092
echo "== (b) POST /chatflows/api/conversations/{id}/messages, SQLite, $conversation_count visitors"
wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$here/post-message.lua" http://127.0.0.1:5092 | tee "$work/visitor.txt"

echo "== summary"
echo "echo:    $(rps "$work/echo.txt") req/s, p99 $(p99 "$work/echo.txt")"
echo "insert:  $(rps "$work/insert.txt") req/s, p99 $(p99 "$work/insert.txt")"
echo "visitor: $(rps "$work/visitor.txt") req/s, p99 $(p99 "$work/visitor.txt")"
python3 -c "print('ratio to the echo: %.1f %%' % (100 * float('$(rps "$work/visitor.txt")') / float('$(rps "$work/echo.txt")')))"
python3 -c "print('ratio to the SQLite insert: %.1f %%' % (100 * float('$(rps "$work/visitor.txt")') / float('$(rps "$work/insert.txt")')))"
