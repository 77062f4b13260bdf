#!/usr/bin/env bash
# Agent replies on SQLite while visitors post at the same time (issue 19; goal: reply p99 under 100 ms). In one run on
# one host: (a) AGENTS agents reply through the inbox's Reply form, each to a conversation of their own, with nothing
# else going on; (b) the same while wrk posts visitor messages to other conversations as run-load.sh (b) does.
# Every reply is a real inbox write (InboxActions through the node's one writer, commit, then publish).
# Usage: tests/Chatflows.Benchmarks/load/run-agents.sh [duration-seconds] [visitor-connections] [agents] [conversations]
# SKIP_BUILD=1 uses the Host already built in Release.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
duration=${1:-10}
connections=${2:-64}
agents=${3:-4}
conversation_count=${4:-300}
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

[ "${SKIP_BUILD:-}" = 1 ] || dotnet build "$root/src/Chatflows.Host" -c Release -nologo -v q >/dev/null
. "$here/host.sh"
export Chatflows__Database__ConnectionString="Data Source=$work/agents.db"
start_host 5101 "$work/host.log"
pids+=("$host_pid")
make_conversations http://127.0.0.1:5101 "$conversation_count" "$work/conversations.lua"
export CONVERSATIONS_LUA="$work/conversations.lua"
for n in 1 2; do
  make_conversations http://127.0.0.1:5101 "$agents" "$work/agents-$n.lua"
  grep -o '{"[^"]*"' "$work/agents-$n.lua" | tr -d '{"' > "$work/agents-$n.txt"
done
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== (a) $agents agents replying, no visitors"
python3 "$here/agent-client.py" http://127.0.0.1:5101 admin@example.com "$Chatflows__Setup__AdminPassword" "$duration" $(cat "$work/agents-1.txt") | tee "$work/alone.txt"

echo "== (b) $agents agents replying while $connections connections post visitor messages (SQLite)"
wrk -t2 -c"$connections" -d"$((duration + 2))s" --timeout 10s --latency -s "$here/post-message.lua" http://127.0.0.1:5101 > "$work/visitor.txt" &
visitors=$!
sleep 1
python3 "$here/agent-client.py" http://127.0.0.1:5101 admin@example.com "$Chatflows__Setup__AdminPassword" "$duration" $(cat "$work/agents-2.txt") | tee "$work/busy.txt"
wait "$visitors"
cat "$work/visitor.txt"

echo "== summary"
echo "agents alone:         $(cat "$work/alone.txt")"
echo "agents with visitors: $(cat "$work/busy.txt")"
echo "visitors meanwhile:   $(rps "$work/visitor.txt") req/s, p99 $(p99 "$work/visitor.txt")"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
