#Requires -Version 7.4
# Pester 5: input a PowerShell user can easily give by mistake is refused before any request: objects that would be
# sent as their type name, hidden characters, and endpoints that are blank or carry a password.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SecLakeTestHelpers.psm1') -Force
    Import-Module (Get-SecLakeModulePath) -Force
    $script:Emulator = Start-SecLakeEmulator
    $script:C = $script:Emulator.Connection
    New-SLDataLake @C -DataLakeRegion us-east-1 -MetaStoreManagerRoleArn 'arn:aws:iam::123456789012:role/AmazonSecurityLakeMetaStoreManager' | Out-Null
}

AfterAll {
    Stop-SecLakeEmulator $script:Emulator
}

Describe 'Text parameters' {
    It 'refuses a hashtable for -SubscriberName instead of sending its type name' {
        $before = @(Get-EmulatorRequest $script:Emulator).Count
        $thrown = { New-SLSubscriber @C -AccountId 123456789012 -ExternalId ext-1 -AwsSourceType VPC_FLOW -SubscriberName @{ a = 1 } -ErrorAction Stop } | Should -Throw '*is a hashtable*' -PassThru
        "$thrown" | Should -Not -Match 'System\.Collections\.Hashtable'
        @(Get-EmulatorRequest $script:Emulator).Count | Should -Be $before
    }

    It 'refuses a hashtable as a tag value' {
        { New-QLDBLedger @C -Name tagged -PermissionsMode STANDARD -Tag @{ team = @{ name = 'blue' } } -ErrorAction Stop } | Should -Throw '*single value*'
        @(Get-EmulatorRequest $script:Emulator | Where-Object Operation -eq 'CreateLedger') | Should -BeNullOrEmpty
    }

    It 'refuses a Region with a trailing line break, sending nothing' {
        $before = @(Get-EmulatorRequest $script:Emulator).Count
        { Get-SLDataLake @C -DataLakeRegion "us-east-1`n" -ErrorAction Stop } | Should -Throw '*control character*'
        @(Get-EmulatorRequest $script:Emulator).Count | Should -Be $before
    }

    It 'refuses a ledger name with a trailing line break, sending nothing' {
        $before = @(Get-EmulatorRequest $script:Emulator).Count
        { New-QLDBLedger @C -Name "orders`n" -PermissionsMode STANDARD -ErrorAction Stop } | Should -Throw '*control character*'
        @(Get-EmulatorRequest $script:Emulator).Count | Should -Be $before
    }

    It 'lets a line break through in a description, where the model allows whitespace' {
        $subscriber = New-SLSubscriber @C -AccountId 123456789012 -ExternalId ext-2 -AwsSourceType VPC_FLOW -SubscriberName lines -SubscriberDescription "Audit`nteam"
        $subscriber.SubscriberDescription | Should -Be "Audit`nteam"
    }
}

Describe 'Endpoints' {
    It 'refuses -EndpointUrl <Value> instead of calling the real AWS endpoint' -ForEach @(
        @{ Value = '' }
        @{ Value = '   ' }
        @{ Value = $null }
    ) {
        $connection = $script:C.Clone()
        $connection.EndpointUrl = $Value
        { Get-QLDBLedger @connection -ErrorAction Stop } | Should -Throw '*is empty*'
    }

    It 'refuses an endpoint with a password and never shows the password' {
        $connection = $script:C.Clone()
        $connection.EndpointUrl = $script:Emulator.Url -replace '^http://', 'http://user:hunter2-secret@'
        # A setup failure terminates the command (no later record could succeed).
        $failure = $null
        $output = try { Get-QLDBLedger @connection -Verbose *>&1 | Out-String } catch { $failure = $_ }
        $failure.FullyQualifiedErrorId | Should -BeLike 'EndpointUrlWithCredentials,*'
        ($output + ($failure | Out-String) + ($failure.Exception | Out-String) + ($failure | Format-List * -Force | Out-String)) | Should -Not -Match 'hunter2-secret'
    }
}

