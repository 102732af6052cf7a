using System.Text.Json;
using SecLake.HostProbe;

// usage: SecLake.HostProbe --module <out/SecLake/SecLake.dll> [--endpoint URL --access-key AK --secret-key SK] STEP...
// Steps run in the order given, in this one process, like commands typed into one pwsh session:
//   load-foreign=<AWSSDK.Core.dll>  Add-Type -Path another AWSSDK.Core (default context), then use it
//   use-foreign                     use the AWSSDK.Core loaded by load-foreign again
//   load-foreign-assembly=<path>    Add-Type -Path any other assembly (another module's AWSSDK.SecurityToken), unused
//   import                          Import-Module SecLake.dll (runs its IModuleAssemblyInitializer)
//   import-without-isolation        control: load SecLake.dll and resolve deps/ into the default context, as a plain module would
//   call                            what New-QLDBLedger and Get-QLDBLedger do: connect, CreateLedger, ListLedgers
//   call-with-foreign-credential    the same with -Credential set to a credentials object of the load-foreign SDK
//   sdk-lookups                     the private AWSSDK.Core's own by-name loading of AWSSDK.SecurityToken/SSO/SSOOIDC
//   noop                            nothing (the baseline for tools/measure-import-cost.sh)
//   warm-reflection                 run the import analysis over System.Management.Automation first, as pwsh has by then
// Prints one JSON report on stdout; the exit code is 0 unless the arguments are wrong.

var options = ProbeOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: SecLake.HostProbe --module PATH [--endpoint URL --access-key AK --secret-key SK] STEP...");
    return 2;
}
var session = new Session(options);
var report = session.Run();
Console.Out.WriteLine(JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
return 0;
