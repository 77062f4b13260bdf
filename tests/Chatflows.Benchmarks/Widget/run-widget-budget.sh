#!/usr/bin/env bash
# The widget's budget, measured in one run on this machine (issue #6; figures go to docs/benchmarks.md):
#  (a) sizes: what loads before the chat opens (the loader) <= 4 KB brotli, the whole widget <= 16 KB brotli;
#  (b) the demo home page with the widget vs without in headless Chromium, LOADS loads each, alternating:
#      load-event time, long tasks (> 50 ms), layout shift, third-party requests (must be 0);
#  (c) page throughput with the loader injected vs injection off: wrk on the home page, alternating rounds;
#  (d) Lighthouse (npm, mobile preset, Debian's Chromium) on the home page with and without the widget,
#      RUNS runs each, alternating: Largest Contentful Paint and Time to Interactive (goal: within 5 %).
# Bounded: two demo hosts on 127.0.0.1:5095/5096, stopped at the end; about 3 minutes after the build
# (48 s of wrk, 40 page loads, 6 Lighthouse runs). A 0 skips a step: `... 0 0 3` runs only (a) and (d).
# Usage: tests/Chatflows.Benchmarks/Widget/run-widget-budget.sh [loads] [wrk-seconds-per-run] [lighthouse-runs]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
loads=${1:-20}
duration=${2:-8}
lighthouse_runs=${3:-3}
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

[ "$duration" = 0 ] || command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
if [ "$lighthouse_runs" != 0 ]; then
  # Lighthouse 12.2.3: the last one whose lock npm ci takes on Node 20 (13 wants Node 22).
  (cd "$here/lighthouse" && npm ci --no-audit --no-fund --silent) || { echo "npm ci for Lighthouse failed" >&2; exit 1; }
fi
for project in src/Chatflows.Host tests/Chatflows.Benchmarks; do
  dotnet build "$root/$project" -c Release -nologo -v q > "$work/build.txt" 2>&1 || { cat "$work/build.txt" >&2; exit 1; }
done

echo "== (a) sizes (src/Chatflows/Widget/dist, as served)"
dist="$root/src/Chatflows/Widget/dist"
loader=$(python3 -c "import json;print(json.load(open('$dist/manifest.json'))['loader'])")
widget=$(python3 -c "import json;print(json.load(open('$dist/manifest.json'))['widget'])")
extras=$(python3 -c "import json;print(json.load(open('$dist/manifest.json'))['extras'])")
size() { stat -c %s "$1"; }
printf '%-28s %7s %7s %7s\n' file raw gzip brotli
for f in "$loader" "$widget" "$extras"; do printf '%-28s %7d %7d %7d\n' "$f" "$(size "$dist/$f")" "$(size "$dist/$f.gz")" "$(size "$dist/$f.br")"; done
before_open=$(size "$dist/$loader.br")
whole=$(( before_open + $(size "$dist/$widget.br") ))
echo "before open: $before_open B brotli (budget 4096); whole widget: $whole B brotli (budget 16384); on first use (badge, earlier conversations, slot picker, survey, end-state controls): $(size "$dist/$extras.br") B brotli"
status=0
[ "$before_open" -le 4096 ] || { echo "OVER BUDGET: loader" >&2; status=1; }
[ "$whole" -le 16384 ] || { echo "OVER BUDGET: whole widget" >&2; status=1; }

start_host() { # port inject
  (cd "$root/src/Chatflows.Host/bin/Release/net10.0" && \
    ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    Chatflows__Database__ConnectionString="Data Source=$work/site-$1.db" Chatflows__Setup__Recipe=demo \
    Chatflows__Setup__AdminPassword="Budget-Test-Passw0rd!" Chatflows__Widget__InjectIntoPages="$2" \
    Chatflows__Limits__RequestsPerMinutePerIp=100000000 Chatflows__Limits__StartsPerMinutePerVisitor=100000000 \
    exec dotnet Chatflows.Host.dll --urls "http://127.0.0.1:$1") &
  pids+=($!)
}
wait_for() { for _ in $(seq 1 150); do curl -fs -o /dev/null "$1" && return 0; sleep 0.2; done; echo "server at $1 did not start" >&2; exit 1; }
start_host 5095 true
start_host 5096 false
wait_for http://127.0.0.1:5095/chatflows/health
wait_for http://127.0.0.1:5096/chatflows/health
curl -fs http://127.0.0.1:5095/ | grep -q '/chatflows/widget/loader\.' || { echo "no loader on the page with the widget" >&2; exit 1; }
if curl -fs http://127.0.0.1:5096/ | grep -q '/chatflows/widget/loader\.'; then echo "loader on the page without the widget" >&2; exit 1; fi

