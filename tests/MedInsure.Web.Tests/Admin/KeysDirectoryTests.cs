using MedInsure.Web.Pages.Admin.Users;
using MedInsure.Web.Pages.Account;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace MedInsure.Web.Tests.Admin;

public sealed class KeysDirectoryTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("medinsure-keys").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("Data Source=data/medinsure.db", null, "data/keys")]
    [InlineData("Data Source=data/medinsure.db", "shared/keys", "shared/keys")]
    [InlineData("Host=db;Database=medinsure;Username=app", null, "App_Data/keys")]
    [InlineData("Data Source=:memory:", null, "App_Data/keys")]
    public void Keys_go_beside_the_SQLite_file_unless_a_folder_is_configured(string connection, string? configured, string expected)
    {
        // Relative paths are taken from the content root, a temporary folder (the SQLite setup creates the file's folder).
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:MedInsure"] = connection,
            ["DataProtection:KeysDirectory"] = configured,
        }).Build();

        var folder = IdentitySetup.KeysDirectory(configuration, new Environment(_root));

        Assert.Equal(Path.GetFullPath(expected, _root), folder);
    }

    private sealed class Environment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";
        public string ApplicationName { get; set; } = "MedInsure.Web";
        public string ContentRootPath { get; set; } = root;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
