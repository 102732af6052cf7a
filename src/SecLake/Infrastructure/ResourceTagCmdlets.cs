using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Reflection;

namespace SecLake.PowerShell;

// Get-, Add- and Remove-<Service>ResourceTag, alike for every service: a service's cmdlet derives from the base of its
// verb, names its service with [ServiceCmdlet] and declares -ResourceArn (and -Tag or -TagKey) with its model's rules
// and completer. No public or overridable member names a SecLake.Core type: importing the module loads every cmdlet's
// type, and SecLake.Core loads only when a command runs.

/// <summary>The client of the service the cmdlet's [ServiceCmdlet] names, for the tag cmdlets of every service.</summary>
public abstract class ResourceTagCmdlet : SecLakeCmdlet
{
    private string? _serviceId;

    private string ServiceId => _serviceId ??= GetType().GetCustomAttribute<ServiceCmdletAttribute>(inherit: true)?.ServiceId
        ?? throw new InvalidOperationException(GetType().Name + " names no service: give it [ServiceCmdlet(...)].");

    public abstract string ResourceArn { get; set; }

    /// <summary>This record's client (connected on the pipeline thread, like the services' own cmdlets').</summary>
    private protected IResourceTagging Client =>
        Connect(ServiceId, (settings, trace) => Services.Connect(ServiceId, settings, trace), client => client.Connection);
}

/// <summary>Get-&lt;Service&gt;ResourceTag: a resource's tags, one object per tag (ListTagsForResource).</summary>
public abstract class GetResourceTagCmdlet : ResourceTagCmdlet
{
    protected override void ProcessRecordCore()
    {
        var (arn, client) = (ResourceArn, Client);
        RunRecord(arn, async (record, token) => record.WriteObject(await client.ListTagsForResourceAsync(arn, token), enumerateCollection: true));
    }
}

/// <summary>Add-&lt;Service&gt;ResourceTag: adds tags to a resource (TagResource), and with -PassThru writes its tags after.</summary>
public abstract class AddResourceTagCmdlet : ResourceTagCmdlet
{
    public abstract Hashtable Tag { get; set; }

    /// <summary>Write the resource's tags after the change.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <summary>-Tag (plain values) as the service's model allows it; refuses what the model does not.</summary>
    protected abstract IReadOnlyDictionary<string, string?> ReadTags(object tags);

    protected override void ProcessRecordCore()
    {
        var (arn, passThru) = (ResourceArn, PassThru.IsPresent);
        if (!TryBuild(arn, () => ReadTags(PowerShellValues.Plain(Tag)!), out var tags)) return;
        if (!ShouldProcess(arn, "Add tags " + string.Join(", ", tags.Keys))) return;
        var client = Client;
        RunRecord(arn, async (record, token) =>
        {
            await client.TagResourceAsync(arn, tags, token);
            if (passThru) record.WriteObject(await client.ListTagsForResourceAsync(arn, token), enumerateCollection: true);
        });
    }
}

/// <summary>Remove-&lt;Service&gt;ResourceTag: removes a resource's tags by key (UntagResource).</summary>
public abstract class RemoveResourceTagCmdlet : ResourceTagCmdlet
{
    public abstract string[] TagKey { get; set; }

    /// <summary>Do not ask for confirmation (-WhatIf still sends nothing).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override void ProcessRecordCore()
    {
        var (arn, keys) = (ResourceArn, TagKey);
        if (!ShouldProcessUnlessForced(Force, arn, "Remove tags " + string.Join(", ", keys))) return;
        var client = Client;
        RunRecord(arn, (record, token) => client.UntagResourceAsync(arn, keys, token));
    }
}
