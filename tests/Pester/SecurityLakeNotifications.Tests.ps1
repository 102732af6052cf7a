#Requires -Version 5.1
# Pester 5 tests of the built module's subscriber notification, exception subscription and exception cmdlets against
# the local emulator: the requests they send, the natural pipelines, -WhatIf/-Force, refusals before any request,
# completion, 80-column tables, and the HTTPS API key value never appearing in verbose, WhatIf or error text.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SecLakeTestHelpers.psm1') -Force
    Import-Module (Get-SecLakeModulePath) -Force
    $script:Emulator = Start-SecLakeEmulator -DataLakeDelaySeconds 0
    $script:C = $Emulator.Connection
    $script:MetaStoreRole = 'arn:aws:iam::123456789012:role/AmazonSecurityLakeMetaStoreManager'
    $script:TargetRole = 'arn:aws:iam::123456789012:role/EventBridgeApiDestinations'
    # The secret the tests look for: distinctive, so a leak anywhere is found by a plain substring search.
    $script:ApiKey = 'Sup3r-S3cret-ApiKey-7f1c'

    function script:Get-SentRequest([string] $Operation) {
        @(Get-EmulatorRequest $script:Emulator | Where-Object Operation -eq $Operation)
    }

    # A data lake in us-east-1 (and optionally more Regions) and two subscribers in us-east-1.
    function script:Initialize-Lake([string[]] $Region = @('us-east-1')) {
        Reset-Emulator $script:Emulator
        New-SLDataLake @C -DataLakeRegion $Region -MetaStoreManagerRoleArn $script:MetaStoreRole -Wait | Out-Null
        $script:Auditors = New-SLSubscriber @C -AccountId 210987654321 -ExternalId ext-1 -AwsSourceType CLOUD_TRAIL -SubscriberName auditors
        $script:Analytics = New-SLSubscriber @C -AccountId 210987654322 -ExternalId ext-2 -AwsSourceType VPC_FLOW -SubscriberName analytics
    }

    function script:New-HttpsArgument {
        @{ HttpsEndpoint = 'https://hooks.example.com/lake'; TargetRoleArn = $script:TargetRole; AuthorizationApiKeyName = 'X-Api-Key' }
    }
}

AfterAll {
    Stop-SecLakeEmulator $script:Emulator
    Remove-Module SecLake -ErrorAction SilentlyContinue
}

Describe 'Module' {
    It 'exports the notification, exception subscription and exception cmdlets' {
        $names = (Get-Command -Module SecLake).Name
        foreach ($expected in 'New-SLSubscriberNotification', 'Update-SLSubscriberNotification', 'Remove-SLSubscriberNotification',
            'New-SLDataLakeExceptionSubscription', 'Get-SLDataLakeExceptionSubscription', 'Update-SLDataLakeExceptionSubscription',
            'Remove-SLDataLakeExceptionSubscription', 'Get-SLDataLakeException') {
            $names | Should -Contain $expected
        }
    }
}

