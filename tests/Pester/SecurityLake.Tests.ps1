#Requires -Version 5.1
# Pester 5 tests of the built module's Security Lake cmdlets against the local emulator (run by build.sh/build.ps1 when pwsh is present).

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SecLakeTestHelpers.psm1') -Force
    Import-Module (Get-SecLakeModulePath) -Force
    $script:Emulator = Start-SecLakeEmulator -DataLakeDelaySeconds 1
    $script:C = $Emulator.Connection
    $script:Role = 'arn:aws:iam::123456789012:role/AmazonSecurityLakeMetaStoreManager'
    $script:Key = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'
    $script:Uuid = '^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$'

    function script:Get-SentRequest([string] $Operation) {
        @(Get-EmulatorRequest $script:Emulator | Where-Object Operation -eq $Operation)
    }
}

AfterAll {
    Stop-SecLakeEmulator $script:Emulator
    Remove-Module SecLake -ErrorAction SilentlyContinue
}

Describe 'Module' {
    It 'exports every Security Lake cmdlet' {
        $names = (Get-Command -Module SecLake).Name
        foreach ($expected in 'New-SLDataLake', 'Get-SLDataLake', 'Update-SLDataLake', 'Remove-SLDataLake',
            'New-SLSubscriber', 'Get-SLSubscriber', 'Update-SLSubscriber', 'Remove-SLSubscriber',
            'Add-SLResourceTag', 'Get-SLResourceTag', 'Remove-SLResourceTag') {
            $names | Should -Contain $expected
        }
    }
}

