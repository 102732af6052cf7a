#Requires -Version 5.1
# The README's "Use" block runs as written against the emulator (connection by $PSDefaultParameterValues, as a user
# with a default profile would have it), and everything it prints is a clean table at 80 columns: what a new user
# sees in an 80-column terminal, in `| Out-File` and in a CI log.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SecLakeTestHelpers.psm1') -Force
    Import-Module (Get-SecLakeModulePath) -Force
    $script:Emulator = Start-SecLakeEmulator
    Set-EmulatorSessionDefault $Emulator

    $readme = Get-Content (Join-Path $PSScriptRoot '../../README.md') -Raw
    $block = [regex]::Match($readme, '(?s)## Use\s+```powershell\r?\n(.*?)```').Groups[1].Value
    $script:Lines = @($block -split '\r?\n' | Where-Object { $_.Trim() -and $_ -notmatch '^Import-Module ' })

    # What the examples read: the CSV files they name and two test ledgers to clean up, one of them protected.
    Push-Location TestDrive:
    @'
Name,PermissionsMode,DeletionProtection
billing,STANDARD,false
inventory,ALLOW_ALL,true
'@ | Set-Content ledgers.csv
    @'
AccountId,ExternalId,AwsSourceType,SubscriberName,AccessType
111122223333,ext-a,"CLOUD_TRAIL,VPC_FLOW",team-red,S3
444455556666,ext-b,ROUTE53,team-blue,LAKEFORMATION
'@ | Set-Content subscribers.csv
    New-QLDBLedger -Name test-open -PermissionsMode STANDARD -DeletionProtection $false -Confirm:$false | Out-Null
    New-QLDBLedger -Name test-protected -PermissionsMode STANDARD -Confirm:$false | Out-Null
}

AfterAll {
    Pop-Location
    Clear-EmulatorSessionDefault
    Stop-SecLakeEmulator $script:Emulator
    Remove-Module SecLake -ErrorAction SilentlyContinue
}

Describe 'README "Use" examples' {
    It 'run as written; the only error is the documented refusal of a protected ledger' {
        $ErrorActionPreference = 'Continue'   # as at the prompt, whatever the runner's preference
        $script:Printed = foreach ($line in $script:Lines) {
            $all = @(. ([scriptblock]::Create($line)) 2>&1)
            $errors = @($all | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
            $output = @($all | Where-Object { $_ -isnot [System.Management.Automation.ErrorRecord] })
            [pscustomobject]@{ Line = $line; Text = ($output | Out-String -Width 80); Errors = $errors }
        }
        $failed = @($script:Printed | Where-Object { $_.Errors.Count })
        $failed.Line | Should -Be @("Get-QLDBLedger -Name 'test-*' | Remove-QLDBLedger -Force    # -Force skips the prompt; protected ledgers are refused")
        $failed[0].Errors.Count | Should -Be 1
        "$($failed[0].Errors[0])" | Should -Match "test-protected.*-DisableDeletionProtection"
    }

    It 'prints tables that fit 80 columns with every header on one line' {
        $tables = @($script:Printed | Where-Object { $_.Text.Trim() })
        $tables.Count | Should -BeGreaterThan 5 -Because 'the examples print ledgers, data lakes, subscribers and tags'
        foreach ($printed in $tables) {
            $text = $printed.Text -split '\r?\n'
            foreach ($row in $text) { $row.TrimEnd().Length | Should -BeLessOrEqual 80 -Because "$($printed.Line) printed:`n$($printed.Text)" }
            for ($i = 1; $i -lt $text.Count; $i++) {
                if ($text[$i] -match '^-+( +-+)+\s*$') {
                    $columns = ($text[$i].Trim() -split ' +').Count
                    ($text[$i - 1].Trim() -split ' +').Count | Should -Be $columns -Because "every header of $($printed.Line) stays on its line:`n$($printed.Text)"
                }
            }
        }
    }
}
