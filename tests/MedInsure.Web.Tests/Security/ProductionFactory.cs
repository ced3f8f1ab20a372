using Microsoft.AspNetCore.Hosting;

namespace MedInsure.Web.Tests.Security;

/// <summary>The app in the Production environment (the test database and policies as usual); settings go in <see cref="MedInsureFactory.Settings"/>.</summary>
public sealed class ProductionFactory : MedInsureFactory
{
    public const string Host = "medinsure.example.cn";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }

    /// <summary>With the settings Production needs: the site's host name and an ID-number key.</summary>
    public static ProductionFactory Configured()
    {
        var factory = new ProductionFactory();
        factory.Settings["AllowedHosts"] = Host;
        factory.Settings["Security:IdNumberHashKey"] = "a production key from a secret store";
        return factory;
    }

    public HttpClient ClientFor(string host) => CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://" + host),
        AllowAutoRedirect = false,
    });
}
