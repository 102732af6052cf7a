<#
.SYNOPSIS
    Runs the Pester 5 suite against the built module (out/SecLake) and writes "passed failed skipped" to -ResultFile.
#>
param(
    [string] $Configuration = 'Release',
    [string] $ResultFile = (Join-Path $PSScriptRoot '../../artifacts/test-results/pester.txt')
)
$ErrorActionPreference = 'Stop'
$testFiles = Get-ChildItem -Path $PSScriptRoot -Filter '*.Tests.ps1'
$pester = Get-Module -ListAvailable -Name Pester | Where-Object { $_.Version -ge [version]'5.0.0' } | Sort-Object Version -Descending | Select-Object -First 1
if (-not $pester) {
    $count = ($testFiles | Get-Content | Select-String -Pattern '^\s*It\s').Count
    Write-Host "pester: Pester 5 is not installed (Install-Module Pester -MinimumVersion 5.0); $count tests skipped"
    Set-Content -Path $ResultFile -Value "0 0 $count"
    exit 0
}
Import-Module $pester -Force
$env:SECLAKE_TEST_CONFIGURATION = $Configuration
$config = New-PesterConfiguration
$config.Run.Path = $testFiles.FullName
$config.Run.PassThru = $true
$config.Output.Verbosity = 'Normal'
$result = Invoke-Pester -Configuration $config
Set-Content -Path $ResultFile -Value ("{0} {1} {2}" -f $result.PassedCount, ($result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount), ($result.SkippedCount + $result.NotRunCount))
exit 0
