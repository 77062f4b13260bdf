#!/usr/bin/env bash
# Packs Chatflows as a site gets it and runs samples/RazorPagesSite against that package only (issue 15):
# dotnet pack into artifacts/feed (a local folder feed), restore the sample from it, build, start it on
# 127.0.0.1 with the demo recipe (shipped inside the package), ask it for its own page, the widget's loader, the
# visitor API and the module's health, then run tests/RazorPagesSite.Tests in Chromium against it.
# Usage: scripts/sample-package.sh [results folder for the browser tests' TRX file, default TestResults]
# Expects the Release build of Chatflows.sln; prints "sample package: ok" or why not, and exits non-zero on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
results=${1:-TestResults}

feed=artifacts/feed
# A fresh version per run, so NuGet's global package folder never hands back an older pack.
version="0.1.0-ci.$(date +%Y%m%d%H%M%S)"
rm -rf "$feed" && mkdir -p "$feed"
for project in src/Chatflows.Core src/Chatflows.KnowledgeBase src/Chatflows; do
  dotnet pack "$project" -c Release --no-build -nologo -v q -o "$feed" -p:PackageVersion="$version"
done

package="$feed/Chatflows.$version.nupkg"
listing=$(unzip -Z1 "$package")
for wanted in README.md lib/net10.0/Chatflows.dll; do
  grep -qx "$wanted" <<<"$listing" || { echo "sample package: $wanted missing from $package"; exit 1; }
done
if grep -E '(^|/)(package(-lock)?\.json|[^/]*\.runtimeconfig\.json|build\.mjs)$|^content(Files)?/' <<<"$listing"; then
  echo "sample package: build files or content for the site's project shipped in $package"; exit 1
fi
for nupkg in "$feed"/*."$version".nupkg; do # what nuget.org shows: a real description, the licence, the readme
  nuspec=$(unzip -p "$nupkg" '*.nuspec')
  for wanted in '<license type="expression">MIT</license>' '<readme>README.md</readme>' '<repository type="git"' '<description>[A-Z]'; do
    grep -q "$wanted" <<<"$nuspec" || { echo "sample package: $nupkg lacks $wanted"; exit 1; }
  done
  if grep -q 'Package Description' <<<"$nuspec"; then echo "sample package: $nupkg has the placeholder description"; exit 1; fi
done
[ -f "$feed/Chatflows.$version.snupkg" ] || { echo "sample package: no symbols package"; exit 1; }

site=samples/RazorPagesSite
rm -rf "$site/bin" "$site/obj" "$site/App_Data"
dotnet build "$site" -c Release -nologo -v q -p:ChatflowsVersion="$version"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log=$(mktemp)
export CHATFLOWS_SAMPLE_URL="http://127.0.0.1:$port" CHATFLOWS_SAMPLE_ADMIN_EMAIL=admin@sample.test CHATFLOWS_SAMPLE_ADMIN_PASSWORD=Sample-Passw0rd!
(cd "$site" && exec dotnet "bin/Release/net10.0/RazorPagesSite.dll" --urls "$CHATFLOWS_SAMPLE_URL" --Chatflows:Setup:Recipe=demo \
  --Chatflows:Setup:AdminEmail="$CHATFLOWS_SAMPLE_ADMIN_EMAIL" --Chatflows:Setup:AdminPassword="$CHATFLOWS_SAMPLE_ADMIN_PASSWORD") >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
# First start migrates a new database: up to a minute on a loaded 2-core machine, so wait up to three.
for attempt in $(seq 1 360); do
  curl -sf "http://127.0.0.1:$port/chatflows/health" >/dev/null 2>&1 && break
  [ "$attempt" = 360 ] && { cat "$log"; echo "sample package: the site never answered"; exit 1; }
  kill -0 $pid 2>/dev/null || { cat "$log"; echo "sample package: the site stopped"; exit 1; }
  sleep 0.5
done

check() { # path, text the answer must contain
  curl -sf "http://127.0.0.1:$port$1" | grep -q "$2" || { cat "$log"; echo "sample package: $1 did not answer with $2"; exit 1; }
}
check / "A Razor Pages site with Chatflows from the package"
check /chatflows/health '"status":"Healthy"'
check /chatflows/embed.js "Chatflows"
check '/chatflows/api/widget?url=http%3A%2F%2Flocalhost%2F' '{'
check /admin/account/login "Sign in"

# The same site in a real browser: its page, the widget and bot, the visitor API, the module's admin and OpenAPI.
dotnet test tests/RazorPagesSite.Tests -c Release --no-build --nologo --logger "trx;LogFileName=RazorPagesSite.Tests.trx" \
  --results-directory "$results" || { cat "$log"; echo "sample package: the browser tests failed"; exit 1; }
echo "sample package: ok ($version)"
