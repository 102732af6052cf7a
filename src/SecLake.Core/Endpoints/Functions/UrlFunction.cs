using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace SecLake.Endpoints
{
    /// <summary>The standard library's <c>parseURL</c>.</summary>
    internal static class UrlFunction
    {
        /// <summary>
        /// Splits an http(s) URL into a record with <c>scheme</c>, <c>authority</c> (host and port exactly as
        /// written), <c>path</c> (as written, may be empty), <c>normalizedPath</c> (path with a leading and
        /// trailing slash) and <c>isIp</c>. Unset when the text is not an absolute http(s) URL or has a query,
        /// since an endpoint cannot carry one.
        /// </summary>
        public static object? ParseUrl(object?[] args)
        {
            var text = Arguments.OptionalString(args, 0);
            if (text == null
                || text.IndexOf('?') >= 0
                || !Uri.TryCreate(text, UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                return null;
            }

            // Uri normalizes (drops default ports, unescapes), so authority and path come from the raw text.
            var rest = text.Substring(text.IndexOf("://", StringComparison.Ordinal) + 3);
            var fragment = rest.IndexOf('#');
            if (fragment >= 0)
            {
                rest = rest.Substring(0, fragment);
            }
            var slash = rest.IndexOf('/');
            var authority = slash < 0 ? rest : rest.Substring(0, slash);
            var path = slash < 0 ? string.Empty : rest.Substring(slash);
            if (authority.Length == 0)
            {
                return null;
            }

            var normalizedPath = path.StartsWith("/", StringComparison.Ordinal) ? path : "/" + path;
            if (!normalizedPath.EndsWith("/", StringComparison.Ordinal))
            {
                normalizedPath += "/";
            }

            return new ReadOnlyDictionary<string, object?>(new Dictionary<string, object?>
            {
                ["scheme"] = uri.Scheme,
                ["authority"] = authority,
                ["path"] = path,
                ["normalizedPath"] = normalizedPath,
                ["isIp"] = uri.HostNameType == UriHostNameType.IPv4 || uri.HostNameType == UriHostNameType.IPv6,
            });
        }
    }
}
