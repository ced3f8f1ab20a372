using Microsoft.AspNetCore.Mvc.Testing;

namespace MedInsure.Testing;

/// <summary>The app as the page tests use it: a client that shows redirects instead of following them.</summary>
public class PagesFactory : MedInsureFactory
{
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
