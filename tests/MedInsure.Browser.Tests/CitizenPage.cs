using Microsoft.Playwright;

namespace MedInsure.Browser.Tests;

/// <summary>
/// A citizen page as the outside checks open it: how to reach it, and the response that brought it
/// (the server's own HTML, for the Nu Html Checker).
/// </summary>
public sealed record CitizenPage(string Name, Func<IPage, CitizenBrowserFixture, Task<IResponse?>> Open)
{
    /// <summary>The contract example (api-contract.md): Chongqing, inside the window.</summary>
    public const string ResultQuery =
        "city=chongqing&resumeAs=individual&resumeMonth=2024-01&tier=1&periods[0].from=2015-01&periods[0].to=2023-10&periods[0].payer=employer";

    /// <summary>Every page a citizen meets: the form, the form after a failed try, a result, a saved case, finding a case by its code (and failing to).</summary>
    public static IReadOnlyList<CitizenPage> All { get; } =
    [
        new("form", (page, _) => page.GotoAsync("/")),
        // The form sent as it starts (no city, the empty row): errors beside the city and the row.
        new("form-errors", async (page, _) =>
        {
            await page.GotoAsync("/");
            var response = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#check-form button.primary"), r => r.Request.Method == "POST" && r.Request.IsNavigationRequest);
            await page.WaitForSelectorAsync("#error-summary");
            return response;
        }),
        new("result", (page, _) => page.GotoAsync("/check/result?" + ResultQuery)),
        new("case", (page, fixture) => page.GotoAsync("/case/" + fixture.SavedCode)),
        new("find", (page, _) => page.GotoAsync("/case")),
        new("find-errors", (page, _) => page.GotoAsync("/case?code=nonsense")),
    ];

    public override string ToString() => Name;
}
