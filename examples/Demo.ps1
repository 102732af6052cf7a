<#
.SYNOPSIS
    SecLake's main job: create, list and remove a QLDB ledger, against the local emulator or AWS.
.EXAMPLE
    ./examples/Demo.ps1 -EndpointUrl http://127.0.0.1:5000/ -Region us-east-1 -AccessKey AKIAIOSFODNN7EXAMPLE -SecretKey wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
#>
[CmdletBinding()]
param(
    [string] $EndpointUrl,
    [string] $Region,
    [string] $AccessKey,
    [string] $SecretKey,
    [string] $ModulePath = (Join-Path $PSScriptRoot '../out/SecLake/SecLake.psd1')
)
$ErrorActionPreference = 'Stop'
Import-Module $ModulePath -Force

$connection = @{}
foreach ($name in 'EndpointUrl', 'Region', 'AccessKey', 'SecretKey') {
    if ($PSBoundParameters.ContainsKey($name)) { $connection[$name] = $PSBoundParameters[$name] }
}
$name = 'demo-' + (Get-Date -Format 'HHmmss')

Write-Host "> New-QLDBLedger -Name $name -PermissionsMode STANDARD -DeletionProtection `$true -Tag @{team='demo'} -Wait"
New-QLDBLedger @connection -Name $name -PermissionsMode STANDARD -DeletionProtection $true -Tag @{ team = 'demo' } -Wait | Format-Table

Write-Host '> Get-QLDBLedger'
Get-QLDBLedger @connection | Format-Table

Write-Host "> Remove-QLDBLedger -Name $name -Confirm:`$false   (deletion protection is on)"
Remove-QLDBLedger @connection -Name $name -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable refused
$refused | ForEach-Object { Write-Host "  error $($_.FullyQualifiedErrorId) ($($_.CategoryInfo.Category)): $($_.ErrorDetails.Message)" }

Write-Host "> Get-QLDBLedger -Name $name | Remove-QLDBLedger -DisableDeletionProtection -Force -Wait -PassThru"
Get-QLDBLedger @connection -Name $name | Remove-QLDBLedger @connection -DisableDeletionProtection -Force -Wait -PassThru | Format-Table
