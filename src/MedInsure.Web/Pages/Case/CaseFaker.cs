using System.Globalization;
using Bogus;
using MedInsure.Domain.Time;
using MedInsure.Web.Contract;

namespace MedInsure.Web.Pages.Case;

/// <summary>
/// Realistic saved cases for load tests: mostly one to three paid periods over the last thirty years
/// (a few longer histories), gaps of a month to a few years, employer or individual payers, Chinese
/// names and ID numbers with valid check characters for most, saved on days spread over three years.
/// The same seed makes the same cases (codes aside, which are always random).
/// </summary>
public sealed class CaseFaker
{
    // Districts of each city (the first six digits of an ID number); other cities get a made-up one.
    private static readonly Dictionary<string, string[]> Regions = new(StringComparer.Ordinal)
    {
        ["chongqing"] = ["500101", "500103", "500105", "500106", "500107", "500108", "500112", "500113", "500222"],
        ["weinan"] = ["610502", "610503", "610522", "610523", "610524", "610525", "610526", "610581", "610582"],
    };

    private readonly Faker _faker;
    private readonly IReadOnlyList<string> _cities;
    private readonly YearMonth _latestResume;
    private readonly DateTimeOffset _now;

    /// <param name="cities">The city codes to spread the cases over.</param>
    /// <param name="now">When the seeding runs: no case resumes after this month or was saved after it.</param>
    public CaseFaker(IReadOnlyList<string> cities, int seed, DateTimeOffset now)
    {
        _faker = new Faker("zh_CN") { Random = new Randomizer(seed) };
        _cities = cities;
        _now = now;
        _latestResume = YearMonth.FromDate(DateOnly.FromDateTime(now.UtcDateTime));
    }

    public CaseToSave Next()
    {
        var f = _faker;
        var city = _cities[f.Random.Int(0, _cities.Count - 1)];
        var resumeAs = f.Random.Bool(0.55f) ? "individual" : "employer";
        var resume = _latestResume.PlusMonths(-f.Random.Int(0, 36));
        var periods = new List<PeriodInput>();
        var count = f.Random.WeightedRandom([1, 2, 3, 4, 8], [0.45f, 0.3f, 0.17f, 0.05f, 0.03f]);
        // Walk back from the resumption: a gap, a paid period, a gap, ...
        var to = resume.PlusMonths(-1 - f.Random.WeightedRandom([0, f.Random.Int(1, 3), f.Random.Int(4, 12), f.Random.Int(13, 48)], [0.1f, 0.45f, 0.3f, 0.15f]));
        for (var i = 0; i < count && to.Year > 1992; i++)
        {
            var from = to.PlusMonths(-f.Random.Int(0, 96));
            if (from.Year < 1992)
                from = new YearMonth(1992, 1);
            periods.Insert(0, new PeriodInput { From = from.ToString(), To = to.ToString(), Payer = f.Random.Bool(0.7f) ? "employer" : "individual" });
            to = from.PlusMonths(-1 - f.Random.Int(0, 24));
        }
        var input = new CheckInput
        {
            City = city,
            ResumeAs = resumeAs,
            ResumeMonth = resume.ToString(),
            Retired = f.Random.Bool(0.05f),
            Tier = resumeAs == "individual" && f.Random.Bool(0.3f) ? f.Random.Int(1, 2) : null,
            Periods = periods,
        };
        var name = f.Random.Bool(0.8f) ? f.Name.LastName() + f.Name.FirstName() : null;
        var idNumber = f.Random.Bool(0.7f) ? NewIdNumber(city) : null;
        var savedAt = _now.AddSeconds(-f.Random.Int(0, 3 * 365 * 24 * 3600));
        // Drawn last, so the same seed still makes the same histories as before the question existed.
        if (resumeAs == "employer" && f.Random.Bool(0.5f))
            input.GapReason = f.Random.Bool() ? "employerArrears" : "stopped";
        return new CaseToSave(input, name, idNumber, savedAt);
    }

    private string NewIdNumber(string city)
    {
        var f = _faker;
        var region = Regions.TryGetValue(city, out var regions) ? f.PickRandom(regions) : "110101";
        var birth = new DateOnly(1950, 1, 1).AddDays(f.Random.Int(0, 50 * 365));
        var body = string.Create(CultureInfo.InvariantCulture, $"{region}{birth:yyyyMMdd}{f.Random.Int(0, 999):D3}");
        return body + IdNumber.CheckCharacter(body);
    }
}