Describe 'New-SLSubscriberNotification' {
    BeforeEach { Initialize-Lake }

    It 'gives every subscriber Get-SLSubscriber writes an SQS queue: Get-SLSubscriber | New-SLSubscriberNotification -SqsQueue' {
        $notifications = Get-SLSubscriber @C | New-SLSubscriberNotification @C -SqsQueue

        $notifications.Count | Should -Be 2
        $notifications[0].PSObject.TypeNames[0] | Should -Be 'SecLake.SecurityLake.SubscriberNotification'
        $notifications.SubscriptionId | Sort-Object | Should -Be (@($Auditors.SubscriptionId, $Analytics.SubscriptionId) | Sort-Object)
        $notifications.NotificationType | Should -Be @('SQS', 'SQS')
        $notifications[0].SubscriberEndpoint | Should -BeLike 'arn:aws:sqs:us-east-1:123456789012:*'
        $notifications[0].Region | Should -Be 'us-east-1'

        $sent = Get-SentRequest CreateSubscriberNotification
        $sent.Count | Should -Be 2
        $sent.Method | Should -Be @('POST', 'POST')
        $sent.Path | Sort-Object | Should -Be (@($Auditors.SubscriptionId, $Analytics.SubscriptionId) | ForEach-Object { "/v1/subscribers/$_/notification" } | Sort-Object)
        $sent[0].Body | Should -Be '{"configuration":{"sqsNotificationConfiguration":{}}}'
        # The subscriber now shows its queue.
        (Get-SLSubscriber @C -SubscriptionId $Auditors.SubscriptionId).SubscriberEndpoint | Should -Be ($notifications | Where-Object SubscriptionId -eq $Auditors.SubscriptionId).SubscriberEndpoint
    }

    It 'takes the subscriber''s Region from a piped subscriber when -Region is not given' {
        New-SLDataLake @C -DataLakeRegion eu-west-1 -MetaStoreManagerRoleArn $MetaStoreRole -Wait | Out-Null
        $european = New-SLSubscriber @C -Region eu-west-1 -AccountId 210987654323 -ExternalId ext-3 -AwsSourceType WAF -SubscriberName european
        $connection = $C.Clone()
        $connection.Remove('Region')
        $n = Get-SLSubscriber @C -Region eu-west-1 | New-SLSubscriberNotification @connection -SqsQueue
        ($n.SubscriptionId, $n.Region) | Should -Be @($european.SubscriptionId, 'eu-west-1')
        $n.SubscriberEndpoint | Should -BeLike 'arn:aws:sqs:eu-west-1:*'
        $sent = Get-SentRequest CreateSubscriberNotification
        ($sent.Count, $sent[0].Region) | Should -Be @(1, 'eu-west-1')
    }

    It 'sends an HTTPS notification with every member; the key given as text, HttpMethod in any case' {
        $h = New-HttpsArgument
        $n = New-SLSubscriberNotification @C -SubscriptionId $Auditors.SubscriptionId @h -AuthorizationApiKeyValue $ApiKey -HttpMethod put

        $n.NotificationType | Should -Be 'HTTPS'
        $n.SubscriberEndpoint | Should -Be 'https://hooks.example.com/lake'
        $n.HttpMethod | Should -Be 'PUT'
        $n.HasAuthorizationApiKeyValue | Should -BeTrue
        ($n | Format-List * | Out-String) | Should -Not -Match $ApiKey

        $body = (Get-SentRequest CreateSubscriberNotification)[0].Body
        $body | Should -Be ('{"configuration":{"httpsNotificationConfiguration":{"authorizationApiKeyName":"X-Api-Key","authorizationApiKeyValue":"' + $ApiKey +
            '","endpoint":"https://hooks.example.com/lake","httpMethod":"PUT","targetRoleArn":"' + $TargetRole + '"}}}')
    }

    It 'takes the key as a SecureString' {
        $secure = ConvertTo-SecureString $ApiKey -AsPlainText -Force
        $h = New-HttpsArgument
        New-SLSubscriberNotification @C -SubscriptionId $Auditors.SubscriptionId @h -AuthorizationApiKeyValue $secure | Out-Null
        ((Get-SentRequest CreateSubscriberNotification)[0].Body | ConvertFrom-Json).configuration.httpsNotificationConfiguration.authorizationApiKeyValue | Should -Be $ApiKey
    }

    It 'fails with ConflictException for a subscriber that already has a notification' {
        New-SLSubscriberNotification @C -SubscriptionId $Auditors.SubscriptionId -SqsQueue | Out-Null
        New-SLSubscriberNotification @C -SubscriptionId $Auditors.SubscriptionId -SqsQueue -ErrorAction SilentlyContinue -ErrorVariable failed | Should -BeNullOrEmpty
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'ConflictException,*'
    }

    It 'fails with ResourceNotFoundException for a subscriber that does not exist, and goes on with the next record' {
        $missing = '00000000-0000-4000-8000-000000000000'
        $n = $missing, $Auditors.SubscriptionId | New-SLSubscriberNotification @C -SqsQueue -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'ResourceNotFoundException,*'
        $failed[0].TargetObject | Should -Be $missing
        @($n).SubscriptionId | Should -Be @($Auditors.SubscriptionId)
    }

    It 'refuses, before any request, a call that names neither -SqsQueue nor -HttpsEndpoint' {
        New-SLSubscriberNotification @C -SubscriptionId $Auditors.SubscriptionId -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'InvalidParameterValue,*'
        $failed[0].Exception.Message | Should -BeLike '*-SqsQueue*-HttpsEndpoint*'
        (Get-SentRequest CreateSubscriberNotification).Count | Should -Be 0
    }

    It 'refuses <Case> before any request' -TestCases @(
        @{ Case = 'an upper-case subscription id'; Arguments = @{ SubscriptionId = '0F8FAD5B-D9CB-469F-A165-70867728950E'; SqsQueue = $true } }
        @{ Case = 'an ftp endpoint'; Arguments = @{ SubscriptionId = '0f8fad5b-d9cb-469f-a165-70867728950e'; HttpsEndpoint = 'ftp://x'; TargetRoleArn = 'arn:aws:iam::123456789012:role/x' } }
        @{ Case = 'a target role that is a user'; Arguments = @{ SubscriptionId = '0f8fad5b-d9cb-469f-a165-70867728950e'; HttpsEndpoint = 'https://x'; TargetRoleArn = 'arn:aws:iam::123456789012:user/x' } }
        @{ Case = 'an HTTP method the model does not have'; Arguments = @{ SubscriptionId = '0f8fad5b-d9cb-469f-a165-70867728950e'; HttpsEndpoint = 'https://x'; TargetRoleArn = 'arn:aws:iam::123456789012:role/x'; HttpMethod = 'GET' } }
        @{ Case = 'both union members at once'; Arguments = @{ SubscriptionId = '0f8fad5b-d9cb-469f-a165-70867728950e'; SqsQueue = $true; HttpsEndpoint = 'https://x'; TargetRoleArn = 'arn:aws:iam::123456789012:role/x' } }
    ) {
        param($Case, $Arguments)
        { New-SLSubscriberNotification @C @Arguments -AuthorizationApiKeyValue $ApiKey -ErrorAction Stop } | Should -Throw
        (Get-SentRequest CreateSubscriberNotification).Count | Should -Be 0
    }

    It 'sends nothing with -WhatIf' {
        Get-SLSubscriber @C | New-SLSubscriberNotification @C -SqsQueue -WhatIf
        (Get-SentRequest CreateSubscriberNotification).Count | Should -Be 0
    }

    It 'shows a table that fits 80 columns, the queue ARN wrapped rather than cut off' {
        $notifications = Get-SLSubscriber @C | New-SLSubscriberNotification @C -SqsQueue
        $lines = ($notifications | Out-String -Width 80) -split "`r?`n"
        $lines | Where-Object { $_.Length -gt 80 } | Should -BeNullOrEmpty
        $lines | Where-Object { $_ -match '^SubscriptionId\s+Type\s+SubscriberEndpoint' } | Should -Not -BeNullOrEmpty
        $table = ($notifications | Out-String -Width 80) -replace '\s', ''
        foreach ($n in $notifications) { $table | Should -BeLike "*$($n.SubscriberEndpoint)*" }
    }
}

