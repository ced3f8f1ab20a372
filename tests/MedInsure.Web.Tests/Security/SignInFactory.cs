using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MedInsure.Web.Tests.Security;

/// <summary>The app with a password hasher that counts the hashes it checks, and a clock the test can move on.</summary>
public sealed class SignInFactory : MedInsureFactory
{
    public CountingHasher Hasher { get; } = new();
    public MovableClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<IPasswordHasher<IdentityUser>>(Hasher));
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
        });
    }

    public sealed class CountingHasher : IPasswordHasher<IdentityUser>
    {
        private readonly PasswordHasher<IdentityUser> _real = new();
        private int _checks;

        public int Checks => Volatile.Read(ref _checks);

        public string HashPassword(IdentityUser user, string password) => _real.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(IdentityUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _checks);
            return _real.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    /// <summary>The system clock, moved on by <see cref="Advance"/>.</summary>
    public sealed class MovableClock : TimeProvider
    {
        private long _offsetTicks;

        public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
    }
}
