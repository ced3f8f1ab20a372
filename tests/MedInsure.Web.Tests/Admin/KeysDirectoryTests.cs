using MedInsure.Web.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace MedInsure.Web.Tests.Admin;

public sealed class KeysDirectoryTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("medinsure-keys").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("Data Source=data/medinsure.db", null, null)]
    [InlineData("Data Source=data/medinsure.db", "state/keys", "state/keys")]
    [InlineData("Host=db;Database=medinsure;Username=app", null, null)]
    [InlineData("Host=db;Database=medinsure;Username=app", "/srv/keys", "/srv/keys")]
    [InlineData("Data Source=:memory:", " ", null)]
    public void Keys_go_in_the_database_unless_a_folder_is_configured(string connection, string? configured, string? expected)
    {
        // Relative paths are taken from the content root, a temporary folder (the SQLite setup creates the file's folder).
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:MedInsure"] = connection,
            ["DataProtection:KeysDirectory"] = configured,
        }).Build();

        var folder = DataProtectionSetup.KeysDirectory(configuration, new Environment(_root));

        Assert.Equal(expected is null ? null : Path.GetFullPath(expected, _root), folder);
    }

    private sealed class Environment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";
        public string ApplicationName { get; set; } = "MedInsure.Web";
        public string ContentRootPath { get; set; } = root;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
