# Shared by the Pester files: the built module's path, and the local emulator run as its own process.

$script:RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
$script:Configuration = if ($env:SECLAKE_TEST_CONFIGURATION) { $env:SECLAKE_TEST_CONFIGURATION } else { 'Release' }

# The emulator's default test credentials (tests/SecLake.Emulator EmulatorOptions).
$script:TestAccessKey = 'AKIAIOSFODNN7EXAMPLE'
$script:TestSecretKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'

function Get-SecLakeModulePath { Join-Path $script:RepoRoot 'out/SecLake/SecLake.psd1' }

function Get-PowerShellCommand {
    <#
    How to start a fresh child of this very PowerShell, whatever its install kind: the pwsh or powershell executable
    itself, or, for the .NET tool (whose process is dotnet), dotnet with the host's pwsh.dll. Returns the program and
    the arguments that precede the child's own: $pwsh = Get-PowerShellCommand; & $pwsh.Program @($pwsh.Arguments) ...
    #>
    $process = [System.Diagnostics.Process]::GetCurrentProcess().MainModule.FileName
    $arguments = if ([System.IO.Path]::GetFileNameWithoutExtension($process) -eq 'dotnet') { , @(Join-Path $PSHOME 'pwsh.dll') } else { , @() }
    [pscustomobject]@{ Program = $process; Arguments = $arguments }
}

