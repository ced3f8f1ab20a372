using System.Collections.Concurrent;
using MedInsure.Drills;
using Xunit.Abstractions;

namespace MedInsure.Slow.Tests;

/// <summary>
/// The fast form of scripts/reliability.sh's kill drill: citizens save cases through the real form
/// on one node (SQLite), the node is killed with SIGKILL mid-run, restarted on the same file, and
/// every case whose save was acknowledged must be there.
/// </summary>
[Trait(Speed.Name, Speed.Slow)]
public sealed class KillTests(ITestOutputHelper output)
{
    private const int Saves = 300;

    [Fact]
    public async Task Every_case_acknowledged_before_a_kill_9_is_found_after_a_restart_on_the_same_SQLite_file()
    {
        var data = Directory.CreateTempSubdirectory("medinsure-kill").FullName;
        try
        {
            var settings = new Dictionary<string, string> { ["ConnectionStrings:MedInsure"] = $"Data Source={Path.Combine(data, "medinsure.db")}" };
            var acknowledged = new ConcurrentQueue<string>();
            using var enough = new SemaphoreSlim(0);
            using var stop = new CancellationTokenSource();
            SaveRunSummary summary;
            int inFlightAtKill;
            await using (var node = await AppProcess.StartAsync(settings, data))
            {
                var loop = new CaseSaveLoop(node.Address, clients: 6);
                var saving = loop.RunAsync(code =>
                {
                    acknowledged.Enqueue(code);
                    if (acknowledged.Count == Saves)
                        enough.Release();
                }, stop.Token);
                var reached = await enough.WaitAsync(TimeSpan.FromSeconds(90));
                inFlightAtKill = loop.InFlight;
                node.Kill(); // SIGKILL, no shutdown
                await Task.Delay(500); // the clients see the node gone before the run ends
                stop.Cancel();
                summary = await saving;
                Assert.True(reached, $"only {acknowledged.Count} saves in 90 s: {summary}\n{node.Output}");
            }
            output.WriteLine($"{summary}; saves in flight at the kill: {inFlightAtKill}");
            var codes = acknowledged.ToArray();

            await using var restarted = await AppProcess.StartAsync(settings, data);
            var missing = await CaseSaveLoop.FindMissingAsync(restarted.Address, codes);

            Assert.True(codes.Length >= Saves, summary.ToString());
            Assert.True(inFlightAtKill > 0 && summary.Failed > 0, $"the kill should cut saves short: {summary}");
            Assert.Empty(missing);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
