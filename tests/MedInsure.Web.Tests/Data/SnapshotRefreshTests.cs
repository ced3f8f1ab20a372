using MedInsure.Domain.History;
using MedInsure.Domain.Rules;
using MedInsure.Domain.Time;
using MedInsure.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedInsure.Web.Tests.Data;

public abstract class SnapshotRefreshTests<TFactory> where TFactory : MedInsureFactory, new()
{
    [Fact]
    public async Task A_version_published_in_the_database_by_another_node_reaches_the_engine_without_a_restart_and_a_working_row_does_not()
    {
        using var factory = new TFactory();
        factory.Settings["Policies:RefreshSeconds"] = "0.2";
        factory.CreateClient().Dispose();
        var snapshots = factory.Services.GetRequiredService<PolicySnapshotProvider>();
        var request = new CheckRequest("weinan", Payer.Individual, new YearMonth(2024, 1),
            [new PaidPeriod(new YearMonth(2020, 1), new YearMonth(2023, 6), Payer.Individual)]);
        Assert.Equal(3, RulesEngine.Check(snapshots.Current, request).WaitingPeriodMonths);
        Assert.Equal(1, snapshots.Published.NumberOf("weinan"));

        // A working row changed (a draft's edit) is not what checks answer from.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MedInsureDbContext>();
            var row = await db.PolicyRows.SingleAsync(r => r.City == "weinan" && r.Key == WaitingKey && r.EffectiveFrom == new DateOnly(2023, 1, 1));
            row.Value = "5";
            row.Revision++;
            await db.SaveChangesAsync();
        }
        await Task.Delay(1000);
        Assert.Equal(3, RulesEngine.Check(snapshots.Current, request).WaitingPeriodMonths);

        // Another node's publication: a version straight into the shared database, with no call to refresh this node.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MedInsureDbContext>();
            var first = await db.PolicyVersions.AsNoTracking().Include(v => v.Rows).SingleAsync(v => v.City == "weinan" && v.Number == 1);
            db.PolicyVersions.Add(new PolicyVersionEntity
            {
                City = "weinan",
                Number = 2,
                CityNameZh = first.CityNameZh,
                CityNameEn = first.CityNameEn,
                PublishedAtUtc = DateTime.UtcNow,
                PublishedBy = "node-b",
                AuthoredBy = "node-a",
                Reason = "test",
                Kind = PolicyVersionKinds.Draft,
                Rows = [.. first.Rows.Select(r =>
                {
                    var copy = r.ToVersionRow();
                    if (r.Key == WaitingKey && r.EffectiveFrom == new DateOnly(2023, 1, 1))
                        copy.Value = "2";
                    return copy;
                })],
            });
            await db.SaveChangesAsync();
        }

        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (RulesEngine.Check(snapshots.Current, request).WaitingPeriodMonths != 2 && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        Assert.Equal(2, RulesEngine.Check(snapshots.Current, request).WaitingPeriodMonths);
        Assert.Equal(2, snapshots.Published.NumberOf("weinan"));
    }

    private const string WaitingKey = "waiting_months.individual.over_window";

}

public sealed class SnapshotRefreshOnSqliteTests : SnapshotRefreshTests<MedInsureFactory>;

public sealed class SnapshotRefreshOnPostgresTests : SnapshotRefreshTests<PostgresMedInsureFactory>;
