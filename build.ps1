<#
.SYNOPSIS
    Builds, tests, packages and demonstrates SecLake (the same steps as build.sh, for PowerShell users).
.PARAMETER Task
    Clean, Build (lay the module out in out/SecLake), Test (xunit, then Pester 5 against out/SecLake),
    Package (PowerShell Gallery .nupkg in out/), Demo (the main job against the local emulator; -UseAws for real AWS).
.EXAMPLE
    ./build.ps1 -Task Demo
.EXAMPLE
    ./build.ps1 -Task Test
#>
[CmdletBinding()]
param(
    [ValidateSet('Clean', 'Build', 'Test', 'Package', 'Demo')]
    [string] $Task = 'Build',
    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',
    [switch] $UseAws
)
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'; $env:DOTNET_NOLOGO = '1'
$results = Join-Path $PSScriptRoot 'artifacts/test-results'

function Invoke-Dotnet {
    & dotnet @args
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($args -join ' ') failed with exit code $LASTEXITCODE" }
}

function Invoke-Build {
    Invoke-Dotnet build Module.sln -c $Configuration -v q -nologo
    Invoke-Dotnet publish src/SecLake/SecLake.csproj -c $Configuration -v q -nologo --no-build
    Write-Host "Module: $(Join-Path $PSScriptRoot 'out/SecLake/SecLake.psd1')"
}

function Get-TrxCount([string] $Path) {
    $counters = ([xml](Get-Content $Path -Raw)).TestRun.ResultSummary.Counters
    $failed = [int]$counters.failed + [int]$counters.error + [int]$counters.timeout + [int]$counters.aborted
    [pscustomobject]@{ Passed = [int]$counters.passed; Failed = $failed; Skipped = [int]$counters.total - [int]$counters.passed - $failed }
}

function Invoke-Test {
    Invoke-Build
    Remove-Item $results -Recurse -Force -ErrorAction SilentlyContinue
    New-Item $results -ItemType Directory -Force | Out-Null
    & dotnet test tests/SecLake.Tests/SecLake.Tests.csproj -c $Configuration --no-build -nologo --logger 'trx;LogFileName=xunit.trx' --results-directory $results
    $xunit = Get-TrxCount (Join-Path $results 'xunit.trx')
    Write-Host ("xunit: {0} passed, {1} failed, {2} skipped" -f $xunit.Passed, $xunit.Failed, $xunit.Skipped)

    $pesterFile = Join-Path $results 'pester.txt'
    & (Join-Path $PSScriptRoot 'tests/Pester/Invoke-SecLakePester.ps1') -Configuration $Configuration -ResultFile $pesterFile
    $p, $f, $s = (Get-Content $pesterFile -Raw).Trim() -split ' '
    Write-Host "pester: $p passed, $f failed, $s skipped"

    $passed = $xunit.Passed + [int]$p; $failed = $xunit.Failed + [int]$f; $skipped = $xunit.Skipped + [int]$s
    Write-Host "$passed passed, $failed failed, $skipped skipped"
    if ($failed -gt 0) { exit 1 }
}

function Invoke-Demo {
    Invoke-Build
    $demo = @{}
    $emulator = $null
    if (-not $UseAws) {
        Import-Module (Join-Path $PSScriptRoot 'tests/Pester/SecLakeTestHelpers.psm1') -Force
        $env:SECLAKE_TEST_CONFIGURATION = $Configuration
        $emulator = Start-SecLakeEmulator
        Write-Host "Local emulator at $($emulator.Url) (use -UseAws for your AWS account)"
        $demo = $emulator.Connection
    }
    try { & (Join-Path $PSScriptRoot 'examples/Demo.ps1') @demo }
    finally { if ($emulator) { Stop-SecLakeEmulator $emulator } }
}

switch ($Task) {
    'Clean' { Remove-Item out, artifacts -Recurse -Force -ErrorAction SilentlyContinue; Invoke-Dotnet clean Module.sln -v q -nologo }
    'Build' { Invoke-Build }
    'Test' { Invoke-Test }
    'Package' { Invoke-Build; Invoke-Dotnet msbuild src/SecLake/SecLake.csproj -t:PackModule "-p:Configuration=$Configuration" -v:q -nologo }
    'Demo' { Invoke-Demo }
}
