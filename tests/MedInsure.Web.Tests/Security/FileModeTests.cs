using System.Net;
using MedInsure.Web.Pages.Case;

namespace MedInsure.Web.Tests.Security;

/// <summary>Item 12 of the outside test: the SQLite file, its folder, the keys folder and the key file are the app user's alone.</summary>
public sealed class FileModeTests
{
    private const UnixFileMode Folder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode File600 = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Fact]
    public async Task The_database_its_folder_the_keys_folder_and_the_key_file_are_created_0600_and_0700()
    {
        if (OperatingSystem.IsWindows())
            return;
        using var factory = new MedInsureFactory();
        var data = Path.Combine(factory.DataDirectory, "fresh", "data");
        var keys = Path.Combine(factory.DataDirectory, "fresh", "keys");
        factory.Settings["ConnectionStrings:MedInsure"] = $"Data Source={Path.Combine(data, "medinsure.db")}";
        factory.Settings["DataProtection:KeysDirectory"] = keys;
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/check")).StatusCode);
        await factory.SaveCaseAsync(StaffTestKit.WeinanOverWindow(), idNumber: StaffTestKit.WeinanId);

        Assert.Equal(Folder, File.GetUnixFileMode(data));
        Assert.Equal(Folder, File.GetUnixFileMode(Path.GetDirectoryName(data)!));
        Assert.Equal(Folder, File.GetUnixFileMode(keys));
        Assert.Equal(File600, File.GetUnixFileMode(Path.Combine(data, "medinsure.db")));
        Assert.Equal(File600, File.GetUnixFileMode(Path.Combine(data, IdNumberHasher.KeyFileName)));
        foreach (var companion in Directory.EnumerateFiles(data, "medinsure.db-*"))
            Assert.Equal(File600, File.GetUnixFileMode(companion) & ~UnixFileMode.None);
    }
}
