using MedInsure.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MedInsure.Web.Tests.Security;

/// <summary>
/// Item 15 of the outside test: CR/LF in a request cannot forge a log line. The test adds a text log
/// with the console's line template and reads it back.
/// </summary>
public sealed class LogInjectionTests
{
    private const string Forged = "[09:59:59 INF] forged";

    [Fact]
    public async Task A_path_with_CR_LF_logs_a_placeholder_and_no_forged_line()
    {
        using var factory = TextLogged(out var log);
        using var client = factory.CreateClient();

        await client.GetAsync("/nope%0D%0A%5B09:59:59%20INF%5D%20forged");
        // Any other logged value is escaped too.
        factory.Services.GetRequiredService<Serilog.ILogger>().Information("Value {Value}", "x\r\n" + Forged + " too");

        var lines = await LinesAsync(log, until: l => l.Contains("(none)", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("[09:59:59", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("HTTP GET (none) responded 404", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("x\\r\\n" + Forged + " too", StringComparison.Ordinal));
    }

    [Fact]
    public void Control_characters_are_escaped()
    {
        Assert.Equal("a\\r\\nb\\tc\\u001b[31m\\u2028", EscapeControlCharacters.Escape("a\r\nb\tc\u001b[31m\u2028"));
    }

    /// <summary>The text log's lines, once one matches <paramref name="until"/> (the request event is written after the response), or after 10 s.</summary>
    private static async Task<string[]> LinesAsync(string folder, Func<string, bool> until)
    {
        var lines = Array.Empty<string>();
        for (var i = 0; i < 100 && !lines.Any(until); i++)
        {
            await Task.Delay(100);
            lines = Directory.Exists(folder)
                ? Directory.EnumerateFiles(folder).SelectMany(Read).ToArray()
                : [];
        }
        return lines;
    }

    private static IEnumerable<string> Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n');
    }

    private static MedInsureFactory TextLogged(out string folder)
    {
        var factory = new MedInsureFactory();
        folder = Path.Combine(factory.DataDirectory, "text-log");
        factory.Settings["Serilog:WriteTo:2:Name"] = "File";
        factory.Settings["Serilog:WriteTo:2:Args:path"] = Path.Combine(folder, "console-.log");
        factory.Settings["Serilog:WriteTo:2:Args:outputTemplate"] = "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";
        return factory;
    }
}