Describe 'Enum-like values' {
    It 'gives every [ValidateSet] parameter of every cmdlet the model''s spelling, whatever the case typed' {
        $module = Get-Module SecLake
        $canonical = $module.ImplementingAssembly.GetType('SecLake.PowerShell.CanonicalSpelling', $true)
        $checked = 0
        foreach ($command in Get-Command -Module SecLake -CommandType Cmdlet) {
            foreach ($parameter in $command.Parameters.Values) {
                $set = $parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.ValidateSetAttribute] }
                if (-not $set) { continue }
                foreach ($value in $set.ValidValues) {
                    $cmdlet = [Activator]::CreateInstance($command.ImplementingType)
                    $typed = if ($parameter.ParameterType -eq [string[]]) { , [string[]] @($value.ToLowerInvariant()) } else { $value.ToLowerInvariant() }
                    $command.ImplementingType.GetProperty($parameter.Name).SetValue($cmdlet, $typed)
                    $canonical.GetMethod('Apply').Invoke($null, @($cmdlet)) | Out-Null
                    @($command.ImplementingType.GetProperty($parameter.Name).GetValue($cmdlet))[0] | Should -BeExactly $value -Because "$($command.Name) -$($parameter.Name) $($value.ToLowerInvariant())"
                    $checked++
                }
            }
        }
        $checked | Should -BeGreaterThan 10
    }

    It 'sends STANDARD for -PermissionsMode standard' {
        New-QLDBLedger @C -Name cased -PermissionsMode standard -DeletionProtection $false | Out-Null
        $request = Get-EmulatorRequest $script:Emulator | Where-Object Operation -eq 'CreateLedger' | Select-Object -Last 1
        ($request.Body | ConvertFrom-Json).PermissionsMode | Should -BeExactly 'STANDARD'
    }

    It 'returns at once from Wait-QLDBLedger -State active for an ACTIVE ledger' {
        New-QLDBLedger @C -Name waited -PermissionsMode STANDARD -Wait | Out-Null
        $elapsed = Measure-Command { (Wait-QLDBLedger @C -Name waited -State active -TimeoutSec 30).State | Should -BeExactly 'ACTIVE' }
        $elapsed.TotalSeconds | Should -BeLessThan 10
    }

    It 'sends WAF and S3 for -AwsSourceType waf -AccessType s3' {
        New-SLSubscriber @C -AccountId 123456789012 -ExternalId ext-3 -AwsSourceType waf -AccessType s3 -SubscriberName cased | Out-Null
        $body = (Get-EmulatorRequest $script:Emulator | Where-Object Operation -eq 'CreateSubscriber' | Select-Object -Last 1).Body | ConvertFrom-Json
        $body.sources[0].awsLogSource.sourceName | Should -BeExactly 'WAF'
        $body.accessTypes | Should -BeExactly @('S3')
    }
}

Describe 'Pattern refusals in words' {
    It 'says the rule of <Cmdlet> -<Parameter> in words, not as a regex' -ForEach @(
        @{ Cmdlet = 'New-QLDBLedger'; Parameter = 'Name'; Value = 'a--b'; Rule = 'letters, digits and single hyphens' }
        @{ Cmdlet = 'Get-SLDataLake'; Parameter = 'DataLakeRegion'; Value = 'US-EAST-1'; Rule = 'Region code in lower case' }
        @{ Cmdlet = 'Get-SLSubscriber'; Parameter = 'SubscriptionId'; Value = 'not-a-guid'; Rule = 'lower-case GUID' }
        @{ Cmdlet = 'New-SLSubscriber'; Parameter = 'CustomSourceType'; Value = 'my app'; Rule = 'letters, digits and _ - : . only' }
    ) {
        $arguments = @{ $Parameter = $Value }
        $thrown = { & $Cmdlet @C @arguments -ErrorAction Stop } | Should -Throw -ErrorId 'ParameterArgumentValidationError,*' -PassThru
        $thrown.Exception.Message | Should -BeLike "*'$Value' is not valid: *$Rule*"
        $thrown.Exception.Message | Should -Not -Match '\\z|\[A-Za-z0-9'
    }
}
