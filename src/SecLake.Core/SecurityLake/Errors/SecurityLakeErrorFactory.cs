using System;
using System.Globalization;
using System.Text.Json;
using Amazon.Runtime.Internal;
using SecLake.Aws;

namespace SecLake.SecurityLake
{
    /// <summary>
    /// Turns a Security Lake error response into the GA model's typed exception, reading the modeled members
    /// (resourceName, resourceType, errorCode, serviceCode, quotaCode) from the JSON body and
    /// <c>retryAfterSeconds</c> from the <c>Retry-After</c> header where the model puts it.
    /// </summary>
    public sealed class SecurityLakeErrorFactory : IServiceErrorFactory
    {
        public static SecurityLakeErrorFactory Instance { get; } = new SecurityLakeErrorFactory();

        public ServiceException Create(ServiceErrorResponse error)
        {
            var body = ErrorBody.Parse(error.RawBody);
            switch (error.Code)
            {
                case "AccessDeniedException":
                    return new AccessDeniedException(error, body.String("errorCode"));
                case "BadRequestException":
                    return new BadRequestException(error);
                case "ConflictException":
                    return new ConflictException(error, body.String("resourceName"), body.String("resourceType"));
                case "InternalServerException":
                    return new InternalServerException(error);
                case "ResourceNotFoundException":
                    return new ResourceNotFoundException(error, body.String("resourceName"), body.String("resourceType"));
                case "ThrottlingException":
                    return new ThrottlingException(error, body.String("serviceCode"), body.String("quotaCode"), RetryAfterSeconds(error));
                default:
                    return new SecurityLakeException(error);
            }
        }

        /// <summary>
        /// The error response's headers only travel on the SDK's <see cref="HttpErrorResponseException"/>, which the
        /// invoker passes as the inner exception.
        /// </summary>
        private static int? RetryAfterSeconds(ServiceErrorResponse error)
        {
            for (var e = error.Inner; e != null; e = e.InnerException)
            {
                if (e is HttpErrorResponseException http && http.Response != null && http.Response.IsHeaderPresent("Retry-After"))
                {
                    var value = http.Response.GetHeaderValue("Retry-After");
                    return int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? seconds : (int?)null;
                }
            }
            return null;
        }

        /// <summary>The error body's top-level string members, tolerant of an empty or non-JSON body.</summary>
        private sealed class ErrorBody
        {
            private readonly JsonElement _root;

            private ErrorBody(JsonElement root) => _root = root;

            public static ErrorBody Parse(string? raw)
            {
                if (string.IsNullOrWhiteSpace(raw)) return new ErrorBody(default);
                try
                {
                    using var doc = JsonDocument.Parse(raw!);
                    return new ErrorBody(doc.RootElement.Clone());
                }
                catch (JsonException)
                {
                    return new ErrorBody(default);
                }
            }

            public string? String(string name)
            {
                if (_root.ValueKind != JsonValueKind.Object) return null;
                foreach (var p in _root.EnumerateObject())
                {
                    // Model names are camelCase; match case-insensitively because some error bodies capitalise them.
                    if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
                        return p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText();
                }
                return null;
            }
        }
    }
}
