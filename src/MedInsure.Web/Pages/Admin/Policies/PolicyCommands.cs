using MedInsure.Domain.Policies;
using MedInsure.Web.Pages.Admin.Audit;
using MedInsure.Web.Data;
using MedInsure.Web.Pages.Account;
using Microsoft.AspNetCore.Identity;

namespace MedInsure.Web.Pages.Admin.Policies;

/// <summary>
/// <c>policies import|approve|rollback|versions</c>, for cities that script their yearly update:
/// the same drafts, four-eyes approval and rollback as the admin pages, acting as a named admin
/// account (<c>--as</c>). Exit 0 when done, 1 with a bilingual message when refused (an author
/// approving, a failing rule case, a bad file, an unknown account, city, draft or version), 2 on a
/// usage error.
/// </summary>
public static class PolicyCommands
{
    public const string Name = "policies";

    private const string Usage = """
        用法 / usage:
          policies import   --city CITY --file FILE --as USER --reason REASON
          policies approve  --draft N --as USER
          policies rollback --city CITY --to N --as USER --reason REASON
          policies versions --city CITY
        """;

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    /// <summary>Program's early branch: the built host's services, the console.</summary>
    public static Task<int> RunFromConsoleAsync(IServiceProvider services, string[] args) =>
        RunAsync(services, args, Console.Out, Console.Error);

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (!TryParse(args, out var verb, out var options) || !HasRequired(verb, options))
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        if (verb == "versions")
            return await VersionsAsync(provider, options["--city"], output, error);

        var user = await AdminNameAsync(provider, options["--as"]);
        if (user is null)
            return await RefuseAsync(error, Messages.UserNotAdmin(options["--as"]));
        return verb switch
        {
            "import" => await ImportAsync(provider, options["--city"], options["--file"], user, options["--reason"], output, error),
            "approve" => await ApproveAsync(provider, options["--draft"], user, output, error),
            _ => await RollbackAsync(provider, options["--city"], options["--to"], user, options["--reason"], output, error),
        };
    }

    private static async Task<int> ImportAsync(IServiceProvider provider, string city, string file, string user, string reason, TextWriter output, TextWriter error)
    {
        if (ChangeReason.Problem(reason) is { } badReason)
            return await RefuseAsync(error, badReason);
        if (await provider.GetRequiredService<MedInsureDbContext>().Cities.FindAsync(city) is null)
            return await RefuseAsync(error, Messages.CityUnknown);
        string text;
        try
        {
            if (new FileInfo(file).Length > PolicyTransfer.MaxFileBytes)
                return await RefuseAsync(error, Messages.FileTooLarge);
            text = await File.ReadAllTextAsync(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return await RefuseAsync(error, Messages.FileUnreadable(file, ex.Message));
        }

        var result = await provider.GetRequiredService<PolicyTransfer>().ImportAsync(Path.GetFileName(file), text, user, reason, expectedCity: city);
        if (!result.Succeeded)
        {
            foreach (var problem in result.Problems)
                await error.WriteLineAsync(problem.ToString());
            return await RefuseAsync(error, Messages.ImportRefused(result.Problems.Count));
        }
        var review = (await provider.GetRequiredService<PolicyDrafts>().ReviewAsync(result.DraftId!.Value))!;
        await output.WriteLineAsync(string.Join(Environment.NewLine, DraftReviewText.Lines(review)));
        await output.WriteLineAsync($"draft {review.Draft.Id}");
        return 0;
    }

    private static async Task<int> ApproveAsync(IServiceProvider provider, string draftText, string user, TextWriter output, TextWriter error)
    {
        if (!int.TryParse(draftText, out var id) || id < 1)
            return await RefuseAsync(error, Messages.DraftNotFound);
        var outcome = await provider.GetRequiredService<PolicyDrafts>().ApproveAsync(id, user);
        if (!outcome.Succeeded)
        {
            if (outcome.Review is { } review)
                foreach (var line in DraftReviewText.RuleCaseLines(review.RuleCases).Where(_ => !review.RuleCases.AllPass))
                    await error.WriteLineAsync(line);
            return await RefuseAsync(error, outcome.Refusal!);
        }
        await output.WriteLineAsync(Messages.Published(outcome.Review!.Draft.City, outcome.Number!.Value).ToString());
        return 0;
    }

    private static async Task<int> RollbackAsync(IServiceProvider provider, string city, string toText, string user, string reason, TextWriter output, TextWriter error)
    {
        if (ChangeReason.Problem(reason) is { } badReason)
            return await RefuseAsync(error, badReason);
        if (!int.TryParse(toText, out var number) || number < 1)
            return await RefuseAsync(error, Messages.VersionMalformed);
        if (await provider.GetRequiredService<MedInsureDbContext>().Cities.FindAsync(city) is null)
            return await RefuseAsync(error, Messages.CityUnknown);
        var outcome = await provider.GetRequiredService<PolicyDrafts>().RollbackAsync(city, number, user, reason);
        if (!outcome.Succeeded)
            return await RefuseAsync(error, outcome.Refusal!);
        await output.WriteLineAsync(Messages.RolledBack(city, outcome.Number!.Value, number).ToString());
        foreach (var line in DraftReviewText.RuleCaseLines(outcome.RuleCases!))
            await output.WriteLineAsync(line);
        return 0;
    }

    private static async Task<int> VersionsAsync(IServiceProvider provider, string city, TextWriter output, TextWriter error)
    {
        var history = await provider.GetRequiredService<PolicyVersions>().HistoryAsync(city);
        if (history.Count == 0)
            return await RefuseAsync(error, Messages.CityUnknown);
        foreach (var line in DraftReviewText.VersionLines(history))
            await output.WriteLineAsync(line);
        return 0;
    }

    /// <summary>The account's stored name when it is an admin; null for an unknown account or one that is not an admin.</summary>
    private static async Task<string?> AdminNameAsync(IServiceProvider provider, string name)
    {
        var users = provider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByNameAsync(name.Trim());
        return user is not null && await users.IsInRoleAsync(user, Roles.Admin) ? user.UserName : null;
    }

    private static async Task<int> RefuseAsync(TextWriter error, BilingualMessage message)
    {
        await error.WriteLineAsync(message.ToString());
        return 1;
    }

    private static readonly Dictionary<string, string[]> Required = new()
    {
        ["import"] = ["--city", "--file", "--as", "--reason"],
        ["approve"] = ["--draft", "--as"],
        ["rollback"] = ["--city", "--to", "--as", "--reason"],
        ["versions"] = ["--city"],
    };

    private static bool HasRequired(string verb, IReadOnlyDictionary<string, string> options) =>
        Required[verb].All(o => options.TryGetValue(o, out var value) && !string.IsNullOrWhiteSpace(value))
        && options.Keys.All(Required[verb].Contains);

    /// <summary><c>policies VERB --name value …</c>, each option once; false for anything else.</summary>
    private static bool TryParse(IReadOnlyList<string> args, out string verb, out Dictionary<string, string> options)
    {
        verb = args.Count > 1 ? args[1] : "";
        options = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Required.ContainsKey(verb))
            return false;
        for (var i = 2; i < args.Count; i++)
        {
            var name = args[i];
            string value;
            if (name.StartsWith("--", StringComparison.Ordinal) && name.IndexOf('=') is var equals and > 2)
            {
                value = name[(equals + 1)..];
                name = name[..equals];
            }
            else if (name.StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Count)
            {
                value = args[++i];
            }
            else
            {
                return false;
            }
            if (!options.TryAdd(name, value))
                return false;
        }
        return true;
    }
}
