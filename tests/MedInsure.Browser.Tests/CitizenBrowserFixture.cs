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

    /// <summary>
    /// "Today" for the citizen pages: 10 December 2023 in China, running on from there, so the contract
    /// example (last paid 2023-10, deadline 2024-02) has its deadline ahead and the fixture policies
    /// (standards to 2023) cover this month's choices.
    /// </summary>
    public static readonly DateTimeOffset Today = new(2023, 12, 10, 10, 0, 0, TimeSpan.FromHours(8));

    public override async Task InitializeAsync()
    {
        Factory.Clock = new ShiftedClock(Today);
        await base.InitializeAsync();
        SavedCode = await Factory.SaveCaseAsync(StaffTestKit.ChongqingWithinWindow(), "张三明", "11010519491231002X");
    }
}
