using System.Diagnostics;
using System.Globalization;
using MedInsure.Domain.Policies;
using MedInsure.Web.Data;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// <c>impact-preview --city C --key K --value V</c>: what giving the city's latest row of key K the
/// value V would do to the saved cases, saving nothing. Prints progress as it goes, then the counts,
/// the time taken and the memory it grew by (for the scale test). Exit codes: 0 done, 2 bad arguments.
/// </summary>
public static class ImpactPreviewCommand
{
    public const string Name = "impact-preview";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter errors, CancellationToken cancellationToken = default)
    {
        var city = Option(args, "--city");
        var key = Option(args, "--key");
        var value = Option(args, "--value");
        if (city is null || key is null || value is null)
        {
            await errors.WriteLineAsync(Texts.Both("Command.Impact.Usage"));
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        var current = services.GetRequiredService<PolicySnapshotProvider>().Current;
        if (current.FindCity(city) is not { } policies)
        {
            await errors.WriteLineAsync(Messages.CityUnknown.ToString() + ": " + city);
            return 2;
        }
        if (policies.Rows.Where(r => r.Key == key).MaxBy(r => r.EffectiveFrom ?? DateOnly.MinValue) is not { } row)
        {
            await errors.WriteLineAsync(Texts.Both("Command.Impact.NoRow", city, key));
            return 2;
        }
        var changed = new PolicyRow(row.City, row.Key, value, row.Unit, row.EffectiveFrom, row.EffectiveTo, row.Source, row.Note);
        var candidate = new PolicySnapshot(current.Cities, current.Rows.Where(r => r != row).Append(changed));

        GC.Collect();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var setBefore = Environment.WorkingSet;
        long heapPeak = heapBefore, setPeak = setBefore;
        using var sampler = new Timer(_ =>
        {
            InterlockedMax(ref heapPeak, GC.GetTotalMemory(false));
            InterlockedMax(ref setPeak, Environment.WorkingSet);
        }, null, TimeSpan.Zero, TimeSpan.FromMilliseconds(20));
        var lastShown = -1;
        var progress = new Progress<ImpactProgress>(p =>
        {
            var tenth = p.Total == 0 ? 10 : (int)(10L * p.Checked / p.Total);
            if (tenth == lastShown)
                return;
            lastShown = tenth;
            output.WriteLine(Texts.Both("Command.Impact.Progress", Number(p.Checked), Number(p.Total), tenth * 10));
        });

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var preview = await scope.ServiceProvider.GetRequiredService<ImpactEngine>().RunAsync(current, candidate, policies.City, progress, cancellationToken);
        watch.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        await sampler.DisposeAsync();
        InterlockedMax(ref heapPeak, GC.GetTotalMemory(false));
        InterlockedMax(ref setPeak, Environment.WorkingSet);

        await output.WriteLineAsync(Texts.Both("Command.Impact.Result", row.Text, value, Number(preview.CasesChecked), Number(preview.CasesChanged), Number(preview.CasesSkipped)));
        // One line in a fixed form for scripts/scale-test.sh. The CPU time beside the wall time tells a
        // slow preview from a machine busy with other work (the preview uses every core it is given); the
        // growth is the target's measure, the peak the process's whole working set at its highest.
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"impact: checked={preview.CasesChecked} changed={preview.CasesChanged} skipped={preview.CasesSkipped} seconds={watch.Elapsed.TotalSeconds:F2} cpu_seconds={cpu.TotalSeconds:F2} heap_growth_mb={(heapPeak - heapBefore) / 1048576.0:F1} working_set_growth_mb={(setPeak - setBefore) / 1048576.0:F1} working_set_peak_mb={setPeak / 1048576.0:F1}"));
        return 0;
    }

    private static string Number(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static void InterlockedMax(ref long peak, long value)
    {
        var seen = Interlocked.Read(ref peak);
        while (value > seen && Interlocked.CompareExchange(ref peak, value, seen) != seen)
            seen = Interlocked.Read(ref peak);
    }

    private static string? Option(IReadOnlyList<string> args, string name)
    {
        for (var i = 1; i + 1 < args.Count; i++)
        {
            if (args[i] == name)
                return args[i + 1];
        }
        return null;
    }
}
