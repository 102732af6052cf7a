using System.Reflection;
using System.Runtime.Loader;
using SecLake.Tests.Isolation.Support;

namespace SecLake.HostProbe;

/// <summary>One simulated PowerShell session: the steps of <see cref="ProbeOptions"/>, in order, in this process.</summary>
public sealed class Session
{
    private readonly ProbeOptions _options;
    private Assembly? _foreignSdk;
    private Assembly? _module;
    private int _ledgerCount;

    public Session(ProbeOptions options) => _options = options;

    public Report Run()
    {
        var report = new Report();
        foreach (var step in _options.Steps)
        {
            var result = new StepResult { Step = step };
            try
            {
                Execute(step, result.Facts);
                result.Ok = true;
            }
            catch (Exception e)
            {
                result.Error = Describe(e);
            }
            report.Steps.Add(result);
        }
        report.Assemblies = LoadedAssembly.Snapshot();
        return report;
    }

    private void Execute(string step, Dictionary<string, object?> facts)
    {
        var (name, argument) = step.Split('=', 2) is [var n, var a] ? (n, a) : (step, null);
        switch (name)
        {
            case "load-foreign": LoadForeign(argument ?? throw new ArgumentException("load-foreign=PATH"), facts); break;
            case "use-foreign": UseForeign(facts); break;
            case "load-foreign-assembly": facts["assembly"] = LoadedAssembly.Of(Assembly.LoadFrom(argument ?? throw new ArgumentException("load-foreign-assembly=PATH"))); break;
            case "import": Import(facts); break;
            case "import-without-isolation": ImportWithoutIsolation(facts); break;
            case "call": Call(credential: null, facts); break;
            case "call-with-foreign-credential": Call(ForeignCredentials(), facts); break;
            case "sdk-lookups": SdkLookups(facts); break;
            case "noop": break;
            case "warm-reflection": WarmReflection(facts); break;
            default: throw new ArgumentException("unknown step " + step);
        }
    }

    // Add-Type -Path on PowerShell 7 is Assembly.LoadFrom: the default load context, as AWS.Tools' modules load theirs.
    private void LoadForeign(string path, Dictionary<string, object?> facts)
    {
        _foreignSdk = Assembly.LoadFrom(path);
        facts["assembly"] = LoadedAssembly.Of(_foreignSdk);
        UseForeign(facts);
    }

    // Uses the other SDK the way AWS.Tools would: credentials, and the region table (embedded endpoint data).
    private void UseForeign(Dictionary<string, object?> facts)
    {
        var sdk = _foreignSdk ?? throw new InvalidOperationException("no foreign AWSSDK.Core loaded");
        var credentials = ForeignCredentials();
        var immutable = credentials.GetType().GetMethod("GetCredentials", Type.EmptyTypes)!.Invoke(credentials, null)!;
        facts["accessKey"] = immutable.GetType().GetProperty("AccessKey")!.GetValue(immutable);
        var region = sdk.GetType("Amazon.RegionEndpoint", throwOnError: true)!.GetMethod("GetBySystemName", new[] { typeof(string) })!.Invoke(null, new object[] { "eu-west-1" })!;
        facts["region"] = region.GetType().GetProperty("SystemName")!.GetValue(region);
    }

    private object ForeignCredentials()
    {
        var sdk = _foreignSdk ?? throw new InvalidOperationException("no foreign AWSSDK.Core loaded");
        var type = sdk.GetType("Amazon.Runtime.BasicAWSCredentials", throwOnError: true)!;
        return Activator.CreateInstance(type, _options.AccessKey, _options.SecretKey)!;
    }

