using System.Text.RegularExpressions;

namespace MedInsure.Web.Tests.Architecture;

/// <summary>
/// The web project's layout (docs/decisions/0001): Pages/ is the feature root, beside it only the
/// shared places, no two folders use each other however indirectly, one type per file named after it,
/// and namespaces that follow the folders.
/// </summary>
public sealed partial class LayoutTests
{
    private const string Root = "MedInsure.Web";
    private static readonly string Web = Path.Combine(RepositoryPaths.Root, "src", Root);

    [Fact]
    public void No_two_namespaces_of_the_web_project_use_each_other()
    {
        var dependencies = new NamespaceDependencies(typeof(Program).Assembly, Root);

        // The reading must see the folders and their uses at all, or the test proves nothing.
        Assert.Contains("MedInsure.Web.Pages.Case", dependencies.Uses["MedInsure.Web.Pages.Staff"].Keys);
        Assert.Contains("MedInsure.Web.Contract", dependencies.Uses["MedInsure.Web.Api"].Keys);
        var cycles = dependencies.Cycles();
        Assert.True(cycles.Count == 0, string.Join("\n\n", cycles.Select(c =>
            $"{string.Join(" ⇄ ", c)}:\n  " + string.Join("\n  ", dependencies.UsesWithin(c)))));
    }

    [Fact]
    public void Beside_the_feature_root_Pages_there_are_only_the_shared_places()
    {
        // App_Data is where a local run keeps its database (not in the repository).
        var folders = Directory.EnumerateDirectories(Web).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj" or "App_Data")).Order(StringComparer.Ordinal);

        Assert.Equal(["Api", "Common", "Contract", "Data", "Infrastructure", "Pages", "Properties", "wwwroot"], folders);
    }

    [Fact]
    public void Every_type_has_a_file_of_its_own_named_after_it_in_the_namespace_of_its_folder()
    {
        var problems = new List<string>();
        foreach (var file in SourceFiles())
        {
            var relative = Path.GetRelativePath(Web, file).Replace(Path.DirectorySeparatorChar, '/');
            var text = File.ReadAllText(file);
            var folder = Path.GetDirectoryName(relative)!.Replace('/', '.');
            var expectedNamespace = folder.Length == 0 ? Root : $"{Root}.{folder}";
            var declared = Namespace().Match(text);
            if (!declared.Success || declared.Groups[1].Value != expectedNamespace)
                problems.Add($"{relative}: namespace {(declared.Success ? declared.Groups[1].Value : "none")}, expected {expectedNamespace}");

            var name = Path.GetFileName(file) is var fileName && fileName.EndsWith(".cshtml.cs", StringComparison.Ordinal)
                ? fileName[..^".cshtml.cs".Length] + "Model"
                : Path.GetFileNameWithoutExtension(file);
            var types = TopLevelType().Matches(text).Select(m => m.Groups[1].Value).ToList();
            if (types.Count != 1 || types[0] != name)
                problems.Add($"{relative}: declares {(types.Count == 0 ? "no type" : string.Join(", ", types))}, expected {name} alone");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>The hand-written C# files: not Program.cs (top-level statements), not the generated migrations.</summary>
    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Web, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Regex.IsMatch(Path.GetRelativePath(Web, f), @"^(bin|obj)[\\/]|Migrations[\\/]"))
            .Where(f => Path.GetFileName(f) != "Program.cs");

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    // A declaration at the start of a line is a top-level one in a file-scoped namespace.
    [GeneratedRegex(@"^(?:public |internal |file )?(?:(?:sealed|static|abstract|partial|readonly) )*(?:class|record struct|record|struct|enum|interface) (\w+)", RegexOptions.Multiline)]
    private static partial Regex TopLevelType();
}
