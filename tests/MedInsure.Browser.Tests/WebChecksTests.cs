using System.Diagnostics;

namespace MedInsure.Browser.Tests;

/// <summary>
/// Outside checks through scripts/web-checks.sh (npm packages in scripts/web-checks, installed by the
/// script when absent): the Nu Html Checker on the server's HTML of every citizen page in both
/// languages, and Spectral's spectral:oas rules on the OpenAPI document.
/// </summary>
[Collection(CitizenCollection.Name)]
[Trait(Speed.Name, Speed.Slow)]
public sealed class WebChecksTests(CitizenBrowserFixture fixture)
{
    private static readonly string Script = Path.Combine(RepositoryPaths.Root, "scripts", "web-checks.sh");

    [Fact]
    public async Task The_Nu_Html_Checker_finds_no_error_on_any_citizen_page_in_either_language()
    {
        var folder = Directory.CreateTempSubdirectory("medinsure-vnu-");
        try
        {
            var views = PageView.Every().Where(v => v.Width == 375).ToList();
            var problems = await PageView.CheckAllAsync(fixture, views, async (view, _, response) =>
            {
                Assert.NotNull(response);
                var html = await response.TextAsync();
                await File.WriteAllTextAsync(Path.Combine(folder.FullName, $"{view.Page.Name}-{view.Language}.html"), html);
                return [];
            });
            Assert.Empty(problems);
            var files = Directory.GetFiles(folder.FullName, "*.html").Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(CitizenPage.All.Count * PageView.Languages.Length, files.Length);
            var (code, output) = await RunAsync(["vnu", .. files]);
            Assert.True(code == 0 && output.Trim().Length == 0, $"vnu exited {code}:\n{output}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Spectral_finds_nothing_in_the_OpenAPI_document()
    {
        using var client = new HttpClient { BaseAddress = fixture.BaseAddress };
        var file = Path.Combine(Path.GetTempPath(), $"medinsure-openapi-{Guid.NewGuid():N}.json");
        try
        {
            await File.WriteAllTextAsync(file, await client.GetStringAsync("/openapi/v1.json"));
            var (code, output) = await RunAsync(["spectral", file]);
            Assert.True(code == 0, $"spectral exited {code}:\n{output}");
            Assert.Contains("No results with a severity of 'hint' or higher found", output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<(int Code, string Output)> RunAsync(string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Script);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
