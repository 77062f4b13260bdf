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

[ "${SKIP_BUILD:-}" = 1 ] || dotnet build "$root/src/Chatflows.Host" -c Release -nologo -v q >/dev/null

. "$here/host.sh"

for mode in Normal Full; do
  export Chatflows__Database__ConnectionString="Data Source=$work/$mode.db"
  export Chatflows__Database__SqliteSynchronous=$mode
  start_host 5093 "$work/host-$mode.log"
  pid=$host_pid
  make_conversations http://127.0.0.1:5093 "$conversation_count" "$work/conversations.lua"
  export CONVERSATIONS_LUA="$work/conversations.lua"
  echo "== synchronous=$mode: POST /chatflows/api/conversations/{id}/messages, $conversation_count visitors"
  wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$here/post-message.lua" http://127.0.0.1:5093 | tee "$work/$mode.txt"
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
done

echo "== summary"
echo "NORMAL: $(rps "$work/Normal.txt") req/s, p99 $(p99 "$work/Normal.txt")"
echo "FULL:   $(rps "$work/Full.txt") req/s, p99 $(p99 "$work/Full.txt")"
python3 -c "print('FULL / NORMAL: %.0f %%' % (100 * float('$(rps "$work/Full.txt")') / float('$(rps "$work/Normal.txt")')))"
