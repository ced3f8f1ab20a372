using System.Globalization;
using System.Text.RegularExpressions;
using MedInsure.Web.Pages.Admin.Policies;
using MedInsure.Web.Pages.Case;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedInsure.Web.Tests.Operations;

/// <summary><c>impact-preview</c>: the scale test's line (counts, time, memory), progress, bilingual refusals.</summary>
public sealed partial class ImpactPreviewCommandTests(MedInsureFactory factory) : IClassFixture<MedInsureFactory>
{
    [Fact]
    public async Task A_preview_prints_progress_and_one_line_with_the_counts_the_time_and_the_memory()
    {
        var faker = new CaseFaker(["weinan"], seed: 17, DateTimeOffset.UtcNow);
        await using (var scope = factory.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<CaseStore>().SaveAllAsync([.. Enumerable.Range(0, 300).Select(_ => faker.Next())]);
        var weinan = await factory.QueryAsync(db => db.SavedCases.CountAsync(c => c.City == "weinan"));
        var output = new StringWriter();

        var exit = await ImpactPreviewCommand.RunAsync(factory.Services, ["impact-preview", "--city", "weinan", "--key", "waiting_months.individual.over_window", "--value", "5"], output, output);

        Assert.Equal(0, exit);
        Assert.Contains("100%", output.ToString());
        var line = ScriptLine().Match(output.ToString());
        Assert.True(line.Success, output.ToString());
        var number = (string name) => double.Parse(line.Groups[name].Value, CultureInfo.InvariantCulture);
        // The row's dates reach every resumption, so no Weinan case is skipped, and waiting a month less changes some.
        Assert.Equal(weinan, number("checked") + number("skipped"));
        Assert.Equal(0, number("skipped"));
        Assert.InRange(number("changed"), 1, number("checked") - 1);
        Assert.True(number("peak") >= number("growth") && number("peak") > 20, line.Value);
    }

    [Theory]
    [InlineData("--city", "weinan", "--key", "waiting_months.individual.over_window")]
    [InlineData("--city", "atlantis", "--key", "waiting_months.individual.over_window", "--value", "5")]
    [InlineData("--city", "weinan", "--key", "no.such.key", "--value", "5")]
    public async Task Bad_arguments_are_refused_with_exit_code_2_and_nothing_previewed(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();

        Assert.Equal(2, await ImpactPreviewCommand.RunAsync(factory.Services, ["impact-preview", .. args], output, errors));

        Assert.Matches("\\p{IsCJKUnifiedIdeographs}", errors.ToString());
        Assert.Matches("[a-z]{4,}", errors.ToString());
        Assert.DoesNotContain("impact:", output.ToString());
    }

    [GeneratedRegex(@"^impact: checked=(?<checked>\d+) changed=(?<changed>\d+) skipped=(?<skipped>\d+) seconds=[\d.]+ cpu_seconds=[\d.]+ heap_growth_mb=-?[\d.]+ working_set_growth_mb=(?<growth>-?[\d.]+) working_set_peak_mb=(?<peak>[\d.]+)\r?$", RegexOptions.Multiline)]
    private static partial Regex ScriptLine();
}
