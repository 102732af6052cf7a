<#
.SYNOPSIS
    Issue 10's figures in one run: each measured time as a ratio to its floor, medians. Figures, not a pass/fail test.

.DESCRIPTION
    Runs against the local emulator (tests/SecLake.Emulator, started here) and the built module (out/SecLake), so build
    first: ./build.sh build (or dotnet build Module.sln -c Release; dotnet publish src/SecLake -c Release --no-build).
    Each figure is the median of -Runs runs (-StartRuns for process starts), measured in this one invocation:

    Subscribers  -SubscriberCount rows of a CSV piped to New-SLSubscriber -ThrottleLimit 16 with -LatencyMs on every
                 CreateSubscriber, against the floor SubscriberCount x LatencyMs / 16. Every record is checked: as many
                 subscribers as rows, no error.
    Ledgers      Get-QLDBLedger (no -Name) over -LedgerCount ledgers with -LatencyMs on every QLDB call, against the
                 time of its ListLedgers pages alone made directly on SecLake.Core's client (benchmarks/SecLake.Bench).
    Startup      pwsh -NoProfile -c "Import-Module SecLake; <one Get-QLDBLedger>" against a bare pwsh -NoProfile -c 1,
                 and pwsh -NoProfile -c "Import-Module SecLake" against importing an empty script module; alternated
                 with three starts that print reference points, not figures: a one-cmdlet binary module, the same with
                 a one-view format file, and one HTTP request.
                 On PowerShell 7 the module runs SecLake.Core and the AWS SDK precompiled (deps/<runtime>-<rid>/):
                 point -ModulePath at a copy without those folders for the IL-only figure.
    Pipeline     -PipelineCount names piped to New-QLDBLedger at no latency, against the same CreateLedger calls made one
                 after another directly on SecLake.Core's client; each side at its steady state (untimed rounds until
                 two in a row compile no new method: pwsh takes about ten rounds of 1,000 records).

    The machine's load moves every figure: run it when nothing else runs, and compare ratios, not milliseconds.

.EXAMPLE
    ./tools/Measure-Performance.ps1
    ./tools/Measure-Performance.ps1 -Section Pipeline, Startup -Runs 5
#>
[CmdletBinding()]
param(
    [ValidateSet('Subscribers', 'Ledgers', 'Startup', 'Pipeline')]
    [string[]] $Section = @('Subscribers', 'Ledgers', 'Startup', 'Pipeline'),
    [ValidateRange(1, 100)] [int] $Runs = 3,
    [ValidateRange(1, 200)] [int] $StartRuns = 15,
    [ValidateRange(0, 10000)] [int] $LatencyMs = 50,
    [ValidateRange(1, 100000)] [int] $SubscriberCount = 1000,
    [ValidateRange(1, 64)] [int] $ThrottleLimit = 16,
    [ValidateRange(1, 50000)] [int] $LedgerCount = 5000,
    [ValidateRange(1, 100000)] [int] $PipelineCount = 1000,
    [string] $ModulePath = (Join-Path $PSScriptRoot '../out/SecLake/SecLake.psd1')
)

$ErrorActionPreference = 'Stop'
$repo = (Resolve-Path (Join-Path $PSScriptRoot '..')).Path
$ModulePath = (Resolve-Path -LiteralPath $ModulePath).Path
$bench = Join-Path $repo 'benchmarks/SecLake.Bench/bin/Release/net10.0/SecLake.Bench.dll'
if (-not (Test-Path $bench)) { throw "Build first: dotnet build Module.sln -c Release ($bench is missing)." }
Import-Module (Join-Path $repo 'tests/Pester/SecLakeTestHelpers.psm1') -Force
Import-Module $ModulePath -Force
$pwsh = Get-PowerShellCommand

function Get-Median([double[]] $Values) {
    $sorted = @($Values | Sort-Object)
    $middle = [int][Math]::Floor($sorted.Count / 2)
    if ($sorted.Count % 2) { $sorted[$middle] } else { ($sorted[$middle - 1] + $sorted[$middle]) / 2 }
}

function Invoke-Bench([string[]] $Arguments) {
    $line = & dotnet $bench @Arguments
    if ($LASTEXITCODE) { throw "SecLake.Bench $Arguments failed: $line" }
    $line | ConvertFrom-Json
}

