#!/usr/bin/env bash
# The visitor turn on PostgreSQL vs the database's own ceiling for this write, in one run (issue 19): (a) the
# benchmark host's /insert, one raw Npgsql single-row INSERT per request (Echo/InsertCeiling.cs); (b) the same
# wrk load as run-load.sh (b) on the demo host, on PostgreSQL. Both write to one fresh database, dropped at the end.
# Usage: tests/Chatflows.Benchmarks/load/run-postgres.sh [duration-seconds] [connections] [conversations]
# Each measured run follows WARMUP seconds (default 5) of the same load. SKIP_BUILD=1 uses what is already built in Release. Needs PostgreSQL (scripts/test-services.sh).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
duration=${1:-10}
connections=${2:-64}
conversation_count=${3:-300}
work=$(mktemp -d)
database=chatflows_ceiling_$$
export PGPASSWORD=chatflows
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  psql -h 127.0.0.1 -U chatflows -d postgres -qc "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

if [ "${SKIP_BUILD:-}" != 1 ]; then
  dotnet build "$root/src/Chatflows.Host" -c Release -nologo -v q >/dev/null
  dotnet build "$root/tests/Chatflows.Benchmarks" -c Release -nologo -v q >/dev/null
fi
. "$here/host.sh"
psql -h 127.0.0.1 -U chatflows -d postgres -qc "CREATE DATABASE $database" >/dev/null
connection="Host=127.0.0.1;Port=5432;Username=chatflows;Password=chatflows;Database=$database"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

# (a) the ceiling: one raw INSERT per request
dotnet "$root/tests/Chatflows.Benchmarks/bin/Release/net10.0/Chatflows.Benchmarks.dll" insert-server http://127.0.0.1:5099 "$connection" &
pids+=($!)
for _ in $(seq 1 300); do curl -fs -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"clientMessageId":"w","text":"w"}' http://127.0.0.1:5099/insert && break; sleep 0.2; done
CEILING_PATH=/insert warm_up -s "$here/echo.lua" http://127.0.0.1:5099
echo "== (a) one raw Npgsql single-row INSERT per request"
CEILING_PATH=/insert wrk -t2 -c"$connections" -d"${duration}s" --timeout 10s --latency -s "$here/echo.lua" http://127.0.0.1:5099 | tee "$work/insert.txt"
kill "${pids[0]}"

# (b) the visitor turn on the same database
export Chatflows__Database__Provider=Postgres
export Chatflows__Database__ConnectionString="$connection"
start_host 5095 "$work/host.log"
pids+=("$host_pid")
make_conversations http://127.0.0.1:5095 "$conversation_count" "$work/conversations.lua"
export CONVERSATIONS_LUA="$work/conversations.lua"
warm_up -s "$here/post-message.lua" http://127.0.0.1:5095
echo "== (b) POST /chatflows/api/conversations/{id}/messages, PostgreSQL, $conversation_count visitors"
wrk -t2 -c"$connections" -d"${duration}s" --timeout 10s --latency -s "$here/post-message.lua" http://127.0.0.1:5095 | tee "$work/visitor.txt"

echo "== summary"
echo "raw insert: $(rps "$work/insert.txt") req/s, p99 $(p99 "$work/insert.txt")"
echo "visitor:    $(rps "$work/visitor.txt") req/s, p99 $(p99 "$work/visitor.txt")"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 -c "print('ratio: %.1f %%' % (100 * float('$(rps "$work/visitor.txt")') / float('$(rps "$work/insert.txt")')))"
