#Requires -Version 5.1
# Pester 5 tests of -ThrottleLimit (every pipeline cmdlet) and of Get-QLDBLedger's lists without a describe per ledger,
# against the local emulator with injected latency. Nothing here asserts a duration: records are counted and ordered.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SecLakeTestHelpers.psm1') -Force
    Import-Module (Get-SecLakeModulePath) -Force
    $script:Emulator = Start-SecLakeEmulator -LedgerDelaySeconds 0 -DataLakeDelaySeconds 0 -LedgerLimit 500
    $script:C = $Emulator.Connection
    $script:Role = 'arn:aws:iam::123456789012:role/AmazonSecurityLakeMetaStoreManager'

    function script:Get-SentRequest([string] $Operation) {
        @(Get-EmulatorRequest $script:Emulator | Where-Object Operation -eq $Operation)
    }

    function script:New-SubscriberRow([int] $Number) {
        [pscustomobject]@{ AccountId = '{0:D12}' -f (100000000000 + $Number); ExternalId = "ext-$Number"; SubscriberName = "sub-$Number"; AwsSourceType = 'CLOUD_TRAIL,VPC_FLOW' }
    }

    function script:Initialize-Lake {
        Reset-Emulator $script:Emulator
        $null = New-SLDataLake @script:C -DataLakeRegion us-east-1 -MetaStoreManagerRoleArn $script:Role -Wait
    }
}

AfterAll {
    Stop-SecLakeEmulator $script:Emulator
    Remove-Module SecLake -ErrorAction SilentlyContinue
}

