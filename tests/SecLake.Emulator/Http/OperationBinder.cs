using System.Reflection;
using SecLake.Emulator.Model;

namespace SecLake.Emulator.Http;

/// <summary>
/// Binds handler methods to the model's operations by name: every public instance method
/// <c>OperationResult Name(OperationContext)</c> of the given objects handles the operation of that name. A handler
/// whose name is no operation of the model, or two handlers of one operation, stop the emulator at start.
/// </summary>
internal static class OperationBinder
{
    /// <summary>
    /// One instance of every class of this assembly marked [OperationHandlers(signingName)], created with its
    /// constructor's dependencies (options, the services' state, the clock) from <paramref name="services"/>.
    /// </summary>
    public static object[] Discover(string signingName, IServiceProvider services) =>
        typeof(OperationBinder).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } &&
                        t.GetCustomAttribute<OperationHandlersAttribute>()?.SigningName == signingName)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => ActivatorUtilities.CreateInstance(services, t))
            .ToArray();

    public static IReadOnlyDictionary<string, OperationHandler> Bind(ServiceModel model, params object[] handlerObjects)
    {
        var handlers = new Dictionary<string, OperationHandler>(StringComparer.Ordinal);
        foreach (var target in handlerObjects)
        {
            var methods = target.GetType()
                .GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.ReturnType == typeof(OperationResult) &&
                            m.GetParameters() is [{ ParameterType: var p }] && p == typeof(OperationContext));
            foreach (var method in methods)
            {
                if (!model.Operations.ContainsKey(method.Name))
                    throw new InvalidOperationException($"{target.GetType().Name}.{method.Name} handles no operation of the {model.ServiceName} model.");
                if (!handlers.TryAdd(method.Name, method.CreateDelegate<OperationHandler>(target)))
                    throw new InvalidOperationException($"The {model.ServiceName} operation {method.Name} has two handlers.");
            }
        }
        return handlers;
    }
}

/// <summary>Marks a class whose public <c>OperationResult Name(OperationContext)</c> methods emulate operations of a service.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class OperationHandlersAttribute(string signingName) : Attribute
{
    /// <summary>The model's signing name: qldb or securitylake.</summary>
    public string SigningName { get; } = signingName;
}
