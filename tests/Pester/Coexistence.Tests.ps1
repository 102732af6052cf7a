#Requires -Version 7.4
# Pester 5: SecLake next to another AWSSDK.Core in one PowerShell session (issue 3), in both orders. Which AWSSDK.Core
# loads first is decided per process, so every case runs in a fresh `pwsh -NoProfile` child and reports back as JSON.
# The other SDK is found (first match wins): $env:SECLAKE_FOREIGN_AWSSDK_CORE_37 / _40, the copies the xunit build lays
# out (tests/SecLake.Tests/bin/<Configuration>/net10.0/isolation/foreign), or the NuGet cache. Cases whose dll is
# nowhere to be found fail: the build lays them out, so a missing one is a broken build, not a reason to skip.

BeforeDiscovery {
    $repoRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
    $configuration = if ($env:SECLAKE_TEST_CONFIGURATION) { $env:SECLAKE_TEST_CONFIGURATION } else { 'Release' }
    $nugetRoot = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { Join-Path ([Environment]::GetFolderPath('UserProfile')) '.nuget/packages' }

    function Find-ForeignSdkCore([string] $Version, [string] $EnvironmentVariable) {
        $candidates = @(
            [Environment]::GetEnvironmentVariable($EnvironmentVariable)
            Join-Path $repoRoot "tests/SecLake.Tests/bin/$configuration/net10.0/isolation/foreign/AWSSDK.Core-$Version/AWSSDK.Core.dll"
            Join-Path $nugetRoot "awssdk.core/$Version/lib/netstandard2.0/AWSSDK.Core.dll"
        )
        $candidates | Where-Object { $_ -and (Test-Path -LiteralPath $_) } | Select-Object -First 1
    }

    $script:ForeignSdks = @(
        @{ Label = 'AWSSDK.Core 3.7 (as AWS.Tools 4 carries)'; Version = '3.7.501.1'; Path = (Find-ForeignSdkCore '3.7.501.1' 'SECLAKE_FOREIGN_AWSSDK_CORE_37') }
        @{ Label = 'another AWSSDK.Core 4.0.x build (as AWS.Tools 5 carries)'; Version = '4.0.102.10'; Path = (Find-ForeignSdkCore '4.0.102.10' 'SECLAKE_FOREIGN_AWSSDK_CORE_40') }
    )
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SecLakeTestHelpers.psm1') -Force
    $script:ModulePath = Get-SecLakeModulePath
    $script:Emulator = Start-SecLakeEmulator -LedgerDelaySeconds 1 -LedgerLimit 1000
    $script:Pwsh = Get-PowerShellCommand

    # Runs $Body in a fresh pwsh after a prologue that defines the session's inputs and helpers, and returns the
    # object the body writes last (as JSON on stdout). A terminating error in the child becomes { Error = ... }.
    function Invoke-FreshSession([string] $ForeignSdkPath, [scriptblock] $Body) {
        $prologue = @"
`$ErrorActionPreference = 'Stop'
`$ForeignSdkPath = '$($ForeignSdkPath -replace "'", "''")'
`$ModulePath = '$($script:ModulePath -replace "'", "''")'
`$Connection = @{ EndpointUrl = '$($script:Emulator.Url)'; Region = 'us-east-1'; AccessKey = '$($script:Emulator.Connection.AccessKey)'; SecretKey = '$($script:Emulator.Connection.SecretKey)' }
# The other SDK as AWS.Tools loads it (Add-Type -Path), and its types taken from that assembly, not from a type
# literal, so nothing here depends on how PowerShell resolves a name two loaded assemblies define.
function Add-ForeignSdk { Add-Type -Path `$ForeignSdkPath; [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { `$_.Location -eq `$ForeignSdkPath } | Select-Object -First 1 }
function New-ForeignCredential(`$Sdk, [string] `$SecretKey = `$Connection.SecretKey) {
    [Activator]::CreateInstance(`$Sdk.GetType('Amazon.Runtime.BasicAWSCredentials', `$true), [object[]] @(`$Connection.AccessKey, `$SecretKey))
}
function Test-ForeignSdk(`$Sdk) {
    `$keys = (New-ForeignCredential `$Sdk).GetCredentials()
    `$regionEndpoint = `$Sdk.GetType('Amazon.RegionEndpoint', `$true)
    `$region = `$regionEndpoint::GetBySystemName('eu-west-1')
    [pscustomobject]@{ AccessKey = `$keys.AccessKey; Region = `$region.SystemName; FileVersion = [Diagnostics.FileVersionInfo]::GetVersionInfo(`$Sdk.Location).FileVersion }
}
function Get-LedgerName { 'coexist-' + [guid]::NewGuid().ToString('n').Substring(0, 12) }
"@
        $script = $prologue + "`n" + "try { `$result = & { $Body } } catch { `$result = [pscustomobject]@{ Error = `$_.Exception.ToString() } }`n" +
            '$result | ConvertTo-Json -Depth 6 -Compress'
        $encoded = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($script))
        $pwshArguments = $script:Pwsh.Arguments
        $output = & $script:Pwsh.Program @pwshArguments -NoProfile -NonInteractive -EncodedCommand $encoded 2>&1
        $json = $output | Where-Object { $_ -is [string] -and $_.StartsWith('{') } | Select-Object -Last 1
        if (-not $json) { throw "The child session wrote no result:`n$($output -join "`n")" }
        $json | ConvertFrom-Json
    }
}

AfterAll {
    Stop-SecLakeEmulator $script:Emulator
}

Describe 'SecLake next to <Label>' -ForEach $ForeignSdks {
    BeforeAll {
        $script:ForeignPath = $Path
    }

    It 'has the other AWSSDK.Core to load (laid out by the xunit build)' {
        $Path | Should -Not -BeNullOrEmpty -Because "AWSSDK.Core $Version is copied to tests/SecLake.Tests/bin/<Configuration>/net10.0/isolation/foreign by the build"
    }

    It 'works when the other AWSSDK.Core was loaded first, and leaves it usable' {
        $result = Invoke-FreshSession $script:ForeignPath {
            $sdk = Add-ForeignSdk
            $before = Test-ForeignSdk $sdk
            Import-Module $ModulePath
            $ledger = New-QLDBLedger @Connection -Name (Get-LedgerName) -PermissionsMode STANDARD -DeletionProtection $false
            $listed = Get-QLDBLedger @Connection -Name $ledger.Name
            $after = Test-ForeignSdk $sdk
            [pscustomobject]@{ Before = $before; Ledger = $ledger.Name; State = $ledger.State; Listed = $listed.Name; After = $after }
        }
        $result.Error | Should -BeNullOrEmpty
        $result.Ledger | Should -Match '^coexist-'
        $result.Listed | Should -Be $result.Ledger
        $result.Before.FileVersion | Should -Be $Version
        $result.After.AccessKey | Should -Be $result.Before.AccessKey
        $result.After.Region | Should -Be 'eu-west-1'
    }

    It 'leaves the other AWSSDK.Core usable when SecLake was imported and used first' {
        $result = Invoke-FreshSession $script:ForeignPath {
            Import-Module $ModulePath
            $first = New-QLDBLedger @Connection -Name (Get-LedgerName) -PermissionsMode ALLOW_ALL -DeletionProtection $false
            $sdk = Add-ForeignSdk
            $foreign = Test-ForeignSdk $sdk
            $second = New-QLDBLedger @Connection -Name (Get-LedgerName) -PermissionsMode ALLOW_ALL -DeletionProtection $false
            [pscustomobject]@{ First = $first.Name; Second = $second.Name; Foreign = $foreign }
        }
        $result.Error | Should -BeNullOrEmpty
        $result.First | Should -Match '^coexist-'
        $result.Second | Should -Match '^coexist-'
        $result.Foreign.FileVersion | Should -Be $Version
        $result.Foreign.Region | Should -Be 'eu-west-1'
    }

    It 'signs with a credentials object of the other SDK passed as -Credential' {
        $result = Invoke-FreshSession $script:ForeignPath {
            $sdk = Add-ForeignSdk
            Import-Module $ModulePath
            $good = New-QLDBLedger -EndpointUrl $Connection.EndpointUrl -Region us-east-1 -Credential (New-ForeignCredential $sdk) -Name (Get-LedgerName) -PermissionsMode STANDARD
            $bad = New-QLDBLedger -EndpointUrl $Connection.EndpointUrl -Region us-east-1 -Credential (New-ForeignCredential $sdk 'not-the-secret') -Name (Get-LedgerName) -PermissionsMode STANDARD -ErrorAction SilentlyContinue -ErrorVariable failed
            [pscustomobject]@{ Good = $good.Name; Bad = $bad.Name; Failure = "$($failed | Select-Object -First 1)" }
        }
        $result.Error | Should -BeNullOrEmpty
        $result.Good | Should -Match '^coexist-'
        $result.Bad | Should -BeNullOrEmpty
        $result.Failure | Should -Match 'signature'
    }

    It 'runs New-SLSubscriber after the other AWSSDK.Core was loaded' {
        $result = Invoke-FreshSession $script:ForeignPath {
            $sdk = Add-ForeignSdk
            Import-Module $ModulePath
            # A subscriber needs a data lake in the region first.
            New-SLDataLake @Connection -DataLakeRegion us-east-1 -MetaStoreManagerRoleArn 'arn:aws:iam::123456789012:role/AmazonSecurityLakeMetaStoreManager' | Out-Null
            $subscriber = New-SLSubscriber @Connection -SubscriberName 'coexist' -AccountId '123456789012' -ExternalId 'coexist-external' -AwsSourceType CLOUD_TRAIL
            [pscustomobject]@{ Subscriber = $subscriber.SubscriberName; Foreign = (Test-ForeignSdk $sdk) }
        }
        $result.Error | Should -BeNullOrEmpty
        $result.Subscriber | Should -Be 'coexist'
        $result.Foreign.Region | Should -Be 'eu-west-1'
    }
}

Describe 'Import-Module SecLake' {
    It 'loads SecLake.dll only: no SecLake.Core and no AWS SDK until a command runs' {
        $result = Invoke-FreshSession '' {
            Import-Module $ModulePath
            $moduleDirectory = Split-Path $ModulePath
            $loaded = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { -not $_.IsDynamic -and $_.Location -like "$moduleDirectory*" }
            [pscustomobject]@{ Loaded = @($loaded | ForEach-Object { $_.GetName().Name }) }
        }
        $result.Error | Should -BeNullOrEmpty
        $result.Loaded | Should -Be @('SecLake')
    }
}
