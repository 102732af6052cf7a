using System.Collections.Generic;
using SecLake.Emulator.Http;

namespace SecLake.Emulator.Qldb;

/// <summary>Amazon QLDB (restJson1, signing name qldb): the nine ledger and tagging operations SecLake uses.</summary>
internal sealed class QldbModule(QldbOperations operations) : IServiceModule
{
    public string SigningName => "qldb";

    public void Register(Router router)
    {
        // Every path the QLDB model binds, so a wrongly scoped signature is caught even for operations not emulated.
        foreach (var prefix in new[] { "/ledgers", "/tags", "/journal-s3-exports" })
            router.AddServicePrefix(prefix, SigningName);

        router.Add(SigningName, "CreateLedger", "POST", "/ledgers", operations.CreateLedger);
        router.Add(SigningName, "ListLedgers", "GET", "/ledgers", operations.ListLedgers);
        router.Add(SigningName, "DescribeLedger", "GET", "/ledgers/{name}", operations.DescribeLedger);
        router.Add(SigningName, "UpdateLedger", "PATCH", "/ledgers/{name}", operations.UpdateLedger);
        router.Add(SigningName, "DeleteLedger", "DELETE", "/ledgers/{name}", operations.DeleteLedger);
        router.Add(SigningName, "UpdateLedgerPermissionsMode", "PATCH", "/ledgers/{name}/permissions-mode", operations.UpdateLedgerPermissionsMode);
        router.Add(SigningName, "TagResource", "POST", "/tags/{resourceArn}", operations.TagResource);
        router.Add(SigningName, "UntagResource", "DELETE", "/tags/{resourceArn}", operations.UntagResource);
        router.Add(SigningName, "ListTagsForResource", "GET", "/tags/{resourceArn}", operations.ListTagsForResource);
    }

    public ServiceError FaultError(Fault fault)
    {
        var code = fault.ErrorCode ?? DefaultCode(fault.StatusCode);
        var error = QldbErrors.Other(fault.StatusCode, code, fault.Message ?? $"Injected fault: {code}");
        return fault.RetryAfterSeconds is { } seconds
            ? new ServiceError(error.StatusCode, error.Code, error.Body, new Dictionary<string, string> { ["Retry-After"] = seconds.ToString() })
            : error;
    }

    public ServiceError MalformedBody(string message) => QldbErrors.InvalidParameter(message, null);

    public ServiceError UnknownOperation(string method, string path) =>
        QldbErrors.Other(404, "UnknownOperationException", $"The emulator's QLDB has no operation for {method} {path}.");

    /// <summary>QLDB's model has no throttling or server errors, so these are AWS's common error codes.</summary>
    private static string DefaultCode(int status) => status switch
    {
        400 => "InvalidParameterException",
        403 => "AccessDeniedException",
        404 => "ResourceNotFoundException",
        409 => "ResourceInUseException",
        412 => "ResourcePreconditionNotMetException",
        429 => "ThrottlingException",
        503 => "ServiceUnavailable",
        >= 500 => "InternalFailure",
        _ => "BadRequest",
    };
}