    // Import-Module ./out/SecLake/SecLake.psd1: PowerShell 7 loads the root module into the default context and analyses it.
    private void Import(Dictionary<string, object?> facts)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        _module = Assembly.LoadFrom(_options.ModulePath);
        var (cmdlets, initializers) = new PowerShellImport(_module, AutomationAssembly()).Import(runInitializers: true);
        facts["elapsedMs"] = clock.Elapsed.TotalMilliseconds;
        facts["cmdlets"] = cmdlets;
        facts["initializers"] = initializers.Select(t => t.FullName).ToList();
        facts["loadedAfterImport"] = LoadedAssembly.Snapshot();
    }

    // pwsh has used these reflection paths on its own assemblies long before any Import-Module; a cold probe has not.
    // Running the same analysis over System.Management.Automation first keeps their one-time cost out of "import".
    private static void WarmReflection(Dictionary<string, object?> facts)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var automation = AutomationAssembly();
        _ = new PowerShellImport(automation, automation).Import(runInitializers: false);
        facts["elapsedMs"] = clock.Elapsed.TotalMilliseconds;
    }

    // The control experiment: the same module without its isolation, its deps/ folder resolved into the default context
    // by a naive handler (and its initializer not run), i.e. what a module that just ships its dependencies does.
    private void ImportWithoutIsolation(Dictionary<string, object?> facts)
    {
        var deps = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(_options.ModulePath))!, "deps");
        AppDomain.CurrentDomain.AssemblyResolve += (_, args) =>
        {
            var path = Path.Combine(deps, new AssemblyName(args.Name).Name + ".dll");
            return File.Exists(path) ? Assembly.LoadFrom(path) : null;
        };
        _module = Assembly.LoadFrom(_options.ModulePath);
        facts["cmdlets"] = new PowerShellImport(_module, AutomationAssembly()).Import(runInitializers: false).Cmdlets;
    }

    // What a QLDB cmdlet's first run does: its Client property (typed QldbClient, from SecLake.Core) makes SecLake.dll
    // resolve SecLake.Core; then QldbService.Connect, CreateLedger and ListLedgers against the endpoint.
    private void Call(object? credential, Dictionary<string, object?> facts)
    {
        var module = _module ?? throw new InvalidOperationException("import first");
        var clientType = module.GetType("SecLake.PowerShell.QldbCmdlet", throwOnError: true)!
            .GetProperty("Client", BindingFlags.NonPublic | BindingFlags.Instance)!.PropertyType;
        var core = clientType.Assembly;
        facts["secLakeCore"] = LoadedAssembly.Of(core);

        var settings = Activator.CreateInstance(core.GetType("SecLake.Aws.ConnectionSettings", throwOnError: true)!)!;
        Set(settings, "Region", "us-east-1");
        Set(settings, "EndpointUrl", _options.Endpoint);
        Set(settings, "Environment", new Func<string, string?>(_ => null));
        if (credential is null)
        {
            Set(settings, "AccessKey", _options.AccessKey);
            Set(settings, "SecretKey", _options.SecretKey);
        }
        else
        {
            Set(settings, "Credential", credential);
        }
        var client = core.GetType("SecLake.Qldb.QldbService", throwOnError: true)!.GetMethod("Connect")!.Invoke(null, new[] { settings, null })!;

        var ledgerName = $"probe-{Environment.ProcessId}-{++_ledgerCount}";
        var input = Activator.CreateInstance(core.GetType("SecLake.Qldb.CreateLedgerInput", throwOnError: true)!, ledgerName, "STANDARD")!;
        Set(input, "DeletionProtection", false);
        var created = Await(client.GetType().GetMethod("CreateLedgerAsync")!.Invoke(client, new[] { input, CancellationToken.None })!);
        facts["created"] = created!.GetType().GetProperty("Name")!.GetValue(created);
        facts["state"] = created.GetType().GetProperty("State")!.GetValue(created);
        // Where the ledger's type (SecLake.Qldb.QldbLedger, created by the private SecLake.Core) lives: scripts name it there.
        facts["ledgerType"] = LoadedAssembly.Of(created.GetType().Assembly);

        var listed = (System.Collections.IEnumerable)Await(client.GetType().GetMethod("ListLedgersAsync")!.Invoke(client, new object?[] { null, CancellationToken.None })!)!;
        facts["listed"] = listed.Cast<object>().Select(l => l.GetType().GetProperty("Name")!.GetValue(l)).ToList();

        var sdk = AssemblyLoadContext.GetLoadContext(core)!.Assemblies.FirstOrDefault(a => a.GetName().Name == "AWSSDK.Core")
                  ?? AppDomain.CurrentDomain.GetAssemblies().First(a => a.GetName().Name == "AWSSDK.Core" && a != _foreignSdk);
        facts["secLakeSdk"] = LoadedAssembly.Of(sdk);
    }

    // AWSSDK.Core creates the STS/SSO/SSOOIDC clients of assume-role and SSO profiles by assembly name at run time
    // (Amazon.Runtime.Internal.ServiceClientHelpers). Run exactly that lookup from SecLake's copy of the SDK.
    private void SdkLookups(Dictionary<string, object?> facts)
    {
        var core = _module?.GetType("SecLake.PowerShell.QldbCmdlet", throwOnError: true)!
            .GetProperty("Client", BindingFlags.NonPublic | BindingFlags.Instance)!.PropertyType.Assembly ?? throw new InvalidOperationException("import first");
        var sdk = AssemblyLoadContext.GetLoadContext(core)!.LoadFromAssemblyName(new AssemblyName("AWSSDK.Core"));
        var createConfig = sdk.GetType("Amazon.Runtime.Internal.ServiceClientHelpers", throwOnError: true)!
            .GetMethod("CreateServiceConfig", new[] { typeof(string), typeof(string) })!;
        foreach (var (assembly, configType) in new[]
                 {
                     ("AWSSDK.SecurityToken", "Amazon.SecurityToken.AmazonSecurityTokenServiceConfig"),
                     ("AWSSDK.SSO", "Amazon.SSO.AmazonSSOConfig"),
                     ("AWSSDK.SSOOIDC", "Amazon.SSOOIDC.AmazonSSOOIDCConfig"),
                 })
        {
            var config = createConfig.Invoke(null, new object[] { assembly, configType });
            facts[assembly] = config is null ? null : LoadedAssembly.Of(config.GetType().Assembly);
        }
    }

    private static Assembly AutomationAssembly() =>
        AssemblyLoadContext.Default.LoadFromAssemblyName(new AssemblyName("System.Management.Automation"));

    private static void Set(object target, string property, object? value) =>
        target.GetType().GetProperty(property)!.SetValue(target, value);

    private static object? Await(object task)
    {
        ((Task)task).GetAwaiter().GetResult();
        return task.GetType().GetProperty("Result")?.GetValue(task);
    }

    private static string Describe(Exception e)
    {
        while (e is TargetInvocationException { InnerException: { } inner }) e = inner;
        return e.GetType().FullName + ": " + e.Message + (e.InnerException is { } cause ? " ---> " + Describe(cause) : "");
    }
}
