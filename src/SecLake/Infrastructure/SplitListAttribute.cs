using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace SecLake.PowerShell
{
    /// <summary>
    /// Lets a list parameter take one text value with comma- or semicolon-separated items, as a CSV column holds it
    /// (<c>CLOUD_TRAIL,VPC_FLOW</c>), besides a real array. Runs before validation, so each item is validated.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class SplitListAttribute : ArgumentTransformationAttribute
    {
        private static readonly char[] Separators = { ',', ';' };

        public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
        {
            var value = PowerShellValues.Unwrap(inputData);
            if (value is string text) return Split(text);
            if (value is IEnumerable items && !(value is IDictionary))
            {
                var all = new List<string>();
                foreach (var item in items)
                {
                    var inner = item is PSObject w ? w.BaseObject : item;
                    if (inner is string s) all.AddRange(Split(s));
                    else return inputData; // not all text: leave it to parameter binding
                }
                return all.ToArray();
            }
            return inputData;
        }

        private static string[] Split(string text) =>
            text.Split(Separators, StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()).Where(s => s.Length > 0).ToArray();
    }
}
