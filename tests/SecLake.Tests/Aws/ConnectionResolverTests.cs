using SecLake.Aws;
using SecLake.Emulator;
using SecLake.Qldb;
using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.Aws;

/// <summary>Credentials, region and endpoint resolution, in the order users know from AWS.Tools, against the emulator.</summary>
public class ConnectionResolverTests(ShortDelaysFixture emulator) : SharedEmulatorTests<ShortDelaysFixture>(emulator), IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("seclake-profiles-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static Func<string, string?> Env(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    private string CredentialsFile(string text)
    {
        var path = Path.Combine(_dir, "credentials");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Region_comes_from_the_first_source_that_has_one()
    {
        var settings = new ConnectionSettings { AccessKey = "AK", SecretKey = "SK", EndpointUrl = "http://127.0.0.1:1/", Environment = Env(("AWS_REGION", "eu-west-1"), ("AWS_DEFAULT_REGION", "eu-west-2")) };
        Assert.Equal(("eu-west-1", "AWS_REGION"), Resolve(settings));
        settings.Environment = Env(("AWS_DEFAULT_REGION", "eu-west-2"));
        Assert.Equal(("eu-west-2", "AWS_DEFAULT_REGION"), Resolve(settings));
        settings.StoredRegion = "ap-south-1";
        Assert.Equal(("ap-south-1", "$StoredAWSRegion"), Resolve(settings));
        settings.Region = "us-west-2";
        Assert.Equal(("us-west-2", "-Region"), Resolve(settings));

        static (string, string) Resolve(ConnectionSettings s)
        {
            var client = QldbService.Connect(s, null);
            return (client.Connection!.Region, client.Connection.RegionSource);
        }
    }

    [Theory]
    [InlineData("us-east-1x")]
    [InlineData("ap-south-2")]
    public void A_Region_the_service_is_not_offered_in_is_refused_before_any_request_unless_an_endpoint_is_given(string region)
    {
        var settings = new ConnectionSettings { AccessKey = "AK", SecretKey = "SK", Region = region, Environment = Env() };
        var e = Assert.Throws<ConnectionSetupException>(() => QldbService.Connect(settings, null));
        Assert.Equal("RegionNotOffered", e.ErrorId);
        Assert.True(e.TerminatesCommand);
        Assert.Contains($"QLDB is not offered in Region '{region}' (from -Region)", e.Message);
        Assert.Contains("us-east-1, us-east-2", e.Message);
        Assert.Contains("-EndpointUrl", e.Message);

        settings.EndpointUrl = Emulator.Endpoint.ToString();
        Assert.Equal(region, QldbService.Connect(settings, null).Connection!.Region);
    }

    [Fact]
    public void The_named_profile_gives_credentials_and_region()
    {
        var file = CredentialsFile("[team]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nregion = ca-central-1\n");
        var client = QldbService.Connect(new ConnectionSettings { ProfileName = "team", ProfileLocation = file, EndpointUrl = Emulator.Endpoint.ToString(), Environment = Env(("AWS_REGION", "eu-west-1")) }, null);
        Assert.Equal("ca-central-1", client.Connection!.Region);
        Assert.Equal("profile 'team'", client.Connection.CredentialSource);
    }

    [Fact]
    public async Task Profile_credentials_sign_requests_the_emulator_accepts()
    {
        var file = CredentialsFile("[team]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nregion = us-east-1\n");
        var client = QldbService.Connect(new ConnectionSettings { ProfileName = "team", ProfileLocation = file, EndpointUrl = Emulator.Endpoint.ToString(), Environment = Env() }, null);
        Assert.NotNull(await client.ListLedgersAsync(default));
    }

    [Fact]
    public void Without_a_named_profile_the_AWS_PROFILE_profile_gives_region_and_endpoint()
    {
        var file = CredentialsFile("[ops]\naws_access_key_id = A\naws_secret_access_key = B\nregion = eu-north-1\nendpoint_url = http://127.0.0.1:7010\n");
        var info = QldbService.Connect(new ConnectionSettings { AccessKey = "AK", SecretKey = "SK", ProfileLocation = file, Environment = Env(("AWS_PROFILE", "ops")) }, null).Connection!;
        Assert.Equal(("eu-north-1", "profile 'ops'"), (info.Region, info.RegionSource));
        Assert.Equal(("http://127.0.0.1:7010/", "profile 'ops'"), (info.EndpointUrl, info.EndpointSource));
    }

    [Fact]
    public void A_missing_profile_says_so_and_how_to_check()
    {
        var file = CredentialsFile("[other]\naws_access_key_id = A\naws_secret_access_key = B\n");
        var e = Assert.Throws<ConnectionSetupException>(() => QldbService.Connect(new ConnectionSettings { ProfileName = "nope", ProfileLocation = file, Region = "us-east-1", Environment = Env() }, null));
        Assert.Equal("ProfileNotFound", e.ErrorId);
        Assert.Contains("'nope'", e.Message);
        Assert.Contains("-ProfileLocation", e.Message);
    }

    [Fact]
    public void Credentials_come_from_the_first_source_that_has_them()
    {
        // The README's order: -Credential; -AccessKey/-SecretKey; -ProfileName; $StoredAWSCredentials; the SDK's chain.
        var file = CredentialsFile("[team]\naws_access_key_id = A1\naws_secret_access_key = S1\n[stored]\naws_access_key_id = A2\naws_secret_access_key = S2\n");
        var settings = new ConnectionSettings
        {
            Credential = new OtherSdkCredentials(),
            AccessKey = "AK",
            SecretKey = "SK",
            ProfileName = "team",
            ProfileLocation = file,
            StoredCredentials = "stored",
            Region = "us-east-1",
            EndpointUrl = "http://127.0.0.1:1/",
            Environment = Env(),
        };
        Assert.Equal("-Credential", Source(settings));
        settings.Credential = null;
        Assert.Equal("-AccessKey/-SecretKey", Source(settings));
        settings.AccessKey = settings.SecretKey = null;
        Assert.Equal("profile 'team'", Source(settings));
        settings.ProfileName = null;
        Assert.Equal("$StoredAWSCredentials (profile 'stored')", Source(settings));
        settings.StoredCredentials = new OtherSdkCredentials();
        Assert.Equal("$StoredAWSCredentials", Source(settings));
        settings.StoredCredentials = null;
        // Whatever this machine's chain holds, it is the chain's turn now.
        var fromChain = Record.Exception(() => Source(settings));
        if (fromChain == null) Assert.StartsWith("the default credential chain", Source(settings));
        else Assert.Equal("NoCredentials", Assert.IsType<ConnectionSetupException>(fromChain).ErrorId);

        static string Source(ConnectionSettings s) => QldbService.Connect(s, null).Connection!.CredentialSource;
    }

    [Fact]
    public void Profiles_are_read_from_the_file_AWS_SHARED_CREDENTIALS_FILE_names_when_the_command_runs()
    {
        // The SDK reads the variable once per process (and this test process never sets it); the connection reads it
        // as it is now, like every other variable.
        var file = CredentialsFile("[moved]\naws_access_key_id = A\naws_secret_access_key = B\nregion = eu-south-1\n");
        var settings = new ConnectionSettings { ProfileName = "moved", EndpointUrl = "http://127.0.0.1:1/", Environment = Env(("AWS_SHARED_CREDENTIALS_FILE", file)) };
        var info = QldbService.Connect(settings, null).Connection!;
        Assert.Equal(("eu-south-1", "profile 'moved'"), (info.Region, info.CredentialSource));

        settings.ProfileName = null;
        settings.StoredCredentials = "moved";
        settings.Region = "us-east-1";
        Assert.Equal("$StoredAWSCredentials (profile 'moved')", QldbService.Connect(settings, null).Connection!.CredentialSource);
    }

    [Fact]
    public void AWS_SHARED_CREDENTIALS_FILE_naming_no_file_is_passed_over_as_the_SDK_does()
    {
        var missing = Path.Combine(_dir, "absent");
        var e = Assert.Throws<ConnectionSetupException>(() => QldbService.Connect(new ConnectionSettings { ProfileName = "nope", Region = "us-east-1", Environment = Env(("AWS_SHARED_CREDENTIALS_FILE", missing)) }, null));
        Assert.Equal("ProfileNotFound", e.ErrorId);
        Assert.DoesNotContain(missing, e.Message);
    }

    [Fact]
    public void A_profile_named_by_StoredAWSCredentials_must_exist_rather_than_falling_through_to_another_identity()
    {
        var file = CredentialsFile("[other]\naws_access_key_id = A\naws_secret_access_key = B\n");
        var e = Assert.Throws<ConnectionSetupException>(() => QldbService.Connect(new ConnectionSettings { StoredCredentials = "gone", ProfileLocation = file, Region = "us-east-1", Environment = Env() }, null));
        Assert.Equal("ProfileNotFound", e.ErrorId);
        Assert.Contains("'gone' (from $StoredAWSCredentials)", e.Message);
        Assert.Contains(file, e.Message);
    }

    [Fact]
    public void Something_in_StoredAWSCredentials_that_is_not_credentials_is_refused_with_what_to_do()
    {
        var e = Assert.Throws<ConnectionSetupException>(() => QldbService.Connect(new ConnectionSettings { StoredCredentials = 42, Region = "us-east-1", Environment = Env() }, null));
        Assert.Equal("InvalidCredentialObject", e.ErrorId);
        Assert.Contains("$StoredAWSCredentials", e.Message);
        Assert.Contains("Set-AWSCredential", e.Message);
    }

    [Fact]
    public void Keys_go_together()
    {
        var e = Assert.Throws<ConnectionSetupException>(() => QldbService.Connect(new ConnectionSettings { AccessKey = "AK", Region = "us-east-1", Environment = Env() }, null));
        Assert.Equal("IncompleteKeys", e.ErrorId);
        Assert.Contains("-SecretKey", e.Message);
    }

    [Fact]
    public void The_service_specific_endpoint_variable_wins_over_the_general_one_and_can_be_ignored()
    {
        var settings = new ConnectionSettings
        {
            AccessKey = "AK",
            SecretKey = "SK",
            Region = "us-east-1",
            Environment = Env(("AWS_ENDPOINT_URL_QLDB", "http://127.0.0.1:7001"), ("AWS_ENDPOINT_URL", "http://127.0.0.1:7002"))
        };
        var info = QldbService.Connect(settings, null).Connection!;
        Assert.Equal(("http://127.0.0.1:7001/", "AWS_ENDPOINT_URL_QLDB"), (info.EndpointUrl, info.EndpointSource));

        settings.Environment = Env(("AWS_ENDPOINT_URL", "http://127.0.0.1:7002"));
        Assert.Equal("AWS_ENDPOINT_URL", QldbService.Connect(settings, null).Connection!.EndpointSource);

        settings.Environment = Env(("AWS_ENDPOINT_URL", "http://127.0.0.1:7002"), ("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true"));
        Assert.Null(QldbService.Connect(settings, null).Connection!.EndpointUrl);

        settings.EndpointUrl = "http://127.0.0.1:7003";
        Assert.Equal("-EndpointUrl", QldbService.Connect(settings, null).Connection!.EndpointSource);
    }

    [Fact]
    public void A_malformed_endpoint_is_refused_with_an_example()
    {
        var e = Assert.Throws<ConnectionSetupException>(() => QldbService.Connect(new ConnectionSettings { AccessKey = "AK", SecretKey = "SK", Region = "us-east-1", EndpointUrl = "127.0.0.1:5000", Environment = Env() }, null));
        Assert.Equal("InvalidEndpointUrl", e.ErrorId);
        Assert.Contains("http://127.0.0.1:5000", e.Message);
    }

    [Fact]
    public void Connection_info_names_its_sources_and_holds_no_secret()
    {
        var info = Emulator.ConnectQldb().Connection!.ToString();
        Assert.Contains("from -Region", info);
        Assert.Contains("credentials from -AccessKey/-SecretKey", info);
        Assert.Contains("from -EndpointUrl", info);
        Assert.DoesNotContain(EmulatorCredential.Default.SecretKey, info);
    }

    /// <summary>Shaped like another AWS SDK build's credentials: a GetCredentials() returning AccessKey/SecretKey/Token.</summary>
    public sealed class OtherSdkCredentials
    {
        public int Calls { get; private set; }
        public object GetCredentials()
        {
            Calls++;
            return new { AccessKey = EmulatorCredential.Default.AccessKey, SecretKey = EmulatorCredential.Default.SecretKey, Token = (string?)null };
        }
    }

    [Fact]
    public async Task A_credentials_object_from_another_SDK_is_read_through_its_public_shape()
    {
        var foreign = new OtherSdkCredentials();
        var settings = Emulator.Settings();
        settings.AccessKey = settings.SecretKey = null;
        settings.Credential = foreign;
        var client = QldbService.Connect(settings, null);
        Assert.Equal("-Credential", client.Connection!.CredentialSource);
        await client.ListLedgersAsync(default);
        Assert.True(foreign.Calls >= 1, "credentials are read when signing");
    }

    /// <summary>Shaped like AWS.Tools' AWSPSCredentials, which Set-AWSCredential keeps in $StoredAWSCredentials.</summary>
    public sealed class AwsToolsStoredCredentials
    {
        internal AwsToolsStoredCredentials(object credentials) => Credentials = credentials;
        internal object Credentials { get; }
    }

    [Fact]
    public async Task AWS_Tools_stored_credentials_are_unwrapped_even_though_their_property_is_internal()
    {
        var foreign = new OtherSdkCredentials();
        var settings = Emulator.Settings();
        settings.AccessKey = settings.SecretKey = null;
        settings.StoredCredentials = new AwsToolsStoredCredentials(foreign);
        var client = QldbService.Connect(settings, null);
        Assert.Equal("$StoredAWSCredentials", client.Connection!.CredentialSource);
        await client.ListLedgersAsync(default);
        Assert.True(foreign.Calls >= 1);
    }

    [Fact]
    public void Something_that_is_not_credentials_is_refused_with_what_to_pass()
    {
        var e = Assert.Throws<ConnectionSetupException>(() => QldbService.Connect(new ConnectionSettings { Credential = 42, Region = "us-east-1", Environment = Env() }, null));
        Assert.Equal("InvalidCredentialObject", e.ErrorId);
        Assert.Contains("PSCredential", e.Message);
    }
}
