#!/usr/bin/env bash
# The pipeline's speed, four runs of `./build.sh` side by side in one go (the local default: environments stay up):
#   1. cold: a fresh clone of HEAD (NuGet's package cache warm, no artifacts/cache);
#   2. no-change rerun of the same clone;
#   3. rerun after a one-line change in src/Qte.Experiments;
#   4. cold again, in a second fresh clone, while a second process keeps one core busy.
# For each: wall time (what the user waits), time inside the host (what the budget counts), the time before the host,
# the Test task's time and cache hits, and the peak resident memory of all the run's processes together (every
# process of its session, sampled every 0.2 s). Writes artifacts/bench/pipeline.md. Usage: build/bench/pipeline.sh
# The environments' ports (18080-18082) must be free: bring this checkout's down first (--target=Down --exclusive).
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d)
out="$repo/artifacts/bench/pipeline.md"
busy=
cleanup() {
  [ -n "$busy" ] && kill "$busy" 2>/dev/null || true
  for clone in "$work"/clone-*; do
    [ -d "$clone/.qte" ] || continue
    for environment in dev staging production; do
      (cd "$clone" && ./build.sh --target=Down --exclusive --environment="$environment" > /dev/null 2>&1) || true
    done
  done
  rm -rf "$work"
}
trap cleanup EXIT
# The local default, not CI: environments stay up between runs, so the rerun finds its releases serving.
unset CI GITHUB_ACTIONS GITHUB_RUN_ID

for port in 18080 18081 18082; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "pipeline.sh: port $port is in use (an environment of another checkout?); free it first, e.g. ./build.sh --target=Down --exclusive --environment=dev" >&2
    exit 2
  fi
done

rows=()
# run NAME CLONE: runs ./build.sh in its own session, samples the session's memory, and adds a row.
run() {
  local name=$1 clone=$2 log="$work/run-${#rows[@]}.log" start end peak=0 rss
  rm -f "$clone/artifacts/timing/timing.json"
  start=$(date +%s%N)
  (cd "$clone" && exec setsid ./build.sh > "$log" 2>&1) &
  local pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    rss=$(ps -e -o sid=,rss= | awk -v s="$pid" '$1 == s { t += $2 } END { print t + 0 }')
    [ "$rss" -gt "$peak" ] && peak=$rss
    sleep 0.2
  done
  local status=0
  wait "$pid" || status=$?
  end=$(date +%s%N)
  local timing="$clone/artifacts/timing/timing.json"
  local row
  row=$(python3 - "$timing" "$name" "$(( (end - start) / 1000000 ))" "$peak" "$status" <<'PY'
import json, sys
path, name, wall_ms, peak_kib, status = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
try:
    t = json.load(open(path))
except (OSError, ValueError):
    t = {"tasks": []}
test = next((x for x in t["tasks"] if x["task"] == "Test"), {})
host = t.get("wallTimeSeconds")
before = t.get("beforeHostSeconds")
fmt = lambda v: "unknown" if v is None else f"{v:.1f}"
print(f"| {name} | {wall_ms / 1000:.1f} | {fmt(host)} | {fmt(before)} | {fmt(test.get('durationSeconds'))} | {test.get('note') or 'unknown'} | {peak_kib / 1024:.0f} | {'passed' if status == 0 else f'FAILED (exit {status})'} |")
PY
)
  rows+=("$row")
  echo "$row"
  if [ "$status" -ne 0 ]; then
    tail -20 "$log" || true
  fi
}

git clone --quiet "$repo" "$work/clone-a"
git clone --quiet "$repo" "$work/clone-b"

run "Cold fresh clone" "$work/clone-a"
run "No-change rerun" "$work/clone-a"
echo "// pipeline.sh: a one-line change" >> "$work/clone-a/src/Qte.Experiments/Assignment/BucketHash.cs"
run "One-line change in src/Qte.Experiments" "$work/clone-a"
for environment in dev staging production; do
  (cd "$work/clone-a" && ./build.sh --target=Down --exclusive --environment="$environment" > /dev/null 2>&1)
done
sh -c 'while :; do :; done' &
busy=$!
run "Cold fresh clone, one core busy" "$work/clone-b"
kill "$busy"
busy=

mkdir -p "$(dirname "$out")"
{
  echo "## Pipeline speed"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); commit $(git -C "$repo" rev-parse --short HEAD); \`build/bench/pipeline.sh\`: four runs of \`./build.sh\` side by side, environments kept up between runs 1 to 3 (the local default)."
  echo
  echo "| Run | Wall time (s) | In the host (s) | Before the host (s) | Test (s) | Test cache | Peak RSS, all processes (MiB) | Result |"
  echo "| --- | ---: | ---: | ---: | ---: | --- | ---: | --- |"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Goals: cold ≤ 90 s, no-change rerun ≤ 25 s, one-line change ≤ 45 s, cold with one busy core ≤ 160 s (wall time)."
} > "$out"
cat "$out"
