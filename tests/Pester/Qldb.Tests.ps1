#Requires -Version 5.1
# Pester 5 tests of the built module's QLDB cmdlets against the local emulator (run by build.sh/build.ps1 when pwsh is present).

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SecLakeTestHelpers.psm1') -Force
    Import-Module (Get-SecLakeModulePath) -Force
    $script:Emulator = Start-SecLakeEmulator -LedgerDelaySeconds 1
    $script:C = $Emulator.Connection
}

AfterAll {
    Stop-SecLakeEmulator $script:Emulator
    Remove-Module SecLake -ErrorAction SilentlyContinue
}

Describe 'Module' {
    It 'exports every QLDB cmdlet' {
        $names = (Get-Command -Module SecLake).Name
        foreach ($expected in 'New-QLDBLedger', 'Get-QLDBLedger', 'Update-QLDBLedger', 'Remove-QLDBLedger', 'Wait-QLDBLedger', 'Add-QLDBResourceTag', 'Get-QLDBResourceTag', 'Remove-QLDBResourceTag') {
            $names | Should -Contain $expected
        }
    }
}

Describe 'New-QLDBLedger' {
    BeforeEach { Reset-Emulator $script:Emulator }

    It 'creates a ledger and returns a SecLake ledger object' {
        $ledger = New-QLDBLedger @C -Name 'ledger-a' -PermissionsMode STANDARD -DeletionProtection $false
        $ledger.PSObject.TypeNames[0] | Should -Be 'SecLake.Qldb.QldbLedger'
        $ledger.Name | Should -Be 'ledger-a'
        $ledger.State | Should -Be 'CREATING'
        $ledger.PermissionsMode | Should -Be 'STANDARD'
        $ledger.DeletionProtection | Should -BeFalse
        $ledger.CreationDateTime | Should -BeOfType [datetime]
        $ledger.Arn | Should -Be 'arn:aws:qldb:us-east-1:123456789012:ledger/ledger-a'
    }

    It 'waits for ACTIVE with -Wait' {
        (New-QLDBLedger @C -Name 'ledger-w' -PermissionsMode ALLOW_ALL -Wait).State | Should -Be 'ACTIVE'
    }

    It 'refuses <Name> in parameter binding before any request' -TestCases @(
        @{ Name = 'a--b' }, @{ Name = '123' }, @{ Name = '-x' }, @{ Name = 'x-' }, @{ Name = ('a' * 33) }
        # The Kelvin sign matches [A-Za-z] only case-insensitively.
        @{ Name = "ledger$([char]0x212A)" }
    ) {
        param($Name)
        { New-QLDBLedger @C -Name $Name -PermissionsMode STANDARD } | Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
        @(Get-EmulatorRequest $script:Emulator).Count | Should -Be 0
    }

    It 'refuses a name with a trailing newline in parameter binding, before any request' {
        # Control characters are refused while binding, before the pattern (whose $ is ECMAScript's very end) is asked.
        { New-QLDBLedger @C -Name "abc`n" -PermissionsMode STANDARD } | Should -Throw -ErrorId 'ParameterArgumentTransformationError,*' -ExpectedMessage '*control character*'
        @(Get-EmulatorRequest $script:Emulator).Count | Should -Be 0
    }

    It 'refuses an empty name in parameter binding' {
        { New-QLDBLedger @C -Name '' -PermissionsMode STANDARD } | Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
    }

    It 'refuses an unknown permissions mode' {
        { New-QLDBLedger @C -Name 'ok' -PermissionsMode 'OPEN' } | Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
    }

    It 'refuses a tag value longer than 256 characters before any request' {
        New-QLDBLedger @C -Name 'tagged' -PermissionsMode STANDARD -Tag @{ k = ('v' * 257) } -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'InvalidParameterValue,*'
        @(Get-EmulatorRequest $script:Emulator).Count | Should -Be 0
    }

    It 'sends nothing with -WhatIf' {
        New-QLDBLedger @C -Name 'what-if' -PermissionsMode STANDARD -WhatIf
        @(Get-EmulatorRequest $script:Emulator).Count | Should -Be 0
    }

    It 'writes a non-terminating ResourceAlreadyExistsException for a taken name and goes on' {
        New-QLDBLedger @C -Name 'taken' -PermissionsMode STANDARD | Out-Null
        $out = 'taken', 'fresh' | New-QLDBLedger @C -PermissionsMode STANDARD -ErrorAction SilentlyContinue -ErrorVariable failed
        $out.Name | Should -Be 'fresh'
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'ResourceAlreadyExistsException,*'
        $failed[0].CategoryInfo.Category | Should -Be 'ResourceExists'
        $failed[0].TargetObject | Should -Be 'taken'
        $failed[0].ErrorDetails.Message | Should -Match 'request id'
    }

    It 'stops the pipeline on the first failure with -ErrorAction Stop' {
        New-QLDBLedger @C -Name 'taken2' -PermissionsMode STANDARD | Out-Null
        { 'taken2', 'never' | New-QLDBLedger @C -PermissionsMode STANDARD -ErrorAction Stop } | Should -Throw -ErrorId 'ResourceAlreadyExistsException,*'
        { Get-QLDBLedger @C -Name 'never' -ErrorAction Stop } | Should -Throw -ErrorId 'ResourceNotFoundException,*'
    }

    It 'onboards ledgers from a CSV and reports the bad row' {
        $csv = Join-Path $TestDrive 'ledgers.csv'
        @(
            [pscustomobject]@{ Name = 'csv-1'; PermissionsMode = 'STANDARD'; DeletionProtection = 'false' }
            [pscustomobject]@{ Name = 'a--b'; PermissionsMode = 'STANDARD'; DeletionProtection = 'false' }
            [pscustomobject]@{ Name = 'csv-2'; PermissionsMode = 'ALLOW_ALL'; DeletionProtection = 'true' }
        ) | Export-Csv -Path $csv -NoTypeInformation
        $created = Import-Csv $csv | New-QLDBLedger @C -ErrorAction SilentlyContinue -ErrorVariable failed
        $created.Name | Should -Be @('csv-1', 'csv-2')
        $created[0].DeletionProtection | Should -BeFalse
        $created[1].DeletionProtection | Should -BeTrue
        $failed.Count | Should -Be 1
    }

    It 'shows each request with -Verbose and never the secret key' {
        $verbose = New-QLDBLedger @C -Name 'verbose' -PermissionsMode STANDARD -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        ($verbose.Message -join "`n") | Should -Match 'CreateLedger: POST .*/ledgers attempt 1 -> 200'
        ($verbose.Message -join "`n") | Should -Not -Match ([regex]::Escape($C.SecretKey))
    }
}

