using System;

namespace SecLake.PowerShell;

/// <summary>
/// Names one operation of the service model (as the model spells it, e.g. <c>CreateDataLake</c>) that the cmdlet
/// sends; a cmdlet carries one per operation it may send. The service is the cmdlet's (its base class's
/// <see cref="ServiceCmdletAttribute"/>). Read by the tests only: one test fails on a GA model operation no cmdlet
/// names, another runs each cmdlet against the emulator and fails unless it sends exactly the operations it names.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ServiceOperationAttribute : Attribute
{
    public ServiceOperationAttribute(string operation) => Operation = operation;

    public string Operation { get; }
}
