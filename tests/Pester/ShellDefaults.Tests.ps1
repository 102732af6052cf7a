#Requires -Version 5.1
# Pester 5 tests of the shell defaults AWS.Tools users rely on: $StoredAWSRegion (Set-DefaultAWSRegion),
# $StoredAWSCredentials (Set-AWSCredential) and $PSDefaultParameterValues, in the resolution order about_SecLake
# documents. Every request goes to the local emulator, whose request log records the region each request was signed for.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'SecLakeTestHelpers.psm1') -Force
    Import-Module (Get-SecLakeModulePath) -Force
    $script:Emulator = Start-SecLakeEmulator
    $script:Url = $script:Emulator.Url
    $script:Keys = @{ AccessKey = $script:Emulator.Connection.AccessKey; SecretKey = $script:Emulator.Connection.SecretKey }

    # The environment and the user's AWS files must not answer for the defaults under test.
    $script:SavedEnvironment = @{}
    foreach ($name in 'AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_PROFILE', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN',
        'AWS_SHARED_CREDENTIALS_FILE', 'AWS_CONFIG_FILE', 'AWS_ENDPOINT_URL', 'AWS_ENDPOINT_URL_QLDB', 'AWS_EC2_METADATA_DISABLED') {
        $script:SavedEnvironment[$name] = [Environment]::GetEnvironmentVariable($name)
        [Environment]::SetEnvironmentVariable($name, $null)
    }
    $script:AwsFolder = Join-Path ([IO.Path]::GetTempPath()) ("seclake-shell-defaults-" + [guid]::NewGuid())
    New-Item -ItemType Directory -Path $script:AwsFolder | Out-Null
    $env:AWS_SHARED_CREDENTIALS_FILE = Join-Path $script:AwsFolder 'credentials'
    $env:AWS_CONFIG_FILE = Join-Path $script:AwsFolder 'config'
    $env:AWS_EC2_METADATA_DISABLED = 'true'
    Set-Content -Path $env:AWS_SHARED_CREDENTIALS_FILE -Value @(
        '[emulator]'
        "aws_access_key_id = $($script:Keys.AccessKey)"
        "aws_secret_access_key = $($script:Keys.SecretKey)"
    )
    Set-Content -Path $env:AWS_CONFIG_FILE -Value ''

    # The region the last request was signed for (the credential scope the emulator recorded).
    function Get-LastRequestRegion { @(Get-EmulatorRequest $script:Emulator)[-1].Region }

    # A credentials object shaped like the AWS SDK's (public AccessKey/SecretKey), as any AWS.Tools version exposes them.
    if (-not ('SecLakeTests.ImmutableCredentials' -as [type])) {
        Add-Type -TypeDefinition @'
namespace SecLakeTests {
    public sealed class ImmutableCredentials {
        public ImmutableCredentials(string accessKey, string secretKey) { AccessKey = accessKey; SecretKey = secretKey; }
        public string AccessKey { get; private set; }
        public string SecretKey { get; private set; }
        public string Token { get { return null; } }
    }
    public sealed class SdkCredentials {
        private readonly ImmutableCredentials _keys;
        public SdkCredentials(string accessKey, string secretKey) { _keys = new ImmutableCredentials(accessKey, secretKey); }
        public ImmutableCredentials GetCredentials() { return _keys; }
    }
    // The shape of AWS.Tools' Amazon.PowerShell.Common.AWSPSCredentials, which Set-AWSCredential stores in
    // $StoredAWSCredentials: its Credentials property is internal.
    public sealed class AWSPSCredentials {
        internal AWSPSCredentials(SdkCredentials credentials, string name) { Credentials = credentials; Name = name; }
        public static AWSPSCredentials Create(SdkCredentials credentials, string name) { return new AWSPSCredentials(credentials, name); }
        internal SdkCredentials Credentials { get; private set; }
        internal string Name { get; private set; }
        public override string ToString() { return Name; }
    }
}
'@
    }
}

AfterAll {
    Stop-SecLakeEmulator $script:Emulator
    foreach ($name in $script:SavedEnvironment.Keys) { [Environment]::SetEnvironmentVariable($name, $script:SavedEnvironment[$name]) }
    Remove-Item -Path $script:AwsFolder -Recurse -Force -ErrorAction SilentlyContinue
    Remove-Module SecLake -ErrorAction SilentlyContinue
}

