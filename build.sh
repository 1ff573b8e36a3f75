#!/usr/bin/env bash
# Runs the QTE Build pipeline: ./build.sh [--target=NAME] [--time-budget=SECONDS] [...]
# Built in Release, as the Build task builds the solution, so that the host is compiled once per run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
# The ci profile (short waits and windows) keeps the whole pipeline within its time budget; --profile=none for the real ones.
export QTE_PROFILE="${QTE_PROFILE:-ci}"
# When the user started waiting: the timing table shows the time before the host's clock (restore and compile of build/).
export QTE_LAUNCHED_AT_MS="$(date +%s%3N)"
# Dynamic PGO off for the compilers, MSBuild and test hosts this run starts, unless set: it costs short-lived processes
# about a third of a clean build's time (build/ToolProcesses.cs has the figures).
export DOTNET_TieredPGO="${DOTNET_TieredPGO:-0}"

# The host is compiled only when a file it is built from (build/, src/, the repository's MSBuild and SDK files) changed
# since its last build: MSBuild's own up-to-date check costs 5 to 10 s on every run, this one some milliseconds.
host=build/bin/Release/net10.0/Build.dll
stamp=build/obj/qte-host.stamp
changed() {
  [[ ! -f $stamp || ! -f $host ]] && return 0
  # Directories too: deleting a source file changes only its folder's time.
  [[ -n $(find build src Directory.Build.props Directory.Build.targets Directory.Packages.props global.json \
    \( -name bin -o -name obj -o -name TestResults \) -prune -o -newer "$stamp" -print -quit 2>/dev/null) ]]
}
if changed; then
  mkdir -p build/obj
  touch "$stamp.next" # the time the build starts: a file saved while it compiles is newer, so compiled next run
  # The compiler server (Roslyn) even where the environment turns it off: the host compiles in about half the time.
  dotnet build build/Build.csproj --configuration Release --property:UseSharedCompilation=true -nologo -verbosity:quiet -consoleLoggerParameters:NoSummary
  mv "$stamp.next" "$stamp"
fi
# Tasks run from the repository root (here).
exec dotnet "$host" "$@"