Describe 'Update-SLSubscriberNotification' {
    BeforeEach {
        Initialize-Lake
        New-SLSubscriberNotification @C -SubscriptionId $Auditors.SubscriptionId -SqsQueue | Out-Null
    }

    It 'switches an SQS notification to HTTPS with PUT to the subscriber''s notification' {
        $h = New-HttpsArgument
        $n = Get-SLSubscriber @C -SubscriptionId $Auditors.SubscriptionId | Update-SLSubscriberNotification @C @h -AuthorizationApiKeyValue (ConvertTo-SecureString $ApiKey -AsPlainText -Force)
        $n.NotificationType | Should -Be 'HTTPS'
        $n.SubscriberEndpoint | Should -Be 'https://hooks.example.com/lake'

        $sent = Get-SentRequest UpdateSubscriberNotification
        $sent.Count | Should -Be 1
        $sent[0].Method | Should -Be 'PUT'
        $sent[0].Path | Should -Be "/v1/subscribers/$($Auditors.SubscriptionId)/notification"
        ($sent[0].Body | ConvertFrom-Json).configuration.httpsNotificationConfiguration.endpoint | Should -Be 'https://hooks.example.com/lake'
        (Get-SLSubscriber @C -SubscriptionId $Auditors.SubscriptionId).SubscriberEndpoint | Should -Be 'https://hooks.example.com/lake'
    }

    It 'pipes its own output back: New- output into Update-' {
        $n = Get-SLSubscriber @C -SubscriptionId $Auditors.SubscriptionId | Update-SLSubscriberNotification @C -SqsQueue
        $n.NotificationType | Should -Be 'SQS'
        (Get-SentRequest UpdateSubscriberNotification)[0].Body | Should -Be '{"configuration":{"sqsNotificationConfiguration":{}}}'
    }

    It 'fails with ResourceNotFoundException for a subscriber without a notification' {
        Update-SLSubscriberNotification @C -SubscriptionId $Analytics.SubscriptionId -SqsQueue -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'ResourceNotFoundException,*'
    }

    It 'sends nothing with -WhatIf' {
        Update-SLSubscriberNotification @C -SubscriptionId $Auditors.SubscriptionId -SqsQueue -WhatIf
        (Get-SentRequest UpdateSubscriberNotification).Count | Should -Be 0
    }
}

