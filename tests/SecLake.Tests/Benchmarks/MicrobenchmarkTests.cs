using System.Reflection;
using BenchmarkDotNet.Attributes;
using SecLake.Microbenchmarks;
using Xunit;

namespace SecLake.Tests.Benchmarks;

/// <summary>
/// Every BenchmarkDotNet benchmark in benchmarks/SecLake.Microbenchmarks runs once, for every value of its parameters,
/// with its setup and cleanup, and returns something: a benchmark that throws or measures nothing fails here, not on
/// the day someone wants its figure.
/// </summary>
public sealed class MicrobenchmarkTests
{
    public static TheoryData<Type> BenchmarkClasses() => new(Classes());

    [Fact]
    public void The_project_has_the_three_kinds_of_benchmark() =>
        Assert.Equal(new[] { "CallBenchmarks", "MarshallingBenchmarks", "SigningBenchmarks" }, Classes().Select(type => type.Name));

    [Theory]
    [MemberData(nameof(BenchmarkClasses))]
    public async Task Each_benchmark_runs_once_for_every_parameter_value(Type benchmarks)
    {
        foreach (var values in ParameterValues(benchmarks))
        {
            var instance = Activator.CreateInstance(benchmarks)!;
            foreach (var (property, value) in values) property.SetValue(instance, value);
            await InvokeAll<GlobalSetupAttribute>(instance);
            try
            {
                foreach (var benchmark in benchmarks.GetMethods().Where(method => method.IsDefined(typeof(BenchmarkAttribute))))
                {
                    var result = await Invoke(benchmark, instance);
                    Assert.True(result != null, $"{benchmarks.Name}.{benchmark.Name} ({string.Join(", ", values.Select(v => v.Value))}) returned nothing.");
                }
            }
            finally
            {
                await InvokeAll<GlobalCleanupAttribute>(instance);
            }
        }
    }

    private static IEnumerable<Type> Classes() =>
        typeof(MarshallingBenchmarks).Assembly.GetTypes()
            .Where(type => type.GetMethods().Any(method => method.IsDefined(typeof(BenchmarkAttribute))))
            .OrderBy(type => type.Name, StringComparer.Ordinal);

    /// <summary>Every combination of the class's [Params] values (one empty combination when it has none).</summary>
    private static IEnumerable<(PropertyInfo Property, object? Value)[]> ParameterValues(Type benchmarks)
    {
        IEnumerable<(PropertyInfo, object?)[]> combinations = new[] { Array.Empty<(PropertyInfo, object?)>() };
        foreach (var property in benchmarks.GetProperties().Where(p => p.IsDefined(typeof(ParamsAttribute))))
        {
            var values = property.GetCustomAttribute<ParamsAttribute>()!.Values;
            combinations = combinations.SelectMany(combination => values.Select(value => combination.Append((property, value)).ToArray())).ToList();
        }
        return combinations;
    }

    private static async Task InvokeAll<TAttribute>(object instance) where TAttribute : Attribute
    {
        foreach (var method in instance.GetType().GetMethods().Where(method => method.IsDefined(typeof(TAttribute))))
            await Invoke(method, instance);
    }

    /// <summary>The method's result, awaited when it is a task.</summary>
    private static async Task<object?> Invoke(MethodInfo method, object instance)
    {
        var result = method.Invoke(instance, null);
        if (result is not Task task) return result;
        await task;
        return task.GetType().IsGenericType ? task.GetType().GetProperty("Result")!.GetValue(task) : task;
    }
}
