namespace MedInsure.Browser.Tests;

/// <summary>
/// One app and one browser for every citizen-page test class (the collection below): the journeys,
/// the accessibility and size checks, the Nu Html Checker and print. Each class runs its pages in
/// parallel inside the one browser, so the suite pays for one start-up, not one per class.
/// </summary>
public sealed class CitizenBrowserFixture : BrowserFixture
{
    /// <summary>A saved Chongqing case inside its window, for the saved-case page.</summary>
    public string SavedCode { get; private set; } = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        SavedCode = await Factory.SaveCaseAsync(StaffTestKit.ChongqingWithinWindow(), "张三明", "11010519491231002X");
    }
}