Describe 'Remove-SLSubscriberNotification' {
    BeforeEach {
        Initialize-Lake
        Get-SLSubscriber @C | New-SLSubscriberNotification @C -SqsQueue | Out-Null
    }

    It 'removes every subscriber''s notification: Get-SLSubscriber | Remove-SLSubscriberNotification -Force' {
        Get-SLSubscriber @C | Remove-SLSubscriberNotification @C -Force | Should -BeNullOrEmpty
        $sent = Get-SentRequest DeleteSubscriberNotification
        $sent.Count | Should -Be 2
        $sent.Method | Should -Be @('DELETE', 'DELETE')
        $sent[0].Body | Should -BeNullOrEmpty
        (Get-SLSubscriber @C).Count | Should -Be 2
        (Get-SLSubscriber @C).SubscriberEndpoint | Where-Object { $_ } | Should -BeNullOrEmpty
    }

    It 'sends nothing with -WhatIf, even with -Force' {
        Get-SLSubscriber @C | Remove-SLSubscriberNotification @C -Force -WhatIf
        (Get-SentRequest DeleteSubscriberNotification).Count | Should -Be 0
    }

    It 'fails with ResourceNotFoundException once the notification is gone' {
        Remove-SLSubscriberNotification @C -SubscriptionId $Auditors.SubscriptionId -Confirm:$false
        Remove-SLSubscriberNotification @C -SubscriptionId $Auditors.SubscriptionId -Force -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'ResourceNotFoundException,*'
    }

    It 'refuses an id that is not a subscription id before any request' {
        { Remove-SLSubscriberNotification @C -SubscriptionId 'auditors' -Force } | Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
        (Get-SentRequest DeleteSubscriberNotification).Count | Should -Be 0
    }
}

