using MedInsure.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MedInsure.Web.Tests.Pages;

/// <summary>The app as the page tests use it: a client that shows redirects instead of following them.</summary>
public sealed class PagesFactory : MedInsureFactory
{
    public string DataFolder => Path.GetDirectoryName(DatabasePath)!;

    /// <summary>Every log file the app wrote, read while the app may still be writing.</summary>
    public string ReadLogs()
    {
        var folder = Path.Combine(DataFolder, "logs");
        if (!Directory.Exists(folder))
            return "";
        return string.Concat(Directory.GetFiles(folder).Select(path =>
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }));
    }

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
