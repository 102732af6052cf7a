using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SecLake.Aws;
using SecLake.Validation;

namespace SecLake.Qldb
{
    /// <summary>
    /// QLDB's control plane in SecLake's terms. Validates input as the service model does before anything is sent,
    /// so a value the service would reject fails locally with a message that names the parameter.
    /// </summary>
    public sealed class QldbClient
    {
        private readonly IRestInvoker _invoker;

        public QldbClient(IRestInvoker invoker, string? region)
        {
            _invoker = invoker;
            Region = region;
        }

        /// <summary>The region requests go to; copied onto every ledger returned.</summary>
        public string? Region { get; }

        /// <summary>How the connection was resolved (for -Verbose); null for clients built on a given invoker.</summary>
        public ConnectionInfo? Connection { get; internal set; }

        public async Task<QldbLedger> CreateLedgerAsync(CreateLedgerInput input, CancellationToken cancellationToken)
        {
            ValidateName(input.Name);
            ValidatePermissionsMode(input.PermissionsMode);
            ValidateKmsKey(input.KmsKey);
            if (input.Tags != null) QldbConstraints.Tags.Validate("Tag", input.Tags);
            var response = await _invoker.SendAsync(QldbWire.CreateLedger(input), cancellationToken).ConfigureAwait(false);
            return QldbWire.ParseLedger(response.Body, Region);
        }

        public async Task<QldbLedger> DescribeLedgerAsync(string name, CancellationToken cancellationToken)
        {
            ValidateName(name);
            var response = await _invoker.SendAsync(QldbWire.DescribeLedger(name), cancellationToken).ConfigureAwait(false);
            return QldbWire.ParseLedger(response.Body, Region);
        }

        /// <summary>Every ledger summary (name, state, creation time), following NextToken to the end.</summary>
        public async Task<List<QldbLedger>> ListLedgersAsync(CancellationToken cancellationToken, int? pageSize = null)
        {
            if (pageSize is int size && (size < QldbConstraints.MaxResultsMin || size > QldbConstraints.MaxResultsMax))
                throw new InputValidationException("MaxResults", $"The page size must be {QldbConstraints.MaxResultsMin} to {QldbConstraints.MaxResultsMax}; got {size}.");
            var all = new List<QldbLedger>();
            string? token = null;
            do
            {
                var response = await _invoker.SendAsync(QldbWire.ListLedgers(pageSize, token), cancellationToken).ConfigureAwait(false);
                var (page, next) = QldbWire.ParseListLedgers(response.Body, Region);
                all.AddRange(page);
                token = string.IsNullOrEmpty(next) || next == token ? null : next;
            }
            while (token != null);
            return all;
        }

        public async Task<QldbLedger> UpdateLedgerAsync(string name, bool? deletionProtection, string? kmsKey, CancellationToken cancellationToken)
        {
            ValidateName(name);
            ValidateKmsKey(kmsKey);
            var response = await _invoker.SendAsync(QldbWire.UpdateLedger(name, deletionProtection, kmsKey), cancellationToken).ConfigureAwait(false);
            return QldbWire.ParseLedger(response.Body, Region);
        }

        public async Task<QldbLedger> UpdateLedgerPermissionsModeAsync(string name, string permissionsMode, CancellationToken cancellationToken)
        {
            ValidateName(name);
            ValidatePermissionsMode(permissionsMode);
            var response = await _invoker.SendAsync(QldbWire.UpdateLedgerPermissionsMode(name, permissionsMode), cancellationToken).ConfigureAwait(false);
            return QldbWire.ParseLedger(response.Body, Region);
        }

        public async Task DeleteLedgerAsync(string name, CancellationToken cancellationToken)
        {
            ValidateName(name);
            await _invoker.SendAsync(QldbWire.DeleteLedger(name), cancellationToken).ConfigureAwait(false);
        }

        public async Task TagResourceAsync(string resourceArn, IReadOnlyDictionary<string, string?> tags, CancellationToken cancellationToken)
        {
            ValidateArn(resourceArn);
            if (tags.Count == 0) throw new InputValidationException("Tag", "-Tag needs at least one tag to add.");
            QldbConstraints.Tags.Validate("Tag", tags);
            await _invoker.SendAsync(QldbWire.TagResource(resourceArn, tags), cancellationToken).ConfigureAwait(false);
        }

