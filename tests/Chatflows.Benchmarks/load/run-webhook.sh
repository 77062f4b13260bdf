#!/usr/bin/env bash
# Nobody waits on another visitor's webhook (issue 19; goal: p99 within 2x). In one run on one host (SQLite): (a) the
# same wrk load as run-load.sh (b) on the `load` chatflow alone; (b) the same while SLOW visitors post to the `slow`
# chatflow, whose every turn calls a webhook receiver that answers after 5 s (the benchmark host's slow-receiver).
# The figure is (b)'s p99 over (a)'s. The host runs in Development for both: a webhook may call plain http only there.
# Usage: tests/Chatflows.Benchmarks/load/run-webhook.sh [duration-seconds] [connections] [slow-visitors] [conversations]
# SKIP_BUILD=1 uses what is already built in Release.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
duration=${1:-10}
connections=${2:-64}
slow=${3:-16}
conversation_count=${4:-300}
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

if [ "${SKIP_BUILD:-}" != 1 ]; then
  dotnet build "$root/src/Chatflows.Host" -c Release -nologo -v q >/dev/null
  dotnet build "$root/tests/Chatflows.Benchmarks" -c Release -nologo -v q >/dev/null
fi
. "$here/host.sh"
dotnet "$root/tests/Chatflows.Benchmarks/bin/Release/net10.0/Chatflows.Benchmarks.dll" slow-receiver http://127.0.0.1:5100 5 &
pids+=($!)
export Chatflows__Setup__Recipe=slow-webhook
export ASPNETCORE_ENVIRONMENT=Development   # the receiver is plain http on loopback, allowed only in Development; (a) and (b) share it
export Chatflows__Webhooks__AllowedHosts__0=http://127.0.0.1:5100
export Chatflows__Webhooks__AllowPrivateNetworks=true
export Chatflows__Webhooks__Secret=slow-webhook-benchmark-secret
export Chatflows__Webhooks__TimeoutSeconds=30
export Chatflows__Database__ConnectionString="Data Source=$work/webhook.db"
start_host 5102 "$work/host.log"
pids+=("$host_pid")
make_conversations http://127.0.0.1:5102 "$conversation_count" "$work/conversations.lua"
make_conversations http://127.0.0.1:5102 "$slow" "$work/slow.lua" slow
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== (a) $connections connections post to the load chatflow, nothing else"
CONVERSATIONS_LUA="$work/conversations.lua" wrk -t2 -c"$connections" -d"${duration}s" --timeout 10s --latency -s "$here/post-message.lua" http://127.0.0.1:5102 | tee "$work/alone.txt"

echo "== (b) the same while $slow visitors post to the chatflow whose webhook answers after 5 s"
CONVERSATIONS_LUA="$work/slow.lua" wrk -t1 -c"$slow" -d"$((duration + 8))s" --timeout 30s --latency -s "$here/post-message.lua" http://127.0.0.1:5102 > "$work/slow.txt" &
slow_wrk=$!
sleep 2   # every slow visitor is inside a webhook call now
CONVERSATIONS_LUA="$work/conversations.lua" wrk -t2 -c"$connections" -d"${duration}s" --timeout 10s --latency -s "$here/post-message.lua" http://127.0.0.1:5102 | tee "$work/busy.txt"
wait "$slow_wrk"
cat "$work/slow.txt"

echo "== summary"
echo "load chatflow alone:             $(rps "$work/alone.txt") req/s, p99 $(p99 "$work/alone.txt")"
echo "load chatflow beside slow hooks: $(rps "$work/busy.txt") req/s, p99 $(p99 "$work/busy.txt")"
echo "slow chatflow:                   $(rps "$work/slow.txt") req/s, p50 $(grep ' 50%' "$work/slow.txt" | awk '{print $2}')"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 -c "print('p99 ratio (b)/(a): %.2f' % ($(ms "$(p99 "$work/busy.txt")") / $(ms "$(p99 "$work/alone.txt")")))"
