using System;

namespace SecLake.Aws;

/// <summary>A connection could not be set up (no credentials, no region, a bad profile or endpoint). Says what to set.</summary>
public sealed class ConnectionSetupException : SecLakeException
{
    public ConnectionSetupException(string errorId, ErrorKind kind, string message, Exception? inner = null)
        : base(errorId, kind, message, null, inner)
    {
    }

    public override bool TerminatesCommand => true;
}
