namespace MedInsure.Testing;

public enum TestDatabaseProvider { Sqlite, Postgres }
