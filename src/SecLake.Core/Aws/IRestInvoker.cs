using System.Threading;
using System.Threading.Tasks;

namespace SecLake.Aws;

/// <summary>
/// Sends a <see cref="RestRequest"/> through the AWS SDK pipeline (credentials, region, endpoint rules, SigV4,
/// retries) and returns the parsed response. An error response is thrown as the service's typed exception (a
/// <see cref="ServiceException"/> subclass, from SecLake.Contracts), after the SDK's retries.
/// </summary>
public interface IRestInvoker
{
    Task<RestResponse> SendAsync(RestRequest request, CancellationToken cancellationToken);
}
