namespace MedInsure.Domain.Tests.Support;

/// <summary>A fresh folder under the system temp folder, deleted when disposed.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "medinsure-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Copies the real policies/*.yaml and the sources/ they cite (not tests/) into this folder.</summary>
    public TempDirectory WithRealPolicies()
    {
        foreach (var file in Directory.EnumerateFiles(Repo.PoliciesDirectory, "*.yaml"))
            System.IO.File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
        var sources = Directory.CreateDirectory(System.IO.Path.Combine(Path, "sources"));
        foreach (var file in Directory.EnumerateFiles(Repo.SourcesDirectory))
            System.IO.File.Copy(file, System.IO.Path.Combine(sources.FullName, System.IO.Path.GetFileName(file)));
        return this;
    }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder does not fail a test.
        }
    }
}
