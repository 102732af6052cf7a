#Requires -Version 5.1
# Pester 5 tests of retries, timeouts and transport errors (issue 11, docs/RETRIES.md), through the built module and
# the emulator's transport faults.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SecLakeTestHelpers.psm1') -Force
    Import-Module (Get-SecLakeModulePath) -Force
    $script:Emulator = Start-SecLakeEmulator -LedgerDelaySeconds 0 -DataLakeDelaySeconds 0
    $script:C = $Emulator.Connection
    $script:Role = 'arn:aws:iam::123456789012:role/AmazonSecurityLakeMetaStoreManager'
    $script:Measure = Join-Path $PSScriptRoot '../../tools/Measure-FaultTolerance.ps1'
}

AfterAll {
    Stop-SecLakeEmulator $script:Emulator
    Remove-Module SecLake -ErrorAction SilentlyContinue
}

Describe 'Answers lost after the server acted (tools/Measure-FaultTolerance.ps1)' {
    # The script starts an emulator of its own; these are the figures the issue asks for, with 10% of answers lost.
    It 'gives one output per record, no error and exactly the resources asked for, for every create, delete and tag cmdlet' {
        $rows = @(& $script:Measure -Rate 0.1 -Seed 42 -Ledgers 200 -Subscribers 100 -DataLakeRounds 6)

        $rows.Cmdlet | Sort-Object | Should -Be @('Add-QLDBResourceTag', 'Add-SLResourceTag', 'New-QLDBLedger', 'New-SLDataLake', 'New-SLSubscriber',
            'Remove-QLDBLedger', 'Remove-QLDBResourceTag', 'Remove-SLDataLake', 'Remove-SLResourceTag', 'Remove-SLSubscriber')
        foreach ($row in $rows) {
            $because = "$($row.Cmdlet): $($row | Out-String)"
            $row.Lost | Should -BeGreaterThan 0 -Because "faults must have fired ($because)"
            $row.Errors | Should -Be 0 -Because $because
            $row.Outputs | Should -Be $row.ExpectedOutputs -Because $because
            $row.Found | Should -Be $row.Expected -Because $because
        }
        ($rows | Where-Object Cmdlet -EQ 'New-QLDBLedger').Records | Should -Be 200
        ($rows | Where-Object Cmdlet -EQ 'New-SLSubscriber').Records | Should -Be 100
    }
}

Describe 'Lost answers, one record at a time' {
    BeforeEach { Reset-Emulator $script:Emulator }

    It 'New-QLDBLedger whose every answer is lost makes one ledger and writes it, once, and -Verbose says why' {
        Add-EmulatorFault $script:Emulator -Service qldb -Operation CreateLedger -Kind reset-after -Count 100

        $verbose = New-QLDBLedger @C -Name orders -PermissionsMode STANDARD -Verbose 4>&1
        $ledger = @($verbose | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] })

        $ledger.Name | Should -Be @('orders')
        @(Get-QLDBLedger @C).Count | Should -Be 1
        @(Get-EmulatorRequest $script:Emulator | Where-Object operation -EQ CreateLedger).Count | Should -Be 1
        $messages = @($verbose | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message
        $messages | Should -Contain ($messages | Where-Object { $_ -like '*CreateLedger: POST *attempt 1 -> the connection was closed*' })
        $messages | Where-Object { $_ -like "*checking whether ledger 'orders' exists*" } | Should -Not -BeNullOrEmpty
        $messages | Where-Object { $_ -like '*yes, *not sending it again*' } | Should -Not -BeNullOrEmpty
    }

    It 'New-SLSubscriber for two identical rows whose answers are lost makes two subscribers, each written once' {
        New-SLDataLake @C -DataLakeRegion us-east-1 -MetaStoreManagerRoleArn $script:Role -Wait | Out-Null
        Add-EmulatorFault $script:Emulator -Service securitylake -Operation CreateSubscriber -Kind half-body -Count 2
        $row = [pscustomobject]@{ SubscriberName = 'siem'; AccountId = '111122223333'; ExternalId = 'ext-1' }

        $made = @($row, $row | New-SLSubscriber @C -AwsSourceType CLOUD_TRAIL_MGMT)

        $made.Count | Should -Be 2
        ($made.SubscriberId | Sort-Object -Unique).Count | Should -Be 2
        @(Get-SLSubscriber @C).Count | Should -Be 2
    }

    It 'Remove-SLDataLake whose answer is lost reports success, not the repeat''s NotFound' {
        New-SLDataLake @C -DataLakeRegion us-east-1 -MetaStoreManagerRoleArn $script:Role -Wait | Out-Null
        Add-EmulatorFault $script:Emulator -Service securitylake -Operation DeleteDataLake -Kind reset-after

        Remove-SLDataLake @C -DataLakeRegion us-east-1 -Force -ErrorVariable failed -ErrorAction SilentlyContinue

        $failed | Should -BeNullOrEmpty
        @(Get-SLDataLake @C -ErrorAction SilentlyContinue).Count | Should -Be 0
    }
}

