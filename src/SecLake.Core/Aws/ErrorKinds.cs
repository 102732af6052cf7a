using System.Text.Json;

namespace SecLake.Aws
{
    /// <summary>The category an HTTP status implies when the error type itself says nothing more (API-MAPPING.md).</summary>
    public static class ErrorKinds
    {
        public static ErrorKind FromStatus(int status) => status switch
        {
            400 => ErrorKind.InvalidArgument,
            401 => ErrorKind.AuthenticationError,
            402 => ErrorKind.QuotaExceeded,
            403 => ErrorKind.PermissionDenied,
            404 => ErrorKind.ObjectNotFound,
            409 => ErrorKind.ResourceBusy,
            412 => ErrorKind.InvalidOperation,
            429 => ErrorKind.LimitsExceeded,
            503 => ErrorKind.ResourceUnavailable,
            _ => ErrorKind.NotSpecified,
        };
    }

    /// <summary>Reads members of an error body beyond the message.</summary>
    public static class ErrorBody
    {
        public static string? ReadString(string? body, string member)
        {
            if (string.IsNullOrWhiteSpace(body)) return null;
            try
            {
                using var doc = JsonDocument.Parse(body!);
                return doc.RootElement.ValueKind == JsonValueKind.Object
                    && doc.RootElement.TryGetProperty(member, out var value)
                    && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }
}
