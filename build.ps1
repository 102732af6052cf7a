<#
.SYNOPSIS
    Builds, tests, packages and demonstrates SecLake. The one implementation of every task; ./build.sh is only its
    front door on machines with bash (it provisions the pinned PowerShell and runs this script).
.PARAMETER Task
    Build    restore, compile, lay the module out in out/SecLake
    Test     build, then the xunit suite and the Pester suite (in the repo's pinned pwsh, with the repo's pinned
             Pester); the last line is "N passed, N failed, N skipped" over both
    Package  build, then the PowerShell Gallery .nupkg in out/
    Demo     build, start the local emulator and run examples/Demo.ps1 against it (-UseAws: your AWS account)
    Clean    remove out/, artifacts/ and the build outputs
.PARAMETER UseAws
    Demo against your AWS account instead of the local emulator (also: SECLAKE_DEMO_AWS=1).
.EXAMPLE
    ./build.ps1 -Task Demo
.EXAMPLE
    ./build.ps1 -Task Test
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('Clean', 'Build', 'Test', 'Package', 'Demo')]
    [string] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = $(if ($env:CONFIGURATION) { $env:CONFIGURATION } else { 'Release' }),

    [switch] $UseAws = ($env:SECLAKE_DEMO_AWS -eq '1')
)
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'; $env:DOTNET_NOLOGO = '1'; $env:DOTNET_SKIP_FIRST_TIME_EXPERIENCE = '1'
$results = Join-Path $PSScriptRoot 'artifacts/test-results'

function Invoke-Dotnet {
    # Every argument is passed as given: '-t:PackModule' and '-v:q' must reach dotnet whole, so callers quote them.
    & dotnet @args
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($args -join ' ') failed with exit code $LASTEXITCODE" }
}

function Invoke-Build {
    Invoke-Dotnet build Module.sln -c $Configuration '-v:q' -nologo
    Invoke-Dotnet publish src/SecLake/SecLake.csproj -c $Configuration '-v:q' -nologo --no-build
    Write-Host "Module: $(Join-Path $PSScriptRoot 'out/SecLake/SecLake.psd1')"
}

function Initialize-PowerShellTool {
    # The Pester suite and the demo run in the repo's pinned pwsh (.config/dotnet-tools.json), from NuGet.
    & dotnet tool restore *> $null
    if ($LASTEXITCODE -ne 0) {
        throw 'Could not provision PowerShell 7.6.9: "dotnet tool restore" failed. The tool comes from NuGet (package PowerShell, see .config/dotnet-tools.json); check that this machine reaches a NuGet source that serves it.'
    }
}

function Invoke-PinnedPwsh {
    & dotnet tool run pwsh -NoProfile -NonInteractive @args
}

function Get-TrxCount([string] $Path) {
    $counters = ([xml](Get-Content $Path -Raw)).TestRun.ResultSummary.Counters
    $failed = [int]$counters.failed + [int]$counters.error + [int]$counters.timeout + [int]$counters.aborted
    [pscustomobject]@{ Passed = [int]$counters.passed; Failed = $failed; Skipped = [int]$counters.total - [int]$counters.passed - $failed }
}

