#!/usr/bin/env bash
# kill -9 under load (issue 19 item 3): start the host, load it with visitor messages, kill -9 it in the middle,
# start it again, resend every message that got no answer (same clientMessageId), and count: acknowledged, lost
# (goal 0), duplicated (goal 0), and the restart time. Exits non-zero when a message is lost or stored twice.
# Usage: tests/Chatflows.Benchmarks/load/run-crash.sh [sqlite|postgres] [load-seconds] [threads]
# SKIP_BUILD=1 uses the Host already built in Release. Every process and database made here is removed at the end.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
provider=${1:-sqlite}
seconds=${2:-8}
threads=${3:-32}
port=${CRASH_PORT:-5094}
work=$(mktemp -d)
pid=""
database=""
cleanup() {
  [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
  [ -n "$database" ] && PGPASSWORD=chatflows psql -q -h 127.0.0.1 -U chatflows -d postgres -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

[ "${SKIP_BUILD:-}" = 1 ] || dotnet build "$root/src/Chatflows.Host" -c Release -nologo -v q >/dev/null

. "$here/host.sh"
case "$provider" in
  sqlite)
    export Chatflows__Database__Provider=Sqlite
    export Chatflows__Database__ConnectionString="Data Source=$work/crash.db" ;;
  postgres)
    database="chatflows_crash_$$"
    PGPASSWORD=chatflows psql -q -h 127.0.0.1 -U chatflows -d postgres -c "CREATE DATABASE $database" >/dev/null
    export Chatflows__Database__Provider=Postgres
    export Chatflows__Database__ConnectionString="Host=127.0.0.1;Port=5432;Username=chatflows;Password=chatflows;Database=$database" ;;
  *) echo "provider is sqlite or postgres" >&2; exit 2 ;;
esac

start() { start_host "$port" "$work/host.log"; pid=$host_pid; }

start
python3 "$here/crash-client.py" load "http://127.0.0.1:$port" "$work" "$threads" &
client=$!
for _ in $(seq 1 600); do [ -e "$work/ready" ] && break; sleep 0.2; done
sleep "$seconds"
kill -9 "$pid"   # in the middle of the writers' requests
wait "$pid" 2>/dev/null || true
touch "$work/stop"
wait "$client" || true

began=$(date +%s.%N)
start
restart=$(python3 -c "print('%.1f' % ($(date +%s.%N) - $began))")
echo "== kill -9 under load, $provider, $seconds s of load from $threads writers; restart to healthy: $restart s"
python3 "$here/crash-client.py" check "http://127.0.0.1:$port" "$work"
