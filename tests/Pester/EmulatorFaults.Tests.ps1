#Requires -Version 5.1
# Pester 5 tests of the emulator's transport faults (Add-EmulatorFault -Kind ...), through the built module's cmdlets.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SecLakeTestHelpers.psm1') -Force
    Import-Module (Get-SecLakeModulePath) -Force
    $script:Emulator = Start-SecLakeEmulator -LedgerDelaySeconds 0
    $script:C = $Emulator.Connection
}

AfterAll {
    Stop-SecLakeEmulator $script:Emulator
    Remove-Module SecLake -ErrorAction SilentlyContinue
}

Describe 'Transport faults' {
    BeforeEach { Reset-Emulator $script:Emulator }

    It 'recovers from a connection closed before the server acted (the SDK retries)' {
        New-QLDBLedger @C -Name 'ledger-a' -PermissionsMode STANDARD -DeletionProtection $false | Out-Null
        Add-EmulatorFault $script:Emulator -Service qldb -Operation ListLedgers -Kind close-before -Count 1

        $ledgers = @(Get-QLDBLedger @C)

        $ledgers.Name | Should -Be @('ledger-a')
        $lists = @(Get-EmulatorRequest $script:Emulator | Where-Object operation -eq 'ListLedgers')
        $lists.statusCode | Should -Be @(0, 200)
    }

    It 'runs the operation when the connection is reset after the server acted' {
        Add-EmulatorFault $script:Emulator -Service qldb -Operation UpdateLedger -Kind reset-after -Count 1
        New-QLDBLedger @C -Name 'ledger-b' -PermissionsMode STANDARD -DeletionProtection $true | Out-Null

        # UpdateLedger is idempotent: the lost answer is retried and the retry answers.
        Update-QLDBLedger @C -Name 'ledger-b' -DeletionProtection $false | Out-Null

        (Get-QLDBLedger @C -Name 'ledger-b').DeletionProtection | Should -BeFalse
        $updates = @(Get-EmulatorRequest $script:Emulator | Where-Object operation -eq 'UpdateLedger')
        $updates[0].statusCode | Should -Be 0
        $updates.Count | Should -BeGreaterThan 1
    }
}
