<#
.SYNOPSIS
    How much Import-Module SecLake adds to starting PowerShell: figures, not a pass/fail test.

.DESCRIPTION
    Starts `pwsh -NoProfile -Command exit` (bare) and `pwsh -NoProfile -Command "Import-Module <psd1>"` (import)
    -Runs times each, alternating the two so that drift in the machine's load affects both alike, after -WarmupRuns
    untimed runs of each (the first starts pay for cold file caches). Prints the median wall-clock time of each, the
    difference, and the ratio import/bare. Issue 3's budget is a ratio of at most 1.10.

    Import should cost little: SecLake.dll is loaded and analysed, its initializer loads SecLake.Contracts.dll (the
    types scripts name) and registers a resolver, the format file is read; SecLake.Core and the AWS SDK load on a
    command's first run, not here.

.EXAMPLE
    ./tools/Measure-ImportCost.ps1
    ./tools/Measure-ImportCost.ps1 -Runs 31 -ModulePath ./out/SecLake/SecLake.psd1
#>
[CmdletBinding()]
param(
    # Timed runs of each command (the median is reported).
    [ValidateRange(1, 1000)]
    [int] $Runs = 15,

    # Untimed runs of each command first.
    [ValidateRange(0, 100)]
    [int] $WarmupRuns = 2,

    # The module manifest to import; by default the built module in out/SecLake.
    [string] $ModulePath = (Join-Path $PSScriptRoot '../out/SecLake/SecLake.psd1'),

    # The pwsh to start; by default the one running this script when it is pwsh, else pwsh from PATH.
    [string] $Pwsh
)

$ErrorActionPreference = 'Stop'
if (-not (Test-Path -LiteralPath $ModulePath)) {
    throw "No module at $ModulePath. Build it first: ./build.ps1 -Task Build (or ./build.sh build)."
}
$ModulePath = (Resolve-Path -LiteralPath $ModulePath).Path
if (-not $Pwsh) {
    $self = (Get-Process -Id $PID).Path
    $Pwsh = if ([IO.Path]::GetFileNameWithoutExtension($self) -eq 'pwsh') { $self } else { (Get-Command pwsh -CommandType Application -ErrorAction Stop | Select-Object -First 1).Source }
}

# -NonInteractive so that nothing waits for input; the import command fails the run if the import fails.
$bareArguments = @('-NoProfile', '-NonInteractive', '-Command', 'exit')
$importArguments = @('-NoProfile', '-NonInteractive', '-Command', "Import-Module '$($ModulePath -replace "'", "''")' -ErrorAction Stop; exit")

function Measure-Start([string[]] $Arguments) {
    $start = [Diagnostics.ProcessStartInfo]::new($Pwsh)
    foreach ($argument in $Arguments) { $start.ArgumentList.Add($argument) }
    $start.UseShellExecute = $false
    $start.RedirectStandardOutput = $true
    $start.RedirectStandardError = $true
    $clock = [Diagnostics.Stopwatch]::StartNew()
    $process = [Diagnostics.Process]::Start($start)
    $stdout = $process.StandardOutput.ReadToEndAsync()
    $stderr = $process.StandardError.ReadToEndAsync()
    $process.WaitForExit()
    $clock.Stop()
    if ($process.ExitCode -ne 0) {
        throw "'$Pwsh $($Arguments -join ' ')' exited with $($process.ExitCode): $($stderr.Result)$($stdout.Result)"
    }
    $clock.Elapsed.TotalMilliseconds
}

function Get-Median([double[]] $Values) {
    $sorted = $Values | Sort-Object
    $middle = [int][Math]::Floor($sorted.Count / 2)
    if ($sorted.Count % 2) { $sorted[$middle] } else { ($sorted[$middle - 1] + $sorted[$middle]) / 2 }
}

Write-Host "pwsh:   $Pwsh ($((& $Pwsh -NoProfile -NonInteractive -Command '$PSVersionTable.PSVersion.ToString()')))"
Write-Host "module: $ModulePath"
Write-Host "runs:   $Runs timed of each, alternating, after $WarmupRuns warm-up runs of each"

for ($i = 0; $i -lt $WarmupRuns; $i++) {
    $null = Measure-Start $bareArguments
    $null = Measure-Start $importArguments
}
$bare = [Collections.Generic.List[double]]::new()
$import = [Collections.Generic.List[double]]::new()
for ($i = 0; $i -lt $Runs; $i++) {
    $bare.Add((Measure-Start $bareArguments))
    $import.Add((Measure-Start $importArguments))
}

$bareMedian = Get-Median $bare.ToArray()
$importMedian = Get-Median $import.ToArray()
$ratio = $importMedian / $bareMedian
[pscustomobject]@{
    BareStartMs        = [Math]::Round($bareMedian, 1)
    ImportStartMs      = [Math]::Round($importMedian, 1)
    AddedMs            = [Math]::Round($importMedian - $bareMedian, 1)
    Ratio              = [Math]::Round($ratio, 3)
    BareMinMaxMs       = '{0:N1} .. {1:N1}' -f ($bare | Measure-Object -Minimum).Minimum, ($bare | Measure-Object -Maximum).Maximum
    ImportMinMaxMs     = '{0:N1} .. {1:N1}' -f ($import | Measure-Object -Minimum).Minimum, ($import | Measure-Object -Maximum).Maximum
    Runs               = $Runs
} | Format-List
Write-Host ("import/bare = {0:N3} (issue 3's budget: at most 1.10)" -f $ratio)
