#!/usr/bin/env bash
# Two commits' cold default pipeline, side by side: ROUNDS pairs of fresh clones, the runs interleaved (new, old, old,
# new, new, old, ...: each round's order the other way round from the last) so that the machine's drift, and whatever
# the run before leaves warm, fall on both alike. Each run is `./build.sh` on a fresh clone (NuGet's package
# cache warm), its environments brought down afterwards. Prints each run's wall time and time in the host, then the
# medians and their ratio. Usage: build/bench/compare-commits.sh OLD NEW [ROUNDS, default 5]
# The environments' ports (18080-18082) must be free: bring this checkout's down first (--target=Down --exclusive).
# LOGS=DIR keeps each run's output there as <which>-<round>.log (its task table tells where the time went).
set -euo pipefail
old=${1:?usage: compare-commits.sh OLD NEW [ROUNDS]}
new=${2:?usage: compare-commits.sh OLD NEW [ROUNDS]}
rounds=${3:-5}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The local default, not CI, as a user's first run.
unset CI GITHUB_ACTIONS GITHUB_RUN_ID

down() {
  for environment in dev staging production; do
    (cd "$1" && ./build.sh --target=Down --exclusive --environment="$environment" > /dev/null 2>&1) || true
  done
}

declare -A wall host
for round in $(seq 1 "$rounds"); do
  order="new old"
  if (( round % 2 == 0 )); then order="old new"; fi
  for which in $order; do
    commit=${!which}
    clone="$work/$which-$round"
    git clone -q --no-checkout "$repo" "$clone" && git -C "$clone" checkout -q "$commit"
    start=$(date +%s%N)
    status=0
    (cd "$clone" && ./build.sh > "$clone.log" 2>&1) || status=$?
    end=$(date +%s%N)
    down "$clone"
    seconds=$(( (end - start) / 1000000 ))
    # The host's own figure, from its closing line: "The run took N s, ..."
    inside=$(grep -o 'The run took [0-9.]* s' "$clone.log" | tail -1 | grep -o '[0-9.]*' | head -1)
    wall[$which]+="$(printf '%d.%03d' $((seconds / 1000)) $((seconds % 1000))) "
    host[$which]+="${inside:-nan} "
    echo "$which ($commit) round $round: wall $(printf '%d.%d' $((seconds / 1000)) $((seconds % 1000 / 100))) s, in the host ${inside:-?} s, exit $status"
    if [[ -n "${LOGS:-}" ]]; then mkdir -p "$LOGS" && cp "$clone.log" "$LOGS/$which-$round.log"; fi
    rm -rf "$clone"
  done
done

python3 - "${wall[new]}" "${wall[old]}" "${host[new]}" "${host[old]}" <<'EOF'
import math, statistics, sys
new_wall, old_wall, new_host, old_host = ([float(x) for x in arg.split()] for arg in sys.argv[1:])
for name, new, old in (("wall", new_wall, old_wall), ("in the host", new_host, old_host)):
    # A run that printed no time (it failed before its closing line) leaves the comparison unknown, not a number.
    if any(math.isnan(x) for x in new + old):
        print(f"median {name}: unknown (a run printed no time; see the exit codes above)")
        continue
    n, o = statistics.median(new), statistics.median(old)
    print(f"median {name}: new {n:.1f} s, old {o:.1f} s, {100 * (n / o - 1):+.1f} % "
          f"(new {min(new):.1f}-{max(new):.1f}, old {min(old):.1f}-{max(old):.1f})")
EOF
