#Requires -Version 5.1
# Pester 5 tests of the built module's log-source cmdlets (New-/Remove-SLAwsLogSource, Get-SLLogSource,
# New-/Remove-SLCustomLogSource, Get-SLDataLakeSource) against the local emulator, including the natural pipelines:
# Import-Csv accounts.csv | New-SLAwsLogSource, Get-SLLogSource | Remove-SLAwsLogSource, Get-SLDataLake | Get-SLDataLakeSource.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SecLakeTestHelpers.psm1') -Force
    Import-Module (Get-SecLakeModulePath) -Force
    # CreateAwsLogSource and DeleteAwsLogSource answer this account as failed (not part of the organization).
    $script:Outside = '999988887777'
    $script:Emulator = Start-SecLakeEmulator -DataLakeDelaySeconds 0 -AccountsOutsideOrganization $Outside
    $script:C = $Emulator.Connection
    # The connection without -Region: each piped object's Region property chooses the Region to call.
    $script:Cx = @{} + $C
    $Cx.Remove('Region')
    $script:Self = '123456789012'
    $script:A1 = '111122223333'
    $script:A2 = '444455556666'
    $script:Role = 'arn:aws:iam::123456789012:role/AmazonSecurityLakeMetaStoreManager'
    $script:Crawler = 'arn:aws:iam::123456789012:role/SecurityLakeCrawler'
    $script:Dir = Join-Path ([System.IO.Path]::GetTempPath()) ("sl-sources-" + [guid]::NewGuid())
    New-Item -ItemType Directory $Dir | Out-Null

    function script:Get-SentRequest([string] $Operation) {
        @(Get-EmulatorRequest $script:Emulator | Where-Object Operation -eq $Operation)
    }

    function script:Write-Csv([string] $Name, [string[]] $Lines) {
        $path = Join-Path $script:Dir $Name
        Set-Content -Path $path -Value $Lines
        $path
    }

    function script:Enable-Lakes {
        New-SLDataLake @script:C -DataLakeRegion us-east-1, eu-west-1 -MetaStoreManagerRoleArn $script:Role -Wait | Out-Null
    }

    # Both accounts, CLOUD_TRAIL_MGMT and VPC_FLOW, both Regions: eight AWS sources.
    function script:Add-AwsSources {
        New-SLAwsLogSource @script:C -SourceName CLOUD_TRAIL_MGMT, VPC_FLOW -DataLakeRegion us-east-1, eu-west-1 -AccountId $script:A1, $script:A2 | Out-Null
    }

    # A custom source's arguments, to splat after the connection: New-SLCustomLogSource @Cx -Region us-east-1 @Edr.
    $script:Edr = @{ SourceName = 'edr-events'; EventClass = 'FILE_ACTIVITY', 'PROCESS_ACTIVITY'; CrawlerRoleArn = $Crawler; ProviderPrincipal = '210987654321'; ExternalId = 'edr-ext-1' }
    function script:New-Edr([string] $Region = 'us-east-1', [string] $Name = 'edr-events') {
        $arguments = @{} + $script:Edr
        $arguments.SourceName = $Name
        New-SLCustomLogSource @script:Cx -Region $Region @arguments
    }

    function script:Describe-Source($Source) { "$($Source.Kind) $($Source.AccountId) $($Source.Region) $($Source.SourceName) $($Source.SourceVersion)" }

    # Every line of the table, as an 80-column console shows it.
    function script:Get-TableLine($Objects) {
        @(($Objects | Out-String -Width 80) -split "`r?`n" | Where-Object { $_.Trim() })
    }
}

AfterAll {
    Stop-SecLakeEmulator $script:Emulator
    Remove-Item -Recurse -Force $script:Dir -ErrorAction SilentlyContinue
    Remove-Module SecLake -ErrorAction SilentlyContinue
}

Describe 'Module' {
    It 'exports the six log-source cmdlets with help' {
        foreach ($name in 'New-SLAwsLogSource', 'Remove-SLAwsLogSource', 'Get-SLLogSource', 'New-SLCustomLogSource', 'Remove-SLCustomLogSource', 'Get-SLDataLakeSource') {
            (Get-Command $name -Module SecLake).CommandType | Should -Be 'Cmdlet'
            (Get-Help $name).Synopsis | Should -Not -BeLike '*Fill in*'
            @((Get-Help $name).Examples.Example).Count | Should -BeGreaterOrEqual 2
        }
    }
}

