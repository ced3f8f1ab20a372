using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using MedInsure.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MedInsure.Web.Tests.Operations;

/// <summary>
/// Static files as a browser meets them: compressed as it accepts (Brotli, gzip, or not at all),
/// cached for a year under the versioned URL the pages link, a short while under any other; the
/// pages themselves are never compressed (BREACH, docs/security.md). The host serves the web root
/// as a build's output and a publish do, so what passes here is what the browser tests get.
/// </summary>
public sealed class StaticFileTests(MedInsureFactory factory) : IClassFixture<MedInsureFactory>
{
    // Over HTTPS, where compressing the wrong response would matter.
    private static readonly WebApplicationFactoryClientOptions Https = new() { BaseAddress = new Uri("https://localhost") };

    [Theory]
    [InlineData("css/site.css", "br")]
    [InlineData("css/site.css", "gzip")]
    [InlineData("js/site.js", "br")]
    [InlineData("js/admin.js", "gzip")]
    [InlineData("css/admin.css", "br")]
    public async Task A_file_is_served_compressed_as_the_browser_accepts_and_decompresses_to_the_file(string file, string encoding)
    {
        // As browsers send it: Brotli is chosen over gzip where both are accepted.
        var response = await GetAsync("/" + file, encoding == "br" ? "gzip, deflate, br" : "gzip");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Equal("Accept-Encoding", Assert.Single(response.Headers.Vary));
        var compressed = await response.Content.ReadAsByteArrayAsync();
        var original = await File.ReadAllBytesAsync(WebRootFile(file));
        Assert.True(compressed.Length < original.Length * 0.7, $"{compressed.Length} compressed bytes of {original.Length}");
        Assert.Equal(original, Decompress(compressed, encoding));
    }

    [Fact]
    public async Task Without_accept_encoding_the_file_is_sent_as_it_is()
    {
        var response = await GetAsync("/css/site.css", acceptEncoding: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        // A shared cache keeps it apart from the compressed copies of the same URL.
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Equal(await File.ReadAllBytesAsync(WebRootFile("css/site.css")), await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("site.css")]
    [InlineData("site.js")]
    public async Task The_versioned_url_the_page_links_is_cached_for_a_year_as_immutable(string file)
    {
        var url = await LinkedUrlAsync("/", file);
        var response = await GetAsync(url, "br");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(StaticFiles.VersionedCacheControl, response.Headers.CacheControl!.ToString());
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl!.MaxAge);
        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
    }

    [Theory]
    [InlineData("/css/site.css")]
    [InlineData("/css/site.css?v=an-older-version")]
    [InlineData("/favicon.ico")]
    public async Task A_plain_url_or_another_version_is_kept_only_a_short_while(string url)
    {
        var response = await GetAsync(url, "br");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(10), response.Headers.CacheControl!.MaxAge);
        Assert.DoesNotContain(response.Headers.CacheControl!.Extensions, e => e.Name == "immutable");
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task A_revalidated_file_answers_not_modified()
    {
        var first = await GetAsync("/css/site.css", "br");
        using var client = factory.CreateClient(Https);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/css/site.css");
        again.Headers.TryAddWithoutValidation("Accept-Encoding", "br");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/account/login")]
    [InlineData("/api/v1/policies/chongqing")]
    public async Task Pages_and_the_api_are_never_compressed(string url)
    {
        var response = await GetAsync(url, "br, gzip");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.DoesNotContain("Accept-Encoding", response.Headers.Vary);
    }

    [Fact]
    public async Task Every_stylesheet_and_script_the_layouts_link_carries_its_version()
    {
        var pages = new[] { "/", "/account/login" };
        foreach (var page in pages)
        {
            using var client = factory.CreateClient(Https);
            var html = await client.GetStringAsync(page);
            var links = Regex.Matches(html, """<(?:link|script)\b[^>]*\b(?:href|src)="([^"]+)""").Select(m => m.Groups[1].Value).ToList();
            Assert.NotEmpty(links);
            Assert.All(links, link => Assert.Matches(@"\?v=[A-Za-z0-9_-]{20,}$", link));
        }
    }

    private async Task<string> LinkedUrlAsync(string page, string file)
    {
        using var client = factory.CreateClient(Https);
        var html = await client.GetStringAsync(page);
        var match = Regex.Match(html, $"""(?:href|src)="(/[a-z]+/{Regex.Escape(file)}\?v=[^"]+)" """.TrimEnd());
        Assert.True(match.Success, $"no versioned link to {file} in {page}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    private async Task<HttpResponseMessage> GetAsync(string url, string? acceptEncoding)
    {
        using var client = factory.CreateClient(Https);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null)
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static byte[] Decompress(byte[] data, string encoding)
    {
        using var input = new MemoryStream(data);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    private static string WebRootFile(string file) => Path.Combine(RepositoryPaths.Root, "src", "MedInsure.Web", "wwwroot", file);
}
