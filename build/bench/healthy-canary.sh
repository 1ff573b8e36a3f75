#!/usr/bin/env bash
# The healthy-canary end-to-end test (CanaryDeploymentTests' good release promoted step by step), run N times in a row
# (default 20) while a second process keeps one core busy: a canary judge that peeks fails it now and then on a loaded
# machine. Prints each run and the count: build/bench/healthy-canary.sh [RUNS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
runs=${1:-20}
dotnet build tests/Qte.Delivery.Tests -v q -nologo > /dev/null
sh -c 'while :; do :; done' &
busy=$!
trap 'kill $busy' EXIT
passed=0
for i in $(seq 1 "$runs"); do
  log=$(mktemp)
  if dotnet test tests/Qte.Delivery.Tests --no-build --filter "FullyQualifiedName~Should_Promote_A_Good_Canary_Step_By_Step" > "$log" 2>&1; then
    passed=$((passed + 1))
    echo "run $i: passed"
  else
    echo "run $i: FAILED"
    grep -E "Assert|Actual|Expected" "$log" | head -5
  fi
  rm -f "$log"
done
echo "healthy canary: $passed of $runs passed with one core busy"
