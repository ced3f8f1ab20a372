using MedInsure.Domain.Options;

namespace MedInsure.Web.Contract;

/// <summary>The body of a 200 from <c>POST /api/v1/checks/options</c>: this month, next month and the month after, each with what it costs.</summary>
public sealed class ResumptionOptionsResponse
{
    public required IReadOnlyList<ResumptionOptionResponse> Options { get; init; }

    public static ResumptionOptionsResponse From(IReadOnlyList<ResumptionOption> options)
    {
        var list = new List<ResumptionOptionResponse>(options.Count);
        foreach (var option in options)
            list.Add(ResumptionOptionResponse.From(option));
        return new ResumptionOptionsResponse { Options = list };
    }
}
