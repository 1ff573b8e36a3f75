#!/usr/bin/env pwsh
# Runs the QTE Build pipeline on Windows (or anywhere PowerShell runs): ./build.ps1 [--target=NAME] [...]
# Same as build.sh: the host is built in Release, as the Build task builds the solution.
$ErrorActionPreference = 'Stop'
Set-Location -LiteralPath $PSScriptRoot
$env:DOTNET_NOLOGO = '1'
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
# The ci profile (short waits and windows) keeps the whole pipeline within its time budget; --profile=none for the real ones.
if (-not $env:QTE_PROFILE) { $env:QTE_PROFILE = 'ci' }
# When the user started waiting: the timing table shows the time before the host's clock (restore and compile of build/).
$env:QTE_LAUNCHED_AT_MS = [DateTimeOffset]::UtcNow.ToUnixTimeMilliseconds().ToString()
& dotnet run --project build/Build.csproj --configuration Release --property:UseSharedCompilation=true -- @args
exit $LASTEXITCODE
