<#
.SYNOPSIS
    Runs the Pester suite against the built module (out/SecLake) and writes "passed failed skipped" to -ResultFile.
.DESCRIPTION
    Uses the repo's pinned Pester only: tests/Pester/TestHost.csproj (built with Module.sln) restores it from NuGet into
    artifacts/modules, which goes first on PSModulePath here. A missing Pester is a failure, never a skip.
#>
param(
    [string] $Configuration = 'Release',
    [string] $ResultFile = (Join-Path $PSScriptRoot '../../artifacts/test-results/pester.txt')
)
$ErrorActionPreference = 'Stop'
$modules = [System.IO.Path]::GetFullPath((Join-Path $PSScriptRoot '../../artifacts/modules'))
$env:PSModulePath = $modules + [System.IO.Path]::PathSeparator + $env:PSModulePath
$pester = Get-ChildItem -Path (Join-Path $modules 'Pester/*/Pester.psd1') -ErrorAction SilentlyContinue | Select-Object -First 1
if (-not $pester) {
    throw "Pester is not provisioned in $modules. Build first (./build.sh build or ./build.ps1 -Task Build): tests/Pester/TestHost.csproj restores the pinned Pester from NuGet."
}
Import-Module $pester.FullName -Force
$env:SECLAKE_TEST_CONFIGURATION = $Configuration
$config = New-PesterConfiguration
$config.Run.Path = (Get-ChildItem -Path $PSScriptRoot -Filter '*.Tests.ps1').FullName
$config.Run.PassThru = $true
$config.Output.Verbosity = 'Normal'
$result = Invoke-Pester -Configuration $config
New-Item -ItemType Directory -Force -Path (Split-Path $ResultFile) | Out-Null
Set-Content -Path $ResultFile -Value ("{0} {1} {2}" -f $result.PassedCount, ($result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount), ($result.SkippedCount + $result.NotRunCount))
exit 0