function Invoke-XunitSuite {
    $log = Join-Path $results 'xunit.log'
    & dotnet test tests/SecLake.Tests/SecLake.Tests.csproj -c $Configuration --no-build -nologo `
        --logger 'trx;LogFileName=xunit.trx' --logger 'console;verbosity=normal' --results-directory $results *> $log
    $trx = Join-Path $results 'xunit.trx'
    Select-String -Path $log -Pattern '^\s+(Failed|Skipped) ' | Select-Object -First 50 | ForEach-Object { Write-Host $_.Line }
    if (-not (Test-Path $trx)) {
        Get-Content $log -Tail 30 | ForEach-Object { Write-Host $_ }
        Write-Host 'xunit: no results (build or run failed)'
        return [pscustomobject]@{ Passed = 0; Failed = 1; Skipped = 0 }
    }
    $count = Get-TrxCount $trx
    Write-Host ("xunit: {0} passed, {1} failed, {2} skipped" -f $count.Passed, $count.Failed, $count.Skipped)
    $count
}

function Invoke-PesterSuite {
    $resultFile = Join-Path $results 'pester.txt'
    Invoke-PinnedPwsh -File tests/Pester/Invoke-SecLakePester.ps1 -Configuration $Configuration -ResultFile $resultFile | ForEach-Object { Write-Host $_ }
    if (-not (Test-Path $resultFile)) {
        Write-Host 'pester: the Pester suite did not report (see the output above)'
        return [pscustomobject]@{ Passed = 0; Failed = 1; Skipped = 0 }
    }
    $p, $f, $s = (Get-Content $resultFile -Raw).Trim() -split ' '
    Write-Host "pester: $p passed, $f failed, $s skipped"
    [pscustomobject]@{ Passed = [int]$p; Failed = [int]$f; Skipped = [int]$s }
}

function Invoke-FormatCheck {
    # The one code style (.editorconfig): a change that breaks it fails the run like a failing test.
    $log = Join-Path $results 'format.log'
    & dotnet format Module.sln --verify-no-changes *> $log
    if ($LASTEXITCODE -eq 0) {
        Write-Host 'format: the code follows .editorconfig'
        return [pscustomobject]@{ Passed = 1; Failed = 0; Skipped = 0 }
    }
    Get-Content $log | Select-Object -First 20 | ForEach-Object { Write-Host $_ }
    Write-Host 'format: the code does not follow .editorconfig; run "dotnet format Module.sln" and commit the result'
    [pscustomobject]@{ Passed = 0; Failed = 1; Skipped = 0 }
}

function Invoke-Test {
    Invoke-Build
    Initialize-PowerShellTool
    Remove-Item $results -Recurse -Force -ErrorAction SilentlyContinue
    New-Item $results -ItemType Directory -Force | Out-Null
    $suites = @(Invoke-FormatCheck) + @(Invoke-XunitSuite) + @(Invoke-PesterSuite)
    $passed = ($suites | Measure-Object Passed -Sum).Sum
    $failed = ($suites | Measure-Object Failed -Sum).Sum
    $skipped = ($suites | Measure-Object Skipped -Sum).Sum
    Write-Host "$passed passed, $failed failed, $skipped skipped"
    if ($failed -gt 0) { exit 1 }
}

function Invoke-Package {
    Invoke-Build
    Invoke-Dotnet msbuild src/SecLake/SecLake.csproj '-t:PackModule' "-p:Configuration=$Configuration" '-v:q' -nologo
    $package = Get-ChildItem (Join-Path $PSScriptRoot 'out') -Filter 'SecLake.*.nupkg' | Sort-Object LastWriteTime | Select-Object -Last 1
    Write-Host "PowerShell Gallery package: $($package.FullName)"
}

function Invoke-Demo {
    Invoke-Build
    Initialize-PowerShellTool
    $demo = @()
    $emulator = $null
    if (-not $UseAws) {
        Import-Module (Join-Path $PSScriptRoot 'tests/Pester/SecLakeTestHelpers.psm1') -Force
        $env:SECLAKE_TEST_CONFIGURATION = $Configuration
        $emulator = Start-SecLakeEmulator
        Write-Host "Local emulator at $($emulator.Url) (./build.ps1 -Task Demo -UseAws, or SECLAKE_DEMO_AWS=1 ./build.sh demo, for your AWS account)"
        foreach ($entry in $emulator.Connection.GetEnumerator()) { $demo += "-$($entry.Key)", $entry.Value }
    }
    try {
        Invoke-PinnedPwsh -File examples/Demo.ps1 @demo
        if ($LASTEXITCODE -ne 0) { throw "The demo failed (exit code $LASTEXITCODE)." }
    }
    finally {
        if ($emulator) { Stop-SecLakeEmulator $emulator }
    }
}

switch ($Task) {
    'Clean' {
        Remove-Item out, artifacts -Recurse -Force -ErrorAction SilentlyContinue
        Invoke-Dotnet clean Module.sln '-v:q' -nologo
    }
    'Build' { Invoke-Build }
    'Test' { Invoke-Test }
    'Package' { Invoke-Package }
    'Demo' { Invoke-Demo }
}
