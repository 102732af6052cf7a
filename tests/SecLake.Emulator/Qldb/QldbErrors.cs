using System.Text.Json.Nodes;
using SecLake.Emulator.Http;
using SecLake.Emulator.Validation;

namespace SecLake.Emulator.Qldb;

/// <summary>QLDB's modeled errors; members capitalised as the model names them (Message, ParameterName, ResourceType, ResourceName).</summary>
internal static class QldbErrors
{
    public const string LedgerType = "Ledger";

    public static ServiceError InvalidParameter(string message, string? parameterName)
    {
        var body = new JsonObject { ["Message"] = message };
        if (parameterName is not null) body["ParameterName"] = parameterName;
        return new ServiceError(400, "InvalidParameterException", body);
    }

    /// <summary>The first violated member is the ParameterName; the message lists every violation.</summary>
    public static ServiceError FromValidation(Validator validator)
    {
        var first = validator.Errors.First().Path;
        var parameter = first.Split('.', '[')[0];
        return InvalidParameter(validator.Summary(), parameter);
    }

    public static ServiceError ResourceNotFound(string name, string message) =>
        Resource(404, "ResourceNotFoundException", name, message);

    public static ServiceError ResourceAlreadyExists(string name, string message) =>
        Resource(409, "ResourceAlreadyExistsException", name, message);

    public static ServiceError ResourceInUse(string name, string message) =>
        Resource(409, "ResourceInUseException", name, message);

    public static ServiceError ResourcePreconditionNotMet(string name, string message) =>
        Resource(412, "ResourcePreconditionNotMetException", name, message);

    public static ServiceError LimitExceeded(string message) =>
        new(400, "LimitExceededException", new JsonObject { ["Message"] = message, ["ResourceType"] = LedgerType });

    /// <summary>Any other error (faults, unknown operations): just the Message member.</summary>
    public static ServiceError Other(int status, string code, string message) =>
        new(status, code, new JsonObject { ["Message"] = message });

    private static ServiceError Resource(int status, string code, string name, string message) =>
        new(status, code, new JsonObject { ["Message"] = message, ["ResourceType"] = LedgerType, ["ResourceName"] = name });
}
