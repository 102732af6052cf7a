#Requires -Version 5.1
# Pester 5 tests of the built module's organization cmdlets (configuration for new accounts, delegated administrator)
# against the local emulator.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SecLakeTestHelpers.psm1') -Force
    Import-Module (Get-SecLakeModulePath) -Force
    $script:Emulator = Start-SecLakeEmulator -DataLakeDelaySeconds 1
    $script:C = $Emulator.Connection
    $script:Role = 'arn:aws:iam::123456789012:role/AmazonSecurityLakeMetaStoreManager'

    function script:Get-SentRequest([string] $Operation) {
        @(Get-EmulatorRequest $script:Emulator | Where-Object Operation -eq $Operation)
    }

    # A clean emulator with data lakes in us-east-1 and eu-west-1, and no request recorded yet.
    function script:Reset-WithDataLakes {
        Reset-Emulator $script:Emulator
        New-SLDataLake @C -DataLakeRegion us-east-1, eu-west-1 -MetaStoreManagerRoleArn $script:Role | Out-Null
        Reset-EmulatorLog
    }

    # Forgets the recorded requests but keeps the state: the log's position now.
    function script:Reset-EmulatorLog { $script:LogStart = @(Get-EmulatorRequest $script:Emulator).Count }
    function script:Get-NewRequest { @(Get-EmulatorRequest $script:Emulator | Select-Object -Skip $script:LogStart) }

    # The configuration as "region: sources" lines.
    function script:Get-Configured { @(Get-SLDataLakeOrganizationConfiguration @C | ForEach-Object { $_.ToString() }) }
}

AfterAll {
    Stop-SecLakeEmulator $script:Emulator
    Remove-Module SecLake -ErrorAction SilentlyContinue
}

