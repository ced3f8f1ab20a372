using System.Net;
using MedInsure.Web.Pages.Case;

namespace MedInsure.Web.Tests.Security;

/// <summary>
/// Items 4 (the ID-number key) and 14 (host names) of the outside test: Production refuses to start
/// without them, keeps no key file in the data folder, and answers a foreign Host header with 400.
/// </summary>
public sealed class ProductionSettingsTests
{
    [Fact]
    public void Production_refuses_to_start_without_the_ID_number_key()
    {
        using var factory = new ProductionFactory();
        factory.Settings["AllowedHosts"] = ProductionFactory.Host;

        var refused = Assert.ThrowsAny<Exception>(() => factory.ClientFor(ProductionFactory.Host));

        Assert.Contains(IdNumberHasher.Setting, refused.GetBaseException().Message);
        Assert.False(File.Exists(Path.Combine(factory.DataDirectory, IdNumberHasher.KeyFileName)));
    }

    [Fact]
    public void Production_refuses_to_start_with_AllowedHosts_star()
    {
        using var factory = new ProductionFactory();
        factory.Settings["Security:IdNumberHashKey"] = "a production key from a secret store";

        var refused = Assert.ThrowsAny<Exception>(() => factory.ClientFor(ProductionFactory.Host));

        Assert.Contains("AllowedHosts", refused.GetBaseException().Message);
    }

    [Fact]
    public async Task A_foreign_Host_header_gets_400_and_the_configured_host_gets_no_foreign_redirect()
    {
        using var factory = ProductionFactory.Configured();

        using var foreign = factory.ClientFor("evil.example");
        var refused = await foreign.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Null(refused.Headers.Location);

        using var site = factory.ClientFor(ProductionFactory.Host);
        var redirect = await site.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        var location = redirect.Headers.Location!;
        Assert.True(!location.IsAbsoluteUri || location.Host == ProductionFactory.Host, location.ToString());
        Assert.Equal(HttpStatusCode.OK, (await site.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task With_the_key_configured_no_key_file_is_written_into_the_data_folder()
    {
        using var factory = ProductionFactory.Configured();
        using var site = factory.ClientFor(ProductionFactory.Host);
        Assert.Equal(HttpStatusCode.OK, (await site.GetAsync("/healthz")).StatusCode);

        Assert.False(File.Exists(Path.Combine(factory.DataDirectory, IdNumberHasher.KeyFileName)));
    }
}
