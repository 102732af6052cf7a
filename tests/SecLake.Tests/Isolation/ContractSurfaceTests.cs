using System.Reflection;
using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.Isolation;

/// <summary>
/// What scripts can name lives in SecLake.Contracts: every type a cmdlet declares it writes, every SecLake type those
/// objects' properties expose, and every exception. SecLake.Core loads privately, where PowerShell resolves no type
/// name, so a public exception or output type left there could be thrown or written but never caught or asserted by name.
/// </summary>
public sealed class ContractSurfaceTests
{
    [Fact]
    public void Every_output_type_and_every_SecLake_type_its_properties_expose_is_a_contract_type()
    {
        var reached = new Dictionary<string, string>(StringComparer.Ordinal);
        var declared = CmdletMetadata.All
            .SelectMany(c => c.Type.GetCustomAttributesData().Where(a => a.AttributeType.Name == "OutputTypeAttribute"))
            .SelectMany(a => a.ConstructorArguments.SelectMany(CmdletMetadata.Flatten)).OfType<Type>().ToList();
        foreach (var type in declared) Walk(type, reached);

        Assert.NotEmpty(declared);
        foreach (var name in new[] { "SecLake.Qldb.QldbLedger", "SecLake.ResourceTag", "SecLake.SecurityLake.DataLake", "SecLake.SecurityLake.Subscriber",
                     "SecLake.SecurityLake.DataLakeConfiguration", "SecLake.SecurityLake.DataLakeLifecycleTransition", "SecLake.SecurityLake.RetentionSetting", "SecLake.SecurityLake.SourceType",
                     "SecLake.SecurityLake.SubscriberNotification", "SecLake.SecurityLake.DataLakeExceptionSubscription", "SecLake.SecurityLake.DataLakeExceptionInfo" })
            Assert.Contains(name, reached.Keys);
        Assert.All(reached, type => Assert.True(type.Value == "SecLake.Contracts", $"{type.Key} lives in {type.Value}"));
    }

    [Fact]
    public void SecLake_Core_exports_no_exception_type()
    {
        var core = typeof(SecLake.Qldb.QldbClient).Assembly;

        Assert.Empty(core.GetExportedTypes().Where(t => typeof(Exception).IsAssignableFrom(t)).Select(t => t.FullName));
    }

    [Fact]
    public void The_contracts_hold_the_documented_exception_hierarchy()
    {
        var contracts = typeof(SecLake.ErrorKind).Assembly;
        var exceptions = contracts.GetExportedTypes().Where(t => typeof(Exception).IsAssignableFrom(t)).Select(t => t.FullName!).ToHashSet();

        foreach (var name in new[]
                 {
                     "SecLake.SecLakeException", "SecLake.InputValidationException", "SecLake.WaitTimeoutException", "SecLake.Aws.ServiceException",
                     "SecLake.Aws.ConnectionSetupException", "SecLake.Qldb.QldbException", "SecLake.Qldb.ResourceNotFoundException",
                     "SecLake.SecurityLake.SecurityLakeException", "SecLake.SecurityLake.ResourceNotFoundException",
                     "SecLake.SecurityLake.DataLakeNotEnabledException", "SecLake.SecurityLake.DataLakeFailedException",
                     "SecLake.SecurityLake.DataLakeOperationFailedException",
                 })
            Assert.Contains(name, exceptions);
        Assert.True(typeof(SecLake.Aws.ServiceException).IsAssignableFrom(typeof(SecLake.Qldb.QldbException)));
        Assert.True(typeof(SecLake.SecLakeException).IsAssignableFrom(typeof(SecLake.SecurityLake.DataLakeNotEnabledException)));
    }

    /// <summary>Records <paramref name="type"/> and, for SecLake types, the types of its public properties (element and generic arguments included).</summary>
    private static void Walk(Type type, Dictionary<string, string> reached)
    {
        if (type.IsArray) { Walk(type.GetElementType()!, reached); return; }
        if (type.IsGenericType) { foreach (var argument in type.GetGenericArguments()) Walk(argument, reached); return; }
        if (type.Namespace == null || !type.Namespace.StartsWith("SecLake", StringComparison.Ordinal) || reached.ContainsKey(type.FullName!)) return;
        reached[type.FullName!] = type.Assembly.GetName().Name!;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)) Walk(property.PropertyType, reached);
    }
}
