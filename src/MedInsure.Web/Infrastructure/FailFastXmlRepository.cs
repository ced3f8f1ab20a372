using System.Xml.Linq;
using MedInsure.Web.Data;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace MedInsure.Web.Infrastructure;

/// <summary>
/// The key ring in the database (<c>PersistKeysToDbContext</c>'s repository), behind one quick
/// connection attempt. Without it, a node starting while PostgreSQL is down sat through the retrying
/// execution strategy (~20 s) while data protection loaded its keys at start-up, and served nothing,
/// not even its 503s. Read when the keys are first needed and about once a day after; a failure here
/// is retried by data protection on the next use.
/// </summary>
internal sealed class FailFastXmlRepository(IXmlRepository database, IServiceScopeFactory scopes) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        EnsureReachable();
        return database.GetAllElements();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        EnsureReachable();
        database.StoreElement(element, friendlyName);
    }

    private void EnsureReachable()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MedInsureDbContext>();
        if (!DatabaseSetup.CanConnectOnceAsync(db, CancellationToken.None).GetAwaiter().GetResult())
            throw new InvalidOperationException("The data-protection keys are in the database, which cannot be reached now.");
    }
}
