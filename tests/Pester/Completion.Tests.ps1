#Requires -Version 5.1
# Pester 5 tests of tab completion in a real PowerShell host (TabExpansion2), against the local emulator: ValidateSet
# values, regions, well-known values, live ledger names and tag keys using the connection typed on the line (or
# $PSDefaultParameterValues), and the time bound when the endpoint never answers.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SecLakeTestHelpers.psm1') -Force
    Import-Module (Get-SecLakeModulePath) -Force
    $script:Emulator = Start-SecLakeEmulator -LedgerDelaySeconds 0
    $C = $script:Emulator.Connection
    # The connection as typed on a command line (the secret key has a '/', so it is quoted).
    $script:Typed = "-EndpointUrl $($C.EndpointUrl) -Region us-east-1 -AccessKey $($C.AccessKey) -SecretKey '$($C.SecretKey)'"
    New-QLDBLedger @C -Name alpha -PermissionsMode STANDARD -DeletionProtection $false | Out-Null
    New-QLDBLedger @C -Name alpine -PermissionsMode STANDARD -DeletionProtection $false | Out-Null
    $script:Beta = New-QLDBLedger @C -Name beta -PermissionsMode STANDARD -DeletionProtection $false -Tag @{ env = 'test'; team = 'blue' } -Wait
    New-SLDataLake @C -DataLakeRegion us-east-1 -MetaStoreManagerRoleArn 'arn:aws:iam::123456789012:role/AmazonSecurityLakeMetaStoreManager' -Wait | Out-Null
    $script:Auditors = New-SLSubscriber @C -AccountId 210987654321 -ExternalId ext-1 -AwsSourceType CLOUD_TRAIL -SubscriberName auditors -AccessType S3

    # The completions TabExpansion2 offers at the end of $Line.
    function Get-Completion([string] $Line) {
        (TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches
    }

    # Runs $Test with the emulator's connection as every QLDB cmdlet's $PSDefaultParameterValues, then restores them.
    function Invoke-WithQldbDefaults([scriptblock] $Test) {
        $saved = $PSDefaultParameterValues.Clone()
        try {
            $PSDefaultParameterValues['*-QLDB*:EndpointUrl'] = $script:Emulator.Url
            $PSDefaultParameterValues['*-QLDB*:Region'] = 'us-east-1'
            $PSDefaultParameterValues['*-QLDB*:AccessKey'] = $script:Emulator.Connection.AccessKey
            $PSDefaultParameterValues['*-QLDB*:SecretKey'] = $script:Emulator.Connection.SecretKey
            & $Test
        }
        finally {
            $PSDefaultParameterValues.Clear()
            foreach ($key in $saved.Keys) { $PSDefaultParameterValues[$key] = $saved[$key] }
        }
    }
}

AfterAll {
    Stop-SecLakeEmulator $script:Emulator
    Remove-Module SecLake -ErrorAction SilentlyContinue
}

Describe 'Offline completion' {
    It 'completes New-QLDBLedger -PermissionsMode from its ValidateSet' {
        (Get-Completion 'New-QLDBLedger -PermissionsMode ').CompletionText | Should -Be @('ALLOW_ALL', 'STANDARD')
    }

    It 'completes -Region with the service''s regions and a description' {
        $offered = Get-Completion 'Get-QLDBLedger -Region eu-w'
        $offered.CompletionText | Should -Be @('eu-west-1', 'eu-west-2')
        $offered[0].ToolTip | Should -Match 'Ireland'
    }

    It 'completes a region list, leaving out the regions already in it' {
        $offered = (Get-Completion 'New-SLDataLake -DataLakeRegion eu-west-1, eu-w').CompletionText
        $offered | Should -Be @('eu-west-2', 'eu-west-3')
        (Get-Completion 'New-SLDataLake -DataLakeRegion us-east-1 -ReplicationDestinationRegion us-w').CompletionText | Should -Be @('us-west-1', 'us-west-2')
    }

    It 'completes Security Lake''s -EncryptionKey with S3_MANAGED_KEY' {
        (Get-Completion 'Update-SLDataLake -DataLakeRegion us-east-1 -EncryptionKey S3').CompletionText | Should -Be @('S3_MANAGED_KEY')
    }

    It 'completes -KmsKey with the well-known values' {
        (Get-Completion 'New-QLDBLedger -Name x -PermissionsMode STANDARD -KmsKey ').CompletionText | Should -Contain 'AWS_OWNED_KMS_KEY'
    }
}

