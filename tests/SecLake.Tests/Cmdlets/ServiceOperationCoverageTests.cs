using System.Reflection;
using System.Text.Json;
using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.Cmdlets;

/// <summary>
/// Every operation of each GA service model is reached by a SecLake cmdlet, or listed out of scope with the reason.
/// A cmdlet says which operations it sends with [ServiceOperation] attributes on its class, read here from the built
/// SecLake.dll; each service's Pester file (tests/Pester/Qldb.Tests.ps1, SecurityLake.Tests.ps1) runs every cmdlet of
/// that service against the emulator and fails unless the operations it sends are exactly the ones it names. So an operation with no cmdlet fails here, and an attribute
/// naming an operation its cmdlet does not send fails there: neither passes while an operation is missing.
/// </summary>
public sealed class ServiceOperationCoverageTests
{
    /// <summary>
    /// Operations of a GA model SecLake deliberately has no cmdlet for, with the reason: each service keeps its list
    /// beside its wire tests (one file to edit when an operation gets its cmdlet).
    /// </summary>
    private static readonly Dictionary<(string Service, string Operation), string> OutOfScope =
        SecLake.Tests.Qldb.QldbWireTests.OperationsOutOfScope.ToDictionary(o => ("QLDB", o.Key), o => o.Value);

    /// <summary>
    /// Each GA model in specs/models by its metadata.serviceId, with its operations. The preview Security Lake model
    /// is left out: it describes the API the documents were written against, which the service no longer serves.
    /// </summary>
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<string>>> GaModels = new(() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "models"), "*.service-2.json")
            .Where(f => !Path.GetFileName(f).Contains("-preview", StringComparison.Ordinal))
            .Select(f =>
            {
                using var doc = JsonDocument.Parse(File.ReadAllText(f));
                var root = doc.RootElement;
                return (Service: root.GetProperty("metadata").GetProperty("serviceId").GetString()!,
                    Operations: (IReadOnlyList<string>)root.GetProperty("operations").EnumerateObject().Select(o => o.Name).Order(StringComparer.Ordinal).ToList());
            })
            .ToDictionary(m => m.Service, m => m.Operations));

    /// <summary>Each cmdlet's service (its base class's [ServiceCmdlet]) and the operations its [ServiceOperation] attributes name.</summary>
    private static IReadOnlyList<(string Cmdlet, string? Service, IReadOnlyList<string> Operations)> Declared =>
        CmdletMetadata.All.Select(c => (c.Name, ServiceOf(c.Type),
                (IReadOnlyList<string>)c.Type.GetCustomAttributesData()
                    .Where(a => a.AttributeType.Name == "ServiceOperationAttribute")
                    .Select(a => (string)a.ConstructorArguments[0].Value!)
                    .ToList()))
            .ToList();

    private static string? ServiceOf(Type? type)
    {
        for (; type != null; type = type.BaseType)
        {
            var attribute = type.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType.Name == "ServiceCmdletAttribute");
            if (attribute != null) return (string)attribute.ConstructorArguments[0].Value!;
        }
        return null;
    }

    private static ISet<string> Reached(string service) =>
        Declared.Where(d => d.Service == service).SelectMany(d => d.Operations).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Every_GA_model_operation_is_reached_by_a_cmdlet_or_listed_out_of_scope_with_a_reason()
    {
        var missing = GaModels.Value
            .SelectMany(m => m.Value
                .Where(op => !Reached(m.Key).Contains(op) && !OutOfScope.ContainsKey((m.Key, op)))
                .Select(op => $"{m.Key} {op}"))
            .ToList();

        Assert.True(missing.Count == 0,
            $"{missing.Count} GA operation(s) no SecLake cmdlet reaches (no cmdlet class carries [ServiceOperation(\"<operation>\")] for them):\n  "
            + string.Join("\n  ", missing));
    }

    [Fact]
    public void The_GA_models_read_are_Security_Lakes_31_operations_and_QLDBs_20()
    {
        // Guards the test above against passing on a model it failed to find.
        Assert.Equal(["QLDB", "SecurityLake"], GaModels.Value.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(31, GaModels.Value["SecurityLake"].Count);
        Assert.Equal(20, GaModels.Value["QLDB"].Count);
    }

    [Fact]
    public void Every_cmdlet_belongs_to_a_service_with_a_GA_model_and_names_the_operations_it_sends()
    {
        Assert.NotEmpty(Declared);
        Assert.All(Declared, d =>
        {
            Assert.True(d.Service != null && GaModels.Value.ContainsKey(d.Service), $"{d.Cmdlet}: service '{d.Service}' has no GA model in specs/models.");
            Assert.True(d.Operations.Count > 0, $"{d.Cmdlet} names no operation: add [ServiceOperation(\"<operation>\")] for each operation it sends.");
            Assert.True(d.Operations.Distinct(StringComparer.Ordinal).Count() == d.Operations.Count, $"{d.Cmdlet} names an operation twice.");
        });
    }

    [Fact]
    public void Every_operation_a_cmdlet_names_is_an_operation_of_its_services_model()
    {
        var unknown = Declared.Where(d => d.Service != null && GaModels.Value.ContainsKey(d.Service))
            .SelectMany(d => d.Operations.Where(op => !GaModels.Value[d.Service!].Contains(op)).Select(op => $"{d.Cmdlet}: {d.Service} has no operation {op}"))
            .ToList();
        Assert.Empty(unknown);
    }

    [Fact]
    public void Out_of_scope_operations_exist_and_no_cmdlet_reaches_them()
    {
        Assert.All(OutOfScope, entry =>
        {
            var (service, operation) = entry.Key;
            Assert.Contains(operation, GaModels.Value[service]);
            Assert.False(Reached(service).Contains(operation), $"{service} {operation} is listed out of scope, but a cmdlet reaches it: remove it from the list.");
            Assert.False(string.IsNullOrWhiteSpace(entry.Value));
        });
        // Issue 13: the whole of Security Lake's GA API is in scope.
        Assert.DoesNotContain(OutOfScope.Keys, k => k.Service == "SecurityLake");
    }

    [Fact]
    public void The_attribute_is_the_one_the_cmdlets_carry_and_it_may_repeat()
    {
        var attribute = BuiltModule.Assembly.GetTypes().Single(t => t.Name == "ServiceOperationAttribute");
        var usage = attribute.GetCustomAttributesData().Single(a => a.AttributeType.Name == nameof(AttributeUsageAttribute));
        Assert.True((bool)usage.NamedArguments.Single(n => n.MemberName == nameof(AttributeUsageAttribute.AllowMultiple)).TypedValue.Value!);
        Assert.Contains(Declared, d => d.Operations.Count > 1);
        // The Pester check reads the operation from the attribute instance by this name.
        Assert.NotNull(attribute.GetProperty("Operation", BindingFlags.Public | BindingFlags.Instance));
    }
}
