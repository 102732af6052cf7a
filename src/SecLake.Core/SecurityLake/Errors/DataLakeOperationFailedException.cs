using System;
using System.Collections.Generic;
using System.Linq;

namespace SecLake.SecurityLake
{
    /// <summary>
    /// A wait ended with one or more Regions FAILED. Carries each failure (Region, the service's exception code and
    /// reason) and every data lake's final state, so completed Regions can still be reported.
    /// </summary>
    public sealed class DataLakeOperationFailedException : Exception
    {
        public DataLakeOperationFailedException(IReadOnlyList<DataLakeFailure> failures, IReadOnlyList<DataLake> dataLakes)
            : base(string.Join(" ", failures.Select(f => f.Message)))
        {
            Failures = failures;
            DataLakes = dataLakes;
        }

        public IReadOnlyList<DataLakeFailure> Failures { get; }
        public IReadOnlyList<DataLake> DataLakes { get; }
    }

    /// <summary>One Region whose data-lake create or update FAILED.</summary>
    public sealed class DataLakeFailure
    {
        public DataLakeFailure(string region, string? code, string? reason)
        {
            Region = region;
            Code = code;
            Reason = reason;
        }

        public string Region { get; }

        /// <summary>GA <c>updateStatus.exception.code</c>, when the service gave one.</summary>
        public string? Code { get; }

        /// <summary>GA <c>updateStatus.exception.reason</c>, when the service gave one.</summary>
        public string? Reason { get; }

        public string Message
        {
            get
            {
                // The reason usually ends a sentence already; don't end the message with "..".
                var detail = string.Join(": ", new[] { Code, Reason }.Where(s => !string.IsNullOrEmpty(s))).TrimEnd('.');
                return $"The data lake in {Region} FAILED{(detail.Length > 0 ? ": " + detail : " (the service gave no reason)")}.";
            }
        }
    }
}
