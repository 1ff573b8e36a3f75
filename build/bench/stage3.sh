#!/usr/bin/env bash
# Benchmarks of stage 3 on this machine (needs curl and wrk).
#  1. Rollback: a good release serves dev; N times (default 5) a release that fails under traffic
#     (QTE_FAULT_RATE=1) is deployed while a client polls /version through the router every 10 ms.
#     Prints each restore time (failed check -> previous release serving, measured by the deployer) and the
#     client's failed requests.
#  2. Router overhead: wrk on /api/quotes/MSFT through the router and straight to the live slot, same load.
set -euo pipefail
runs=${1:-5}
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
url=http://127.0.0.1:18080
export CI=false

./build.sh --target=Stage3v4 >/dev/null
echo "serving: $(curl -fsS $url/version)"

restores=() failures=()
for i in $(seq "$runs"); do
  poll=$(mktemp)
  ( while :; do curl -s -o /dev/null -w '%{http_code}\n' --max-time 2 "$url/version" || echo 000; sleep 0.01; done ) >"$poll" 2>/dev/null &
  poller=$!
  ./build.sh --target=Deploy --exclusive --set release.env.QTE_FAULT_RATE=1 >/dev/null 2>&1 || true
  kill "$poller"; wait "$poller" 2>/dev/null || true
  restore=$(sed -n 's/.*"restoreSeconds": \([0-9.]*\).*/\1/p' artifacts/deploy/dev/deployment.json)
  failed=$(grep -vc '^200$' "$poll" || true)
  total=$(wc -l <"$poll")
  restores+=("$restore"); failures+=("$failed")
  echo "run $i: restore ${restore} s; client: $failed failed of $total polls"
  rm -f "$poll"
done
printf '%s\n' "${restores[@]}" | sort -n | awk '{ v[NR] = $1 } END { printf "restore time: min %.3f s, median %.3f s, max %.3f s\n", v[1], v[int((NR + 1) / 2)], v[NR] }'
echo "client failures during rollbacks: $(IFS=+; echo $(( ${failures[*]} )))"

slot=$(sed -n 's/.*"address": "\(http[^"]*\)".*/\1/p' .qte/environments/dev/state.json | head -1)
for target in "$url" "$slot"; do
  wrk -t2 -c32 -d10s --latency "$target/api/quotes/MSFT" | awk -v t="$target" '/Requests\/sec/ { rps = $2 } /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 } END { printf "%s: %s req/s, p50 %s, p99 %s\n", t, rps, p50, p99 }'
done
./build.sh --target=Down --environment=dev >/dev/null
