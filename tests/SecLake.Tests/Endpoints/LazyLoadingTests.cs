using System;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using System.Threading;
using System.Threading.Tasks;
using SecLake.Endpoints;
using Xunit;

namespace SecLake.Tests.Endpoints
{
    /// <summary>Embedded data is read and parsed on first use, once, and never at type load.</summary>
    public class LazyLoadingTests
    {
        [Fact]
        public void Rule_set_is_parsed_on_first_use_and_only_once_under_concurrency()
        {
            var loads = 0;
            var lazy = new LazyRuleSet(() =>
            {
                Interlocked.Increment(ref loads);
                Thread.Sleep(50); // widen the window in which racing threads could each start a parse
                return EmbeddedData.Read(EmbeddedData.QldbRuleSet);
            });

            Assert.False(lazy.IsParsed);
            Assert.Equal(0, loads);

            using var start = new Barrier(8);
            // Dedicated threads: all eight must be waiting at the barrier at once, which a busy pool may not allow.
            var results = new EndpointRuleSet[8];
            var threads = Enumerable.Range(0, 8)
                .Select(i => new Thread(() => { start.SignalAndWait(TimeSpan.FromSeconds(20)); results[i] = lazy.Value; }) { IsBackground = true })
                .ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => Assert.True(t.Join(TimeSpan.FromSeconds(30))));

            Assert.Equal(1, loads);
            Assert.True(lazy.IsParsed);
            Assert.All(results, r => Assert.Same(results[0], r));
        }

        [Fact]
        public void Service_rule_sets_are_singletons()
        {
            var tasks = Enumerable.Range(0, 8)
                .Select(_ => Task.Run(() => (ServiceEndpointRules.Qldb, ServiceEndpointRules.SecurityLake)))
                .ToList();
            var fromThreads = tasks.Select(t => t.Result).ToList();

            Assert.All(fromThreads, pair => Assert.Same(ServiceEndpointRules.Qldb, pair.Item1));
            Assert.All(fromThreads, pair => Assert.Same(ServiceEndpointRules.SecurityLake, pair.Item2));
            Assert.NotSame(ServiceEndpointRules.Qldb, ServiceEndpointRules.SecurityLake);
            Assert.True(ServiceEndpointRules.IsQldbParsed);
        }

        /// <summary>
        /// Loads a fresh copy of SecLake.Core (other tests in this process have already used the shared one),
        /// runs the type initializers, and checks nothing was parsed until a rule set was asked for.
        /// </summary>
        [Fact]
        public void Type_initialization_parses_nothing()
        {
            var context = new AssemblyLoadContext("endpoints-lazy-check", isCollectible: true);
            try
            {
                var path = typeof(EndpointRuleSet).Assembly.Location;
                var core = context.LoadFromAssemblyPath(path);
                var rules = core.GetType("SecLake.Endpoints.ServiceEndpointRules", throwOnError: true)!;
                var catalog = core.GetType("SecLake.Endpoints.PartitionCatalog", throwOnError: true)!;
                foreach (var type in new[] { rules, catalog, core.GetType("SecLake.Endpoints.Partitions", true)!, core.GetType("SecLake.Endpoints.FunctionLibrary", true)! })
                {
                    RuntimeHelpers.RunClassConstructor(type.TypeHandle);
                }

                Assert.False(StaticProperty<bool>(rules, "IsQldbParsed"));
                Assert.False(StaticProperty<bool>(rules, "IsSecurityLakeParsed"));
                Assert.False(PartitionsLoaded(catalog));

                var qldb = StaticProperty<object>(rules, "Qldb");
                Assert.True(StaticProperty<bool>(rules, "IsQldbParsed"));
                Assert.False(StaticProperty<bool>(rules, "IsSecurityLakeParsed"));
                // Parsing a rule set does not need partition data; resolving does.
                Assert.False(PartitionsLoaded(catalog));

                var inputs = Activator.CreateInstance(core.GetType("SecLake.Endpoints.EndpointInputs", true)!)!;
                inputs.GetType().GetProperty("Region")!.SetValue(inputs, "us-east-1");
                var endpoint = qldb.GetType().GetMethod("Resolve", new[] { inputs.GetType() })!.Invoke(qldb, new[] { inputs })!;
                Assert.Equal("https://qldb.us-east-1.amazonaws.com", endpoint.GetType().GetProperty("Url")!.GetValue(endpoint));
                Assert.True(PartitionsLoaded(catalog));
            }
            finally
            {
                context.Unload();
            }
        }

        private static T StaticProperty<T>(Type type, string name) =>
            (T)type.GetProperty(name, BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)!.GetValue(null)!;

        private static bool PartitionsLoaded(Type catalog)
        {
            var lazy = catalog.GetField("Embedded", BindingFlags.Static | BindingFlags.NonPublic)!.GetValue(null)!;
            return (bool)lazy.GetType().GetProperty("IsValueCreated")!.GetValue(lazy)!;
        }
    }
}
