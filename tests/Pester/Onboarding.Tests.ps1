#Requires -Version 5.1
# about_SecLake's "Onboarding Security Lake in one screen" runs as written against the emulator: every step works,
# prints tables that fit 80 columns, and the last lines leave nothing behind.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SecLakeTestHelpers.psm1') -Force
    Import-Module (Get-SecLakeModulePath) -Force
    $script:Emulator = Start-SecLakeEmulator
    Set-EmulatorSessionDefault $Emulator
    $about = Get-Content (Join-Path $PSScriptRoot '../../docs/help/about_SecLake.md') -Raw
    $script:Block = [regex]::Match($about, '(?s)## Onboarding Security Lake in one screen.*?```\r?\n(.*?)```').Groups[1].Value
    Push-Location TestDrive:
    "AccountId`n111122223333`n444455556666" | Set-Content accounts.csv
}

AfterAll {
    Pop-Location
    Clear-EmulatorSessionDefault
    Stop-SecLakeEmulator $script:Emulator
    Remove-Module SecLake -ErrorAction SilentlyContinue
}

Describe 'about_SecLake onboarding' {
    It 'runs as written: lake, sources for two accounts, custom source, subscriber with SQS, listing, clean-up' {
        $script:Block | Should -Not -BeNullOrEmpty
        $ErrorActionPreference = 'Stop'
        $objects = @(. ([scriptblock]::Create($script:Block)))
        $printed = $objects | Out-String -Width 80
        foreach ($line in $printed -split '\r?\n') { $line.TrimEnd().Length | Should -BeLessOrEqual 80 }
        $sent = @(Get-EmulatorRequest $script:Emulator)
        @($sent | Where-Object Operation -eq 'CreateAwsLogSource').Count | Should -BeGreaterThan 0
        @($sent | Where-Object Operation -eq 'CreateCustomLogSource').Count | Should -Be 1
        @($sent | Where-Object Operation -eq 'CreateSubscriberNotification').Count | Should -Be 1
        # 2 accounts x 2 sources x 2 Regions and the custom source as created, then the same 9 listed before the clean-up.
        @($objects | Where-Object { $_ -is [SecLake.SecurityLake.LogSource] }).Count | Should -Be 18
        @($objects | Where-Object { $_ -is [SecLake.SecurityLake.SubscriberNotification] }).Count | Should -Be 1
        @(Get-SLLogSource).Count | Should -Be 0
        @(Get-SLSubscriber).Count | Should -Be 0
    }
}
