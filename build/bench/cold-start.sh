#!/usr/bin/env bash
# Where the wait before the host's clock goes on a fresh clone: `dotnet run` restores and compiles build/ and the
# libraries it uses before the host starts. Measured in two fresh clones of HEAD, one with an empty NuGet package
# folder (NUGET_PACKAGES pointed at a new one: every package comes from the source again) and one with the warm
# ~/.nuget/packages; each split into the restore and the compile, then the whole `./build.sh --target=Version
# --exclusive` (the host's start and one trivial task) once more, warm. Usage: build/bench/cold-start.sh
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"; dotnet build-server shutdown > /dev/null 2>&1 || true' EXIT
unset CI GITHUB_ACTIONS
seconds() { local start=$(date +%s%N); "$@" > "$work/last.log" 2>&1 || { tail -20 "$work/last.log"; exit 1; }; awk -v a="$start" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }'; }

measure() {
  local name=$1 clone="$work/$2"
  git clone --quiet "$repo" "$clone"
  dotnet build-server shutdown > /dev/null 2>&1 || true
  local restore compile run
  restore=$(seconds dotnet restore "$clone/build/Build.csproj")
  compile=$(seconds dotnet build "$clone/build/Build.csproj" --configuration Release --no-restore --property:UseSharedCompilation=true)
  run=$(cd "$clone" && seconds ./build.sh --target=Version --exclusive)
  echo "| $name | $restore | $compile | $run |"
}

echo "| Fresh clone | Restore of build/ (s) | Compile of build/ and its libraries (s) | Then ./build.sh --target=Version --exclusive (s) |"
echo "| --- | ---: | ---: | ---: |"
NUGET_PACKAGES="$work/packages" measure "Empty NuGet package folder" empty
measure "Warm NuGet package folder" warm