Describe 'New-SLDataLake' {
    BeforeEach { Reset-Emulator $script:Emulator }

    It 'creates two data lakes from the documented example, retention as transition and expiration' {
        $lakes = New-SLDataLake @C -DataLakeRegion us-east-1, eu-west-1 -MetaStoreManagerRoleArn $Role `
            -RetentionSetting @{ retentionPeriod = 365; storageClass = 'GLACIER' }, @{ retentionPeriod = 3650; storageClass = 'EXPIRE' }
        $lakes.Count | Should -Be 2
        $lakes[0].PSObject.TypeNames[0] | Should -Be 'SecLake.SecurityLake.DataLake'
        $lakes.Region | Should -Be @('us-east-1', 'eu-west-1')
        $lakes[0].DataLakeArn | Should -Be 'arn:aws:securitylake:us-east-1:123456789012:data-lake/default'
        $lakes[0].CreateStatus | Should -Be 'INITIALIZED'
        $lakes[0].RetentionSettings.StorageClass | Should -Be @('GLACIER', 'EXPIRE')
        $lakes[0].RetentionSettings.RetentionPeriod | Should -Be @(365, 3650)

        $create = Get-SentRequest CreateDataLake
        $create.Count | Should -Be 1
        $body = $create[0].Body | ConvertFrom-Json
        $body.metaStoreManagerRoleArn | Should -Be $Role
        $body.configurations.region | Should -Be @('us-east-1', 'eu-west-1')
        $body.configurations[0].lifecycleConfiguration.expiration.days | Should -Be 3650
        $body.configurations[0].lifecycleConfiguration.transitions[0].days | Should -Be 365
        $body.configurations[0].lifecycleConfiguration.transitions[0].storageClass | Should -Be 'GLACIER'
    }

    It 'updates Regions already enabled when run again with -EncryptionKey, rather than failing' {
        New-SLDataLake @C -DataLakeRegion us-east-1, eu-west-1 -MetaStoreManagerRoleArn $Role -Wait | Out-Null
        $lakes = New-SLDataLake @C -DataLakeRegion us-east-1, eu-west-1 -EncryptionKey $Key -Wait
        $lakes.EncryptionKey | Should -Be @($Key, $Key)
        $lakes.UpdateStatus | Should -Be @('COMPLETED', 'COMPLETED')
        (Get-SentRequest CreateDataLake).Count | Should -Be 1
        (Get-SentRequest UpdateDataLake).Count | Should -Be 1
    }

    It 'waits for COMPLETED with -Wait' {
        (New-SLDataLake @C -DataLakeRegion us-east-1 -MetaStoreManagerRoleArn $Role -Wait).CreateStatus | Should -Be 'COMPLETED'
    }

    It 'lets a -Configuration entry override the flat value for its Region, keys case-insensitive' {
        $lakes = New-SLDataLake @C -DataLakeRegion us-east-1, eu-west-1 -MetaStoreManagerRoleArn $Role -EncryptionKey 'alias/all' `
            -Configuration @{ 'EU-WEST-1' = @{ EncryptionKey = 'alias/eu'; RETENTIONSETTINGS = @(@{ retentionPeriod = 30; storageClass = 'expire' }) } }
        $lakes.EncryptionKey | Should -Be @('alias/all', 'alias/eu')
        $lakes[0].RetentionSettings | Should -BeNullOrEmpty
        $lakes[1].RetentionSettings[0].StorageClass | Should -Be 'EXPIRE'
    }

    It 'gives each data lake exactly its own tags' {
        $lakes = New-SLDataLake @C -DataLakeRegion us-east-1, eu-west-1 -MetaStoreManagerRoleArn $Role -Tag @{ team = 'sec' } `
            -Configuration @{ 'eu-west-1' = @{ tagsMap = @{ team = 'eu'; extra = '1' } } }
        $lakes[0].Tags.Keys | Should -Be @('team')
        $lakes[0].Tags['team'] | Should -Be 'sec'
        ($lakes[1].Tags.Keys | Sort-Object) | Should -Be @('extra', 'team')
        (Get-SentRequest CreateDataLake).Count | Should -Be 2

        $retagged = New-SLDataLake @C -DataLakeRegion us-east-1, eu-west-1 -Tag @{ team = 'blue' }
        $retagged | ForEach-Object { $_.Tags.Keys | Should -Be @('team'); $_.Tags['team'] | Should -Be 'blue' }
        (Get-SentRequest UpdateDataLake).Count | Should -Be 0
    }

    It 'enables every Region of the partition with -EnableAll' {
        $lakes = New-SLDataLake @C -EnableAll -MetaStoreManagerRoleArn $Role
        $lakes.Count | Should -Be 17
        $lakes.Region | Should -Contain 'sa-east-1'
    }

    It 'refuses <Case> before any request, naming the offending value' -TestCases @(
        @{ Case = 'an unknown Region'; Arguments = @{ DataLakeRegion = 'us-east-9' }; Message = "'us-east-9' is not a Security Lake Region" }
        @{ Case = 'an unknown configuration key'; Arguments = @{ DataLakeRegion = 'us-east-1'; Configuration = @{ 'us-east-1' = @{ encryption = 'k' } } }; Message = "unknown key 'encryption'. Valid keys: encryptionKey" }
        @{ Case = 'a retention period below 1'; Arguments = @{ DataLakeRegion = 'us-east-1'; RetentionSetting = @(@{ retentionPeriod = 0; storageClass = 'EXPIRE' }) }; Message = 'retentionPeriod is 0' }
        @{ Case = 'an unknown storage class'; Arguments = @{ DataLakeRegion = 'us-east-1'; RetentionSetting = @(@{ retentionPeriod = 30; storageClass = 'COLD' }) }; Message = "'COLD' is not a storage class" }
        @{ Case = 'a configuration for a Region not selected'; Arguments = @{ DataLakeRegion = 'us-east-1'; Configuration = @{ 'eu-west-1' = @{ encryptionKey = 'k' } } }; Message = "Region 'eu-west-1', which is not among the selected Regions" }
    ) {
        param($Case, $Arguments, $Message)
        New-SLDataLake @C @Arguments -MetaStoreManagerRoleArn $Role -ErrorAction SilentlyContinue -ErrorVariable failed | Should -BeNullOrEmpty
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'InvalidParameterValue,*'
        $failed[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $failed[0].ErrorDetails.Message | Should -Match ([regex]::Escape($Message))
        @(Get-EmulatorRequest $script:Emulator).Count | Should -Be 0
    }

    It 'refuses a Region to create without -MetaStoreManagerRoleArn, sending only the read' {
        New-SLDataLake @C -DataLakeRegion us-east-1 -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'InvalidParameterValue,*'
        $failed[0].ErrorDetails.Message | Should -Match 'MetaStoreManagerRoleArn is required.*us-east-1'
        (Get-EmulatorRequest $script:Emulator).Operation | Should -Be @('ListDataLakes')
    }

    It 'refuses a malformed Region or role ARN in parameter binding' {
        { New-SLDataLake @C -DataLakeRegion 'useast1' -MetaStoreManagerRoleArn $Role } | Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
        { New-SLDataLake @C -DataLakeRegion 'us-east-1' -MetaStoreManagerRoleArn 'role/x' } | Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
    }

    It 'takes -DataLakeRegion or -EnableAll, not both' {
        { New-SLDataLake @C -DataLakeRegion us-east-1 -EnableAll -MetaStoreManagerRoleArn $Role } | Should -Throw -ErrorId 'AmbiguousParameterSet,*'
    }

    It 'sends nothing with -WhatIf' {
        New-SLDataLake @C -DataLakeRegion us-east-1 -MetaStoreManagerRoleArn $Role -WhatIf
        @(Get-EmulatorRequest $script:Emulator).Count | Should -Be 0
    }
}

Describe 'Get-SLDataLake' {
    BeforeAll {
        Reset-Emulator $script:Emulator
        New-SLDataLake @C -DataLakeRegion us-east-1, eu-west-1 -MetaStoreManagerRoleArn $Role -Tag @{ team = 'sec' } | Out-Null
    }

    It 'gets every data lake' { (Get-SLDataLake @C).Region | Sort-Object | Should -Be @('eu-west-1', 'us-east-1') }
    It 'gets data lakes by Region, with their tags' {
        $lake = Get-SLDataLake @C -DataLakeRegion eu-west-1
        $lake.Region | Should -Be 'eu-west-1'
        $lake.Tags['team'] | Should -Be 'sec'
        $lake.S3BucketArn | Should -Match '^arn:aws:s3:::aws-security-data-lake-eu-west-1-'
    }

    It 'refuses a Region with a trailing newline in parameter binding, before any request' {
        # Control characters are refused while binding; the model's pattern (ECMAScript's $, the very end) would refuse it too.
        $before = @(Get-EmulatorRequest $script:Emulator).Count
        { Get-SLDataLake @C -DataLakeRegion "us-east-1`n" } | Should -Throw -ErrorId 'ParameterArgumentTransformationError,*' -ExpectedMessage "*'DataLakeRegion'*control character*"
        @(Get-EmulatorRequest $script:Emulator).Count | Should -Be $before
    }

    It 'writes ObjectNotFound for a Region without a data lake' {
        Get-SLDataLake @C -DataLakeRegion ap-south-1 -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'DataLakeNotFound,*'
        $failed[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failed[0].TargetObject | Should -Be 'ap-south-1'
    }

    It 'gets data lakes for all 17 Regions of the partition, one ListDataLakes with 17 values signed correctly' {
        # 17 values of one query parameter is where AWSSDK.Core's own signer starts signing a wrong order.
        $regions = 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-south-1', 'ap-southeast-1', 'ap-southeast-2',
            'ca-central-1', 'eu-central-1', 'eu-north-1', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'sa-east-1',
            'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2'
        $before = @(Get-SentRequest ListDataLakes).Count
        $lakes = Get-SLDataLake @C -DataLakeRegion $regions -ErrorAction SilentlyContinue -ErrorVariable failed
        ($lakes.Region | Sort-Object) | Should -Be @('eu-west-1', 'us-east-1')
        # The other 15 Regions have no data lake: each is reported as not found, nothing else goes wrong.
        $failed.Count | Should -Be 15
        $failed | ForEach-Object { $_.FullyQualifiedErrorId | Should -BeLike 'DataLakeNotFound,*' }
        $list = @(Get-SentRequest ListDataLakes)
        $list.Count | Should -Be ($before + 1)
        $list[-1].StatusCode | Should -Be 200
        @($list[-1].QueryString -split '&' | Where-Object { $_ -like 'regions=*' }).Count | Should -Be 17
    }
}

Describe 'Update-SLDataLake' {
    BeforeAll {
        Reset-Emulator $script:Emulator
        New-SLDataLake @C -DataLakeRegion us-east-1, eu-west-1 -MetaStoreManagerRoleArn $Role `
            -RetentionSetting @{ retentionPeriod = 90; storageClass = 'EXPIRE' } -Wait | Out-Null
    }

    It 'updates data lakes piped from Get-SLDataLake, keeping the settings not given' {
        $lake = Get-SLDataLake @C -DataLakeRegion eu-west-1 | Update-SLDataLake @C -EncryptionKey $Key -Wait
        $lake.EncryptionKey | Should -Be $Key
        $lake.RetentionSettings[0].RetentionPeriod | Should -Be 90
        $lake.UpdateStatus | Should -Be 'COMPLETED'
    }

    It 'refuses a Region that is not enabled' {
        Update-SLDataLake @C -DataLakeRegion ap-south-1 -EncryptionKey $Key -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'InvalidParameterValue,*'
        $failed[0].ErrorDetails.Message | Should -Match 'not enabled in ap-south-1'
    }

    It 'says so when there is nothing to update' {
        Update-SLDataLake @C -DataLakeRegion us-east-1 -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].ErrorDetails.Message | Should -Match 'Nothing to update'
    }
}

Describe 'Remove-SLDataLake' {
    BeforeEach {
        Reset-Emulator $script:Emulator
        New-SLDataLake @C -DataLakeRegion us-east-1, eu-west-1 -MetaStoreManagerRoleArn $Role | Out-Null
    }

    It 'removes data lakes piped from Get-SLDataLake' {
        Get-SLDataLake @C -DataLakeRegion eu-west-1 | Remove-SLDataLake @C -Confirm:$false
        (Get-SLDataLake @C).Region | Should -Be @('us-east-1')
    }

    It 'sends nothing with -WhatIf, even with -Force' {
        $before = @(Get-EmulatorRequest $script:Emulator).Count
        Remove-SLDataLake @C -DataLakeRegion us-east-1 -Force -WhatIf
        @(Get-EmulatorRequest $script:Emulator).Count | Should -Be $before
    }

    It 'writes ResourceNotFoundException for a Region without a data lake' {
        Remove-SLDataLake @C -DataLakeRegion ap-south-1 -Force -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'ResourceNotFoundException,*'
        $failed[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failed[0].ErrorDetails.Message | Should -Match 'request id'
    }
}

Describe 'New-SLSubscriber' {
    BeforeAll {
        Reset-Emulator $script:Emulator
        New-SLDataLake @C -DataLakeRegion us-east-1 -MetaStoreManagerRoleArn $Role | Out-Null
    }

    It 'creates a subscriber from the documented parameters, keeping the documented names' {
        $s = New-SLSubscriber @C -AccountId 123456789012 -ExternalId ext-1 -AwsSourceType CLOUD_TRAIL, VPC_FLOW -SubscriberName auditors -AccessType S3
        $s.PSObject.TypeNames[0] | Should -Be 'SecLake.SecurityLake.Subscriber'
        $s.SubscriptionId | Should -Match $Uuid
        $s.SubscriptionId | Should -Be $s.SubscriberId
        $s.RoleArn | Should -Match '^arn:aws:iam::123456789012:role/'
        $s.S3BucketArn | Should -Match '^arn:aws:s3:::'
        $s.SubscriberArn | Should -Be "arn:aws:securitylake:us-east-1:123456789012:subscriber/$($s.SubscriptionId)"
        $s.Sources.AwsSourceType | Should -Be @('CLOUD_TRAIL_MGMT', 'VPC_FLOW')
        $s.AccessTypes | Should -Be @('S3')
        $s.Status | Should -Be 'ACTIVE'
        $s.CreatedAt | Should -BeOfType [datetime]

        $body = (Get-SentRequest CreateSubscriber)[-1].Body | ConvertFrom-Json
        $body.subscriberIdentity.principal | Should -Be '123456789012'
        $body.subscriberIdentity.externalId | Should -Be 'ext-1'
        $body.sources.awsLogSource.sourceName | Should -Be @('CLOUD_TRAIL_MGMT', 'VPC_FLOW')
    }

    It 'takes the documented source objects' {
        $s = New-SLSubscriber @C -AccountId 123456789012 -ExternalId ext-2 -SubscriberName objects `
            -SourceType @{ awsSourceType = 'ROUTE53' }, @{ customSourceType = 'app-logs'; sourceVersion = '1.0' }
        $s.Sources[0].AwsSourceType | Should -Be 'ROUTE53'
        $s.Sources[1].CustomSourceType | Should -Be 'app-logs'
        $s.Sources[1].SourceVersion | Should -Be '1.0'
    }

    It 'sends -CustomSourceType <Name> as the custom source name' -TestCases @(
        @{ Name = 'edr-events'; Subscriber = 'edr' }
        @{ Name = 'my_source:v1.0'; Subscriber = 'mine' }
    ) {
        param($Name, $Subscriber)
        $s = New-SLSubscriber @C -AccountId 123456789012 -ExternalId "ext-$Subscriber" -CustomSourceType $Name -SubscriberName $Subscriber
        $s.Sources.CustomSourceType | Should -Be $Name
        $body = (Get-SentRequest CreateSubscriber)[-1].Body | ConvertFrom-Json
        $body.subscriberName | Should -Be $Subscriber
        $body.sources.customLogSource.sourceName | Should -Be $Name
    }

    It 'refuses a custom source name the model refuses in parameter binding, before any request' -TestCases @(
        @{ Case = 'a space'; Name = 'edr events' }
        @{ Case = 'an accented letter'; Name = "caf$([char]0xE9)" }
        @{ Case = 'the Kelvin sign, which matches [A-Za-z] only case-insensitively'; Name = [string][char]0x212A }
    ) {
        param($Case, $Name)
        $before = @(Get-EmulatorRequest $script:Emulator).Count
        { New-SLSubscriber @C -AccountId 123456789012 -ExternalId ext-x -CustomSourceType $Name -SubscriberName x } |
            Should -Throw -ErrorId 'ParameterArgumentValidationError,*' -ExpectedMessage "*'CustomSourceType'*"
        @(Get-EmulatorRequest $script:Emulator).Count | Should -Be $before
    }

    It 'fails in parameter binding for -AccountId 12345' {
        { New-SLSubscriber @C -AccountId 12345 -ExternalId ext-1 -AwsSourceType VPC_FLOW -SubscriberName x } | Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
    }

    It 'refuses an unknown source type in parameter binding' {
        { New-SLSubscriber @C -AccountId 123456789012 -ExternalId ext-1 -AwsSourceType GUARDDUTY -SubscriberName x } | Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
    }

    It 'requires at least one source, before any request' {
        $before = @(Get-EmulatorRequest $script:Emulator).Count
        New-SLSubscriber @C -AccountId 123456789012 -ExternalId ext-1 -SubscriberName nosource -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'InvalidParameterValue,*'
        $failed[0].ErrorDetails.Message | Should -Match 'At least one source'
        @(Get-EmulatorRequest $script:Emulator).Count | Should -Be $before
    }

    It 'sends nothing with -WhatIf' {
        $before = @(Get-EmulatorRequest $script:Emulator).Count
        New-SLSubscriber @C -AccountId 123456789012 -ExternalId ext-1 -AwsSourceType WAF -SubscriberName whatif -WhatIf
        @(Get-EmulatorRequest $script:Emulator).Count | Should -Be $before
    }

    It 'onboards 50 subscribers from a CSV: one error record for the bad row, 49 created' {
        $csv = Join-Path $TestDrive 'subscribers.csv'
        $rows = foreach ($i in 1..50) {
            [pscustomobject]@{
                AccountId      = if ($i -eq 17) { '12345' } else { '{0:D12}' -f (210000000000 + $i) }
                ExternalId     = "ext-$i"
                AwsSourceType  = 'CLOUD_TRAIL,VPC_FLOW'
                SubscriberName = "team-$i"
                AccessType     = 'S3'
            }
        }
        $rows | Export-Csv -Path $csv -NoTypeInformation
        $created = Import-Csv $csv | New-SLSubscriber @C -ErrorAction SilentlyContinue -ErrorVariable failed
        @($created).Count | Should -Be 49
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'ParameterArgumentValidationError,*'
        $created[0].Sources.AwsSourceType | Should -Be @('CLOUD_TRAIL_MGMT', 'VPC_FLOW')
        $created.SubscriberName | Should -Not -Contain 'team-17'
    }
}

Describe 'Get-, Update- and Remove-SLSubscriber' {
    BeforeAll {
        Reset-Emulator $script:Emulator
        New-SLDataLake @C -DataLakeRegion us-east-1 -MetaStoreManagerRoleArn $Role | Out-Null
        $script:Subscribers = 'one', 'two', 'three' | ForEach-Object {
            New-SLSubscriber @C -AccountId 123456789012 -ExternalId "ext-$_" -AwsSourceType S3_DATA -SubscriberName $_
        }
    }

    It 'gets all subscribers' { (Get-SLSubscriber @C).SubscriberName | Sort-Object | Should -Be @('one', 'three', 'two') }
    It 'refuses an upper-case subscription id in parameter binding, before any request' {
        # The model's UUID pattern is lower case only; PowerShell's ValidatePattern would ignore case by default.
        $before = @(Get-EmulatorRequest $script:Emulator).Count
        { Get-SLSubscriber @C -SubscriptionId $Subscribers[0].SubscriptionId.ToUpperInvariant() } | Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
        @(Get-EmulatorRequest $script:Emulator).Count | Should -Be $before
    }

    It 'gets a subscriber by subscription id' { (Get-SLSubscriber @C -SubscriptionId $Subscribers[1].SubscriptionId).SubscriberName | Should -Be 'two' }

    It 'updates a subscriber piped from Get-SLSubscriber' {
        $updated = Get-SLSubscriber @C -SubscriptionId $Subscribers[0].SubscriptionId | Update-SLSubscriber @C -SubscriberDescription 'Audit team' -AwsSourceType CLOUD_TRAIL
        $updated.SubscriberDescription | Should -Be 'Audit team'
        $updated.Sources.AwsSourceType | Should -Be @('CLOUD_TRAIL_MGMT')
        $updated.SubscriberName | Should -Be 'one'
    }

    It 'removes a subscriber piped from Get-SLSubscriber' {
        Get-SLSubscriber @C -SubscriptionId $Subscribers[2].SubscriptionId | Remove-SLSubscriber @C -Confirm:$false
        (Get-SLSubscriber @C).SubscriberName | Should -Not -Contain 'three'
    }

    It 'writes ObjectNotFound for a missing subscriber' {
        Get-SLSubscriber @C -SubscriptionId '00000000-0000-4000-8000-000000000000' -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'ResourceNotFoundException,*'
        $failed[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }
}

Describe 'Tags' {
    BeforeAll {
        Reset-Emulator $script:Emulator
        $script:Lake = New-SLDataLake @C -DataLakeRegion us-east-1 -MetaStoreManagerRoleArn $Role -Tag @{ team = 'blue' }
    }

    It 'adds, lists and removes tags through the pipeline' {
        $script:Lake | Add-SLResourceTag @C -Tag @{ env = 'test' }
        $tags = $script:Lake | Get-SLResourceTag @C
        $tags[0].PSObject.TypeNames[0] | Should -Be 'SecLake.ResourceTag'
        ($tags | Sort-Object Key).Key | Should -Be @('env', 'team')
        $tags | Where-Object Key -eq 'env' | Remove-SLResourceTag @C -Force
        (Get-SLResourceTag @C -ResourceArn $script:Lake.DataLakeArn).Key | Should -Be @('team')
    }

    It 'refuses an ARN that is not a Security Lake ARN in parameter binding' {
        { Get-SLResourceTag @C -ResourceArn 'arn:aws:s3:::bucket' } | Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
    }
}

Describe 'Service errors' {
    BeforeEach { Reset-Emulator $script:Emulator }

    It 'reports throttling that outlasts the SDK retries as LimitsExceeded' {
        Add-EmulatorFault $script:Emulator -Service securitylake -Operation ListSubscribers -StatusCode 429 -ErrorCode ThrottlingException -Count 20 -RetryAfterSeconds 1
        Get-SLSubscriber @C -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'ThrottlingException,*'
        $failed[0].CategoryInfo.Category | Should -Be 'LimitsExceeded'
    }

    It 'reports a bad signature as PermissionDenied' {
        Get-SLDataLake -EndpointUrl $script:Emulator.Url -Region us-east-1 -AccessKey $C.AccessKey -SecretKey 'wrong' -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
    }
}

Describe 'Prompts of the cmdlets that take a piped subscriber' {
    BeforeAll {
        # -WhatIf lines go to the host, not to a stream: one child pwsh runs every command and prints them.
        $pwsh = Get-PowerShellCommand
        $script:Id = '11111111-2222-3333-4444-555555555555'
        $commands = @(
            'Remove-SLSubscriber'
            'Remove-SLSubscriberNotification'
            'New-SLSubscriberNotification -SqsQueue'
            'Update-SLSubscriberNotification -SqsQueue'
        )
        $script = "Import-Module '$(Get-SecLakeModulePath)'; `$piped = [pscustomobject]@{ SubscriptionId = '$script:Id'; SubscriberName = 'auditors' }; " +
            (($commands | ForEach-Object { "`$piped | $_ -EndpointUrl '$($Emulator.Url)' -Region us-east-1 -AccessKey AK -SecretKey SK -WhatIf" }) -join '; ') +
            "; Remove-SLSubscriber -SubscriptionId '$script:Id' -EndpointUrl '$($Emulator.Url)' -Region us-east-1 -AccessKey AK -SecretKey SK -WhatIf"
        $before = @(Get-EmulatorRequest $script:Emulator).Count
        $script:Printed = @(& $pwsh.Program @($pwsh.Arguments) -NoProfile -NonInteractive -Command $script)
        $script:Sent = @(Get-EmulatorRequest $script:Emulator).Count - $before
    }

    It 'names a piped subscriber beside its id in -WhatIf: <Action>' -ForEach @(
        @{ Action = 'Remove Security Lake subscriber' }
        @{ Action = 'Remove Security Lake subscriber notification' }
        @{ Action = 'Create Security Lake subscriber notification (SQS queue)' }
        @{ Action = 'Update Security Lake subscriber notification (SQS queue)' }
    ) {
        $expected = "What if: Performing the operation `"$Action`" on target `"'auditors' ($script:Id)`"."
        $script:Printed | Should -Contain $expected
    }

    It 'names a typed id alone, and sends nothing under -WhatIf' {
        $script:Printed[-1] | Should -Be "What if: Performing the operation `"Remove Security Lake subscriber`" on target `"$script:Id`"."
        $script:Printed.Count | Should -Be 5
        $script:Sent | Should -Be 0
    }
}

# Each cmdlet's [ServiceOperation] attributes say which operations of its service model it sends; the xunit test
# ServiceOperationCoverageTests fails on a GA operation no cmdlet names. The samples below keep the names true for every
# Security Lake cmdlet (they are all here, whichever file tests a cmdlet otherwise): between them they take each of a
# cmdlet's paths against the emulator, and the operations it recorded must be exactly the ones the attributes name. A
# Security Lake cmdlet without samples fails: add its samples here.
Describe 'Every Security Lake cmdlet sends exactly the operations its [ServiceOperation] attributes name' {
    BeforeDiscovery {
        Import-Module (Join-Path $PSScriptRoot 'SecLakeTestHelpers.psm1') -Force
        Import-Module (Get-SecLakeModulePath) -Force
        $script:ServiceCmdlets = @(Get-ServiceCmdletName securitylake | ForEach-Object { @{ Name = $_ } })
    }

    BeforeAll {
        $script:Sampler = Start-SecLakeEmulator -LedgerDelaySeconds 0 -DataLakeDelaySeconds 0
        $script:SampleConnection = $Sampler.Connection

        # Setups make the state a sample needs (their requests are not counted) and hand what they made to Run.
        $script:LakeSetup = { New-SLDataLake @SampleConnection -DataLakeRegion us-east-1 -MetaStoreManagerRoleArn $Role -Tag @{ team = 'a'; old = 'x' } }
        $script:SubscriberSetup = {
            & $script:LakeSetup | Out-Null
            New-SLSubscriber @SampleConnection -AccountId 210987654321 -ExternalId ext-1 -AwsSourceType VPC_FLOW -SubscriberName s
        }
        $script:AutoEnabledSetup = {
            & $script:LakeSetup | Out-Null
            New-SLDataLakeOrganizationConfiguration @SampleConnection -DataLakeRegion us-east-1 -SourceName WAF
        }
        $script:AwsSourceSetup = {
            & $script:LakeSetup | Out-Null
            New-SLAwsLogSource @SampleConnection -SourceName VPC_FLOW -DataLakeRegion us-east-1 -AccountId 123456789012
        }
        $script:CustomParameters = @{ SourceName = 'edr-events'; EventClass = 'FILE_ACTIVITY'; CrawlerRoleArn = 'arn:aws:iam::123456789012:role/Crawler'; ProviderPrincipal = '210987654321'; ExternalId = 'edr-ext-1' }
        $script:CustomSourceSetup = {
            & $script:LakeSetup | Out-Null
            New-SLCustomLogSource @SampleConnection @script:CustomParameters
        }
        $script:NotifiedSetup = {
            $s = & $script:SubscriberSetup | Select-Object -Last 1
            New-SLSubscriberNotification @SampleConnection -SubscriptionId $s.SubscriptionId -SqsQueue | Out-Null
            $s
        }
        $script:ExceptionSubscriptionSetup = {
            & $script:LakeSetup | Out-Null
            New-SLDataLakeExceptionSubscription @SampleConnection -NotificationEndpoint 123456789012 -SubscriptionProtocol email
        }

        $script:Samples = @{
            'New-SLDataLake'                              = @(
                @{ Run = { New-SLDataLake @SampleConnection -DataLakeRegion us-east-1 -MetaStoreManagerRoleArn $Role -Tag @{ team = 'a' } } }
                @{ Setup = $script:LakeSetup; Run = { New-SLDataLake @SampleConnection -DataLakeRegion us-east-1 -EncryptionKey alias/k -Tag @{ team = 'b' } } }
            )
            'Get-SLDataLake'                              = @(@{ Setup = $script:LakeSetup; Run = { Get-SLDataLake @SampleConnection } })
            'Update-SLDataLake'                           = @(@{ Setup = $script:LakeSetup; Run = { Update-SLDataLake @SampleConnection -DataLakeRegion us-east-1 -EncryptionKey alias/k -Tag @{ team = 'b' } } })
            'Remove-SLDataLake'                           = @(@{ Setup = $script:LakeSetup; Run = { Remove-SLDataLake @SampleConnection -DataLakeRegion us-east-1 -Force } })
            'New-SLSubscriber'                            = @(@{ Setup = $script:LakeSetup; Run = { New-SLSubscriber @SampleConnection -AccountId 210987654321 -ExternalId ext-1 -AwsSourceType VPC_FLOW -SubscriberName s } })
            'Get-SLSubscriber'                            = @(
                @{ Setup = $script:SubscriberSetup; Run = { Get-SLSubscriber @SampleConnection } }
                @{ Setup = $script:SubscriberSetup; Run = { param($s) Get-SLSubscriber @SampleConnection -SubscriptionId $s.SubscriptionId } }
            )
            'Update-SLSubscriber'                         = @(@{ Setup = $script:SubscriberSetup; Run = { param($s) Update-SLSubscriber @SampleConnection -SubscriptionId $s.SubscriptionId -SubscriberName renamed } })
            'Remove-SLSubscriber'                         = @(@{ Setup = $script:SubscriberSetup; Run = { param($s) Remove-SLSubscriber @SampleConnection -SubscriptionId $s.SubscriptionId -Force } })
            'Add-SLResourceTag'                           = @(@{ Setup = $script:LakeSetup; Run = { param($l) Add-SLResourceTag @SampleConnection -ResourceArn $l.DataLakeArn -Tag @{ b = '2' } -PassThru } })
            'Get-SLResourceTag'                           = @(@{ Setup = $script:LakeSetup; Run = { param($l) Get-SLResourceTag @SampleConnection -ResourceArn $l.DataLakeArn } })
            'Remove-SLResourceTag'                        = @(@{ Setup = $script:LakeSetup; Run = { param($l) Remove-SLResourceTag @SampleConnection -ResourceArn $l.DataLakeArn -TagKey old -Force } })
            'New-SLDataLakeOrganizationConfiguration'     = @(@{ Setup = $script:LakeSetup; Run = { New-SLDataLakeOrganizationConfiguration @SampleConnection -DataLakeRegion us-east-1 -SourceName WAF -PassThru } })
            'Get-SLDataLakeOrganizationConfiguration'     = @(@{ Setup = $script:AutoEnabledSetup; Run = { Get-SLDataLakeOrganizationConfiguration @SampleConnection } })
            'Remove-SLDataLakeOrganizationConfiguration'  = @(@{ Setup = $script:AutoEnabledSetup; Run = { Remove-SLDataLakeOrganizationConfiguration @SampleConnection -DataLakeRegion us-east-1 -SourceName WAF -Force } })
            'Register-SLDataLakeDelegatedAdministrator'   = @(@{ Run = { Register-SLDataLakeDelegatedAdministrator @SampleConnection -AccountId 210987654321 -Force } })
            'Unregister-SLDataLakeDelegatedAdministrator' = @(@{ Run = { Unregister-SLDataLakeDelegatedAdministrator @SampleConnection -Force } })

            # ---- log sources (13A) ----
            'New-SLAwsLogSource'                          = @(@{ Setup = $script:LakeSetup; Run = { New-SLAwsLogSource @SampleConnection -SourceName VPC_FLOW -DataLakeRegion us-east-1 -AccountId 123456789012 } })
            'Get-SLLogSource'                             = @(@{ Setup = $script:AwsSourceSetup; Run = { Get-SLLogSource @SampleConnection } })
            'Remove-SLAwsLogSource'                       = @(@{ Setup = $script:AwsSourceSetup; Run = { Remove-SLAwsLogSource @SampleConnection -SourceName VPC_FLOW -DataLakeRegion us-east-1 -AccountId 123456789012 -Force } })
            'New-SLCustomLogSource'                       = @(@{ Setup = $script:LakeSetup; Run = { New-SLCustomLogSource @SampleConnection @script:CustomParameters } })
            'Remove-SLCustomLogSource'                    = @(@{ Setup = $script:CustomSourceSetup; Run = { Remove-SLCustomLogSource @SampleConnection -SourceName edr-events -Force } })
            'Get-SLDataLakeSource'                        = @(@{ Setup = $script:AwsSourceSetup; Run = { Get-SLDataLakeSource @SampleConnection } })
            # ---- notifications and the exception subscription (13B) ----
            'New-SLSubscriberNotification'                = @(@{ Setup = $script:SubscriberSetup; Run = { param($s) New-SLSubscriberNotification @SampleConnection -SubscriptionId $s.SubscriptionId -SqsQueue } })
            'Update-SLSubscriberNotification'             = @(@{ Setup = $script:NotifiedSetup; Run = { param($s) Update-SLSubscriberNotification @SampleConnection -SubscriptionId $s.SubscriptionId -SqsQueue } })
            'Remove-SLSubscriberNotification'             = @(@{ Setup = $script:NotifiedSetup; Run = { param($s) Remove-SLSubscriberNotification @SampleConnection -SubscriptionId $s.SubscriptionId -Force } })
            'New-SLDataLakeExceptionSubscription'         = @(@{ Setup = $script:LakeSetup; Run = { New-SLDataLakeExceptionSubscription @SampleConnection -NotificationEndpoint 123456789012 -SubscriptionProtocol email } })
            'Get-SLDataLakeExceptionSubscription'         = @(@{ Setup = $script:ExceptionSubscriptionSetup; Run = { Get-SLDataLakeExceptionSubscription @SampleConnection } })
            'Update-SLDataLakeExceptionSubscription'      = @(@{ Setup = $script:ExceptionSubscriptionSetup; Run = { Update-SLDataLakeExceptionSubscription @SampleConnection -NotificationEndpoint ops@example.com -SubscriptionProtocol email-json } })
            'Remove-SLDataLakeExceptionSubscription'      = @(@{ Setup = $script:ExceptionSubscriptionSetup; Run = { Remove-SLDataLakeExceptionSubscription @SampleConnection -Force } })
            'Get-SLDataLakeException'                     = @(@{ Setup = $script:LakeSetup; Run = { Get-SLDataLakeException @SampleConnection } })
        }
    }

    AfterAll { Stop-SecLakeEmulator $script:Sampler }

    It '<Name>' -ForEach $ServiceCmdlets {
        Assert-SentOperation $script:Sampler $Name $script:Samples -SamplesFile tests/Pester/SecurityLake.Tests.ps1
    }

    It 'has samples only for Security Lake cmdlets' {
        $cmdlets = Get-ServiceCmdletName securitylake
        $cmdlets | Should -Not -BeNullOrEmpty
        @($script:Samples.Keys | Where-Object { $_ -notin $cmdlets }) | Should -BeNullOrEmpty
    }

    It 'catches an attribute that names an operation its cmdlet does not send' {
        # The comparison above, on a cmdlet whose samples take only one of its paths: Get-SLSubscriber without an id.
        $sent = Invoke-OperationSample $script:Sampler $script:Samples['Get-SLSubscriber'][0]
        @($sent.Operation | Sort-Object -Unique) | Should -Not -Be (Get-DeclaredOperation 'Get-SLSubscriber')
        @($sent.Operation | Sort-Object -Unique) | Should -Be @('ListSubscribers')
    }
}
