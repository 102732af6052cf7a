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
    # The same sessions plus one with no other SDK at all.
    $script:Sessions = @(@{ Label = 'no other AWSSDK.Core'; Version = ''; Path = ''; Foreign = $false }) +
        @($script:ForeignSdks | ForEach-Object { $_ + @{ Foreign = $true } })
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SecLakeTestHelpers.psm1') -Force
    $script:ModulePath = Get-SecLakeModulePath
    $script:Emulator = Start-SecLakeEmulator -LedgerDelaySeconds 1 -LedgerLimit 1000
    $script:Pwsh = Get-PowerShellCommand
    # The child sessions assert with this very Pester (Should -BeOfType), loaded from the same file.
    $script:PesterPath = (Get-Module Pester | Select-Object -First 1).Path

    # Runs $Body in a fresh pwsh after a prologue that defines the session's inputs and helpers, and returns the
    # object the body writes last (as JSON on stdout). A terminating error in the child becomes { Error = ... }.
    function Invoke-FreshSession([string] $ForeignSdkPath, [scriptblock] $Body) {
        $prologue = @"
`$ErrorActionPreference = 'Stop'
`$ForeignSdkPath = '$($ForeignSdkPath -replace "'", "''")'
`$ModulePath = '$($script:ModulePath -replace "'", "''")'
`$PesterPath = '$($script:PesterPath -replace "'", "''")'
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
    It 'loads SecLake.dll and SecLake.Contracts.dll only: no SecLake.Core and no AWS SDK until a command runs' {
        $result = Invoke-FreshSession '' {
            Import-Module $ModulePath
            $moduleDirectory = Split-Path $ModulePath
            $loaded = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { -not $_.IsDynamic -and $_.Location -like "$moduleDirectory*" }
            [pscustomobject]@{
                Loaded = @($loaded | ForEach-Object { $_.GetName().Name } | Sort-Object)
                # Resolvable right after the import, before any command ran.
                ErrorKind = "$([SecLake.ErrorKind]::ObjectNotFound)"
            }
        }
        $result.Error | Should -BeNullOrEmpty
        $result.Loaded | Should -Be @('SecLake', 'SecLake.Contracts')
        $result.ErrorKind | Should -Be 'ObjectNotFound'
    }
}