Describe 'New-SLAwsLogSource' {
    BeforeEach {
        Reset-Emulator $script:Emulator
        Enable-Lakes
    }

    It 'adds CLOUD_TRAIL_MGMT and VPC_FLOW in two Regions for both accounts of a CSV: one request and four sources per row, no errors' {
        $csv = Write-Csv accounts.csv 'AccountId', $A1, $A2
        $added = @(Import-Csv $csv | New-SLAwsLogSource @C -SourceName CLOUD_TRAIL_MGMT, VPC_FLOW -DataLakeRegion us-east-1, eu-west-1 -ErrorVariable failed)

        $failed | Should -BeNullOrEmpty
        $added | ForEach-Object { $_.PSObject.TypeNames[0] | Should -Be 'SecLake.SecurityLake.AwsLogSource' }
        $added | ForEach-Object { Describe-Source $_ } | Should -Be @(
            "AWS $A1 us-east-1 CLOUD_TRAIL_MGMT ", "AWS $A1 us-east-1 VPC_FLOW ", "AWS $A1 eu-west-1 CLOUD_TRAIL_MGMT ", "AWS $A1 eu-west-1 VPC_FLOW ",
            "AWS $A2 us-east-1 CLOUD_TRAIL_MGMT ", "AWS $A2 us-east-1 VPC_FLOW ", "AWS $A2 eu-west-1 CLOUD_TRAIL_MGMT ", "AWS $A2 eu-west-1 VPC_FLOW ")

        $create = Get-SentRequest CreateAwsLogSource
        $create.Body | Should -Be @(
            "{`"sources`":[{`"accounts`":[`"$A1`"],`"regions`":[`"us-east-1`",`"eu-west-1`"],`"sourceName`":`"CLOUD_TRAIL_MGMT`"},{`"accounts`":[`"$A1`"],`"regions`":[`"us-east-1`",`"eu-west-1`"],`"sourceName`":`"VPC_FLOW`"}]}",
            "{`"sources`":[{`"accounts`":[`"$A2`"],`"regions`":[`"us-east-1`",`"eu-west-1`"],`"sourceName`":`"CLOUD_TRAIL_MGMT`"},{`"accounts`":[`"$A2`"],`"regions`":[`"us-east-1`",`"eu-west-1`"],`"sourceName`":`"VPC_FLOW`"}]}")

        # What the lake now collects: the same eight, in the service's order, at the latest version.
        Get-SLLogSource @C | ForEach-Object { Describe-Source $_ } | Should -Be @(
            "AWS $A1 eu-west-1 CLOUD_TRAIL_MGMT 2.0", "AWS $A1 eu-west-1 VPC_FLOW 2.0", "AWS $A1 us-east-1 CLOUD_TRAIL_MGMT 2.0", "AWS $A1 us-east-1 VPC_FLOW 2.0",
            "AWS $A2 eu-west-1 CLOUD_TRAIL_MGMT 2.0", "AWS $A2 eu-west-1 VPC_FLOW 2.0", "AWS $A2 us-east-1 CLOUD_TRAIL_MGMT 2.0", "AWS $A2 us-east-1 VPC_FLOW 2.0")
    }

    It 'runs the documented command as written: Import-Csv accounts.csv | New-SLAwsLogSource -SourceName CLOUD_TRAIL_MGMT -DataLakeRegion us-east-1' {
        Write-Csv accounts.csv 'AccountId', $A1, $A2 | Out-Null
        Push-Location $Dir
        try { $added = @(Import-Csv accounts.csv | New-SLAwsLogSource @C -SourceName CLOUD_TRAIL_MGMT -DataLakeRegion us-east-1) }
        finally { Pop-Location }
        $added | ForEach-Object { Describe-Source $_ } | Should -Be @("AWS $A1 us-east-1 CLOUD_TRAIL_MGMT ", "AWS $A2 us-east-1 CLOUD_TRAIL_MGMT ")
        (Get-SentRequest CreateAwsLogSource).Count | Should -Be 2
    }

    It 'binds Account or Accounts columns and per-row SourceName, DataLakeRegion and SourceVersion columns, lists split at commas' {
        $csv = Write-Csv rows.csv 'Account,SourceName,DataLakeRegion,SourceVersion', "$A1,CLOUD_TRAIL_MGMT,us-east-1,2.0", "$A2,`"vpc_flow,ROUTE53`",`"eu-west-1,us-east-1`",latest"
        $added = @(Import-Csv $csv | New-SLAwsLogSource @C)
        $added | ForEach-Object { Describe-Source $_ } | Should -Be @("AWS $A1 us-east-1 CLOUD_TRAIL_MGMT 2.0",
            "AWS $A2 eu-west-1 VPC_FLOW latest", "AWS $A2 eu-west-1 ROUTE53 latest", "AWS $A2 us-east-1 VPC_FLOW latest", "AWS $A2 us-east-1 ROUTE53 latest")

        $csv = Write-Csv accounts2.csv 'Accounts', "`"$A1,$A2`""
        @(Import-Csv $csv | New-SLAwsLogSource @C -SourceName S3_DATA -DataLakeRegion eu-west-1).Count | Should -Be 2
        (Get-SentRequest CreateAwsLogSource)[-1].Body | Should -Be "{`"sources`":[{`"accounts`":[`"$A1`",`"$A2`"],`"regions`":[`"eu-west-1`"],`"sourceName`":`"S3_DATA`"}]}"
    }

    It 'sends the documented CLOUD_TRAIL as CLOUD_TRAIL_MGMT, and no accounts when none are given' {
        $added = New-SLAwsLogSource @C -SourceName cloud_trail -DataLakeRegion us-east-1
        Describe-Source $added | Should -Be 'AWS  us-east-1 CLOUD_TRAIL_MGMT '
        (Get-SentRequest CreateAwsLogSource).Body | Should -Be '{"sources":[{"regions":["us-east-1"],"sourceName":"CLOUD_TRAIL_MGMT"}]}'
        # The emulator applies the calling account.
        Describe-Source (Get-SLLogSource @C) | Should -Be "AWS $Self us-east-1 CLOUD_TRAIL_MGMT 2.0"
    }

    It 'adds a source in every Region with a data lake: Get-SLDataLake | New-SLAwsLogSource' {
        $added = @(Get-SLDataLake @C -DataLakeRegion us-east-1, eu-west-1 | New-SLAwsLogSource @Cx -SourceName ROUTE53 -AccountId $A1)
        $added | ForEach-Object { Describe-Source $_ } | Should -Be @("AWS $A1 us-east-1 ROUTE53 ", "AWS $A1 eu-west-1 ROUTE53 ")
    }

    It 'writes the sources of the accounts that went through and one error per account the service failed' {
        $csv = Write-Csv mixed.csv 'AccountId', "`"$A1,$Outside`"", $A2
        $added = @(Import-Csv $csv | New-SLAwsLogSource @C -SourceName VPC_FLOW -DataLakeRegion us-east-1 -ErrorAction SilentlyContinue -ErrorVariable failed)

        $added | ForEach-Object { Describe-Source $_ } | Should -Be @("AWS $A1 us-east-1 VPC_FLOW ", "AWS $A2 us-east-1 VPC_FLOW ")
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'LogSourceAccountFailed,*'
        $failed[0].CategoryInfo.Category | Should -Be 'InvalidOperation'
        $failed[0].Exception | Should -BeOfType ([SecLake.SecurityLake.LogSourceAccountFailedException])
        $failed[0].Exception.AccountId | Should -Be $Outside
        $failed[0].Exception.Message | Should -BeLike "*VPC_FLOW in us-east-1 for account $Outside*"
        (Get-SentRequest CreateAwsLogSource).Count | Should -Be 2
        @(Get-SLLogSource @C -AccountId $Outside).Count | Should -Be 0
    }

    It 'refuses a bad row before any request and goes on with the other rows' {
        $csv = Write-Csv bad.csv 'AccountId', '12345', $A2, '1234567890ab'
        $added = @(Import-Csv $csv | New-SLAwsLogSource @C -SourceName VPC_FLOW -DataLakeRegion us-east-1 -ErrorAction SilentlyContinue -ErrorVariable failed)
        $added | ForEach-Object { Describe-Source $_ } | Should -Be @("AWS $A2 us-east-1 VPC_FLOW ")
        $failed.Count | Should -Be 2
        $failed | ForEach-Object { $_.FullyQualifiedErrorId | Should -BeLike 'ParameterArgumentValidationError,*' }
        $failed[1].Exception.Message | Should -BeLike '*12-digit*'
        (Get-SentRequest CreateAwsLogSource).Count | Should -Be 1
    }

    It 'refuses an unknown source name, a bad Region and a bad version before any request' {
        foreach ($arguments in @{ SourceName = 'CLOUDTRAIL'; DataLakeRegion = 'us-east-1' }, @{ SourceName = 'VPC_FLOW'; DataLakeRegion = 'US-EAST-1' },
            @{ SourceName = 'VPC_FLOW'; DataLakeRegion = 'us-east-1'; SourceVersion = '2' }) {
            { New-SLAwsLogSource @C @arguments } | Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
        }
        { New-SLAwsLogSource @C -SourceName VPC_FLOW -DataLakeRegion us-east-1 -SourceVersion 2.1.0 } | Should -Throw "*give 'latest' or a version such as 2.0*"
        Get-SentRequest CreateAwsLogSource | Should -BeNullOrEmpty
    }

    It 'fails a Region without a data lake, and adds nothing in the other Regions of the record' {
        New-SLAwsLogSource @C -SourceName VPC_FLOW -DataLakeRegion us-east-1, ap-south-1 -AccountId $A1 -ErrorAction SilentlyContinue -ErrorVariable failed | Should -BeNullOrEmpty
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'ResourceNotFoundException,*'
        $failed[0].Exception.Message | Should -BeLike '*ap-south-1*'
        Get-SLLogSource @C | Should -BeNullOrEmpty
    }

    It 'sends nothing with -WhatIf' {
        Import-Csv (Write-Csv accounts.csv 'AccountId', $A1, $A2) | New-SLAwsLogSource @C -SourceName VPC_FLOW -DataLakeRegion us-east-1 -WhatIf
        Get-SentRequest CreateAwsLogSource | Should -BeNullOrEmpty
    }

    It 'fits its table in 80 columns with account, Region, kind and source' {
        $lines = Get-TableLine (New-SLAwsLogSource @C -SourceName CLOUD_TRAIL_MGMT, LAMBDA_EXECUTION -DataLakeRegion us-east-1 -AccountId $A1)
        $lines[0] | Should -Match '^AccountId\s+Region\s+Kind\s+SourceName\s+SourceVersion$'
        $lines | ForEach-Object { $_.TrimEnd().Length | Should -BeLessOrEqual 80 }
        $lines[2] | Should -Match "^$A1\s+us-east-1\s+AWS\s+CLOUD_TRAIL_MGMT"
        $lines[3] | Should -Match 'LAMBDA_EXECUTION'
    }
}

Describe 'Get-SLLogSource' {
    BeforeAll {
        Reset-Emulator $script:Emulator
        Enable-Lakes
        Add-AwsSources
        $script:EuEdr = New-Edr -Region eu-west-1
    }

    It 'lists every source of every Region, AWS and custom, one object each' {
        $sources = @(Get-SLLogSource @C)
        $sources.Count | Should -Be 9
        @($sources | Where-Object Kind -eq 'AWS').Count | Should -Be 8
        $custom = $sources | Where-Object Kind -eq 'Custom'
        $custom.PSObject.TypeNames[0] | Should -Be 'SecLake.SecurityLake.CustomLogSource'
        Describe-Source $custom | Should -Be "Custom $Self eu-west-1 edr-events 1.0"
        $custom.ProviderLocation | Should -Be $EuEdr.ProviderLocation
        $custom.CrawlerArn | Should -Be "arn:aws:glue:eu-west-1:${Self}:crawler/edr-events"
        (Get-SentRequest ListLogSources)[-1].Body | Should -Be '{}'
    }

    It 'filters by account, Region and source name in one request' {
        $sources = @(Get-SLLogSource @C VPC_FLOW -AccountId $A1 -DataLakeRegion us-east-1)
        $sources | ForEach-Object { Describe-Source $_ } | Should -Be @("AWS $A1 us-east-1 VPC_FLOW 2.0")
        (Get-SentRequest ListLogSources)[-1].Body | Should -Be "{`"accounts`":[`"$A1`"],`"regions`":[`"us-east-1`"],`"sources`":[{`"awsLogSource`":{`"sourceName`":`"VPC_FLOW`"}}]}"
    }

    It 'lists either kind with -SourceName and -CustomSourceName, and narrows both to -SourceVersion' {
        @(Get-SLLogSource @C -SourceName CLOUD_TRAIL_MGMT -CustomSourceName edr-events -DataLakeRegion eu-west-1 | ForEach-Object { Describe-Source $_ }) |
            Should -Be @("AWS $A1 eu-west-1 CLOUD_TRAIL_MGMT 2.0", "Custom $Self eu-west-1 edr-events 1.0", "AWS $A2 eu-west-1 CLOUD_TRAIL_MGMT 2.0")
        @(Get-SLLogSource @C -CustomSourceName edr-events -SourceVersion 1.0).Count | Should -Be 1
        @(Get-SLLogSource @C -CustomSourceName edr-events -SourceVersion 9.9).Count | Should -Be 0
    }

    It 'takes accounts and Regions from piped objects: CSV rows and data lakes' {
        $csv = Write-Csv accounts.csv 'AccountId', $A1, $A2
        @(Import-Csv $csv | Get-SLLogSource @C).Count | Should -Be 8
        @(Get-SLDataLake @C -DataLakeRegion us-east-1 | Get-SLLogSource @Cx).Count | Should -Be 4
        (Get-SentRequest ListLogSources)[-1].Body | Should -Be '{"regions":["us-east-1"]}'
    }

    It 'refuses -SourceVersion without a source to narrow, and a bad account, before any request' {
        $before = (Get-SentRequest ListLogSources).Count
        Get-SLLogSource @C -SourceVersion 2.0 -ErrorAction SilentlyContinue -ErrorVariable failed | Should -BeNullOrEmpty
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'InvalidParameterValue,*'
        $failed[0].Exception.Message | Should -BeLike '*SourceName or CustomSourceName*'
        { Get-SLLogSource @C -AccountId 12345678901x } | Should -Throw "*'12345678901x' is not valid: give a 12-digit AWS account ID*"
        (Get-SentRequest ListLogSources).Count | Should -Be $before
    }

    It 'fits one table for both kinds in 80 columns' {
        $lines = Get-TableLine (Get-SLLogSource @C -DataLakeRegion eu-west-1)
        $lines[0] | Should -Match '^AccountId\s+Region\s+Kind\s+SourceName\s+SourceVersion$'
        @($lines | Where-Object { $_ -match '^AccountId' }).Count | Should -Be 1
        $lines | ForEach-Object { $_.TrimEnd().Length | Should -BeLessOrEqual 80 }
        $lines[4] | Should -Match "^$Self\s+eu-west-1\s+Custom\s+edr-events\s+1\.0$"
    }
}

Describe 'Paging' {
    BeforeAll {
        Reset-Emulator $script:Emulator
        Enable-Lakes
        # 110 accounts in two Regions: 220 ListLogSources entries (100 a page) and 110 accounts a Region for GetDataLakeSources.
        $script:Many = 1..110 | ForEach-Object { '5000000{0:D5}' -f $_ }
        New-SLAwsLogSource @C -SourceName WAF -DataLakeRegion us-east-1, eu-west-1 -AccountId $Many | Out-Null
    }

    It 'Get-SLLogSource reads every page' {
        $sources = @(Get-SLLogSource @C)
        $sources.Count | Should -Be 220
        ($sources.AccountId | Sort-Object -Unique).Count | Should -Be 110
        $list = Get-SentRequest ListLogSources
        $list.Count | Should -Be 3
        ($list[1].Body | ConvertFrom-Json).nextToken | Should -Not -BeNullOrEmpty
    }

    It 'Get-SLDataLakeSource reads every page' {
        $sources = @(Get-SLDataLakeSource @C)
        $sources.Count | Should -Be 110
        ($sources.AccountId | Sort-Object -Unique).Count | Should -Be 110
        (Get-SentRequest GetDataLakeSources).Count | Should -Be 2
    }
}

Describe 'Remove-SLAwsLogSource' {
    BeforeEach {
        Reset-Emulator $script:Emulator
        Enable-Lakes
        Add-AwsSources
        New-Edr | Out-Null
    }

    It 'Get-SLLogSource | Remove-SLAwsLogSource removes each AWS source for its account, Region and version, and passes over the custom one' {
        $messages = Get-SLLogSource @C | Remove-SLAwsLogSource @C -Force -Verbose -ErrorVariable failed 4>&1
        $failed | Should -BeNullOrEmpty
        @($messages | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like "Passing over the custom log source 'edr-events' in us-east-1*" }).Count | Should -Be 1
        @($messages | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }).Count | Should -Be 0

        $delete = Get-SentRequest DeleteAwsLogSource
        $delete.Count | Should -Be 8
        $delete[0].Body | Should -Be "{`"sources`":[{`"accounts`":[`"$A1`"],`"regions`":[`"eu-west-1`"],`"sourceName`":`"CLOUD_TRAIL_MGMT`",`"sourceVersion`":`"2.0`"}]}"
        Get-SLLogSource @C | ForEach-Object { Describe-Source $_ } | Should -Be @("Custom $Self us-east-1 edr-events 1.0")
    }

    It 'removes the sources named for the accounts given, in the Regions given' {
        Remove-SLAwsLogSource @C -SourceName VPC_FLOW -DataLakeRegion eu-west-1 -AccountId $A2 -Force
        (Get-SentRequest DeleteAwsLogSource).Body | Should -Be "{`"sources`":[{`"accounts`":[`"$A2`"],`"regions`":[`"eu-west-1`"],`"sourceName`":`"VPC_FLOW`"}]}"
        @(Get-SLLogSource @C -SourceName VPC_FLOW).Count | Should -Be 3
        @(Get-SLLogSource @C -SourceName VPC_FLOW -AccountId $A2 -DataLakeRegion eu-west-1).Count | Should -Be 0
    }

    It 'removes row by row from a CSV with SourceName, DataLakeRegion and AccountId columns' {
        $csv = Write-Csv remove.csv 'AccountId,SourceName,DataLakeRegion', "$A1,`"CLOUD_TRAIL_MGMT,VPC_FLOW`",us-east-1", "$A2,VPC_FLOW,`"us-east-1,eu-west-1`""
        Import-Csv $csv | Remove-SLAwsLogSource @C -Confirm:$false -ErrorVariable failed | Should -BeNullOrEmpty
        $failed | Should -BeNullOrEmpty
        (Get-SentRequest DeleteAwsLogSource).Count | Should -Be 2
        Get-SLLogSource @C -DataLakeRegion us-east-1 | ForEach-Object { Describe-Source $_ } | Should -Be @(
            "Custom $Self us-east-1 edr-events 1.0", "AWS $A2 us-east-1 CLOUD_TRAIL_MGMT 2.0")
    }

    It 'writes an error for an account the service fails, and removes the others of the record' {
        Remove-SLAwsLogSource @C -SourceName VPC_FLOW -DataLakeRegion us-east-1 -AccountId $A1, $Outside -Force -ErrorAction SilentlyContinue -ErrorVariable failed |
            Should -BeNullOrEmpty
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'LogSourceAccountFailed,*'
        $failed[0].Exception.Operation | Should -Be 'DeleteAwsLogSource'
        @(Get-SLLogSource @C -SourceName VPC_FLOW -AccountId $A1 -DataLakeRegion us-east-1).Count | Should -Be 0
    }

    It 'sends nothing with -WhatIf, even with -Force' {
        Get-SLLogSource @C | Remove-SLAwsLogSource @C -Force -WhatIf
        Remove-SLAwsLogSource @C -SourceName VPC_FLOW -DataLakeRegion us-east-1 -WhatIf
        Get-SentRequest DeleteAwsLogSource | Should -BeNullOrEmpty
        @(Get-SLLogSource @C).Count | Should -Be 9
    }

    It 'refuses a bad account before any request' {
        { Remove-SLAwsLogSource @C -SourceName VPC_FLOW -DataLakeRegion us-east-1 -AccountId 1111-2222-33 -Force } | Should -Throw "*'1111-2222-33' is not valid: give a 12-digit AWS account ID*"
        Get-SentRequest DeleteAwsLogSource | Should -BeNullOrEmpty
    }
}

Describe 'New-SLCustomLogSource' {
    BeforeEach {
        Reset-Emulator $script:Emulator
        Enable-Lakes
    }

    It 'adds a custom source in the Region called and writes what the service made for it' {
        $source = New-Edr
        $source.PSObject.TypeNames[0] | Should -Be 'SecLake.SecurityLake.CustomLogSource'
        Describe-Source $source | Should -Be "Custom $Self us-east-1 edr-events 1.0"
        $source.EventClasses | Should -Be @('FILE_ACTIVITY', 'PROCESS_ACTIVITY')
        $source.ProviderRoleArn | Should -Be "arn:aws:iam::${Self}:role/AmazonSecurityLake-Provider-edr-events-us-east-1"
        $source.ProviderLocation | Should -BeLike 's3://aws-security-data-lake-us-east-1-*/ext/edr-events/1.0/'
        $source.TableArn | Should -BeLike "arn:aws:glue:us-east-1:${Self}:table/*"
        (Get-SentRequest CreateCustomLogSource).Body | Should -Be ('{"configuration":{"crawlerConfiguration":{"roleArn":"' + $Crawler +
            '"},"providerIdentity":{"externalId":"edr-ext-1","principal":"210987654321"}},"eventClasses":["FILE_ACTIVITY","PROCESS_ACTIVITY"],"sourceName":"edr-events"}')
        (Get-SentRequest CreateCustomLogSource).Region | Should -Be 'us-east-1'
    }

    It 'refuses a second source of the same name in the Region (Conflict), but takes it in another Region' {
        New-Edr | Out-Null
        New-SLCustomLogSource @C @Edr -ErrorAction SilentlyContinue -ErrorVariable failed | Should -BeNullOrEmpty
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'ConflictException,*'
        (New-Edr -Region eu-west-1).Region | Should -Be 'eu-west-1'
    }

    It 'needs a data lake in the Region called' {
        New-SLCustomLogSource @Cx -Region ap-south-1 @Edr -ErrorAction SilentlyContinue -ErrorVariable failed | Should -BeNullOrEmpty
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'ResourceNotFoundException,*'
    }

    It 'adds one source per row of a CSV, event classes split at commas' {
        $csv = Write-Csv custom.csv 'SourceName,EventClass,ProviderPrincipal,ExternalId', 'edr-events,"FILE_ACTIVITY,PROCESS_ACTIVITY",210987654321,ext-1', 'waf-logs,HTTP_ACTIVITY,securitylake.amazonaws.com,ext-2'
        $created = @(Import-Csv $csv | New-SLCustomLogSource @C -CrawlerRoleArn $Crawler -ErrorVariable failed)
        $failed | Should -BeNullOrEmpty
        $created | ForEach-Object { Describe-Source $_ } | Should -Be @("Custom $Self us-east-1 edr-events 1.0", "Custom $Self us-east-1 waf-logs 1.0")
        ((Get-SentRequest CreateCustomLogSource)[0].Body | ConvertFrom-Json).eventClasses | Should -Be @('FILE_ACTIVITY', 'PROCESS_ACTIVITY')
        ((Get-SentRequest CreateCustomLogSource)[0].Body | ConvertFrom-Json).PSObject.Properties.Name | Should -Not -Contain 'sourceVersion'
    }

    It 'refuses a bad name, event class, principal or role before any request' {
        $good = @{ SourceName = 'edr'; EventClass = 'FILE_ACTIVITY'; CrawlerRoleArn = $Crawler; ProviderPrincipal = '210987654321'; ExternalId = 'ext-1' }
        foreach ($bad in @{ SourceName = 'edr events' }, @{ EventClass = 'file_activity' }, @{ ProviderPrincipal = 'Example.com' }, @{ CrawlerRoleArn = 'arn:aws:iam::123456789012:user/x' }) {
            $arguments = $good.Clone()
            foreach ($key in $bad.Keys) { $arguments[$key] = $bad[$key] }
            { New-SLCustomLogSource @C @arguments } | Should -Throw "*parameter '$(@($bad.Keys)[0])'*is not valid*"
        }
        Get-SentRequest CreateCustomLogSource | Should -BeNullOrEmpty
    }

    It 'sends nothing with -WhatIf' {
        New-SLCustomLogSource @C @Edr -WhatIf
        Get-SentRequest CreateCustomLogSource | Should -BeNullOrEmpty
    }
}

Describe 'Remove-SLCustomLogSource' {
    BeforeEach {
        Reset-Emulator $script:Emulator
        Enable-Lakes
        Add-AwsSources
        New-Edr | Out-Null
        New-Edr -Region eu-west-1 | Out-Null
    }

    It 'removes a source by name from the Region called' {
        Remove-SLCustomLogSource @C -SourceName edr-events -Force
        $delete = Get-SentRequest DeleteCustomLogSource
        $delete.Method | Should -Be 'DELETE'
        $delete.Path | Should -Be '/v1/datalake/logsources/custom/edr-events'
        $delete.QueryString | Should -BeNullOrEmpty
        (Get-SLLogSource @C -CustomSourceName edr-events).Region | Should -Be 'eu-west-1'
    }

    It 'removes only the version given, and a missing version is ResourceNotFound' {
        Remove-SLCustomLogSource @C -SourceName edr-events -SourceVersion '9.9' -Force -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'ResourceNotFoundException,*'
        Remove-SLCustomLogSource @C -SourceName edr-events -SourceVersion 1.0 -Force
        (Get-SentRequest DeleteCustomLogSource)[-1].QueryString | Should -Be 'sourceVersion=1.0'
        @(Get-SLLogSource @C -CustomSourceName edr-events).Count | Should -Be 1
    }

    It 'Get-SLLogSource | Remove-SLCustomLogSource removes each custom source in its own Region and passes over the AWS ones' {
        Get-SLLogSource @C | Remove-SLCustomLogSource @Cx -Confirm:$false -ErrorVariable failed | Should -BeNullOrEmpty
        $failed | Should -BeNullOrEmpty
        $delete = Get-SentRequest DeleteCustomLogSource
        $delete.Region | Should -Be @('eu-west-1', 'us-east-1')
        $delete.QueryString | Should -Be @('sourceVersion=1.0', 'sourceVersion=1.0')
        @(Get-SLLogSource @C).Count | Should -Be 8
        @(Get-SLLogSource @C | Where-Object Kind -eq 'Custom').Count | Should -Be 0
    }

    It 'takes names from the pipeline' {
        'edr-events' | Remove-SLCustomLogSource @C -Force
        (Get-SentRequest DeleteCustomLogSource).Count | Should -Be 1
    }

    It 'refuses a piped source of another Region than -Region, before any request' {
        Get-SLLogSource @C -CustomSourceName edr-events -DataLakeRegion eu-west-1 | Remove-SLCustomLogSource @C -Force -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'InvalidParameterValue,*'
        $failed[0].Exception.Message | Should -BeLike '*is in eu-west-1, but -Region is us-east-1*'
        Get-SentRequest DeleteCustomLogSource | Should -BeNullOrEmpty
    }

    It 'says ResourceNotFound for a source that does not exist' {
        Remove-SLCustomLogSource @C -SourceName nope -Force -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'ResourceNotFoundException,*'
    }

    It 'sends nothing with -WhatIf, even with -Force' {
        Get-SLLogSource @C | Remove-SLCustomLogSource @Cx -Force -WhatIf
        Get-SentRequest DeleteCustomLogSource | Should -BeNullOrEmpty
    }
}

Describe 'Get-SLDataLakeSource' {
    BeforeAll {
        Reset-Emulator $script:Emulator
        Enable-Lakes
        Add-AwsSources
        New-Edr | Out-Null
    }

    It 'reports each account''s sources in the Region called, with status and where the data lands' {
        $sources = @(Get-SLDataLakeSource @C)
        $sources[0].PSObject.TypeNames[0] | Should -Be 'SecLake.SecurityLake.DataLakeSource'
        $sources | ForEach-Object { "$($_.AccountId) $($_.Region) $($_.SourceName) $($_.Status)" } | Should -Be @(
            "$A1 us-east-1 CLOUD_TRAIL_MGMT COLLECTING", "$A1 us-east-1 VPC_FLOW COLLECTING",
            "$Self us-east-1 edr-events COLLECTING",
            "$A2 us-east-1 CLOUD_TRAIL_MGMT COLLECTING", "$A2 us-east-1 VPC_FLOW COLLECTING")
        $sources[0].Statuses[0].Resource | Should -BeLike "s3://*/aws/CLOUD_TRAIL_MGMT/2.0/region=us-east-1/accountId=$A1/"
        $sources[2].EventClasses | Should -Be @('FILE_ACTIVITY', 'PROCESS_ACTIVITY')
        $sources[0].DataLakeArn | Should -Be "arn:aws:securitylake:us-east-1:${Self}:data-lake/default"
    }

    It 'Get-SLDataLake | Get-SLDataLakeSource reports every Region from that Region' {
        $sources = @(Get-SLDataLake @C | Get-SLDataLakeSource @Cx)
        ($sources | Group-Object Region | Sort-Object Name | ForEach-Object { "$($_.Name) $($_.Count)" }) | Should -Be @('eu-west-1 4', 'us-east-1 5')
        (Get-SentRequest GetDataLakeSources | Select-Object -Last 2).Region | Sort-Object | Should -Be @('eu-west-1', 'us-east-1')
    }

    It 'narrows to the accounts given, from a CSV too' {
        @(Get-SLDataLakeSource @C $A2).SourceName | Should -Be @('CLOUD_TRAIL_MGMT', 'VPC_FLOW')
        (Get-SentRequest GetDataLakeSources)[-1].Body | Should -Be "{`"accounts`":[`"$A2`"]}"
        @(Import-Csv (Write-Csv accounts.csv 'Account', $A1, $A2) | Get-SLDataLakeSource @C).Count | Should -Be 4
    }

    It 'says ResourceNotFound in a Region without a data lake, and refuses a bad account before any request' {
        Get-SLDataLakeSource @Cx -Region ap-south-1 -ErrorAction SilentlyContinue -ErrorVariable failed | Should -BeNullOrEmpty
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'ResourceNotFoundException,*'
        $before = (Get-SentRequest GetDataLakeSources).Count
        { Get-SLDataLakeSource @C -AccountId 1234 } | Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
        (Get-SentRequest GetDataLakeSources).Count | Should -Be $before
    }

    It 'fits its table in 80 columns with account, Region, source, status and event classes' {
        $lines = Get-TableLine (Get-SLDataLakeSource @C)
        $lines[0] | Should -Match '^AccountId\s+Region\s+SourceName\s+Status\s+EventClasses$'
        $lines | ForEach-Object { $_.TrimEnd().Length | Should -BeLessOrEqual 80 }
        $lines[2] | Should -Match "^$A1\s+us-east-1\s+CLOUD_TRAIL_MGMT\s+COLLECTING"
    }
}

Describe 'Tab completion' {
    BeforeAll {
        Reset-Emulator $script:Emulator
        Enable-Lakes
        Add-AwsSources
        New-Edr | Out-Null
        New-Edr -Region eu-west-1 -Name eu-only | Out-Null
        $script:Typed = "-EndpointUrl $($C.EndpointUrl) -Region us-east-1 -AccessKey $($C.AccessKey) -SecretKey '$($C.SecretKey)'"
        function script:Get-Completion([string] $Line) { (TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches }
    }

    It 'completes a custom source name with the Region called''s sources, and every Region''s for Get-SLLogSource' {
        (Get-Completion "Remove-SLCustomLogSource $Typed -SourceName ").CompletionText | Should -Be @('edr-events')
        (Get-Completion "Get-SLLogSource $Typed -CustomSourceName ").CompletionText | Should -Be @('edr-events', 'eu-only')
    }

    It 'completes -AccountId with the accounts that have sources' {
        (Get-Completion "Get-SLDataLakeSource $Typed -AccountId 1").CompletionText | Should -Be @($A1, $Self)
        (Get-Completion "Remove-SLAwsLogSource $Typed -AccountId ").CompletionText | Should -Be @($A1, $Self, $A2)
    }

    It 'completes AWS source names, Regions and OCSF event classes' {
        (Get-Completion 'New-SLAwsLogSource -SourceName VPC').CompletionText | Should -Be @('VPC_FLOW')
        (Get-Completion 'New-SLAwsLogSource -SourceName VPC_FLOW -DataLakeRegion eu-west-').CompletionText | Should -Contain 'eu-west-1'
        (Get-Completion 'New-SLCustomLogSource -EventClass FILE_ACTIVITY,FILE').CompletionText | Should -Not -Contain 'FILE_ACTIVITY'
        (Get-Completion 'New-SLCustomLogSource -EventClass SECURITY_').CompletionText | Should -Be @('SECURITY_FINDING')
    }
}
