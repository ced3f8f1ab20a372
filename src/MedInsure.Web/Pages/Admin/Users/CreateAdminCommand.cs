using MedInsure.Web.Data;
using MedInsure.Web.Pages.Account;

namespace MedInsure.Web.Pages.Admin.Users;

/// <summary>
/// <c>dotnet run --project src/MedInsure.Web -- create-admin --user NAME</c>: migrates the database
/// and creates the admin account NAME. The password comes from <c>MEDINSURE_ADMIN_PASSWORD</c>
/// (any configuration source) or else from standard input; there is no default password.
/// Exit code 0 when the account was created, 1 otherwise.
/// </summary>
public static class CreateAdminCommand
{
    public const string Name = "create-admin";
    public const string PasswordSetting = "MEDINSURE_ADMIN_PASSWORD";
    public const string Actor = "create-admin";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    /// <summary>Program's early branch: the built host's services, the console.</summary>
    public static Task<int> RunFromConsoleAsync(IServiceProvider services, string[] args) =>
        RunAsync(services, args, ReadPasswordFromConsole, Console.Out);

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, Func<string?> readPassword, TextWriter output)
    {
        var userName = UserArgument(args);
        if (string.IsNullOrWhiteSpace(userName))
        {
            await output.WriteLineAsync(Texts.Both("Command.CreateAdmin.Usage", PasswordSetting));
            return 1;
        }

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MedInsureDbContext>().Database.MigrateAsync();

        var configured = scope.ServiceProvider.GetRequiredService<IConfiguration>()[PasswordSetting];
        var password = string.IsNullOrEmpty(configured) ? readPassword() : configured;
        if (string.IsNullOrEmpty(password))
        {
            await output.WriteLineAsync(Texts.Both("Command.CreateAdmin.NoPassword", PasswordSetting));
            return 1;
        }

        var result = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().CreateAsync(userName, password, Roles.Admin, Actor);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                await output.WriteLineAsync(error.Description);
            return 1;
        }
        await output.WriteLineAsync(Texts.Both("Command.CreateAdmin.Created", userName.Trim()));
        return 0;
    }

    private static string? UserArgument(IReadOnlyList<string> args)
    {
        for (var i = 1; i < args.Count; i++)
        {
            if (args[i] == "--user" && i + 1 < args.Count)
                return args[i + 1];
            if (args[i].StartsWith("--user=", StringComparison.Ordinal))
                return args[i]["--user=".Length..];
        }
        return null;
    }

    /// <summary>One line from standard input; typed at a terminal, it is not echoed.</summary>
    private static string? ReadPasswordFromConsole()
    {
        if (Console.IsInputRedirected)
            return Console.In.ReadLine();

        Console.Error.Write(Texts.Both("Command.Password") + ": ");
        var password = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
                break;
            if (key.Key == ConsoleKey.Backspace)
            {
                if (password.Length > 0)
                    password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }
        Console.Error.WriteLine();
        return password.ToString();
    }
}