function Start-SecLakeEmulator {
    <#
    Starts the emulator on a free port; returns an object with Url, Process and the splat for the cmdlets.
    -AccountsOutsideOrganization: accounts CreateAwsLogSource and DeleteAwsLogSource answer as failed.
    #>
    param([int] $LedgerDelaySeconds = 1, [int] $DataLakeDelaySeconds = 1, [int] $LedgerLimit = 50, [string[]] $AccountsOutsideOrganization)
    $dll = Join-Path $script:RepoRoot "tests/SecLake.Emulator/bin/$script:Configuration/net10.0/SecLake.Emulator.dll"
    if (-not (Test-Path $dll)) { throw "The emulator is not built ($dll). Run ./build.sh build (or ./build.ps1 -Task Build) first." }
    $portFile = [System.IO.Path]::GetTempFileName()
    Remove-Item $portFile
    $arguments = @($dll, '--port', '0', '--port-file', $portFile, '--ledger-create-delay', $LedgerDelaySeconds,
        '--ledger-delete-delay', $LedgerDelaySeconds, '--datalake-delay', $DataLakeDelaySeconds, '--ledger-limit', $LedgerLimit)
    if ($AccountsOutsideOrganization) { $arguments += '--accounts-outside-organization', ($AccountsOutsideOrganization -join ',') }
    # -NoNewWindow, not -WindowStyle: the latter is Windows-only and fails on Linux and macOS.
    $process = Start-Process -FilePath 'dotnet' -ArgumentList $arguments -PassThru -NoNewWindow `
        -RedirectStandardOutput ([System.IO.Path]::GetTempFileName()) -RedirectStandardError ([System.IO.Path]::GetTempFileName())
    $deadline = (Get-Date).AddSeconds(20)
    while (-not (Test-Path $portFile) -or -not (Get-Content $portFile -Raw)) {
        if ((Get-Date) -gt $deadline -or $process.HasExited) { throw 'The emulator did not start.' }
        Start-Sleep -Milliseconds 100
    }
    $url = (Get-Content $portFile -Raw).Trim()
    Remove-Item $portFile
    [pscustomobject]@{
        Url        = $url
        Process    = $process
        Connection = @{ EndpointUrl = $url; Region = 'us-east-1'; AccessKey = $script:TestAccessKey; SecretKey = $script:TestSecretKey }
    }
}

function Stop-SecLakeEmulator {
    param($Emulator)
    if ($Emulator -and $Emulator.Process -and -not $Emulator.Process.HasExited) { $Emulator.Process.Kill() }
}

function Get-EmulatorRequest {
    <# The service requests the emulator has recorded (its control endpoint; unsigned), one object each. #>
    param($Emulator)
    $requests = Invoke-RestMethod -Uri ($Emulator.Url.TrimEnd('/') + '/_emulator/requests')
    # Windows PowerShell returns a JSON array as one object; emit its items so @(...).Count counts requests.
    foreach ($request in $requests) { $request }
}

function Reset-Emulator {
    param($Emulator)
    Invoke-RestMethod -Method Post -Uri ($Emulator.Url.TrimEnd('/') + '/_emulator/reset') | Out-Null
}

function Add-EmulatorFault {
    <#
    Adds a fault to the emulator (POST /_emulator/faults). What: -Kind error (the default: an error answer of
    -StatusCode, -ErrorCode, -Message, -RetryAfterSeconds; status 0 with -LatencyMs only delays) or a transport fault:
    reset-after (the operation runs, the connection is cut without an answer), close-before (cut without running it),
    stall / stall-after (no answer, before or after running it, for -StallSeconds or until the client gives up),
    half-body (it runs; status, headers and half the body are sent, then the connection closes). Which calls of
    -Service/-Operation (default any): after the first -Skip, the next -Count (default 1), or with -Rate each with that
    probability, reproducibly for -Seed (-Count then caps it; without -Count it lasts until Reset-Emulator).
    #>
    param(
        $Emulator,
        [string] $Service = '*',
        [string] $Operation = '*',
        [int] $StatusCode,
        [string] $ErrorCode,
        [int] $Count = 1,
        [int] $RetryAfterSeconds,
        [ValidateSet('error', 'reset-after', 'close-before', 'stall', 'stall-after', 'half-body')]
        [string] $Kind = 'error',
        [ValidateRange(0.0, 1.0)] [double] $Rate,
        [int] $Seed,
        [ValidateRange(0, [int]::MaxValue)] [int] $Skip,
        [ValidateRange(0.0, 86400.0)] [double] $StallSeconds,
        [ValidateRange(0, [int]::MaxValue)] [int] $LatencyMs,
        [string] $Message
    )
    $body = [ordered]@{ service = $Service; operation = $Operation; kind = $Kind; statusCode = $StatusCode }
    if ($PSBoundParameters.ContainsKey('Rate')) {
        $body.rate = $Rate
        if ($PSBoundParameters.ContainsKey('Count')) { $body.count = $Count }
    }
    else { $body.count = $Count }
    if ($PSBoundParameters.ContainsKey('Seed')) { $body.seed = $Seed }
    if ($Skip) { $body.skip = $Skip }
    if ($PSBoundParameters.ContainsKey('StallSeconds')) { $body.stallMs = [int]($StallSeconds * 1000) }
    if ($LatencyMs) { $body.latencyMs = $LatencyMs }
    if ($ErrorCode) { $body.errorCode = $ErrorCode }
    if ($Message) { $body.message = $Message }
    if ($RetryAfterSeconds) { $body.retryAfterSeconds = $RetryAfterSeconds }
    Invoke-RestMethod -Method Post -Uri ($Emulator.Url.TrimEnd('/') + '/_emulator/faults') -Body ($body | ConvertTo-Json) -ContentType 'application/json' | Out-Null
}

function Add-EmulatorDataLakeException {
    <#
    Records a Security Lake exception in the emulator (POST /_emulator/securitylake/exceptions) for
    ListDataLakeExceptions to list: -Region must have a data lake; -Timestamp defaults to now.
    #>
    param(
        $Emulator,
        [Parameter(Mandatory)] [string] $Region,
        [Parameter(Mandatory)] [string] $Exception,
        [string] $Remediation = '',
        [datetime] $Timestamp
    )
    $body = [ordered]@{ region = $Region; exception = $Exception; remediation = $Remediation }
    if ($PSBoundParameters.ContainsKey('Timestamp')) { $body.timestamp = $Timestamp.ToUniversalTime().ToString('o') }
    Invoke-RestMethod -Method Post -Uri ($Emulator.Url.TrimEnd('/') + '/_emulator/securitylake/exceptions') -Body ($body | ConvertTo-Json) -ContentType 'application/json' | Out-Null
}


function Set-EmulatorSessionDefault {
    <#
    Points every SecLake cmdlet of the session at the emulator through $PSDefaultParameterValues, as a user with a
    default profile would have it, so documented examples run as written (README, about_SecLake).
    #>
    param($Emulator)
    foreach ($pattern in '*-QLDB*', '*-SL*') {
        foreach ($name in $Emulator.Connection.Keys) { $global:PSDefaultParameterValues["${pattern}:$name"] = $Emulator.Connection[$name] }
    }
}

function Clear-EmulatorSessionDefault {
    <# Removes what Set-EmulatorSessionDefault set. #>
    foreach ($key in @($global:PSDefaultParameterValues.Keys | Where-Object { $_ -like '*-QLDB*:*' -or $_ -like '*-SL*:*' })) {
        $global:PSDefaultParameterValues.Remove($key)
    }
}

function Get-ServiceCmdletName {
    <# The exported SecLake cmdlets of one service: those whose base class names it in [ServiceCmdlet] (qldb, securitylake). #>
    param([Parameter(Mandatory)] [string] $ServiceId)
    @(Get-Command -Module SecLake -CommandType Cmdlet | Where-Object {
            @($_.ImplementingType.GetCustomAttributes($true) | Where-Object { $_.GetType().Name -eq 'ServiceCmdletAttribute' -and $_.ServiceId -eq $ServiceId }).Count
        } | Sort-Object Name | ForEach-Object Name)
}

function Get-DeclaredOperation {
    <# The operations a cmdlet's [ServiceOperation] attributes name, sorted. #>
    param([Parameter(Mandatory)] [string] $Name)
    @((Get-Command $Name).ImplementingType.GetCustomAttributes($false) |
        Where-Object { $_.GetType().Name -eq 'ServiceOperationAttribute' } | ForEach-Object Operation | Sort-Object -Unique)
}

function Invoke-OperationSample {
    <#
    Runs one sample (@{ Setup = { ... }; Run = { param($made) ... } }) on an empty emulator: Setup makes the state the
    sample needs and hands its last output to Run; returns the requests Run sent (not Setup's). Any error fails it.
    #>
    param([Parameter(Mandatory)] $Emulator, [Parameter(Mandatory)] [hashtable] $Sample)
    Reset-Emulator $Emulator
    # The blocks run in the test file's scope, where this module's $ErrorActionPreference does not reach: errors come
    # back through the output stream and stop the sample here.
    $made = if ($Sample.Setup) { Assert-NoError (& $Sample.Setup 2>&1) | Select-Object -Last 1 }
    $start = @(Get-EmulatorRequest $Emulator).Count
    Assert-NoError (& $Sample.Run $made 2>&1) | Out-Null
    @(Get-EmulatorRequest $Emulator | Select-Object -Skip $start)
}

function Assert-NoError {
    param($Output)
    foreach ($item in $Output) { if ($item -is [System.Management.Automation.ErrorRecord]) { throw $item } else { $item } }
}

function Assert-SentOperation {
    <#
    Fails unless cmdlet $Name has samples, names the operations it sends with [ServiceOperation], and its samples (which
    between them take each of its paths) send exactly those operations, every request answered 200.
    #>
    param([Parameter(Mandatory)] $Emulator, [Parameter(Mandatory)] [string] $Name, [Parameter(Mandatory)] [hashtable] $Samples, [string] $SamplesFile)
    $Samples.ContainsKey($Name) | Should -BeTrue -Because "$Name needs samples in $SamplesFile that take each of its paths"
    $declared = Get-DeclaredOperation $Name
    $declared | Should -Not -BeNullOrEmpty -Because "$Name must name the operations it sends with [ServiceOperation]"
    $sent = @(foreach ($sample in $Samples[$Name]) { Invoke-OperationSample $Emulator $sample })
    $sent | Where-Object StatusCode -ne 200 | ForEach-Object { "$($_.Operation) $($_.StatusCode)" } | Should -BeNullOrEmpty -Because 'every sample request must succeed'
    @($sent.Operation | Sort-Object -Unique) | Should -Be $declared
}

Export-ModuleMember -Function Get-SecLakeModulePath, Get-PowerShellCommand, Start-SecLakeEmulator, Stop-SecLakeEmulator, Get-EmulatorRequest, Reset-Emulator, Add-EmulatorFault,
    Add-EmulatorDataLakeException, Set-EmulatorSessionDefault, Clear-EmulatorSessionDefault, Get-ServiceCmdletName, Get-DeclaredOperation,
    Invoke-OperationSample, Assert-SentOperation
