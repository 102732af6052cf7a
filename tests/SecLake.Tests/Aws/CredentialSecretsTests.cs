using System.Runtime.InteropServices;
using SecLake.Aws;
using SecLake.Qldb;
using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.Aws;

/// <summary>
/// Credentials failures are reported by what they are, never with the texts the SDK would quote: a malformed line of
/// the credentials file (often a pasted secret key) and a failing credential_process's output (often the keys it printed).
/// </summary>
public sealed class CredentialSecretsTests(ShortDelaysFixture emulator) : SharedEmulatorTests<ShortDelaysFixture>(emulator), IDisposable
{
    private const string Secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETLINE";
    private readonly string _dir = Directory.CreateTempSubdirectory("seclake-secrets-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string CredentialsFile(string text)
    {
        var path = Path.Combine(_dir, "credentials");
        File.WriteAllText(path, text);
        return path;
    }

    private static Func<string, string?> NoEnvironment => _ => null;

    [Fact]
    public void A_malformed_credentials_file_line_is_named_by_its_number_and_never_shown()
    {
        var file = CredentialsFile($"[team]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n{Secret}\n");

        var e = Assert.Throws<ConnectionSetupException>(() =>
            QldbService.Connect(new ConnectionSettings { ProfileName = "team", ProfileLocation = file, Region = "us-east-1", Environment = NoEnvironment }, null));

        Assert.Equal("CredentialsFileInvalid", e.ErrorId);
        Assert.Contains("line 3", e.Message);
        Assert.DoesNotContain(Secret, e.ToString());
        Assert.DoesNotContain(Secret, e.RecommendedAction ?? "");
    }

    [Fact]
    public async Task A_failing_credential_process_is_reported_without_its_output()
    {
        // Prints the secret on both streams, then fails.
        var command = RuntimeInformation.IsOSPlatform(OSPlatform.Windows)
            ? $"cmd /c \"echo {Secret} & echo {Secret} 1>&2 & exit 1\""
            : $"sh -c \"echo {Secret}; echo {Secret} >&2; exit 1\"";
        var file = CredentialsFile($"[team]\ncredential_process = {command}\n");
        var client = QldbService.Connect(new ConnectionSettings
        {
            ProfileName = "team",
            ProfileLocation = file,
            Region = "us-east-1",
            EndpointUrl = Emulator.Endpoint.ToString(),
            Environment = NoEnvironment,
        }, null);

        var e = await Assert.ThrowsAsync<ConnectionSetupException>(() => client.ListLedgersAsync(default));

        Assert.Equal("CredentialsFailed", e.ErrorId);
        Assert.Contains("credential_process", e.Message);
        Assert.Contains("profile 'team'", e.Message);
        Assert.DoesNotContain(Secret, e.ToString());
        Assert.Empty(Emulator.Host.Requests);
    }
}