Describe 'Remove-QLDBLedger -DisableDeletionProtection after a lost answer' {
    BeforeEach { Reset-Emulator $script:Emulator }

    It 'does not claim the ledger was not deleted when the outcome could not be checked' {
        New-QLDBLedger @C -Name orders -PermissionsMode STANDARD -DeletionProtection $true | Out-Null
        Add-EmulatorFault $script:Emulator -Service qldb -Operation DeleteLedger -Kind reset-after -Count 100
        # The first DescribeLedger (is protection on?) answers; every lookup after the lost answer fails.
        Add-EmulatorFault $script:Emulator -Service qldb -Operation DescribeLedger -Kind close-before -Skip 1 -Count 100

        Remove-QLDBLedger @C -Name orders -DisableDeletionProtection -Force -WarningAction SilentlyContinue -ErrorVariable failed -ErrorAction SilentlyContinue

        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'OutcomeUnknown,*'
        $failed[0].CategoryInfo.Category | Should -Be 'ConnectionError'
        "$($failed[0].ErrorDetails.Message) $($failed[0].Exception.Message)" | Should -BeLike '*may have been carried out*'
        "$($failed[0].ErrorDetails.Message)" | Should -Not -BeLike '*was not deleted*'
        @(Get-EmulatorRequest $script:Emulator | Where-Object operation -EQ DeleteLedger).Count | Should -Be 1
    }
}

Describe 'Transport faults are named' {
    BeforeEach { Reset-Emulator $script:Emulator }

    It 'a <Kind> on every attempt of a read gives <Category> (<ErrorId>) naming the endpoint, never NotSpecified' -ForEach @(
        @{ Kind = 'close-before'; Category = 'ConnectionError'; ErrorId = 'ConnectionFailed' }
        @{ Kind = 'reset-after'; Category = 'ConnectionError'; ErrorId = 'ConnectionFailed' }
        @{ Kind = 'half-body'; Category = 'ConnectionError'; ErrorId = 'ResponseUnreadable' }
        @{ Kind = 'stall'; Category = 'OperationTimeout'; ErrorId = 'OperationTimeout' }
        @{ Kind = 'stall-after'; Category = 'OperationTimeout'; ErrorId = 'OperationTimeout' }
    ) {
        New-QLDBLedger @C -Name orders -PermissionsMode STANDARD | Out-Null
        Add-EmulatorFault $script:Emulator -Service qldb -Operation DescribeLedger -Kind $Kind -Count 100

        Get-QLDBLedger @C -Name orders -TimeoutSec 3 -ErrorVariable failed -ErrorAction SilentlyContinue | Should -BeNullOrEmpty

        $failed.Count | Should -Be 1
        $failed[0].CategoryInfo.Category | Should -Be $Category
        $failed[0].FullyQualifiedErrorId | Should -BeLike "$ErrorId,*"
        $failed[0].Exception.Message | Should -BeLike "*GET $($script:Emulator.Url.TrimEnd('/'))/ledgers/orders*"
        $failed[0].TargetObject | Should -Be 'orders'
    }

    It 'a create whose connection is never made is sent again and then reported as ConnectionError naming the endpoint' {
        # A port nothing listens on: no connection, so nothing was done, and the error says so.
        $closed = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $closed.Start(); $port = $closed.LocalEndpoint.Port; $closed.Stop()
        $connection = $script:C.Clone(); $connection.EndpointUrl = "http://127.0.0.1:$port"

        New-QLDBLedger @connection -Name orders -PermissionsMode STANDARD -TimeoutSec 20 -ErrorVariable failed -ErrorAction SilentlyContinue

        $failed.Count | Should -Be 1
        $failed[0].CategoryInfo.Category | Should -Be 'ConnectionError'
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'ConnectionFailed,*'
        $failed[0].Exception.Message | Should -BeLike "*http://127.0.0.1:$port/ledgers*connection refused*"
        $failed[0].Exception.Attempts | Should -Be 4
    }
}

