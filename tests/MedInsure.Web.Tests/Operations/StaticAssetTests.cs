using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MedInsure.Web.Tests.Operations;

/// <summary>
/// Static files as a browser meets them: the pages link fingerprinted URLs, which are cached for a
/// year as immutable and served Brotli or gzip compressed when the browser accepts it; the plain URL
/// is revalidated on every use, so a changed file is never served stale.
/// </summary>
public sealed class StaticAssetTests : IClassFixture<MedInsureFactory>
{
    private readonly WebApplicationFactory<Program> _factory;

    // A test host serves the build's manifest, whose compressed copies sit under obj/ (published, they
    // sit in wwwroot), and ASP.NET Core treats it as a developer's: no caching, a fallback for files
    // added since. These two settings make it serve the files as a published app does.
    public StaticAssetTests(MedInsureFactory factory) =>
        _factory = factory.WithWebHostBuilder(host => host
            .UseStaticWebAssets()
            .UseSetting("ReloadStaticAssetsAtRuntime", "false"));

    [Theory]
    [InlineData("site.css")]
    [InlineData("site.js")]
    public async Task The_page_links_a_fingerprinted_url_cached_for_a_year(string file)
    {
        var url = await LinkedUrlAsync(file);
        var response = await GetAsync(url, acceptEncoding: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cache = response.Headers.CacheControl!;
        Assert.Equal(TimeSpan.FromDays(365), cache.MaxAge);
        Assert.Contains(cache.Extensions, e => e.Name == "immutable");
        Assert.Null(response.Content.Headers.ContentEncoding.FirstOrDefault());
        Assert.Equal(await File.ReadAllTextAsync(WebRootFile(file)), await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task A_fingerprinted_file_is_served_compressed_as_the_browser_accepts(string encoding)
    {
        var url = await LinkedUrlAsync("site.css");
        var response = await GetAsync(url, acceptEncoding: encoding);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        var original = await File.ReadAllBytesAsync(WebRootFile("site.css"));
        Assert.True(compressed.Length < original.Length / 2, $"{compressed.Length} compressed bytes of {original.Length}");
        Assert.Equal(original, Decompress(compressed, encoding));
        Assert.Contains(response.Headers.CacheControl!.Extensions, e => e.Name == "immutable");
    }

    [Fact]
    public async Task The_plain_url_is_revalidated_with_an_etag()
    {
        var response = await GetAsync("/css/site.css", acceptEncoding: "br, gzip");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.NoCache);
        Assert.NotNull(response.Headers.ETag);

        using var client = _factory.CreateClient();
        using var again = new HttpRequestMessage(HttpMethod.Get, "/css/site.css");
        again.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }

    private async Task<string> LinkedUrlAsync(string file)
    {
        using var client = _factory.CreateClient();
        var html = await client.GetStringAsync("/");
        var name = Path.GetFileNameWithoutExtension(file);
        var extension = Path.GetExtension(file);
        var match = Regex.Match(html, $"""(?:href|src)="(/[a-z]+/{name}\.([a-z0-9]+){Regex.Escape(extension)})" """.TrimEnd());
        Assert.True(match.Success, $"no fingerprinted link to {file} in the page");
        return match.Groups[1].Value;
    }

    private async Task<HttpResponseMessage> GetAsync(string url, string? acceptEncoding)
    {
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null)
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        return await client.SendAsync(request);
    }

    private static byte[] Decompress(byte[] data, string encoding)
    {
        using var input = new MemoryStream(data);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    private static string WebRootFile(string file) =>
        Path.Combine(RepositoryPaths.Root, "src", "MedInsure.Web", "wwwroot", Path.GetExtension(file).TrimStart('.'), file);
}
