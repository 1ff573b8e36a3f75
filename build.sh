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
# The compiler server (Roslyn) even where the environment turns it off: the host compiles in about half the time.
exec dotnet run --project build/Build.csproj --configuration Release --property:UseSharedCompilation=true -- "$@"
