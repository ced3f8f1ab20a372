using System.IO.Compression;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace MedInsure.Web.Infrastructure;

/// <summary>
/// The files under wwwroot, served from the web root as it is wherever the app runs (dotnet run, a
/// build's output, a publish): Brotli or gzip compressed as the browser accepts, and cached for a
/// year as immutable when the URL carries the file's current version (asp-append-version writes it).
/// Compression is done per response, not from a build's precompressed copies, because those sit
/// where only a publish or a development manifest finds them (docs/performance.md, "Static files").
/// </summary>
public static class StaticFiles
{
    /// <summary>What a versioned URL is cached for: a year, never revalidated (its content never changes).</summary>
    public const string VersionedCacheControl = "public, max-age=31536000, immutable";

    /// <summary>A plain URL, or a version that is not the file's current one: kept a short while, then revalidated by its ETag.</summary>
    public const string UnversionedCacheControl = "public, max-age=600";

    /// <summary>The text types worth compressing; images other than SVG and fonts are compressed already.</summary>
    public static readonly string[] CompressedTypes =
        ["text/css", "text/javascript", "application/javascript", "image/svg+xml", "application/json", "text/calendar", "text/plain", "image/x-icon"];

    public static IServiceCollection AddMedInsureStaticFiles(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            // Only the static branch below compresses, and a static file carries no secret and no echo
            // of the request, so BREACH has nothing to recover over HTTPS (docs/security.md).
            options.EnableForHttps = true;
            options.MimeTypes = CompressedTypes;
            options.Providers.Add<BrotliCompression>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<GzipCompressionProviderOptions>(gzip => gzip.Level = CompressionLevel.Optimal);
        return services;
    }

    public static WebApplication UseMedInsureStaticFiles(this WebApplication app)
    {
        var webRoot = app.Environment.WebRootFileProvider;
        // Pages, the API and health routes are never compressed: a page carries an anti-forgery token
        // and personal data beside what the request put there, which is what BREACH reads back.
        app.UseWhen(context => IsWebRootFile(webRoot, context.Request.Path), branch => branch.UseResponseCompression());
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = SetCacheControl });
        return app;
    }

    private static bool IsWebRootFile(IFileProvider webRoot, PathString path) =>
        path.HasValue && Path.HasExtension(path.Value) && webRoot.GetFileInfo(path.Value!) is { Exists: true, IsDirectory: false };

    private static void SetCacheControl(StaticFileResponseContext file)
    {
        var context = file.Context;
        context.Response.Headers.CacheControl = IsCurrentVersion(context) ? VersionedCacheControl : UnversionedCacheControl;
        // On the uncompressed answer too (compression adds it to its own): a shared cache then keeps a
        // copy per encoding instead of giving a year's uncompressed copy to every browser.
        if (CompressedTypes.Contains(context.Response.ContentType?.Split(';')[0].Trim(), StringComparer.OrdinalIgnoreCase))
            context.Response.Headers.Vary = "Accept-Encoding";
    }

    // Immutable only for the version the file has now: during a rolling deploy a node still serving
    // the old file must not let a browser keep it for a year under the new file's URL.
    private static bool IsCurrentVersion(HttpContext context)
    {
        var requested = context.Request.Query["v"];
        if (requested.Count != 1 || string.IsNullOrEmpty(requested[0]))
            return false;
        var versions = context.RequestServices.GetService<IFileVersionProvider>();
        if (versions is null)
            return false;
        var current = versions.AddFileVersionToPath(context.Request.PathBase, context.Request.Path.Value!);
        var query = current.IndexOf("?v=", StringComparison.Ordinal);
        return query >= 0 && string.Equals(current[(query + 3)..], requested[0], StringComparison.Ordinal);
    }
}
