#Requires -Version 5.1
# Each cmdlet's [ServiceOperation] attributes say which operations of its service model it sends; the xunit test
# ServiceOperationCoverageTests fails on a GA operation no cmdlet names. This file keeps the names true: it runs every
# exported cmdlet against the emulator (the samples below, which between them take each of the cmdlet's paths) and
# fails unless the operations the emulator recorded are exactly the ones its attributes name. A cmdlet without
# samples fails too: add its samples here.

BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'SecLakeTestHelpers.psm1') -Force
    Import-Module (Get-SecLakeModulePath) -Force
    $script:Cmdlets = @(Get-Command -Module SecLake -CommandType Cmdlet | Sort-Object Name | ForEach-Object { @{ Name = $_.Name } })
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SecLakeTestHelpers.psm1') -Force
    Import-Module (Get-SecLakeModulePath) -Force
    $script:Emulator = Start-SecLakeEmulator -LedgerDelaySeconds 0 -DataLakeDelaySeconds 0
    $script:C = $Emulator.Connection
    $script:Role = 'arn:aws:iam::123456789012:role/AmazonSecurityLakeMetaStoreManager'

    # Setups make the state a sample needs (their requests are not counted) and hand what they made to Run.
    $script:Lake = { New-SLDataLake @C -DataLakeRegion us-east-1 -MetaStoreManagerRoleArn $Role -Tag @{ team = 'a'; old = 'x' } }
    $script:Subscriber = {
        & $script:Lake | Out-Null
        New-SLSubscriber @C -AccountId 210987654321 -ExternalId ext-1 -AwsSourceType VPC_FLOW -SubscriberName s
    }
    $script:AutoEnabled = {
        & $script:Lake | Out-Null
        New-SLDataLakeOrganizationConfiguration @C -DataLakeRegion us-east-1 -SourceName WAF
    }
    $script:AwsSource = {
        & $script:Lake | Out-Null
        New-SLAwsLogSource @C -SourceName VPC_FLOW -DataLakeRegion us-east-1 -AccountId 123456789012
    }
    $script:Custom = @{ SourceName = 'edr-events'; EventClass = 'FILE_ACTIVITY'; CrawlerRoleArn = 'arn:aws:iam::123456789012:role/Crawler'; ProviderPrincipal = '210987654321'; ExternalId = 'edr-ext-1' }
    $script:CustomSource = {
        & $script:Lake | Out-Null
        New-SLCustomLogSource @C @script:Custom
    }
    $script:Notified = {
        $s = & $script:Subscriber | Select-Object -Last 1
        New-SLSubscriberNotification @C -SubscriptionId $s.SubscriptionId -SqsQueue | Out-Null
        $s
    }
    $script:ExceptionSubscription = {
        & $script:Lake | Out-Null
        New-SLDataLakeExceptionSubscription @C -NotificationEndpoint 123456789012 -SubscriptionProtocol email
    }
    $script:Ledger = { New-QLDBLedger @C -Name ledger-1 -PermissionsMode STANDARD -Tag @{ team = 'a' } -Wait }

    $script:Samples = @{
        'New-SLDataLake'                              = @(
            @{ Run = { New-SLDataLake @C -DataLakeRegion us-east-1 -MetaStoreManagerRoleArn $Role -Tag @{ team = 'a' } } }
            @{ Setup = $script:Lake; Run = { New-SLDataLake @C -DataLakeRegion us-east-1 -EncryptionKey alias/k -Tag @{ team = 'b' } } }
        )
        'Get-SLDataLake'                              = @(@{ Setup = $script:Lake; Run = { Get-SLDataLake @C } })
        'Update-SLDataLake'                           = @(@{ Setup = $script:Lake; Run = { Update-SLDataLake @C -DataLakeRegion us-east-1 -EncryptionKey alias/k -Tag @{ team = 'b' } } })
        'Remove-SLDataLake'                           = @(@{ Setup = $script:Lake; Run = { Remove-SLDataLake @C -DataLakeRegion us-east-1 -Force } })
        'New-SLSubscriber'                            = @(@{ Setup = $script:Lake; Run = { New-SLSubscriber @C -AccountId 210987654321 -ExternalId ext-1 -AwsSourceType VPC_FLOW -SubscriberName s } })
        'Get-SLSubscriber'                            = @(
            @{ Setup = $script:Subscriber; Run = { Get-SLSubscriber @C } }
            @{ Setup = $script:Subscriber; Run = { param($s) Get-SLSubscriber @C -SubscriptionId $s.SubscriptionId } }
        )
        'Update-SLSubscriber'                         = @(@{ Setup = $script:Subscriber; Run = { param($s) Update-SLSubscriber @C -SubscriptionId $s.SubscriptionId -SubscriberName renamed } })
        'Remove-SLSubscriber'                         = @(@{ Setup = $script:Subscriber; Run = { param($s) Remove-SLSubscriber @C -SubscriptionId $s.SubscriptionId -Force } })
        'Add-SLResourceTag'                           = @(@{ Setup = $script:Lake; Run = { param($l) Add-SLResourceTag @C -ResourceArn $l.DataLakeArn -Tag @{ b = '2' } -PassThru } })
        'Get-SLResourceTag'                           = @(@{ Setup = $script:Lake; Run = { param($l) Get-SLResourceTag @C -ResourceArn $l.DataLakeArn } })
        'Remove-SLResourceTag'                        = @(@{ Setup = $script:Lake; Run = { param($l) Remove-SLResourceTag @C -ResourceArn $l.DataLakeArn -TagKey old -Force } })
        'New-SLDataLakeOrganizationConfiguration'     = @(@{ Setup = $script:Lake; Run = { New-SLDataLakeOrganizationConfiguration @C -DataLakeRegion us-east-1 -SourceName WAF -PassThru } })
        'Get-SLDataLakeOrganizationConfiguration'     = @(@{ Setup = $script:AutoEnabled; Run = { Get-SLDataLakeOrganizationConfiguration @C } })
        'Remove-SLDataLakeOrganizationConfiguration'  = @(@{ Setup = $script:AutoEnabled; Run = { Remove-SLDataLakeOrganizationConfiguration @C -DataLakeRegion us-east-1 -SourceName WAF -Force } })
        'Register-SLDataLakeDelegatedAdministrator'   = @(@{ Run = { Register-SLDataLakeDelegatedAdministrator @C -AccountId 210987654321 -Force } })
        'Unregister-SLDataLakeDelegatedAdministrator' = @(@{ Run = { Unregister-SLDataLakeDelegatedAdministrator @C -Force } })

        # ---- log sources (13A) ----
        'New-SLAwsLogSource'                          = @(@{ Setup = $script:Lake; Run = { New-SLAwsLogSource @C -SourceName VPC_FLOW -DataLakeRegion us-east-1 -AccountId 123456789012 } })
        'Get-SLLogSource'                             = @(@{ Setup = $script:AwsSource; Run = { Get-SLLogSource @C } })
        'Remove-SLAwsLogSource'                       = @(@{ Setup = $script:AwsSource; Run = { Remove-SLAwsLogSource @C -SourceName VPC_FLOW -DataLakeRegion us-east-1 -AccountId 123456789012 -Force } })
        'New-SLCustomLogSource'                       = @(@{ Setup = $script:Lake; Run = { New-SLCustomLogSource @C @script:Custom } })
        'Remove-SLCustomLogSource'                    = @(@{ Setup = $script:CustomSource; Run = { Remove-SLCustomLogSource @C -SourceName edr-events -Force } })
        'Get-SLDataLakeSource'                        = @(@{ Setup = $script:AwsSource; Run = { Get-SLDataLakeSource @C } })
        # ---- notifications and the exception subscription (13B) ----
        'New-SLSubscriberNotification'                = @(@{ Setup = $script:Subscriber; Run = { param($s) New-SLSubscriberNotification @C -SubscriptionId $s.SubscriptionId -SqsQueue } })
        'Update-SLSubscriberNotification'             = @(@{ Setup = $script:Notified; Run = { param($s) Update-SLSubscriberNotification @C -SubscriptionId $s.SubscriptionId -SqsQueue } })
        'Remove-SLSubscriberNotification'             = @(@{ Setup = $script:Notified; Run = { param($s) Remove-SLSubscriberNotification @C -SubscriptionId $s.SubscriptionId -Force } })
        'New-SLDataLakeExceptionSubscription'         = @(@{ Setup = $script:Lake; Run = { New-SLDataLakeExceptionSubscription @C -NotificationEndpoint 123456789012 -SubscriptionProtocol email } })
        'Get-SLDataLakeExceptionSubscription'         = @(@{ Setup = $script:ExceptionSubscription; Run = { Get-SLDataLakeExceptionSubscription @C } })
        'Update-SLDataLakeExceptionSubscription'      = @(@{ Setup = $script:ExceptionSubscription; Run = { Update-SLDataLakeExceptionSubscription @C -NotificationEndpoint ops@example.com -SubscriptionProtocol email-json } })
        'Remove-SLDataLakeExceptionSubscription'      = @(@{ Setup = $script:ExceptionSubscription; Run = { Remove-SLDataLakeExceptionSubscription @C -Force } })
        'Get-SLDataLakeException'                     = @(@{ Setup = $script:Lake; Run = { Get-SLDataLakeException @C } })

        'New-QLDBLedger'                              = @(@{ Run = { New-QLDBLedger @C -Name ledger-1 -PermissionsMode STANDARD -Wait } })
        'Get-QLDBLedger'                              = @(
            @{ Setup = $script:Ledger; Run = { Get-QLDBLedger @C } }
            @{ Setup = $script:Ledger; Run = { Get-QLDBLedger @C -Name ledger-1 } }
        )
        'Update-QLDBLedger'                           = @(@{ Setup = $script:Ledger; Run = { Update-QLDBLedger @C -Name ledger-1 -DeletionProtection $false -PermissionsMode ALLOW_ALL } })
        'Remove-QLDBLedger'                           = @(@{ Setup = $script:Ledger; Run = { Remove-QLDBLedger @C -Name ledger-1 -DisableDeletionProtection -Force -WarningAction SilentlyContinue } })
        'Wait-QLDBLedger'                             = @(@{ Setup = $script:Ledger; Run = { Wait-QLDBLedger @C -Name ledger-1 } })
        'Add-QLDBResourceTag'                         = @(@{ Setup = $script:Ledger; Run = { param($l) Add-QLDBResourceTag @C -ResourceArn $l.Arn -Tag @{ b = '2' } -PassThru } })
        'Get-QLDBResourceTag'                         = @(@{ Setup = $script:Ledger; Run = { param($l) Get-QLDBResourceTag @C -ResourceArn $l.Arn } })
        'Remove-QLDBResourceTag'                      = @(@{ Setup = $script:Ledger; Run = { param($l) Remove-QLDBResourceTag @C -ResourceArn $l.Arn -TagKey team -Force } })
    }

    # Runs one sample on an empty emulator; returns the requests its Run sent (not its Setup's).
    function script:Invoke-Sample($Sample) {
        $ErrorActionPreference = 'Stop'
        Reset-Emulator $script:Emulator
        $made = if ($Sample.Setup) { & $Sample.Setup | Select-Object -Last 1 }
        $start = @(Get-EmulatorRequest $script:Emulator).Count
        & $Sample.Run $made | Out-Null
        @(Get-EmulatorRequest $script:Emulator | Select-Object -Skip $start)
    }

    function script:Get-DeclaredOperation([string] $Name) {
        @((Get-Command $Name).ImplementingType.GetCustomAttributes($false) |
            Where-Object { $_.GetType().Name -eq 'ServiceOperationAttribute' } | ForEach-Object Operation | Sort-Object -Unique)
    }
}

