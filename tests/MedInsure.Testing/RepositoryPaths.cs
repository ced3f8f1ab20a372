namespace MedInsure.Testing;

/// <summary>Folders of the repository the tests run from.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>
    /// A frozen copy of policies/*.yaml that the web, browser and process tests load through
    /// <c>Policies:Directory</c>: the real rows change as the cities' policies do, and their figures are
    /// asserted by the rule cases in policies/tests/ only.
    /// </summary>
    public static string FixturePolicies => Path.Combine(Root, "tests", "MedInsure.Testing", "Policies");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MedInsure.sln")))
                return dir.FullName;
        }
        throw new DirectoryNotFoundException("MedInsure.sln not found above " + AppContext.BaseDirectory);
    }
}
