#Requires -Version 7.4
# Pester 5: build.ps1, the one implementation of every build task, run in a fresh pwsh with a stand-in `dotnet` first
# on PATH that records each call's arguments exactly as it received them. This is how native-argument parsing bugs
# show (PowerShell once split '-t:PackModule' into '-t:' 'PackModule'); the real tasks run in CI and the README.
# build.ps1 runs from a copy in a scratch folder: its Clean task must never reach the real out/ and artifacts/.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SecLakeTestHelpers.psm1') -Force
    $script:RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
    $script:ScratchRepo = Join-Path $TestDrive 'repo'
    New-Item -ItemType Directory -Path $script:ScratchRepo | Out-Null
    $script:BuildScript = Join-Path $script:ScratchRepo 'build.ps1'
    Copy-Item (Join-Path $script:RepoRoot 'build.ps1') $script:BuildScript
    $script:Pwsh = Get-PowerShellCommand

    # Runs build.ps1 -Task $Task with the recording dotnet; returns one string per dotnet call: "[arg1][arg2]...".
    function Invoke-BuildTask([string] $Task, [hashtable] $Environment = @{}) {
        $bin = Join-Path $TestDrive "bin-$Task"
        New-Item -ItemType Directory -Force -Path $bin | Out-Null
        $log = Join-Path $TestDrive "dotnet-$Task.txt"
        Set-Content -Path $log -Value $null
        if ($IsWindows) {
            Set-Content -Path (Join-Path $bin 'dotnet.cmd') -Value "@echo off`r`nset line=`r`nfor %%a in (%*) do call set line=%%line%%[%%~a]`r`necho %line%>> `"$log`"`r`nexit /b 0"
        }
        else {
            $fake = Join-Path $bin 'dotnet'
            Set-Content -Path $fake -Value "#!/bin/sh`nline=''`nfor a in `"`$@`"; do line=`"`$line[`$a]`"; done`necho `"`$line`" >> '$log'`nexit 0"
            & chmod +x $fake
        }
        $saved = @{ PATH = $env:PATH }
        $env:PATH = $bin + [System.IO.Path]::PathSeparator + $env:PATH
        foreach ($name in $Environment.Keys) { $saved[$name] = [Environment]::GetEnvironmentVariable($name); [Environment]::SetEnvironmentVariable($name, $Environment[$name]) }
        try {
            $pwshArguments = $script:Pwsh.Arguments
            & $script:Pwsh.Program @pwshArguments -NoProfile -NonInteractive -File $script:BuildScript -Task $Task *> (Join-Path $TestDrive "output-$Task.txt")
        }
        finally {
            foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
        }
        @(Get-Content -Path $log | Where-Object { $_ })
    }
}

Describe 'build.ps1' {
    It 'Build compiles the solution and lays the module out' {
        $calls = Invoke-BuildTask Build
        $calls | Should -Be @(
            '[build][Module.sln][-c][Release][-v:q][-nologo]'
            '[publish][src/SecLake/SecLake.csproj][-c][Release][-v:q][-nologo][--no-build]'
        )
    }

    It 'Package hands -t:PackModule and -v:q to dotnet whole' {
        $calls = Invoke-BuildTask Package
        $calls[-1] | Should -Be '[msbuild][src/SecLake/SecLake.csproj][-t:PackModule][-p:Configuration=Release][-v:q][-nologo]'
    }

    It 'Clean removes out/ and artifacts/ and cleans the solution' {
        New-Item -ItemType Directory -Force -Path (Join-Path $script:ScratchRepo 'out/SecLake'), (Join-Path $script:ScratchRepo 'artifacts/modules') | Out-Null
        $calls = Invoke-BuildTask Clean
        $calls | Should -Be @('[clean][Module.sln][-v:q][-nologo]')
        Join-Path $script:ScratchRepo 'out' | Should -Not -Exist
        Join-Path $script:ScratchRepo 'artifacts' | Should -Not -Exist
    }

    It 'Test builds, provisions the pinned pwsh, then runs xunit and the Pester suite in that pwsh' {
        $calls = Invoke-BuildTask Test
        $calls[2] | Should -Be '[tool][restore]'
        $calls[3] | Should -Be '[format][Module.sln][--verify-no-changes]'
        $calls[4] | Should -Match '^\[test\]\[tests/SecLake.Tests/SecLake.Tests.csproj\]\[-c\]\[Release\]\[--no-build\]'
        $calls[5] | Should -Match '^\[tool\]\[run\]\[pwsh\]\[-NoProfile\]\[-NonInteractive\]\[-File\]\[tests/Pester/Invoke-SecLakePester.ps1\]'
    }

    It 'Demo with SECLAKE_DEMO_AWS=1 runs examples/Demo.ps1 in the pinned pwsh without the emulator' {
        $calls = Invoke-BuildTask Demo @{ SECLAKE_DEMO_AWS = '1' }
        $calls[2] | Should -Be '[tool][restore]'
        $calls[3] | Should -Be '[tool][run][pwsh][-NoProfile][-NonInteractive][-File][examples/Demo.ps1]'
    }

    It 'honours CONFIGURATION=Debug as build.sh documents' {
        $calls = Invoke-BuildTask Build @{ CONFIGURATION = 'Debug' }
        $calls[0] | Should -Be '[build][Module.sln][-c][Debug][-v:q][-nologo]'
    }
}

Describe 'build.sh' {
    It 'is only a front door: it provisions pwsh and hands every task to build.ps1' {
        $text = Get-Content -Raw (Join-Path $script:RepoRoot 'build.sh')
        $text | Should -Match 'dotnet tool restore'
        $text | Should -Match 'exec dotnet tool run pwsh -NoProfile -NonInteractive -File \./build\.ps1 -Task "\$task"'
        ($text -split "`n" | Where-Object { $_ -match '^\s*dotnet (build|test|publish|msbuild)' }) | Should -BeNullOrEmpty
    }
}