Describe 'Get-QLDBLedger' {
    BeforeAll {
        Reset-Emulator $script:Emulator
        'test-1', 'test-2', 'other' | New-QLDBLedger @C -PermissionsMode STANDARD -DeletionProtection $false | Out-Null
    }

    It 'gets all ledgers' { (Get-QLDBLedger @C).Name | Sort-Object | Should -Be @('other', 'test-1', 'test-2') }
    It 'gets ledgers by wildcard' { (Get-QLDBLedger @C -Name 'test-*').Name | Should -Be @('test-1', 'test-2') }
    It 'gets one ledger by name' { (Get-QLDBLedger @C 'other').Arn | Should -Match 'ledger/other$' }

    It 'writes ObjectNotFound for a missing ledger' {
        Get-QLDBLedger @C -Name 'missing' -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }
}

Describe 'Update-QLDBLedger and Wait-QLDBLedger' {
    BeforeAll {
        Reset-Emulator $script:Emulator
        New-QLDBLedger @C -Name 'upd' -PermissionsMode ALLOW_ALL -Wait | Out-Null
    }

    It 'changes deletion protection and permissions mode, calling both update operations' {
        $ledger = Update-QLDBLedger @C -Name 'upd' -DeletionProtection $false -PermissionsMode STANDARD
        $ledger.DeletionProtection | Should -BeFalse
        $ledger.PermissionsMode | Should -Be 'STANDARD'
        $operations = (Get-EmulatorRequest $script:Emulator).Operation
        $operations | Should -Contain 'UpdateLedger'
        $operations | Should -Contain 'UpdateLedgerPermissionsMode'
    }

    It 'waits for a state' { (Wait-QLDBLedger @C -Name 'upd' -State ACTIVE -TimeoutSec 30).State | Should -Be 'ACTIVE' }
}

