using MedInsure.Web.Data;
using MedInsure.Web.Pages.Account;
using MedInsure.Web.Pages.Admin.Audit;
using Microsoft.AspNetCore.Identity;

namespace MedInsure.Web.Pages.Admin.Users;

/// <summary>
/// Creating accounts, resetting passwords and listing them. There is no self-registration: the first
/// admin comes from the create-admin command, staff accounts from an admin. Passwords are never
/// logged or audited.
/// </summary>
public sealed class StaffAccounts(
    MedInsureDbContext db,
    UserManager<IdentityUser> users,
    RoleManager<IdentityRole> roles,
    AuditLog audit,
    TimeProvider clock)
{
    public async Task<IdentityResult> CreateAsync(string userName, string password, string role, string actor, CancellationToken cancellationToken = default)
    {
        return await db.Database.InTransactionAsync(async transaction =>
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var created = await roles.CreateAsync(new IdentityRole(role));
                if (!created.Succeeded)
                    return created;
            }
            var user = new IdentityUser(userName.Trim());
            var result = await users.CreateAsync(user, password);
            if (result.Succeeded)
                result = await users.AddToRoleAsync(user, role);
            if (!result.Succeeded)
                return result;

            audit.Record(actor, AuditActions.UserCreate, after: new { userName = user.UserName, role });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }, cancellationToken);
    }

    /// <summary>Sets a new password for a staff account and lifts a lockout. Admin accounts are not reset here.</summary>
    public async Task<IdentityResult?> ResetStaffPasswordAsync(string userName, string newPassword, string actor, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null || !await users.IsInRoleAsync(user, Roles.Staff) || await users.IsInRoleAsync(user, Roles.Admin))
            return null;

        return await db.Database.InTransactionAsync<IdentityResult?>(async transaction =>
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var result = await users.ResetPasswordAsync(user, token, newPassword);
            if (result.Succeeded)
                result = await users.SetLockoutEndDateAsync(user, null);
            if (result.Succeeded)
                result = await users.ResetAccessFailedCountAsync(user);
            if (!result.Succeeded)
                return result;

            audit.Record(actor, AuditActions.UserResetPassword, after: new { userName = user.UserName });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<AccountView>> ListAsync(CancellationToken cancellationToken = default)
    {
        var accounts = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        var roleNames = await (from link in db.UserRoles
                               join role in db.Roles on link.RoleId equals role.Id
                               select new { link.UserId, role.Name }).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return accounts.Select(u => new AccountView(
                u.UserName ?? "",
                roleNames.Where(r => r.UserId == u.Id).Select(r => r.Name ?? "").Order(StringComparer.Ordinal).ToList(),
                u.LockoutEnd is { } end && end > now ? end : null))
            .ToList();
    }
}