AfterAll {
    Stop-SecLakeEmulator $script:Emulator
    Remove-Module SecLake -ErrorAction SilentlyContinue
}

Describe 'Every cmdlet sends exactly the operations its [ServiceOperation] attributes name' {
    It '<Name>' -ForEach $Cmdlets {
        $script:Samples.ContainsKey($Name) | Should -BeTrue -Because "$Name needs samples in tests/Pester/ServiceOperations.Tests.ps1 that take each of its paths"
        $declared = Get-DeclaredOperation $Name
        $declared | Should -Not -BeNullOrEmpty -Because "$Name must name the operations it sends with [ServiceOperation]"
        $sent = @(foreach ($sample in $script:Samples[$Name]) { Invoke-Sample $sample })
        $sent | Where-Object StatusCode -ne 200 | ForEach-Object { "$($_.Operation) $($_.StatusCode)" } | Should -BeNullOrEmpty -Because 'every sample request must succeed'
        @($sent.Operation | Sort-Object -Unique) | Should -Be $declared
    }
}

Describe 'The samples' {
    It 'are only for cmdlets the module exports' {
        $exported = @(Get-Command -Module SecLake -CommandType Cmdlet).Name
        @($script:Samples.Keys | Where-Object { $_ -notin $exported }) | Should -BeNullOrEmpty
    }

    It 'catch an attribute that names an operation its cmdlet does not send' {
        # The comparison above, on a cmdlet whose samples take only one of its paths: Get-SLSubscriber without an id.
        $sent = Invoke-Sample $script:Samples['Get-SLSubscriber'][0]
        @($sent.Operation | Sort-Object -Unique) | Should -Not -Be (Get-DeclaredOperation 'Get-SLSubscriber')
        @($sent.Operation | Sort-Object -Unique) | Should -Be @('ListSubscribers')
    }
}
