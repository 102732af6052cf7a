<#
.SYNOPSIS
    A ReadyToRun copy of the running pwsh, to measure startup on a host built as PowerShell's release packages are.

.DESCRIPTION
    The pinned pwsh is the .NET tool package, whose assemblies are IL only; PowerShell's release packages (tar.gz,
    MSI, deb, rpm, pkg) are ReadyToRun builds. This copies $PSHOME to -Destination and compiles each IL-only assembly
    there with crossgen2 for this platform, against this runtime's framework, so that the startup figures of
    tools/Measure-Performance.ps1 can be taken on both kinds of host:

        dotnet <Destination>/pwsh.dll -NoProfile -File tools/Measure-Performance.ps1 -Section Startup

    crossgen2 comes from the NuGet cache, where the build's own ReadyToRun sets put it (./build.sh build first).
    Measurement only: nothing here is shipped or used by the tests.

.EXAMPLE
    dotnet tool run pwsh -NoProfile -File tools/New-PrecompiledPwsh.ps1
#>
[CmdletBinding()]
param(
    [string] $Destination = (Join-Path $PSScriptRoot '../artifacts/pwsh-readytorun')
)

$ErrorActionPreference = 'Stop'
$framework = [System.Runtime.InteropServices.RuntimeEnvironment]::GetRuntimeDirectory()
$runtime = [System.Environment]::Version.ToString()
$os = if ($IsWindows) { 'windows' } elseif ($IsMacOS) { 'osx' } else { 'linux' }
$arch = [System.Runtime.InteropServices.RuntimeInformation]::OSArchitecture.ToString().ToLowerInvariant()
$rid = "$(if ($IsWindows) { 'win' } else { $os })-$arch"
$packages = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { Join-Path ([Environment]::GetFolderPath('UserProfile')) '.nuget/packages' }
$crossgen = Get-ChildItem (Join-Path $packages "microsoft.netcore.app.crossgen2.$rid/$runtime/tools") -Filter 'crossgen2*' -ErrorAction Ignore |
    Where-Object { $_.Extension -in '', '.exe' } | Select-Object -First 1
if (-not $crossgen) {
    throw "crossgen2 $runtime for $rid is not in $packages. Run ./build.sh build first: its ReadyToRun sets restore it."
}

function Test-ReadyToRun([string] $Path) {
    $stream = [System.IO.File]::OpenRead($Path)
    try {
        $headers = [System.Reflection.PortableExecutable.PEReader]::new($stream).PEHeaders
        # Not a managed assembly (a native library): nothing to compile.
        if (-not $headers.CorHeader) { return $true }
        $headers.CorHeader.ManagedNativeHeaderDirectory.Size -gt 0
    }
    catch [System.BadImageFormatException] { $true }
    finally { $stream.Dispose() }
}

$Destination = [System.IO.Path]::GetFullPath($Destination)
if (Test-Path $Destination) { Remove-Item -Recurse -Force $Destination }
Copy-Item -Recurse $PSHOME $Destination
# References by name in a response file: pwsh on Unix would expand a '*' in a native command's argument itself.
$references = Join-Path $Destination 'crossgen2-references.rsp'
(Get-ChildItem $framework, $PSHOME -Filter '*.dll').FullName | ForEach-Object { "-r:$_" } | Set-Content $references
$compiled = 0
foreach ($assembly in Get-ChildItem $PSHOME -Filter '*.dll') {
    if (Test-ReadyToRun $assembly.FullName) { continue }
    $output = & $crossgen.FullName $assembly.FullName -o (Join-Path $Destination $assembly.Name) -O --targetos $os --targetarch $arch "@$references" 2>&1
    if ($LASTEXITCODE) { throw "crossgen2 failed on $($assembly.Name): $output" }
    $compiled++
}
Remove-Item $references
Write-Host "$compiled assemblies of $PSHOME compiled ReadyToRun into $Destination. Start it with: dotnet $(Join-Path $Destination 'pwsh.dll')"
