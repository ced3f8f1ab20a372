using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using MedInsure.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MedInsure.Testing;

/// <summary>
/// Test users made through the app's UserManager, and a browser-like client: https (the auth cookie
/// is Secure outside Development), cookies kept, redirects not followed, forms read with AngleSharp
/// and posted back with the antiforgery token they carry.
/// </summary>
public static class AdminTestKit
{
    public const string Password = "correct horse battery";

    public static async Task CreateUserAsync(this MedInsureFactory factory, string userName, string role, string password = Password)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(role))
            Assert.True((await roles.CreateAsync(new IdentityRole(role))).Succeeded);
        var user = new IdentityUser(userName);
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }

    /// <summary>Runs a query on the app's database in a scope of its own.</summary>
    public static async Task<T> QueryAsync<T>(this MedInsureFactory factory, Func<MedInsureDbContext, Task<T>> query)
    {
        using var scope = factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<MedInsureDbContext>());
    }

    public static HttpClient CreateBrowser(this MedInsureFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

    /// <summary>A signed-in client for a new user of <paramref name="role"/>.</summary>
    public static async Task<HttpClient> SignedInAsync(this MedInsureFactory factory, string userName, string role)
    {
        await factory.CreateUserAsync(userName, role);
        var client = factory.CreateBrowser();
        var response = await client.SignInAsync(userName, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>An anonymous GET of <paramref name="url"/> is redirected to sign in, with the way back to it.</summary>
    public static async Task AssertSentToSignInAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal("/account/login", location.AbsolutePath);
        Assert.Contains("ReturnUrl=" + Uri.EscapeDataString(url), location.Query, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A signed-in user without the right role is redirected to the access-denied page, which answers 403.</summary>
    public static async Task AssertDeniedAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/denied", response.Headers.Location!.AbsolutePath);
        var denied = await client.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("无权访问", (await denied.ReadPageAsync()).QuerySelector("h1")!.TextContent);
    }

    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string userName, string password)
    {
        var page = await client.GetPageAsync("/account/login");
        return await client.SubmitAsync(page, "main form", new() { ["Input.UserName"] = userName, ["Input.Password"] = password });
    }

    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode} {response.Headers.Location}");
        return await response.ReadPageAsync();
    }

    public static async Task<IHtmlDocument> ReadPageAsync(this HttpResponseMessage response)
    {
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        document.Location.Href = response.RequestMessage!.RequestUri!.ToString();
        return document;
    }

    /// <summary>
    /// Posts the form as a browser would: every field as rendered (hidden antiforgery token included), with <paramref name="values"/> typed over them,
    /// to the <c>formaction</c> of the button <paramref name="submitter"/> selects when one is named (a second submit button, e.g. a preview).
    /// </summary>
    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IHtmlDocument page, string formSelector, Dictionary<string, string> values, string? submitter = null)
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form '{formSelector}'.");
        var fields = FieldsOf(form);
        foreach (var (name, value) in values)
            fields[name] = value;
        var action = ActionOf(form, page);
        if (submitter is not null)
        {
            var button = form.QuerySelector(submitter) ?? throw new InvalidOperationException($"No button '{submitter}' in '{formSelector}'.");
            action = button.GetAttribute("formaction") is { Length: > 0 } formAction ? formAction : action;
        }
        return client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>Posts a file with the form's fields (the antiforgery token), <paramref name="values"/> typed over them, as multipart/form-data.</summary>
    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, IHtmlDocument page, string formSelector, string field, string fileName, string text, Dictionary<string, string>? values = null)
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form '{formSelector}'.");
        var content = new MultipartFormDataContent();
        var fields = FieldsOf(form);
        foreach (var (name, value) in values ?? [])
            fields[name] = value;
        foreach (var (name, value) in fields)
            content.Add(new StringContent(value), name);
        content.Add(new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text)), field, fileName);
        return client.PostAsync(ActionOf(form, page), content);
    }

    /// <summary>Follows a post-redirect-get.</summary>
    public static async Task<IHtmlDocument> FollowAsync(this HttpClient client, HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"expected a redirect, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await client.GetPageAsync(response.Headers.Location!.ToString());
    }

    public static string? ErrorFor(this IHtmlDocument page, string field) =>
        page.QuerySelector($"span[data-valmsg-for='{field}']")?.TextContent.Trim() is { Length: > 0 } text ? text : null;

    public static string? ValueOf(this IHtmlDocument page, string field) => page.QuerySelector($"[name='{field}']") switch
    {
        IHtmlSelectElement select => select.Value,
        IHtmlTextAreaElement area => area.Value,
        IHtmlInputElement input => input.Value,
        _ => null,
    };

    private static Dictionary<string, string> FieldsOf(IHtmlFormElement form)
    {
        var fields = new Dictionary<string, string>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "submit" or "button" or "file" }:
                    break;
                case IHtmlInputElement { Type: "checkbox" or "radio" } box:
                    if (box.IsChecked && !string.IsNullOrEmpty(box.Name))
                        fields[box.Name] = box.Value;
                    break;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    fields.TryAdd(input.Name, input.Value);
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields[select.Name] = select.Value ?? "";
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields[area.Name] = area.Value;
                    break;
            }
        }
        return fields;
    }

    private static string ActionOf(IHtmlFormElement form, IHtmlDocument page) =>
        form.GetAttribute("action") is { Length: > 0 } action ? action : new Uri(page.Location.Href).PathAndQuery;
}
