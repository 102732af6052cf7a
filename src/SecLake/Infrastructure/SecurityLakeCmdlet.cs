using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake
{
    /// <summary>Base of the Security Lake cmdlets: the client, and the conversions from PowerShell values the core needs.</summary>
    public abstract class SecurityLakeCmdlet : SecLakeCmdlet
    {
        /// <summary>The Security Lake client for this record's region (see <see cref="SecLakeCmdlet.Connect{TClient}"/>).</summary>
        protected SecurityLakeClient Client => Connect("SecurityLake", SecurityLakeService.Connect, client => client.Connection);

        /// <summary>
        /// A bound value with PowerShell's wrappers removed, deeply, so the core sees plain CLR values: PSObject becomes
        /// its base object, a PSCustomObject (e.g. from ConvertFrom-Json or Import-Csv) a hashtable of its properties,
        /// and dictionaries and lists are copied with their items unwrapped.
        /// </summary>
        protected static object? Plain(object? value)
        {
            if (value is PSObject wrapped)
            {
                if (wrapped.BaseObject is PSCustomObject)
                {
                    var properties = new Hashtable(StringComparer.OrdinalIgnoreCase);
                    foreach (var property in wrapped.Properties) properties[property.Name] = Plain(property.Value);
                    return properties;
                }
                value = wrapped.BaseObject;
            }
            switch (value)
            {
                case string text:
                    return text;
                case IDictionary dictionary:
                    var copy = new Hashtable(StringComparer.OrdinalIgnoreCase);
                    foreach (DictionaryEntry entry in dictionary) copy[Plain(entry.Key) ?? ""] = Plain(entry.Value);
                    return copy;
                case IEnumerable items:
                    return items.Cast<object?>().Select(Plain).ToArray();
                default:
                    return value;
            }
        }

        protected static Hashtable? PlainTable(Hashtable? table) => table == null ? null : (Hashtable)Plain(table)!;

        protected static object?[] PlainList(IEnumerable? items) => items == null ? Array.Empty<object?>() : items.Cast<object?>().Select(Plain).ToArray();

        /// <summary>A Region asked for by name that has no data lake: ObjectNotFound, like a missing ledger.</summary>
        protected void WriteNotEnabled(string region) =>
            WriteError(new ErrorRecord(
                new ItemNotFoundException($"Security Lake is not enabled in {region}: there is no data lake there."),
                "DataLakeNotFound", ErrorCategory.ObjectNotFound, region));

        /// <summary>One error per Region whose create or update FAILED, naming the Region and the service's reason.</summary>
        protected void WriteFailures(DataLakeOperationFailedException failed)
        {
            foreach (var failure in failed.Failures)
                WriteError(new ErrorRecord(new InvalidOperationException(failure.Message, failed),
                    "DataLakeFailed" + (failure.Code == null ? "" : "," + failure.Code), ErrorCategory.InvalidResult, failure.Region));
        }
    }
}
