using MedInsure.Web.Data;

namespace MedInsure.Web.Pages.Admin.Users;

/// <summary>
/// <c>dotnet run --project src/MedInsure.Web -- accounts ACTION --user NAME [--role Staff|Admin]</c>,
/// ACTION one of disable, enable, unlock, remove-role: what an admin does on the users page, for an
/// operator at the server (an admin kept out, no admin left to ask). Audited as "command-line".
/// Exit code 0 when the change was made, 1 otherwise, 2 for a usage error.
/// </summary>
public static class AccountsCommand
{
    public const string Name = "accounts";
    public const string Actor = "command-line";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    public static Task<int> RunFromConsoleAsync(IServiceProvider services, string[] args) => RunAsync(services, args, Console.Out);

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output)
    {
        AccountChange? change = args.Count > 1 ? args[1] switch
        {
            "disable" => AccountChange.Disable,
            "enable" => AccountChange.Enable,
            "unlock" => AccountChange.Unlock,
            "remove-role" => AccountChange.RemoveRole,
            _ => null,
        } : null;
        var userName = Option(args, "--user");
        var role = Option(args, "--role");
        if (change is null || string.IsNullOrWhiteSpace(userName) || change == AccountChange.RemoveRole && string.IsNullOrWhiteSpace(role))
        {
            await output.WriteLineAsync(Texts.Both("Command.Accounts.Usage"));
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MedInsureDbContext>().Database.MigrateAsync();
        var outcome = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().ChangeAsync(change.Value, userName, Actor, role);
        if (outcome != AccountChangeOutcome.Done)
        {
            await output.WriteLineAsync(AccountChanges.Refusal(outcome).ToString());
            return 1;
        }
        await output.WriteLineAsync(Texts.Both("Command.Accounts.Done", args[1], userName.Trim()));
        return 0;
    }

    private static string? Option(IReadOnlyList<string> args, string name)
    {
        for (var i = 2; i < args.Count; i++)
        {
            if (args[i] == name && i + 1 < args.Count)
                return args[i + 1];
            if (args[i].StartsWith(name + "=", StringComparison.Ordinal))
                return args[i][(name.Length + 1)..];
        }
        return null;
    }
}
