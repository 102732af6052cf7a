#Requires -Version 5.1
# The default tables of every output type as a user sees them: rendered by the real host at 80 and 120 columns
# (what a terminal, `| Out-File` and a CI log show), with headers whole and the values people scan for whole.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SecLakeTestHelpers.psm1') -Force
    Import-Module (Get-SecLakeModulePath) -Force
    $script:Emulator = Start-SecLakeEmulator
    $script:C = $Emulator.Connection
    $role = 'arn:aws:iam::123456789012:role/AmazonSecurityLakeMetaStoreManager'

    # Long values on purpose: the longest ledger name the model allows, two ledgers sharing a prefix, a long
    # subscriber name, a KMS key ARN and two retention settings.
    $script:Ledgers = @(
        New-QLDBLedger @C -Name 'orders-ledger-production-eu-0001' -PermissionsMode standard -Tag @{ team = 'payments' } -Confirm:$false
        New-QLDBLedger @C -Name 'orders-ledger-production-eu-0002' -PermissionsMode ALLOW_ALL -DeletionProtection $false -Confirm:$false
    )
    $script:LedgerTags = $Ledgers | Get-QLDBResourceTag @C
    $script:Lakes = New-SLDataLake @C -DataLakeRegion us-east-1, ap-southeast-2 -MetaStoreManagerRoleArn $role -Wait `
        -EncryptionKey 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' `
        -RetentionSetting @{ retentionPeriod = 365; storageClass = 'GLACIER' }, @{ retentionPeriod = 3650; storageClass = 'EXPIRE' } -Confirm:$false
    $script:Subscriber = New-SLSubscriber @C -SubscriberName 'security-analytics-team-eu' -AccountId 123456789012 `
        -ExternalId ext-1 -AwsSourceType CLOUD_TRAIL, VPC_FLOW -Confirm:$false
    Add-SLResourceTag @C -ResourceArn $Subscriber.SubscriberArn -Tag @{ 'cost-center' = 'security-operations' } -Confirm:$false
    $script:SubscriberTags = Get-SLResourceTag @C -ResourceArn $Subscriber.SubscriberArn

    function script:Render([object[]] $InputObject, [int] $Width) {
        ($InputObject | Out-String -Width $Width) -split "`r?`n" | Where-Object { $_.Trim() }
    }

    # Header line, dash line, then rows: every header label whole on the header line, no line past the width.
    function script:Assert-Table([string[]] $Lines, [string[]] $Headers, [int] $Width) {
        $Lines[1] | Should -Match '^-+( +-+)*\s*$' -Because "the second line of a table underlines its headers:`n$($Lines -join "`n")"
        $labels = $Lines[0] -split '\s+' | Where-Object { $_ }
        $labels | Should -Be $Headers -Because 'no header may wrap or be dropped'
        foreach ($line in $Lines) { $line.TrimEnd().Length | Should -BeLessOrEqual $Width }
    }
}

AfterAll {
    Stop-SecLakeEmulator $script:Emulator
    Remove-Module SecLake -ErrorAction SilentlyContinue
}

Describe 'Default tables at <Width> columns' -ForEach @(@{ Width = 80 }, @{ Width = 120 }) {
    It 'shows ledgers with whole names, state, protection, creation time and Region' {
        $lines = Render $Ledgers $Width
        Assert-Table $lines 'Name', 'State', 'Protected', 'Created', 'Region' $Width
        foreach ($ledger in $Ledgers) {
            $row = $lines | Where-Object { $_ -like "$($ledger.Name) *" }
            $row | Should -Not -BeNullOrEmpty -Because "the row of $($ledger.Name) starts with its whole name"
            $row | Should -Match ([regex]::Escape($ledger.Region) + '\s*$')
            $row | Should -Match '\d{4}-\d\d-\d\d'
        }
    }

    It 'shows ledger tags by the ledger name, so ledgers sharing a prefix are told apart' {
        $lines = Render $LedgerTags $Width
        Assert-Table $lines 'Resource', 'Key', 'Value' $Width
        $lines | Where-Object { $_ -match '^orders-ledger-production-eu-0001\s+team\s+payments\s*$' } | Should -HaveCount 1
    }

    It 'shows subscriber tags by the subscriber id, whole' {
        $lines = Render $SubscriberTags $Width
        Assert-Table $lines 'Resource', 'Key', 'Value' $Width
        $lines | Where-Object { $_ -match "^$($Subscriber.SubscriberId)\s+cost-center\s+security-operations\s*$" } | Should -HaveCount 1
    }

    It 'shows data lakes with Region, status, key and retention, the longest Region whole' {
        $lines = Render $Lakes $Width
        Assert-Table $lines 'Region', 'Status', 'UpdateStatus', 'EncryptionKey', 'Retention' $Width
        $lines | Where-Object { $_ -match '^ap-southeast-2\s+COMPLETED\s' } | Should -HaveCount 1
        $lines | Where-Object { $_ -match '^us-east-1\s+COMPLETED\s.*GLACIER 365d' } | Should -HaveCount 1
    }

    It 'leaves Retention empty for a data lake without retention settings' {
        $plain = Get-SLDataLake @C -DataLakeRegion ap-southeast-2 | ForEach-Object {
            [SecLake.SecurityLake.DataLake]::new($_.Region, $_.DataLakeArn, $_.Configuration, $null, $null, $null, $null)
        }
        (Render $plain $Width)[2] | Should -Match '^ap-southeast-2\s+\S*\s*$'
    }

    It 'shows subscribers with whole name, subscription id and status' {
        $lines = Render $Subscriber $Width
        Assert-Table $lines 'SubscriberName', 'SubscriptionId', 'Status' $Width
        $lines[2] | Should -Match "^security-analytics-team-eu\s+$($Subscriber.SubscriptionId)\s+\w+"
    }
}

Describe 'Format-List' {
    It 'shows a data lake''s configuration as its settings, not a type name' {
        $text = $Lakes[0] | Format-List Configuration | Out-String -Width 200
        $text | Should -Not -Match 'SecLake\.SecurityLake\.DataLakeConfiguration'
        $text | Should -Match 'kmsKeyId=arn:aws:kms:'
    }
}