Describe 'Region' {
    BeforeEach {
        Reset-Emulator $script:Emulator
        Remove-Variable -Name StoredAWSRegion -Scope Global -ErrorAction SilentlyContinue
        $env:AWS_REGION = $null; $env:AWS_DEFAULT_REGION = $null
    }
    AfterEach {
        Remove-Variable -Name StoredAWSRegion -Scope Global -ErrorAction SilentlyContinue
        $env:AWS_REGION = $null; $env:AWS_DEFAULT_REGION = $null
    }

    It 'uses $StoredAWSRegion (Set-DefaultAWSRegion) when -Region is not given' {
        $global:StoredAWSRegion = 'eu-west-1'
        $ledger = New-QLDBLedger -EndpointUrl $script:Url @Keys -Name 'stored-region' -PermissionsMode STANDARD
        $ledger.Arn | Should -BeLike 'arn:aws:qldb:eu-west-1:*'
        Get-LastRequestRegion | Should -Be 'eu-west-1'
    }

    It 'lets -Region win over $StoredAWSRegion' {
        $global:StoredAWSRegion = 'eu-west-1'
        Get-QLDBLedger -EndpointUrl $script:Url @Keys -Region ap-northeast-1 | Out-Null
        Get-LastRequestRegion | Should -Be 'ap-northeast-1'
    }

    It 'lets $StoredAWSRegion win over AWS_REGION' {
        $global:StoredAWSRegion = 'eu-central-1'
        $env:AWS_REGION = 'us-west-2'
        Get-QLDBLedger -EndpointUrl $script:Url @Keys | Out-Null
        Get-LastRequestRegion | Should -Be 'eu-central-1'
    }

    It 'falls back to AWS_REGION, then AWS_DEFAULT_REGION' {
        $env:AWS_REGION = 'us-west-2'
        $env:AWS_DEFAULT_REGION = 'us-east-2'
        Get-QLDBLedger -EndpointUrl $script:Url @Keys | Out-Null
        Get-LastRequestRegion | Should -Be 'us-west-2'

        $env:AWS_REGION = $null
        Get-QLDBLedger -EndpointUrl $script:Url @Keys | Out-Null
        Get-LastRequestRegion | Should -Be 'us-east-2'
    }

    It 'stops with NoRegion when no source has a region' {
        { Get-QLDBLedger -EndpointUrl $script:Url @Keys -ErrorAction Stop } | Should -Throw -ErrorId 'NoRegion,*'
    }
}