Describe 'Types scripts name, with <Label> loaded first' -ForEach $Sessions {
    # SecLake.Core and the AWS SDK load privately, where PowerShell does not resolve type names; the output objects and
    # exceptions live in SecLake.Contracts, loaded normally. Each case is a fresh session, so the order is real.
    BeforeAll {
        $Session = Invoke-FreshSession $Path {
            $foreign = if ($ForeignSdkPath) { Test-ForeignSdk (Add-ForeignSdk) }
            Import-Module $ModulePath
            Import-Module $PesterPath

            $caught = [ordered]@{
                QldbNotFound         = $(try { Get-QLDBLedger @Connection -Name 'nope' -ErrorAction Stop; 'nothing thrown' } catch [SecLake.Qldb.ResourceNotFoundException] { 'caught' } catch { 'other: ' + $_.Exception.GetType().AssemblyQualifiedName })
                QldbBase             = $(try { Get-QLDBLedger @Connection -Name 'nope' -ErrorAction Stop; 'nothing thrown' } catch [SecLake.Qldb.QldbException] { 'caught' } catch { 'other: ' + $_.Exception.GetType().AssemblyQualifiedName })
                ServiceBase          = $(try { Get-QLDBLedger @Connection -Name 'nope' -ErrorAction Stop; 'nothing thrown' } catch [SecLake.Aws.ServiceException] { "caught $($_.Exception.Kind -eq [SecLake.ErrorKind]::ObjectNotFound)" } catch { 'other: ' + $_.Exception.GetType().AssemblyQualifiedName })
                SecurityLakeNotFound = $(try { Get-SLSubscriber @Connection -SubscriptionId ([guid]::NewGuid().ToString()) -ErrorAction Stop; 'nothing thrown' } catch [SecLake.SecurityLake.ResourceNotFoundException] { 'caught' } catch { 'other: ' + $_.Exception.GetType().AssemblyQualifiedName })
                NotEnabled           = $(try { Get-SLDataLake @Connection -DataLakeRegion ap-south-1 -ErrorAction Stop; 'nothing thrown' } catch [SecLake.SecurityLake.DataLakeNotEnabledException] { 'caught' } catch { 'other: ' + $_.Exception.GetType().AssemblyQualifiedName })
                SecLakeBase          = $(try { Get-SLDataLake @Connection -DataLakeRegion ap-south-1 -ErrorAction Stop; 'nothing thrown' } catch [SecLake.SecLakeException] { 'caught' } catch { 'other: ' + $_.Exception.GetType().AssemblyQualifiedName })
                InputValidation      = $(try { New-SLDataLake @Connection -DataLakeRegion us-east-9 -MetaStoreManagerRoleArn 'arn:aws:iam::123456789012:role/AmazonSecurityLakeMetaStoreManager' -ErrorAction Stop; 'nothing thrown' } catch [SecLake.InputValidationException] { 'caught' } catch { 'other: ' + $_.Exception.GetType().AssemblyQualifiedName })
            }

            # One output of every cmdlet that writes any, keyed by command name.
            $ledgerName = Get-LedgerName
            $role = 'arn:aws:iam::123456789012:role/AmazonSecurityLakeMetaStoreManager'
            $outputs = [ordered]@{}
            $outputs['New-QLDBLedger'] = New-QLDBLedger @Connection -Name $ledgerName -PermissionsMode STANDARD -DeletionProtection $false
            $isLedger = $outputs['New-QLDBLedger'] -is [SecLake.Qldb.QldbLedger]
            $outputs['Wait-QLDBLedger'] = Wait-QLDBLedger @Connection -Name $ledgerName -State ACTIVE
            $outputs['Get-QLDBLedger'] = Get-QLDBLedger @Connection -Name $ledgerName
            $outputs['Update-QLDBLedger'] = Update-QLDBLedger @Connection -Name $ledgerName -DeletionProtection $false -Confirm:$false
            $outputs['Add-QLDBResourceTag'] = Add-QLDBResourceTag @Connection -ResourceArn $outputs['Get-QLDBLedger'].Arn -Tag @{ team = 'types' } -PassThru -Confirm:$false
            $outputs['Get-QLDBResourceTag'] = Get-QLDBResourceTag @Connection -ResourceArn $outputs['Get-QLDBLedger'].Arn
            $outputs['Remove-QLDBLedger'] = Remove-QLDBLedger @Connection -Name $ledgerName -Force -PassThru
            $outputs['New-SLDataLake'] = New-SLDataLake @Connection -DataLakeRegion us-east-1 -MetaStoreManagerRoleArn $role -RetentionSetting @{ retentionPeriod = 365; storageClass = 'GLACIER' } -Wait -Confirm:$false
            $outputs['Update-SLDataLake'] = Update-SLDataLake @Connection -DataLakeRegion us-east-1 -RetentionSetting @{ retentionPeriod = 400; storageClass = 'EXPIRE' } -Wait -Confirm:$false
            $outputs['Get-SLDataLake'] = Get-SLDataLake @Connection -DataLakeRegion us-east-1
            $outputs['New-SLSubscriber'] = New-SLSubscriber @Connection -SubscriberName 'types' -AccountId '123456789012' -ExternalId 'types-external' -AwsSourceType CLOUD_TRAIL -Confirm:$false
            $subscriptionId = $outputs['New-SLSubscriber'].SubscriptionId
            $outputs['Get-SLSubscriber'] = Get-SLSubscriber @Connection -SubscriptionId $subscriptionId
            $outputs['Update-SLSubscriber'] = Update-SLSubscriber @Connection -SubscriptionId $subscriptionId -SubscriberDescription 'typed' -Confirm:$false
            $outputs['Add-SLResourceTag'] = Add-SLResourceTag @Connection -ResourceArn $outputs['Get-SLSubscriber'].SubscriberArn -Tag @{ team = 'types' } -PassThru -Confirm:$false
            $outputs['Get-SLResourceTag'] = Get-SLResourceTag @Connection -ResourceArn $outputs['Get-SLSubscriber'].SubscriberArn
            # ---- organization ----
            $outputs['New-SLDataLakeOrganizationConfiguration'] = New-SLDataLakeOrganizationConfiguration @Connection -DataLakeRegion us-east-1 -SourceName WAF -PassThru -Confirm:$false
            $outputs['Get-SLDataLakeOrganizationConfiguration'] = Get-SLDataLakeOrganizationConfiguration @Connection -DataLakeRegion us-east-1
            # ---- log sources ----
            $outputs['New-SLAwsLogSource'] = New-SLAwsLogSource @Connection -SourceName WAF -DataLakeRegion us-east-1 -AccountId 111122223333 -Confirm:$false
            $outputs['New-SLCustomLogSource'] = New-SLCustomLogSource @Connection -SourceName $ledgerName -CrawlerRoleArn 'arn:aws:iam::123456789012:role/Crawler' -ProviderPrincipal 123456789012 -ExternalId types-external -Confirm:$false
            $outputs['Get-SLLogSource'] = Get-SLLogSource @Connection
            $outputs['Get-SLDataLakeSource'] = Get-SLDataLakeSource @Connection
            # ---- subscriber notifications and the exception subscription ----
            $outputs['New-SLSubscriberNotification'] = New-SLSubscriberNotification @Connection -SubscriptionId $subscriptionId -SqsQueue -Confirm:$false
            $outputs['Update-SLSubscriberNotification'] = Update-SLSubscriberNotification @Connection -SubscriptionId $subscriptionId -HttpsEndpoint 'https://hooks.example.com/types' `
                -TargetRoleArn 'arn:aws:iam::123456789012:role/EventBridgeApiDestinations' -AuthorizationApiKeyValue 'types-key' -Confirm:$false
            # One exception subscription per Region, and the sessions share the emulator: a session's own, from scratch.
            Remove-SLDataLakeExceptionSubscription @Connection -Force -ErrorAction SilentlyContinue
            $outputs['New-SLDataLakeExceptionSubscription'] = New-SLDataLakeExceptionSubscription @Connection -NotificationEndpoint '123456789012' -SubscriptionProtocol email -Confirm:$false
            $outputs['Update-SLDataLakeExceptionSubscription'] = Update-SLDataLakeExceptionSubscription @Connection -NotificationEndpoint '123456789012' -SubscriptionProtocol email -ExceptionTimeToLive 7 -Confirm:$false
            $outputs['Get-SLDataLakeExceptionSubscription'] = Get-SLDataLakeExceptionSubscription @Connection
            # The emulator records an exception only through its control endpoint (the service records its own).
            Invoke-RestMethod -Method Post -Uri ($Connection.EndpointUrl.TrimEnd('/') + '/_emulator/securitylake/exceptions') -ContentType 'application/json' `
                -Body '{"region":"us-east-1","exception":"types","remediation":"none"}' | Out-Null
            $outputs['Get-SLDataLakeException'] = Get-SLDataLakeException @Connection

            # Every output type every cmdlet declares, from the commands' own metadata, checked by name against what
            # that cmdlet wrote: Pester resolves the name the way any script would.
            $checked = foreach ($command in Get-Command -Module SecLake) {
                foreach ($declared in $command.OutputType) {
                    $outcome = if (-not $outputs.Contains($command.Name)) { 'this session ran no such command: add it to the outputs above' }
                    elseif (@($outputs[$command.Name]).Count -eq 0) { 'the command wrote nothing' }
                    else { try { $outputs[$command.Name] | Should -BeOfType $declared.Name; 'ok' } catch { $_.Exception.Message } }
                    [pscustomobject]@{ Command = $command.Name; Type = $declared.Name; Outcome = $outcome }
                }
            }

            # And every SecLake type reachable from those objects' properties (configurations, retention settings,
            # sources): its name resolves to that very type.
            $reachable = [ordered]@{}
            function Add-Reachable($Value) {
                if ($null -eq $Value -or $Value -is [string] -or $Value -is [System.Collections.IDictionary]) { return }
                if ($Value -is [System.Collections.IEnumerable]) { foreach ($item in $Value) { Add-Reachable $item }; return }
                $type = $Value.GetType()
                if (-not $type.FullName.StartsWith('SecLake.') -or $reachable.Contains($type.FullName)) { return }
                $reachable[$type.FullName] = ($type.FullName -as [type]) -eq $type
                foreach ($property in $type.GetProperties()) {
                    if ($property.GetIndexParameters().Count -eq 0) { Add-Reachable $property.GetValue($Value) }
                }
            }
            foreach ($output in $outputs.Values) { Add-Reachable $output }

            [pscustomobject]@{
                Foreign   = $foreign
                Caught    = [pscustomobject]$caught
                IsLedger  = $isLedger
                Checked   = @($checked)
                Reachable = [pscustomobject]$reachable
            }
        }
    }

    It 'ran the session (with the other SDK loaded first when there is one)' {
        $Session.Error | Should -BeNullOrEmpty
        if ($Foreign) {
            $Path | Should -Not -BeNullOrEmpty -Because "AWSSDK.Core $Version is copied to tests/SecLake.Tests/bin/<Configuration>/net10.0/isolation/foreign by the build"
            $Session.Foreign.FileVersion | Should -Be $Version
        }
        else {
            $Session.Foreign | Should -BeNullOrEmpty
        }
    }

    It 'catches [<Name>] from a failed command with -ErrorAction Stop' -ForEach @(
        @{ Name = 'SecLake.Qldb.ResourceNotFoundException'; Key = 'QldbNotFound'; Expected = 'caught' }
        @{ Name = 'SecLake.Qldb.QldbException'; Key = 'QldbBase'; Expected = 'caught' }
        @{ Name = 'SecLake.Aws.ServiceException'; Key = 'ServiceBase'; Expected = 'caught True' }
        @{ Name = 'SecLake.SecurityLake.ResourceNotFoundException'; Key = 'SecurityLakeNotFound'; Expected = 'caught' }
        @{ Name = 'SecLake.SecurityLake.DataLakeNotEnabledException'; Key = 'NotEnabled'; Expected = 'caught' }
        @{ Name = 'SecLake.SecLakeException'; Key = 'SecLakeBase'; Expected = 'caught' }
        @{ Name = 'SecLake.InputValidationException'; Key = 'InputValidation'; Expected = 'caught' }
    ) {
        $Session.Caught.$Key | Should -Be $Expected
    }

    It 'names an output object''s type with -is [SecLake.Qldb.QldbLedger]' {
        $Session.IsLedger | Should -BeTrue
    }

    It 'passes Should -BeOfType for every output type of every cmdlet (from the cmdlets'' OutputType)' {
        $Session.Checked.Count | Should -BeGreaterOrEqual 15 -Because 'every cmdlet that writes objects declares its type'
        $failed = @($Session.Checked | Where-Object Outcome -ne 'ok' | ForEach-Object { "$($_.Command) [$($_.Type)]: $($_.Outcome)" })
        $failed | Should -BeNullOrEmpty
    }

    It 'resolves by name every SecLake type the output objects'' properties expose' {
        $names = @($Session.Reachable.PSObject.Properties.Name)
        foreach ($expected in 'SecLake.SecurityLake.DataLakeConfiguration', 'SecLake.SecurityLake.RetentionSetting', 'SecLake.SecurityLake.SourceType') {
            $names | Should -Contain $expected
        }
        @($Session.Reachable.PSObject.Properties | Where-Object Value -ne $true | ForEach-Object Name) | Should -BeNullOrEmpty
    }
}
