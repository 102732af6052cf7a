#Requires -Version 7.4
# Pester 5: PowerShell 7 runs SecLake.Core and the AWS SDK precompiled (ReadyToRun), from deps/<runtime>-<rid>/, so the
# first call in a session does not wait for the JIT (issue 10). Each case runs in a fresh `pwsh -NoProfile` child (what
# a session loads is decided once per process) and reports back as JSON. Counts of JIT-compiled methods, not times.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SecLakeTestHelpers.psm1') -Force
    $script:Emulator = Start-SecLakeEmulator
    $script:ModuleDirectory = Split-Path (Get-SecLakeModulePath)
    $script:Pwsh = Get-PowerShellCommand

    # The set this pwsh takes (SecLake.Isolation's ReadyToRunFolder): its runtime, OS and process architecture.
    $runtime = if ([Environment]::Version.Major -ge 10) { 'net10.0' } else { 'net8.0' }
    $os = if ($IsWindows) { 'win' } elseif ($IsMacOS) { 'osx' } else { 'linux' }
    $arch = "$([System.Runtime.InteropServices.RuntimeInformation]::ProcessArchitecture)".ToLowerInvariant()
    $script:Set = "$runtime-$os-$arch"

    # The first Get-QLDBLedger of a session: methods JIT-compiled on this thread, and where the private context's
    # assemblies came from.
    function Invoke-FirstCall([string] $ModuleDirectory) {
        $c = $script:Emulator.Connection
        $script = @"
`$ErrorActionPreference = 'Stop'
Import-Module '$((Join-Path $ModuleDirectory 'SecLake.psd1') -replace "'", "''")'
`$before = [System.Runtime.JitInfo]::GetCompiledMethodCount(`$true)
`$null = Get-QLDBLedger -EndpointUrl '$($c.EndpointUrl)' -Region $($c.Region) -AccessKey $($c.AccessKey) -SecretKey '$($c.SecretKey)'
`$jit = [System.Runtime.JitInfo]::GetCompiledMethodCount(`$true) - `$before
`$context = [System.Runtime.Loader.AssemblyLoadContext]::All | Where-Object Name -eq 'SecLake'
[pscustomobject]@{
    Jit = `$jit
    Locations = @(`$context.Assemblies | ForEach-Object { [pscustomobject]@{ Name = `$_.GetName().Name; Location = `$_.Location } })
} | ConvertTo-Json -Depth 3 -Compress
"@
        $json = & $script:Pwsh.Program @($script:Pwsh.Arguments) -NoProfile -NonInteractive -Command $script
        if ($LASTEXITCODE) { throw "pwsh exited with $LASTEXITCODE`: $json" }
        $json | ConvertFrom-Json
    }

    # The same module with its IL only: as Windows PowerShell 5.1, or a platform without a set, loads it.
    $script:IlOnly = Join-Path $TestDrive 'SecLake'
    Copy-Item -Recurse $script:ModuleDirectory $script:IlOnly
    Get-ChildItem (Join-Path $script:IlOnly 'deps') -Directory | Remove-Item -Recurse -Force

    $script:Precompiled = Invoke-FirstCall $script:ModuleDirectory
    $script:Il = Invoke-FirstCall $script:IlOnly
}

AfterAll {
    Stop-SecLakeEmulator $script:Emulator
}

Describe 'The first call in a PowerShell 7 session' {
    It 'has a precompiled set for this runtime and platform (<Set>)' {
        Join-Path $script:ModuleDirectory "deps/$script:Set/SecLake.Core.dll" | Should -Exist
    }

    It 'loads SecLake.Core and the AWS SDK from deps/<runtime>-<rid>' -ForEach @(
        @{ Name = 'SecLake.Core' }
        @{ Name = 'AWSSDK.Core' }
    ) {
        $loaded = $script:Precompiled.Locations | Where-Object Name -eq $Name
        $loaded.Location | Should -Be (Join-Path $script:ModuleDirectory "deps/$script:Set/$Name.dll")
    }

    It 'loads the IL from deps/ when there is no set' {
        ($script:Il.Locations | Where-Object Name -eq 'AWSSDK.Core').Location | Should -Be (Join-Path $script:IlOnly 'deps/AWSSDK.Core.dll')
    }

    It 'runs precompiled code: it JIT-compiles less than half the methods the IL-only module does' {
        # Measured on pwsh 7.6.9, linux-x64: about 480 against 1,500; the rest is PowerShell's own and SecLake.dll's.
        $script:Precompiled.Jit | Should -BeLessThan ($script:Il.Jit / 2)
    }
}
