using MedInsure.Domain.Policies;

namespace MedInsure.Domain.Tests.Support;

/// <summary>Finds the repository (the folder holding MedInsure.sln) and its real policies/ directory.</summary>
internal static class Repo
{
    private static readonly Lazy<string> RootPath = new(FindRoot);
    private static readonly Lazy<PolicySnapshot> RealSnapshot = new(() => LoadSnapshot(PoliciesDirectory));

    public static string Root => RootPath.Value;
    public static string PoliciesDirectory => Path.Combine(Root, "policies");
    public static string SourcesDirectory => Path.Combine(PoliciesDirectory, "sources");
    public static string CasesDirectory => Path.Combine(PoliciesDirectory, "tests");

    /// <summary>The real policy rows, loaded once per test run.</summary>
    public static PolicySnapshot Policies => RealSnapshot.Value;

    public static PolicySnapshot LoadSnapshot(string directory)
    {
        var (cities, rows) = PolicyFile.LoadDirectory(directory);
        return new PolicySnapshot(cities, rows);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MedInsure.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds MedInsure.sln.");
    }
}
