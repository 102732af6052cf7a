#Requires -Version 7.4
<#
.SYNOPSIS
Measures what the cmdlets make of answers lost after the service acted: records in, outputs, errors, and the
resources that exist afterwards.

.DESCRIPTION
Starts the SecLake emulator, then for each create/delete/tag cmdlet runs a pipeline of records while the emulator loses a
share (-Rate) of that operation's answers after carrying the request out (-Kind: reset-after cuts the connection,
half-body sends half the answer, stall-after sends nothing until the client gives up), reproducibly for -Seed.
Writes one row per cmdlet: Records, Outputs and Errors of the pipeline, Found (the resources in the expected state
afterwards, counted with the emulator's faults off), Expected, how many answers were Lost and how many requests of the
operation were Sent. Every row should read Outputs = ExpectedOutputs, Errors = 0 and Found = Expected.

Needs the built module (out/SecLake) and emulator: ./build.sh build, or dotnet build + dotnet publish (CONTRIBUTING.md).
See docs/RETRIES.md for the rules measured.

.EXAMPLE
dotnet tool run pwsh -NoProfile -File tools/Measure-FaultTolerance.ps1 -Rate 0.1 -Seed 42

.EXAMPLE
dotnet tool run pwsh -NoProfile -File tools/Measure-FaultTolerance.ps1 -Kind half-body -Ledgers 50 -Subscribers 50 -DataLakeRounds 2
#>
[CmdletBinding()]
param(
    [ValidateRange(0.0, 1.0)] [double] $Rate = 0.1,
    [int] $Seed = 42,
    [ValidateSet('reset-after', 'half-body', 'stall-after')] [string] $Kind = 'reset-after',
    [ValidateRange(1, 1000)] [int] $Ledgers = 200,
    [ValidateRange(1, 1000)] [int] $Subscribers = 100,
    # Each round (its own fault seed: -Seed plus the round) enables Security Lake in all 17 commercial Regions, one record each, then disables it again.
    [ValidateRange(1, 50)] [int] $DataLakeRounds = 6,
    # Passed to every cmdlet; stall-after needs it short, or each lost answer waits out a whole attempt (30 s).
    [ValidateRange(1, 86400)] [int] $TimeoutSec = 120
)

$ErrorActionPreference = 'Stop'
$repo = Split-Path $PSScriptRoot -Parent
Import-Module (Join-Path $repo 'tests/Pester/SecLakeTestHelpers.psm1')
if (-not (Get-Module SecLake)) { Import-Module (Get-SecLakeModulePath) }

$regions = 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-south-1', 'ap-southeast-1', 'ap-southeast-2',
'ca-central-1', 'eu-central-1', 'eu-north-1', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'sa-east-1',
'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2'
$role = 'arn:aws:iam::123456789012:role/AmazonSecurityLakeMetaStoreManager'

$emulator = Start-SecLakeEmulator -LedgerDelaySeconds 0 -DataLakeDelaySeconds 0 -LedgerLimit ($Ledgers + 10)
$C = $emulator.Connection
# Errors go into the output (2>&1 in Measure-Step) and are counted there.
$common = @{ TimeoutSec = $TimeoutSec; ErrorAction = 'Continue' }

function Clear-Faults { Invoke-RestMethod -Method Delete -Uri ($emulator.Url.TrimEnd('/') + '/_emulator/faults') | Out-Null }

function Measure-Step {
    <# Runs $Run with $Rate of $Operation's answers lost, then counts with $Count (faults off). #>
    param([string] $Cmdlet, [string] $Service, [string] $Operation, [int] $Records, [int] $ExpectedOutputs, [int] $Expected,
        [scriptblock] $Run, [scriptblock] $Count, [int] $FaultSeed = $Seed)
    $before = @(Get-EmulatorRequest $emulator).Count
    Add-EmulatorFault $emulator -Service $Service -Operation $Operation -Kind $Kind -Rate $Rate -Seed $FaultSeed
    $watch = [System.Diagnostics.Stopwatch]::StartNew()
    $all = @(& $Run 2>&1)
    $watch.Stop()
    $errors = @($all | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
    $outputs = @($all | Where-Object { $_ -isnot [System.Management.Automation.ErrorRecord] })
    Clear-Faults
    $sent = @(Get-EmulatorRequest $emulator | Select-Object -Skip $before | Where-Object { $_.service -eq $Service -and $_.operation -eq $Operation })
    [pscustomobject]@{
        Cmdlet          = $Cmdlet
        Kind            = $Kind
        Records         = $Records
        Outputs         = $outputs.Count
        ExpectedOutputs = $ExpectedOutputs
        Errors          = $errors.Count
        Found           = [int](& $Count)
        Expected        = $Expected
        # The emulator records reset-after and stall-after as status 0; a half-body keeps its status (Lost reads 0).
        Lost            = @($sent | Where-Object statusCode -EQ 0).Count
        Sent            = $sent.Count
        Seconds         = [math]::Round($watch.Elapsed.TotalSeconds, 1)
        ErrorIds        = (@($errors | ForEach-Object { $_.FullyQualifiedErrorId.Split(',')[0] }) | Sort-Object -Unique) -join ' '
    }
}

try {
    # ---- QLDB ----
    $names = 1..$Ledgers | ForEach-Object { 'ft-ledger-{0:d4}' -f $_ }
    $arns = $names | ForEach-Object { "arn:aws:qldb:us-east-1:123456789012:ledger/$_" }
    # The tag cmdlets take -ResourceArn from a property of piped objects (as from Get-QLDBLedger or Get-SLSubscriber).
    $arnRows = $arns | ForEach-Object { [pscustomobject]@{ ResourceArn = $_ } }
    $ledgerCount = { @(Get-QLDBLedger @C -Name 'ft-ledger-*' | Where-Object State -NotIn 'DELETING', 'DELETED').Count }

    Measure-Step New-QLDBLedger qldb CreateLedger $Ledgers $Ledgers $Ledgers -Count $ledgerCount -Run {
        $names | New-QLDBLedger @C @common -PermissionsMode STANDARD -DeletionProtection $false
    }
    Measure-Step Add-QLDBResourceTag qldb TagResource $Ledgers 0 $Ledgers -Count {
        @($arns | Where-Object { (Get-QLDBResourceTag @C -ResourceArn $_ | Where-Object Key -EQ 'team').Value -eq 'blue' }).Count
    } -Run {
        $arnRows | Add-QLDBResourceTag @C @common -Tag @{ team = 'blue'; env = 'test' }
    }
    Measure-Step Remove-QLDBResourceTag qldb UntagResource $Ledgers 0 $Ledgers -Count {
        @($arns | Where-Object { -not (Get-QLDBResourceTag @C -ResourceArn $_ | Where-Object Key -EQ 'env') }).Count
    } -Run {
        $arnRows | Remove-QLDBResourceTag @C @common -TagKey env -Force
    }
    Measure-Step Remove-QLDBLedger qldb DeleteLedger $Ledgers $Ledgers 0 -Count $ledgerCount -Run {
        $names | Remove-QLDBLedger @C @common -Force -PassThru
    }

    # ---- Security Lake: subscribers need a data lake in the client's Region ----
    New-SLDataLake @C -DataLakeRegion us-east-1 -MetaStoreManagerRoleArn $role -Wait | Out-Null
    $rows = 1..$Subscribers | ForEach-Object {
        [pscustomobject]@{ SubscriberName = 'ft-subscriber-{0:d4}' -f $_; AccountId = '{0:d12}' -f (111111110000 + $_); ExternalId = "ext-$_" }
    }
    $subscriberCount = { @(Get-SLSubscriber @C | Where-Object SubscriberName -Like 'ft-subscriber-*').Count }
    Measure-Step New-SLSubscriber securitylake CreateSubscriber $Subscribers $Subscribers $Subscribers -Count $subscriberCount -Run {
        $rows | New-SLSubscriber @C @common -AwsSourceType CLOUD_TRAIL_MGMT
    }
    $subscriberArns = @(Get-SLSubscriber @C | Where-Object SubscriberName -Like 'ft-subscriber-*').SubscriberArn
    $subscriberArnRows = $subscriberArns | ForEach-Object { [pscustomobject]@{ ResourceArn = $_ } }
    Measure-Step Add-SLResourceTag securitylake TagResource $subscriberArns.Count 0 $subscriberArns.Count -Count {
        @($subscriberArns | Where-Object { (Get-SLResourceTag @C -ResourceArn $_ | Where-Object Key -EQ 'team').Value -eq 'blue' }).Count
    } -Run {
        $subscriberArnRows | Add-SLResourceTag @C @common -Tag @{ team = 'blue'; env = 'test' }
    }
    Measure-Step Remove-SLResourceTag securitylake UntagResource $subscriberArns.Count 0 $subscriberArns.Count -Count {
        @($subscriberArns | Where-Object { -not (Get-SLResourceTag @C -ResourceArn $_ | Where-Object Key -EQ 'env') }).Count
    } -Run {
        $subscriberArnRows | Remove-SLResourceTag @C @common -TagKey env -Force
    }
    $ids = @(Get-SLSubscriber @C | Where-Object SubscriberName -Like 'ft-subscriber-*').SubscriberId
    Measure-Step Remove-SLSubscriber securitylake DeleteSubscriber $ids.Count 0 0 -Count $subscriberCount -Run {
        $ids | Remove-SLSubscriber @C @common -Force
    }
    Remove-SLDataLake @C -DataLakeRegion us-east-1 -Force

    # ---- Security Lake: data lakes, one Region per record, $DataLakeRounds times over ----
    $lakeCount = { @(Get-SLDataLake @C -ErrorAction SilentlyContinue).Count }
    $create = foreach ($round in 1..$DataLakeRounds) {
        Measure-Step New-SLDataLake securitylake CreateDataLake $regions.Count $regions.Count $regions.Count -FaultSeed ($Seed + $round) -Count $lakeCount -Run {
            foreach ($region in $regions) { New-SLDataLake @C @common -DataLakeRegion $region -MetaStoreManagerRoleArn $role }
        }
        Measure-Step Remove-SLDataLake securitylake DeleteDataLake $regions.Count 0 0 -FaultSeed ($Seed + $round) -Count $lakeCount -Run {
            foreach ($region in $regions) { Remove-SLDataLake @C @common -DataLakeRegion $region -Force }
        }
    }
    # One row per cmdlet: the rounds added up (Found/Expected per round, so summed too).
    $create | Group-Object Cmdlet | ForEach-Object {
        $g = $_.Group
        [pscustomobject]@{
            Cmdlet          = $_.Name
            Kind            = $Kind
            Records         = [int]($g | Measure-Object Records -Sum).Sum
            Outputs         = [int]($g | Measure-Object Outputs -Sum).Sum
            ExpectedOutputs = [int]($g | Measure-Object ExpectedOutputs -Sum).Sum
            Errors          = [int]($g | Measure-Object Errors -Sum).Sum
            Found           = [int]($g | Measure-Object Found -Sum).Sum
            Expected        = [int]($g | Measure-Object Expected -Sum).Sum
            Lost            = [int]($g | Measure-Object Lost -Sum).Sum
            Sent            = [int]($g | Measure-Object Sent -Sum).Sum
            Seconds         = ($g | Measure-Object Seconds -Sum).Sum
            ErrorIds        = (@($g.ErrorIds | Where-Object { $_ }) | Sort-Object -Unique) -join ' '
        }
    }
}
finally {
    Stop-SecLakeEmulator $emulator
}
