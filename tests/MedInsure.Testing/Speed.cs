namespace MedInsure.Testing;

/// <summary>
/// The trait that keeps slow tests (app processes, fuzzing, the browser) out of the fast loop:
/// <c>dotnet test MedInsure.sln --filter "Speed!=Slow"</c>. scripts/test.sh runs them all.
/// </summary>
public static class Speed
{
    public const string Name = "Speed";
    public const string Slow = "Slow";
}
