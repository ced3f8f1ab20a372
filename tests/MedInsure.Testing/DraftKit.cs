using MedInsure.Web.Data;
using MedInsure.Web.Pages.Account;
using MedInsure.Web.Pages.Admin.Policies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedInsure.Testing;

/// <summary>
/// Drafts for tests that need a change live: a second admin (one who changed nothing) approves the
/// city's open draft through the same service the draft page uses (docs/decisions/0012).
/// </summary>
public static class DraftKit
{
    public const string Approver = "second-admin";
    public const string Reason = "测试 / test";

    /// <summary>Approves the city's open draft as <paramref name="approver"/> (made an admin when new); the version it published.</summary>
    public static async Task<int> PublishDraftAsync(this MedInsureFactory factory, string city, string approver = Approver)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        if (await users.FindByNameAsync(approver) is null)
            await factory.CreateUserAsync(approver, Roles.Admin);
        var draft = await scope.ServiceProvider.GetRequiredService<MedInsureDbContext>().PolicyDrafts.AsNoTracking()
            .SingleAsync(d => d.City == city && d.Status == PolicyDraftStatus.Open);
        var outcome = await scope.ServiceProvider.GetRequiredService<PolicyDrafts>().ApproveAsync(draft.Id, approver);
        Assert.True(outcome.Succeeded, outcome.Refusal?.ToString());
        return outcome.Number!.Value;
    }

    /// <summary>The city's open draft, or null.</summary>
    public static Task<PolicyDraftEntity?> OpenDraftAsync(this MedInsureFactory factory, string city) =>
        factory.QueryAsync(db => db.PolicyDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.City == city && d.Status == PolicyDraftStatus.Open));
}