if [ "$loads" != 0 ]; then
  echo "== (b) home page in Chromium, $loads loads each, alternating"
  dotnet "$root/tests/Chatflows.Benchmarks/bin/Release/net10.0/Chatflows.Benchmarks.dll" widget-pages http://127.0.0.1:5095/ http://127.0.0.1:5096/ "$loads"
fi

if [ "$lighthouse_runs" != 0 ]; then
  echo "== (d) Lighthouse (mobile preset, performance), $lighthouse_runs runs each, alternating"
  lighthouse() { # url out
    CHROME_PATH=/usr/bin/chromium "$here/lighthouse/node_modules/.bin/lighthouse" "$1" --quiet --only-categories=performance \
      --output=json --output-path="$2" --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>&1 || { echo "lighthouse failed on $1" >&2; exit 1; }
  }
  for run in $(seq 1 "$lighthouse_runs"); do
    lighthouse http://127.0.0.1:5096/ "$work/lh-without-$run.json"
    lighthouse http://127.0.0.1:5095/ "$work/lh-with-$run.json"
  done
  python3 - "$work" "$lighthouse_runs" <<'PY' || status=1
import json, statistics, sys
work, runs = sys.argv[1], int(sys.argv[2])
def read(side):
    out = []
    for i in range(1, runs + 1):
        r = json.load(open(f"{work}/lh-{side}-{i}.json"))
        a = r["audits"]
        out.append((a["largest-contentful-paint"]["numericValue"], a["interactive"]["numericValue"], r["categories"]["performance"]["score"] * 100))
    return out
w, o = read("with"), read("without")
for i, (x, y) in enumerate(zip(o, w), 1):
    print(f"run {i}: without LCP {x[0]:,.0f} ms, TTI {x[1]:,.0f} ms, score {x[2]:.0f}; with LCP {y[0]:,.0f} ms, TTI {y[1]:,.0f} ms, score {y[2]:.0f}")
ok = True
for k, name in ((0, "LCP"), (1, "TTI")):
    mw, mo = statistics.median(v[k] for v in w), statistics.median(v[k] for v in o)
    ratio = mw / mo
    ok &= ratio <= 1.05
    print(f"median {name}: without {mo:,.0f} ms, with {mw:,.0f} ms, ratio {ratio:.3f} (goal <= 1.05)")
sys.exit(0 if ok else 1)
PY
fi

[ "$duration" != 0 ] || exit $status

echo "== (c) wrk -t2 -c64 GET / (HTML page), 3 alternating rounds of ${duration}s each; best round per side"
rps() { grep 'Requests/sec' "$1" | awk '{print $2}'; }
p99() { grep ' 99%' "$1" | awk '{print $2}'; }
for round in 1 2 3; do
  wrk -t2 -c64 -d"${duration}s" --latency http://127.0.0.1:5096/ > "$work/without-$round.txt"
  wrk -t2 -c64 -d"${duration}s" --latency http://127.0.0.1:5095/ > "$work/with-$round.txt"
  echo "round $round: without $(rps "$work/without-$round.txt") req/s (p99 $(p99 "$work/without-$round.txt")), with $(rps "$work/with-$round.txt") req/s (p99 $(p99 "$work/with-$round.txt"))"
done
best() { for f in "$work/$1"-*.txt; do rps "$f"; done | sort -g | tail -1; }
python3 -c "w=float('$(best with)'); o=float('$(best without)'); print('best: without %.0f req/s, with %.0f req/s, ratio %.1f %% (budget >= 90 %%)' % (o, w, 100*w/o)); exit(0 if w/o >= 0.9 else 1)" || status=1
exit $status
