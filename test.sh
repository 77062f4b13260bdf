#!/usr/bin/env bash
# Runs every test of Chatflows: ./test.sh
# Installs and starts what the tests need when it is missing (Chromium, PostgreSQL, Redis, nginx from apt),
# builds with warnings as errors, runs each test project, packs the module and runs the package-only sample site,
# and ends with the line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"

scripts/test-services.sh
dotnet build Chatflows.sln -c Release -nologo -v q -warnaserror

rm -rf TestResults
status=0
for project in tests/*.Tests; do
  name=$(basename "$project")
  # It needs the site that only the packed package makes; scripts/sample-package.sh runs it below.
  [ "$name" = RazorPagesSite.Tests ] && continue
  echo "== $name"
  dotnet test "$project" -c Release --no-build --nologo --logger "trx;LogFileName=$name.trx" \
    --results-directory TestResults || status=1
done

# The package as a site gets it: packed into a local feed, then samples/RazorPagesSite built and run against it.
echo "== sample package"
scripts/sample-package.sh TestResults || status=1

scripts/test-totals.sh TestResults || status=1
exit $status
