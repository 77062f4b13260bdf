#!/usr/bin/env bash
# Adds up the TRX result files below $1 and prints "N passed, N failed" as the last line.
# Fails when no test ran at all, so an empty run can never look green.
set -euo pipefail
passed=0; failed=0; total=0
for trx in $(find "${1:-TestResults}" -name '*.trx'); do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  value() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed)))
  total=$((total + $(value total)))
done
echo "$total tests in all"
echo "$passed passed, $failed failed"
[ "$total" -gt 0 ] && [ "$failed" -eq 0 ] && [ "$passed" -eq "$total" ]
