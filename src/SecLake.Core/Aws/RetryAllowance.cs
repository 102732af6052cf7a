using System.Threading;

namespace SecLake.Aws;

/// <summary>
/// The retries one client may spend: a token bucket like the AWS SDKs' standard retry mode keeps, but held by the client
/// (one per service and Region in one cmdlet invocation), not by the process, so failures of one command never take
/// retries away from another command, another service or another runspace. A retry costs
/// <see cref="RetryCost"/> (a retry after a timeout <see cref="TimeoutRetryCost"/>); an answered request gives back what its
/// retries cost, or <see cref="SuccessRefund"/> when it needed none. Safe when several records of one invocation run at once.
/// </summary>
internal sealed class RetryAllowance
{
    public const int Capacity = 500;
    public const int RetryCost = 5;
    public const int TimeoutRetryCost = 10;
    public const int SuccessRefund = 1;

    private int _available = Capacity;

    public int Available => Volatile.Read(ref _available);

    /// <summary>Takes the cost of one retry; false (and takes nothing) when the allowance cannot pay it.</summary>
    public bool TryTake(int cost)
    {
        while (true)
        {
            var available = Volatile.Read(ref _available);
            if (available < cost) return false;
            if (Interlocked.CompareExchange(ref _available, available - cost, available) == available) return true;
        }
    }

    /// <summary>An answered request: gives back what its retries took, or <see cref="SuccessRefund"/>, up to the capacity.</summary>
    public void Refund(int spent)
    {
        var amount = spent > 0 ? spent : SuccessRefund;
        while (true)
        {
            var available = Volatile.Read(ref _available);
            var refilled = available + amount > Capacity ? Capacity : available + amount;
            if (refilled == available || Interlocked.CompareExchange(ref _available, refilled, available) == available) return;
        }
    }
}
