using System;
using System.Collections;
using System.Management.Automation;
using System.Text.RegularExpressions;
using SecLake.Qldb;

namespace SecLake.PowerShell.Cmdlets.Qldb
{
    /// <summary>Creates a QLDB ledger (CreateLedger).</summary>
    [Cmdlet(VerbsCommon.New, "QLDBLedger", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(QldbLedger))]
    public sealed class NewQLDBLedgerCommand : QldbCmdlet
    {
        private const int ProgressId = 1;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateLength(QldbConstraints.LedgerNameMin, QldbConstraints.LedgerNameMax)]
        [ValidatePattern(QldbConstraints.LedgerNamePattern, Options = RegexOptions.None)]
        [Alias("LedgerName")]
        public string Name { get; set; } = "";

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateSet("ALLOW_ALL", "STANDARD")]
        public string PermissionsMode { get; set; } = "";

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [BoolArgumentTransformation(EmptyMeans = true)]
        public bool DeletionProtection { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateLength(0, QldbConstraints.KmsKeyMax)]
        [ArgumentCompleter(typeof(KmsKeyCompleter))]
        public string? KmsKey { get; set; }

        [Parameter]
        [ValidateCount(0, QldbConstraints.TagCountMax)]
        [Alias("Tags")]
        public Hashtable? Tag { get; set; }

        [Parameter]
        public SwitchParameter Wait { get; set; }

        [Parameter]
        [ValidateRange(1, 86400)]
        public int TimeoutSec { get; set; } = 600;

        protected override void ProcessRecord()
        {
            if (!ShouldProcess(Name, "Create QLDB ledger")) return;
            try
            {
                var input = new CreateLedgerInput(Name, PermissionsMode)
                {
                    DeletionProtection = MyInvocation.BoundParameters.ContainsKey(nameof(DeletionProtection)) ? DeletionProtection : (bool?)null,
                    // An empty KmsKey cell in a CSV means "not given" (the AWS owned key), not an empty key name.
                    KmsKey = string.IsNullOrWhiteSpace(KmsKey) ? null : KmsKey,
                    Tags = Tag != null ? ToTagMap(Tag) : null,
                };
                var ledger = Await(token => Client.CreateLedgerAsync(input, token));
                if (Wait)
                {
                    ledger = Await(token => Client.WaitForLedgerAsync(Name, new[] { "ACTIVE" }, TimeSpan.FromSeconds(TimeoutSec),
                        LedgerPolling.Interval, WaitProgressReporter(ProgressId), token));
                    CompleteProgress(ProgressId, "Waiting for ledger " + Name);
                }
                WriteObject(ledger);
            }
            catch (Exception e) when (IsRecordFailure(e))
            {
                WriteFailure(e, Name);
            }
        }
    }
}