Describe 'New-SLDataLakeOrganizationConfiguration' {
    BeforeEach { Reset-WithDataLakes }

    It 'gives every Region the sources named, in the model''s spelling, in one request that writes nothing' {
        $out = New-SLDataLakeOrganizationConfiguration @C -DataLakeRegion us-east-1, eu-west-1 -SourceName cloud_trail_mgmt, Vpc_Flow -SourceVersion 2.0
        $out | Should -BeNullOrEmpty
        $sent = Get-NewRequest
        $sent.Operation | Should -Be 'CreateDataLakeOrganizationConfiguration'
        $sent.Body | Should -BeExactly '{"autoEnableNewAccount":[{"region":"us-east-1","sources":[{"sourceName":"CLOUD_TRAIL_MGMT","sourceVersion":"2.0"},{"sourceName":"VPC_FLOW","sourceVersion":"2.0"}]},{"region":"eu-west-1","sources":[{"sourceName":"CLOUD_TRAIL_MGMT","sourceVersion":"2.0"},{"sourceName":"VPC_FLOW","sourceVersion":"2.0"}]}]}'
    }

    It 'writes the configuration read back with -PassThru, one object per Region named' {
        New-SLDataLakeOrganizationConfiguration @C -DataLakeRegion eu-west-1 -SourceName WAF | Out-Null
        $out = @(New-SLDataLakeOrganizationConfiguration @C -DataLakeRegion us-east-1 -SourceName ROUTE53 -Source @{ sourceName = 'S3_DATA'; sourceVersion = '1.0' } -PassThru)
        $out.Count | Should -Be 1
        $out[0] | Should -BeOfType ([SecLake.SecurityLake.DataLakeOrganizationConfiguration])
        $out[0].DataLakeRegion | Should -Be 'us-east-1'
        $out[0].Sources.AwsSourceType | Should -Be @('ROUTE53', 'S3_DATA')
        $out[0].Sources.SourceVersion | Should -Be @($null, '1.0')
        (Get-NewRequest).Operation | Should -Be @('CreateDataLakeOrganizationConfiguration', 'CreateDataLakeOrganizationConfiguration', 'GetDataLakeOrganizationConfiguration')
    }

    It 'takes Region-by-Region differences with -AutoEnableNewAccount' {
        New-SLDataLakeOrganizationConfiguration @C -AutoEnableNewAccount @(
            @{ Region = 'us-east-1'; Sources = 'CLOUD_TRAIL_MGMT', @{ sourceName = 'VPC_FLOW'; sourceVersion = '2.0' } }
            @{ region = 'eu-west-1'; sources = 'sh_findings' }
        )
        (Get-NewRequest).Body | Should -BeExactly '{"autoEnableNewAccount":[{"region":"us-east-1","sources":[{"sourceName":"CLOUD_TRAIL_MGMT"},{"sourceName":"VPC_FLOW","sourceVersion":"2.0"}]},{"region":"eu-west-1","sources":[{"sourceName":"SH_FINDINGS"}]}]}'
    }

    It 'takes the AWS CLI''s JSON through ConvertFrom-Json' {
        $json = '[{"region":"eu-west-1","sources":[{"sourceName":"WAF","sourceVersion":"1.0"},{"sourceName":"ROUTE53"}]}]'
        New-SLDataLakeOrganizationConfiguration @C -AutoEnableNewAccount ($json | ConvertFrom-Json)
        (Get-NewRequest).Body | Should -BeExactly ('{"autoEnableNewAccount":' + $json + '}')
    }

    It 'sends -SourceVersion 2.0, typed as a number, as the text typed' {
        New-SLDataLakeOrganizationConfiguration @C -DataLakeRegion us-east-1 -SourceName WAF -SourceVersion 2.0
        (Get-NewRequest).Body | Should -BeExactly '{"autoEnableNewAccount":[{"region":"us-east-1","sources":[{"sourceName":"WAF","sourceVersion":"2.0"}]}]}'
    }

    It 'merges into what is configured, as the service does' {
        New-SLDataLakeOrganizationConfiguration @C -DataLakeRegion us-east-1 -SourceName WAF, ROUTE53
        New-SLDataLakeOrganizationConfiguration @C -DataLakeRegion us-east-1 -SourceName WAF -SourceVersion 2.0
        Get-Configured | Should -Be @('us-east-1: WAF 2.0, ROUTE53')
    }

    It 'auto-enables every Region that has a data lake, piped from Get-SLDataLake' {
        Get-SLDataLake @C | New-SLDataLakeOrganizationConfiguration @C -SourceName SH_FINDINGS
        Get-Configured | Should -Be @('eu-west-1: SH_FINDINGS', 'us-east-1: SH_FINDINGS')
    }

    It 'copies one Region''s sources, versions included, to another through the pipeline' {
        New-SLDataLakeOrganizationConfiguration @C -DataLakeRegion us-east-1 -SourceName WAF -Source @{ sourceName = 'VPC_FLOW'; sourceVersion = '2.0' }
        Get-SLDataLakeOrganizationConfiguration @C -DataLakeRegion us-east-1 | New-SLDataLakeOrganizationConfiguration @C -DataLakeRegion eu-west-1
        Get-Configured | Should -Be @('eu-west-1: WAF, VPC_FLOW 2.0', 'us-east-1: WAF, VPC_FLOW 2.0')
    }

    It 'refuses <Case> in parameter binding, before any request' -TestCases @(
        @{ Case = 'a source name the model does not have'; Arguments = @{ DataLakeRegion = 'us-east-1'; SourceName = 'CLOUD_TRAIL' } }
        @{ Case = 'a version the model''s pattern refuses'; Arguments = @{ DataLakeRegion = 'us-east-1'; SourceName = 'WAF'; SourceVersion = '3' } }
        @{ Case = 'a Region the model''s pattern refuses'; Arguments = @{ DataLakeRegion = 'US-EAST-1x'; SourceName = 'WAF' } }
        @{ Case = 'a Region with a control character'; Arguments = @{ DataLakeRegion = "us-east-1`n"; SourceName = 'WAF' } }
    ) {
        param($Case, $Arguments)
        { New-SLDataLakeOrganizationConfiguration @C @Arguments } | Should -Throw -ErrorId 'Parameter*,*'
        Get-NewRequest | Should -BeNullOrEmpty
    }

    It 'refuses <Case> before any request, naming what is wrong' -TestCases @(
        @{ Case = 'no sources'; Arguments = @{ DataLakeRegion = 'us-east-1' }; Message = 'Give the sources: -SourceName, -Source, or both.' }
        @{ Case = 'a version without -SourceName'; Arguments = @{ DataLakeRegion = 'us-east-1'; SourceVersion = '2.0'; Source = 'WAF' }; Message = 'SourceVersion is the version of the -SourceName sources' }
        @{ Case = 'a -Source key the model does not have'; Arguments = @{ DataLakeRegion = 'us-east-1'; Source = @{ sourceName = 'WAF'; version = '1.0' } }; Message = "Source[0] has an unknown key 'version'. Valid keys: sourceName, sourceVersion." }
        @{ Case = 'a Region Security Lake is not offered in'; Arguments = @{ DataLakeRegion = 'me-south-1'; SourceName = 'WAF' }; Message = "DataLakeRegion[0] 'me-south-1' is not a Security Lake Region" }
        @{ Case = 'an entry without sources'; Arguments = @{ AutoEnableNewAccount = @{ region = 'us-east-1' } }; Message = 'AutoEnableNewAccount[0] needs both region and sources.' }
        @{ Case = 'the same Region twice'; Arguments = @{ AutoEnableNewAccount = @(@{ region = 'us-east-1'; sources = 'WAF' }, @{ region = 'us-east-1'; sources = 'ROUTE53' }) }; Message = 'the Region us-east-1 is given more than once' }
        @{ Case = 'one source at two versions'; Arguments = @{ DataLakeRegion = 'us-east-1'; SourceName = 'WAF'; SourceVersion = '1.0'; Source = @{ sourceName = 'WAF'; sourceVersion = '2.0' } }; Message = 'give WAF with more than one version (1.0, 2.0)' }
    ) {
        param($Case, $Arguments, $Message)
        New-SLDataLakeOrganizationConfiguration @C @Arguments -ErrorAction SilentlyContinue -ErrorVariable failed | Should -BeNullOrEmpty
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'InvalidParameterValue,*'
        $failed[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $failed[0].ErrorDetails.Message | Should -Match ([regex]::Escape($Message))
        Get-NewRequest | Should -BeNullOrEmpty
    }

    It 'refuses a Region of another partition than -Region''s before any request' {
        New-SLDataLakeOrganizationConfiguration @C -DataLakeRegion us-gov-west-1 -SourceName WAF -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].ErrorDetails.Message | Should -Match 'is in partition aws-us-gov, but the client''s Region is in partition aws'
        Get-NewRequest | Should -BeNullOrEmpty
    }

    It 'takes the Regions or -AutoEnableNewAccount, not both' {
        { New-SLDataLakeOrganizationConfiguration @C -DataLakeRegion us-east-1 -SourceName WAF -AutoEnableNewAccount @{ region = 'us-east-1'; sources = 'WAF' } } |
            Should -Throw -ErrorId 'AmbiguousParameterSet,*'
    }

    It 'sends nothing with -WhatIf' {
        New-SLDataLakeOrganizationConfiguration @C -DataLakeRegion us-east-1 -SourceName WAF -WhatIf
        Get-NewRequest | Should -BeNullOrEmpty
    }

    It 'writes ObjectNotFound for a Region without a data lake, configuring nothing' {
        New-SLDataLakeOrganizationConfiguration @C -DataLakeRegion us-east-1, ap-south-1 -SourceName WAF -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'ResourceNotFoundException,*'
        $failed[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failed[0].ErrorDetails.Message | Should -Match 'not enabled in ap-south-1'
        Get-Configured | Should -BeNullOrEmpty
    }

    It 'writes PermissionDenied, with the modeled error code, once the management account has delegated' {
        Register-SLDataLakeDelegatedAdministrator @C -AccountId 210987654321 -Force
        New-SLDataLakeOrganizationConfiguration @C -DataLakeRegion us-east-1 -SourceName WAF -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'AccessDeniedException,*'
        $failed[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
        $failed[0].Exception | Should -BeOfType ([SecLake.SecurityLake.AccessDeniedException])
        $failed[0].Exception.ModeledErrorCode | Should -Be 'DelegatedAdministratorOnly'
    }
}

Describe 'Get-SLDataLakeOrganizationConfiguration' {
    BeforeAll {
        Reset-WithDataLakes
        New-SLDataLakeOrganizationConfiguration @C -AutoEnableNewAccount @(
            @{ region = 'us-east-1'; sources = 'CLOUD_TRAIL_MGMT', 'VPC_FLOW', 'ROUTE53', 'SH_FINDINGS', 'LAMBDA_EXECUTION', 'S3_DATA', 'EKS_AUDIT', 'WAF' }
            @{ region = 'eu-west-1'; sources = @{ sourceName = 'WAF'; sourceVersion = '2.0' } }
        )
    }
    BeforeEach { Reset-EmulatorLog }

    It 'gets one object per Region, with its sources, in one request' {
        $all = @(Get-SLDataLakeOrganizationConfiguration @C)
        $all.DataLakeRegion | Should -Be @('eu-west-1', 'us-east-1')
        $all[0].Sources[0].AwsSourceType | Should -Be 'WAF'
        $all[0].Sources[0].SourceVersion | Should -Be '2.0'
        $all[1].Sources.Count | Should -Be 8
        (Get-NewRequest).Operation | Should -Be 'GetDataLakeOrganizationConfiguration'
    }

    It 'shows a table of Region and sources within 80 columns' {
        $lines = @((Get-SLDataLakeOrganizationConfiguration @C | Out-String -Width 80) -split "`r?`n" | Where-Object { $_.Trim() })
        $lines[0] | Should -Match '^Region\s+Sources\s*$'
        $lines[2] | Should -Match '^eu-west-1\s+WAF 2\.0\s*$'
        $lines[3] | Should -Match '^us-east-1\s+CLOUD_TRAIL_MGMT, VPC_FLOW, ROUTE53'
        $lines | ForEach-Object { $_.Length | Should -BeLessOrEqual 80 }
    }

    It 'gets the Regions asked for, in that order, and nothing for a Region without a configuration' {
        $some = @(Get-SLDataLakeOrganizationConfiguration @C -DataLakeRegion us-east-1, ap-south-1, eu-west-1)
        $some.DataLakeRegion | Should -Be @('us-east-1', 'eu-west-1')
    }

    It 'takes Regions and data lakes from the pipeline' {
        @('eu-west-1' | Get-SLDataLakeOrganizationConfiguration @C).DataLakeRegion | Should -Be 'eu-west-1'
        @(Get-SLDataLake @C -DataLakeRegion us-east-1 | Get-SLDataLakeOrganizationConfiguration @C).DataLakeRegion | Should -Be 'us-east-1'
    }

    It 'refuses a malformed Region in parameter binding, before any request' {
        { Get-SLDataLakeOrganizationConfiguration @C -DataLakeRegion 'useast1' } | Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
        Get-NewRequest | Should -BeNullOrEmpty
    }

    # Last: it empties the configuration the others read.
    It 'writes nothing when nothing is configured' {
        Get-SLDataLakeOrganizationConfiguration @C | Remove-SLDataLakeOrganizationConfiguration @C -Force
        Get-SLDataLakeOrganizationConfiguration @C | Should -BeNullOrEmpty
    }
}

Describe 'Remove-SLDataLakeOrganizationConfiguration' {
    BeforeEach {
        Reset-WithDataLakes
        New-SLDataLakeOrganizationConfiguration @C -AutoEnableNewAccount @(
            @{ region = 'us-east-1'; sources = 'CLOUD_TRAIL_MGMT', 'WAF' }
            @{ region = 'eu-west-1'; sources = 'SH_FINDINGS', @{ sourceName = 'VPC_FLOW'; sourceVersion = '2.0' } }
        )
        Reset-EmulatorLog
    }

    It 'removes a Region''s whole configuration piped from Get, versions included' {
        Get-SLDataLakeOrganizationConfiguration @C -DataLakeRegion eu-west-1 | Remove-SLDataLakeOrganizationConfiguration @C -Force
        $sent = @(Get-SentRequest DeleteDataLakeOrganizationConfiguration)
        $sent.Count | Should -Be 1
        $sent[0].Body | Should -BeExactly '{"autoEnableNewAccount":[{"region":"eu-west-1","sources":[{"sourceName":"SH_FINDINGS"},{"sourceName":"VPC_FLOW","sourceVersion":"2.0"}]}]}'
        Get-Configured | Should -Be @('us-east-1: CLOUD_TRAIL_MGMT, WAF')
    }

    It 'removes the sources named, given by position' {
        Remove-SLDataLakeOrganizationConfiguration @C us-east-1 WAF -Confirm:$false
        Get-Configured | Should -Be @('eu-west-1: SH_FINDINGS, VPC_FLOW 2.0', 'us-east-1: CLOUD_TRAIL_MGMT')
    }

    It 'sends nothing with -WhatIf, even with -Force' {
        Remove-SLDataLakeOrganizationConfiguration @C -DataLakeRegion us-east-1 -SourceName WAF -Force -WhatIf
        Get-SLDataLakeOrganizationConfiguration @C | Remove-SLDataLakeOrganizationConfiguration @C -WhatIf
        @(Get-SentRequest DeleteDataLakeOrganizationConfiguration).Count | Should -Be 0
    }

    It 'writes ObjectNotFound for a source not auto-enabled there, removing nothing' {
        Remove-SLDataLakeOrganizationConfiguration @C -DataLakeRegion us-east-1, eu-west-1 -SourceName WAF -Force -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'ResourceNotFoundException,*'
        $failed[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failed[0].ErrorDetails.Message | Should -Match 'not auto-enabled for WAF in eu-west-1'
        @(Get-Configured).Count | Should -Be 2
    }

    It 'refuses no sources before any request, pointing at the pipeline for a whole Region' {
        Remove-SLDataLakeOrganizationConfiguration @C -DataLakeRegion us-east-1 -Force -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'InvalidParameterValue,*'
        Get-NewRequest | Should -BeNullOrEmpty
    }

    It 'takes -AutoEnableNewAccount too' {
        Remove-SLDataLakeOrganizationConfiguration @C -AutoEnableNewAccount @{ region = 'eu-west-1'; sources = 'SH_FINDINGS' } -Force
        Get-Configured | Should -Be @('eu-west-1: VPC_FLOW 2.0', 'us-east-1: CLOUD_TRAIL_MGMT, WAF')
    }
}

Describe 'Register- and Unregister-SLDataLakeDelegatedAdministrator' {
    BeforeEach { Reset-WithDataLakes }

    It 'delegates, which denies the management account the configuration, and undelegates' {
        Register-SLDataLakeDelegatedAdministrator @C -AccountId 210987654321 -Force | Should -BeNullOrEmpty
        (Get-SentRequest RegisterDataLakeDelegatedAdministrator).Body | Should -BeExactly '{"accountId":"210987654321"}'
        Get-SLDataLakeOrganizationConfiguration @C -ErrorAction SilentlyContinue -ErrorVariable denied
        $denied[0].CategoryInfo.Category | Should -Be 'PermissionDenied'

        Unregister-SLDataLakeDelegatedAdministrator @C -Force | Should -BeNullOrEmpty
        $sent = @(Get-SentRequest DeregisterDataLakeDelegatedAdministrator)
        $sent[0].Method | Should -Be 'DELETE'
        $sent[0].Path | Should -Be '/v1/datalake/delegate'
        $sent[0].Body | Should -BeNullOrEmpty
        { Get-SLDataLakeOrganizationConfiguration @C -ErrorAction Stop } | Should -Not -Throw
    }

    It 'takes the account ID from the pipeline, as text or by property name' {
        '210987654321' | Register-SLDataLakeDelegatedAdministrator @C -Confirm:$false
        [pscustomobject]@{ AccountId = '210987654321' } | Register-SLDataLakeDelegatedAdministrator @C -Confirm:$false
        @(Get-SentRequest RegisterDataLakeDelegatedAdministrator).Body | Should -Be @('{"accountId":"210987654321"}', '{"accountId":"210987654321"}')
    }

    It 'refuses <AccountId> in parameter binding, before any request' -TestCases @(
        @{ AccountId = '12345' }, @{ AccountId = '1234567890123' }, @{ AccountId = '12345678901a' }
        # Twelve full-width digits: .NET's \d would take them, the model's [0-9] does not.
        @{ AccountId = -join [char[]](0xFF11..0xFF19 + 0xFF10 + 0xFF11 + 0xFF12) }
    ) {
        param($AccountId)
        { Register-SLDataLakeDelegatedAdministrator @C -AccountId $AccountId -Force } | Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
        Get-NewRequest | Should -BeNullOrEmpty
    }

    It 'writes InvalidArgument when the management account names itself' {
        Register-SLDataLakeDelegatedAdministrator @C -AccountId 123456789012 -Force -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'BadRequestException,*'
        $failed[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $failed[0].ErrorDetails.Message | Should -Match 'cannot be the delegated administrator'
    }

    It 'writes ConflictException for a second delegated administrator' {
        Register-SLDataLakeDelegatedAdministrator @C -AccountId 210987654321 -Force
        Register-SLDataLakeDelegatedAdministrator @C -AccountId 111122223333 -Force -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'ConflictException,*'
        $failed[0].Exception.ResourceName | Should -Be '210987654321'
    }

    It 'sends nothing with -WhatIf, even with -Force' {
        Register-SLDataLakeDelegatedAdministrator @C -AccountId 210987654321 -Force -WhatIf
        Unregister-SLDataLakeDelegatedAdministrator @C -Force -WhatIf
        Get-NewRequest | Should -BeNullOrEmpty
    }

    It 'unregisters without a delegated administrator as the idempotent operation it is' {
        { Unregister-SLDataLakeDelegatedAdministrator @C -Force -ErrorAction Stop } | Should -Not -Throw
        (Get-NewRequest).Operation | Should -Be 'DeregisterDataLakeDelegatedAdministrator'
    }
}

Describe 'Completion' {
    BeforeAll {
        function script:Complete([string] $Line) { (TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches.CompletionText }
    }

    It 'completes <Command> -DataLakeRegion with Security Lake Regions' -TestCases @(
        @{ Command = 'New-SLDataLakeOrganizationConfiguration' }
        @{ Command = 'Get-SLDataLakeOrganizationConfiguration' }
        @{ Command = 'Remove-SLDataLakeOrganizationConfiguration' }
    ) {
        param($Command)
        $regions = Complete "$Command -DataLakeRegion eu-"
        $regions | Should -Contain 'eu-west-1'
        $regions | Should -Not -Contain 'eu-south-1'
    }

    It 'completes -SourceName with the GA source names' {
        Complete 'New-SLDataLakeOrganizationConfiguration -SourceName CLOUD' | Should -Be @('CLOUD_TRAIL_MGMT')
        Complete 'Remove-SLDataLakeOrganizationConfiguration -SourceName S' | Sort-Object | Should -Be @('S3_DATA', 'SH_FINDINGS')
    }
}
