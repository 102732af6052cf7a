#Requires -Version 5.1
# Pester 5 tests of Get-Help for the built module: the compiled MAML (en-US/SecLake.dll-Help.xml) and about_SecLake
# are found and complete. The xunit help tests check the same content without PowerShell; these check that
# PowerShell itself reads it.

BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'SecLakeTestHelpers.psm1') -Force
    $manifest = Import-PowerShellDataFile (Get-SecLakeModulePath)
    $script:Cmdlets = @($manifest.CmdletsToExport | ForEach-Object { @{ Name = $_ } })
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SecLakeTestHelpers.psm1') -Force
    Import-Module (Get-SecLakeModulePath) -Force
    $script:CommonParameters = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters
}

AfterAll { Remove-Module SecLake -ErrorAction SilentlyContinue }

Describe 'Get-Help <Name>' -ForEach $script:Cmdlets {
    BeforeAll { $script:Help = Get-Help -Name $Name -Full }

    It 'comes from the module''s MAML, not from the syntax PowerShell makes up without help' {
        $script:Help.ModuleName | Should -Be 'SecLake'
        $script:Help.Synopsis | Should -Not -BeNullOrEmpty
        $script:Help.Synopsis.Trim() | Should -Not -BeLike "$Name *"
        ($script:Help.description.Text -join ' ') | Should -Not -BeNullOrEmpty
    }

    It 'describes every parameter the cmdlet has' {
        $parameters = (Get-Command -Module SecLake -Name $Name).Parameters.Keys | Where-Object { $_ -notin $script:CommonParameters -or $_ -in 'WhatIf', 'Confirm' }
        foreach ($parameter in $parameters) {
            $documented = $script:Help.parameters.parameter | Where-Object name -eq $parameter
            $documented | Should -Not -BeNullOrEmpty -Because "-$parameter must be documented"
            ($documented.description.Text -join ' ') | Should -Not -BeNullOrEmpty -Because "-$parameter needs a description"
        }
    }

    It 'has at least two examples, one of them a pipeline' {
        $examples = @($script:Help.examples.example)
        $examples.Count | Should -BeGreaterOrEqual 2
        @($examples | Where-Object { $_.code -match '\|' }).Count | Should -BeGreaterOrEqual 1
    }

    It 'names its inputs and outputs' {
        $script:Help.inputTypes.inputType.type.name | Should -Not -BeNullOrEmpty
        $script:Help.returnValues.returnValue.type.name | Should -Not -BeNullOrEmpty
    }

    It 'links its online version first, under the module''s ProjectUri, so Get-Help -Online opens it' {
        $projectUri = (Import-PowerShellDataFile (Get-SecLakeModulePath)).PrivateData.PSData.ProjectUri
        @($script:Help.relatedLinks.navigationLink)[0].uri | Should -Be "$projectUri/blob/main/docs/help/$Name.md"
    }
}

Describe 'Get-Help details' {
    It 'prints real examples with -Examples' {
        $text = Get-Help -Name New-QLDBLedger -Examples | Out-String
        $text | Should -Match 'New-QLDBLedger -Name orders -PermissionsMode STANDARD'
        $text | Should -Match 'Import-Csv'
    }

    It 'prints real Security Lake examples with -Examples' {
        $text = Get-Help -Name New-SLDataLake -Examples | Out-String
        $text | Should -Match 'New-SLDataLake -DataLakeRegion us-east-1, eu-west-1'
        $text | Should -Match 'retentionPeriod'
    }

    It 'shows both parameter sets of New-SLDataLake' {
        $syntax = (Get-Help -Name New-SLDataLake).syntax
        @($syntax.syntaxItem).Count | Should -Be 2
        # The syntax block renders through its MamlCommandHelpInfo#syntax view; a bare syntaxItem has none (a table).
        $text = $syntax | Out-String
        $text | Should -Match 'New-SLDataLake \[-DataLakeRegion\] <string\[\]>'
        $text | Should -Match 'New-SLDataLake -EnableAll'
    }

    It 'lists the accepted values of a ValidateSet parameter' {
        $parameter = Get-Help -Name New-QLDBLedger -Parameter PermissionsMode
        $parameter.required | Should -Be 'true'
        @($parameter.parameterValueGroup.parameterValue) | Should -Be @('ALLOW_ALL', 'STANDARD')
    }

    It 'shows the pipeline binding of -Name' {
        (Get-Help -Name Remove-QLDBLedger -Parameter Name).pipelineInput | Should -Match 'ByValue.*ByPropertyName'
    }

    It 'finds about_SecLake and it explains the shell defaults and AWS.Tools coexistence' {
        $about = Get-Help -Name about_SecLake | Out-String
        $about | Should -Match 'StoredAWSRegion'
        $about | Should -Match 'PSDefaultParameterValues'
        $about | Should -Match 'SecLake\\New-QLDBLedger'
        $about | Should -Match '2025-07-31'
    }
}
