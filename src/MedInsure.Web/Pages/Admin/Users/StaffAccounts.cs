using MedInsure.Web.Data;
using MedInsure.Web.Pages.Account;
using MedInsure.Web.Pages.Admin.Audit;
using Microsoft.AspNetCore.Identity;

namespace MedInsure.Web.Pages.Admin.Users;

/// <summary>
/// Creating accounts, resetting passwords, disabling, enabling and unlocking them, taking roles away,
/// and listing them. There is no self-registration: the first
/// admin comes from the create-admin command, staff accounts from an admin. Passwords are never
/// logged or audited.
/// </summary>
public sealed class StaffAccounts(
    MedInsureDbContext db,
    UserManager<IdentityUser> users,
    RoleManager<IdentityRole> roles,
    AuditLog audit,
    SignInBackOff backOff,
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

    /// <summary>
    /// Disables, enables, lifts the sign-in wait of, or takes a role from any account, staff or admin,
    /// with an audit entry. Nobody may disable themselves or take away their own admin role, and the
    /// last enabled admin stays (create-admin makes another). Disabling and removing a role change
    /// the security stamp, so the account's open sessions end at once.
    /// </summary>
    public async Task<AccountChangeOutcome> ChangeAsync(AccountChange change, string userName, string actor, string? role = null, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByNameAsync(userName.Trim());
        if (user is null)
            return AccountChangeOutcome.NotFound;
        var isAdmin = await users.IsInRoleAsync(user, Roles.Admin);
        var self = string.Equals(user.UserName, actor, StringComparison.Ordinal);
        if (change == AccountChange.RemoveRole && (role is not (Roles.Staff or Roles.Admin) || !await users.IsInRoleAsync(user, role)))
            return AccountChangeOutcome.NoSuchRole;
        var removesAdmin = isAdmin && (change == AccountChange.Disable || change == AccountChange.RemoveRole && role == Roles.Admin);
        if (removesAdmin && self)
            return AccountChangeOutcome.Self;
        if (removesAdmin && await EnabledAdminCountAsync() <= 1)
            return AccountChangeOutcome.LastAdmin;
        if (change == AccountChange.Disable && self)
            return AccountChangeOutcome.Self;

        return await db.Database.InTransactionAsync(async transaction =>
        {
            var result = change switch
            {
                AccountChange.Disable => await DisabledAccounts.DisableAsync(users, user, actor, clock.GetUtcNow()),
                AccountChange.Enable => await DisabledAccounts.EnableAsync(users, user),
                AccountChange.RemoveRole => await RemoveRoleAsync(user, role!),
                _ => IdentityResult.Success,
            };
            if (!result.Succeeded)
                return AccountChangeOutcome.Failed;
            if (change == AccountChange.Unlock)
                await backOff.ClearAsync(user);
            audit.Record(actor, AuditAction(change), after: new { userName = user.UserName, role });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return AccountChangeOutcome.Done;
        }, cancellationToken);
    }

    private static string AuditAction(AccountChange change) => change switch
    {
        AccountChange.Disable => AuditActions.UserDisable,
        AccountChange.Enable => AuditActions.UserEnable,
        AccountChange.Unlock => AuditActions.UserUnlock,
        AccountChange.RemoveRole => AuditActions.UserRemoveRole,
        _ => throw new ArgumentOutOfRangeException(nameof(change)),
    };

    private async Task<IdentityResult> RemoveRoleAsync(IdentityUser user, string role)
    {
        var result = await users.RemoveFromRoleAsync(user, role);
        return result.Succeeded ? await users.UpdateSecurityStampAsync(user) : result;
    }

    private async Task<int> EnabledAdminCountAsync()
    {
        var admins = await users.GetUsersInRoleAsync(Roles.Admin);
        var count = 0;
        foreach (var admin in admins)
        {
            if (!await DisabledAccounts.IsDisabledAsync(users, admin))
                count++;
        }
        return count;
    }

    public async Task<IReadOnlyList<AccountView>> ListAsync(CancellationToken cancellationToken = default)
    {
        var accounts = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        var roleNames = await (from link in db.UserRoles
                               join role in db.Roles on link.RoleId equals role.Id
                               select new { link.UserId, role.Name }).ToListAsync(cancellationToken);
        var disabled = (await db.UserClaims.Where(c => c.ClaimType == DisabledAccounts.ClaimType).Select(c => c.UserId).ToListAsync(cancellationToken)).ToHashSet();
        return accounts.Select(u => new AccountView(
                u.UserName ?? "",
                roleNames.Where(r => r.UserId == u.Id).Select(r => r.Name ?? "").Order(StringComparer.Ordinal).ToList(),
                backOff.WaitingUntil(u),
                disabled.Contains(u.Id)))
            .ToList();
    }
}
