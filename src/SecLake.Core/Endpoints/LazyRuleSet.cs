using System;
using System.Threading;

namespace SecLake.Endpoints
{
    /// <summary>
    /// A rule set read and parsed the first time it is asked for, exactly once even under concurrent
    /// first use, so loading the module costs nothing until an endpoint is actually resolved.
    /// </summary>
    internal sealed class LazyRuleSet
    {
        private readonly Lazy<EndpointRuleSet> ruleSet;

        public LazyRuleSet(Func<string> loadJson)
        {
            ruleSet = new Lazy<EndpointRuleSet>(() => EndpointRuleSet.Parse(loadJson()), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public bool IsParsed => ruleSet.IsValueCreated;

        public EndpointRuleSet Value => ruleSet.Value;
    }
}
