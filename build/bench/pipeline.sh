#!/usr/bin/env bash
# Benchmark of a pipeline target: `./build.sh --target=TARGET` cold (fresh clone, NuGet cache warm) and warm
# (the same clone again), N runs each. Usage: pipeline.sh [TARGET (default Stage2A)] [N (default 3)].
# Prints every run, then min and median; the timing table of the last warm run shows where the time went.
set -euo pipefail
target=${1:-Stage2A}
runs=${2:-3}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

seconds() { local start=$(date +%s.%N); "$@" >/dev/null 2>&1; awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
summary() { sort -n | awk '{ v[NR] = $1 } END { printf "min %.1f s, median %.1f s\n", v[1], v[int((NR + 1) / 2)] }'; }

cold=() warm=()
for i in $(seq "$runs"); do
  git clone --quiet "$repo" "$work/clone-$i"
  cold+=("$(seconds "$work/clone-$i/build.sh" --target="$target")")
  warm+=("$(seconds "$work/clone-$i/build.sh" --target="$target")")
  echo "run $i: cold ${cold[-1]} s, warm ${warm[-1]} s"
done
echo "cold: $(printf '%s\n' "${cold[@]}" | summary)"
echo "warm: $(printf '%s\n' "${warm[@]}" | summary)"
cat "$work/clone-$runs/artifacts/timing/timing.md"