Describe 'Remove-QLDBLedger' {
    BeforeEach { Reset-Emulator $script:Emulator }

    It 'refuses a protected ledger with an error naming -DisableDeletionProtection' {
        New-QLDBLedger @C -Name 'guarded' -PermissionsMode STANDARD -Wait | Out-Null
        Remove-QLDBLedger @C -Name 'guarded' -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'ResourcePreconditionNotMetException,*'
        $failed[0].CategoryInfo.Category | Should -Be 'InvalidOperation'
        $failed[0].ErrorDetails.Message | Should -Match '-DisableDeletionProtection'
        (Get-QLDBLedger @C -Name 'guarded').State | Should -Be 'ACTIVE'
    }

    It '-Force skips the prompt only: it sends no UpdateLedger and the protected ledger stays' {
        New-QLDBLedger @C -Name 'guarded3' -PermissionsMode STANDARD -Wait | Out-Null
        $before = @(Get-EmulatorRequest $script:Emulator).Count
        Remove-QLDBLedger @C -Name 'guarded3' -Force -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed.Count | Should -Be 1
        $failed[0].ErrorDetails.Message | Should -Match '-DisableDeletionProtection'
        @(Get-EmulatorRequest $script:Emulator | Select-Object -Skip $before | Where-Object Operation -eq 'UpdateLedger') | Should -BeNullOrEmpty
        (Get-QLDBLedger @C -Name 'guarded3').DeletionProtection | Should -BeTrue
    }

    It 'removes a protected ledger with -DisableDeletionProtection, warning once' {
        New-QLDBLedger @C -Name 'guarded2' -PermissionsMode STANDARD -Wait | Out-Null
        $result = Remove-QLDBLedger @C -Name 'guarded2' -DisableDeletionProtection -Confirm:$false -Wait -PassThru -WarningVariable warned -WarningAction SilentlyContinue
        $result.State | Should -Be 'DELETED'
        @($warned).Count | Should -Be 1
        "$($warned[0])" | Should -Match "deletion protection off for ledger 'guarded2'"
        Get-QLDBLedger @C -Name 'guarded2' -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'turns protection back on when the delete fails after turning it off' {
        New-QLDBLedger @C -Name 'guarded4' -PermissionsMode STANDARD -Wait | Out-Null
        Add-EmulatorFault $script:Emulator -Service qldb -Operation DeleteLedger -StatusCode 409 -ErrorCode ResourceInUseException
        Remove-QLDBLedger @C -Name 'guarded4' -DisableDeletionProtection -Confirm:$false -WarningAction SilentlyContinue -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed.Count | Should -Be 1
        $failed[0].ErrorDetails.Message | Should -Match "Deletion protection of ledger 'guarded4' was turned back on"
        (Get-QLDBLedger @C -Name 'guarded4').DeletionProtection | Should -BeTrue
    }

    It 'sends nothing with -WhatIf, even with -Force' {
        New-QLDBLedger @C -Name 'keep' -PermissionsMode STANDARD -DeletionProtection $false | Out-Null
        $before = @(Get-EmulatorRequest $script:Emulator).Count
        Remove-QLDBLedger @C -Name 'keep' -Force -DisableDeletionProtection -WhatIf
        @(Get-EmulatorRequest $script:Emulator).Count | Should -Be $before
    }

    It 'removes ledgers piped from Get-QLDBLedger' {
        'test-a', 'test-b', 'stay' | New-QLDBLedger @C -PermissionsMode STANDARD -Wait | Out-Null
        'test-a', 'test-b' | Update-QLDBLedger @C -DeletionProtection $false | Out-Null
        Get-QLDBLedger @C -Name 'test-*' | Remove-QLDBLedger @C -Force -Wait
        (Get-QLDBLedger @C).Name | Should -Be @('stay')
    }
}

Describe 'Tags' {
    BeforeAll {
        Reset-Emulator $script:Emulator
        $script:Ledger = New-QLDBLedger @C -Name 'tagged' -PermissionsMode STANDARD -Tag @{ team = 'blue' }
    }

    It 'adds, lists and removes tags through the pipeline' {
        $script:Ledger | Add-QLDBResourceTag @C -Tag @{ env = 'test' }
        $tags = Get-QLDBResourceTag @C -ResourceArn $script:Ledger.Arn
        ($tags | Sort-Object Key).Key | Should -Be @('env', 'team')
        $tags | Where-Object Key -eq 'env' | Remove-QLDBResourceTag @C -Force
        (Get-QLDBResourceTag @C -ResourceArn $script:Ledger.Arn).Key | Should -Be @('team')
    }

    It 'removes 20 tags in one request, signed correctly' {
        # Keys whose order changes once encoded ('k0-x' before 'k0:x', but '%3A' before '-'), and more than the
        # 16 values of one query parameter AWSSDK.Core's own signer can order: both made it sign a wrong order.
        $keys = foreach ($i in 0..9) { "k$i-x"; "k${i}:x" }
        $tags = @{}
        foreach ($key in $keys) { $tags[$key] = 'v' }
        Add-QLDBResourceTag @C -ResourceArn $script:Ledger.Arn -Tag $tags
        (Get-QLDBResourceTag @C -ResourceArn $script:Ledger.Arn).Count | Should -Be 21

        Remove-QLDBResourceTag @C -ResourceArn $script:Ledger.Arn -TagKey $keys -Force -ErrorVariable failed
        $failed | Should -BeNullOrEmpty
        (Get-QLDBResourceTag @C -ResourceArn $script:Ledger.Arn).Key | Should -Be @('team')
        $untag = @(Get-EmulatorRequest $script:Emulator | Where-Object Operation -eq 'UntagResource')[-1]
        $untag.StatusCode | Should -Be 200
        @($untag.QueryString -split '&').Count | Should -Be 20
    }
}

Describe 'Connection setup' {
    It 'terminates with a clear message when no region can be found' {
        $saved = $env:AWS_REGION, $env:AWS_DEFAULT_REGION, $env:AWS_CONFIG_FILE
        try {
            $env:AWS_REGION = $null; $env:AWS_DEFAULT_REGION = $null; $env:AWS_CONFIG_FILE = (Join-Path $TestDrive 'none')
            { Get-QLDBLedger -EndpointUrl $script:Emulator.Url -AccessKey $C.AccessKey -SecretKey $C.SecretKey -ProfileLocation (Join-Path $TestDrive 'none') } |
                Should -Throw -ErrorId 'NoRegion,*'
        }
        finally { $env:AWS_REGION, $env:AWS_DEFAULT_REGION, $env:AWS_CONFIG_FILE = $saved }
    }

    It 'accepts a PSCredential holding the access key and secret key' {
        $credential = [pscredential]::new($C.AccessKey, (ConvertTo-SecureString $C.SecretKey -AsPlainText -Force))
        { Get-QLDBLedger -EndpointUrl $script:Emulator.Url -Region us-east-1 -Credential $credential -ErrorAction Stop } | Should -Not -Throw
    }

    It 'reports a bad signature as PermissionDenied' {
        Get-QLDBLedger -EndpointUrl $script:Emulator.Url -Region us-east-1 -AccessKey $C.AccessKey -SecretKey 'wrong' -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
    }
}

# Each cmdlet's [ServiceOperation] attributes say which operations of its service model it sends; the xunit test
# ServiceOperationCoverageTests fails on a GA operation no cmdlet names. The samples below keep the names true for every
# QLDB cmdlet: between them they take each of a cmdlet's paths against the emulator, and the operations it recorded
# must be exactly the ones the attributes name. A QLDB cmdlet without samples fails: add its samples here.
Describe 'Every QLDB cmdlet sends exactly the operations its [ServiceOperation] attributes name' {
    BeforeDiscovery {
        Import-Module (Join-Path $PSScriptRoot 'SecLakeTestHelpers.psm1') -Force
        Import-Module (Get-SecLakeModulePath) -Force
        $script:ServiceCmdlets = @(Get-ServiceCmdletName qldb | ForEach-Object { @{ Name = $_ } })
    }

    BeforeAll {
        $script:Sampler = Start-SecLakeEmulator -LedgerDelaySeconds 0 -DataLakeDelaySeconds 0
        $script:SampleConnection = $Sampler.Connection

        # Setups make the state a sample needs (their requests are not counted) and hand what they made to Run.
        $script:LedgerSetup = { New-QLDBLedger @SampleConnection -Name ledger-1 -PermissionsMode STANDARD -Tag @{ team = 'a' } -Wait }

        $script:Samples = @{
            'New-QLDBLedger'                              = @(@{ Run = { New-QLDBLedger @SampleConnection -Name ledger-1 -PermissionsMode STANDARD -Wait } })
            'Get-QLDBLedger'                              = @(
                @{ Setup = $script:LedgerSetup; Run = { Get-QLDBLedger @SampleConnection } }
                @{ Setup = $script:LedgerSetup; Run = { Get-QLDBLedger @SampleConnection -Name ledger-1 } }
            )
            'Update-QLDBLedger'                           = @(@{ Setup = $script:LedgerSetup; Run = { Update-QLDBLedger @SampleConnection -Name ledger-1 -DeletionProtection $false -PermissionsMode ALLOW_ALL } })
            'Remove-QLDBLedger'                           = @(@{ Setup = $script:LedgerSetup; Run = { Remove-QLDBLedger @SampleConnection -Name ledger-1 -DisableDeletionProtection -Force -WarningAction SilentlyContinue } })
            'Wait-QLDBLedger'                             = @(@{ Setup = $script:LedgerSetup; Run = { Wait-QLDBLedger @SampleConnection -Name ledger-1 } })
            'Add-QLDBResourceTag'                         = @(@{ Setup = $script:LedgerSetup; Run = { param($l) Add-QLDBResourceTag @SampleConnection -ResourceArn $l.Arn -Tag @{ b = '2' } -PassThru } })
            'Get-QLDBResourceTag'                         = @(@{ Setup = $script:LedgerSetup; Run = { param($l) Get-QLDBResourceTag @SampleConnection -ResourceArn $l.Arn } })
            'Remove-QLDBResourceTag'                      = @(@{ Setup = $script:LedgerSetup; Run = { param($l) Remove-QLDBResourceTag @SampleConnection -ResourceArn $l.Arn -TagKey team -Force } })
        }
    }

    AfterAll { Stop-SecLakeEmulator $script:Sampler }

    It '<Name>' -ForEach $ServiceCmdlets {
        Assert-SentOperation $script:Sampler $Name $script:Samples -SamplesFile tests/Pester/Qldb.Tests.ps1
    }

    It 'has samples only for QLDB cmdlets' {
        $cmdlets = Get-ServiceCmdletName qldb
        $cmdlets | Should -Not -BeNullOrEmpty
        @($script:Samples.Keys | Where-Object { $_ -notin $cmdlets }) | Should -BeNullOrEmpty
    }
}
