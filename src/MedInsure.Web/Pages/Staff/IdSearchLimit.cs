using System.Threading.RateLimiting;

namespace MedInsure.Web.Pages.Staff;

/// <summary>
/// How many searches by ID number each staff member may make: <c>RateLimits:IdSearches:PerHour</c>
/// (30 by default) in a window of an hour, per user name, on each node. Without a limit the search
/// answers "does this number have a case?" as often as asked, an oracle for guessing the full number
/// of a person whose district and birth year are known.
/// </summary>
public sealed class IdSearchLimit(IConfiguration configuration) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(user =>
        RateLimitPartition.GetFixedWindowLimiter(user, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = PerHour(configuration),
            Window = TimeSpan.FromHours(1),
            QueueLimit = 0,
        }), StringComparer.Ordinal);

    public static int PerHour(IConfiguration configuration) => Math.Max(1, configuration.GetValue("RateLimits:IdSearches:PerHour", 30));

    /// <summary>Takes one search from <paramref name="user"/>'s allowance; false when it is used up.</summary>
    public bool TryTake(string user)
    {
        using var lease = _limiter.AttemptAcquire(user);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
