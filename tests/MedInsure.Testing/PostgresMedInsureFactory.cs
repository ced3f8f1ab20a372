namespace MedInsure.Testing;

/// <summary>The same app on PostgreSQL.</summary>
public class PostgresMedInsureFactory : MedInsureFactory
{
    public PostgresMedInsureFactory() : base(TestDatabaseProvider.Postgres)
    {
    }
}
