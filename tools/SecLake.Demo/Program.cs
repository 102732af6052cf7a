// The main job of examples/Demo.ps1 (New-QLDBLedger -Wait, Get-QLDBLedger, Remove-QLDBLedger -Force -Wait), run
// through the same SecLake.Core calls the cmdlets make, for machines without PowerShell.
// Usage: SecLake.Demo [--endpoint-url URL] [--region REGION]; credentials and region otherwise as the cmdlets resolve them.
using SecLake.Aws;
using SecLake.Errors;
using SecLake.Qldb;

string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

var settings = new ConnectionSettings { EndpointUrl = Option("--endpoint-url"), Region = Option("--region") };
var verbose = args.Contains("--verbose");
var ledgerName = "demo-" + DateTime.UtcNow.ToString("HHmmss");
try
{
    var client = QldbService.Connect(settings, verbose ? trace => Console.WriteLine("VERBOSE: " + trace) : null);
    Console.WriteLine("VERBOSE: QLDB: " + client.Connection);
    var progress = new Progress<SecLake.WaitProgress>(p => Console.WriteLine($"  ... {p.Status}"));

    Console.WriteLine($"> New-QLDBLedger -Name {ledgerName} -PermissionsMode STANDARD -DeletionProtection $true -Tag @{{team='demo'}} -Wait");
    await client.CreateLedgerAsync(new CreateLedgerInput(ledgerName, "STANDARD") { DeletionProtection = true, Tags = new Dictionary<string, string?> { ["team"] = "demo" } }, default);
    Print(await client.WaitForLedgerAsync(ledgerName, new[] { "ACTIVE" }, TimeSpan.FromMinutes(10), LedgerPolling.Interval, progress, default));

    Console.WriteLine("> Get-QLDBLedger");
    foreach (var summary in await client.ListLedgersAsync(default)) Print(await client.DescribeLedgerAsync(summary.Name, default));

    Console.WriteLine($"> Remove-QLDBLedger -Name {ledgerName}   (deletion protection is on)");
    try
    {
        await client.DeleteLedgerAsync(ledgerName, default);
    }
    catch (ResourcePreconditionNotMetException e)
    {
        var error = ServiceErrorMapper.Describe(e);
        Console.WriteLine($"  error {error.ErrorId} ({error.Kind}): {error.Message}");
    }

    Console.WriteLine($"> Remove-QLDBLedger -Name {ledgerName} -Force -Wait -PassThru");
    await client.UpdateLedgerAsync(ledgerName, false, null, default);
    await client.DeleteLedgerAsync(ledgerName, default);
    Print(await client.WaitForLedgerAsync(ledgerName, new[] { "DELETED" }, TimeSpan.FromMinutes(10), LedgerPolling.Interval, progress, default));
    return 0;
}
catch (Exception e)
{
    var error = ServiceErrorMapper.Describe(e);
    Console.Error.WriteLine($"error {error.ErrorId} ({error.Kind}): {error.Message}");
    return 1;
}

static void Print(QldbLedger l) =>
    Console.WriteLine($"  Name={l.Name} State={l.State} PermissionsMode={l.PermissionsMode} DeletionProtection={l.DeletionProtection} Created={l.CreationDateTime:u} Arn={l.Arn}");
