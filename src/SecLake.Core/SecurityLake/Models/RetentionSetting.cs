using System.Collections;

namespace SecLake.SecurityLake
{
    /// <summary>
    /// Documented <c>retentionSettings[]</c> entry: keep data <see cref="RetentionPeriod"/> days before moving it to
    /// <see cref="StorageClass"/>, or before deleting it when the class is <c>EXPIRE</c>.
    /// </summary>
    public sealed class RetentionSetting
    {
        public RetentionSetting(int retentionPeriod, string storageClass)
        {
            RetentionPeriod = retentionPeriod;
            StorageClass = storageClass;
        }

        public int RetentionPeriod { get; }
        public string StorageClass { get; }

        public override string ToString() => $"{StorageClass} after {RetentionPeriod} days";

        /// <summary>
        /// Reads one entry as a user wrote it: a <see cref="RetentionSetting"/> or a dictionary (e.g. a PowerShell
        /// hashtable) with the documented keys <c>retentionPeriod</c> and <c>storageClass</c>, case-insensitive.
        /// </summary>
        /// <param name="value">The entry (PowerShell wrappers already removed).</param>
        /// <param name="parameterName">Cmdlet parameter reported on refusal.</param>
        /// <param name="label">Where the entry sits, for messages, e.g. <c>RetentionSetting[0]</c>.</param>
        public static RetentionSetting From(object? value, string parameterName, string label)
        {
            if (value is RetentionSetting setting) return setting;
            if (!(value is IDictionary entry))
                throw new InputValidationException(parameterName,
                    $"{label} must be a hashtable with the keys retentionPeriod and storageClass, not '{value}'.");

            var keys = new DocumentedKeys(entry, parameterName, label, "retentionPeriod", "storageClass");
            var period = keys.Get("retentionPeriod");
            var storageClass = keys.Get("storageClass");
            if (period == null || storageClass == null)
                throw new InputValidationException(parameterName, $"{label} needs both retentionPeriod and storageClass.");
            return new RetentionSetting(
                LooseValue.ToInt(period, parameterName, label + ".retentionPeriod"),
                LooseValue.ToText(storageClass, parameterName, label + ".storageClass"));
        }
    }
}