Describe '-TimeoutSec' {
    BeforeEach { Reset-Emulator $script:Emulator }

    It 'ends each record on a stalled endpoint within its -TimeoutSec with OperationTimeout, and the next record goes on' {
        Add-EmulatorFault $script:Emulator -Service qldb -Operation CreateLedger -Kind stall -Count 100
        $watch = [System.Diagnostics.Stopwatch]::StartNew()

        $made = @('stalled', 'next' | New-QLDBLedger @C -PermissionsMode STANDARD -TimeoutSec 4 -ErrorVariable failed -ErrorAction SilentlyContinue)

        # Each record gets its own 4 s; the second starts after the first gave up.
        $watch.Elapsed.TotalSeconds | Should -BeLessThan 12
        $made | Should -BeNullOrEmpty
        $failed.Count | Should -Be 2
        $failed.TargetObject | Should -Be @('stalled', 'next')
        foreach ($f in $failed) {
            $f.CategoryInfo.Category | Should -Be 'OperationTimeout'
            $f.FullyQualifiedErrorId | Should -BeLike 'OperationTimeout,*'
            $f.Exception.Message | Should -BeLike "*$($script:Emulator.Url.TrimEnd('/'))/ledgers*"
        }
        # The stall came before the service acted, and the lookups said so: nothing was made.
        @(Get-QLDBLedger @C).Count | Should -Be 0
    }

    It 'Wait-QLDBLedger -TimeoutSec 10 against a stalled poll returns within about 10 s' {
        New-QLDBLedger @C -Name orders -PermissionsMode STANDARD | Out-Null
        Add-EmulatorFault $script:Emulator -Service qldb -Operation DescribeLedger -Kind stall -Count 100
        $watch = [System.Diagnostics.Stopwatch]::StartNew()

        Wait-QLDBLedger @C -Name orders -TimeoutSec 10 -ErrorVariable failed -ErrorAction SilentlyContinue | Should -BeNullOrEmpty

        # A stalled poll is cut in time to try once more (docs/RETRIES.md), so it ends a little before the 10 s.
        $watch.Elapsed.TotalSeconds | Should -BeGreaterOrEqual 6
        $watch.Elapsed.TotalSeconds | Should -BeLessThan 12
        $failed.Count | Should -Be 1
        $failed[0].CategoryInfo.Category | Should -Be 'OperationTimeout'
        $failed[0].Exception.Message | Should -BeLike '*10 s*'
    }

    It 'is a parameter of every cmdlet, 1 to 86400' {
        foreach ($command in Get-Command -Module SecLake) {
            $parameter = $command.Parameters['TimeoutSec']
            $parameter | Should -Not -BeNullOrEmpty -Because $command.Name
            $range = $parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.ValidateRangeAttribute] }
            "$($range.MinRange)..$($range.MaxRange)" | Should -Be '1..86400' -Because $command.Name
        }
    }

    It 'takes a session default from $PSDefaultParameterValues' {
        Add-EmulatorFault $script:Emulator -Service qldb -Operation ListLedgers -Kind stall -Count 100
        $PSDefaultParameterValues['Get-QLDBLedger:TimeoutSec'] = 2
        try {
            $watch = [System.Diagnostics.Stopwatch]::StartNew()
            Get-QLDBLedger @C -ErrorVariable failed -ErrorAction SilentlyContinue
            $watch.Elapsed.TotalSeconds | Should -BeLessThan 8
            $failed[0].Exception.Message | Should -BeLike '*-TimeoutSec of 2.0 s*'
        }
        finally { $PSDefaultParameterValues.Remove('Get-QLDBLedger:TimeoutSec') }
    }
}
