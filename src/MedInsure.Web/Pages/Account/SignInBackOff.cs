using MedInsure.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace MedInsure.Web.Pages.Account;

/// <summary>
/// The per-account limit on password guesses, in place of a hard lockout: the first
/// <see cref="FreeAttempts"/> failures cost nothing, then each failure makes the account wait before
/// its next try, 1 minute doubling to at most <see cref="LongestWait"/>. A try during the wait is
/// refused without counting, so an attacker cannot lengthen it, and the wait does not apply on a
/// device the user has signed in from (<see cref="TrustedDevices"/>). It counts tries from every
/// address and node, in Identity's AccessFailedCount and LockoutEnd columns; an admin (or the
/// accounts command) lifts it. Identity's own lockout is not used.
/// </summary>
public sealed class SignInBackOff(MedInsureDbContext db, TimeProvider clock)
{
    public const int FreeAttempts = 5;
    public static readonly TimeSpan FirstWait = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(15);

    /// <summary>The wait after the <paramref name="failures"/>th failure in a row.</summary>
    public static TimeSpan WaitAfter(int failures) =>
        failures < FreeAttempts ? TimeSpan.Zero
        : failures - FreeAttempts >= 4 ? LongestWait
        : TimeSpan.FromTicks(Math.Min(LongestWait.Ticks, FirstWait.Ticks << (failures - FreeAttempts)));

    public bool IsWaiting(IdentityUser user) => WaitingUntil(user) is not null;

    public DateTimeOffset? WaitingUntil(IdentityUser user) =>
        user.LockoutEnd is { } end && end > clock.GetUtcNow() ? end : null;

    /// <summary>Counts a failure (atomically: tries arrive in parallel) and starts the wait it earns.</summary>
    public async Task FailedAsync(IdentityUser user)
    {
        var id = user.Id;
        await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.AccessFailedCount, u => u.AccessFailedCount + 1));
        var failures = await db.Users.Where(u => u.Id == id).Select(u => u.AccessFailedCount).SingleAsync();
        var wait = WaitAfter(failures);
        if (wait > TimeSpan.Zero)
        {
            DateTimeOffset? until = clock.GetUtcNow() + wait;
            await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, until));
        }
    }

    /// <summary>After a sign-in, or when an admin lifts the wait: no failures, no wait.</summary>
    public async Task ClearAsync(IdentityUser user)
    {
        var id = user.Id;
        await db.Users.Where(u => u.Id == id && (u.AccessFailedCount != 0 || u.LockoutEnd != null))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.AccessFailedCount, 0).SetProperty(u => u.LockoutEnd, (DateTimeOffset?)null));
    }
}
