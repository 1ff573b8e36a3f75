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
# As build.sh: dynamic PGO off for the short-lived compilers, MSBuild and test hosts (build/ToolProcesses.cs).
if (-not $env:DOTNET_TieredPGO) { $env:DOTNET_TieredPGO = '0' }

# As build.sh: the host is compiled only when a file it is built from changed since its last build.
$hostDll = 'build/bin/Release/net10.0/Build.dll'
$stamp = 'build/obj/qte-host.stamp'
function Test-HostChanged {
    if (-not (Test-Path $stamp) -or -not (Test-Path $hostDll)) { return $true }
    $since = (Get-Item $stamp).LastWriteTimeUtc
    $roots = @('build', 'src') | ForEach-Object { Get-Item $_ }
    $files = @('Directory.Build.props', 'Directory.Build.targets', 'Directory.Packages.props', 'global.json') | ForEach-Object { Get-Item $_ }
    $pending = [System.Collections.Generic.Stack[object]]::new()
    $roots | ForEach-Object { $pending.Push($_) }
    foreach ($file in $files) { if ($file.LastWriteTimeUtc -gt $since) { return $true } }
    while ($pending.Count -gt 0) {
        $item = $pending.Pop()
        if ($item.LastWriteTimeUtc -gt $since) { return $true }
        if ($item.PSIsContainer) {
            Get-ChildItem -LiteralPath $item.FullName -Force |
                Where-Object { -not ($_.PSIsContainer -and $_.Name -in 'bin', 'obj', 'TestResults') } |
                ForEach-Object { $pending.Push($_) }
        }
    }
    return $false
}
if (Test-HostChanged) {
    New-Item -ItemType Directory -Force -Path 'build/obj' | Out-Null
    $started = [DateTime]::UtcNow
    & dotnet build build/Build.csproj --configuration Release --property:UseSharedCompilation=true -nologo -verbosity:quiet -consoleLoggerParameters:NoSummary
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    Set-Content -LiteralPath $stamp -Value '' -NoNewline
    (Get-Item $stamp).LastWriteTimeUtc = $started
}
& dotnet $hostDll @args
exit $LASTEXITCODE
