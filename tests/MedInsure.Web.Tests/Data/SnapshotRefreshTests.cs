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
    public async Task A_row_changed_in_the_database_by_someone_else_reaches_the_engine_without_a_restart()
    {
        using var factory = new TFactory();
        factory.Settings["Policies:RefreshSeconds"] = "0.2";
        factory.CreateClient().Dispose();
        var snapshots = factory.Services.GetRequiredService<PolicySnapshotProvider>();
        var request = new CheckRequest("weinan", Payer.Individual, new YearMonth(2024, 1),
            [new PaidPeriod(new YearMonth(2020, 1), new YearMonth(2023, 6), Payer.Individual)]);
        Assert.Equal(3, RulesEngine.Check(snapshots.Current, request).WaitingPeriodMonths);

        // Another node's edit: straight into the shared database, with no call to refresh this node.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MedInsureDbContext>();
            var row = await db.PolicyRows.SingleAsync(r => r.City == "weinan" && r.Key == "waiting_months.individual.over_window" && r.EffectiveFrom == new DateOnly(2023, 1, 1));
            row.Value = "2";
            row.Revision++;
            await db.SaveChangesAsync();
        }

        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (RulesEngine.Check(snapshots.Current, request).WaitingPeriodMonths != 2 && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        Assert.Equal(2, RulesEngine.Check(snapshots.Current, request).WaitingPeriodMonths);
    }


}

public sealed class SnapshotRefreshOnSqliteTests : SnapshotRefreshTests<MedInsureFactory>;

public sealed class SnapshotRefreshOnPostgresTests : SnapshotRefreshTests<PostgresMedInsureFactory>;