Describe 'Live completion' {
    It 'completes Get-QLDBLedger -Name with the ledgers of the account typed on the line' {
        $offered = Get-Completion "Get-QLDBLedger $script:Typed -Name "
        $offered.CompletionText | Should -Be @('alpha', 'alpine', 'beta')
        $offered[0].ToolTip | Should -Match '^alpha \((CREATING|ACTIVE)\)$'
    }

    It 'filters ledger names by the typed prefix' {
        (Get-Completion "Remove-QLDBLedger $script:Typed -Name alp").CompletionText | Should -Be @('alpha', 'alpine')
    }

    It 'uses $PSDefaultParameterValues when the connection is not typed' {
        Invoke-WithQldbDefaults {
            (Get-Completion 'Get-QLDBLedger -Name b').CompletionText | Should -Be @('beta')
        }
    }

    It 'uses $StoredAWSRegion (Set-DefaultAWSRegion) when the region is not typed' {
        $C = $script:Emulator.Connection
        New-QLDBLedger -EndpointUrl $C.EndpointUrl -AccessKey $C.AccessKey -SecretKey $C.SecretKey -Region eu-west-1 -Name gamma -PermissionsMode STANDARD -DeletionProtection $false | Out-Null
        $savedRegion = $env:AWS_REGION, $env:AWS_DEFAULT_REGION
        try {
            $env:AWS_REGION = 'us-east-1'; $env:AWS_DEFAULT_REGION = $null
            $global:StoredAWSRegion = 'eu-west-1'
            # eu-west-1 holds only gamma; AWS_REGION (us-east-1, below $StoredAWSRegion) holds alpha, alpine and beta.
            (Get-Completion "Get-QLDBLedger -EndpointUrl $($C.EndpointUrl) -AccessKey $($C.AccessKey) -SecretKey '$($C.SecretKey)' -Name ").CompletionText | Should -Be @('gamma')
        }
        finally {
            Remove-Variable -Name StoredAWSRegion -Scope Global -ErrorAction SilentlyContinue
            $env:AWS_REGION, $env:AWS_DEFAULT_REGION = $savedRegion
        }
    }

    It 'completes with a splatted connection hashtable' {
        $global:SecLakeCompletionConnection = $script:Emulator.Connection
        try {
            (Get-Completion 'Get-QLDBLedger @SecLakeCompletionConnection -Name alp').CompletionText | Should -Be @('alpha', 'alpine')
        }
        finally { Remove-Variable -Name SecLakeCompletionConnection -Scope Global }
    }

    It 'sends its request to the endpoint typed on the line, not to one the environment names' {
        # With only -EndpointUrl typed, the rest of the connection comes from the environment, which also names another
        # endpoint; nothing may reach it.
        $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $listener.Start()
        $names = 'AWS_ENDPOINT_URL_QLDB', 'AWS_REGION', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'
        $saved = foreach ($name in $names) { [Environment]::GetEnvironmentVariable($name) }
        try {
            $env:AWS_ENDPOINT_URL_QLDB = "http://127.0.0.1:$($listener.LocalEndpoint.Port)"
            $env:AWS_REGION = 'us-east-1'
            $env:AWS_ACCESS_KEY_ID = $script:Emulator.Connection.AccessKey
            $env:AWS_SECRET_ACCESS_KEY = $script:Emulator.Connection.SecretKey
            (Get-Completion "Get-QLDBLedger -EndpointUrl $($script:Emulator.Url) -Name alp").CompletionText | Should -Be @('alpha', 'alpine')
            $listener.Pending() | Should -BeFalse -Because 'the endpoint in the environment is not the one the command would use'
        }
        finally {
            $listener.Stop()
            for ($i = 0; $i -lt $names.Count; $i++) { [Environment]::SetEnvironmentVariable($names[$i], $saved[$i]) }
        }
    }

    It 'does not guess a connection it cannot know, even when the defaults would give one' {
        Invoke-WithQldbDefaults {
            $before = @(Get-EmulatorRequest $script:Emulator).Count
            # Each line names an endpoint or region completion cannot know without running code: the defaults would
            # send the request somewhere the command may not.
            foreach ($line in 'Get-QLDBLedger -EndpointUrl (Get-Variable -Name x -ValueOnly) -Name ',
                              'Get-QLDBLedger -End "http://$host" -Name ',
                              'Get-QLDBLedger -Region (Get-Variable -Name r -ValueOnly) -Name ',
                              'Get-QLDBLedger | Remove-QLDBLedger -Name ') {
                @(Get-Completion $line | Where-Object ResultType -eq 'ParameterValue').Count | Should -Be 0 -Because $line
            }
            @(Get-EmulatorRequest $script:Emulator).Count | Should -Be $before
            # The defaults themselves work: the same line without the unknowable part completes.
            (Get-Completion 'Get-QLDBLedger -Name b').CompletionText | Should -Be @('beta')
        }
    }

    It 'completes -ResourceArn with ledger ARNs found by ledger name' {
        (Get-Completion "Get-QLDBResourceTag $script:Typed -ResourceArn bet").CompletionText | Should -Be @($script:Beta.Arn)
    }

    It 'completes Remove-QLDBResourceTag -TagKey with the keys the resource has' {
        (Get-Completion "Remove-QLDBResourceTag $script:Typed -ResourceArn $($script:Beta.Arn) -TagKey ").CompletionText | Should -Be @('env', 'team')
    }

    It 'completes -SubscriptionId with subscription IDs, showing the subscriber''s name' {
        $offered = Get-Completion "Get-SLSubscriber $script:Typed -SubscriptionId aud"
        $offered.CompletionText | Should -Be @($script:Auditors.SubscriptionId)
        $offered[0].ListItemText | Should -Be "$($script:Auditors.SubscriptionId) (auditors)"
        $offered[0].ToolTip | Should -Match '^auditors: account 210987654321'
    }

    It 'gives up within its time budget when the endpoint never answers, without an error' {
        $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $listener.Start()
        try {
            $port = $listener.LocalEndpoint.Port
            $Error.Clear()
            $elapsed = Measure-Command {
                $script:Silent = Get-Completion "Get-QLDBLedger -EndpointUrl http://127.0.0.1:$port -Region us-east-1 -AccessKey AKIDEXAMPLE -SecretKey secret -Name "
            }
            $elapsed.TotalSeconds | Should -BeLessThan 6
            # PowerShell falls back to file names when a completer has nothing; no ledger-like value may appear.
            @($script:Silent | Where-Object ResultType -eq 'ParameterValue').Count | Should -Be 0
            $Error.Count | Should -Be 0
        }
        finally { $listener.Stop() }
    }
}