Describe 'Credentials' {
    BeforeEach {
        Reset-Emulator $script:Emulator
        Remove-Variable -Name StoredAWSCredentials -Scope Global -ErrorAction SilentlyContinue
    }
    AfterEach { Remove-Variable -Name StoredAWSCredentials -Scope Global -ErrorAction SilentlyContinue }

    It 'uses $StoredAWSCredentials holding a profile name' {
        $global:StoredAWSCredentials = 'emulator'
        { Get-QLDBLedger -EndpointUrl $script:Url -Region us-east-1 -ErrorAction Stop } | Should -Not -Throw
    }

    It 'uses $StoredAWSCredentials holding an AWS SDK credentials object' {
        $global:StoredAWSCredentials = [SecLakeTests.SdkCredentials]::new($script:Keys.AccessKey, $script:Keys.SecretKey)
        { Get-QLDBLedger -EndpointUrl $script:Url -Region us-east-1 -ErrorAction Stop } | Should -Not -Throw
    }

    It 'uses $StoredAWSCredentials as Set-AWSCredential stores it (AWS.Tools AWSPSCredentials)' {
        $sdk = [SecLakeTests.SdkCredentials]::new($script:Keys.AccessKey, $script:Keys.SecretKey)
        $global:StoredAWSCredentials = [SecLakeTests.AWSPSCredentials]::Create($sdk, 'emulator-keys')
        { Get-QLDBLedger -EndpointUrl $script:Url -Region us-east-1 -ErrorAction Stop } | Should -Not -Throw
    }

    It 'is really used: wrong stored keys are refused by the signature check' {
        $global:StoredAWSCredentials = [SecLakeTests.SdkCredentials]::new($script:Keys.AccessKey, 'wrong-secret')
        Get-QLDBLedger -EndpointUrl $script:Url -Region us-east-1 -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
    }

    It 'stops with ProfileNotFound when $StoredAWSCredentials names a missing profile, rather than using another identity' {
        $global:StoredAWSCredentials = 'no-such-profile'
        { Get-QLDBLedger -EndpointUrl $script:Url -Region us-east-1 -ErrorAction Stop } | Should -Throw -ErrorId 'ProfileNotFound,*'
    }

    It 'reads profiles from the file AWS_SHARED_CREDENTIALS_FILE names when the command runs' {
        # The AWS SDK reads the variable once per process; a long-lived session that points it elsewhere must be followed.
        $first = $env:AWS_SHARED_CREDENTIALS_FILE
        { Get-QLDBLedger -EndpointUrl $script:Url -Region us-east-1 -ProfileName emulator -ErrorAction Stop } | Should -Not -Throw
        $second = Join-Path $script:AwsFolder 'credentials-moved'
        Set-Content -Path $second -Value @(
            '[moved]'
            "aws_access_key_id = $($script:Keys.AccessKey)"
            "aws_secret_access_key = $($script:Keys.SecretKey)"
        )
        try {
            $env:AWS_SHARED_CREDENTIALS_FILE = $second
            { Get-QLDBLedger -EndpointUrl $script:Url -Region us-east-1 -ProfileName moved -ErrorAction Stop } | Should -Not -Throw
            $global:StoredAWSCredentials = 'moved'
            { Get-QLDBLedger -EndpointUrl $script:Url -Region us-east-1 -ErrorAction Stop } | Should -Not -Throw
            { Get-QLDBLedger -EndpointUrl $script:Url -Region us-east-1 -ProfileName emulator -ErrorAction Stop } | Should -Throw -ErrorId 'ProfileNotFound,*'
        }
        finally { $env:AWS_SHARED_CREDENTIALS_FILE = $first }
    }

    It 'lets -AccessKey/-SecretKey and -ProfileName win over $StoredAWSCredentials' {
        $global:StoredAWSCredentials = [SecLakeTests.SdkCredentials]::new($script:Keys.AccessKey, 'wrong-secret')
        { Get-QLDBLedger -EndpointUrl $script:Url -Region us-east-1 @Keys -ErrorAction Stop } | Should -Not -Throw
        { Get-QLDBLedger -EndpointUrl $script:Url -Region us-east-1 -ProfileName emulator -ErrorAction Stop } | Should -Not -Throw
    }
}

Describe '$PSDefaultParameterValues' {
    BeforeAll { $script:SavedDefaults = $PSDefaultParameterValues.Clone() }
    BeforeEach {
        Reset-Emulator $script:Emulator
        $PSDefaultParameterValues.Clear()
    }
    AfterEach {
        $PSDefaultParameterValues.Clear()
        foreach ($key in $script:SavedDefaults.Keys) { $PSDefaultParameterValues[$key] = $script:SavedDefaults[$key] }
        Remove-Variable -Name StoredAWSRegion -Scope Global -ErrorAction SilentlyContinue
    }

    It 'supplies the connection parameters to every QLDB cmdlet' {
        $PSDefaultParameterValues['*-QLDB*:EndpointUrl'] = $script:Url
        $PSDefaultParameterValues['*-QLDB*:Region'] = 'ca-central-1'
        $PSDefaultParameterValues['*-QLDB*:AccessKey'] = $script:Keys.AccessKey
        $PSDefaultParameterValues['*-QLDB*:SecretKey'] = $script:Keys.SecretKey

        (New-QLDBLedger -Name 'from-defaults' -PermissionsMode ALLOW_ALL).Arn | Should -BeLike 'arn:aws:qldb:ca-central-1:*'
        (Get-QLDBLedger -Name 'from-defaults').Name | Should -Be 'from-defaults'
    }

    It 'comes before $StoredAWSRegion, as a typed parameter would' {
        $global:StoredAWSRegion = 'eu-west-1'
        $PSDefaultParameterValues['Get-QLDBLedger:Region'] = 'ap-southeast-2'
        Get-QLDBLedger -EndpointUrl $script:Url @Keys | Out-Null
        Get-LastRequestRegion | Should -Be 'ap-southeast-2'
    }

    It 'is overridden by a parameter typed on the command line' {
        $PSDefaultParameterValues['*-QLDB*:Region'] = 'ap-southeast-2'
        Get-QLDBLedger -EndpointUrl $script:Url @Keys -Region sa-east-1 -ErrorAction SilentlyContinue | Out-Null
        Get-LastRequestRegion | Should -Be 'sa-east-1'
    }
}
