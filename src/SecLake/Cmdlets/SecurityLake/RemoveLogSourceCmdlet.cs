using System.Management.Automation;
using SecLake.SecurityLake;

namespace SecLake.PowerShell.Cmdlets.SecurityLake;

/// <summary>
/// Remove-SLAwsLogSource and Remove-SLCustomLogSource: a source by name, or a piped source of their kind. Get-SLLogSource
/// writes both kinds, so a piped source of the other kind is passed over, with a verbose line saying which cmdlet removes it.
/// </summary>
// No default parameter set, on purpose: PowerShell binds a piped object to the default set first, by property name,
// which would take a source of the other kind by its SourceName. Without one, a LogSource binds -InputObject by value
// and anything else (a CSV row, a name) binds by property name or value to the named set.
// No SecLake.Contracts type in a signature but the parameter's: importing the module loads every cmdlet's type, and
// SecLake.Contracts loads only when a command's metadata is read.
public abstract class RemoveLogSourceCmdlet : SecurityLakeCmdlet
{
    protected const string ByNameSet = "ByName";
    private const string InputObjectSet = "InputObject";

    /// <summary>A source from Get-SLLogSource or New-SL*LogSource: one of this cmdlet's kind is removed; one of the other kind is passed over.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = InputObjectSet)]
    public LogSource? InputObject { get; set; }

    /// <summary>Do not ask for confirmation (-WhatIf still sends nothing).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>The verbose line for a piped source of the other kind (its name, account and Region).</summary>
    protected abstract string PassingOver(string sourceName, string? accountId, string? region);

    /// <summary>
    /// This record's piped source of this cmdlet's kind (null when the source is given by name); false for a source of
    /// the other kind, which is passed over.
    /// </summary>
    protected bool TryGetPipedSource<TSource>(out TSource? source)
        where TSource : class
    {
        source = InputObject as TSource;
        if (ParameterSetName != InputObjectSet || source != null) return true;
        if (InputObject != null) WriteVerbose(PassingOver(InputObject.SourceName, InputObject.AccountId, InputObject.Region));
        return false;
    }
}