function Measure-Ms([scriptblock] $Script) { (Measure-Command $Script).TotalMilliseconds }

$figures = [System.Collections.Generic.List[object]]::new()
function Add-Figure([string] $Name, [double[]] $Measured, [double[]] $Floor, [string] $FloorText, [double] $Budget) {
    $m = Get-Median $Measured
    $f = Get-Median $Floor
    $figures.Add([pscustomobject]@{
            Figure     = $Name
            MedianMs   = [Math]::Round($m, 1)
            FloorMs    = [Math]::Round($f, 1)
            Floor      = $FloorText
            Ratio      = [Math]::Round($m / $f, 3)
            Budget     = $Budget
            Runs       = $Measured.Count
            AllRunsMs  = ($Measured | ForEach-Object { [Math]::Round($_) }) -join ' '
        })
    Write-Host ("{0}: {1:N3}x (median {2:N0} ms vs {3:N0} ms; budget {4})" -f $Name, ($m / $f), $m, $f, $Budget)
}

$emulator = Start-SecLakeEmulator -LedgerDelaySeconds 0 -DataLakeDelaySeconds 0 -LedgerLimit ([Math]::Max($LedgerCount, $PipelineCount) + 1000)
$C = $emulator.Connection
try {
    Write-Host "pwsh $($PSVersionTable.PSVersion), $([Environment]::ProcessorCount) cores, load $((Get-Content /proc/loadavg -ErrorAction SilentlyContinue) -split ' ' | Select-Object -First 3)"

    if ('Subscribers' -in $Section) {
        $csv = Join-Path ([IO.Path]::GetTempPath()) "seclake-bench-subscribers-$PID.csv"
        1..$SubscriberCount | ForEach-Object {
            [pscustomobject]@{ AccountId = '{0:D12}' -f (100000000000 + $_); ExternalId = "ext-$_"; SubscriberName = "sub-$_"; AwsSourceType = 'CLOUD_TRAIL,VPC_FLOW' }
        } | Export-Csv $csv -NoTypeInformation
        $times = foreach ($run in 1..$Runs) {
            Reset-Emulator $emulator
            $null = New-SLDataLake @C -DataLakeRegion us-east-1 -MetaStoreManagerRoleArn 'arn:aws:iam::123456789012:role/M' -Wait
            Add-EmulatorFault $emulator -Service securitylake -Operation CreateSubscriber -LatencyMs $LatencyMs -Rate 1.0
            $failures = $null
            $ms = Measure-Ms { $script:created = @(Import-Csv $csv | New-SLSubscriber @C -ThrottleLimit $ThrottleLimit -Confirm:$false -ErrorVariable failures -ErrorAction SilentlyContinue) }
            $stored = @(Get-SLSubscriber @C).Count
            if ($script:created.Count -ne $SubscriberCount -or $failures -or $stored -ne $SubscriberCount) {
                throw "Records unaccounted for: $($script:created.Count) written, $(@($failures).Count) errors, $stored stored of $SubscriberCount."
            }
            $ms
        }
        Remove-Item $csv
        $floor = $SubscriberCount * $LatencyMs / $ThrottleLimit
        Add-Figure "New-SLSubscriber x$SubscriberCount from CSV, ${LatencyMs} ms, -ThrottleLimit $ThrottleLimit" $times @($floor) "$SubscriberCount x $LatencyMs ms / $ThrottleLimit" 1.3
    }

    if ('Ledgers' -in $Section) {
        Reset-Emulator $emulator
        $null = Invoke-Bench @('create-ledgers', '--endpoint', $emulator.Url, '--count', $LedgerCount, '--concurrency', 8, '--prefix', 'list-')
        Add-EmulatorFault $emulator -Service qldb -Operation '*' -LatencyMs $LatencyMs -Rate 1.0
        $cmdlet = [System.Collections.Generic.List[double]]::new()
        $pages = [System.Collections.Generic.List[double]]::new()
        foreach ($run in 1..$Runs) {
            $cmdlet.Add((Measure-Ms { $script:listed = @(Get-QLDBLedger @C) }))
            if ($script:listed.Count -ne $LedgerCount) { throw "Get-QLDBLedger wrote $($script:listed.Count) of $LedgerCount ledgers." }
            $pages.Add((Invoke-Bench @('list-ledgers', '--endpoint', $emulator.Url, '--warmup', 1)).elapsedMs)
        }
        Add-Figure "Get-QLDBLedger over $LedgerCount ledgers, ${LatencyMs} ms" $cmdlet $pages "its $([Math]::Ceiling($LedgerCount / 100)) ListLedgers pages, core client" 1.3
        Reset-Emulator $emulator
    }

    if ('Startup' -in $Section) {
        $empty = Join-Path ([IO.Path]::GetTempPath()) "seclake-bench-empty-$PID"
        $null = New-Item -ItemType Directory -Force $empty
        Set-Content (Join-Path $empty 'Empty.psm1') ''
        $quoted = $ModulePath -replace "'", "''"
        $connection = "-EndpointUrl '$($emulator.Url)' -Region us-east-1 -AccessKey $($C.AccessKey) -SecretKey '$($C.SecretKey)'"
        # Reference points, not budgets: the same kinds of start without SecLake. A one-cmdlet binary module (compiled
        # here), that module with a one-view format file, and one HTTP request from pwsh -c: what any binary module, any
        # format file and any service call cost this pwsh before SecLake's own code runs.
        Add-Type -OutputAssembly (Join-Path $empty 'Trivial.dll') -TypeDefinition @'
using System.Management.Automation;
[Cmdlet(VerbsCommon.Get, "Trivial")]
public sealed class GetTrivialCommand : PSCmdlet { protected override void ProcessRecord() { WriteObject(1); } }
'@
        Set-Content (Join-Path $empty 'Trivial.format.ps1xml') @'
<?xml version="1.0" encoding="utf-8"?>
<Configuration><ViewDefinitions><View><Name>Trivial</Name><ViewSelectedBy><TypeName>Trivial.Output</TypeName></ViewSelectedBy>
<TableControl><TableHeaders><TableColumnHeader /></TableHeaders><TableRowEntries><TableRowEntry><TableColumnItems>
<TableColumnItem><PropertyName>Name</PropertyName></TableColumnItem></TableColumnItems></TableRowEntry></TableRowEntries></TableControl>
</View></ViewDefinitions></Configuration>
'@
        Set-Content (Join-Path $empty 'Trivial.psd1') "@{ ModuleVersion = '1.0'; RootModule = 'Trivial.dll' }"
        Set-Content (Join-Path $empty 'TrivialFormatted.psd1') "@{ ModuleVersion = '1.0'; RootModule = 'Trivial.dll'; FormatsToProcess = 'Trivial.format.ps1xml' }"
        $inEmpty = { param($file) "Import-Module '$((Join-Path $empty $file) -replace "'", "''")'" }
        $commands = [ordered]@{
            Bare             = '1'
            FirstCall        = "Import-Module '$quoted'; `$null = Get-QLDBLedger $connection"
            Import           = "Import-Module '$quoted'"
            EmptyImport      = & $inEmpty 'Empty.psm1'
            TrivialImport    = & $inEmpty 'Trivial.psd1'
            FormattedImport  = & $inEmpty 'TrivialFormatted.psd1'
            HttpRequest      = "`$null = [System.Net.Http.HttpClient]::new().GetAsync('$($emulator.Url)').GetAwaiter().GetResult()"
        }
        $times = @{}
        foreach ($key in $commands.Keys) { $times[$key] = [System.Collections.Generic.List[double]]::new() }
        foreach ($run in 0..$StartRuns) {
            foreach ($key in $commands.Keys) {
                $ms = Measure-Ms { & $pwsh.Program @($pwsh.Arguments) -NoProfile -NonInteractive -Command $commands[$key] | Out-Null }
                if ($LASTEXITCODE) { throw "pwsh -c '$($commands[$key])' exited with $LASTEXITCODE." }
                # The first round only warms the file cache.
                if ($run -gt 0) { $times[$key].Add($ms) }
            }
        }
        Remove-Item -Recurse $empty
        Add-Figure 'Import + first call (pwsh -c)' $times.FirstCall $times.Bare 'pwsh -NoProfile -c 1' 1.25
        Add-Figure 'Import alone (pwsh -c)' $times.Import $times.EmptyImport 'importing an empty module' 1.02
        $ratio = { param($key, $floor) (Get-Median $times[$key]) / (Get-Median $times[$floor]) }
        Write-Host ("Startup, without SecLake: a one-cmdlet binary module imports at {0:N3}x the empty module, the same with a one-view format file at {1:N3}x; one HTTP request from pwsh -c costs {2:N3}x a bare pwsh -c 1." -f
            (& $ratio TrivialImport EmptyImport), (& $ratio FormattedImport EmptyImport), (& $ratio HttpRequest Bare))
    }

    if ('Pipeline' -in $Section) {
        $warmup = 100
        $cmdlet = [System.Collections.Generic.List[double]]::new()
        $direct = [System.Collections.Generic.List[double]]::new()
        $pumped = [System.Collections.Generic.List[double]]::new()
        # Both sides are timed at their steady state. SecLake.Bench repeats untimed rounds until two in a row compile no
        # new method; pwsh gets the same rule with full rounds, allowing a few methods a round (PowerShell compiles some
        # of its own code on the way whatever runs). Tiered compilation takes pwsh about ten rounds of 1,000 records on
        # this machine to promote its hot methods: timed before that, the figure measured the JIT, not the pipeline.
        $preNames = 1..$PipelineCount | ForEach-Object { 'pre-{0:D5}' -f $_ }
        $quiet = 0
        for ($round = 1; $round -le 20 -and $quiet -lt 2; $round++) {
            Reset-Emulator $emulator
            $compiled = [System.Runtime.JitInfo]::GetCompiledMethodCount($false)
            $null = $preNames | New-QLDBLedger @C -PermissionsMode STANDARD -DeletionProtection $false -Confirm:$false
            $newlyCompiled = [System.Runtime.JitInfo]::GetCompiledMethodCount($false) - $compiled
            # Tiered compilation promotes hot methods in the background: give it the pause the benchmark's side gets.
            Start-Sleep -Milliseconds 200
            $quiet = if ($newlyCompiled -lt 10) { $quiet + 1 } else { 0 }
        }
        Write-Host "Pipeline: pwsh warmed up in $($round - 1) untimed rounds of $PipelineCount records (last compiled $newlyCompiled methods)."
        foreach ($run in 1..$Runs) {
            Reset-Emulator $emulator
            $null = 1..$warmup | ForEach-Object { 'warm-{0:D5}' -f $_ } | New-QLDBLedger @C -PermissionsMode STANDARD -DeletionProtection $false -Confirm:$false
            $names = 1..$PipelineCount | ForEach-Object { 'pipe-{0:D5}' -f $_ }
            $cmdlet.Add((Measure-Ms { $null = $names | New-QLDBLedger @C -PermissionsMode STANDARD -DeletionProtection $false -Confirm:$false }))
            $made = @(Get-EmulatorRequest $emulator | Where-Object { $_.operation -eq 'CreateLedger' -and $_.statusCode -eq 200 }).Count
            if ($made -ne $PipelineCount + $warmup) { throw "$made ledgers created, expected $($PipelineCount + $warmup)." }
            Reset-Emulator $emulator
            $direct.Add((Invoke-Bench @('create-ledgers', '--endpoint', $emulator.Url, '--count', $PipelineCount, '--warmup', $warmup, '--prefix', 'core-')).elapsedMs)
            Reset-Emulator $emulator
            $pumped.Add((Invoke-Bench @('create-ledgers', '--endpoint', $emulator.Url, '--count', $PipelineCount, '--warmup', $warmup, '--prefix', 'pump-', '--handoff', '1')).elapsedMs)
        }
        # Not a budget: where the ratio comes from. The same calls through the cmdlets' OrderedWorkPump on one dedicated
        # thread (PowerShell's rule: everything written from the pipeline thread), without PowerShell.
        Write-Host ("Pipeline: the core client through the cmdlets' pump on one thread, without PowerShell: {0:N3}x the direct calls (median {1:N0} ms)." -f ((Get-Median $pumped) / (Get-Median $direct)), (Get-Median $pumped))
        Add-Figure "$PipelineCount New-QLDBLedger through the pipeline, no latency" $cmdlet $direct 'the same CreateLedger calls on the core client' 1.15
    }
}
finally {
    Stop-SecLakeEmulator $emulator
}

$figures | Format-Table -AutoSize -Wrap | Out-String -Width 200 | Write-Host
$figures
