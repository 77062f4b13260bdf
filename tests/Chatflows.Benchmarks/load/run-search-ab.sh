#!/usr/bin/env bash
# Issue 19: what the message-search index costs the visitor turn, in one host on one database, rounds alternating:
# SQLite — "inline" = the old FTS5 insert trigger (it also moves the follower's cursor, so the follower finds
# nothing), "follower" = today's follower, "none" = no index at all; PostgreSQL — "with" / "without" the pg_trgm
# GIN index ("none" is not used). Host CPU per turn is from /proc. Already built in Release (as SKIP_BUILD=1).
# Usage: tests/Chatflows.Benchmarks/load/run-search-ab.sh sqlite|postgres [duration] [connections] [conversations]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
provider=$1; duration=${2:-5}; connections=${3:-64}; conversation_count=${4:-200}
work=$(mktemp -d); pids=()
database=chatflows_searchab_$$
export PGPASSWORD=chatflows
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true;
  [ "$provider" = postgres ] && psql -h 127.0.0.1 -U chatflows -d postgres -qc "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
. "$here/host.sh"
if [ "$provider" = sqlite ]; then
  states="none follower inline"
  export Chatflows__Database__ConnectionString="Data Source=$work/load.db"
  # inline: the old trigger, also moving the cursor; follower: no trigger, the cursor caught up; none: the cursor only
  on() { sqlite3 "$work/load.db" '.timeout 10000' 'DROP TRIGGER IF EXISTS "chatflows_Messages_Search_Insert";' 'CREATE TRIGGER "chatflows_Messages_Search_Insert" AFTER INSERT ON "chatflows_Messages" BEGIN INSERT INTO "chatflows_MessageSearch"(rowid, "Text") VALUES (new."Id", new."Text"); UPDATE "chatflows_MessageSearchCursor" SET "LastMessageId" = new."Id"; END;' >/dev/null; }
  off() { sqlite3 "$work/load.db" '.timeout 10000' 'DROP TRIGGER IF EXISTS "chatflows_Messages_Search_Insert";' 'UPDATE "chatflows_MessageSearchCursor" SET "LastMessageId" = (SELECT MAX("Id") FROM "chatflows_Messages");' >/dev/null; }
  # "none" = no index at all: the cursor jumps ahead of every message a trigger moves it to
  none() { sqlite3 "$work/load.db" '.timeout 10000' 'DROP TRIGGER IF EXISTS "chatflows_Messages_Search_Insert";' 'CREATE TRIGGER "chatflows_Messages_Search_Insert" AFTER INSERT ON "chatflows_Messages" BEGIN UPDATE "chatflows_MessageSearchCursor" SET "LastMessageId" = new."Id"; END;' >/dev/null; }
else
  states="with without"
  psql -h 127.0.0.1 -U chatflows -d postgres -qc "CREATE DATABASE $database" >/dev/null
  export Chatflows__Database__Provider=Postgres
  export Chatflows__Database__ConnectionString="Host=127.0.0.1;Port=5432;Username=chatflows;Password=chatflows;Database=$database"
  off() { psql -h 127.0.0.1 -U chatflows -d $database -qc 'DROP INDEX IF EXISTS "IX_Messages_Text_Trigram"' >/dev/null; }
  on() { psql -h 127.0.0.1 -U chatflows -d $database -qc 'CREATE INDEX IF NOT EXISTS "IX_Messages_Text_Trigram" ON "Messages" USING gin ("Text" gin_trgm_ops)' >/dev/null; }
fi
start_host 5097 "$work/host.log"; pids+=("$host_pid")
dotnet_pid=$(pgrep -P "$host_pid" dotnet || echo "$host_pid")
make_conversations http://127.0.0.1:5097 "$conversation_count" "$work/conversations.lua"
export CONVERSATIONS_LUA="$work/conversations.lua"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t2 -c"$connections" -d3s -s "$here/post-message.lua" http://127.0.0.1:5097 >/dev/null  # warm-up
for round in 1 2; do
  for state in $states; do
    case $state in with|inline) on;; without|follower) off;; none) none;; esac
    cpu0=$(awk '{print $14+$15}' /proc/$dotnet_pid/stat)
    wrk -t2 -c"$connections" -d"${duration}s" --timeout 10s --latency -s "$here/post-message.lua" http://127.0.0.1:5097 > "$work/$state$round.txt"
    cpu1=$(awk '{print $14+$15}' /proc/$dotnet_pid/stat)
    n=$(grep 'requests in' "$work/$state$round.txt" | awk '{print $1}')
    echo "$provider round $round $state: host CPU $(python3 -c "print('%.3f' % (($cpu1-$cpu0)/100*1000/$n))") ms per turn, $(rps "$work/$state$round.txt") req/s, p99 $(p99 "$work/$state$round.txt"), $(grep non-2xx "$work/$state$round.txt")"
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
