using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;

namespace SecLake.PowerShell;

/// <summary>Names the service (its model's service id, see SecLake.Core's <c>Services</c>) a cmdlet base class talks to.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class ServiceCmdletAttribute : Attribute
{
    public ServiceCmdletAttribute(string serviceId) => ServiceId = serviceId;

    public string ServiceId { get; }
}

/// <summary>The service behind each SecLake command, read from its cmdlet class (what completers ask for the command they complete).</summary>
internal static class CommandServices
{
    private static readonly Lazy<Dictionary<string, string>> ByCommandName = new Lazy<Dictionary<string, string>>(() =>
        typeof(SecLakeCmdlet).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(SecLakeCmdlet).IsAssignableFrom(t))
            .Select(t => (Cmdlet: t.GetCustomAttribute<CmdletAttribute>(), Service: t.GetCustomAttribute<ServiceCmdletAttribute>(inherit: true)))
            .Where(c => c.Cmdlet != null && c.Service != null)
            .ToDictionary(c => c.Cmdlet!.VerbName + "-" + c.Cmdlet.NounName, c => c.Service!.ServiceId, StringComparer.OrdinalIgnoreCase));

    /// <summary>The service id of <paramref name="commandName"/> (as typed: module-qualified or not), or null for a command not SecLake's.</summary>
    public static string? Of(string? commandName)
    {
        if (string.IsNullOrEmpty(commandName)) return null;
        var name = commandName!.Substring(commandName.LastIndexOf('\\') + 1);
        return ByCommandName.Value.TryGetValue(name, out var serviceId) ? serviceId : null;
    }
}
