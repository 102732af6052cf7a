using System;
using System.Management.Automation;
using System.Text.RegularExpressions;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake
{
    /// <summary>Gets subscribers by subscription id (GetSubscriber), or all of them, page by page (ListSubscribers).</summary>
    [Cmdlet(VerbsCommon.Get, "SLSubscriber")]
    [OutputType(typeof(Subscriber))]
    public sealed class GetSLSubscriberCommand : SecurityLakeCmdlet
    {
        /// <summary>Documented subscriptionId (GA subscriberId); all subscribers when omitted.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidatePattern(SecurityLakeConstraints.UuidPattern, Options = RegexOptions.None)]
        [ArgumentCompleter(typeof(SubscriptionIdCompleter))]
        [Alias("SubscriberId")]
        public string[]? SubscriptionId { get; set; }

        protected override void ProcessRecord()
        {
            if (SubscriptionId == null || SubscriptionId.Length == 0)
            {
                try
                {
                    WriteObject(Await(token => Client.ListSubscribersAsync(cancellationToken: token)), enumerateCollection: true);
                }
                catch (Exception e) when (IsRecordFailure(e))
                {
                    WriteFailure(e, null);
                }
                return;
            }
            foreach (var id in SubscriptionId)
            {
                try
                {
                    WriteObject(Await(token => Client.GetSubscriberAsync(id, token)));
                }
                catch (Exception e) when (IsRecordFailure(e))
                {
                    WriteFailure(e, id);
                }
            }
        }
    }
}
