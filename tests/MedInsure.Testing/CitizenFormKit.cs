using System.Net;
using AngleSharp.Dom;

namespace MedInsure.Testing;

/// <summary>The citizen check form filled as a person would, shared by the page, fuzz and two-node tests.</summary>
public static class CitizenFormKit
{
    /// <summary>The contract example (api-contract.md): deadline 2024-02, 2 months × 222.50 = 445.00.</summary>
    public static FormPost ContractExample(IDocument page) =>
        FormPost.From(page.Form("#check-form"))
            .Set("city", "chongqing")
            .Set("resumeAs", "individual")
            .Set("resumeMonth", "2024-01")
            .Set("tier", "1")
            .Set("periods[0].from", "2015-01")
            .Set("periods[0].to", "2023-10")
            .Set("periods[0].payer", "employer");

    /// <summary>The result page for the contract example, changed by <paramref name="change"/>.</summary>
    public static async Task<IDocument> ResultFor(HttpClient client, Action<FormPost>? change = null)
    {
        var post = ContractExample(await Html.GetAsync(client, "/"));
        change?.Invoke(post);
        var response = await post.PostAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await Html.GetAsync(client, response.Headers.Location!.ToString());
    }
}
