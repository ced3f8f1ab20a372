using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace MedInsure.Web.Data;

public static class Transactions
{
    /// <summary>
    /// Runs <paramref name="work"/> in a transaction it may commit; without a commit it rolls back.
    /// The retrying execution strategy (PostgreSQL) refuses transactions opened outside it, so the
    /// whole unit runs through the strategy and is retried as one on a transient failure.
    /// </summary>
    public static Task<T> InTransactionAsync<T>(this DatabaseFacade database, Func<IDbContextTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var transaction = await database.BeginTransactionAsync(token);
            return await work(transaction);
        }, cancellationToken);
}
