using MedInsure.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace MedInsure.Web.Infrastructure;

/// <summary>
/// Where the data-protection keys (sign-in cookies, antiforgery tokens) are kept: in the app's
/// database by default, so that every node on one database shares them with no shared folder; in
/// <c>DataProtection:KeysDirectory</c> when that is set, for those who keep keys apart from the data.
/// </summary>
public static class DataProtectionSetup
{
    public static WebApplicationBuilder AddMedInsureDataProtection(this WebApplicationBuilder builder)
    {
        builder.Services.AddDataProtection()
            .SetApplicationName("MedInsure")
            .PersistKeysToDbContext<MedInsureDbContext>();
        // Registered after PersistKeysToDbContext, so it sees (and may replace) its repository; read when
        // the options are first used, so that every configuration source (a test host's too) applies.
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<IConfiguration, IHostEnvironment, ILoggerFactory, IServiceScopeFactory>((options, configuration, environment, loggers, scopes) =>
                options.XmlRepository = KeysDirectory(configuration, environment) is { } folder
                    ? new FileSystemXmlRepository(PrivateKeysFolder(folder), loggers)
                    : new FailFastXmlRepository(options.XmlRepository!, scopes));
        return builder;
    }

    /// <summary>The keys folder, created 0700 when missing: the keys open every sign-in cookie.</summary>
    private static DirectoryInfo PrivateKeysFolder(string folder)
    {
        PrivateFiles.CreateFolder(folder);
        return new DirectoryInfo(folder);
    }

    /// <summary><c>DataProtection:KeysDirectory</c> (relative to the content root), or null: keys in the database.</summary>
    public static string? KeysDirectory(IConfiguration configuration, IHostEnvironment environment) =>
        configuration["DataProtection:KeysDirectory"] is { } configured && !string.IsNullOrWhiteSpace(configured)
            ? Path.GetFullPath(configured, environment.ContentRootPath)
            : null;
}