Describe '-ThrottleLimit' {
    It 'is a parameter of every SecLake cmdlet, 1 by default, 1 to 64' {
        foreach ($command in Get-Command -Module SecLake) {
            $parameter = $command.Parameters['ThrottleLimit']
            $parameter | Should -Not -BeNullOrEmpty -Because $command.Name
            $parameter.ParameterType | Should -Be ([int])
        }
        { Get-QLDBLedger @C -ThrottleLimit 0 } | Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
        { Get-QLDBLedger @C -ThrottleLimit 65 } | Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
        [SecLake.PowerShell.SecLakeCmdlet]::DefaultThrottleLimit | Should -Be 1
    }

    It 'creates 200 subscribers from a CSV with 8 in flight at 50 ms latency: every record once, output in input order' {
        Initialize-Lake
        Add-EmulatorFault $Emulator -Service securitylake -Operation CreateSubscriber -LatencyMs 50 -Rate 1.0
        $csv = Join-Path $TestDrive 'subscribers.csv'
        1..200 | ForEach-Object { New-SubscriberRow $_ } | Export-Csv $csv -NoTypeInformation
        $created = @(Import-Csv $csv | New-SLSubscriber @C -ThrottleLimit 8 -Confirm:$false -ErrorVariable failed)
        $failed | Should -BeNullOrEmpty
        $created.Count | Should -Be 200
        $created | Should -BeOfType ([SecLake.SecurityLake.Subscriber])
        $created.SubscriberName | Should -Be (1..200 | ForEach-Object { "sub-$_" })
        (Get-SentRequest CreateSubscriber).Count | Should -Be 200
        @(Get-SLSubscriber @C).Count | Should -Be 200
    }

    It 'sends later records while an earlier one is still in flight, and still writes the earlier one first' {
        Initialize-Lake
        # Only the first CreateSubscriber to arrive is slow (sub-1, or on a loaded machine sometimes a later record);
        # the emulator logs a call when it answers, so the slow one is logged last.
        Add-EmulatorFault $Emulator -Service securitylake -Operation CreateSubscriber -LatencyMs 3000 -Count 1
        $created = @(1..4 | ForEach-Object { New-SubscriberRow $_ } | New-SLSubscriber @C -ThrottleLimit 4 -Confirm:$false)
        $created.SubscriberName | Should -Be @('sub-1', 'sub-2', 'sub-3', 'sub-4')
        $answered = @(Get-SentRequest CreateSubscriber | ForEach-Object { ($_.body | ConvertFrom-Json).subscriberName })
        $answered.Count | Should -Be 4
        # A later record was answered while the slow, earlier one was still in flight, and written after it.
        $answered[-1] | Should -BeIn @('sub-1', 'sub-2', 'sub-3')
    }

    It 'keeps one output or one error per record in input order, refusals included' {
        Initialize-Lake
        Add-EmulatorFault $Emulator -Service securitylake -Operation CreateSubscriber -LatencyMs 50 -Rate 1.0
        $rows = 1..12 | ForEach-Object { New-SubscriberRow $_ }
        # Rows 4 and 9 have no source at all: refused before any request, in their place among the outputs.
        $rows[3].AwsSourceType = ''
        $rows[8].AwsSourceType = ''
        $stream = @($rows | New-SLSubscriber @C -ThrottleLimit 5 -Confirm:$false -ErrorAction Continue 2>&1)
        $stream.Count | Should -Be 12
        $seen = foreach ($item in $stream) { if ($item -is [System.Management.Automation.ErrorRecord]) { "error $($item.TargetObject)" } else { "out $($item.SubscriberName)" } }
        # A refused row's target names the subscriber it would have been (issue 11: the target says which record failed).
        $expected = foreach ($n in 1..12) { if ($n -in 4, 9) { "error subscriber 'sub-$n' (account {0:D12}, external id ext-$n)" -f (100000000000 + $n) } else { "out sub-$n" } }
        $seen | Should -Be $expected
        (Get-SentRequest CreateSubscriber).Count | Should -Be 10
    }

    It 'stops at the first error with -ErrorAction Stop, after writing every earlier record' {
        Initialize-Lake
        Add-EmulatorFault $Emulator -Service securitylake -Operation CreateSubscriber -LatencyMs 200 -Rate 1.0
        $rows = 1..20 | ForEach-Object { New-SubscriberRow $_ }
        $rows[2].AwsSourceType = ''
        $written = [System.Collections.Generic.List[object]]::new()
        { $rows | New-SLSubscriber @C -ThrottleLimit 4 -Confirm:$false -ErrorAction Stop | ForEach-Object { $written.Add($_) } } |
            Should -Throw '*At least one source*'
        $written.SubscriberName | Should -Be @('sub-1', 'sub-2')
        # At most ThrottleLimit - 1 records after the failing one were started.
        (Get-SentRequest CreateSubscriber).Count | Should -BeLessOrEqual 5
    }

    It 'sends nothing under -WhatIf, whatever the limit' {
        Initialize-Lake
        $before = (Get-EmulatorRequest $Emulator).Count
        1..10 | ForEach-Object { New-SubscriberRow $_ } | New-SLSubscriber @C -ThrottleLimit 8 -WhatIf
        @(Get-EmulatorRequest $Emulator).Count | Should -Be $before
    }

    It 'says which record each -Verbose request line is about when records run concurrently' {
        Initialize-Lake
        $verbose = @(1..3 | ForEach-Object { New-SubscriberRow $_ } | New-SLSubscriber @C -ThrottleLimit 3 -Confirm:$false -Verbose 4>&1 |
                Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -match 'CreateSubscriber' })
        $verbose.Count | Should -BeGreaterOrEqual 3
        foreach ($n in 1..3) {
            # The prefix is the record's target: the subscriber it creates.
            $prefix = "[subscriber 'sub-$n' "
            @($verbose | Where-Object { $_.Message.StartsWith($prefix) }).Count | Should -BeGreaterOrEqual 1 -Because "$prefix in:`n$($verbose.Message -join "`n")"
        }
    }

    It 'still traces requests when verbose output comes from $VerbosePreference or a calling advanced function' {
        Reset-Emulator $Emulator
        $VerbosePreference = 'Continue'
        $fromPreference = @(Get-QLDBLedger @C -Name 'none' -ErrorAction SilentlyContinue 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -match 'DescribeLedger' })
        $VerbosePreference = 'SilentlyContinue'
        $fromPreference.Count | Should -Be 1
        function Get-Named { [CmdletBinding()] param() Get-QLDBLedger @C -Name 'none' -ErrorAction SilentlyContinue }
        @(Get-Named -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -match 'DescribeLedger' }).Count | Should -Be 1
        @(Get-Named 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Count | Should -Be 0
    }

    It 'creates, waits for and removes ledgers concurrently' {
        Reset-Emulator $Emulator
        Add-EmulatorFault $Emulator -Service qldb -Operation CreateLedger -LatencyMs 50 -Rate 1.0
        $names = 1..30 | ForEach-Object { 'conc-{0:D2}' -f $_ }
        $ledgers = @($names | New-QLDBLedger @C -PermissionsMode STANDARD -Wait -ThrottleLimit 6 -Confirm:$false)
        $ledgers.Name | Should -Be $names
        $ledgers.State | Sort-Object -Unique | Should -Be 'ACTIVE'
        Get-QLDBLedger @C -Name 'conc-*' | Remove-QLDBLedger @C -Force -DisableDeletionProtection -ThrottleLimit 6 -WarningAction SilentlyContinue
        @(Get-QLDBLedger @C -Name 'conc-*' | Where-Object State -ne 'DELETING').Count | Should -Be 0
    }

    It 'shows the records -Wait waits for at once on one progress bar that counts them done' {
        $slow = Start-SecLakeEmulator -LedgerDelaySeconds 2 -DataLakeDelaySeconds 0
        $shell = [powershell]::Create()
        try {
            $null = $shell.AddScript({
                    param($ModulePath, $Connection)
                    Import-Module $ModulePath
                    'bar-1', 'bar-2', 'bar-3', 'bar-4' | New-QLDBLedger @Connection -PermissionsMode STANDARD -Wait -ThrottleLimit 4 -Confirm:$false
                }).AddArgument((Get-SecLakeModulePath)).AddArgument($slow.Connection)
            $ledgers = @($shell.Invoke())
            $ledgers.Name | Should -Be 'bar-1', 'bar-2', 'bar-3', 'bar-4'
            $ledgers.State | Sort-Object -Unique | Should -Be 'ACTIVE'
            $bars = @($shell.Streams.Progress)
            @($bars.ActivityId | Sort-Object -Unique).Count | Should -Be 1
            $done = @($bars | Where-Object RecordType -eq 'Processing' | ForEach-Object { if ($_.StatusDescription -match '^(\d) of 4 done; ') { [int]$Matches[1] } })
            $done | Should -Contain 0
            # Three records done, the fourth still waiting: the bar says so instead of closing.
            $done | Should -Contain 3
            $bars[-1].RecordType | Should -Be 'Completed'
        }
        finally {
            $shell.Dispose()
            Stop-SecLakeEmulator $slow
        }
    }

    It 'cancels every request in flight on Ctrl+C (Stop)' {
        Initialize-Lake
        # Every CreateSubscriber hangs until the client gives up: only cancellation ends the command.
        Add-EmulatorFault $Emulator -Service securitylake -Operation CreateSubscriber -Kind stall -Rate 1.0
        $shell = [powershell]::Create()
        try {
            $null = $shell.AddScript({
                    param($ModulePath, $Connection, $Rows)
                    Import-Module $ModulePath
                    $Rows | New-SLSubscriber @Connection -ThrottleLimit 4 -Confirm:$false
                }).AddArgument((Get-SecLakeModulePath)).AddArgument($C).AddArgument(@(1..10 | ForEach-Object { New-SubscriberRow $_ }))
            $running = $shell.BeginInvoke()
            # The import and the first requests take a moment; nothing can end the calls but the stop below.
            $deadline = (Get-Date).AddSeconds(60)
            while ($shell.InvocationStateInfo.State -eq 'Running' -and -not $shell.Streams.Verbose.Count -and (Get-Date) -lt $deadline) {
                Start-Sleep -Milliseconds 500
                if ((Get-Date) -gt $deadline.AddSeconds(-55)) { break }
            }
            $stopping = $shell.BeginStop($null, $null)
            # A hang guard, not a timing assertion: without cancellation the stop waits for the HTTP timeout.
            $stopping.AsyncWaitHandle.WaitOne([TimeSpan]::FromSeconds(60)) | Should -BeTrue
            $shell.EndStop($stopping)
            $shell.InvocationStateInfo.State | Should -Be 'Stopped'
        }
        finally { $shell.Dispose() }
    }
}

Describe 'Get-QLDBLedger without a describe per ledger' {
    BeforeAll {
        Reset-Emulator $Emulator
        $script:Names = 1..150 | ForEach-Object { 'many-{0:D3}' -f $_ }
        $null = $Names | New-QLDBLedger @C -PermissionsMode STANDARD -ThrottleLimit 8 -Confirm:$false
        $null = New-QLDBLedger @C -Name 'other' -PermissionsMode ALLOW_ALL -DeletionProtection $false -Wait -Confirm:$false
    }
    BeforeEach { $script:Mark = @(Get-EmulatorRequest $Emulator).Count }

    It 'lists every ledger with ListLedgers pages only, as summaries sorted by name' {
        $ledgers = @(Get-QLDBLedger @C)
        $ledgers.Count | Should -Be 151
        $ledgers | Should -BeOfType ([SecLake.Qldb.QldbLedger])
        $ledgers.Name | Should -Be (@($Names) + 'other' | Sort-Object)
        $ledgers[0].State | Should -Not -BeNullOrEmpty
        $ledgers[0].CreationDateTime | Should -Not -BeNullOrEmpty
        $ledgers[0].Region | Should -Be 'us-east-1'
        $sent = @(Get-EmulatorRequest $Emulator | Select-Object -Skip $Mark)
        $sent.Operation | Sort-Object -Unique | Should -Be 'ListLedgers'
        $sent.Count | Should -Be 2
    }

    It 'lists once for several wildcards of one command' {
        (Get-QLDBLedger @C -Name 'many-00*', 'oth*').Name | Should -Be @('many-001', 'many-002', 'many-003', 'many-004', 'many-005', 'many-006', 'many-007', 'many-008', 'many-009', 'other')
        @(Get-EmulatorRequest $Emulator | Select-Object -Skip $Mark).Count | Should -Be 2
    }

    It 'describes each match with -Detailed, in name order' {
        $ledgers = @(Get-QLDBLedger @C -Name 'many-01*', 'other' -Detailed -ThrottleLimit 4)
        $ledgers.Name | Should -Be (@(10..19 | ForEach-Object { 'many-{0:D3}' -f $_ }) + 'other')
        $ledgers | ForEach-Object { $_.Arn | Should -Match ":ledger/$($_.Name)$" }
        ($ledgers | Where-Object Name -eq 'other').PermissionsMode | Should -Be 'ALLOW_ALL'
        $sent = @(Get-EmulatorRequest $Emulator | Select-Object -Skip $Mark)
        @($sent | Where-Object Operation -eq 'DescribeLedger').Count | Should -Be 11
    }

    It 'describes an exact name in full without listing' {
        $ledger = Get-QLDBLedger @C -Name 'other'
        $ledger.PermissionsMode | Should -Be 'ALLOW_ALL'
        $ledger.DeletionProtection | Should -BeFalse
        @(Get-EmulatorRequest $Emulator | Select-Object -Skip $Mark).Operation | Should -Be @('DescribeLedger')
    }
}

Describe 'Several runspaces of one process' {
    It 'runs the module in four runspaces at once, each with its own Region default, records and errors' {
        Reset-Emulator $Emulator
        $regions = 'us-east-1', 'us-east-2', 'eu-west-1', 'ap-northeast-1'
        $pool = [runspacefactory]::CreateRunspacePool(4, 4)
        $pool.Open()
        try {
            $running = foreach ($n in 0..3) {
                $shell = [powershell]::Create()
                $shell.RunspacePool = $pool
                $null = $shell.AddScript({
                        param($ModulePath, $Connection, $Region, $Prefix)
                        Import-Module $ModulePath
                        # Each runspace's own session default; the command names no Region.
                        $global:StoredAWSRegion = $Region
                        $names = 1..25 | ForEach-Object { '{0}-{1:D2}' -f $Prefix, $_ }
                        $made = @($names | New-QLDBLedger @Connection -PermissionsMode STANDARD -ThrottleLimit 4 -Confirm:$false)
                        $null = 'not a ledger name!' | New-QLDBLedger @Connection -PermissionsMode STANDARD -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable refused
                        [pscustomobject]@{ Region = $Region; Made = $made.Name; MadeIn = @($made.Region | Sort-Object -Unique); Listed = @(Get-QLDBLedger @Connection).Name; Refused = $refused.Count }
                    }).AddArgument((Get-SecLakeModulePath)).AddArgument(@{ EndpointUrl = $C.EndpointUrl; AccessKey = $C.AccessKey; SecretKey = $C.SecretKey }).AddArgument($regions[$n]).AddArgument("rs$n")
                [pscustomobject]@{ Shell = $shell; Handle = $shell.BeginInvoke(); Prefix = "rs$n"; Region = $regions[$n] }
            }
            foreach ($run in $running) {
                $result = @($run.Shell.EndInvoke($run.Handle))
                $run.Shell.Streams.Error | Should -BeNullOrEmpty
                $run.Shell.Dispose()
                $result.Count | Should -Be 1
                $expected = 1..25 | ForEach-Object { '{0}-{1:D2}' -f $run.Prefix, $_ }
                $result[0].Made | Should -Be $expected
                $result[0].MadeIn | Should -Be $run.Region
                # Only this runspace's ledgers are in its Region: no default leaked between runspaces.
                $result[0].Listed | Should -Be $expected
                $result[0].Refused | Should -Be 1
            }
        }
        finally {
            $pool.Dispose()
        }
        (Get-SentRequest CreateLedger).Count | Should -Be 100
    }
}
