#!/usr/bin/env bash
# Two nodes behind nginx vs one node direct, in one run (issue 19, "several nodes"): the same wrk load as
# run-load.sh (b), on PostgreSQL with Redis, (a) straight to node 1, (b) through nginx (round robin, the config
# tests/Chatflows.Tests/Infrastructure/nginx-nodes.conf) to nodes 1 and 2. On one machine the nodes and nginx share
# the same cores, so this measures what the balancer and a second node cost, not how far several machines scale.
# Every process started here is stopped and the database dropped at the end.
# Usage: tests/Chatflows.Benchmarks/load/run-nodes.sh [duration-seconds] [connections] [conversations]
# SKIP_BUILD=1 uses the Host already built in Release. Needs scripts/test-services.sh (PostgreSQL, Redis, nginx).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
duration=${1:-10}
connections=${2:-64}
conversation_count=${3:-300}
work=$(mktemp -d)
chmod 755 "$work"   # nginx's workers (www-data when started as root) use temp folders in here
database=chatflows_nodes_$$
export PGPASSWORD=chatflows
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  psql -h 127.0.0.1 -U chatflows -d postgres -qc "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

nginx=$(command -v nginx || echo /usr/sbin/nginx)
[ "${SKIP_BUILD:-}" = 1 ] || dotnet build "$root/src/Chatflows.Host" -c Release -nologo -v q >/dev/null

. "$here/host.sh"
export Chatflows__Database__Provider=Postgres
export Chatflows__Database__ConnectionString="Host=127.0.0.1;Port=5432;Username=chatflows;Password=chatflows;Database=$database"
export Chatflows__Redis=127.0.0.1:6379
export Chatflows__Network__KnownProxies__0=127.0.0.1

# One node after the other: the first migrates and seeds the database.
for port in 5096 5097; do
  start_host "$port" "$work/node-$port.log"
  pids+=("$host_pid")
done

sed -e "s|@PREFIX@|$work|g" -e "s|@LISTEN@|127.0.0.1:5098|" -e "s|@WORKERS@|auto|" \
    -e "s|@NODES@|server 127.0.0.1:5096; server 127.0.0.1:5097;|" \
    "$root/tests/Chatflows.Tests/Infrastructure/nginx-nodes.conf" > "$work/nginx.conf"
"$nginx" -e "$work/error.log" -p "$work/" -c "$work/nginx.conf" -g 'daemon off;' &
pids+=($!)
wait_for http://127.0.0.1:5098/chatflows/health

make_conversations http://127.0.0.1:5098 "$conversation_count" "$work/conversations.lua"
export CONVERSATIONS_LUA="$work/conversations.lua"

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== (a) one node direct: POST /chatflows/api/conversations/{id}/messages, PostgreSQL, $conversation_count visitors"
wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$here/post-message.lua" http://127.0.0.1:5096 | tee "$work/direct.txt"
echo "== (b) two nodes through nginx"
wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$here/post-message.lua" http://127.0.0.1:5098 | tee "$work/nginx.txt"

echo "== summary"
echo "one node direct:       $(rps "$work/direct.txt") req/s, p99 $(p99 "$work/direct.txt")"
echo "two nodes behind nginx: $(rps "$work/nginx.txt") req/s, p99 $(p99 "$work/nginx.txt")"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 -c "print('ratio: %.2f' % (float('$(rps "$work/nginx.txt")') / float('$(rps "$work/direct.txt")')))"