Describe 'The HTTPS API key value is a secret' {
    BeforeEach { Initialize-Lake }

    It 'is not in -Verbose output' {
        $h = New-HttpsArgument
        $verbose = New-SLSubscriberNotification @C -SubscriptionId $Auditors.SubscriptionId @h -AuthorizationApiKeyValue $ApiKey -Verbose 4>&1 |
            Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        # The request was made and traced...
        ($verbose | Out-String) | Should -Match 'CreateSubscriberNotification'
        ($verbose | Out-String) | Should -Match 'hooks\.example\.com'
        # ...and the key was sent, but not traced.
        (Get-SentRequest CreateSubscriberNotification)[0].Body | Should -Match $ApiKey
        ($verbose | Out-String) | Should -Not -Match $ApiKey
    }

    It 'is not in the service''s error, nor in the error record PowerShell keeps' {
        $h = New-HttpsArgument
        New-SLSubscriberNotification @C -SubscriptionId $Auditors.SubscriptionId -SqsQueue | Out-Null
        $Error.Clear()
        New-SLSubscriberNotification @C -SubscriptionId $Auditors.SubscriptionId @h -AuthorizationApiKeyValue $ApiKey -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'ConflictException,*'
        $text = ($failed | Format-List * -Force | Out-String) + ($failed[0].Exception | Format-List * -Force | Out-String) +
            [string]$failed[0].TargetObject
        $text | Should -Not -Match $ApiKey
    }

    It 'is not in a refusal' {
        { New-SLSubscriberNotification @C -SubscriptionId $Auditors.SubscriptionId -HttpsEndpoint 'https://x' -TargetRoleArn 'arn:aws:iam::123456789012:role/x' `
                -AuthorizationApiKeyValue "$ApiKey`n" } | Should -Throw -ErrorId 'ParameterArgumentTransformationError,*'
        try {
            New-SLSubscriberNotification @C -SubscriptionId $Auditors.SubscriptionId -HttpsEndpoint 'https://x' -TargetRoleArn 'arn:aws:iam::123456789012:role/x' `
                -AuthorizationApiKeyValue "$ApiKey`n"
        }
        catch { $refusal = $_ }
        ($refusal | Format-List * -Force | Out-String) + $refusal.Exception.Message | Should -Not -Match $ApiKey
        $refusal.Exception.Message | Should -Match 'AuthorizationApiKeyValue'
        (Get-SentRequest CreateSubscriberNotification).Count | Should -Be 0
    }

    It 'is not in what a user sees at the prompt: -WhatIf, -Verbose and the error view' {
        # A fresh pwsh, so the host's own WhatIf and error rendering are what is checked; the key comes from the
        # environment, so the command line shows $key, never the value.
        $pwsh = Get-PowerShellCommand
        $script = @'
$ErrorActionPreference = 'Continue'
$PSStyle.OutputRendering = 'PlainText'
Import-Module $env:SECLAKE_TEST_MODULE
$C = @{ EndpointUrl = $env:SECLAKE_TEST_URL; Region = 'us-east-1'; AccessKey = $env:SECLAKE_TEST_AK; SecretKey = $env:SECLAKE_TEST_SK }
$key = $env:SECLAKE_TEST_APIKEY
$h = @{ HttpsEndpoint = 'https://hooks.example.com/lake'; TargetRoleArn = 'arn:aws:iam::123456789012:role/EventBridgeApiDestinations'; AuthorizationApiKeyValue = $key }
New-SLSubscriberNotification @C -SubscriptionId $env:SECLAKE_TEST_ID @h -WhatIf
Update-SLSubscriberNotification @C -SubscriptionId $env:SECLAKE_TEST_ID @h -Verbose
New-SLSubscriberNotification @C -SubscriptionId $env:SECLAKE_TEST_ID @h -Verbose
New-SLSubscriberNotification @C -SubscriptionId $env:SECLAKE_TEST_ID @h
$Error | Get-Error
'@
        $env:SECLAKE_TEST_MODULE = Get-SecLakeModulePath
        $env:SECLAKE_TEST_URL = $C.EndpointUrl
        $env:SECLAKE_TEST_AK = $C.AccessKey
        $env:SECLAKE_TEST_SK = $C.SecretKey
        $env:SECLAKE_TEST_APIKEY = $ApiKey
        $env:SECLAKE_TEST_ID = $Auditors.SubscriptionId
        try {
            $seen = (& $pwsh.Program @($pwsh.Arguments) -NoProfile -NonInteractive -Command $script 2>&1 | Out-String)
        }
        finally {
            'SECLAKE_TEST_MODULE', 'SECLAKE_TEST_URL', 'SECLAKE_TEST_AK', 'SECLAKE_TEST_SK', 'SECLAKE_TEST_APIKEY', 'SECLAKE_TEST_ID' |
                ForEach-Object { Remove-Item "env:$_" -ErrorAction SilentlyContinue }
        }
        # Each part ran: the WhatIf line, the update's "no notification" error, the create's trace, the conflict.
        $seen | Should -Match 'What if: .*HTTPS endpoint https://hooks\.example\.com/lake'
        $seen | Should -Match 'ResourceNotFoundException'
        $seen | Should -Match 'CreateSubscriberNotification: POST'
        $seen | Should -Match 'ConflictException'
        $seen | Should -Not -Match $ApiKey
        # The one create that succeeded sent the key.
        (Get-SentRequest CreateSubscriberNotification | Where-Object StatusCode -eq 200)[0].Body | Should -Match $ApiKey
    }
}

Describe 'The exception subscription' {
    BeforeEach { Initialize-Lake -Region us-east-1, eu-west-1 }

    It 'is created with exactly the model''s members and written back as the service has it' {
        $s = New-SLDataLakeExceptionSubscription @C -NotificationEndpoint 123456789012 -SubscriptionProtocol email -ExceptionTimeToLive 30
        $s.PSObject.TypeNames[0] | Should -Be 'SecLake.SecurityLake.DataLakeExceptionSubscription'
        ($s.NotificationEndpoint, $s.SubscriptionProtocol, $s.ExceptionTimeToLive, $s.Region) | Should -Be @('123456789012', 'email', 30, 'us-east-1')

        $sent = Get-SentRequest CreateDataLakeExceptionSubscription
        $sent.Count | Should -Be 1
        ($sent[0].Method, $sent[0].Path) | Should -Be @('POST', '/v1/datalake/exceptions/subscription')
        $sent[0].Body | Should -Be '{"exceptionTimeToLive":30,"notificationEndpoint":"123456789012","subscriptionProtocol":"email"}'
        (Get-SentRequest GetDataLakeExceptionSubscription).Count | Should -Be 1
    }

    It 'is one per Region: Get- in each, a second New- a ConflictException' {
        New-SLDataLakeExceptionSubscription @C -NotificationEndpoint 123456789012 -SubscriptionProtocol email | Out-Null
        New-SLDataLakeExceptionSubscription @C -Region eu-west-1 -NotificationEndpoint ops@example.com -SubscriptionProtocol email-json | Out-Null
        (Get-SLDataLakeExceptionSubscription @C).NotificationEndpoint | Should -Be '123456789012'
        (Get-SLDataLakeExceptionSubscription @C -Region eu-west-1).NotificationEndpoint | Should -Be 'ops@example.com'

        New-SLDataLakeExceptionSubscription @C -NotificationEndpoint 123456789012 -SubscriptionProtocol email -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'ConflictException,*'
    }

    It 'is read per data lake: Get-SLDataLake | Get-SLDataLakeExceptionSubscription, one output or one error each' {
        New-SLDataLakeExceptionSubscription @C -Region eu-west-1 -NotificationEndpoint ops@example.com -SubscriptionProtocol email | Out-Null
        $connection = $C.Clone()
        $connection.Remove('Region')
        $found = Get-SLDataLake @C -DataLakeRegion us-east-1, eu-west-1 | Get-SLDataLakeExceptionSubscription @connection -ErrorAction SilentlyContinue -ErrorVariable failed
        @($found).Region | Should -Be @('eu-west-1')
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'ResourceNotFoundException,*'
        $failed[0].Exception.Message | Should -BeLike '*us-east-1*'
    }

    It 'copies to another Region: Get-SLDataLakeExceptionSubscription | New-SLDataLakeExceptionSubscription -Region' {
        New-SLDataLakeExceptionSubscription @C -NotificationEndpoint 123456789012 -SubscriptionProtocol email -ExceptionTimeToLive 14 | Out-Null
        $copy = Get-SLDataLakeExceptionSubscription @C | New-SLDataLakeExceptionSubscription @C -Region eu-west-1
        ($copy.Region, $copy.NotificationEndpoint, $copy.ExceptionTimeToLive) | Should -Be @('eu-west-1', '123456789012', 14)
        (Get-SentRequest CreateDataLakeExceptionSubscription)[-1].Region | Should -Be 'eu-west-1'
    }

    It 'needs a data lake in the Region' {
        New-SLDataLakeExceptionSubscription @C -Region ap-south-1 -NotificationEndpoint 123456789012 -SubscriptionProtocol email -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'ResourceNotFoundException,*'
        $failed[0].Exception.Message | Should -BeLike '*not enabled in ap-south-1*'
        (Get-SentRequest CreateDataLakeExceptionSubscription).Count | Should -Be 1
    }

    It 'is changed through the pipeline with only the new value: Get- | Update- -ExceptionTimeToLive 7' {
        New-SLDataLakeExceptionSubscription @C -NotificationEndpoint 123456789012 -SubscriptionProtocol email -ExceptionTimeToLive 30 | Out-Null
        $s = Get-SLDataLakeExceptionSubscription @C | Update-SLDataLakeExceptionSubscription @C -ExceptionTimeToLive 7
        $s.ExceptionTimeToLive | Should -Be 7
        $sent = Get-SentRequest UpdateDataLakeExceptionSubscription
        ($sent[0].Method, $sent[0].Path) | Should -Be @('PUT', '/v1/datalake/exceptions/subscription')
        $sent[0].Body | Should -Be '{"exceptionTimeToLive":7,"notificationEndpoint":"123456789012","subscriptionProtocol":"email"}'
    }

    It 'is removed through the pipeline with -Force; -WhatIf sends nothing; then Get- is ResourceNotFoundException' {
        New-SLDataLakeExceptionSubscription @C -NotificationEndpoint 123456789012 -SubscriptionProtocol email | Out-Null
        Get-SLDataLakeExceptionSubscription @C | Remove-SLDataLakeExceptionSubscription @C -Force -WhatIf
        (Get-SentRequest DeleteDataLakeExceptionSubscription).Count | Should -Be 0

        Get-SLDataLakeExceptionSubscription @C | Remove-SLDataLakeExceptionSubscription @C -Force | Should -BeNullOrEmpty
        $sent = Get-SentRequest DeleteDataLakeExceptionSubscription
        ($sent.Count, $sent[0].Method, $sent[0].Path) | Should -Be @(1, 'DELETE', '/v1/datalake/exceptions/subscription')

        Get-SLDataLakeExceptionSubscription @C -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'ResourceNotFoundException,*'
    }

    It 'refuses <Case> before any request' -TestCases @(
        @{ Case = 'an upper-case protocol'; Arguments = @{ NotificationEndpoint = '123456789012'; SubscriptionProtocol = 'Email' } }
        @{ Case = 'an endpoint with a space'; Arguments = @{ NotificationEndpoint = 'a b'; SubscriptionProtocol = 'email' } }
    ) {
        param($Case, $Arguments)
        { New-SLDataLakeExceptionSubscription @C @Arguments } | Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
        { Update-SLDataLakeExceptionSubscription @C @Arguments } | Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
        @(Get-EmulatorRequest $Emulator | Where-Object Operation -like '*ExceptionSubscription').Count | Should -Be 0
    }

    It 'refuses a time to live under one day before any prompt or request' {
        New-SLDataLakeExceptionSubscription @C -NotificationEndpoint 123456789012 -SubscriptionProtocol email -ExceptionTimeToLive 0 -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'InvalidParameterValue,*'
        $failed[0].Exception.Message | Should -Be 'ExceptionTimeToLive is 0; it must be at least 1 (days).'
        (Get-SentRequest CreateDataLakeExceptionSubscription).Count | Should -Be 0
    }

    It 'sends nothing with -WhatIf' {
        New-SLDataLakeExceptionSubscription @C -NotificationEndpoint 123456789012 -SubscriptionProtocol email -WhatIf
        Update-SLDataLakeExceptionSubscription @C -NotificationEndpoint 123456789012 -SubscriptionProtocol email -WhatIf
        @(Get-EmulatorRequest $Emulator | Where-Object Operation -like '*ExceptionSubscription').Count | Should -Be 0
    }

    It 'shows a table that fits 80 columns' {
        New-SLDataLakeExceptionSubscription @C -NotificationEndpoint 123456789012 -SubscriptionProtocol email -ExceptionTimeToLive 30 | Out-Null
        $lines = (Get-SLDataLakeExceptionSubscription @C | Out-String -Width 80) -split "`r?`n"
        $lines | Where-Object { $_.Length -gt 80 } | Should -BeNullOrEmpty
        $lines | Where-Object { $_ -match '^Region\s+Protocol\s+TimeToLive\s+NotificationEndpoint' } | Should -Not -BeNullOrEmpty
        $lines | Where-Object { $_ -match '^us-east-1\s+email\s+30\s+123456789012' } | Should -Not -BeNullOrEmpty
    }
}

Describe 'Get-SLDataLakeException' {
    BeforeAll {
        Initialize-Lake -Region us-east-1, eu-west-1
        Add-EmulatorDataLakeException $Emulator -Region us-east-1 -Exception 'The SQS queue was deleted' -Remediation 'Recreate the queue' -Timestamp '2026-03-01T12:00:00Z'
        Add-EmulatorDataLakeException $Emulator -Region eu-west-1 -Exception 'Access denied to the S3 bucket' -Remediation 'Fix the bucket policy' -Timestamp '2026-03-02T12:00:00Z'
        Add-EmulatorDataLakeException $Emulator -Region us-east-1 -Exception 'Throttled' -Remediation 'Wait' -Timestamp '2026-03-03T12:00:00Z'
    }

    It 'gets every Region''s exceptions, newest first, with an empty JSON body' {
        $before = @(Get-SentRequest ListDataLakeExceptions).Count
        $all = Get-SLDataLakeException @C
        $all.Count | Should -Be 3
        $all[0].PSObject.TypeNames[0] | Should -Be 'SecLake.SecurityLake.DataLakeExceptionInfo'
        $all.Exception | Should -Be @('Throttled', 'Access denied to the S3 bucket', 'The SQS queue was deleted')
        $all[0].Timestamp | Should -Be ([datetime]'2026-03-03T12:00:00Z').ToUniversalTime()
        $sent = @(Get-SentRequest ListDataLakeExceptions | Select-Object -Skip $before)
        ($sent.Count, $sent[0].Method, $sent[0].Path, $sent[0].Body) | Should -Be @(1, 'POST', '/v1/datalake/exceptions', '{}')
    }

    It 'reads every page with -PageSize and sends the Regions given' {
        $before = @(Get-SentRequest ListDataLakeExceptions).Count
        $us = Get-SLDataLakeException @C -DataLakeRegion us-east-1 -PageSize 1
        $us.Exception | Should -Be @('Throttled', 'The SQS queue was deleted')
        $sent = @(Get-SentRequest ListDataLakeExceptions | Select-Object -Skip $before)
        $sent.Count | Should -Be 2
        $sent[0].Body | Should -Be '{"maxResults":1,"regions":["us-east-1"]}'
        ($sent[1].Body | ConvertFrom-Json).nextToken | Should -Not -BeNullOrEmpty
    }

    It 'takes data lakes from the pipeline: Get-SLDataLake | Get-SLDataLakeException' {
        $found = Get-SLDataLake @C -DataLakeRegion eu-west-1 | Get-SLDataLakeException @C
        @($found).Exception | Should -Be @('Access denied to the S3 bucket')
        @($found).Region | Should -Be @('eu-west-1')
    }

    It 'refuses a Region of another partition before any request' {
        $before = @(Get-SentRequest ListDataLakeExceptions).Count
        Get-SLDataLakeException @C -DataLakeRegion us-gov-west-1 -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'InvalidParameterValue,*'
        @(Get-SentRequest ListDataLakeExceptions).Count | Should -Be $before
        { Get-SLDataLakeException @C -PageSize 101 } | Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
    }

    It 'shows a table that fits 80 columns, sentences wrapped' {
        $lines = (Get-SLDataLakeException @C | Out-String -Width 80) -split "`r?`n"
        $lines | Where-Object { $_.Length -gt 80 } | Should -BeNullOrEmpty
        $lines | Where-Object { $_ -match '^Timestamp\s+Region\s+Exception\s+Remediation' } | Should -Not -BeNullOrEmpty
        $lines | Where-Object { $_ -match '^2026-03-03 12:00:00Z\s+us-east-1\s+Throttled\s+Wait' } | Should -Not -BeNullOrEmpty
    }
}

Describe 'Completion' {
    BeforeAll {
        Initialize-Lake
        $script:Typed = "-EndpointUrl $($C.EndpointUrl) -Region us-east-1 -AccessKey $($C.AccessKey) -SecretKey '$($C.SecretKey)'"
        function script:Get-Completion([string] $Line) {
            (TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches
        }
    }

    It 'completes -SubscriptionId of <Command> with the subscribers'' ids' -TestCases @(
        @{ Command = 'New-SLSubscriberNotification' }
        @{ Command = 'Update-SLSubscriberNotification' }
        @{ Command = 'Remove-SLSubscriberNotification' }
    ) {
        param($Command)
        $offered = Get-Completion "$Command $script:Typed -SubscriptionId ana"
        $offered.CompletionText | Should -Be @($Analytics.SubscriptionId)
        $offered[0].ListItemText | Should -Be "$($Analytics.SubscriptionId) (analytics)"
    }

    It 'completes -SubscriptionProtocol with the Amazon SNS protocols' {
        (Get-Completion 'New-SLDataLakeExceptionSubscription -SubscriptionProtocol em').CompletionText | Should -Be @('email', 'email-json')
        (Get-Completion 'Update-SLDataLakeExceptionSubscription -SubscriptionProtocol sq').CompletionText | Should -Be @('sqs')
    }

    It 'completes Regions: -DataLakeRegion of Get-SLDataLakeException and -Region' {
        (Get-Completion 'Get-SLDataLakeException -DataLakeRegion eu-w').CompletionText | Should -Be @('eu-west-1', 'eu-west-2', 'eu-west-3')
        (Get-Completion 'Get-SLDataLakeExceptionSubscription -Region eu-w').CompletionText | Should -Be @('eu-west-1', 'eu-west-2', 'eu-west-3')
    }

    It 'completes -HttpMethod from its ValidateSet' {
        (Get-Completion 'New-SLSubscriberNotification -HttpMethod ').CompletionText | Should -Be @('POST', 'PUT')
    }
}
