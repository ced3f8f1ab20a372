namespace MedInsure.Slow.Tests;

/// <summary>
/// The crash the outside test found, in a process of its own so that the test run survives it: a
/// policy file nested 100,000 levels deep, read at first start. Without the guard the app dies of a
/// stack overflow (the representation model recurses per level) and this test fails on its output.
/// </summary>
[Trait(Speed.Name, Speed.Slow)]
public sealed class HostileYamlProcessTests
{
    [Fact]
    public async Task A_policy_file_nested_100000_levels_is_refused_at_first_start_with_a_message_not_a_stack_overflow()
    {
        var data = Directory.CreateTempSubdirectory("medinsure-deep").FullName;
        try
        {
            var policies = Directory.CreateDirectory(Path.Combine(data, "policies")).FullName;
            await File.WriteAllTextAsync(Path.Combine(policies, "deep.yaml"), HostileYaml.Nested(100_000));
            var settings = new Dictionary<string, string>
            {
                ["ConnectionStrings:MedInsure"] = $"Data Source={Path.Combine(data, "medinsure.db")}",
                ["Policies:Directory"] = policies,
            };

            await using var node = await AppProcess.StartAsync(settings, data, waitUntilHealthy: false);
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!node.HasExited && DateTime.UtcNow < deadline)
                await Task.Delay(200);

            Assert.True(node.HasExited, "the app kept running with a policy file it cannot load");
            Assert.DoesNotContain("Stack overflow", node.Output, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("deep.yaml", node.Output);
            Assert.Contains("嵌套超过 4 层", node.Output);
            Assert.Contains("nested deeper than 4 levels", node.Output);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }
}