        public async Task UntagResourceAsync(string resourceArn, IReadOnlyCollection<string> tagKeys, CancellationToken cancellationToken)
        {
            ValidateArn(resourceArn);
            if (tagKeys.Count > QldbConstraints.TagKeysMax)
                throw new InputValidationException("TagKey", $"-TagKey has {tagKeys.Count} keys; at most {QldbConstraints.TagKeysMax} can be removed at once.");
            foreach (var key in tagKeys)
            {
                if (key.Length < QldbConstraints.TagKeyMin || key.Length > QldbConstraints.TagKeyMax)
                    throw new InputValidationException("TagKey", $"-TagKey '{key}' is {key.Length} characters long; tag keys must be {QldbConstraints.TagKeyMin} to {QldbConstraints.TagKeyMax} characters.");
            }
            await _invoker.SendAsync(QldbWire.UntagResource(resourceArn, tagKeys), cancellationToken).ConfigureAwait(false);
        }

        public async Task<IReadOnlyList<ResourceTag>> ListTagsForResourceAsync(string resourceArn, CancellationToken cancellationToken)
        {
            ValidateArn(resourceArn);
            var response = await _invoker.SendAsync(QldbWire.ListTagsForResource(resourceArn), cancellationToken).ConfigureAwait(false);
            return QldbWire.ParseTags(response.Body)
                .OrderBy(t => t.Key, StringComparer.Ordinal)
                .Select(t => new ResourceTag(resourceArn, t.Key, t.Value))
                .ToList();
        }

        /// <summary>
        /// Polls DescribeLedger until the ledger is in one of <paramref name="targetStates"/>. A ledger that disappears
        /// (404) counts as DELETED. Throws <see cref="WaitTimeoutException"/> after <paramref name="timeout"/>.
        /// </summary>
        public async Task<QldbLedger> WaitForLedgerAsync(string name, IReadOnlyCollection<string> targetStates, TimeSpan timeout, TimeSpan pollInterval,
            IProgress<WaitProgress>? progress, CancellationToken cancellationToken)
        {
            ValidateName(name);
            var activity = $"Waiting for ledger '{name}' to be {string.Join(" or ", targetStates)}";
            var clock = Stopwatch.StartNew();
            string? lastState = null;
            while (true)
            {
                QldbLedger ledger;
                try
                {
                    ledger = await DescribeLedgerAsync(name, cancellationToken).ConfigureAwait(false);
                }
                catch (ResourceNotFoundException) when (targetStates.Contains("DELETED"))
                {
                    return new QldbLedger { Name = name, State = "DELETED", Region = Region };
                }
                lastState = ledger.State;
                if (ledger.State != null && targetStates.Contains(ledger.State)) return ledger;
                progress?.Report(new WaitProgress(activity, $"State {ledger.State} after {clock.Elapsed.TotalSeconds:0} s", clock.Elapsed, timeout));
                if (clock.Elapsed + pollInterval > timeout)
                    throw new WaitTimeoutException($"Ledger '{name}' was still {lastState} after {timeout.TotalSeconds:0} seconds (waiting for {string.Join(" or ", targetStates)}). Wait longer with -TimeoutSec.", lastState);
                await Task.Delay(pollInterval, cancellationToken).ConfigureAwait(false);
            }
        }

        public static void ValidateName(string name)
        {
            if (name.Length < QldbConstraints.LedgerNameMin || name.Length > QldbConstraints.LedgerNameMax)
                throw new InputValidationException("Name", $"The ledger name '{name}' is {name.Length} characters long; ledger names are {QldbConstraints.LedgerNameMin} to {QldbConstraints.LedgerNameMax} characters.");
            if (!ModelRegex.IsMatch(name, QldbConstraints.LedgerNamePattern))
                throw new InputValidationException("Name", $"The ledger name '{name}' is not valid: use letters, digits and single hyphens, not only digits, not starting or ending with a hyphen.");
        }

        private static void ValidatePermissionsMode(string mode)
        {
            if (!QldbConstraints.PermissionsModes.Contains(mode))
                throw new InputValidationException("PermissionsMode", $"The permissions mode '{mode}' is not valid; use {string.Join(" or ", QldbConstraints.PermissionsModes)}.");
        }

        private static void ValidateKmsKey(string? kmsKey)
        {
            if (kmsKey != null && kmsKey.Length > QldbConstraints.KmsKeyMax)
                throw new InputValidationException("KmsKey", $"-KmsKey is {kmsKey.Length} characters long; at most {QldbConstraints.KmsKeyMax} are allowed.");
        }

        private static void ValidateArn(string arn)
        {
            if (arn.Length < QldbConstraints.ArnMin || arn.Length > QldbConstraints.ArnMax)
                throw new InputValidationException("ResourceArn", $"The resource ARN '{arn}' is {arn.Length} characters long; ARNs are {QldbConstraints.ArnMin} to {QldbConstraints.ArnMax} characters.");
        }
    }
}
